#!/usr/bin/env node
/**
 * Evaluate name-variant grouping (src/names) on a file of variant groups.
 *
 *   npx tsc -p . && node bench/eval-names.mjs [file.json] [--lang en] [--top 30] [--tolerance 1]
 *   node bench/eval-names.mjs --synthetic 100000 [--words 1] [--max-bucket 200]   # clustering speed
 *
 * File shape: { groups: [{ variants: string[], counts?: number[], arabic?: string }],
 *               distinct_pairs?: [string, string][] }
 * (default: ../shared/data/name-variants-dev.json relative to the repo root).
 *
 * Every spelling of the file is compared with every other. A merged pair is
 * correct iff both spellings belong to one group. Reported for the pairwise
 * test (sameName) and for clusterNames: recall over within-group pairs,
 * precision over all merged pairs, distinct pairs wrongly merged, and the
 * false merges and missed pairs.
 */

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const names = await import(resolve(root, 'dist/names/index.js')).catch((e) => {
  console.error(`cannot load dist/names/index.js (run \`npx tsc -p .\` first): ${e.message}`);
  process.exit(2);
});
const { sameName, nameDistance, clusterNames, normalizeName } = names;

const args = process.argv.slice(2);
function opt(name, def) {
  const i = args.indexOf(name);
  if (i < 0) return def;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
}
const lang = opt('--lang', 'en');
const top = Number(opt('--top', '30'));
const synthetic = opt('--synthetic', undefined);
const maxBucket = opt('--max-bucket', undefined);
const words = Number(opt('--words', '1'));
const tolerance = Number(opt('--tolerance', '1'));

if (synthetic !== undefined) {
  runSynthetic(Number(synthetic) || 100000);
  process.exit(0);
}

const sharedData = join(resolve(opt('--shared', process.env.TRANSLINT_SHARED ?? resolve(root, '..', 'shared'))), 'data');
const trainFile = resolve(opt('--train', join(sharedData, 'name-translit-train.tsv')));
const folds = Number(opt('--folds', '5'));
const minCount = Number(opt('--cv-min-count', '1'));
const file = resolve(args.find((a) => !a.startsWith('--')) ?? join(sharedData, 'name-variants-dev.json'));
if (!existsSync(file)) {
  console.error(`eval-names: no variant file at ${file}.
Give a file of variant groups (node bench/eval-names.mjs groups.json), or put the team's shared/ folder
next to this repository, or pass --shared <dir> (or TRANSLINT_SHARED=<dir>). --synthetic <n> needs no data.`);
  process.exit(2);
}
const data = JSON.parse(readFileSync(file, 'utf8'));

/**
 * Score a set of groups and distinct pairs: every spelling against every
 * other, pairwise (sameName) and by clusterNames, with the given name options.
 */
function evaluate(groups, distinctPairs, nameOpts) {
  const groupsOf = new Map(); // text -> Set(group index)
  const countOf = new Map();
  groups.forEach((g, gi) => {
    g.variants.forEach((v, k) => {
      if (!groupsOf.has(v)) groupsOf.set(v, new Set());
      groupsOf.get(v).add(gi);
      countOf.set(v, (countOf.get(v) ?? 0) + (g.counts?.[k] ?? 1));
    });
  });
  for (const p of distinctPairs) for (const v of p) if (!groupsOf.has(v)) { groupsOf.set(v, new Set()); countOf.set(v, 1); }
  const texts = [...groupsOf.keys()];
  const gold = (a, b) => [...groupsOf.get(a)].some((g) => groupsOf.get(b).has(g));
  let t0 = performance.now();
  const pairMerged = new Map();
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) pairMerged.set(`${i}\t${j}`, sameName(texts[i], texts[j], nameOpts));
  }
  const tPairs = performance.now() - t0;
  t0 = performance.now();
  const clusters = clusterNames(texts.map((t) => ({ text: t, count: countOf.get(t) })), nameOpts);
  const tCluster = performance.now() - t0;
  const clusterOf = new Map();
  clusters.forEach((c, ci) => c.members.forEach((m) => clusterOf.set(m.text, ci)));
  const idx = new Map(texts.map((t, i) => [t, i]));
  function score(merged) {
    let within = 0, tp = 0, fp = 0;
    const falseMerges = [], missed = [];
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        const a = texts[i], b = texts[j];
        const g = gold(a, b);
        const m = merged(i, j);
        if (g) within++;
        if (g && m) tp++;
        if (!g && m) { fp++; falseMerges.push([a, b]); }
        if (g && !m) missed.push([a, b]);
      }
    }
    const distinctMerged = distinctPairs.filter(([a, b]) => {
      const i = idx.get(a), j = idx.get(b);
      return merged(Math.min(i, j), Math.max(i, j));
    });
    return { within, tp, fp, recall: within ? tp / within : 1, precision: tp + fp ? tp / (tp + fp) : 1, falseMerges, missed, distinctMerged, distinct: distinctPairs.length };
  }
  const pair = score((i, j) => pairMerged.get(`${i}\t${j}`));
  const cluster = score((i, j) => clusterOf.get(texts[i]) === clusterOf.get(texts[j]));
  const disagree = [];
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const p = pairMerged.get(`${i}\t${j}`);
      const c = clusterOf.get(texts[i]) === clusterOf.get(texts[j]);
      if (p !== c) disagree.push([texts[i], texts[j], p, c, gold(texts[i], texts[j])]);
    }
  }
  const label = (t) => {
    const gs = [...groupsOf.get(t)];
    return gs.length ? gs.map((g) => groups[g].arabic ?? `#${g}`).join('/') : '-';
  };
  return { texts, pair, cluster, tPairs, tCluster, disagree, label };
}

