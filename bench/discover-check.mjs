#!/usr/bin/env node
/**
 * Check `translint discover` on the labelled dev pages: every `corpus` group
 * of en-labels.json and xx-labels.json (its spellings that occur in the pages)
 * should fall in one discovered group, and no `must_not_merge` pair should.
 *
 *   node bench/discover-check.mjs [--shared <dir>]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const i = process.argv.indexOf('--shared');
const shared = resolve(i > 0 ? process.argv[i + 1] : process.env.TRANSLINT_SHARED ?? join(root, '..', 'shared'));
const pages = join(shared, 'data', 'dev-pages');
if (!existsSync(pages)) {
  console.error(`discover-check: no dev pages at ${pages} (put the team's shared/ folder next to the repository, or --shared <dir>)`);
  process.exit(2);
}
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘ʼ`]/g, "'").toLowerCase();
for (const set of ['en', 'xx']) {
  const labels = JSON.parse(readFileSync(join(pages, `${set}-labels.json`), 'utf8'));
  const text = readdirSync(join(pages, set)).map((f) => readFileSync(join(pages, set, f), 'utf8')).join('\n');
  const out = execFileSync(process.execPath, [join(root, 'bin', 'translint.js'), 'discover', '--format', 'json', join(pages, set)], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const clusters = JSON.parse(out).clusters;
  const where = (sp) => clusters.flatMap((c, k) => (c.variants.some((v) => fold(v.text) === fold(sp)) ? [k] : []));
  const present = (sp) => new RegExp(`(?<![\\p{L}])${sp.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text);
  let found = 0;
  let total = 0;
  for (const g of labels.corpus) {
    const sps = g.spellings.filter(present).filter((s, k, a) => a.findIndex((x) => fold(x) === fold(s)) === k);
    if (sps.length < 2) continue;
    total++;
    const sets = sps.map(where);
    if (sets[0].some((k) => sets.every((s) => s.includes(k)))) found++;
    else console.log(`${set} missed: ${sps.join(' / ')}`);
  }
  let merged = 0;
  for (const [a, b] of labels.must_not_merge) {
    const A = where(a);
    if (where(b).some((k) => A.includes(k))) {
      merged++;
      console.log(`${set} merged: ${a} / ${b}`);
    }
  }
  console.log(`discover ${set}: corpus groups found ${found}/${total} (groups with two spellings or more in the pages), must_not_merge pairs merged ${merged}/${labels.must_not_merge.length}`);
}
