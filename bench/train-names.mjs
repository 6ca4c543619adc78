#!/usr/bin/env node
/**
 * Build the learned name key (rules/names/translit-model.json) from the
 * team's Latin-Arabic name pairs:
 *
 *   npm run train-names                       # reads ../shared/data/name-translit-train.tsv
 *   npm run train-names -- --train <file.tsv> [--out <model.json>]
 *
 * The training file (latin<TAB>arabic<TAB>count, a header line first) is not
 * in the repository: it is the shared evaluation data (shared/data, next to
 * the repository, or TRANSLINT_SHARED=<dir>). The model is: EM alignment of
 * Latin letter chunks with Arabic letters over the Arabic-origin pairs
 * (src/names/learn.ts, settings TRAIN_DEFAULTS). Deterministic: the same file
 * gives the same model, byte for byte. Needs the built code (npm run build).
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : def;
};
const shared = process.env.TRANSLINT_SHARED ?? join(root, '..', 'shared');
const trainFile = resolve(opt('--train', join(shared, 'data', 'name-translit-train.tsv')));
const out = resolve(opt('--out', join(root, 'rules', 'names', 'translit-model.json')));

const learn = await import(join(root, 'dist', 'names', 'learn.js')).catch((e) => {
  console.error(`train-names: cannot load dist/names/learn.js (run \`npm run build\` first): ${e.message}`);
  process.exit(2);
});
let rows;
try {
  rows = learn.readTrainingFile(trainFile);
} catch (e) {
  console.error(`train-names: ${e.message}`);
  process.exit(2);
}
const t0 = Date.now();
const sel = learn.trainingSelection(rows);
const pairs = learn.preparePairs(sel);
const model = learn.trainModel(pairs, learn.TRAIN_DEFAULTS);
model.about = `Learned name key of translint (src/names/learned-model.ts): Latin chunk (with its context: ^ word start, $ word end, V vowel, C consonant) -> Arabic letters with natural-log probabilities, trained by EM on ${pairs.length} Arabic-origin Latin-Arabic name pairs (Wikidata). Rebuild with \`npm run train-names\`.`;
const ordered = { about: model.about, version: model.version, maxLatin: model.maxLatin, threshold: model.threshold, veto: model.veto, reach: model.reach, merge: model.merge, units: model.units };
const text = '{\n' + Object.entries(ordered).map(([k, v]) => k === 'units'
  ? `"units": {\n${Object.entries(v).map(([u, outs]) => `${JSON.stringify(u)}: ${JSON.stringify(outs)}`).join(',\n')}\n}`
  : `${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n') + '\n}\n';
writeFileSync(out, text);
const units = Object.values(model.units).reduce((n, l) => n + l.split('|').length, 0);
console.log(`train-names: ${pairs.length} pairs (of ${rows.length}) -> ${Object.keys(model.units).length} chunk keys, ${units} units, ${(text.length / 1024).toFixed(0)} KiB in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${out}`);
