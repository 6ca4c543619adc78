import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { fakeIO } from '../helpers/io.js';
import { NEWS_PACK } from '../fixtures-packs.js';

const ROOT = resolve(import.meta.dirname, '../..');

/** A project folder with a config using the test pack. */
function project(files: Record<string, string>, config = `language: en\npacks: [./news.yaml]\n`): string {
  const dir = mkdtempSync(join(tmpdir(), 'translint-cli-'));
  writeFileSync(join(dir, 'news.yaml'), NEWS_PACK);
  writeFileSync(join(dir, 'translint.config.yaml'), config);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

async function cli(args: string[], cwd: string, stdin?: string) {
  const io = fakeIO({ cwd, stdin });
  const code = await run(args, io);
  return { code, out: io.out, err: io.err };
}

describe('translint CLI', () => {
  it('reports variants with the form to use and exits 1 on errors', async () => {
    // two forms of one name in one document: an error of the document
    const dir = project({ 'a.txt': 'Khalifa Hifter met Fayez al-Sarraj. Haftar left the room later.\n' });
    const { code, out } = await cli(['a.txt', '--no-color'], dir);
    expect(code).toBe(1);
    expect(out).toContain("1:9  error  'Hifter' is not the house spelling of Khalifa Haftar: use 'Haftar'.");
    expect(out).toMatch(/✖ 1 problem \(1 error, 0 warnings, 0 info\)/);
    expect(out).toMatch(/khalifa-haftar\s*│\s*1\s*│\s*Hifter ×1\s*│\s*Haftar/);
  });

  it('reports one non-house spelling used throughout as house style: a warning, exit 0', async () => {
    const dir = project({ 'a.txt': 'Khalifa Hifter met Fayez al-Sarraj. Hifter left the room later.\n' });
    const { code, out } = await cli(['a.txt', '--no-color'], dir);
    expect(code).toBe(0);
    expect(out).toContain("1:9  warning  'Hifter' is not the house spelling of Khalifa Haftar: use 'Haftar'. House style only");
    expect(out).toContain('(2 occurrences; --fix changes each)');
    expect(out).toMatch(/✖ 2 problems \(0 errors, 2 warnings, 0 info\)/);
  });

  it('exits 0 on clean text and prints nothing', async () => {
    const dir = project({ 'a.txt': 'Khalifa Haftar met Fayez al-Sarraj in accord with the plan.\n' });
    expect(await cli(['a.txt'], dir)).toEqual({ code: 0, out: '', err: '' });
  });

  it('prints ESLint-shaped JSON with 1-based positions and 0-based ranges', async () => {
    const dir = project({ 'a.txt': 'By Haftar\nThe Al-Wefaq government and Hifter’s men.\n' });
    const { code, out } = await cli(['a.txt', '-f', 'json'], dir);
    expect(code).toBe(1);
    const [r] = JSON.parse(out);
    expect(r.filePath).toBe(join(dir, 'a.txt'));
    expect(r).toMatchObject({ errorCount: 1, warningCount: 1, fixableErrorCount: 1, fixableWarningCount: 0 });
    const [alias, variant] = r.messages;
    expect(alias).toMatchObject({ ruleId: 'entity-alias', severity: 1, line: 2, column: 5, endLine: 2, endColumn: 24, range: [14, 33] });
    expect(alias.suggestions).toEqual([{ desc: "Replace with 'GNA'", fix: { range: [14, 33], text: 'GNA' } }]);
    expect(alias.fix).toBeUndefined();
    expect(variant).toMatchObject({ ruleId: 'entity-variant', severity: 2, line: 2, column: 29, endColumn: 35, fix: { range: [38, 44], text: 'Haftar' } });
  });

  it('counts columns in UTF-16 code units', async () => {
    const dir = project({ 'a.txt': '𝐀𝐁 Hifter\n' });
    const [r] = JSON.parse((await cli(['a.txt', '-f', 'json'], dir)).out);
    expect(r.messages[0]).toMatchObject({ column: 6, range: [5, 11] });
  });

  it('walks directories for .txt, .md, .markdown, .html and .htm, expands globs, reads stdin', async () => {
    const dir = project({ 'd/a.txt': 'Hifter.\n', 'd/b.md': 'Hifter.\n', 'd/b2.markdown': 'Hifter.\n', 'd/c.html': '<p>Hifter.</p>\n', 'd/c.xml': 'Hifter.\n', 'd/e/f.txt': 'Siraj.\n', 'd/e/g.htm': '<p>Siraj.</p>\n' });
    const files = (args: string[], stdin?: string) => cli([...args, '-f', 'json'], dir, stdin).then((r) => JSON.parse(r.out).map((x: { filePath: string }) => x.filePath.replace(dir, '')));
    expect(await files(['d'])).toEqual(['/d/a.txt', '/d/b.md', '/d/b2.markdown', '/d/c.html', '/d/e/f.txt', '/d/e/g.htm']);
    expect(await files(['d', '--ext', 'txt'])).toEqual(['/d/a.txt', '/d/e/f.txt']);
    expect(await files(['d/**/*.txt'])).toEqual(['/d/a.txt', '/d/e/f.txt']);
    expect(await files(['-'], 'Hifter')).toEqual(['<stdin>']);
    expect(await files(['--stdin-filename', 'x.txt', '-'], 'Hifter')).toEqual(['/x.txt']);
  });

  it('--max-warnings and --quiet', async () => {
    const dir = project({ 'a.txt': 'The Al-Wefaq government and the reconciliation forces.\n' });
    expect((await cli(['a.txt'], dir)).code).toBe(0);
    const over = await cli(['a.txt', '--max-warnings', '1'], dir);
    expect(over.code).toBe(1);
    expect(over.err).toMatch(/too many warnings \(2; maximum allowed is 1\)/);
    expect((await cli(['a.txt', '--max-warnings', '2'], dir)).code).toBe(0);
    expect((await cli(['a.txt', '--quiet'], dir)).out).toBe('');
  });

  it('exit 2 with one line naming the file: missing input, bad config, binary and non-UTF-8 input', async () => {
    const dir = project({ 'a.txt': 'Hifter\n' });
    const missing = await cli(['nope.txt'], dir);
    expect(missing.code).toBe(2);
    expect(missing.err).toBe('translint: nope.txt: no such file or directory\n');

    writeFileSync(join(dir, 'bad.yaml'), 'language: en\nrulez: {}\n');
    const bad = await cli(['a.txt', '--config', 'bad.yaml'], dir);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^translint: .*bad\.yaml:2:1: unknown key 'rulez' in configuration\n$/);

    writeFileSync(join(dir, 'bin.txt'), Buffer.from([72, 105, 0, 1, 2]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('ok\nCaf\xe9\n', 'latin1'));
    const input = await cli(['bin.txt', 'latin1.txt', 'a.txt', '-f', 'json'], dir);
    expect(input.code).toBe(2);
    expect(input.err.trim().split('\n')).toEqual([
      expect.stringMatching(/^translint: .*bin\.txt:1: binary file \(NUL byte at offset 2\): not linted$/),
      expect.stringMatching(/^translint: .*latin1\.txt:2: not UTF-8 text \(invalid byte at offset 6\): not linted$/),
    ]);
    // the other files are still linted
    expect(JSON.parse(input.out)).toHaveLength(1);
  });

  it('unknown rule in the config and unknown format are usage errors', async () => {
    const dir = project({ 'a.txt': 'x\n' }, 'rules:\n  no-such-rule: error\n');
    expect(await cli(['a.txt'], dir)).toMatchObject({ code: 2, err: expect.stringMatching(/unknown rule 'no-such-rule'/) });
    expect((await cli(['a.txt', '-f', 'nope'], dir)).code).toBe(2);
  });

  it('finds the config file upward and lets --language override it', async () => {
    const dir = project({ 'sub/deeper/a.txt': 'Qaddafi est né près de Surt.\n' });
    const io = fakeIO({ cwd: join(dir, 'sub', 'deeper') });
    await run(['a.txt', '-f', 'json', '--language', 'fr'], io);
    const [r] = JSON.parse(io.out);
    expect(r.language).toBe('fr');
    expect(r.messages.map((m: { fix: { text: string } }) => m.fix.text)).toEqual(['Kadhafi', 'Syrte']);
  });

  it('translint rules lists every rule', async () => {
    const { code, out } = await cli(['rules'], ROOT);
    expect(code).toBe(0);
    expect(out).toMatch(/^entity-variant\s+error\s+fix: safe\s+Non-house spellings/m);
    expect(out).toMatch(/^entity-alias\s+warning\s+fix: unsafe/m);
  });
});

describe('built-in packs on the bundled samples (the README run command)', () => {

  it('npx translint samples/ reports the non-house spellings, exit 1', () => {
    const r = spawnSync(process.execPath, ['bin/translint.js', 'samples/', '-f', 'json'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(1);
    const results: Array<{ filePath: string; messages: Array<{ ruleId: string; actual: string; fix?: { text: string } }> }> = JSON.parse(r.stdout);
    const found = (name: string) =>
      results
        .find((x) => x.filePath.endsWith(name))!
        .messages.filter((m) => m.ruleId.startsWith('entity-'))
        .map((m) => `${m.actual}->${m.fix?.text ?? ''}`);
    expect(found('moscow-talks.txt')).toEqual(expect.arrayContaining(['Hifter->Haftar', 'Siraj->Sarraj']));
    expect(found('clean-report.txt')).toEqual([]);
  });
});

describe('standard input through the built CLI', () => {
  const run = (input: Buffer, args: string[] = []) =>
    spawnSync(process.execPath, ['bin/translint.js', '-', '-f', 'compact', '--language', 'en', ...args], { cwd: ROOT, input, encoding: 'utf8' });

  it.each([
    ['Latin-1 bytes', Buffer.from('Hifter went\nto the caf\xe9\n', 'latin1'), /^translint: <stdin>:2: not UTF-8 text \(invalid byte at offset 22\): not linted$/m],
    ['a NUL byte', Buffer.from('Hifter\0went\n', 'latin1'), /^translint: <stdin>:1: binary file \(NUL byte at offset 6\): not linted$/m],
  ])('refuses %s with exit 2 naming <stdin> and the line, when linting and when fixing', (_name, input, message) => {
    for (const args of [[], ['--fix']]) {
      const r = run(input, args);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });

  it('reads UTF-8, with or without a byte order mark (not part of the text, as in files)', () => {
    for (const prefix of ['', '\ufeff']) {
      const r = run(Buffer.from(`${prefix}At the café, Hifter met Haftar.\n`, 'utf8'));
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(/^<stdin>:1:14: error 'Hifter'/);
    }
  });
});