const f = (x) => x.toFixed(3);
const row = (name, s, t) =>
  `${name.padEnd(13)} ${f(s.recall)}   ${f(s.precision)}    ${String(s.tp + s.fp).padStart(5)}  ${String(s.fp).padStart(5)}  ${String(s.distinctMerged.length).padStart(3)}/${s.distinct}${t === undefined ? '' : `           ${t.toFixed(0)} ms`}`;

// ---- dev figures
const noDev = args.includes('--no-dev');
const dev = evaluate(data.groups ?? [], data.distinct_pairs ?? [], { lang, tolerance });
const log = console.log;
if (noDev) console.log = () => {};
console.log(`file: ${file}`);
console.log(`spellings: ${dev.texts.length}, groups: ${(data.groups ?? []).length}, within-group pairs: ${dev.pair.within}, all pairs: ${(dev.texts.length * (dev.texts.length - 1)) / 2}, distinct pairs: ${(data.distinct_pairs ?? []).length}, lang: ${lang}, tolerance: ${tolerance}`);
console.log('');
console.log('method        recall   precision  merged  false  distinct-merged  time');
console.log(row('sameName', dev.pair, dev.tPairs));
console.log(row('clusterNames', dev.cluster, dev.tCluster));
if (args.includes('--edit')) {
  const e = evaluate(data.groups ?? [], data.distinct_pairs ?? [], { lang, tolerance, learned: false });
  console.log(row('sameName-edit', e.pair, e.tPairs));
  console.log(row('cluster-edit', e.cluster, e.tCluster));
}
const dist = (a, b) => nameDistance(a, b, { lang }).toFixed(2);
const show = (label) => ([a, b]) => `  ${a} ~ ${b}   d=${dist(a, b)}   [${normalizeName(a, lang)} | ${normalizeName(b, lang)}]   ${label(a)} | ${label(b)}`;
if (top > 0) {
  for (const [name, s] of [['sameName', dev.pair], ['clusterNames', dev.cluster]]) {
    console.log(`\n== ${name}: distinct pairs wrongly merged (${s.distinctMerged.length})`);
    for (const p of s.distinctMerged) console.log(show(dev.label)(p));
    console.log(`== ${name}: false merges (${s.falseMerges.length}, top ${top} by distance)`);
    for (const p of s.falseMerges.sort((x, y) => dist(...x) - dist(...y)).slice(0, top)) console.log(show(dev.label)(p));
    console.log(`== ${name}: missed within-group pairs (${s.missed.length}, top ${top} nearest)`);
    for (const p of s.missed.sort((x, y) => dist(...x) - dist(...y)).slice(0, top)) console.log(show(dev.label)(p));
  }
}
console.log(`\n== sameName and clusterNames disagree on ${dev.disagree.length} pairs${dev.disagree.length ? ` (first ${Math.min(top, dev.disagree.length)})` : ''}`);
for (const [a, b, p, c, g] of dev.disagree.slice(0, top)) console.log(`  ${a} ~ ${b}: sameName=${p} cluster=${c} gold=${g}`);

console.log = log;

