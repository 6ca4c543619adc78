/**
 * The GitHub Action end to end, with scripts/simulate-action.mjs standing in
 * for the runner: a copy of the action's checkout (the files a clone has) is
 * installed by the action's own install step (runtime dependencies from the
 * npm registry, nothing else), then run on a workspace.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const CHECKOUT = ['action.yml', 'scripts', 'package.json', 'package-lock.json', '.npmrc', 'bin', 'dist/bundle', 'rules', 'schemas', 'LICENSE'];

function checkout(): string {
  const dir = mkdtempSync(join(tmpdir(), 'translint-action-path-'));
  for (const f of CHECKOUT) cpSync(join(ROOT, f), join(dir, f), { recursive: true });
  return dir;
}

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'translint-workspace-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

interface Step {
  id: string;
  ran: boolean;
  outcome: string;
  outputs: Record<string, string>;
  output: string;
}
interface Summary {
  jobFailed: boolean;
  steps: Step[];
  outputs: Record<string, string>;
}

function simulate(actionPath: string, work: string, inputs: Record<string, string>): Summary {
  const args = [join(ROOT, 'scripts/simulate-action.mjs'), '--workspace', work, '--action-path', actionPath];
  for (const [k, v] of Object.entries(inputs)) args.push('--input', `${k}=${v}`);
  const r = spawnSync(process.execPath, args, { encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as Summary;
}
const step = (s: Summary, id: string) => s.steps.find((x) => x.id === id)!;

const VARIANT = 'Khalifa Haftar arrived on Monday. Hifter then left.\n';
const CLEAN = 'Khalifa Haftar arrived on Monday. Haftar then left.\n';

describe('GitHub Action, simulated runner', () => {
  let actionPath: string;
  beforeAll(() => {
    actionPath = checkout();
  });

  it('installs from its checkout, lints every file a ** glob names, uploads the SARIF, fails on findings', () => {
    const work = workspace({ 'desk/a.md': VARIANT, 'desk/x/b.md': VARIANT, 'desk/x/y/c.md': VARIANT, 'desk/d.txt': VARIANT });
    const s = simulate(actionPath, work, { paths: 'desk/**/*.md' });
    expect(step(s, 'install').outcome, step(s, 'install').output).toBe('success');
    expect(step(s, 'lint').outputs).toEqual({ 'exit-code': '1', 'sarif-written': 'true' });
    const log = JSON.parse(readFileSync(join(work, 'translint.sarif'), 'utf8'));
    const files = new Set(log.runs[0].results.map((r: any) => r.locations[0].physicalLocation.artifactLocation.uri));
    expect([...files].sort()).toEqual(['desk/a.md', 'desk/x/b.md', 'desk/x/y/c.md']);
    expect(step(s, 'github/codeql-action/upload-sarif@v4')).toMatchObject({ ran: true, outcome: 'success' });
    expect(step(s, 'fail')).toMatchObject({ ran: true, outcome: 'failure' });
    expect(s.jobFailed).toBe(true);
    expect(s.outputs['exit-code']).toBe('1');
  }, 600_000);

  it('passes on clean text, and on findings with fail-on-findings false', () => {
    const clean = simulate(actionPath, workspace({ 'a.md': CLEAN }), { paths: '.', 'sarif-file': 'out/report.sarif' });
    expect(clean.jobFailed, JSON.stringify(clean, null, 1)).toBe(false);
    expect(step(clean, 'lint').outputs).toEqual({ 'exit-code': '0', 'sarif-written': 'true' });
    expect(step(clean, 'github/codeql-action/upload-sarif@v4').outcome).toBe('success');
    expect(step(clean, 'fail').ran).toBe(false);

    const lenient = simulate(actionPath, workspace({ 'a.md': VARIANT }), { 'fail-on-findings': 'false', upload: 'false' });
    expect(lenient.jobFailed).toBe(false);
    expect(step(lenient, 'lint').outputs['exit-code']).toBe('1');
    expect(step(lenient, 'github/codeql-action/upload-sarif@v4').ran).toBe(false);
  }, 600_000);

  it('exit 2 (bad input) fails the job and uploads nothing', () => {
    const s = simulate(actionPath, workspace({ 'a.md': CLEAN }), { args: '--config missing.yaml' });
    expect(step(s, 'lint').outputs).toEqual({ 'exit-code': '2', 'sarif-written': 'false' });
    expect(step(s, 'lint').output).toContain('::error title=translint::translint stopped with exit code 2');
    expect(step(s, 'github/codeql-action/upload-sarif@v4').ran).toBe(false);
    expect(step(s, 'fail').outcome).toBe('failure');
    expect(s.jobFailed).toBe(true);
  }, 600_000);

  it('a failed install fails the job with a clear message and is never read as findings', () => {
    const broken = checkout();
    const pkg = JSON.parse(readFileSync(join(broken, 'package.json'), 'utf8'));
    pkg.dependencies['translint-no-such-dependency'] = '1.0.0'; // not in the lock file: npm ci refuses
    writeFileSync(join(broken, 'package.json'), JSON.stringify(pkg));
    const s = simulate(broken, workspace({ 'a.md': VARIANT }), {});
    expect(step(s, 'install').outcome).toBe('failure');
    expect(step(s, 'install').output).toContain(`::error title=translint::installing translint from ${broken} failed`);
    for (const id of ['lint', 'github/codeql-action/upload-sarif@v4', 'fail']) expect(step(s, id).ran).toBe(false);
    expect(s.jobFailed).toBe(true);
    expect(s.outputs['exit-code']).toBe('');
  }, 600_000);
});
