import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyPatch } from 'diff';
import { afterAll, describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/cli/fix-file.js';
import { run } from '../../src/cli/main.js';
import { fakeIO } from '../helpers/io.js';
import { bytes, cli, mtime, project, read, removeProjects } from './helpers.js';

afterAll(removeProjects);

const NEWS = [
  'Khalifa Hifter met Siraj and Avraik Kalin in Jafra.',
  "HIFTER's men left; Hifter’s envoy stayed.",
  'Avraik was there; so were Hifters, Sirajah and Mr Kalin.',
  '',
].join('\n');
// the bare given name of a whole-name variant the document uses (Avraik, after Avraik Kalin) is fixed with it
const FIXED = [
  'Khalifa Haftar met Sarraj and Ibrahim Kalin in Jufra.',
  "HAFTAR's men left; Haftar’s envoy stayed.",
  'Ibrahim was there; so were Hifters, Sirajah and Mr Kalin.',
  '',
].join('\n');

describe('translint --fix', () => {
  it('rewrites the safe variants, keeping capitals and possessives, and leaves near-misses alone', async () => {
    const dir = project({ 'a.txt': NEWS });
    const r = await cli(['--fix', 'a.txt', '--no-color'], dir);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(read(dir, 'a.txt')).toBe(FIXED);
  });

  it('prints a table of replacements per entity after the report', async () => {
    const dir = project({ 'a.txt': NEWS, 'b.txt': 'Hifter again.\n' });
    const { out } = await cli(['--fix', '.', '--no-color'], dir);
    expect(out).toMatch(/^8 replacements made in 2 files:\n/);
    expect(out).toMatch(/khalifa-haftar\s+│\s+Hifter\s+│\s+Haftar\s+│\s+3\s+│\s+2\s+│/);
    expect(out).toMatch(/khalifa-haftar\s+│\s+HIFTER\s+│\s+HAFTAR\s+│\s+1\s+│\s+1\s+│/);
    expect(out).toMatch(/ibrahim-kalin\s+│\s+Avraik Kalin\s+│\s+Ibrahim Kalin\s+│\s+1\s+│\s+1\s+│/);
    expect(out).toMatch(/ibrahim-kalin\s+│\s+Avraik\s+│\s+Ibrahim\s+│\s+1\s+│\s+1\s+│/);
  });

  it('reports what remains after fixing: the final lint', async () => {
    const dir = project({ 'a.txt': 'Hifter and the Al-Wefaq government.\n' });
    const r = await cli(['--fix', 'a.txt', '-f', 'json'], dir);
    const [result] = JSON.parse(r.out);
    expect(result.messages.map((m: { ruleId: string; actual: string }) => `${m.ruleId}:${m.actual}`)).toEqual(['entity-alias:Al-Wefaq government']);
    expect(result.output).toBeUndefined();
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/1 replacement made in 1 file/);
  });

  it('a second --fix changes nothing and does not touch the file', async () => {
    const dir = project({ 'a.txt': NEWS });
    await cli(['--fix', 'a.txt'], dir);
    const before = mtime(dir, 'a.txt');
    const second = await cli(['--fix', 'a.txt', '--no-color'], dir);
    expect(second).toEqual({ code: 0, out: '', err: '' });
    expect(mtime(dir, 'a.txt')).toBe(before);
    expect(read(dir, 'a.txt')).toBe(FIXED);
  });

  it('--fix-dry-run prints the same change as a unified diff and writes nothing', async () => {
    const dir = project({ 'a.txt': NEWS });
    const before = mtime(dir, 'a.txt');
    const dry = await cli(['--fix-dry-run', 'a.txt', '--no-color'], dir);
    expect(read(dir, 'a.txt')).toBe(NEWS);
    expect(mtime(dir, 'a.txt')).toBe(before);
    expect(dry.out.startsWith(unifiedDiff(join(dir, 'a.txt'), NEWS, FIXED, dir))).toBe(true);
    expect(dry.out).toMatch(/^--- a\/a\.txt\n\+\+\+ b\/a\.txt\n@@ -1,3 \+1,3 @@\n-Khalifa Hifter met Siraj/);
    expect(dry.out).toMatch(/7 replacements would be made in 1 file/);
    // the diff applied to the original gives what --fix writes
    const patch = dry.out.slice(0, dry.out.indexOf('7 replacements'));
    await cli(['--fix', 'a.txt'], dir);
    expect(applyPatch(NEWS, patch)).toBe(read(dir, 'a.txt'));
  });

  it('--fix-dry-run with a machine format puts the fixed text in `output`, as ESLint does', async () => {
    const dir = project({ 'a.txt': 'Hifter.\n', 'b.txt': 'Clean.\n' });
    const r = await cli(['--fix-dry-run', '.', '-f', 'json'], dir);
    const results = JSON.parse(r.out);
    expect(results.map((x: { output?: string }) => x.output)).toEqual(['Haftar.\n', undefined]);
    expect(read(dir, 'a.txt')).toBe('Hifter.\n');
  });

  it('--fix on standard input prints the fixed text on stdout and the report on stderr', async () => {
    const dir = project({});
    const r = await cli(['--fix', '-'], dir, 'Hifter and the Al-Wefaq government.\r\nSiraj');
    expect(r.out).toBe('Haftar and the Al-Wefaq government.\r\nSarraj');
    expect(r.err).toMatch(/<stdin>\n\s+1:16\s+warning\s+'Al-Wefaq government' is a literal translation/);
    expect(r.code).toBe(0);
    // clean input comes back as it was
    expect((await cli(['--fix', '-'], dir, '\ufeffClean text.')).out).toBe('\ufeffClean text.');
  });

  it('--fix-dry-run on standard input prints a diff', async () => {
    const dir = project({});
    const r = await cli(['--fix-dry-run', '-', '--no-color'], dir, 'Hifter.\n');
    expect(r.out).toMatch(/^--- a\/<stdin>\n\+\+\+ b\/<stdin>\n@@ -1,1 \+1,1 @@\n-Hifter\.\n\+Haftar\.\n/);
  });

  it('applies unsafe fixes only with --unsafe-fixes, suggestions never', async () => {
    const text = 'Accord forces met Hifter. The reconciliation government spoke. Ibrahim Kalın and Ibrahim Kálin.\n';
    const dir = project({ 'a.txt': text });
    await cli(['--fix', 'a.txt'], dir);
    // two accent spellings of one house name: both become the house form (no entity-consistency finding is left)
    const safe = text.replace('Hifter', 'Haftar').replace('Kalın', 'Kalin').replace('Kálin', 'Kalin');
    expect(read(dir, 'a.txt')).toBe(safe);
    const r = await cli(['--fix', 'a.txt', '--unsafe-fixes', '-f', 'json'], dir);
    // the calque is a suggestion: it stays
    expect(read(dir, 'a.txt')).toBe(safe.replace('Accord forces', 'GNA forces'));
    const remaining = JSON.parse(r.out)[0].messages.map((m: { ruleId: string; suggestions?: unknown[] }) => `${m.ruleId}:${m.suggestions?.length}`);
    expect(remaining).toEqual(['entity-alias:1']);
  });

  it('--fix-type and --fix-rule limit the fixes applied', async () => {
    const text = 'Accord forces met Hifter.\n';
    const dir = project({ 'a.txt': text });
    await cli(['--fix-dry-run', 'a.txt'], dir);
    const dry = async (...args: string[]) => (await cli(['--fix-dry-run', 'a.txt', '-f', 'json', ...args], dir)).out;
    const output = async (...args: string[]) => JSON.parse(await dry(...args))[0].output;
    expect(await output('--unsafe-fixes', '--fix-type', 'suggestion')).toBe('GNA forces met Hifter.\n');
    expect(await output('--unsafe-fixes', '--fix-type', 'problem')).toBe('Accord forces met Haftar.\n');
    expect(await output('--unsafe-fixes', '--fix-type', 'problem,suggestion')).toBe('GNA forces met Haftar.\n');
    expect(await output('--unsafe-fixes', '--fix-type', 'layout')).toBeUndefined();
    expect(await output('--unsafe-fixes', '--fix-rule', 'entity-alias')).toBe('GNA forces met Hifter.\n');
    expect(await output('--fix-rule', 'entity-alias')).toBeUndefined();
    expect(read(dir, 'a.txt')).toBe(text);
  });

  it('--report-file records every change with its place in the original text', async () => {
    const dir = project({ 'a.txt': 'Intro.\nSaid Hifter, then Avraik\nKalin.\n', 'b.txt': 'Clean.\n' });
    await cli(['--fix', '.', '--report-file', 'out.json'], dir);
    const report = JSON.parse(read(dir, 'out.json'));
    expect(report).toEqual({
      version: 1,
      dryRun: false,
      changes: [
        { file: join(dir, 'a.txt'), line: 2, column: 6, rule: 'entity-variant', entity: 'khalifa-haftar', before: 'Hifter', after: 'Haftar' },
        { file: join(dir, 'a.txt'), line: 2, column: 19, rule: 'entity-variant', entity: 'ibrahim-kalin', before: 'Avraik\nKalin', after: 'Ibrahim\nKalin' },
      ],
      summary: { files: 2, filesChanged: 1, replacements: 2, interrupted: false },
    });
    expect(read(dir, 'a.txt')).toBe('Intro.\nSaid Haftar, then Ibrahim\nKalin.\n');
  });

  it('refuses fix-only options without --fix, and bad values, with exit 2', async () => {
    const dir = project({ 'a.txt': 'Hifter.\n' });
    const cases: Array<[string[], RegExp]> = [
      [['--unsafe-fixes'], /--unsafe-fixes needs --fix or --fix-dry-run/],
      [['--report-file', 'x.json'], /--report-file needs --fix/],
      [['--fix', '--fix-dry-run'], /cannot be used together/],
      [['--fix', '--fix-type', 'style'], /--fix-type takes problem, suggestion, layout, not 'style'/],
      [['--fix', '--fix-rule', 'no-such-rule'], /unknown rule 'no-such-rule'/],
      [['--fix', '--workers', '0'], /--workers takes a whole number from 1 to 64, not '0'/],
    ];
    for (const [args, message] of cases) {
      const r = await cli(['a.txt', ...args], dir);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(message);
    }
    expect(read(dir, 'a.txt')).toBe('Hifter.\n');
  });
});

