#!/usr/bin/env node
/**
 * Runs action.yml's steps the way a GitHub runner runs a composite action,
 * for tests and for trying the action by hand:
 *
 *   node scripts/simulate-action.mjs --workspace <dir> [--action-path <dir>] [--input name=value ...]
 *
 * What is simulated: the runner's environment (GITHUB_ACTION_PATH,
 * GITHUB_WORKSPACE, GITHUB_OUTPUT per step, RUNNER_TEMP, CI, GITHUB_ACTIONS),
 * input defaults, `${{ }}` expressions in `env`, `with` and `if` (inputs,
 * steps.<id>.outputs / outcome, github.action_path, always(), success(),
 * failure(), ==, !=, &&, ||, !), `shell: bash` run as the runner does
 * (bash --noprofile --norc -eo pipefail), the working directory (the
 * workspace). `actions/setup-node` is a no-op (the node on PATH is used);
 * `github/codeql-action/upload-sarif` fails, as the real one does, when its
 * file is missing or is not a SARIF log. Prints a JSON summary: each step
 * (ran, outcome, outputs, output text), whether the job failed, the action's
 * outputs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';

const { values } = parseArgs({
  options: {
    workspace: { type: 'string' },
    'action-path': { type: 'string', default: resolve(import.meta.dirname, '..') },
    input: { type: 'string', multiple: true, default: [] },
  },
});
if (!values.workspace) {
  console.error('usage: simulate-action.mjs --workspace <dir> [--action-path <dir>] [--input name=value ...]');
  process.exit(2);
}
const workspace = resolve(values.workspace);
const actionPath = resolve(values['action-path']);
const action = parse(readFileSync(join(actionPath, 'action.yml'), 'utf8'));

const inputs = Object.fromEntries(Object.entries(action.inputs ?? {}).map(([k, v]) => [k, String(v.default ?? '')]));
for (const kv of values.input) {
  const i = kv.indexOf('=');
  const name = kv.slice(0, i);
  if (!(name in inputs)) {
    console.error(`action.yml has no input '${name}'`);
    process.exit(2);
  }
  inputs[name] = kv.slice(i + 1);
}

const steps = {};
let jobFailed = false;

function lookup(path) {
  const parts = path.split('.');
  if (parts[0] === 'inputs') return inputs[parts.slice(1).join('.')] ?? '';
  if (parts[0] === 'github' && parts[1] === 'action_path') return actionPath;
  if (parts[0] === 'github' && parts[1] === 'workspace') return workspace;
  if (parts[0] === 'steps') {
    const step = steps[parts[1]];
    if (parts[2] === 'outcome') return step?.outcome ?? '';
    if (parts[2] === 'outputs') return step?.outputs[parts.slice(3).join('.')] ?? '';
  }
  throw new Error(`unsupported expression context: ${path}`);
}

/** A GitHub expression (the subset action.yml uses), evaluated by translation to JavaScript. */
function evaluate(expr) {
  const token = /\s*(always\(\)|success\(\)|failure\(\)|'(?:[^']|'')*'|[A-Za-z_][\w.-]*|==|!=|&&|\|\||!|\(|\))/y;
  let js = '';
  token.lastIndex = 0;
  while (token.lastIndex < expr.trimEnd().length) {
    const m = token.exec(expr);
    if (!m) throw new Error(`cannot parse expression: ${expr}`);
    const t = m[1];
    if (t === 'always()') js += 'true';
    else if (t === 'success()') js += String(!jobFailed);
    else if (t === 'failure()') js += String(jobFailed);
    else if (t.startsWith("'")) js += JSON.stringify(t.slice(1, -1).replace(/''/g, "'"));
    else if (t === 'true' || t === 'false') js += t;
    else if (/^[A-Za-z_]/.test(t)) js += JSON.stringify(lookup(t));
    else if (t === '==') js += '===';
    else if (t === '!=') js += '!==';
    else js += t;
  }
  return Function(`return (${js});`)();
}

function substitute(text) {
  return String(text).replace(/\$\{\{(.*?)\}\}/g, (_, e) => String(evaluate(e)));
}

function condition(ifText) {
  if (ifText === undefined) return !jobFailed;
  const expr = String(ifText).replace(/^\s*\$\{\{(.*)\}\}\s*$/s, '$1');
  return Boolean(evaluate(expr));
}

const tmp = mkdtempSync(join(tmpdir(), 'translint-runner-'));
const summary = [];
action.runs.steps.forEach((step, n) => {
  const id = step.id ?? step.uses ?? `step${n}`;
  const record = { id, ...(step.uses ? { uses: step.uses } : {}), ran: false, outcome: 'skipped', outputs: {}, output: '' };
  summary.push(record);
  steps[id] = record;
  if (!condition(step.if)) return;
  record.ran = true;
  let ok = true;
  if (step.uses?.startsWith('actions/setup-node@')) {
    record.output = `node ${process.version} from PATH (simulated setup-node ${substitute(step.with?.['node-version'] ?? '')})`;
  } else if (step.uses?.startsWith('github/codeql-action/upload-sarif@')) {
    const file = resolve(workspace, substitute(step.with.sarif_file));
    try {
      const log = JSON.parse(readFileSync(file, 'utf8'));
      if (log.version !== '2.1.0' || !Array.isArray(log.runs)) throw new Error('not a SARIF 2.1.0 log');
      record.output = `would upload ${file} (${log.runs[0].results.length} results)`;
    } catch (err) {
      ok = false;
      record.output = `upload-sarif: ${file}: ${err.message}`;
    }
  } else if (step.run !== undefined) {
    if (step.shell !== 'bash') throw new Error(`step ${id}: only shell: bash is simulated`);
    const outputFile = join(tmp, `output-${n}`);
    writeFileSync(outputFile, '');
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME ?? tmp,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_ACTION_PATH: actionPath,
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: outputFile,
      RUNNER_TEMP: tmp,
      ...Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, substitute(v)])),
    };
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], { cwd: workspace, env, encoding: 'utf8' });
    record.output = r.stdout + r.stderr;
    ok = r.status === 0;
    if (existsSync(outputFile)) {
      for (const line of readFileSync(outputFile, 'utf8').split('\n')) {
        const i = line.indexOf('=');
        if (i > 0) record.outputs[line.slice(0, i)] = line.slice(i + 1);
      }
    }
  } else {
    throw new Error(`step ${id}: ${step.uses} is not simulated`);
  }
  record.outcome = ok ? 'success' : 'failure';
  if (!ok) jobFailed = true;
});

const outputs = Object.fromEntries(Object.entries(action.outputs ?? {}).map(([k, v]) => [k, substitute(v.value)]));
process.stdout.write(JSON.stringify({ jobFailed, steps: summary, outputs }, null, 2) + '\n');
process.exitCode = jobFailed ? 1 : 0;
