/**
 * Batch fixing with the built CLI (worker threads run compiled code): worker
 * mode gives the same results as one thread; an interrupt or a crash
 * mid-batch leaves every file wholly old or wholly new; the progress bar
 * shows on a terminal only.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixFile, type FileOutcome, type FixRunOptions } from '../../src/cli/fix-file.js';
import { loadConfig } from '../../src/config/load-config.js';
import { Linter } from '../../src/engine/linter.js';
import { BIN, project, ROOT, spawnCli, removeProjects, tempDir } from './helpers.js';

afterAll(removeProjects);

/** One generated article and its fully fixed form. */
function article(i: number): { text: string; fixed: string } {
  const lines = [
    `Dispatch ${i}: Khalifa Hifter met Siraj in Jafra on day ${i % 31}.`,
    `Officials said talks with Avraik Kalin would go on; item ${i}.`,
    'The Al-Wefaq government did not comment.',
  ];
  const fixedLines = [
    `Dispatch ${i}: Khalifa Haftar met Sarraj in Jufra on day ${i % 31}.`,
    `Officials said talks with Ibrahim Kalin would go on; item ${i}.`,
    'The Al-Wefaq government did not comment.',
  ];
  switch (i % 5) {
    case 0:
      return { text: `Clean copy ${i}: Khalifa Haftar spoke.\n`, fixed: `Clean copy ${i}: Khalifa Haftar spoke.\n` };
    case 1: // CRLF, a name wrapped over two lines
      return { text: lines.join('\r\n').replace('Avraik Kalin', 'Avraik\r\nKalin') + '\r\n', fixed: fixedLines.join('\r\n').replace('Ibrahim Kalin', 'Ibrahim\r\nKalin') + '\r\n' };
    case 2: // byte order mark, no final newline
      return { text: '\ufeff' + lines.join('\n'), fixed: '\ufeff' + fixedLines.join('\n') };
    default:
      return { text: lines.join('\n') + '\n', fixed: fixedLines.join('\n') + '\n' };
  }
}

const name = (i: number) => `f${String(i).padStart(5, '0')}.txt`;

function batch(count: number): { dir: string; expected: Map<string, { text: string; fixed: string }> } {
  const files: Record<string, string> = {};
  const expected = new Map<string, { text: string; fixed: string }>();
  for (let i = 0; i < count; i++) {
    const a = article(i);
    files[`docs/${name(i)}`] = a.text;
    expected.set(name(i), a);
  }
  return { dir: project(files), expected };
}

describe('worker threads', () => {
  it('give the same files, report, exit code and messages as one thread', () => {
    const { dir: one } = batch(240);
    writeFileSync(join(one, 'docs', 'zz-binary.txt'), Buffer.from([1, 2, 0, 3]));
    writeFileSync(join(one, 'docs', 'zz-latin1.txt'), Buffer.from('Hifter \xe0 Tripoli\n', 'latin1'));
    const many = tempDir();
    cpSync(one, many, { recursive: true });

    const args = ['--fix', 'docs', '-f', 'json', '--report-file', 'changes.json'];
    const a = spawnCli([...args, '--workers', '1'], one);
    const b = spawnCli([...args, '--workers', '2'], many);
    const norm = (s: string, dir: string) => s.split(dir).join('<dir>');
    expect(a.code).toBe(2);
    expect(b.code).toBe(a.code);
    expect(norm(b.out, many)).toBe(norm(a.out, one));
    expect(norm(b.err, many)).toBe(norm(a.err, one));
    expect(norm(readFileSync(join(many, 'changes.json'), 'utf8'), many)).toBe(norm(readFileSync(join(one, 'changes.json'), 'utf8'), one));
    for (const f of readdirSync(join(one, 'docs'))) {
      expect(readFileSync(join(many, 'docs', f)).equals(readFileSync(join(one, 'docs', f))), f).toBe(true);
    }
    // and the results are right: every file fixed as expected
    const report = JSON.parse(readFileSync(join(one, 'changes.json'), 'utf8'));
    expect(report.summary).toEqual({ files: 240, filesChanged: 192, replacements: 192 * 4, interrupted: false, failed: 2 }); // the binary and the Latin-1 file
    for (let i = 0; i < 240; i++) expect(readFileSync(join(one, 'docs', name(i)), 'utf8')).toBe(article(i).fixed);
  });
});

describe('the worker pool (compiled workers, no main-thread lane)', () => {
  const options: FixRunOptions = { dryRun: true, unsafe: false, cwd: '/', diff: true, keepOutput: false };
  const load = async () => (await import(join(ROOT, 'dist/cli/pool.js'))) as typeof import('../../src/cli/pool.js');

  it('fixes every file it is given, with the same outcome as the main thread', async () => {
    const { dir, expected } = batch(30);
    const config = loadConfig({ cwd: dir });
    const jobs = [...expected.keys()].map((f, index) => ({ index, file: join(dir, 'docs', f) }));
    const { startPool, workerScript } = await load();
    const got = new Map<number, FileOutcome>();
    let next = 0;
    const pool = startPool({ script: workerScript()!, init: { config, options }, threads: 2, take: () => jobs[next++], onOutcome: (i, o) => got.set(i, o) });
    // wait for the workers to take everything: finish() waits for files in progress only, so poll until the queue is empty
    while (next < jobs.length) await new Promise((r) => setTimeout(r, 20));
    await pool.finish();
    expect(pool.fixed).toBe(30);
    const linter = new Linter(config);
    for (const { index, file } of jobs) expect(got.get(index)).toEqual(await fixFile(linter, file, options));
  });

  it('a worker that cannot start fails the run with its error', async () => {
    const { dir } = batch(3);
    const config = { ...loadConfig({ cwd: dir }), packs: [join(dir, 'missing-pack.yaml')] };
    const { startPool, workerScript } = await load();
    const pool = startPool({ script: workerScript()!, init: { config, options }, threads: 1, take: () => ({ index: 0, file: join(dir, 'docs', name(0)) }), onOutcome: () => {} });
    while (!pool.failed) await new Promise((r) => setTimeout(r, 20));
    await expect(pool.finish()).rejects.toThrow(/missing-pack\.yaml: pack file not found/);
  });
});

