/**
 * Name comparison: distance and same-name decision for one- or multi-word
 * names. Multi-word names are compared word by word (first name with first
 * name, surname with surname); when the word counts differ the words are
 * compared run together (Abu Bakr ~ Aboubakr).
 */

import { budgetForLength, unitDistanceWithArticles } from './distance.js';
import { builtinDistinct, userDistinct, type DistinctIndex } from './distinct.js';
import { builtinModel, formOverlap, type Model } from './learned-model.js';
import { gluedAlternatives, normalizeName } from './normalize.js';
import { toUnits, type Units } from './units.js';

export interface NameOptions {
  /** language of the text the names come from (transliteration rules); default 'en' */
  lang?: string;
  /** extra known-distinct names: pairs, or sets of pairwise distinct names */
  distinct?: readonly (readonly string[])[];
  /** false: ignore the built-in distinct list (default true) */
  builtinDistinct?: boolean;
  /** budget multiplier (1 default, < 1 stricter) */
  tolerance?: number;
  /** the inputs are already normalizeName output */
  normalized?: boolean;
  /** the learned key (src/names/learned-model.ts): a model, or false for the edit distance alone (default: the built-in model) */
  learned?: Model | false;
}

/**
 * How the learned key and the edit distance decide together (the figures
 * are the model's, set by the training script from a cross-validation):
 * a pair within the edit-distance budget is the same name unless the
 * likely Arabic forms of the two spellings overlap less than `veto`
 * (Jamal/Jamil: جمال/جميل); a pair up to `reach` times the budget is the
 * same name when they overlap at least `accept` (Ibrahim/Brahim, Riad/Riadh).
 */
export interface NameKey {
  model: Model;
  veto: number;
  accept: number;
  reach: number;
}

const keyCache = new WeakMap<Model, NameKey>();

/** The decision parameters of a model (null: the edit distance alone). */
export function nameKey(learned: Model | false | undefined): NameKey | null {
  if (learned === false) return null;
  const model = learned ?? builtinModel();
  let k = keyCache.get(model);
  if (!k) keyCache.set(model, (k = { model, veto: model.veto, accept: model.threshold, reach: model.reach }));
  return k;
}

/** Overlap of the likely Arabic forms of two normalised words, a glued article allowed on either (Elsisi ~ Sisi). */
export function learnedOverlap(a: string, b: string, model: Model): number {
  let s = formOverlap(a, b, model);
  if (s >= 0.999) return s;
  for (const alt of gluedAlternatives(a)) s = Math.max(s, formOverlap(alt.form, b, model));
  for (const alt of gluedAlternatives(b)) s = Math.max(s, formOverlap(a, alt.form, model));
  return s;
}

/** A normalised name prepared for comparison. */
export interface NameForm {
  norm: string;
  words: Units[];
  /** the words run together */
  joined: Units;
  /** letters, all words */
  letters: number;
}

const formCache = new Map<string, NameForm>();

/** Prepare a normalised name (normalizeName output) for comparison. */
export function nameForm(norm: string): NameForm {
  let f = formCache.get(norm);
  if (f) return f;
  const ws = norm ? norm.split(' ') : [];
  const words = ws.map(toUnits);
  const joined = words.length === 1 ? words[0] : toUnits(ws.join(''));
  f = { norm, words, joined, letters: joined.length };
  if (formCache.size > 500_000) formCache.clear();
  formCache.set(norm, f);
  return f;
}

/**
 * Weighted edit distance between two names (raw spellings, normalised with
 * `opts.lang` unless `opts.normalized`): sum over aligned words, or the
 * distance of the names run together when their word counts differ.
 */
export function nameDistance(a: string, b: string, opts: NameOptions = {}): number {
  const fa = nameForm(opts.normalized ? a : normalizeName(a, opts.lang));
  const fb = nameForm(opts.normalized ? b : normalizeName(b, opts.lang));
  if (fa.norm === fb.norm) return 0;
  if (fa.words.length !== fb.words.length) return unitDistanceWithArticles(fa.joined, fb.joined);
  let d = 0;
  for (let i = 0; i < fa.words.length; i++) d += unitDistanceWithArticles(fa.words[i], fb.words[i]);
  return d;
}

/** Distinct indexes that apply under these options. */
export function distinctIndexes(opts: NameOptions): DistinctIndex[] {
  const out: DistinctIndex[] = [];
  if (opts.builtinDistinct !== false) out.push(builtinDistinct());
  if (opts.distinct && opts.distinct.length) out.push(userDistinct(opts.distinct, opts.lang));
  return out;
}

function wordMatch(x: Units, y: Units, distinct: readonly DistinctIndex[], tolerance: number, key: NameKey | null): number {
  if (x.word === y.word) return 0;
  const budget = budgetForLength(Math.min(x.length, y.length), tolerance);
  // a stricter tolerance (< 1) keeps to the edit-distance budget
  const limit = key && tolerance >= 1 ? budget * Math.max(1, key.reach) : budget;
  const d = unitDistanceWithArticles(x, y, limit);
  if (d > limit) return -1;
  for (const idx of distinct) if (idx.blocked(x.word, y.word)) return -1;
  if (!key) return d;
  // the Arabic forms are read only when they decide (reading them is the cost)
  if (d <= budget) return key.veto <= 0 || learnedOverlap(x.word, y.word, key.model) >= key.veto ? d : -1;
  return learnedOverlap(x.word, y.word, key.model) >= key.accept ? d : -1;
}

/**
 * Same-name test on prepared names. Returns the distance when every aligned
 * word pair is within its budget and no pair is known to be distinct, else -1.
 */
export function matchForms(a: NameForm, b: NameForm, distinct: readonly DistinctIndex[], tolerance = 1, key: NameKey | null = nameKey(undefined)): number {
  if (a.norm === b.norm) return 0;
  if (!a.norm || !b.norm) return -1;
  if (a.words.length !== b.words.length) return wordMatch(a.joined, b.joined, distinct, tolerance, key);
  let total = 0;
  for (let i = 0; i < a.words.length; i++) {
    const d = wordMatch(a.words[i], b.words[i], distinct, tolerance, key);
    if (d < 0) return -1;
    total += d;
  }
  return total;
}

/** Same-name test on normalised names (see matchForms). */
export function matchNormalized(a: string, b: string, distinct: readonly DistinctIndex[], tolerance = 1, key: NameKey | null = nameKey(undefined)): number {
  return matchForms(nameForm(a), nameForm(b), distinct, tolerance, key);
}

/**
 * Are `a` and `b` spellings of the same name? Word by word, each word pair
 * must be within a length-dependent budget (very short words: none) and not
 * listed (directly or through a nearer variant) as distinct names.
 */
export function sameName(a: string, b: string, opts: NameOptions = {}): boolean {
  const na = opts.normalized ? a : normalizeName(a, opts.lang);
  const nb = opts.normalized ? b : normalizeName(b, opts.lang);
  return matchNormalized(na, nb, distinctIndexes(opts), opts.tolerance, nameKey(opts.learned)) >= 0;
}
