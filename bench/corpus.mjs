/**
 * Deterministic synthetic corpus and entity packs for the benchmarks:
 * news-like English sentences mentioning generated Arabic-like names in
 * house and variant spellings (some with Al-/El- articles), and a pack of N
 * entities with 2-5 variants each.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Small deterministic PRNG (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ONSETS = ['b', 'd', 'f', 'h', 'j', 'k', 'kh', 'l', 'm', 'n', 'q', 'r', 's', 'sh', 't', 'w', 'z', 'gh', 'dh', 'th'];
const VOWELS = ['a', 'i', 'u', 'aa', 'ou', 'e', 'ee'];
const VOWEL_SWAP = { a: 'e', i: 'e', u: 'o', aa: 'a', ou: 'u', e: 'i', ee: 'i' };

function syllables(r, n) {
  const parts = [];
  for (let i = 0; i < n; i++) parts.push([ONSETS[Math.floor(r() * ONSETS.length)], VOWELS[Math.floor(r() * VOWELS.length)]]);
  return parts;
}
const cap = (s) => s[0].toUpperCase() + s.slice(1);
const spell = (parts) => cap(parts.map(([c, v]) => c + v).join('') + 'r');

/** N entities: { canonical, variants[] }, names unique, variants never equal to another entity's spelling. */
export function makeEntities(n, seed = 7) {
  const r = rng(seed);
  const used = new Set();
  const out = [];
  while (out.length < n) {
    const parts = syllables(r, 2 + Math.floor(r() * 2));
    const canonical = spell(parts);
    if (used.has(canonical.toLowerCase())) continue;
    const variants = new Set();
    const want = 2 + Math.floor(r() * 4);
    for (let k = 0; k < 12 && variants.size < want; k++) {
      const v = spell(parts.map(([c, vw]) => [c, r() < 0.5 ? VOWEL_SWAP[vw] : vw]));
      if (v !== canonical && !used.has(v.toLowerCase())) variants.add(v);
    }
    if (variants.size < 2) continue;
    used.add(canonical.toLowerCase());
    for (const v of variants) used.add(v.toLowerCase());
    out.push({ canonical, variants: [...variants], hyphen: r() < 0.3 });
  }
  return out;
}

export function packYaml(entities, name = 'bench') {
  const lines = [`pack: ${name}`, 'entities:'];
  entities.forEach((e, i) => {
    lines.push(`  - id: e${i}`, '    type: person', `    canonical: { en: ${e.hyphen ? 'al-' : ''}${e.canonical} }`);
    lines.push(`    variants: [${e.variants.join(', ')}]`);
  });
  return lines.join('\n') + '\n';
}

const FILLER = [
  'The ministry said in a statement on Thursday that talks would resume next week.',
  'Officials in the capital declined to comment on the reports.',
  'The United Nations envoy called for restraint and a return to negotiations.',
  'Fighting continued on the outskirts of the city, according to residents.',
  'The agreement was signed after several hours of talks between the delegations.',
  'Analysts said the move was likely to raise tensions in the region.',
  'Forces loyal to the government advanced along the coastal road.',
  'A spokesman for the army said the convoy had been stopped at a checkpoint.',
];

/** A document of about `bytes` characters mentioning entities in house and variant forms. */
export function makeDocument(r, entities, bytes) {
  let text = '';
  let para = '';
  while (text.length < bytes) {
    const e = entities[Math.floor(r() * entities.length)];
    const name = r() < 0.5 ? e.canonical : e.variants[Math.floor(r() * e.variants.length)];
    const art = e.hyphen ? (r() < 0.5 ? 'Al-' : 'El-') : '';
    para += `${FILLER[Math.floor(r() * FILLER.length)]} ${art}${name} told reporters that the situation was calm. `;
    if (para.length > 600) {
      text += para.trim() + '\n\n';
      para = '';
    }
  }
  return text + para;
}

/** Write `files` documents totalling about `totalBytes` into `dir`. */
export function writeCorpus(dir, entities, totalBytes, files, seed = 11) {
  mkdirSync(dir, { recursive: true });
  const r = rng(seed);
  const per = Math.max(200, Math.floor(totalBytes / files));
  const paths = [];
  for (let i = 0; i < files; i++) {
    const p = join(dir, `doc-${String(i).padStart(5, '0')}.txt`);
    writeFileSync(p, makeDocument(r, entities, per));
    paths.push(p);
  }
  return paths;
}
