/**
 * Name comparison: distance and same-name decision for one- or multi-word
 * names. Multi-word names are compared word by word (first name with first
 * name, surname with surname); when the word counts differ the words are
 * compared run together (Abu Bakr ~ Aboubakr).
 */

import { wordBudget, wordDistanceWithArticles } from './distance.js';
import { builtinDistinct, userDistinct, type DistinctIndex } from './distinct.js';
import { normalizeName } from './normalize.js';

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
}

function words(normalized: string): string[] {
  return normalized ? normalized.split(' ') : [];
}

/** Word pairs to compare: aligned words, or the names run together. */
function alignWords(a: string, b: string): [string, string][] {
  const wa = words(a);
  const wb = words(b);
  if (wa.length === wb.length) return wa.map((w, i) => [w, wb[i]]);
  return [[wa.join(''), wb.join('')]];
}

/**
 * Weighted edit distance between two names (raw spellings, normalised with
 * `opts.lang` unless `opts.normalized`): sum over aligned words.
 */
export function nameDistance(a: string, b: string, opts: NameOptions = {}): number {
  const na = opts.normalized ? a : normalizeName(a, opts.lang);
  const nb = opts.normalized ? b : normalizeName(b, opts.lang);
  if (na === nb) return 0;
  let d = 0;
  for (const [x, y] of alignWords(na, nb)) d += wordDistanceWithArticles(x, y);
  return d;
}

/** Distinct indexes that apply under these options. */
export function distinctIndexes(opts: NameOptions): DistinctIndex[] {
  const out: DistinctIndex[] = [];
  if (opts.builtinDistinct !== false) out.push(builtinDistinct());
  if (opts.distinct && opts.distinct.length) out.push(userDistinct(opts.distinct, opts.lang));
  return out;
}

/**
 * Same-name test on normalised names. Returns the distance when every aligned
 * word pair is within its budget and no pair is known to be distinct, else -1.
 */
export function matchNormalized(a: string, b: string, distinct: readonly DistinctIndex[], tolerance = 1): number {
  if (a === b) return 0;
  if (!a || !b) return -1;
  let total = 0;
  for (const [x, y] of alignWords(a, b)) {
    if (x === y) continue;
    const budget = wordBudget(x, y, { tolerance });
    const d = wordDistanceWithArticles(x, y, budget);
    if (d > budget) return -1;
    for (const idx of distinct) if (idx.blocked(x, y)) return -1;
    total += d;
  }
  return total;
}

/**
 * Are `a` and `b` spellings of the same name? Word by word, each word pair
 * must be within a length-dependent budget (very short words: almost none)
 * and not listed (directly or through a nearer variant) as distinct names.
 */
export function sameName(a: string, b: string, opts: NameOptions = {}): boolean {
  const na = opts.normalized ? a : normalizeName(a, opts.lang);
  const nb = opts.normalized ? b : normalizeName(b, opts.lang);
  return matchNormalized(na, nb, distinctIndexes(opts), opts.tolerance) >= 0;
}