/** Start a fix run, wait until it has written its first file, then send `signal`. */
function interruptMidRun(dir: string, workers: number, signal: NodeJS.Signals, firstFile: string, original: string) {
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; err: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, '--fix', 'docs', '--workers', String(workers)], { cwd: dir, env: { ...process.env, CI: 'true' } });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.stdout.resume();
    child.on('error', reject);
    child.on('exit', (code, sig) => {
      clearInterval(poll);
      resolve({ code, signal: sig, err });
    });
    const poll = setInterval(() => {
      let now: string;
      try {
        now = readFileSync(firstFile, 'utf8');
      } catch {
        return; // between unlink and rename cannot happen (rename is atomic), but be safe
      }
      if (now !== original) {
        clearInterval(poll);
        child.kill(signal);
      }
    }, 5);
  });
}

function checkWhole(dir: string, expected: Map<string, { text: string; fixed: string }>) {
  let fixed = 0;
  let old = 0;
  for (const [f, { text, fixed: want }] of expected) {
    const now = readFileSync(join(dir, 'docs', f), 'utf8');
    if (now === want && now !== text) fixed++;
    else if (now === text) old++;
    else throw new Error(`${f} is neither its original nor its fixed version:\n${JSON.stringify(now)}`);
  }
  return { fixed, old };
}

describe.each([1, 2])('an interrupt mid-batch (%i worker(s))', (workers) => {
  it('Ctrl-C: the files in progress finish, then the run stops with exit 130; every file is wholly old or wholly new', async () => {
    const { dir, expected } = batch(1500);
    const first = join(dir, 'docs', name(1));
    const r = await interruptMidRun(dir, workers, 'SIGINT', first, expected.get(name(1))!.text);
    expect(r.code).toBe(130);
    expect(r.err).toMatch(/translint: interrupted after \d+ of 1500 files; every file is either unchanged or wholly fixed/);
    const { fixed, old } = checkWhole(dir, expected);
    // it really stopped in the middle
    expect(fixed).toBeGreaterThan(0);
    expect(old).toBeGreaterThan(300);
    // no temporary file left behind
    expect(readdirSync(join(dir, 'docs')).filter((f) => !expected.has(f))).toEqual([]);
  });

  it('a crash (SIGKILL): every file is wholly old or wholly new, and a second run finishes the job', async () => {
    const { dir, expected } = batch(1500);
    const first = join(dir, 'docs', name(1));
    const r = await interruptMidRun(dir, workers, 'SIGKILL', first, expected.get(name(1))!.text);
    expect(r.signal).toBe('SIGKILL');
    const { fixed, old } = checkWhole(dir, expected);
    expect(fixed).toBeGreaterThan(0);
    expect(old).toBeGreaterThan(300);
    // at most a temporary file per worker may be left (.name.txt.<pid>.<random>.tmp); it is never linted
    const strays = readdirSync(join(dir, 'docs')).filter((f) => !expected.has(f));
    expect(strays.length).toBeLessThanOrEqual(workers);
    for (const s of strays) expect(s).toMatch(/^\.f\d{5}\.txt\.\d+\.[0-9a-f]+\.tmp$/);
    const again = spawnCli(['--fix', 'docs', '--workers', String(workers)], dir);
    expect(again.code).toBe(0);
    expect(checkWhole(dir, expected).old).toBe(expected.size / 5);
  });
});

const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!hasScript)('progress bar', () => {
  const runOnTerminal = (dir: string, env: Record<string, string | undefined>) => {
    const childEnv = { ...process.env, ...env };
    for (const [k, v] of Object.entries(env)) if (v === undefined) delete childEnv[k];
    // `script` gives the CLI a terminal; the report itself goes to /dev/null
    const r = spawnSync('script', ['-qec', `"${process.execPath}" "${BIN}" --fix docs --no-color > /dev/null`, '/dev/null'], { cwd: dir, env: childEnv, encoding: 'utf8', input: '' });
    return r.stdout;
  };

  it('is drawn on a terminal for a long run and erased at the end', () => {
    const { dir } = batch(120);
    const out = runOnTerminal(dir, { CI: undefined });
    expect(out).toMatch(/\rtranslint --fix \[#*-*\] \d+\/120 files \d+%/);
    expect(out).toContain('120/120 files 100%');
    expect(out.endsWith('\r\x1b[K')).toBe(true);
  });

  it('is not drawn when CI is set, nor when stderr is not a terminal', () => {
    const { dir } = batch(120);
    expect(runOnTerminal(dir, { CI: 'true' })).toBe('');
    const { dir: other } = batch(120);
    expect(spawnCli(['--fix', 'docs'], other, { CI: '' }).err).toBe('');
  });
});
