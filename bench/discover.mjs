#!/usr/bin/env node
/**
 * `translint discover` on a deterministic corpus (bench/corpus.mjs: news-like
 * files of about 5 KiB mentioning N generated Arabic-like names, each in its
 * house form or one of 2-5 vowel-changed variants). Prints wall time and peak
 * memory (maximum resident set size, from /usr/bin/time) of the CLI process,
 * and how well the groups it prints match the generated names: pairwise
 * precision (pairs of spellings grouped together that belong to one name)
 * and recall (pairs of spellings of one name grouped together).
 *
 *   npx tsc -p . && node bench/discover.mjs [--mb 50] [--n 1000] [--language en,auto] [--runs 1]
 *
 * The corpus is built once under bench/.data (shared with bench/run.mjs).
 * --language en: no language detection; auto: each file's language is
 * detected (the default configuration). The built-in packs are loaded either
 * way (their names do not occur in this corpus).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureDataset } from './corpus.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..');
const BIN = join(ROOT, 'bin', 'translint.js');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

const { values } = parseArgs({
  options: {
    mb: { type: 'string', default: '50' },
    n: { type: 'string', default: '1000' },
    language: { type: 'string', default: 'en,auto' },
    runs: { type: 'string', default: '1' },
  },
});
if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) {
  console.error('build first: npx tsc -p .');
  process.exit(2);
}

const mb = Number(values.mb);
const n = Number(values.n);
const set = ensureDataset(join(HERE, '.data'), n, mb);
const files = readdirSync(set.corpusDir).filter((f) => f.endsWith('.txt')).length;

// the truth: every spelling of a generated name
const nameOf = new Map();
set.entities.forEach((e, i) => {
  for (const s of [e.canonical, ...e.variants]) nameOf.set(s.toLowerCase(), i);
});

function quality(clusters) {
  let grouped = 0;
  let right = 0;
  const found = new Set();
  for (const c of clusters) {
    const texts = c.variants.map((v) => v.text.toLowerCase());
    for (let i = 0; i < texts.length; i++) {
      found.add(texts[i]);
      for (let j = i + 1; j < texts.length; j++) {
        grouped++;
        const a = nameOf.get(texts[i]);
        if (a !== undefined && a === nameOf.get(texts[j])) right++;
      }
    }
  }
  let truthPairs = 0;
  for (const e of set.entities) {
    const k = e.variants.length + 1;
    truthPairs += (k * (k - 1)) / 2;
  }
  return { precision: grouped ? right / grouped : 1, recall: truthPairs ? right / truthPairs : 1, groups: clusters.length, grouped };
}

function run(language) {
  const args = [BIN, 'discover', set.corpusDir, '--format', 'json'];
  if (language !== 'auto') args.push('--language', language);
  const cmd = TIME ? TIME : process.execPath;
  const cmdArgs = TIME ? ['-f', '%e %M', process.execPath, ...args] : args;
  const t0 = performance.now();
  const r = spawnSync(cmd, cmdArgs, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = (performance.now() - t0) / 1000;
  if (r.status !== 0) {
    console.error(r.stderr);
    process.exit(1);
  }
  const timeLine = r.stderr.trim().split('\n').pop() ?? '';
  const [, kb] = timeLine.split(' ').map(Number);
  return { wall, peakMiB: TIME ? kb / 1024 : NaN, clusters: JSON.parse(r.stdout).clusters };
}

console.log(`corpus: ${files} files, ${mb} MiB, ${n} generated names (${set.corpusDir}); ${availableParallelism()} cores; node ${process.version}`);
for (const language of values.language.split(',')) {
  const runs = [];
  for (let k = 0; k < Number(values.runs); k++) runs.push(run(language));
  runs.sort((a, b) => a.wall - b.wall);
  const mid = runs[Math.floor(runs.length / 2)];
  const q = quality(mid.clusters);
  console.log(
    `--language ${language.padEnd(4)}  wall ${mid.wall.toFixed(1)} s  peak ${mid.peakMiB.toFixed(0)} MiB  ` +
      `${(mb / mid.wall).toFixed(1)} MiB/s  groups ${q.groups}  vs generated names: precision ${q.precision.toFixed(4)} recall ${q.recall.toFixed(4)}`,
  );
}
console.log(
  'note: generated names are random syllables and many differ from each other only in vowels, as real variants do,\n' +
    'so distinct generated names are grouped by design: "precision" here counts those merges. Real-name quality: bench/eval-names.mjs.',
);
