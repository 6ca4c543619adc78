import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseTestResults } from 'test-results-parser';
import { describe, expect, it } from 'vitest';
import { checkstyle } from '../../src/formatters/checkstyle.js';
import { junit } from '../../src/formatters/junit.js';
import type { LintResult } from '../../src/types.js';
import { makeProject, runCli } from '../helpers/ci-project.js';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase', 'file', 'error'].includes(name) });

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}

const NASTY: LintResult = {
  filePath: '/w/a&b.txt',
  messages: [
    { ruleId: 'entity-variant', severity: 2, message: `<"quoted"> & 'apostrophe' ]]> ctrl\u0001`, messageId: 'x', line: 1, column: 2, endLine: 1, endColumn: 3, range: [1, 2] },
  ],
  errorCount: 1, warningCount: 0, infoCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, language: 'en',
};

describe('junit format', () => {
  it('one suite per file, one case per finding (errors fail, warnings pass with the finding in system-out), a passing case for a clean file', async () => {
    const dir = makeProject({ 'a.txt': 'Intro by Haftar.\nKhalifa Hifter met the Al-Wefaq government envoy.\n', 'clean.txt': 'Khalifa Haftar spoke.\n' });
    const { code, out } = await runCli(['a.txt', 'clean.txt', '-f', 'junit'], dir);
    expect(code).toBe(1);
    const root = parse(out).testsuites;
    expect([root.tests, root.failures, root.errors]).toEqual(['3', '1', '0']);
    const suites = root.testsuite;
    expect(suites.map((s: Record<string, string>) => [s.name, s.tests, s.failures, s.errors, s.skipped])).toEqual([
      ['a.txt', '2', '1', '0', '0'],
      ['clean.txt', '1', '0', '0', '0'],
    ]);
    const cases = suites[0].testcase;
    expect(cases.map((c: { name: string }) => c.name)).toEqual(['translint.rules.entity-variant', 'translint.rules.entity-alias']);
    expect(cases[0].failure['#text']).toMatch(/^line 2, col 9, Error - 'Hifter' is not the house spelling .* \(entity-variant\)$/);
    expect(cases[1].failure).toBeUndefined();
    expect(cases[1]['system-out']).toMatch(/^line 2, col 24, Warning - /);
    expect(suites[1].testcase[0]).toMatchObject({ name: 'clean.txt', classname: 'clean' });
    expect(suites[1].testcase[0].failure).toBeUndefined();

    const strict = await runCli(['a.txt', 'clean.txt', '-f', 'junit', '--junit-warnings-as-failures'], dir);
    const strictRoot = parse(strict.out).testsuites;
    expect([strictRoot.tests, strictRoot.failures, strictRoot.errors]).toEqual(['3', '2', '0']);
    expect(strictRoot.testsuite[0].testcase[1].failure.type).toBe('warning');
  });

  it('reads right in a JUnit parser (test-results-parser): totals, passed, failed, per suite and per case', async () => {
    const dir = makeProject({ 'a.txt': 'Intro by Haftar.\nKhalifa Hifter met the Al-Wefaq government envoy.\n', 'clean.txt': 'Khalifa Haftar spoke.\n', 'w.txt': 'The Al-Wefaq government met.\n' });
    const read = async (extra: string[]) => {
      await runCli(['a.txt', 'clean.txt', 'w.txt', '-f', 'junit', '-o', 'report.xml', ...extra], dir);
      return parseTestResults({ type: 'junit', files: [join(dir, 'report.xml')] });
    };
    const r = await read([]);
    expect([r.total, r.passed, r.failed, r.errors, r.skipped, r.status]).toEqual([4, 3, 1, 0, 0, 'FAIL']);
    expect(r.suites.map((s) => [s.name, s.total, s.passed, s.failed, s.status])).toEqual([
      ['a.txt', 2, 1, 1, 'FAIL'],
      ['clean.txt', 1, 1, 0, 'PASS'],
      ['w.txt', 1, 1, 0, 'PASS'],
    ]);
    expect(r.suites[0].cases.map((c) => c.status)).toEqual(['FAIL', 'PASS']);
    const strict = await read(['--junit-warnings-as-failures']);
    expect([strict.total, strict.passed, strict.failed, strict.errors]).toEqual([4, 1, 3, 0]);
    expect(strict.suites.map((s) => s.status)).toEqual(['FAIL', 'PASS', 'FAIL']);
  });

  it('escapes markup and control characters', () => {
    const out = junit([NASTY], { color: false, cwd: '/w' });
    const suite = parse(out).testsuites.testsuite[0];
    expect(suite.name).toBe('a&b.txt');
    expect(suite.testcase[0].failure.message).toBe(`<"quoted"> & 'apostrophe' ]]> ctrl\uFFFD`);
    expect(suite.testcase[0].failure['#text']).toContain(`<"quoted"> & 'apostrophe' ]]> ctrl`);
  });
});

describe('checkstyle format', () => {
  it('one file element per file with its errors', async () => {
    const dir = makeProject({ 'a.txt': 'Intro by Haftar.\nKhalifa Hifter met the Al-Wefaq government envoy.\n', 'clean.txt': 'Khalifa Haftar spoke.\n' });
    const { code, out } = await runCli(['a.txt', 'clean.txt', '-f', 'checkstyle'], dir);
    expect(code).toBe(1);
    const files = parse(out).checkstyle.file;
    expect(files.map((f: { name: string }) => f.name)).toEqual(['a.txt', 'clean.txt']);
    expect(files[0].error.map((e: Record<string, string>) => [e.line, e.column, e.severity, e.source])).toEqual([
      ['2', '9', 'error', 'translint.rules.entity-variant'],
      ['2', '24', 'warning', 'translint.rules.entity-alias'],
    ]);
    expect(files[0].error[0].message).toMatch(/^'Hifter' is not .* \(entity-variant\)$/);
    expect(files[1].error).toBeUndefined();
  });

  it('escapes markup and control characters in attributes', () => {
    const file = parse(checkstyle([NASTY], { color: false, cwd: '/w' })).checkstyle.file[0];
    expect(file.name).toBe('a&b.txt');
    expect(file.error[0].message).toBe(`<"quoted"> & 'apostrophe' ]]> ctrl\uFFFD (entity-variant)`);
  });
});
