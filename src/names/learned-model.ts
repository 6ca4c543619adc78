/**
 * The learned name key: which Arabic spellings a Latin spelling of a name
 * can stand for, from a model trained on Latin-Arabic name pairs
 * (rules/names/translit-model.json, built by `npm run train-names`, see
 * src/names/learn.ts).
 *
 * The model is a joint-sequence model: a name is a sequence of units, each a
 * chunk of one to three Latin letters (of the normalised spelling, see
 * normalizeName) paired with zero to two Arabic letters, and a chunk is marked
 * when it opens (^) or closes ($) the word, so that word-final -a and -e can
 * learn ة and word-initial vowels ا, ع or nothing. A unit's probability is its
 * share of the aligned training pairs (EM over all segmentations).
 *
 * `arabicForms(word)` sums, for every Arabic string, the probability of all
 * the segmentations that produce it (a beam search left to right), and keeps
 * the likeliest strings with their posterior probabilities. Two spellings are
 * the same name when those distributions overlap (`formOverlap`, the
 * Bhattacharyya coefficient): Jamal (جمال) and Jamil (جميل) do not; Yusuf,
 * Yousif and Youssef (يوسف) do.
 *
 * Everything here is a pure function of the word and the model: answers are
 * cached per word, and a cached answer is the answer that would be computed.
 */
import { readFileSync } from 'node:fs';

export const MODEL_URL = new URL('../../rules/names/translit-model.json', import.meta.url);

/** The model file: per chunk key, the Arabic outputs with their log probabilities (natural log). */
export interface ModelFile {
  about?: string;
  version: 1;
  /** longest Latin chunk */
  maxLatin: number;
  /** overlap of likely Arabic forms (Bhattacharyya) at or above which two spellings beyond the edit-distance budget are one name */
  threshold: number;
  /** overlap below which two spellings within the edit-distance budget are not one name */
  veto: number;
  /** how far beyond the edit-distance budget (a multiple of it) `threshold` may accept */
  reach: number;
  /** key -> [[arabic, logp], ...] */
  units: Record<string, [string, number][]>;
  /** spellings learned to be different names although they look alike (pairs of normalised words) */
  distinct?: [string, string][];
}

export interface Model {
  maxLatin: number;
  threshold: number;
  veto: number;
  reach: number;
  units: Map<string, { ar: string[]; p: Float64Array }>;
  distinct: [string, string][];
}

/** Arabic letters: the letters a skeleton is made of, after arabicSkeleton. */
const ARABIC_MAP: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ؤ': 'و', 'ئ': 'ي', 'ى': 'ي', 'ی': 'ي', 'ې': 'ي',
  'ک': 'ك', 'گ': 'ك', 'پ': 'ب', 'چ': 'ج', 'ڤ': 'ف', 'ڨ': 'ق', 'ھ': 'ه', 'ہ': 'ه', 'ۀ': 'ه', 'ژ': 'ز',
};

/**
 * An Arabic name token reduced to what a Latin spelling can tell: no vowel
 * marks or tatweel, hamza seats and Persian letters unified, the article al-
 * removed (the Latin spelling often drops it). Keeps consonants, the long
 * vowels ا و ي, ء and ة.
 */
export function arabicSkeleton(ar: string): string {
  let s = ar.normalize('NFKC');
  let out = '';
  for (const ch of s) {
    const m = ARABIC_MAP[ch];
    if (m) out += m;
    else if (ch >= '\u0621' && ch <= '\u064A' && ch !== '\u0640') out += ch;
  }
  s = out;
  if (s.startsWith('ال') && s.length >= 5 && !ar.normalize('NFKC').startsWith('إ') && !ar.normalize('NFKC').startsWith('أ')) s = s.slice(2);
  return s;
}

/** The key of the Latin chunk word[i, i+l) of a word of n letters: ^ opens the word, $ closes it. */
export function chunkKey(word: string, i: number, l: number): string {
  return side(word, i - 1, '^') + word.slice(i, i + l) + side(word, i + l, '$');
}

/** What stands next to a chunk: the word's edge, a vowel (V) or a consonant (C). */
function side(word: string, k: number, edge: string): string {
  if (k < 0 || k >= word.length) return edge;
  const c = word.charCodeAt(k);
  return c === 97 || c === 101 || c === 105 || c === 111 || c === 117 ? 'V' : 'C';
}