describe('progress', () => {
  const many = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`d/f${String(i).padStart(2, '0')}.txt`, `Hifter ${i}.\n`]));

  it('is drawn on stderr when it is a terminal, for 50 files or more', async () => {
    const dir = project(many);
    const io = { ...fakeIO({ cwd: dir }), stderrTTY: true };
    let err = '';
    io.stderr = (s: string) => (err += s);
    expect(await run(['--fix', 'd', '-f', 'json'], io)).toBe(0);
    expect(err).toMatch(/^\rtranslint --fix \[#*-*\] 1\/60 files 1%/);
    expect(err).toContain('\rtranslint --fix [##############################] 60/60 files 100%\r\x1b[K');
  });

  it('is not drawn when stderr is not a terminal, nor for a short run', async () => {
    const dir = project(many);
    expect((await cli(['--fix', 'd', '-f', 'json'], dir)).err).toMatch(/^60 replacements made in 60 files/);
    const io = { ...fakeIO({ cwd: dir }), stderrTTY: true };
    let err = '';
    io.stderr = (s: string) => (err += s);
    await run(['--fix-dry-run', 'd/f01.txt', '-f', 'json'], io);
    expect(err).not.toContain('files 100%');
  });
});

describe('ignore files and patterns', () => {
  const files = {
    'a.txt': 'Hifter.\n',
    'b.txt': 'Hifter.\n',
    'notes.draft.txt': 'Hifter.\n',
    'skip/c.txt': 'Hifter.\n',
    'old/d.txt': 'Hifter.\n',
    'keep/e.txt': 'Hifter.\n',
  };

  it('.translintignore, --ignore-pattern and the config’s ignorePatterns leave files out of fixing and linting', async () => {
    const dir = project({ ...files, '.translintignore': '# drafts\n*.draft.txt\nskip/\n' }, undefined);
    writeFileSync(join(dir, 'translint.config.yaml'), readFileSync(join(dir, 'translint.config.yaml'), 'utf8') + 'ignorePatterns: ["old/**"]\n');
    const linted = JSON.parse((await cli(['.', '-f', 'json', '--ignore-pattern', 'b.txt'], dir)).out).map((r: { filePath: string }) => r.filePath.slice(dir.length + 1));
    expect(linted).toEqual(['a.txt', 'keep/e.txt']);
    await cli(['--fix', '.', '--ignore-pattern', 'b.txt'], dir);
    const now = Object.fromEntries(Object.keys(files).map((f) => [f, read(dir, f)]));
    expect(now).toEqual({ ...files, 'a.txt': 'Haftar.\n', 'keep/e.txt': 'Haftar.\n' });
  });

  it('a negated pattern brings a file back; files named outside the folder are not matched', async () => {
    const dir = project({ ...files, '.translintignore': '*.txt\n!keep/e.txt\n' });
    const r = JSON.parse((await cli(['.', '-f', 'json'], dir)).out).map((x: { filePath: string }) => x.filePath.slice(dir.length + 1));
    expect(r).toEqual(['keep/e.txt']);
  });

  it('glob inputs honour the ignore patterns too', async () => {
    const dir = project(files);
    const r = JSON.parse((await cli(['**/*.txt', '-f', 'json', '--ignore-pattern', 'skip', '--ignore-pattern', 'old/', '--ignore-pattern', '*.draft.*'], dir)).out);
    expect(r.map((x: { filePath: string }) => x.filePath.slice(dir.length + 1))).toEqual(['a.txt', 'b.txt', 'keep/e.txt']);
  });
});

describe('bytes of a fixed file', () => {
  it('are the original bytes outside the replacements (UTF-8 round trip, astral characters, combining marks)', async () => {
    const text = 'Ça 😀 é e\u0301 𝐀 — Hifter «ok» ﬁ\u200d\n';
    const dir = project({ 'a.txt': text });
    await cli(['--fix', 'a.txt'], dir);
    expect(bytes(dir, 'a.txt').equals(Buffer.from(text.replace('Hifter', 'Haftar'), 'utf8'))).toBe(true);
  });
});
