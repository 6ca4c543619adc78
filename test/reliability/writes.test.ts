/**
 * Issue 15, data loss and security: verified writes (a full disk never
 * truncates a file), outputs that are inputs, special files, and one failing
 * input never sinking a batch.
 */
import * as fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AtomicFile, writeAll, writeFileVerified, type WriteFs } from '../../src/io/atomic-write.js';
import { cli, project, read, removeProjects, tempDir } from '../fix/helpers.js';

afterAll(removeProjects);

/** node:fs with writeSync replaced. */
/** A write function of the shape the tests inject (buffer writes only). */
type BufferWrite = (fd: number, buf: NodeJS.ArrayBufferView, offset?: number | null, length?: number | null) => number;

function fsWith(writeSync: BufferWrite): WriteFs {
  return { ...fs, writeSync: writeSync as unknown as WriteFs['writeSync'] } as WriteFs;
}

const LINE = 'Khalifa Hifter met officials in Tripoli on Monday.\n';

describe('verified writes (a nearly full disk)', () => {
  it('a short write is continued until every byte is written', () => {
    const dir = tempDir();
    const file = join(dir, 'a.txt');
    fs.writeFileSync(file, 'old\n');
    const calls: number[] = [];
    // at most 1,000 bytes per call, as a file system under pressure may do
    const short = fsWith((fd: number, buf: NodeJS.ArrayBufferView, offset?: number | null, length?: number | null) => {
      const n = Math.min(length ?? 0, 1000);
      calls.push(n);
      return fs.writeSync(fd, buf as Uint8Array, offset ?? undefined, n);
    });
    const text = LINE.repeat(4000);
    writeFileVerified(file, text, {}, short);
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
    expect(calls.length).toBeGreaterThan(100);
  });

  it('a write that stops making progress (a full disk) is an error; the file keeps its old bytes; no temporary file is left', () => {
    const dir = tempDir();
    const file = join(dir, 'a.txt');
    const old = LINE.repeat(10);
    fs.writeFileSync(file, old);
    let budget = 188_416; // then the disk is full
    const full = fsWith((fd: number, buf: NodeJS.ArrayBufferView, offset?: number | null, length?: number | null) => {
      const n = Math.min(length ?? 0, budget);
      budget -= n;
      return n === 0 ? 0 : fs.writeSync(fd, buf as Uint8Array, offset, n);
    });
    expect(() => writeFileVerified(file, LINE.replace('Hifter', 'Haftar').repeat(4000), {}, full)).toThrow(/a\.txt: cannot write \(no space left on the device\); the file is unchanged/);
    expect(fs.readFileSync(file, 'utf8')).toBe(old);
    expect(fs.readdirSync(dir)).toEqual(['a.txt']);
  });

  it('writeAll throws ENOSPC on a zero-byte write', () => {
    expect(() => writeAll(1, Buffer.from('abc'), { writeSync: () => 0 } as unknown as WriteFs)).toThrow(expect.objectContaining({ code: 'ENOSPC' }));
  });

  it('an ENOSPC from the file system is reported the same way, and the report stays as it was', () => {
    const dir = tempDir();
    const file = join(dir, 'report.json');
    fs.writeFileSync(file, '[]\n');
    const failing = fsWith(() => {
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    });
    const out = new AtomicFile(file, {}, failing);
    expect(() => out.write('{"x": 1}')).toThrow(/no space left/);
    expect(fs.readFileSync(file, 'utf8')).toBe('[]\n');
    expect(fs.readdirSync(dir)).toEqual(['report.json']);
  });

  it('refuses to replace a FIFO with a regular file (-o names a special file)', async () => {
    const dir = project({ 'a.txt': 'Hifter.\n' });
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    const r = await cli(['-f', 'json', '-o', 'pipe', 'a.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/pipe: a FIFO \(named pipe\): not written \(only regular files are written\)/);
    expect(fs.lstatSync(join(dir, 'pipe')).isFIFO()).toBe(true);
    const w = await cli(['--write-baseline', 'pipe', 'a.txt'], dir);
    expect(w.code).toBe(2);
    expect(fs.lstatSync(join(dir, 'pipe')).isFIFO()).toBe(true);
  });

  it('a report file through a symbolic link replaces the file it points to and keeps the link', async () => {
    const dir = project({ 'a.txt': 'Hifter met Haftar.\n', 'reports/r.json': 'old' });
    fs.symlinkSync(join(dir, 'reports/r.json'), join(dir, 'link.json'));
    const r = await cli(['-f', 'json', '-o', 'link.json', 'a.txt'], dir);
    expect(r.code).toBe(1);
    expect(fs.lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(JSON.parse(read(dir, 'reports/r.json'))[0].messages[0].ruleId).toBe('entity-variant');
  });
});

describe('an output that is also an input is refused before any work', () => {
  const cases: Array<[string, string[]]> = [
    ['--fix -o', ['--fix', '-o', 'in.txt', 'in.txt']],
    ['-o', ['-f', 'json', '-o', 'in.txt', 'in.txt']],
    ['--report-file', ['--fix', '--report-file', 'in.txt', 'in.txt']],
    ['--write-baseline', ['--write-baseline', 'in.txt', 'in.txt']],
    ['-o through a symbolic link', ['-o', 'alias.txt', 'in.txt']],
    ['-o as a hard link', ['-o', 'hard.txt', '.']],
  ];
  for (const [label, args] of cases) {
    it(label, async () => {
      const dir = project({ 'in.txt': 'Khalifa Hifter spoke.\n' });
      fs.symlinkSync(join(dir, 'in.txt'), join(dir, 'alias.txt'));
      fs.linkSync(join(dir, 'in.txt'), join(dir, 'hard.txt'));
      const r = await cli(args, dir);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/names an input file: refusing to overwrite it/);
      expect(read(dir, 'in.txt')).toBe('Khalifa Hifter spoke.\n');
    });
  }
});

describe('one bad input never sinks the batch', () => {
  it('a FIFO, a symbolic link loop, a missing file and a too-long path among the inputs: each a line, the rest fixed, the report file complete, exit 2', async () => {
    const dir = project({ 'a.txt': 'Hifter a.\n', 'z.txt': 'Hifter z.\n' });
    execFileSync('mkfifo', [join(dir, 'fifo.txt')]);
    fs.symlinkSync('loop2.txt', join(dir, 'loop1.txt'));
    fs.symlinkSync('loop1.txt', join(dir, 'loop2.txt'));
    const long = `${'d'.repeat(250)}/`.repeat(20) + 'x.txt';
    const r = await cli(['--fix', '--report-file', 'changes.json', 'a.txt', 'fifo.txt', 'loop1.txt', 'gone.txt', long, 'z.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/fifo\.txt: a FIFO \(named pipe\), not a regular file: not linted \(use '-' for standard input\)/);
    expect(r.err).toMatch(/loop1\.txt: cannot read: too many levels of symbolic links/);
    expect(r.err).toMatch(/gone\.txt: no such file or directory/);
    expect(r.err).toMatch(/file name too long/);
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
    expect(read(dir, 'a.txt')).toBe('Haftar a.\n');
    expect(read(dir, 'z.txt')).toBe('Haftar z.\n');
    const report = JSON.parse(read(dir, 'changes.json'));
    expect(report.changes.map((c: { after: string }) => c.after)).toEqual(['Haftar', 'Haftar']);
  });

  it('a file that cannot be read when its turn comes (deleted during the run) is a line; the others are fixed and recorded', async () => {
    const { fixFiles } = await import('../../src/cli/fix-files.js');
    const { Linter } = await import('../../src/engine/linter.js');
    const { loadConfig } = await import('../../src/config/load-config.js');
    const { fakeIO } = await import('../helpers/io.js');
    const dir = project({ 'a.txt': 'Hifter a.\n', 'b.txt': 'Hifter b.\n', 'c.txt': 'Hifter c.\n' });
    const files = ['a.txt', 'b.txt', 'c.txt'].map((f) => join(dir, f));
    fs.unlinkSync(files[1]);
    const io = fakeIO({ cwd: dir });
    const run = await fixFiles(files, new Linter(loadConfig({ cwd: dir })), { fix: true, format: 'stylish', reportFile: 'changes.json' }, io);
    expect(run.inputError).toBe(true);
    expect(io.err).toMatch(/b\.txt: .*no such file or directory/);
    expect(read(dir, 'a.txt')).toBe('Haftar a.\n');
    expect(read(dir, 'c.txt')).toBe('Haftar c.\n');
    expect(JSON.parse(read(dir, 'changes.json')).summary).toMatchObject({ filesChanged: 2, replacements: 2, failed: 1 });
  });

  it('a Markdown file of 6,000 ">" is a line naming it (no stack overflow); the next file is still linted', async () => {
    const dir = project({ 'a.md': `${'>'.repeat(6000)} Hifter\n`, 'b.txt': 'Hifter met Haftar.\n' });
    const r = await cli(['a.md', 'b.txt', '-f', 'compact'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/a\.md: Markdown nested more than 1000 levels deep \(block quotes or lists\) at line 1: not linted/);
    expect(r.out).toMatch(/b\.txt:1:1: error/);
  });

  it('an unreadable folder inside a walked folder is a line; the files beside it are linted', async () => {
    const dir = project({ 'docs/a.txt': 'Hifter.\n', 'docs/sub/b.txt': 'Hifter.\n' });
    // a name that cannot be listed: a folder that is gone by the time it is read is simulated by a dangling path part
    const files = await import('../../src/cli/files.js');
    const problems: string[] = [];
    fs.rmSync(join(dir, 'docs/sub'), { recursive: true });
    fs.symlinkSync('/nonexistent-folder', join(dir, 'docs/sub'));
    const got = files.expandInputs(['docs', 'missing.txt'], { cwd: dir, extensions: ['.txt'], onProblem: (m) => problems.push(m) });
    expect(got).toEqual([join(dir, 'docs/a.txt')]);
    expect(problems).toEqual(['missing.txt: no such file or directory']);
  });

  it('walks folders depth first in name order, a subfolder where it stands (as the recursive walk did)', async () => {
    const dir = project({ 'd/b.txt': '', 'd/a/z.txt': '', 'd/a/y/x.txt': '', 'd/c/w.txt': '', 'd/.hidden/v.txt': '', 'd/0.txt': '' });
    const { expandInputs } = await import('../../src/cli/files.js');
    const got = expandInputs(['d'], { cwd: dir, extensions: ['.txt'] }).map((f) => f.slice(dir.length + 1));
    expect(got).toEqual(['d/0.txt', 'd/a/y/x.txt', 'd/a/z.txt', 'd/b.txt', 'd/c/w.txt']);
  });

  // slow (about 20-40 s on 2 cores): run with TRANSLINT_SLOW=1 (npm run test:slow)
  it.skipIf(!process.env.TRANSLINT_SLOW)('130,000 files in one folder are walked (no spread of the listing onto the stack)', async () => {
    const dir = tempDir();
    const sub = join(dir, 'big', 'many');
    fs.mkdirSync(sub, { recursive: true });
    execFileSync('sh', ['-c', 'seq 130000 | sed "s/$/.txt/" | xargs touch'], { cwd: sub });
    const { expandInputs } = await import('../../src/cli/files.js');
    try {
      expect(expandInputs(['big'], { cwd: dir, extensions: ['.txt'] })).toHaveLength(130_000);
    } finally {
      execFileSync('rm', ['-rf', join(dir, 'big')]);
    }
  }, 120_000);
});

describe('hard links', () => {
  it('a fixed file with other hard links is named in a notice (the other links keep the old text)', async () => {
    const dir = project({ 'a.txt': 'Hifter.\n' });
    fs.linkSync(join(dir, 'a.txt'), join(dir, 'other-name'));
    const r = await cli(['--fix', 'a.txt'], dir);
    expect(r.err).toMatch(/a\.txt: had 2 hard links; the fixed file replaces this name only, the other 1 keep the old text/);
    expect(read(dir, 'a.txt')).toBe('Haftar.\n');
    expect(read(dir, 'other-name')).toBe('Hifter.\n');
  });
});
