#!/usr/bin/env node
/**
 * Short wrong-language segments (not a test: it measures). Takes sentences of
 * one language of ../shared/data/clean-prose, cut to 4-15 words, puts each as
 * a line of its own into an article of another language, and counts how many
 * the wrong-language rule reports (recall by segment length), then how many
 * findings the rule makes on the untouched articles (false alarms).
 *
 *   npm run build && node bench/eval-short-language.mjs [--shared ../shared] [--per 40] [--paragraphs-only]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const args = process.argv.slice(2);
const opt = (name, def) => (args.includes(name) ? args[args.indexOf(name) + 1] : def);
const shared = resolve(opt('--shared', join(root, '..', 'shared')));
const per = Number(opt('--per', '40'));
const base = join(shared, 'data', 'clean-prose');
if (!existsSync(base)) {
  console.error(`no clean prose at ${base}`);
  process.exit(2);
}
const { resolveConfig } = await import(join(root, 'dist/config/config.js'));
const { Linter } = await import(join(root, 'dist/engine/linter.js'));
const { allRules } = await import(join(root, 'dist/rules/index.js'));
// --paragraphs-only: the rule without its short-segment pass (the figures before it)
const ruleSetting = args.includes('--paragraphs-only') ? ['warning', { short: false }] : 'warning';
const rules = Object.fromEntries(allRules.map((r) => [r.meta.id, r.meta.id === 'wrong-language' ? ruleSetting : 'off']));
const linter = new Linter(resolveConfig({ packs: [], rules }, root));

const langs = ['en', 'fr', 'de', 'es', 'it'];
let seed = 7;
const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const docs = {};
const sentences = {};
for (const l of langs) {
  const files = readdirSync(join(base, l)).filter((f) => f.endsWith('.txt')).sort();
  docs[l] = files.map((f) => readFileSync(join(base, l, f), 'utf8'));
  sentences[l] = docs[l].join('\n').split(/(?<=[.!?])\s+|\n+/u).map((s) => s.trim()).filter((s) => s.split(/\s+/u).length >= 15 && !/["“”«»]/u.test(s));
}
const buckets = [[4, 6], [7, 10], [11, 15]];
console.log('segment words  found/inserted  (insert language -> document language, all pairs)');
for (const [lo, hi] of buckets) {
  let found = 0;
  let total = 0;
  for (const x of langs) for (const l of langs) {
    if (x === l) continue;
    for (let k = 0; k < per / 4; k++) {
      const s = sentences[x][Math.floor(rnd() * sentences[x].length)].split(/\s+/u);
      const n = lo + Math.floor(rnd() * (hi - lo + 1));
      const seg = s.slice(0, n).join(' ').replace(/[,;:]$/u, '') + '.';
      const doc = docs[l][Math.floor(rnd() * docs[l].length)];
      const paras = doc.split(/\n\s*\n/u);
      const at = 1 + Math.floor(rnd() * Math.max(1, paras.length - 1));
      const text = [...paras.slice(0, at), seg, ...paras.slice(at)].join('\n\n');
      const start = text.indexOf(seg);
      const { messages } = await linter.lintText(text, { language: l });
      total++;
      if (messages.some((m) => m.range[0] < start + seg.length && m.range[1] > start)) found++;
    }
  }
  console.log(`  ${lo}-${hi}`.padEnd(15) + `${found}/${total}  ${(found / total).toFixed(3)}`);
}
let fa = 0;
let words = 0;
for (const l of langs) for (const d of docs[l]) {
  words += d.split(/\s+/u).length;
  fa += (await linter.lintText(d, { language: l })).messages.length;
}
console.log(`false alarms on the untouched articles: ${fa} in ${words} words`);
