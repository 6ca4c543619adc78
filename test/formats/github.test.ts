import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, github } from '../../src/formatters/github.js';
import type { Diagnostic, LintResult } from '../../src/types.js';
import { makeProject, runCli } from '../helpers/ci-project.js';

function result(filePath: string, messages: Array<Partial<Diagnostic>>): LintResult {
  const full = messages.map((m) => ({ ruleId: 'entity-variant', severity: 2 as const, message: 'm', messageId: 'x', line: 1, column: 1, endLine: 1, endColumn: 2, range: [0, 1] as [number, number], ...m }));
  return { filePath, messages: full, errorCount: 0, warningCount: 0, infoCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, language: 'en' };
}

describe('github format', () => {
  it.each([
    ['plain', 'plain', 'plain'],
    ['100%', '100%25', '100%25'],
    ['a\nb', 'a%0Ab', 'a%0Ab'],
    ['a\r\nb', 'a%0D%0Ab', 'a%0D%0Ab'],
    ['x: y, z', 'x: y, z', 'x%3A y%2C z'],
    ['%0A', '%250A', '%250A'],
  ])('escapes %j as data %j and as a property %j', (raw, data, property) => {
    expect(escapeData(raw)).toBe(data);
    expect(escapeProperty(raw)).toBe(property);
  });

  it('writes one workflow command per finding, with escaped message and properties', () => {
    const out = github(
      [
        result('/w/docs/a,b:c.md', [
          { line: 3, column: 9, endLine: 3, endColumn: 15, message: "use 'Haftar'\nnot 100%" },
          { severity: 1, ruleId: 'entity-alias', message: 'w' },
          { severity: 0, ruleId: 'entity-consistency', message: 'i' },
        ]),
      ],
      { color: false, cwd: '/w' },
    );
    expect(out.split('\n')).toEqual([
      "::error file=docs/a%2Cb%3Ac.md,line=3,col=9,endLine=3,endColumn=15,title=entity-variant::use 'Haftar'%0Anot 100%25",
      '::warning file=docs/a%2Cb%3Ac.md,line=1,col=1,endLine=1,endColumn=2,title=entity-alias::w',
      '::notice file=docs/a%2Cb%3Ac.md,line=1,col=1,endLine=1,endColumn=2,title=entity-consistency::i',
      '',
    ]);
  });

  it('runs end to end from the CLI', async () => {
    const dir = makeProject({ 'a.txt': 'Intro by Haftar.\nKhalifa Hifter spoke.\n' });
    const { code, out } = await runCli(['a.txt', '--format', 'github'], dir);
    expect(code).toBe(1);
    expect(out).toMatch(/^::error file=a\.txt,line=2,col=9,endLine=2,endColumn=15,title=entity-variant::'Hifter' is not the house spelling of Khalifa Haftar: use 'Haftar'\..*\n$/);
    expect(out.trim().split('\n')).toHaveLength(1);
  });
});
