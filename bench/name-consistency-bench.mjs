#!/usr/bin/env node
/**
 * Time the name-consistency rule alone on the 10 MB bench corpus, as the
 * linter runs it: document by document, with the document's words and pack
 * mentions computed just before (so they are warm, as after the other rules),
 * and only check() timed. Several passes: the first fills the caches.
 *
 *   npx tsc -p . && node bench/name-consistency-bench.mjs [repo root] [passes]
 *
 * Needs bench/.data/n10000 (node bench/run.mjs --quick makes it).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(process.argv[2] ?? '.');
const passes = Number(process.argv[3] ?? 6);
const data = resolve(root, 'bench/.data/n10000');
if (!existsSync(`${data}/c10`) || !existsSync(`${root}/dist/index.js`)) {
  console.error(`name-consistency-bench: needs the built package (npm ci) and the bench corpus ${data}/c10: make it with node bench/run.mjs --quick`);
  process.exit(2);
}
const { Linter, loadConfig } = await import(`${root}/dist/index.js`);
const { DocumentModel } = await import(`${root}/dist/document/document.js`);
const { nameConsistency } = await import(`${root}/dist/rules/name-consistency.js`);
const config = loadConfig({ cwd: root, config: `${data}/full.config.yaml` });
const linter = new Linter(config);
const docs = [];
for (const f of readdirSync(`${data}/c10`).sort()) {
  const text = readFileSync(`${data}/c10/${f}`, 'utf8');
  docs.push({ f, text, language: await linter.languageOf(text) });
}
const times = [];
for (let p = 0; p < passes; p++) {
  let ms = 0;
  let reports = 0;
  for (const d of docs) {
    const doc = new DocumentModel(d.text, d.language, linter.packs);
    doc.words;
    doc.mentions;
    const t = performance.now();
    nameConsistency.check({ filePath: d.f, text: d.text, language: d.language, options: {}, doc, packs: linter.packs, report: () => reports++ });
    ms += performance.now() - t;
  }
  times.push(ms);
  console.log(`pass ${p}: ${ms.toFixed(0)} ms in check(), ${reports} reports`);
}
const warm = times.slice(1).sort((a, b) => a - b);
if (warm.length) console.log(`after the first pass: median ${warm[Math.floor(warm.length / 2)].toFixed(0)} ms, min ${warm[0].toFixed(0)} ms`);
