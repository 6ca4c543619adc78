/**
 * The integrations shipped in the repository: the pre-commit hook and the
 * composite GitHub Action. Their YAML is parsed and every translint option
 * they use is checked against the real CLI; the Action's lint step is run
 * with a stand-in translint to check the arguments and exit-code handling.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildProgram } from '../src/cli/main.js';
import { formatters } from '../src/formatters/index.js';
import { fakeIO } from './helpers/io.js';

const ROOT = resolve(import.meta.dirname, '..');
const program = buildProgram(fakeIO(), () => {});
const OPTIONS = new Set(program.options.flatMap((o) => [o.long, o.short].filter(Boolean) as string[]));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

/** The translint options in a list of arguments, and the value after --format. */
function checkArgs(args: string[]): void {
  for (const a of args) if (a.startsWith('-')) expect(OPTIONS, `unknown option ${a}`).toContain(a.split('=')[0]);
  const f = args.findIndex((a) => a === '--format' || a === '-f');
  if (f >= 0) expect(Object.keys(formatters)).toContain(args[f + 1]);
}

describe('.pre-commit-hooks.yaml', () => {
  const hooks = parse(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8'));

  it('defines a translint hook running the package binary with real options', () => {
    expect(hooks).toHaveLength(1);
    const [hook] = hooks;
    expect(hook).toMatchObject({ id: 'translint', language: 'node' });
    expect(Object.keys(pkg.bin)).toContain(hook.entry);
    checkArgs(hook.args);
  });

  it.each([
    ['docs/story.md', true],
    ['a.markdown', true],
    ['news/a.txt', true],
    ['site/page.html', true],
    ['site/page.htm', true],
    ['src/main.ts', false],
    ['notes.txt.bak', false],
    ['README.mdx', false],
  ])('selects %s: %s', (file, expected) => {
    expect(new RegExp(hooks[0].files).test(file)).toBe(expected);
  });
});

describe('action.yml', () => {
  const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
  const steps = action.runs.steps as Array<Record<string, any>>;
  const lint = steps.find((s) => s.id === 'lint')!;

  it('is a composite action: set up Node, run translint to SARIF, upload it', () => {
    expect(action.runs.using).toBe('composite');
    expect(steps[0].uses).toMatch(/^actions\/setup-node@v\d+$/);
    const upload = steps.find((s) => String(s.uses).startsWith('github/codeql-action/upload-sarif@'));
    expect(upload?.with.sarif_file).toBe('${{ inputs.sarif-file }}');
    expect(action.inputs['sarif-file'].default).toBe('translint.sarif');
    for (const s of steps.filter((x) => x.run)) expect(s.shell).toBe('bash');
  });

  it('passes inputs through the environment, never into the script text', () => {
    for (const s of steps.filter((x) => x.run)) expect(s.run).not.toContain('${{');
  });

  it('uses real translint options', () => {
    const command: string = lint.run.split('\n').find((l: string) => l.includes('--output-file'))!;
    const options = command.split(/\s+/).filter((a) => a.startsWith('--'));
    expect(options).toEqual(['--format', '--output-file']);
    for (const o of options) expect(OPTIONS).toContain(o);
    expect(command).toContain('--format sarif');
    expect(Object.keys(formatters)).toContain('sarif');
  });

  it.each([
    [0, '0'],
    [1, '1'],
    [2, '2'],
  ])('runs the lint step and records exit code %i', (exit, recorded) => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-action-'));
    mkdirSync(join(dir, 'node_modules/.bin'), { recursive: true });
    const shim = join(dir, 'node_modules/.bin/translint');
    writeFileSync(shim, `#!/usr/bin/env bash\nprintf '%s\\n' "$@" > args.txt\nexit ${exit}\n`);
    chmodSync(shim, 0o755);
    const output = join(dir, 'github-output.txt');
    const r = spawnSync('bash', ['-e', '-c', lint.run], {
      cwd: dir,
      env: { PATH: process.env.PATH, GITHUB_OUTPUT: output, TRANSLINT_PATHS: 'docs news/*.md', TRANSLINT_ARGS: '--baseline b.json --max-warnings 0', TRANSLINT_SARIF: 'out.sarif', TRANSLINT_VERSION: 'latest' },
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(readFileSync(output, 'utf8')).toBe(`exit-code=${recorded}\n`);
    const args = readFileSync(join(dir, 'args.txt'), 'utf8').trimEnd().split('\n');
    expect(args).toEqual(['--format', 'sarif', '--output-file', 'out.sarif', '--baseline', 'b.json', '--max-warnings', '0', 'docs', 'news/*.md']);
    checkArgs(args);
    if (exit === 2) expect(r.stdout).toContain('::error title=translint::');
    else expect(r.stdout).toBe('');
  });

  it('fails the job on exit 2 always, on exit 1 only when asked', () => {
    const last = steps[steps.length - 1];
    expect(last.run).toBe('exit "$CODE"');
    expect(last.if).toContain("steps.lint.outputs.exit-code != '0' && steps.lint.outputs.exit-code != '1'");
    expect(last.if).toContain("inputs.fail-on-findings == 'true' && steps.lint.outputs.exit-code == '1'");
  });
});
