#!/usr/bin/env node
/**
 * Throughput of entity linting: a deterministic ~10 MB news-like corpus
 * (1,000 files) and a 1,000-entity pack, linted with the built library
 * (run `npm run build` first). Prints MB/s for the entity rules alone and
 * for the full default preset.
 *
 *   node bench/lint-throughput.mjs [--mb 10] [--entities 1000] [--files 1000]
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Linter, resolveConfig, allRules } from '../dist/index.js';
import { makeEntities, packYaml, writeCorpus } from './corpus.mjs';

const { values } = parseArgs({ options: { mb: { type: 'string', default: '10' }, entities: { type: 'string', default: '1000' }, files: { type: 'string', default: '1000' } } });
const mb = Number(values.mb);
const dir = mkdtempSync(join(tmpdir(), 'translint-bench-'));
try {
  const entities = makeEntities(Number(values.entities));
  const packFile = join(dir, 'bench-pack.yaml');
  writeFileSync(packFile, packYaml(entities));
  const files = writeCorpus(join(dir, 'corpus'), entities, mb * 1024 * 1024, Number(values.files));
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

  const entityRules = new Set(['entity-variant', 'entity-alias', 'entity-consistency']);
  const only = Object.fromEntries(allRules.map((r) => [r.meta.id, entityRules.has(r.meta.id) ? r.meta.defaultSeverity : 'off']));
  const runs = [
    ['entity rules (pack matching)', resolveConfig({ language: 'en', packs: [packFile], rules: only }, dir)],
    ['full default preset + built-in packs', resolveConfig({ language: 'en', packs: [packFile, ...builtinNames()] }, dir)],
  ];
  console.log(`corpus: ${files.length} files, ${(bytes / 1048576).toFixed(1)} MiB; pack: ${entities.length} entities`);
  for (const [label, config] of runs) {
    const t0 = performance.now();
    const linter = new Linter(config);
    const tLoad = performance.now() - t0;
    let findings = 0;
    const t1 = performance.now();
    for (const t of texts) findings += (await linter.lintText(t)).messages.length;
    const secs = (performance.now() - t1) / 1000;
    console.log(`${label}: ${(bytes / 1048576 / secs).toFixed(1)} MiB/s (${secs.toFixed(2)} s, packs compiled in ${tLoad.toFixed(0)} ms, ${findings} findings)`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function builtinNames() {
  return JSON.parse(JSON.stringify(resolveConfig({}, process.cwd()).packs));
}
