/**
 * Deterministic synthetic corpus and entity packs for the benchmarks:
 * news-like English sentences mentioning generated Arabic-like names in
 * house and variant spellings (some with Al-/El- articles), and a pack of N
 * entities with 2-5 variants each. The same dictionary is written three ways:
 * a translint pack, a prh.yml for textlint-rule-prh, and a list of the
 * variant spellings for `grep -F -w -f`.
 *
 * makeEntities(n) is a prefix of makeEntities(m) for n < m (one PRNG stream),
 * so the dictionaries of N = 10, 1,000 and 10,000 nest.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
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

/** The translint pack: house form (al- for hyphenated names) and the variants. */
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

/**
 * The variant spellings, one a line: `grep -o -w -F -f` counts one hit per
 * variant occurrence, as translint's entity-variant does (a variant after
 * Al-/El- is a whole word to grep: '-' is not a word character).
 */
export function variantLiterals(entities) {
  return entities.flatMap((e) => e.variants).join('\n') + '\n';
}

/**
 * The same dictionary for textlint-rule-prh (prh 5.4). Plain names are string
 * patterns with `wordBoundary`; a hyphenated name is written in prh's /regex/
 * form, since prh 5.4 rejects a string pattern like 'Al-Jafra' (its spec check
 * fails on the hyphen): /\b(?:[AaEe]l-)?(?:V1|V2)\b/ with the house form
 * 'al-Canonical' as `expected`. Either way one hit per variant occurrence.
 */
export function prhYaml(entities) {
  const lines = ['version: 1', 'rules:'];
  for (const e of entities) {
    if (e.hyphen) {
      lines.push(`  - expected: al-${e.canonical}`, `    pattern: /\\b(?:[AaEe]l-)?(?:${e.variants.join('|')})\\b/`);
    } else {
      lines.push(`  - expected: ${e.canonical}`, `    patterns: [${e.variants.join(', ')}]`, '    options: { wordBoundary: true }');
    }
  }
  return lines.join('\n') + '\n';
}

/** Sentences without a name (news filler); our own writing. */
const PLAIN = [
  'The ministry said in a statement on Thursday that talks would resume next week.',
  'Officials in the capital declined to comment on the reports.',
  'The envoy called for restraint and a return to negotiations.',
  'Fighting continued on the outskirts of the city, according to residents.',
  'The agreement was signed after several hours of talks between the delegations.',
  'Analysts said the move was likely to raise tensions in the region.',
  'Forces loyal to the government advanced along the coastal road.',
  'Oil output has fallen sharply since the blockade of the eastern terminals began.',
  'Prices of bread and fuel rose again this week, traders in the old market said.',
  'The committee is due to report its findings before the end of the month.',
  'Schools in the southern districts reopened on Sunday after a two-week closure.',
  'Electricity cuts of up to ten hours a day have returned to several towns.',
  'The central bank kept its exchange rate unchanged for the third month in a row.',
  'Aid groups warned that supplies of medicine were running low in the border camps.',
  'The airport resumed flights on Wednesday, a day after it was shelled.',
  'Both sides accused each other of breaking the truce within hours of its start.',
];
/** Sentences with one name; the name every second sentence or so, as in agency copy. */
const NAMED = [
  (n) => `${n} told reporters that the situation was calm.`,
  (n) => `A delegation led by ${n} arrived in the capital late on Monday.`,
  (n) => `According to two officials who asked not to be named, ${n} had rejected the proposal.`,
  (n) => `Residents said convoys loyal to ${n} had been seen moving south overnight.`,
  (n) => `The office of ${n} did not reply to a request for comment.`,
  (n) => `In a televised speech, ${n} promised elections before the end of the year.`,
  (n) => `${n} met the foreign minister on Tuesday to discuss the border crossings.`,
  (n) => `Supporters of ${n} gathered in the main square after the evening prayers.`,
];

/**
 * One news-like document of about `bytes` characters: paragraphs of 3-6
 * sentences, one name about every second sentence, in the house form or (a
 * share `variantShare` of the time, by default one in five) one of its
 * variants; hyphenated names with Al- or El- in front.
 */
export function makeNewsDocument(r, entities, bytes, variantShare = VARIANT_SHARE) {
  const pick = (list) => list[Math.floor(r() * list.length)];
  const paras = [];
  let size = 0;
  while (size < bytes) {
    const sentences = [];
    const count = 3 + Math.floor(r() * 4);
    for (let k = 0; k < count; k++) {
      if (r() < 0.5) {
        const e = pick(entities);
        const name = r() < variantShare ? pick(e.variants) : e.canonical;
        sentences.push(pick(NAMED)((e.hyphen ? (r() < 0.5 ? 'Al-' : 'El-') : '') + name));
      } else sentences.push(pick(PLAIN));
    }
    const para = sentences.join(' ');
    paras.push(para);
    size += para.length + 2;
  }
  return paras.join('\n\n') + '\n';
}

/** Bump when the generated data changes: cached data sets are rebuilt. */
export const DATA_VERSION = 3;
/** Share of name mentions written in a variant spelling (the rest in the house form). */
export const VARIANT_SHARE = 0.2;
export const FILE_BYTES = 5 * 1024;

/**
 * The data set for dictionary size `n` and corpus size `mb` under `root`
 * (built once, then reused): root/n<N>/{pack.yaml, prh.yml, literals.txt,
 * .textlintrc.json} and root/n<N>/c<MB>/doc-NNNNN.txt, files of about 5 KiB.
 */
export function ensureDataset(root, n, mb, variantShare = VARIANT_SHARE) {
  const dictDir = join(root, `n${n}`);
  const corpusDir = join(dictDir, variantShare === VARIANT_SHARE ? `c${mb}` : `c${mb}-v${variantShare}`);
  const stamp = join(corpusDir, '.complete');
  const entities = makeEntities(n);
  if (!existsSync(join(dictDir, '.complete')) || readFileSync(join(dictDir, '.complete'), 'utf8') !== String(DATA_VERSION)) {
    mkdirSync(dictDir, { recursive: true });
    writeFileSync(join(dictDir, 'pack.yaml'), packYaml(entities, `bench-n${n}`));
    writeFileSync(join(dictDir, 'prh.yml'), prhYaml(entities));
    writeFileSync(join(dictDir, 'literals.txt'), variantLiterals(entities));
    writeFileSync(join(dictDir, '.textlintrc.json'), JSON.stringify({ rules: { prh: { rulePaths: [join(dictDir, 'prh.yml')] } } }, null, 2));
    writeFileSync(join(dictDir, '.complete'), String(DATA_VERSION));
  }
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== String(DATA_VERSION)) {
    rmSync(corpusDir, { recursive: true, force: true });
    const tmp = `${corpusDir}.tmp`;
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(tmp, { recursive: true });
    const r = rng(1000 + n * 7 + mb);
    const files = Math.max(1, Math.round((mb * 1024 * 1024) / FILE_BYTES));
    for (let i = 0; i < files; i++) writeFileSync(join(tmp, `doc-${String(i).padStart(5, '0')}.txt`), makeNewsDocument(r, entities, FILE_BYTES, variantShare));
    writeFileSync(join(tmp, '.complete'), String(DATA_VERSION));
    renameSync(tmp, corpusDir);
  }
  return { dictDir, corpusDir, entities, pack: join(dictDir, 'pack.yaml'), prh: join(dictDir, 'prh.yml'), literals: join(dictDir, 'literals.txt'), textlintrc: join(dictDir, '.textlintrc.json') };
}
