/**
 * The integrations shipped in the repository: the pre-commit hook and the
 * composite GitHub Action. Their YAML is parsed and every translint option
 * they use is checked against the real CLI; the Action's lint step is run
 * with a stand-in translint to check the arguments and exit-code handling.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

  it('is a composite action on a current Node LTS: set up Node, install from its checkout, lint, upload', () => {
    expect(action.runs.using).toBe('composite');
    expect(steps[0].uses).toMatch(/^actions\/setup-node@v\d+$/);
    expect(Number(action.inputs['node-version'].default)).toBeGreaterThanOrEqual(22);
    expect(Number(action.inputs['node-version'].default) % 2).toBe(0);
    expect(steps.map((s) => s.id ?? s.uses.split('@')[0])).toEqual(['actions/setup-node', 'install', 'lint', 'github/codeql-action/upload-sarif', 'fail']);
    const upload = steps.find((s) => String(s.uses).startsWith('github/codeql-action/upload-sarif@'));
    expect(upload?.with.sarif_file).toBe('${{ inputs.sarif-file }}');
    expect(upload?.if).toContain("steps.lint.outputs.sarif-written == 'true'");
    expect(action.inputs['sarif-file'].default).toBe('translint.sarif');
    expect(action.inputs.version).toBeUndefined();
    for (const s of steps.filter((x) => x.run)) expect(s.shell).toBe('bash');
  });

  it('passes inputs through the environment, never into the script text, and fetches nothing by name', () => {
    for (const s of steps.filter((x) => x.run)) expect(s.run).not.toContain('${{');
    const script = readFileSync(join(ROOT, 'scripts/action.sh'), 'utf8');
    expect(script).not.toMatch(/npx|npm (install|i) /);
    expect(script).toContain('npm ci --omit=dev --ignore-scripts');
  });

  /** scripts/action.sh lint with a stand-in CLI that records its arguments and exits with `exit`. */
  function lintStep(exit: number, env: Record<string, string>) {
    const actionPath = mkdtempSync(join(tmpdir(), 'translint-action-'));
    mkdirSync(join(actionPath, 'bin'));
    writeFileSync(join(actionPath, 'package.json'), '{}');
    writeFileSync(
      join(actionPath, 'bin/translint.js'),
      `const fs = require('fs'); fs.writeFileSync('args.json', JSON.stringify(process.argv.slice(2)));\n` +
        `const o = process.argv.indexOf('--output-file'); if (${exit} < 2) fs.writeFileSync(process.argv[o + 1], '{}');\nprocess.exit(${exit});\n`,
    );
    writeFileSync(join(actionPath, 'bin/package.json'), '{"type":"commonjs"}');
    const work = mkdtempSync(join(tmpdir(), 'translint-work-'));
    for (const f of ['desk/a/x.md', 'desk/y.md']) {
      mkdirSync(join(work, f, '..'), { recursive: true });
      writeFileSync(join(work, f), 'text\n');
    }
    const output = join(work, 'github-output.txt');
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', join(ROOT, 'scripts/action.sh'), 'lint'], {
      cwd: work,
      env: { PATH: process.env.PATH, GITHUB_OUTPUT: output, GITHUB_ACTION_PATH: actionPath, TRANSLINT_SARIF: 'out.sarif', ...env },
      encoding: 'utf8',
    });
    return { r, outputs: readFileSync(output, 'utf8'), args: JSON.parse(readFileSync(join(work, 'args.json'), 'utf8')) as string[] };
  }

  it.each([
    [0, 'true'],
    [1, 'true'],
    [2, 'false'],
  ])('lint step: exit %i recorded, globs passed unexpanded, sarif-written %s', (exit, written) => {
    const { r, outputs, args } = lintStep(exit, { TRANSLINT_PATHS: 'desk/**/*.md  news\n*.txt', TRANSLINT_ARGS: '--baseline b.json --max-warnings 0' });
    expect(r.status).toBe(0);
    expect(outputs).toBe(`exit-code=${exit}\nsarif-written=${written}\n`);
    expect(args).toEqual(['--format', 'sarif', '--output-file', 'out.sarif', '--baseline', 'b.json', '--max-warnings', '0', '--', 'desk/**/*.md', 'news', '*.txt']);
    checkArgs(args.filter((a) => a !== '--'));
    if (exit === 2) expect(r.stdout).toContain('::error title=translint::');
    else expect(r.stdout).toBe('');
  });

  it('lint step: no paths means the working directory', () => {
    const { args } = lintStep(0, { TRANSLINT_PATHS: '  ', TRANSLINT_ARGS: '' });
    expect(args.slice(-2)).toEqual(['--', '.']);
  });
});