export function compileModel(file: ModelFile): Model {
  const units = new Map<string, { ar: string[]; p: Float64Array }>();
  for (const [key, outs] of Object.entries(file.units)) {
    const sorted = [...outs].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    units.set(key, { ar: sorted.map((o) => o[0]), p: Float64Array.from(sorted, (o) => Math.exp(o[1])) });
  }
  return { maxLatin: file.maxLatin, threshold: file.threshold, veto: file.veto, reach: file.reach, units, distinct: file.distinct ?? [] };
}

let builtin: Model | undefined;

/** The built-in model, read on first use. */
export function builtinModel(): Model {
  if (!builtin) builtin = compileModel(JSON.parse(readFileSync(MODEL_URL, 'utf8')) as ModelFile);
  return builtin;
}

/** Likely Arabic forms of a word, most probable first, probabilities summing to 1. */
export interface ArabicForms {
  forms: string[];
  p: number[];
  /** every letter of the word was read by a learned unit */
  covered: boolean;
}

const BEAM = 48;
/** states below this share of the best state at a position are dropped */
const PRUNE = 1e-4;
/** forms kept: until this much probability is covered, or MAX_FORMS */
const MASS = 0.995;
const MAX_FORMS = 40;

/** Units of a chunk; a single letter the model never saw is read as nothing (and the word marked as not covered). */
function unitsOf(model: Model, word: string, i: number, l: number): { ar: string[]; p: Float64Array } | undefined {
  const key = chunkKey(word, i, l);
  const u = model.units.get(key);
  if (u || l > 1) return u;
  const plain = word[i];
  return model.units.get('^' + plain) ?? model.units.get(plain + '$') ?? model.units.get(plain);
}

const NOTHING = { ar: [''], p: Float64Array.of(1e-6) };

/** Decode a normalised word (no spaces) with a model (not cached). */
export function decodeForms(model: Model, word: string): ArabicForms {
  const n = word.length;
  const states: Map<string, number>[] = [];
  for (let i = 0; i <= n; i++) states.push(new Map());
  states[0].set('', 1);
  let covered = true;
  for (let i = 0; i < n; i++) {
    let cur = [...states[i]];
    if (cur.length === 0) continue;
    cur.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const best = cur[0][1];
    cur = cur.slice(0, BEAM).filter((s) => s[1] >= best * PRUNE);
    for (let l = 1; l <= model.maxLatin && i + l <= n; l++) {
      let u = unitsOf(model, word, i, l);
      if (!u) {
        if (l > 1) continue;
        u = NOTHING;
        covered = false;
      }
      const next = states[i + l];
      for (const [y, p] of cur) {
        for (let k = 0; k < u.ar.length; k++) {
          const q = p * u.p[k];
          const z = y + u.ar[k];
          next.set(z, (next.get(z) ?? 0) + q);
        }
      }
    }
  }
  const fin = [...states[n]].filter((s) => s[0] !== '');
  fin.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const total = fin.reduce((t, s) => t + s[1], 0);
  const forms: string[] = [];
  const p: number[] = [];
  let mass = 0;
  for (const [y, q] of fin) {
    if (mass >= MASS || forms.length >= MAX_FORMS) break;
    forms.push(y);
    p.push(q / total);
    mass += q / total;
  }
  return { forms, p, covered };
}

const formCache = new Map<Model, Map<string, ArabicForms>>();
const FORM_CACHE_MAX = 200_000;

/** Likely Arabic forms of a normalised word (cached per model; see decodeForms). */
export function arabicForms(word: string, model: Model = builtinModel()): ArabicForms {
  let byWord = formCache.get(model);
  if (!byWord) formCache.set(model, (byWord = new Map()));
  let f = byWord.get(word);
  if (!f) {
    f = decodeForms(model, word);
    if (byWord.size >= FORM_CACHE_MAX) byWord.clear();
    byWord.set(word, f);
  }
  return f;
}

/**
 * Overlap of the Arabic forms of two normalised words: the Bhattacharyya
 * coefficient, 1 for identical distributions, 0 for disjoint ones.
 */
export function formOverlap(a: string, b: string, model: Model = builtinModel()): number {
  if (a === b) return 1;
  const fa = arabicForms(a, model);
  const fb = arabicForms(b, model);
  let s = 0;
  const [small, big] = fa.forms.length <= fb.forms.length ? [fa, fb] : [fb, fa];
  for (let i = 0; i < small.forms.length; i++) {
    const j = big.forms.indexOf(small.forms[i]);
    if (j >= 0) s += Math.sqrt(small.p[i] * big.p[j]);
  }
  return s;
}
