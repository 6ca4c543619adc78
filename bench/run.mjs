#!/usr/bin/env node
/**
 * translint side by side with textlint + textlint-rule-prh and GNU grep, on
 * the same generated files (bench/corpus.mjs), several runs each.
 *
 *   npm --prefix bench ci && npm --prefix bench run bench      (or: node bench/run.mjs)
 *   node bench/run.mjs --quick          1 MB, N = 10 and 1,000, one run (a smoke test)
 *
 * Options: --runs <n> (default 3), --sizes 1,10,50 (MB), --n 10,1000,10000
 * (entities), --variant-share 0.2, --no-textlint, --markdown (tables as
 * Markdown, for docs/performance.md), --json <file> (raw results).
 *
 * What runs (wall time is the median of the runs; memory the largest max RSS
 * of the process, from /usr/bin/time):
 * - translint, pack matching: the entity rules only (entity-variant,
 *   entity-alias, entity-consistency), the generated pack, language en,
 *   `--format compact`, one thread;
 * - translint, full default preset: every rule at its default, the built-in
 *   packs plus the generated one, language detected (the default);
 * - textlint 15 + textlint-rule-prh 6 with the same dictionary (prh.yml),
 *   `--format compact`. Its cost grows with N, so above N = 10 it runs on the
 *   first files of the corpus only (marked "subset"): its MiB/s is measured
 *   there and its time for the whole corpus extrapolated from it;
 * - GNU grep: `grep -r -c -w -F -f literals.txt DIR` as the floor (counts
 *   matching lines), and `grep -r -o -w -F -f literals.txt DIR | wc -l` for the
 *   number of variant occurrences.
 * Hits: translint's entity-variant findings, textlint's prh findings and
 * grep's occurrences of the variant spellings must be equal, so no speed is
 * bought with misses (the run fails otherwise).
 *
 * Start-up: one small file (one corpus document, about 5 KiB), with the
 * default packs and with a 10,000-entity pack, median of 11 runs after one
 * warm-up run (the warm-up fills translint's pack cache, as any earlier run
 * on the same machine would).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import { ensureDataset, VARIANT_SHARE } from './corpus.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const DATA = join(HERE, '.data');
const require = createRequire(join(ROOT, 'package.json'));
const Table = require('cli-table3');

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    runs: { type: 'string' },
    sizes: { type: 'string' },
    n: { type: 'string' },
    'variant-share': { type: 'string', default: String(VARIANT_SHARE) },
    'no-textlint': { type: 'boolean', default: false },
    markdown: { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});
const quick = values.quick;
const runs = Number(values.runs ?? (quick ? 1 : 3));
const sizes = (values.sizes ?? (quick ? '1' : '1,10,50')).split(',').map(Number);
const ns = (values.n ?? (quick ? '10,1000' : '10,1000,10000')).split(',').map(Number);
const variantShare = Number(values['variant-share']);
const bigMb = Math.max(...sizes);
const bigN = Math.max(...ns);
/** textlint's input, in MiB, by N (its cost grows with N). */
const TEXTLINT_CAP = quick ? { 10: 1, 1000: 0.25 } : { 10: 10, 1000: 1, 10000: 0.1 };
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const BIN = join(ROOT, 'bin', 'translint.js');
const TEXTLINT = join(HERE, 'node_modules', '.bin', 'textlint');
const ENTITY_RULES = ['entity-variant', 'entity-alias', 'entity-consistency'];
const MiB = 1024 * 1024;

function log(s) {
  process.stderr.write(s + '\n');
}

