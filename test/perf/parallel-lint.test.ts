/**
 * Linting on worker threads (--workers / TRANSLINT_WORKERS) gives the same
 * report as linting in one thread: same findings, input order, refusals.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'translint-parallel-'));
  for (let i = 0; i < 24; i++) {
    const name = i % 3 === 0 ? 'Hifter' : i % 3 === 1 ? 'Haftar' : 'Hiftar';
    writeFileSync(join(dir, `doc-${String(i).padStart(2, '0')}.txt`), `The spokesman said ${name} had left the city on Monday.\n`);
  }
  writeFileSync(join(dir, 'doc-05b.txt'), Buffer.from([0x41, 0x00, 0x42])); // binary: refused
});

function lint(workers: string) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/translint.js'), '.', '-f', 'json', '--language', 'en', '--workers', workers], { cwd: dir, encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr, results: JSON.parse(r.stdout) as Array<{ filePath: string; messages: unknown[] }> };
}

describe('parallel linting', () => {
  it('two threads report exactly what one thread reports, in input order', () => {
    const one = lint('1');
    const two = lint('2');
    expect(one.status).toBe(2); // the binary file
    expect(two.status).toBe(2);
    expect(two.stderr).toBe(one.stderr);
    expect(one.stderr).toMatch(/doc-05b\.txt.*binary file/);
    expect(two.results).toEqual(one.results);
    expect(one.results.map((r) => r.filePath.replace(/.*\//, ''))).toEqual([...one.results.map((r) => r.filePath.replace(/.*\//, ''))].sort());
    expect(one.results.filter((r) => r.messages.length > 0)).toHaveLength(16); // Hifter and Hiftar files
  });

  it('workers render the report themselves: stylish (summary tables included), --quiet and --baseline read the same', () => {
    const run = (workers: string, extra: string[]) =>
      spawnSync(process.execPath, [join(ROOT, 'bin/translint.js'), '.', '--language', 'en', '--workers', workers, ...extra], { cwd: dir, encoding: 'utf8' });
    // a baseline that knows the Hifter files only
    const base = spawnSync(process.execPath, [join(ROOT, 'bin/translint.js'), ...Array.from({ length: 8 }, (_, k) => `doc-${String(k * 3).padStart(2, '0')}.txt`), '--language', 'en', '--write-baseline', 'b.json'], { cwd: dir, encoding: 'utf8' });
    expect(base.status).toBe(0);
    for (const extra of [[], ['--quiet'], ['--baseline', 'b.json'], ['-f', 'github', '--baseline', 'b.json']]) {
      const one = run('1', extra);
      const two = run('2', extra);
      expect(two.stdout).toBe(one.stdout);
      expect(two.status).toBe(one.status);
    }
    const stylish = run('2', []).stdout;
    // one spelling per file: house style, a warning (each file writes the name one way)
    expect(stylish).toMatch(/16 problems \(0 errors, 16 warnings, 0 info\)/);
    expect(stylish).toMatch(/Hifter ×8, Hiftar ×8/);
    expect(run('2', ['--baseline', 'b.json']).stdout).toMatch(/8 problems \(0 errors, 8 warnings/);
  }, 120_000);

  it('--workers takes a whole number', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/translint.js'), '.', '--workers', 'two'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--workers takes a whole number from 1 to 64, not 'two'/);
  });
});

describe('threadCount: how many threads a run uses', () => {
  it('one thread up to PARALLEL_THRESHOLD files, one per core above it; --workers / TRANSLINT_WORKERS win', async () => {
    const { threadCount, PARALLEL_THRESHOLD } = await import('../../src/cli/pool.js');
    const { availableParallelism } = await import('node:os');
    const saved = process.env.TRANSLINT_WORKERS;
    delete process.env.TRANSLINT_WORKERS;
    try {
      expect(threadCount(undefined, PARALLEL_THRESHOLD)).toBe(1);
      expect(threadCount(undefined, PARALLEL_THRESHOLD + 1)).toBe(availableParallelism() > 1 ? availableParallelism() : 1);
      expect(threadCount('3', 5)).toBe(3);
      process.env.TRANSLINT_WORKERS = '2';
      expect(threadCount(undefined, 5)).toBe(2);
      expect(threadCount('auto', 5)).toBe(1);
    } finally {
      if (saved === undefined) delete process.env.TRANSLINT_WORKERS;
      else process.env.TRANSLINT_WORKERS = saved;
    }
  });
});
