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
 * Bhattacharyya coefficient over the forms with confusable letters merged,
 * see ModelFile.merge): Jamal (جمال) and Jamil (جميل) do not; Riad (رياد,
 * رياض) and Riadh (رياض) do.
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
  /** chunk key -> its Arabic outputs, most probable first, as 'arabic=logp|arabic=logp' (arabic may be empty) */
  units: Record<string, string>;
  /** spellings learned to be different names although they look alike (pairs of normalised words) */
  distinct?: [string, string][];
  /**
   * Arabic letters compared as another (or as nothing): letters one Latin
   * spelling writes alike (ط/ت as t, ض/ذ/ظ/د as d, ص/ث/س as s, ح/ه as h, ق/ك
   * as k, ة/ه as -a or -ah; ع and ء often unwritten). The long vowels ا و ي
   * are never merged: they tell names apart (Jamal/Jamil).
   */
  merge?: Record<string, string>;
}

export interface Model {
  maxLatin: number;
  threshold: number;
  veto: number;
  reach: number;
  /** compiled on first use, key by key (start-up reads the file and nothing more) */
  units: LazyUnits;
  merge: Record<string, string>;
  distinct: [string, string][];
}

/** Outputs of one chunk key. */
export interface ChunkUnits {
  ar: string[];
  p: Float64Array;
}

/** The units of a model, each key compiled when first asked for. */
export class LazyUnits {
  private readonly compiled = new Map<string, ChunkUnits | null>();
  constructor(private readonly raw: Record<string, string>) {}
  get(key: string): ChunkUnits | undefined {
    let u = this.compiled.get(key);
    if (u === undefined) {
      const text = Object.prototype.hasOwnProperty.call(this.raw, key) ? this.raw[key] : undefined;
      u = text === undefined ? null : parseUnits(text);
      this.compiled.set(key, u);
    }
    return u ?? undefined;
  }
  get size(): number {
    return Object.keys(this.raw).length;
  }
}

/** Outputs of a chunk kept: at most this many, and none less likely than RELATIVE times the likeliest. */
const MAX_OUTPUTS = 6;
const RELATIVE = Math.exp(-4);

function parseUnits(text: string): ChunkUnits {
  let parts = text.split('|');
  if (parts.length > MAX_OUTPUTS) parts = parts.slice(0, MAX_OUTPUTS);
  const best = Number(parts[0].slice(parts[0].lastIndexOf('=') + 1));
  parts = parts.filter((part) => Number(part.slice(part.lastIndexOf('=') + 1)) >= best + Math.log(RELATIVE));
  const ar: string[] = [];
  const p = new Float64Array(parts.length);
  parts.forEach((part, i) => {
    const eq = part.lastIndexOf('=');
    ar.push(part.slice(0, eq));
    p[i] = Math.exp(Number(part.slice(eq + 1)));
  });
  return { ar, p };
}

/** 'arabic=logp|...' from a list of outputs (most probable first). */
export function formatUnits(outs: readonly [string, number][]): string {
  return [...outs].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([ar, lp]) => `${ar}=${lp}`).join('|');
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
  const units = new LazyUnits(file.units);
  return { maxLatin: file.maxLatin, threshold: file.threshold, veto: file.veto, reach: file.reach, units, merge: file.merge ?? {}, distinct: file.distinct ?? [] };
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

const BEAM = 24;
/** states below this share of the best state at a position are dropped */
const PRUNE = 1e-4;
/** forms kept: until this much probability is covered, or MAX_FORMS */
const MASS = 0.995;
const MAX_FORMS = 40;

/** Units of a chunk; a single letter the model never saw is read as nothing (and the word marked as not covered). */
function unitsOf(model: Model, word: string, i: number, l: number): ChunkUnits | undefined {
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
  const fa = coarseForms(a, model);
  const fb = coarseForms(b, model);
  let s = 0;
  const [small, big] = fa.size <= fb.size ? [fa, fb] : [fb, fa];
  for (const [y, p] of small) {
    const q = big.get(y);
    if (q !== undefined) s += Math.sqrt(p * q);
  }
  return s;
}

/** The forms with the letters that Latin spellings confuse merged (the model's `merge`). */
function coarseForms(word: string, model: Model): Map<string, number> {
  let byWord = coarseCache.get(model);
  if (!byWord) coarseCache.set(model, (byWord = new Map()));
  let m = byWord.get(word);
  if (!m) {
    const f = arabicForms(word, model);
    m = new Map();
    for (let i = 0; i < f.forms.length; i++) {
      let y = '';
      for (const ch of f.forms[i]) y += model.merge[ch] ?? ch;
      m.set(y, (m.get(y) ?? 0) + f.p[i]);
    }
    if (byWord.size >= FORM_CACHE_MAX) byWord.clear();
    byWord.set(word, m);
  }
  return m;
}
const coarseCache = new Map<Model, Map<string, Map<string, number>>>();
