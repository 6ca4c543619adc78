#!/usr/bin/env node
/**
 * Accuracy evaluation on the shared data set (not a test: it measures).
 *
 *   npm run eval                      # everything, table on stdout
 *   npm run eval -- --json out.json   # also write the figures as JSON (default bench/.eval/latest.json)
 *   npm run eval -- --only pages,prose,names,seeds --list
 *
 * Reads ../shared/data (next to the repository): the labelled dev pages, scored
 * with ../shared/tools/score.mjs so the figures match the team's scorer; the
 * clean professional prose (every finding there is a candidate false alarm,
 * reported per 10,000 words by rule and language, and listed with --list or
 * always when there are few); the name-key figures (bench/eval-names.mjs); and
 * the finding counts on the seed articles. Runs the built CLI (`npm ci` builds it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const args = process.argv.slice(2);
function opt(name, def) {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : def;
}
const shared = resolve(opt('--shared', process.env.TRANSLINT_SHARED ?? join(root, '..', 'shared')));
const data = join(shared, 'data');
const only = new Set((opt('--only', 'pages,prose,names,seeds')).split(','));
const listAll = args.includes('--list');
const jsonOut = resolve(opt('--json', join(here, '.eval', 'latest.json')));
const bin = join(root, 'bin', 'translint.js');

if (!existsSync(data)) {
  console.error(`translint eval: no evaluation data at ${data}.
The data set lives outside the repository: put the team's shared/ folder (with data/ and tools/)
next to this repository, or pass --shared <dir> (or TRANSLINT_SHARED=<dir>).`);
  process.exit(2);
}
if (!existsSync(join(root, 'dist', 'bundle'))) {
  console.error('translint eval: the CLI is not built; run `npm ci` (or `npm run build`) first.');
  process.exit(2);
}

const out = { date: new Date().toISOString(), commit: gitCommit() };

function gitCommit() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

function runLint(paths, extra = []) {
  try {
    return execFileSync(process.execPath, [bin, '--format', 'json', ...extra, ...paths], {
      cwd: root, encoding: 'utf8', maxBuffer: 1 << 29, stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (e) {
    if (e.stdout) return e.stdout;
    throw e;
  }
}

const words = (t) => (t.match(/\S+/g) ?? []).length;
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

// ---- dev pages -------------------------------------------------------------
if (only.has('pages')) {
  const scorer = join(shared, 'tools', 'score.mjs');
  out.pages = {};
  console.log('== Labelled dev pages (../shared/tools/score.mjs)');
  for (const set of ['en', 'xx']) {
    const dir = join(data, 'dev-pages', set);
    const labels = join(data, 'dev-pages', `${set}-labels.json`);
    if (!existsSync(dir) || !existsSync(scorer)) { console.log(`  ${set}: missing`); continue; }
    const text = execFileSync(process.execPath, [scorer, root, dir, labels, '--verbose'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const lines = text.trimEnd().split('\n');
    const summary = lines.at(-1);
    const types = {};
    for (const l of lines) {
      const m = /^ {2}([\w-]+): (\d+)\/(\d+)$/.exec(l);
      if (m) types[m[1]] = { caught: +m[2], total: +m[3] };
    }
    const m = /labels caught (\d+)\/(\d+), suggestions right (\d+)\/(\d+), diagnostics (\d+) \((\d+) on no label(?:; on (\d+) clean pages (\d+))?\)/.exec(summary);
    const rec = m ? { caught: +m[1], total: +m[2], recall: +(m[1] / m[2]).toFixed(3), suggestRight: +m[3], suggestTotal: +m[4], diagnostics: +m[5], unlabelled: +m[6], cleanPages: +(m[7] ?? 0), onCleanPages: +(m[8] ?? 0) } : { summary };
    // severities on clean pages: run once more to see them
    const labelData = JSON.parse(readFileSync(labels, 'utf8'));
    const clean = (labelData.pages ?? []).filter((p) => String(p.category ?? '').startsWith('professional')).map((p) => join(dir, (p.text_file ?? `${p.id}.txt`).split('/').pop())).filter(existsSync);
    const cleanFindings = clean.length ? JSON.parse(runLint(clean)).flatMap((r) => r.messages.map((x) => ({ file: r.filePath.split('/').pop(), line: x.line, rule: x.ruleId, severity: ['info', 'warning', 'error'][x.severity], message: x.message }))) : [];
    rec.cleanPageErrors = cleanFindings.filter((f) => f.severity === 'error').length;
    rec.cleanPageFindings = cleanFindings;
    rec.types = types;
    rec.unlabelledFindings = lines.filter((l) => l.startsWith('  unlabelled ')).map((l) => l.slice(13));
    rec.missed = lines.filter((l) => l.startsWith('MISSED')).map((l) => l.slice(8));
    out.pages[set] = rec;
    console.log(`  ${set}: ${summary}`);
    console.log(`      recall ${rec.recall}; error-severity findings on clean pages: ${rec.cleanPageErrors}`);
    console.log('      by type: ' + Object.entries(types).map(([k, v]) => `${k} ${v.caught}/${v.total}`).join(', '));
    for (const f of cleanFindings) console.log(`      clean page ${f.file}:${f.line} ${f.severity} ${f.rule}: ${f.message}`);
    if (listAll) for (const l of rec.unlabelledFindings) console.log(`      unlabelled ${l}`);
  }
}

// ---- clean prose -----------------------------------------------------------
if (only.has('prose')) {
  const base = join(data, 'clean-prose');
  out.prose = {};
  console.log('\n== Clean professional prose: findings per 10,000 words (every finding is a candidate false alarm)');
  const perRuleAll = new Set();
  const rows = [];
  for (const lang of ['en', 'fr', 'de', 'es', 'it']) {
    const dir = join(base, lang);
    if (!existsSync(dir)) continue;
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
    const w = files.reduce((n, f) => n + words(readFileSync(f, 'utf8')), 0);
    const results = JSON.parse(runLint(files, ['--language', lang]));
    const findings = results.flatMap((r) => r.messages.map((x) => ({ file: r.filePath.split('/').pop(), line: x.line, column: x.column, rule: x.ruleId, severity: ['info', 'warning', 'error'][x.severity], message: x.message })));
    const byRule = {};
    for (const f of findings) { byRule[f.rule] = (byRule[f.rule] ?? 0) + 1; perRuleAll.add(f.rule); }
    const rate = +(findings.length / w * 10000).toFixed(2);
    out.prose[lang] = { files: files.length, words: w, findings: findings.length, per10k: rate, byRule, list: findings };
    rows.push(lang);
  }
  const rules = [...perRuleAll].sort();
  const totalW = rows.reduce((n, l) => n + out.prose[l].words, 0);
  const totalF = rows.reduce((n, l) => n + out.prose[l].findings, 0);
  console.log(`  ${pad('lang', 5)}${lpad('words', 8)}${lpad('found', 7)}${lpad('/10k', 7)}  ${rules.map((r) => r).join('  ')}`);
  for (const l of rows) {
    const p = out.prose[l];
    console.log(`  ${pad(l, 5)}${lpad(p.words, 8)}${lpad(p.findings, 7)}${lpad(p.per10k.toFixed(2), 7)}  ${rules.map((r) => lpad(p.byRule[r] ?? 0, r.length)).join('  ')}`);
  }
  console.log(`  ${pad('all', 5)}${lpad(totalW, 8)}${lpad(totalF, 7)}${lpad((totalF / totalW * 10000).toFixed(2), 7)}`);
  out.proseTotal = { words: totalW, findings: totalF, per10k: +(totalF / totalW * 10000).toFixed(2) };
  if (listAll || totalF <= 60) {
    console.log('  every finding:');
    for (const l of rows) for (const f of out.prose[l].list) console.log(`    ${l}/${f.file}:${f.line}:${f.column} ${f.severity} ${f.rule}: ${f.message}`);
  }
}

// ---- name key --------------------------------------------------------------
if (only.has('names')) {
  console.log('\n== Name key (bench/eval-names.mjs)');
  try {
    // dev figures, then the cross-validation on the training file (spellings seen once or more, and twice or more as the dev set was built)
    const env = { ...process.env, TRANSLINT_SHARED: shared };
    const run = (extra) => execFileSync(process.execPath, [join(here, 'eval-names.mjs'), '--top', '0', ...extra], { cwd: root, env, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] });
    const text = run([]) + run(['--no-dev', '--cv-min-count', '2']).replace(/^cv /gm, 'cv2 ').replace(/^cv:/gm, 'cv2:');
    // the figure lines: the method table and the agreement line (the lists are for eval-names itself)
    const keep = text.split('\n').filter((l) => /^(method|spellings|sameName |clusterNames|cluster|cv2? |cv2?:|dev |\S+ +\d\.\d{3} )/.test(l) || /disagree/.test(l));
    for (const l of keep) console.log('  ' + l);
    out.names = { lines: keep };
  } catch (e) {
    console.log(`  failed: ${(e.stderr || e.message).toString().split('\n')[0]}`);
  }
}

// ---- seeds -----------------------------------------------------------------
if (only.has('seeds')) {
  const dir = join(shared, 'seeds');
  if (existsSync(dir)) {
    console.log('\n== Seed articles: findings per file');
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
    const results = JSON.parse(runLint(files));
    out.seeds = {};
    for (const r of results) {
      const byRule = {};
      for (const m of r.messages) byRule[m.ruleId] = (byRule[m.ruleId] ?? 0) + 1;
      out.seeds[r.filePath.split('/').pop()] = { findings: r.messages.length, byRule };
      console.log(`  ${r.filePath.split('/').pop()}: ${r.messages.length}  ${Object.entries(byRule).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    }
  }
}

mkdirSync(dirname(jsonOut), { recursive: true });
writeFileSync(jsonOut, JSON.stringify(out, null, 2) + '\n');
console.log(`\nfigures written to ${jsonOut}`);
