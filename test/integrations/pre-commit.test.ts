/**
 * The pre-commit hook, installed by the real pre-commit tool from a git
 * revision of this repository (its node environment installs the runtime
 * dependencies and runs the committed CLI bundle: no development tools at
 * install time). Skipped, with the reason in the test name, when pre-commit
 * or git is not installed or this folder is not a git checkout.
 *
 * The hook is installed from the committed HEAD: uncommitted changes are not
 * part of what is tested.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

function run(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  return spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env } });
}

const hasPreCommit = run('pre-commit', ['--version'], ROOT).status === 0;
const head = run('git', ['rev-parse', 'HEAD'], ROOT);
const rev = head.status === 0 ? head.stdout.trim() : '';
const reason = !hasPreCommit ? 'pre-commit is not installed' : !rev ? 'this folder is not a git checkout' : '';

describe('pre-commit hook', () => {
  it.skipIf(reason !== '')(`installs from a git revision and fails on a variant, passes on clean text${reason ? ` (skipped: ${reason})` : ''}`, () => {
    const repo = mkdtempSync(join(tmpdir(), 'translint-precommit-'));
    const home = mkdtempSync(join(tmpdir(), 'translint-precommit-home-'));
    const git = (...args: string[]) => expect(run('git', args, repo).status).toBe(0);
    git('init', '-q');
    git('config', 'user.email', 'desk@example.org');
    git('config', 'user.name', 'Desk');
    writeFileSync(join(repo, '.pre-commit-config.yaml'), `repos:\n  - repo: ${JSON.stringify(ROOT)}\n    rev: ${rev}\n    hooks:\n      - id: translint\n`);
    writeFileSync(join(repo, 'report.md'), '# Talks\n\nKhalifa Haftar arrived in the capital on Monday. Hifter then left for Benghazi.\n');
    writeFileSync(join(repo, 'notes.py'), 'print("Hifter")\n');
    git('add', '.');

    const env = { PRE_COMMIT_HOME: home, PRE_COMMIT_COLOR: 'never' };
    const dirty = run('pre-commit', ['run', '--all-files'], repo, env);
    const log = dirty.stdout + dirty.stderr;
    expect(log, log).toContain("report.md:3:50: error 'Hifter' is not the house spelling");
    expect(log).toContain('[entity-variant]');
    expect(log).not.toContain('notes.py');
    expect(dirty.status, log).toBe(1);

    writeFileSync(join(repo, 'report.md'), '# Talks\n\nKhalifa Haftar arrived in the capital on Monday. Haftar then left for Benghazi.\n');
    git('add', '.');
    const clean = run('pre-commit', ['run', '--all-files'], repo, env);
    expect(clean.status, clean.stdout + clean.stderr).toBe(0);
    expect(clean.stdout).toMatch(/translint\.+Passed/);
  }, 600_000);
});
