#!/usr/bin/env node
/**
 * Batch normalisation benchmark: a deterministic archive of news-like text
 * (default 10,000 files, ~50 MB) mentioning the built-in libya pack's names
 * in house and variant spellings and a generated 1,000-entity pack, fixed
 * with `node bin/translint.js --fix` on one worker and on all cores. Prints
 * wall time and peak memory (maximum resident set size of the CLI process,
 * worker threads included, from /usr/bin/time).
 *
 *   npm run build && node bench/fix-batch.mjs [--files 10000] [--mb 50] [--entities 1000] [--workers 1,2] [--entity-only]
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { allRules } from '../dist/index.js';
import { makeEntities, packYaml, rng } from './corpus.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    files: { type: 'string', default: '10000' },
    mb: { type: 'string', default: '50' },
    entities: { type: 'string', default: '1000' },
    workers: { type: 'string', default: `1,${availableParallelism()}` },
    'entity-only': { type: 'boolean', default: false },
  },
});

/** Names of the libya pack: each house form with the variants that stand for it. */
function libyaNames() {
  const pack = parse(readFileSync(join(ROOT, 'rules/entities/libya.yaml'), 'utf8'));
  const out = [];
  for (const e of pack.entities ?? []) {
    const v = e.variants ?? [];
    if (Array.isArray(v)) out.push({ house: e.canonical.en.replace(/^al-/, ''), variants: v });
    else for (const [part, list] of Object.entries(v)) out.push({ house: part, variants: list });
  }
  return out.filter((n) => n.variants.length > 0);
}

const SENTENCES = [
  (n) => `${n} told a news conference on Tuesday that the ceasefire was holding along most of the front.`,
  (n) => `A delegation led by ${n} arrived in the capital late on Monday for a second round of talks.`,
  (n) => `According to two officials who asked not to be named, ${n} had rejected the proposal.`,
  (n) => `Residents said convoys loyal to ${n} had been seen moving south overnight.`,
  (n) => `${n}'s office did not reply to a request for comment.`,
  () => 'Oil output has fallen sharply since the blockade of the eastern terminals began.',
  () => 'The envoy urged both sides to withdraw heavy weapons from the coastal road.',
  () => 'Prices of bread and fuel rose again this week, traders in the old market said.',
  () => 'The committee is due to report its findings before the end of the month.',
];

/** One document of about `bytes` characters: names in house form (60 %) or a variant (40 %). */
function makeDocument(r, names, bytes) {
  let text = '';
  let para = '';
  while (text.length + para.length < bytes) {
    const n = names[Math.floor(r() * names.length)];
    const name = r() < 0.6 ? n.house : n.variants[Math.floor(r() * n.variants.length)];
    para += SENTENCES[Math.floor(r() * SENTENCES.length)](name) + ' ';
    if (para.length > 700) {
      text += para.trim() + '\n\n';
      para = '';
    }
  }
  return text + para.trim() + '\n';
}

function generate(dir, files, totalBytes, entityCount) {
  const entities = makeEntities(entityCount);
  writeFileSync(join(dir, 'generated.yaml'), packYaml(entities, 'generated'));
  // every rule on (the default preset), or only the entity rules (--entity-only: the cost of the fix pipeline itself)
  const off = values['entity-only'] ? allRules.filter((r) => !r.meta.id.startsWith('entity-')).map((r) => `  ${r.meta.id}: off\n`) : [];
  writeFileSync(join(dir, 'translint.config.yaml'), `language: en\npacks: [libya, ./generated.yaml]\n${off.length ? `rules:\n${off.join('')}` : ''}`);
  const names = [...libyaNames(), ...entities.map((e) => ({ house: e.canonical, variants: e.variants }))];
  const r = rng(2024);
  const per = Math.floor(totalBytes / files);
  let bytes = 0;
  for (let i = 0; i < files; i++) {
    const sub = join(dir, 'pristine', `batch-${String(Math.floor(i / 1000)).padStart(2, '0')}`);
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    const text = makeDocument(r, names, per);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(sub, `doc-${String(i).padStart(5, '0')}.txt`), text);
  }
  return bytes;
}

function runFix(dir, workers) {
  rmSync(join(dir, 'archive'), { recursive: true, force: true });
  cpSync(join(dir, 'pristine'), join(dir, 'archive'), { recursive: true });
  const args = [join(ROOT, 'bin/translint.js'), '--fix', 'archive', '--workers', String(workers), '-f', 'json', '-o', 'report.json', '--report-file', 'changes.json'];
  const timed = existsSync('/usr/bin/time');
  const cmd = timed ? '/usr/bin/time' : process.execPath;
  const t0 = performance.now();
  const r = spawnSync(cmd, timed ? ['-f', 'maxrss_kb=%M', process.execPath, ...args] : args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 256 * 1024 * 1024, env: { ...process.env, CI: 'true' } });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`translint exited ${r.status}: ${r.stderr}`);
  const rss = /maxrss_kb=(\d+)/.exec(r.stderr)?.[1];
  const summary = JSON.parse(readFileSync(join(dir, 'changes.json'), 'utf8')).summary;
  return { workers, seconds, peakMB: rss ? Number(rss) / 1024 : undefined, ...summary };
}

const dir = mkdtempSync(join(tmpdir(), 'translint-fix-bench-'));
try {
  const files = Number(values.files);
  const bytes = generate(dir, files, Number(values.mb) * 1024 * 1024, Number(values.entities));
  console.log(
    `corpus: ${files} files, ${(bytes / 1024 / 1024).toFixed(1)} MB; packs: libya + ${values.entities} generated entities; ` +
      `${values['entity-only'] ? 'entity rules only' : 'all rules'}; ${availableParallelism()} cores`,
  );
  for (const w of values.workers.split(',').map(Number)) {
    const r = runFix(dir, w);
    const mbps = bytes / 1024 / 1024 / r.seconds;
    console.log(
      `workers=${r.workers}: ${r.seconds.toFixed(1)} s (${mbps.toFixed(2)} MB/s), peak RSS ${r.peakMB ? r.peakMB.toFixed(0) + ' MB' : 'n/a'}; ` +
        `${r.filesChanged} files changed, ${r.replacements} replacements`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