// ---- cross-validation on groups built from the training file
if (folds > 1 && !args.includes('--no-cv')) {
  if (!existsSync(trainFile)) {
    console.log(`\ncv skipped: no training file at ${trainFile} (the team's shared/data/name-translit-train.tsv; --train <file>)`);
  } else {
    const learn = await import(resolve(root, 'dist/names/learn.js'));
    const rows = learn.readTrainingFile(trainFile);
    const cv = learn.crossValidationSets(rows, folds, minCount);
    console.log(`\ncv: ${folds} folds by Arabic form over ${cv.groupCount} groups of Latin spellings (seen ${minCount}+ times) sharing one Arabic form (Arabic-origin: the form has a letter of its own, e.g. ع ح ق ص ض ط); each fold's model is trained on the other folds`);
    console.log('fold  method         recall   precision  merged  false  distinct-merged');
    const sum = { pair: [0, 0, 0, 0, 0], cluster: [0, 0, 0, 0, 0], editPair: [0, 0, 0, 0, 0] };
    const add = (acc, s) => { acc[0] += s.tp; acc[1] += s.within; acc[2] += s.fp; acc[3] += s.distinctMerged.length; acc[4] += s.distinct; };
    for (let k = 0; k < folds; k++) {
      const model = learn.compileModel(learn.trainModel(learn.preparePairs(cv.train[k]), learn.TRAIN_DEFAULTS));
      const r = evaluate(cv.test[k].groups, cv.test[k].distinct, { lang, tolerance, learned: model });
      const e = evaluate(cv.test[k].groups, cv.test[k].distinct, { lang, tolerance, learned: false });
      console.log(`fold ${k + 1}  ${row('sameName', r.pair)}`);
      console.log(`fold ${k + 1}  ${row('clusterNames', r.cluster)}`);
      console.log(`fold ${k + 1}  ${row('edit-only', e.pair)}`);
      add(sum.pair, r.pair);
      add(sum.cluster, r.cluster);
      add(sum.editPair, e.pair);
    }
    const line = (name, a) => `cv ${name.padEnd(22)} recall ${f(a[0] / a[1])}  precision ${f(a[0] / (a[0] + a[2]))}  distinct merged ${a[3]}/${a[4]}`;
    console.log(line('sameName', sum.pair));
    console.log(line('clusterNames', sum.cluster));
    console.log(line('edit distance only', sum.editPair));
    if (!noDev) console.log(`dev sameName               recall ${f(dev.pair.recall)}  precision ${f(dev.pair.precision)}  distinct merged ${dev.pair.distinctMerged.length}/${dev.pair.distinct}`);
    if (!noDev) console.log(`dev clusterNames           recall ${f(dev.cluster.recall)}  precision ${f(dev.cluster.precision)}  distinct merged ${dev.cluster.distinctMerged.length}/${dev.cluster.distinct}`);
  }
}

// ---------------------------------------------------------------- synthetic
function runSynthetic(n) {
  // deterministic PRNG
  let seed = 12345;
  const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const cons = ['b', 't', 'th', 'j', 'h', 'kh', 'd', 'dh', 'r', 'z', 's', 'sh', 'f', 'q', 'k', 'l', 'm', 'n', 'w', 'y', 'g', 'gh'];
  const vows = ['a', 'i', 'u', 'e', 'o', 'ou', 'ee', 'aa', 'ai', 'ia'];
  const base = () => {
    const k = 2 + Math.floor(rnd() * 4);
    let s = rnd() < 0.2 ? pick(vows) : '';
    for (let i = 0; i < k; i++) s += pick(cons) + (i < k - 1 || rnd() < 0.4 ? pick(vows) : '');
    return s;
  };
  const variant = (s) => {
    let v = s;
    if (rnd() < 0.4) v = v.replace(/[aeiou]/, () => pick(['a', 'e', 'i', 'o', 'u']));
    if (rnd() < 0.2) v = v.replace(/([bdfklmnrst])/, '$1$1');
    if (rnd() < 0.2) v = v.replace(/q/, 'k').replace(/ou/, 'u');
    if (rnd() < 0.1) v = `al-${v}`;
    if (rnd() < 0.1) v += 'h';
    return v[0].toUpperCase() + v.slice(1);
  };
  const set = new Set();
  const items = [];
  const baseOf = new Map();
  let nb = 0;
  while (items.length < n) {
    const b = base();
    nb++;
    const parts = [b];
    for (let w = 1; w < words; w++) parts.push(base());
    const k = 1 + Math.floor(rnd() * 5);
    for (let i = 0; i < k && items.length < n; i++) {
      const v = parts.map(variant).join(' ');
      if (set.has(v)) continue;
      set.add(v);
      baseOf.set(v, nb);
      items.push({ text: v, count: 1 + Math.floor(rnd() * 20) });
    }
  }
  const t = performance.now();
  const cl = clusterNames(items, { lang, tolerance, ...(maxBucket ? { maxBucket: Number(maxBucket) } : {}) });
  const ms = performance.now() - t;
  const sizes = cl.map((c) => c.members.length).sort((a, b) => b - a);
  // pairwise scores against the generating base name (different bases may
  // happen to be spellings of one name, so precision is a lower bound)
  const c2 = (x) => (x * (x - 1)) / 2;
  let same = 0, merged = 0;
  for (const c of cl) {
    merged += c2(c.members.length);
    const per = new Map();
    for (const m of c.members) per.set(baseOf.get(m.text), (per.get(baseOf.get(m.text)) ?? 0) + 1);
    for (const x of per.values()) same += c2(x);
  }
  const perBase = new Map();
  for (const v of baseOf.values()) perBase.set(v, (perBase.get(v) ?? 0) + 1);
  let within = 0;
  for (const x of perBase.values()) within += c2(x);
  console.log(`synthetic: ${items.length} distinct ${words}-word spellings of ${nb} generated names -> ${cl.length} clusters in ${(ms / 1000).toFixed(2)} s (cpu ${(process.cpuUsage().user / 1e6).toFixed(2)} s for the whole run)`);
  console.log(`  largest clusters: ${sizes.slice(0, 5).join(', ')}; recall vs generating name ${(same / within).toFixed(3)}, precision >= ${(same / Math.max(merged, 1)).toFixed(3)}`);
}
