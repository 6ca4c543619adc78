/**
 * Issue 15, hangs and crashes: a file with more findings than the call stack
 * takes as arguments, and SIGTERM mid-batch with worker threads (built CLI).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { Linter } from '../../src/engine/linter.js';
import { stylish } from '../../src/formatters/stylish.js';
import { BIN, project, removeProjects, entityConfig } from '../fix/helpers.js';

afterAll(removeProjects);

describe('very many findings in one file', () => {
  it('130,000 findings are collected and printed (no spread of huge arrays onto the stack)', async () => {
    const dir = project({});
    const linter = new Linter(loadConfig({ cwd: dir }));
    const text = 'Hifter '.repeat(130_000);
    const result = await linter.lintText(text, { filePath: join(dir, 'a.txt') });
    expect(result.messages).toHaveLength(130_000);
    const out = stylish([result], { color: false, cwd: dir });
    expect(out).toContain('130000 problems');
  }, 120_000);
});

describe('SIGTERM mid-batch with worker threads (a cancelled CI job)', () => {

  it('finishes the files in progress, closes the report file, leaves no temporary file, exits 143', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 1500; i++) files[`docs/f${String(i).padStart(5, '0')}.txt`] = `Dispatch ${i}: Khalifa Hifter met Siraj.\n`;
    const dir = project(files, entityConfig());
    const first = join(dir, 'docs', 'f00001.txt');
    const r = await new Promise<{ code: number | null; err: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, '--fix', 'docs', '--workers', '2', '--report-file', 'changes.json'], { cwd: dir, env: { ...process.env, CI: 'true' } });
      let err = '';
      child.stderr.on('data', (d) => (err += d));
      child.stdout.resume();
      child.on('error', reject);
      child.on('exit', (code) => {
        clearInterval(poll);
        resolve({ code, err });
      });
      const poll = setInterval(() => {
        try {
          if (readFileSync(first, 'utf8').includes('Haftar')) {
            clearInterval(poll);
            child.kill('SIGTERM');
          }
        } catch {
          // not yet
        }
      }, 5);
    });
    expect(r.code).toBe(143);
    expect(r.err).toMatch(/interrupted \(SIGTERM\)/);
    const left = readdirSync(join(dir, 'docs')).filter((f) => !/^f\d{5}\.txt$/.test(f));
    expect(left).toEqual([]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const report = JSON.parse(readFileSync(join(dir, 'changes.json'), 'utf8'));
    expect(report.summary.interrupted).toBe(true);
    // the record matches the files on disk
    const fixed = readdirSync(join(dir, 'docs')).filter((f) => readFileSync(join(dir, 'docs', f), 'utf8').includes('Haftar'));
    expect(report.summary.filesChanged).toBe(fixed.length);
  }, 180_000);
});
