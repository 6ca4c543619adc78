import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeProject, runCli } from '../helpers/ci-project.js';

/** One error (variant) and one warning (alias) on line 2; a second file with a warning only. */
const FILES = {
  'both.txt': 'Intro by Haftar.\nKhalifa Hifter met the Al-Wefaq government envoy.\n',
  'warn.txt': 'The Al-Wefaq government spoke.\n',
};

describe('--quiet and --max-warnings (as ESLint 9)', () => {
  it.each([
    // args, exit code, shown rule ids (compact)
    [['both.txt'], 1, ['entity-variant', 'entity-alias']],
    [['both.txt', '--quiet'], 1, ['entity-variant']],
    [['warn.txt'], 0, ['entity-alias']],
    [['warn.txt', '--quiet'], 0, []],
    [['warn.txt', '--max-warnings', '0'], 1, ['entity-alias']],
    [['warn.txt', '--max-warnings', '1'], 0, ['entity-alias']],
    [['warn.txt', 'both.txt', '--max-warnings', '1'], 1, ['entity-alias', 'entity-variant', 'entity-alias']],
    // --quiet hides warnings, and hidden warnings do not count against --max-warnings.
    [['warn.txt', '--quiet', '--max-warnings', '0'], 0, []],
  ] as Array<[string[], number, string[]]>)('%j exits %i showing %j', async (args, exit, shown) => {
    const dir = makeProject(FILES);
    const { code, out, err } = await runCli([...args, '-f', 'compact'], dir);
    expect(code).toBe(exit);
    expect([...out.matchAll(/\[([a-z-]+)\]$/gm)].map((m) => m[1])).toEqual(shown);
    if (args.includes('--max-warnings') && exit === 1 && !out.includes('error')) expect(err).toMatch(/too many warnings \(1; maximum allowed is 0\)/);
  });

  it.each(['-1', '1.5', 'many'])('refuses --max-warnings %s with exit 2', async (n) => {
    const dir = makeProject(FILES);
    const { code, err } = await runCli(['warn.txt', '--max-warnings', n], dir);
    expect(code).toBe(2);
    expect(err).toContain(`--max-warnings takes a whole number, not '${n}'`);
  });
});

describe('--output-file', () => {
  it('writes the report to the file (creating folders), not to standard output', async () => {
    const dir = makeProject(FILES);
    const { code, out } = await runCli(['both.txt', '-f', 'compact', '-o', 'reports/lint/out.txt'], dir);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(readFileSync(join(dir, 'reports/lint/out.txt'), 'utf8')).toMatch(/^both\.txt:2:9: error .*\[entity-variant\]\n/);
  });

  it('writes the file even when there is nothing to report', async () => {
    const dir = makeProject({ 'clean.txt': 'Khalifa Haftar spoke.\n' });
    const { code } = await runCli(['clean.txt', '-o', 'out.txt'], dir);
    expect(code).toBe(0);
    expect(existsSync(join(dir, 'out.txt'))).toBe(true);
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe('');
  });

  it('fails with exit 2 naming the file when it cannot be written', async () => {
    const dir = makeProject({ 'clean.txt': 'Khalifa Haftar spoke.\n' });
    const { code, err } = await runCli(['clean.txt', '-o', 'clean.txt/out.txt'], dir);
    expect(code).toBe(2);
    expect(err).toMatch(/clean\.txt\/out\.txt: cannot write the report/);
  });
});

describe('reports written file by file (streamed formats)', () => {
  /** Many files, some clean, one unreadable: enough for chunked writes. */
  const MANY: Record<string, string> = {};
  for (let i = 0; i < 60; i++) {
    MANY[`d/f${String(i).padStart(2, '0')}.txt`] = i % 3 === 0 ? 'Khalifa Haftar spoke.\n' : `Line ${i} by Haftar.\nKhalifa Hifter met the Al-Wefaq government envoy ${'again '.repeat(i)}.\n`;
  }

  it.each(['stylish', 'json', 'compact', 'github'])('%s: the streamed report is the same text as the whole-report formatter gives', async (format) => {
    const dir = makeProject(MANY);
    const streamed = await runCli(['d', '-f', format], dir);
    // the results themselves, from the JSON report, through the whole-report formatter
    const results = JSON.parse((await runCli(['d', '-f', 'json'], dir)).out);
    expect(results).toHaveLength(60);
    const { formatters } = await import('../../src/formatters/index.js');
    const whole = formatters[format](results, { color: false, cwd: dir });
    expect(whole.length).toBeGreaterThan(64 * 1024 * (format === 'json' ? 1 : 0));
    expect(streamed.code).toBe(1);
    expect(streamed.out).toBe(whole.endsWith('\n') ? whole : whole + '\n');
  });

  it('--baseline and --quiet apply to each streamed file', async () => {
    const dir = makeProject(FILES);
    await runCli(['both.txt', '--write-baseline', 'b.json'], dir);
    const { code, out } = await runCli(['both.txt', 'warn.txt', '--baseline', 'b.json', '-f', 'compact'], dir);
    expect(code).toBe(0);
    expect(out).toBe(`warn.txt:1:5: warning ${out.split(': warning ')[1]}`);
    const quiet = await runCli(['both.txt', 'warn.txt', '--quiet', '-f', 'json'], dir);
    expect(JSON.parse(quiet.out).map((r: { messages: Array<{ ruleId: string }> }) => r.messages.map((m) => m.ruleId))).toEqual([['entity-variant'], []]);
  });

  it('--output-file replaces an old report whole and leaves no temporary file', async () => {
    const dir = makeProject(MANY);
    const { writeFileSync, readdirSync } = await import('node:fs');
    writeFileSync(join(dir, 'out.json'), 'old report');
    const { code, out } = await runCli(['d', '-f', 'json', '-o', 'out.json'], dir);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8'))).toHaveLength(60);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });
});
