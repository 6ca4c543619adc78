/** The bench scripts that read the shared evaluation data stop with a clear message (exit 2) when it is missing. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const missing = join(mkdtempSync(join(tmpdir(), 'translint-noshared-')), 'shared');

describe('bench scripts without the shared data', () => {
  it.each([
    [['bench/eval.mjs', '--shared', missing], /no evaluation data at .*shared[\\/]data\.\n.*--shared <dir>/s],
    [['bench/eval-names.mjs', '--shared', missing], /no variant file at .*name-variants-dev\.json\.\n.*--shared <dir>/s],
    [['bench/eval-names.mjs', '--top', '3'], /no variant file at .*name-variants-dev\.json/],
  ])('node %j: exit 2 and says what is missing', (args, message) => {
    const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, TRANSLINT_SHARED: missing } });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/ENOENT|at .*\.mjs:\d+/);
  }, 60_000);
});
