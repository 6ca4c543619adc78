#!/usr/bin/env node
/**
 * Evaluate name-variant grouping (src/names) on a file of variant groups.
 *
 *   npx tsc -p . && node bench/eval-names.mjs [file.json] [--lang en] [--top 30] [--tolerance 1]
 *   node bench/eval-names.mjs --synthetic 100000 [--words 1] [--max-bucket 200]   # clustering speed
 *
 * File shape: { groups: [{ variants: string[], counts?: number[], arabic?: string }],
 *               distinct_pairs?: [string, string][] }
 * (default: <shared>/data/name-variants-dev.json, where <shared> is --shared, TRANSLINT_SHARED or
 * ../shared next to the repository; a clear message and exit 2 when it is missing).
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

// the file: the first argument that is not an option or an option's value; else the shared data set next to the repository
const positional = args.find((a, i) => !a.startsWith('--') && (i === 0 || !args[i - 1].startsWith('--')));
const shared = resolve(opt('--shared', process.env.TRANSLINT_SHARED ?? resolve(root, '..', 'shared')));
const file = resolve(positional ?? join(shared, 'data', 'name-variants-dev.json'));
if (!existsSync(file)) {
  console.error(`eval-names: no variant file at ${file}.
Give a file of variant groups (node bench/eval-names.mjs groups.json), or put the team's shared/ folder
next to this repository, or pass --shared <dir> (or TRANSLINT_SHARED=<dir>). --synthetic <n> needs no data.`);
  process.exit(2);
}
const data = JSON.parse(readFileSync(file, 'utf8'));
const groups = data.groups ?? [];
const distinctPairs = data.distinct_pairs ?? [];

// spellings and their groups
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
const label = (t) => {
  const gs = [...groupsOf.get(t)];
  return gs.length ? gs.map((g) => groups[g].arabic ?? `#${g}`).join('/') : '-';
};

// pairwise sameName
let t0 = performance.now();
const pairMerged = new Map();
for (let i = 0; i < texts.length; i++) {
  for (let j = i + 1; j < texts.length; j++) {
    pairMerged.set(`${i}\t${j}`, sameName(texts[i], texts[j], { lang, tolerance }));
  }
}
const tPairs = performance.now() - t0;

// clusterNames
t0 = performance.now();
const clusters = clusterNames(texts.map((t) => ({ text: t, count: countOf.get(t) })), { lang, tolerance });
const tCluster = performance.now() - t0;
const clusterOf = new Map();
clusters.forEach((c, ci) => c.members.forEach((m) => clusterOf.set(m.text, ci)));

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
  const idx = new Map(texts.map((t, i) => [t, i]));
  const distinctMerged = distinctPairs.filter(([a, b]) => {
    const i = idx.get(a), j = idx.get(b);
    return merged(Math.min(i, j), Math.max(i, j));
  });
  return { within, tp, fp, recall: within ? tp / within : 1, precision: tp + fp ? tp / (tp + fp) : 1, falseMerges, missed, distinctMerged };
}

const pairScore = score((i, j) => pairMerged.get(`${i}\t${j}`));
const clusScore = score((i, j) => clusterOf.get(texts[i]) === clusterOf.get(texts[j]));

const f = (x) => x.toFixed(4);
const dist = (a, b) => nameDistance(a, b, { lang }).toFixed(2);
const show = ([a, b]) => `  ${a} ~ ${b}   d=${dist(a, b)}   [${normalizeName(a, lang)} | ${normalizeName(b, lang)}]   ${label(a)} | ${label(b)}`;

console.log(`file: ${file}`);
console.log(`spellings: ${texts.length}, groups: ${groups.length}, within-group pairs: ${pairScore.within}, all pairs: ${(texts.length * (texts.length - 1)) / 2}, distinct pairs: ${distinctPairs.length}, lang: ${lang}, tolerance: ${tolerance}`);
console.log('');
console.log('method        recall   precision  merged  false  distinct-merged  time');
for (const [name, s, t] of [['sameName', pairScore, tPairs], ['clusterNames', clusScore, tCluster]]) {
  console.log(`${name.padEnd(13)} ${f(s.recall)}   ${f(s.precision)}    ${String(s.tp + s.fp).padStart(5)}  ${String(s.fp).padStart(5)}  ${String(s.distinctMerged.length).padStart(3)}/${distinctPairs.length}           ${t.toFixed(0)} ms`);
}

for (const [name, s] of [['sameName', pairScore], ['clusterNames', clusScore]]) {
  console.log(`\n== ${name}: distinct pairs wrongly merged (${s.distinctMerged.length})`);
  for (const p of s.distinctMerged) console.log(show(p));
  console.log(`== ${name}: false merges (${s.falseMerges.length}, top ${top} by distance)`);
  for (const p of s.falseMerges.sort((x, y) => dist(...x) - dist(...y)).slice(0, top)) console.log(show(p));
  console.log(`== ${name}: missed within-group pairs (${s.missed.length}, top ${top} nearest)`);
  for (const p of s.missed.sort((x, y) => dist(...x) - dist(...y)).slice(0, top)) console.log(show(p));
}

// where the two methods disagree
const diff = [];
for (let i = 0; i < texts.length; i++) {
  for (let j = i + 1; j < texts.length; j++) {
    const p = pairMerged.get(`${i}\t${j}`);
    const c = clusterOf.get(texts[i]) === clusterOf.get(texts[j]);
    if (p !== c) diff.push([texts[i], texts[j], p, c]);
  }
}
console.log(`\n== sameName and clusterNames disagree on ${diff.length} pairs${diff.length ? ` (first ${Math.min(top, diff.length)})` : ''}`);
for (const [a, b, p, c] of diff.slice(0, top)) {
  console.log(`  ${a} ~ ${b}: sameName=${p} cluster=${c} gold=${gold(a, b)}`);
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