// ---------------------------------------------------------------- set-up
if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) {
  log('building translint (npm run build) ...');
  const b = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (b.status !== 0) process.exit(1);
}
const textlintOk = !values['no-textlint'] && existsSync(TEXTLINT);
if (!values['no-textlint'] && !textlintOk) log('textlint is not installed: run `npm --prefix bench ci` (skipping textlint)');
const { allRules, builtinPackNames } = await import(join(ROOT, 'dist', 'index.js'));
const work = mkdtempSync(join(tmpdir(), 'translint-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

/** translint configurations for a data set: pack matching only, and the full default preset. */
function configs(set) {
  const entity = join(set.dictDir, 'entity.config.yaml');
  const off = allRules.filter((r) => !ENTITY_RULES.includes(r.meta.id)).map((r) => `  ${r.meta.id}: off`);
  writeFileSync(entity, `language: en\npacks: [./pack.yaml]\nrules:\n${off.join('\n')}\n`);
  const full = join(set.dictDir, 'full.config.yaml');
  writeFileSync(full, `packs: [${[...builtinPackNames(), './pack.yaml'].join(', ')}]\n`);
  return { entity, full };
}

function dirBytes(dir) {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .reduce((n, f) => n + statSync(join(dir, f)).size, 0);
}

/** The first files of `dir` adding up to about `mib` MiB, copied into a directory of their own. */
function subset(dir, mib, name) {
  const out = join(work, name);
  mkdirSync(out, { recursive: true });
  let bytes = 0;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
    if (bytes >= mib * MiB) break;
    const text = readFileSync(join(dir, f));
    writeFileSync(join(out, f), text);
    bytes += text.length;
  }
  return { dir: out, bytes };
}

/**
 * Run a command `runs` times with stdout to a file: median wall seconds, max
 * RSS (MiB) and the output of the last run.
 */
function measure(cmd, args, { times = runs, env } = {}) {
  const walls = [];
  let rss = 0;
  let out = '';
  for (let i = 0; i < times; i++) {
    const outFile = join(work, 'out.txt');
    const timeFile = join(work, 'time.txt');
    const fd = openSync(outFile, 'w');
    const t0 = process.hrtime.bigint();
    const r = TIME
      ? spawnSync(TIME, ['-f', '%M', '-o', timeFile, cmd, ...args], { stdio: ['ignore', fd, 'pipe'], env: { ...process.env, ...env }, maxBuffer: 1 << 26 })
      : spawnSync(cmd, args, { stdio: ['ignore', fd, 'pipe'], env: { ...process.env, ...env }, maxBuffer: 1 << 26 });
    const wall = Number(process.hrtime.bigint() - t0) / 1e9;
    closeSync(fd);
    if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status}: ${String(r.stderr).slice(0, 2000)}`);
    walls.push(wall);
    if (TIME) rss = Math.max(rss, Number(readFileSync(timeFile, 'utf8').trim().split('\n').pop()) / 1024);
    out = readFileSync(outFile, 'utf8');
  }
  walls.sort((a, b) => a - b);
  return { wall: walls[Math.floor(walls.length / 2)], rss: TIME ? rss : undefined, out };
}


const count = (out, needle) => out.split('\n').filter((l) => l.includes(needle)).length;

// ---------------------------------------------------------------- throughput
const rows = [];
const cases = [];
for (const n of ns) cases.push([n, bigMb]);
for (const mb of sizes) if (mb !== bigMb) cases.push([bigN, mb]);

for (const [n, mb] of cases) {
  log(`data: N = ${n}, ${mb} MB ...`);
  const set = ensureDataset(DATA, n, mb, variantShare);
  const cfg = configs(set);
  const bytes = dirBytes(set.corpusDir);
  const mib = bytes / MiB;
  const row = { n, mb, mib, files: readdirSync(set.corpusDir).filter((f) => f.endsWith('.txt')).length, tools: {} };

  log('  grep ...');
  const grepFloor = measure('grep', ['-r', '-c', '-w', '-F', '-f', set.literals, set.corpusDir]);
  const grepHits = measure('sh', ['-c', `grep -r -o -w -F -f '${set.literals}' '${set.corpusDir}' | wc -l`]);
  row.tools.grep = { wall: grepFloor.wall, rss: grepFloor.rss, hits: Number(grepHits.out.trim()), wallOccurrences: grepHits.wall };

  log('  translint (pack matching, 1 thread) ...');
  // one warm-up run fills the pack cache (as any earlier run on this machine would)
  measure('node', [BIN, '-c', cfg.entity, '-f', 'compact', set.corpusDir], { times: 1 });
  const tlEntity = measure('node', [BIN, '-c', cfg.entity, '-f', 'compact', set.corpusDir], { env: { TRANSLINT_WORKERS: '1' } });
  row.tools.entity = { wall: tlEntity.wall, rss: tlEntity.rss, hits: count(tlEntity.out, '[entity-variant]') };
  if (availableParallelism() > 1) {
    log(`  translint (pack matching, ${availableParallelism()} threads) ...`);
    const tlPar = measure('node', [BIN, '-c', cfg.entity, '-f', 'compact', set.corpusDir], { env: { TRANSLINT_WORKERS: String(availableParallelism()) } });
    row.tools.entityPar = { wall: tlPar.wall, rss: tlPar.rss, hits: count(tlPar.out, '[entity-variant]'), threads: availableParallelism() };
  }
  if (n === bigN || quick) {
    log('  translint (full default preset) ...');
    // its pack set differs from the pack-matching run's: one warm-up run on one file fills the cache for it too
    const first = readdirSync(set.corpusDir).find((f) => f.endsWith('.txt'));
    measure('node', [BIN, '-c', cfg.full, '-f', 'compact', join(set.corpusDir, first)], { times: 1 });
    const tlFull = measure('node', [BIN, '-c', cfg.full, '-f', 'compact', set.corpusDir], { times: 1, env: { TRANSLINT_WORKERS: '1' } });
    row.tools.full = { wall: tlFull.wall, rss: tlFull.rss, hits: count(tlFull.out, '[entity-variant]') };
    if (availableParallelism() > 1) {
      log(`  translint (full default preset, ${availableParallelism()} threads) ...`);
      const tlFullPar = measure('node', [BIN, '-c', cfg.full, '-f', 'compact', set.corpusDir], { times: 1, env: { TRANSLINT_WORKERS: String(availableParallelism()) } });
      row.tools.fullPar = { wall: tlFullPar.wall, rss: tlFullPar.rss, hits: count(tlFullPar.out, '[entity-variant]'), threads: availableParallelism() };
    }
  }
  if (textlintOk && mb === bigMb) {
    const cap = TEXTLINT_CAP[n] ?? 0.1;
    const part = cap >= mib ? { dir: set.corpusDir, bytes } : subset(set.corpusDir, cap, `textlint-n${n}`);
    log(`  textlint + prh on ${(part.bytes / MiB).toFixed(2)} MiB ...`);
    const tx = measure(TEXTLINT, ['--config', set.textlintrc, '--format', 'compact', join(part.dir, '*.txt')], { times: 1 });
    // grep's count on the same subset, to check textlint's hits there
    const sub = measure('sh', ['-c', `grep -r -o -w -F -f '${set.literals}' '${part.dir}' | wc -l`], { times: 1 });
    row.tools.textlint = { wall: tx.wall, rss: tx.rss, hits: count(tx.out, '(prh)'), subsetMib: part.bytes / MiB, subsetHits: Number(sub.out.trim()) };
  }
  rows.push(row);
}

// ---------------------------------------------------------------- start-up
log('start-up ...');
const small = ensureDataset(DATA, bigN, Math.min(...sizes), variantShare);
const smallFile = join(small.corpusDir, 'doc-00000.txt');
const startDir = mkdtempSync(join(work, 'start-')); // no configuration file above it: the defaults
const startRuns = quick ? 5 : 11;
function startup(args) {
  const walls = [];
  for (let i = -1; i < startRuns; i++) {
    const t0 = process.hrtime.bigint();
    spawnSync('node', [BIN, ...args, smallFile], { cwd: startDir, stdio: 'ignore' });
    if (i >= 0) walls.push(Number(process.hrtime.bigint() - t0) / 1e6); // run -1 warms the pack cache
  }
  walls.sort((a, b) => a - b);
  return walls[Math.floor(walls.length / 2)];
}
const nodeAlone = (() => {
  const walls = [];
  for (let i = 0; i < startRuns; i++) {
    const t0 = process.hrtime.bigint();
    spawnSync('node', ['-e', '0'], { stdio: 'ignore' });
    walls.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return walls.sort((a, b) => a - b)[Math.floor(walls.length / 2)];
})();
const bigPack = ensureDataset(DATA, bigN, Math.min(...sizes), variantShare).pack;
const startDefault = startup([]);
const startBig = startup(['--rules', bigPack]);
const startDefaultEn = startup(['--language', 'en']);

// ---------------------------------------------------------------- report
const f1 = (x) => (x === undefined ? '-' : x.toFixed(x >= 100 ? 0 : x >= 10 ? 1 : 2));
const rate = (mib, s) => mib / s;
let failed = false;
const table = new Table({
  head: ['N', 'corpus', 'tool', 'wall s', 'MiB/s', 'peak MiB', 'hits', 'vs textlint', 'vs grep -c'],
  style: { head: [], border: [] },
});
for (const r of rows) {
  const g = r.tools.grep;
  const tx = r.tools.textlint;
  const txRate = tx ? rate(tx.subsetMib, tx.wall) : undefined;
  const corpus = `${f1(r.mib)} MiB / ${r.files} files`;
  const line = (label, t, mibs) => [r.n, corpus, label, f1(t.wall), f1(mibs ?? rate(r.mib, t.wall)), f1(t.rss), t.hits ?? '-'];
  const ratio = (t) => [txRate ? `${f1(rate(r.mib, t.wall) / txRate)}x faster` : '-', `${f1(t.wall / g.wall)}x slower`];
  for (const [key, label] of [['entity', 'translint pack matching (1 thread)'], ['entityPar', `translint pack matching (${r.tools.entityPar?.threads} threads)`], ['full', 'translint full default preset (1 thread)'], ['fullPar', `translint full default preset (${r.tools.fullPar?.threads} threads)`]]) {
    const t = r.tools[key];
    if (!t) continue;
    const ok = t.hits === g.hits;
    if (!ok) failed = true;
    table.push([...line(label, t), ...ratio(t)].map((c, i) => (i === 6 && !ok ? `${c} != grep` : c)));
  }
  if (tx) {
    const okTx = tx.hits === tx.subsetHits;
    if (!okTx) failed = true;
    const note = tx.subsetMib < r.mib - 1e-9 ? ` (on ${f1(tx.subsetMib)} MiB, extrapolated)` : '';
    table.push([r.n, corpus, `textlint + prh${note}`, f1(r.mib / txRate), f1(txRate), f1(tx.rss), `${tx.hits}${note ? ' in subset' : ''}${okTx ? '' : ` != grep ${tx.subsetHits}`}`, '1x', `${f1(r.mib / txRate / g.wall)}x slower`]);
  }
  table.push([r.n, corpus, 'grep -c -w -F (floor)', f1(g.wall), f1(rate(r.mib, g.wall)), f1(g.rss), `${g.hits} (grep -o)`, '-', '1x']);
}

const startTable = new Table({ head: ['start-up, one 5 KiB file', 'median ms'], style: { head: [], border: [] } });
startTable.push(['node -e 0 (Node alone)', f1(nodeAlone)]);
startTable.push(['translint, default packs and config (language auto)', f1(startDefault)]);
startTable.push(['translint, default packs, --language en (no language detection)', f1(startDefaultEn)]);
startTable.push([`translint, default packs + ${bigN.toLocaleString('en')}-entity pack`, f1(startBig)]);

const scale = new Table({ head: ['scale (translint, 1 thread unless said)', 'wall s', 'ratio'], style: { head: [], border: [] } });
const at = (n, mb) => rows.find((r) => r.n === n && r.mb === mb)?.tools.entity;
const smallN = Math.min(...ns);
if (at(smallN, bigMb) && at(bigN, bigMb)) {
  scale.push([`N = ${smallN} vs N = ${bigN}, ${bigMb} MB`, `${f1(at(smallN, bigMb).wall)} vs ${f1(at(bigN, bigMb).wall)}`, `${f1(at(bigN, bigMb).wall / at(smallN, bigMb).wall)}x`]);
}
const smallMb = Math.min(...sizes);
if (smallMb !== bigMb && at(bigN, smallMb) && at(bigN, bigMb)) {
  scale.push([`${smallMb} MB vs ${bigMb} MB, N = ${bigN}`, `${f1(at(bigN, smallMb).wall)} vs ${f1(at(bigN, bigMb).wall)}`, `${f1(at(bigN, bigMb).wall / at(bigN, smallMb).wall)}x time for ${f1(bigMb / smallMb)}x text`]);
}

// both cores against one thread, on the largest corpus and dictionary
const big = rows.find((r) => r.n === bigN && r.mb === bigMb);
for (const [one, par, label] of [['entity', 'entityPar', 'pack matching'], ['full', 'fullPar', 'full default preset']]) {
  const a = big?.tools[one];
  const b = big?.tools[par];
  if (a && b) scale.push([`${label}: 1 vs ${b.threads} threads, N = ${bigN}, ${bigMb} MB`, `${f1(a.wall)} vs ${f1(b.wall)}`, a.wall >= b.wall ? `${f1(a.wall / b.wall)}x faster` : `${f1(b.wall / a.wall)}x slower`]);
}

if (values.markdown) {
  const md = (t) => {
    const head = t.options.head;
    return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...t.map((r) => `| ${r.join(' | ')} |`)].join('\n');
  };
  console.log(md(table) + '\n\n' + md(startTable) + '\n\n' + md(scale));
} else {
  console.log(table.toString());
  console.log(startTable.toString());
  console.log(scale.toString());
}
console.log(
  `runs: ${runs} (median wall time); variant share ${variantShare}; ${availableParallelism()} cores; node ${process.version}; peak = max RSS of the process (/usr/bin/time)${TIME ? '' : ' [not available]'}`,
);
if (values.json) writeFileSync(values.json, JSON.stringify({ rows, startup: { nodeAlone, startDefault, startDefaultEn, startBig }, runs, variantShare }, null, 2));
if (failed) {
  console.error('hit counts differ: see the table');
  process.exitCode = 1;
}
