import { chmodSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixFile, type FixRunOptions } from '../../src/cli/fix-file.js';
import type { Linter } from '../../src/engine/linter.js';
import { bytes, cli, mtime, project, read, removeProjects } from './helpers.js';

afterAll(removeProjects);

describe('--fix never loses data', () => {
  it('keeps CRLF line ends, also in a name wrapped over two lines', async () => {
    const text = 'Hifter said.\r\nThen Avraik\r\nKalin spoke.\r\n\r\nSiraj';
    const dir = project({ 'a.txt': text });
    await cli(['--fix', 'a.txt'], dir);
    expect(read(dir, 'a.txt')).toBe('Haftar said.\r\nThen Ibrahim\r\nKalin spoke.\r\n\r\nSarraj');
  });

  it('keeps a lone-LF file LF and a CR-only file CR', async () => {
    const dir = project({ 'lf.txt': 'Hifter\nAvraik\nKalin\n', 'cr.txt': 'Hifter\rAvraik\rKalin\r' });
    await cli(['--fix', '.'], dir);
    expect(read(dir, 'lf.txt')).toBe('Haftar\nIbrahim\nKalin\n');
    // (a name is not matched across a bare CR; the CRs stay as they are)
    expect(read(dir, 'cr.txt')).toBe('Haftar\rAvraik\rKalin\r');
  });

  it('keeps the byte order mark', async () => {
    const dir = project({ 'a.txt': Buffer.from('\ufeffHifter said.\n', 'utf8') });
    await cli(['--fix', 'a.txt'], dir);
    const b = bytes(dir, 'a.txt');
    expect([...b.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(b.subarray(3).toString('utf8')).toBe('Haftar said.\n');
  });

  it('keeps the presence or absence of a final newline', async () => {
    const dir = project({ 'with.txt': 'Hifter\n', 'without.txt': 'Hifter', 'two.txt': 'Hifter\n\n' });
    await cli(['--fix', '.'], dir);
    expect([read(dir, 'with.txt'), read(dir, 'without.txt'), read(dir, 'two.txt')]).toEqual(['Haftar\n', 'Haftar', 'Haftar\n\n']);
  });

  it('keeps the file mode', async () => {
    const dir = project({ 'a.txt': 'Hifter\n', 'b.txt': 'Hifter\n' });
    chmodSync(join(dir, 'a.txt'), 0o640);
    chmodSync(join(dir, 'b.txt'), 0o755);
    await cli(['--fix', '.'], dir);
    expect(statSync(join(dir, 'a.txt')).mode & 0o7777).toBe(0o640);
    expect(statSync(join(dir, 'b.txt')).mode & 0o7777).toBe(0o755);
    expect(read(dir, 'a.txt')).toBe('Haftar\n');
  });

  it('replaces a changed file by rename (a new inode) and leaves no temporary file behind', async () => {
    const dir = project({ 'a.txt': 'Hifter\n' });
    const ino = statSync(join(dir, 'a.txt')).ino;
    await cli(['--fix', 'a.txt'], dir);
    expect(statSync(join(dir, 'a.txt')).ino).not.toBe(ino);
    expect(readdirSync(dir).sort()).toEqual(['a.txt', 'news.yaml', 'translint.config.yaml']);
  });

  it('never rewrites an unchanged file (mtime and inode stay)', async () => {
    const dir = project({ 'clean.txt': 'Khalifa Haftar met Fayez al-Sarraj.\n', 'a.txt': 'Hifter\n' });
    const past = new Date('2020-01-02T03:04:05Z');
    utimesSync(join(dir, 'clean.txt'), past, past);
    const ino = statSync(join(dir, 'clean.txt')).ino;
    const t = mtime(dir, 'clean.txt');
    await cli(['--fix', '.'], dir);
    expect(mtime(dir, 'clean.txt')).toBe(t);
    expect(statSync(join(dir, 'clean.txt')).ino).toBe(ino);
  });

  it('refuses binary and Latin-1 files with one line each, leaves them untouched, fixes the rest, exits 2', async () => {
    const bin = Buffer.from([0x48, 0x69, 0x66, 0x74, 0x65, 0x72, 0, 1, 2, 0x0a]);
    const latin1 = Buffer.from('Hifter in S\xe9b\xe9ha\n', 'latin1');
    const dir = project({ 'bin.txt': bin, 'latin1.txt': latin1, 'ok.txt': 'Hifter\n' });
    const r = await cli(['--fix', '.', '--no-color'], dir);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toEqual([
      expect.stringMatching(/^translint: .*bin\.txt:1: binary file \(NUL byte at offset 6\): not linted$/),
      expect.stringMatching(/^translint: .*latin1\.txt:1: not UTF-8 text \(invalid byte at offset 11\): not linted$/),
    ]);
    expect(bytes(dir, 'bin.txt').equals(bin)).toBe(true);
    expect(bytes(dir, 'latin1.txt').equals(latin1)).toBe(true);
    expect(read(dir, 'ok.txt')).toBe('Haftar\n');
  });

  it('refuses a read-only file and leaves it untouched', async () => {
    const dir = project({ 'ro.txt': 'Hifter\n', 'ok.txt': 'Hifter\n' });
    chmodSync(join(dir, 'ro.txt'), 0o444);
    const r = await cli(['--fix', '.'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^translint: .*ro\.txt: read-only file: not fixed \(make it writable to fix it\)\n$/);
    expect(read(dir, 'ro.txt')).toBe('Hifter\n');
    expect(read(dir, 'ok.txt')).toBe('Haftar\n');
  });

  it('does not write a file that changed on disk while it was being fixed', async () => {
    const dir = project({ 'a.txt': 'Hifter\n' });
    const file = join(dir, 'a.txt');
    // a linter that lets someone else edit the file between reading and writing
    const racing = {
      async fixText(text: string) {
        writeFileSync(file, 'Edited by hand meanwhile, a longer text.\n');
        return { output: text.replace('Hifter', 'Haftar'), applied: [], passes: 1, result: { filePath: file, messages: [], errorCount: 0, warningCount: 0, infoCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, language: 'en' } };
      },
    } as unknown as Linter;
    const options: FixRunOptions = { dryRun: false, unsafe: false, cwd: dir, diff: false, keepOutput: false };
    const outcome = await fixFile(racing, file, options);
    expect(outcome.error).toBe(`${file}: changed on disk while being fixed: not written`);
    expect(read(dir, 'a.txt')).toBe('Edited by hand meanwhile, a longer text.\n');
  });
});
