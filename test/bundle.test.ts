/**
 * The committed CLI bundle (dist/bundle/) is what installs without the
 * development tools run: the pre-commit hook's environment and the GitHub
 * Action (scripts/prepare.mjs). `npm ci` rebuilds it from the sources; this
 * test fails when that rebuild differs from what is committed, i.e. when a
 * source change was committed without its bundle.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const git = spawnSync('git', ['rev-parse', '--is-inside-work-tree'], { cwd: ROOT, encoding: 'utf8' });
const reason = git.status === 0 ? '' : ' (skipped: not a git checkout)';

describe('committed CLI bundle', () => {
  it.skipIf(reason !== '')(`matches the bundle built from the sources${reason}`, () => {
    const status = spawnSync('git', ['status', '--porcelain', '--untracked-files=all', '--', 'dist/bundle'], { cwd: ROOT, encoding: 'utf8' });
    expect(status.status).toBe(0);
    expect(status.stdout, 'dist/bundle differs from the committed bundle: run `npm run build` and commit dist/bundle').toBe('');
    const tracked = spawnSync('git', ['ls-files', '--', 'dist/bundle/main.js', 'dist/bundle/worker.js', 'dist/bundle/lint-worker.js'], { cwd: ROOT, encoding: 'utf8' });
    expect(tracked.stdout.trim().split('\n')).toHaveLength(3);
  });
});
