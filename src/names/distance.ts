/**
 * Weighted edit distance between normalised name words.
 *
 * Operations work on units (consonants, digraphs, vowel clusters):
 * - a vowel cluster changing inside a word is cheap (Tahir/Taher, Fatma/Fatima);
 * - a consonant changing within a confusable pair is medium (q/k, d/dh/z);
 * - other consonant changes, insertions and deletions are dear;
 * - the first letter is dearer, and a vowel added or dropped at the end of a
 *   word is dear (Said/Saida, Amr/Amri) except a French mute e (Adnan/Adnane);
 * - letters that spellings add freely cost little: a final h after a vowel
 *   (Fatima/Fatimah), a y or w glide next to a vowel (Riad/Riyad).
 *
 * `wordBudget` is the largest distance still accepted as the same name: it
 * grows with length and is near zero for very short words.
 */

import { gluedAlternatives } from './normalize.js';
import { isVowelUnit, toUnits, unitString, type Units } from './units.js';

/** Confusable consonant pairs and their substitution cost (others cost 1). */
export const CONSONANT_PAIRS: [string, string, number][] = [
  ['k', 'q', 0.3], ['k', 'g', 0.45], ['q', 'g', 0.4], ['g', 'gh', 0.3], ['q', 'gh', 0.35],
  ['k', 'gh', 0.45], ['k', 'c', 0.2], ['g', 'j', 0.45], ['j', 'zh', 0.3], ['j', 'y', 0.6],
  ['kh', 'h', 0.45], ['kh', 'k', 0.5], ['kh', 'ch', 0.35], ['kh', 'gh', 0.5], ['h', 'ch', 0.6],
  ['ch', 'sh', 0.3], ['s', 'sh', 0.5], ['z', 'zh', 0.4],
  ['d', 'dh', 0.3], ['d', 'z', 0.45], ['dh', 'z', 0.35], ['dh', 'th', 0.3], ['th', 'z', 0.4],
  ['t', 'th', 0.35], ['t', 'd', 0.5], ['th', 's', 0.45], ['s', 'z', 0.45],
  ['b', 'p', 0.4], ['f', 'v', 0.4], ['v', 'w', 0.3], ['f', 'p', 0.6],
];

/** Substitution costs between single vowels. */
const VOWEL_SUB: Record<string, number> = {
  ei: 0.15, ou: 0.15, ae: 0.22, ai: 0.28, ao: 0.28, au: 0.3,
  eo: 0.3, eu: 0.3, io: 0.45, iu: 0.55,
};

const pairCost = new Map<string, number>();
for (const [a, b, c] of CONSONANT_PAIRS) {
  pairCost.set(`${a}|${b}`, c);
  pairCost.set(`${b}|${a}`, c);
}

function vowelLetterSub(x: string, y: string): number {
  if (x === y) return 0;
  return VOWEL_SUB[x < y ? x + y : y + x] ?? 0.3;
}

/** Edit distance between two vowel clusters (ai vs ei, ia vs a). */
function vowelClusterSub(x: string, y: string): number {
  if (x === y) return 0;
  if (x.length === 1 && y.length === 1) return vowelLetterSub(x, y);
  const n = x.length;
  const m = y.length;
  const INDEL = 0.2;
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  for (let j = 0; j <= m; j++) prev[j] = j * INDEL;
  for (let i = 1; i <= n; i++) {
    cur[0] = i * INDEL;
    for (let j = 1; j <= m; j++) {
      cur[j] = Math.min(prev[j] + INDEL, cur[j - 1] + INDEL, prev[j - 1] + vowelLetterSub(x[i - 1], y[j - 1]));
    }
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[m], 0.6);
}

const subCache = new Map<number, number>();

/**
 * Substitution cost of unit a by unit b; `pos` 1 when both start their word,
 * 2 when both end it, 0 otherwise.
 */
function subCost(a: number, b: number, pos: number): number {
  if (a === b) return 0;
  const key = (a * 65536 + b) * 4 + pos;
  const initial = pos === 1;
  let c = subCache.get(key);
  if (c !== undefined) return c;
  const sa = unitString(a);
  const sb = unitString(b);
  const va = isVowelUnit(a);
  const vb = isVowelUnit(b);
  if (va && vb) {
    c = vowelClusterSub(sa, sb) * (initial ? 1.3 : 1);
    // a final -i (Arabic nisba, "my") is not a spelling of another final
    // vowel: Amri/Amro, Helmi/Halime
    if (pos === 2 && sa.endsWith('i') !== sb.endsWith('i')) c += 0.4;
  } else if (va !== vb) {
    const v = va ? sa : sb;
    const k = va ? sb : sa;
    c = (v === 'u' && k === 'w') || (v === 'i' && k === 'y') ? 0.3 : 2;
  } else {
    const p = pairCost.get(`${sa}|${sb}`);
    c = p === undefined ? (initial ? 1.5 : 1) : p + (initial ? 0.15 : 0);
  }
  subCache.set(key, c);
  return c;
}

const FINAL_VOWEL: Record<string, number> = { e: 0.3, o: 0.55, u: 0.55, a: 0.8, i: 0.9 };

/** Cost of inserting or deleting unit i of word u. */
function indelCost(u: Units, i: number): number {
  const id = u.ids[i];
  const s = unitString(id);
  const n = u.ids.length;
  if (u.vowel[i]) {
    const extra = 0.15 * (s.length - 1);
    if (i === n - 1 && n > 1) {
      let c = 0;
      for (const ch of s) c = Math.max(c, FINAL_VOWEL[ch] ?? 0.8);
      return c + 0.1 * (s.length - 1);
    }
    if (i === 0) return 0.5 + extra;
    // an inner vowel added or dropped: Fatma/Fatima, Slah/Salah; a lone e is
    // the epenthetic vowel of English and French spellings (Abed, Fahed);
    // a diphthong or long vowel is dearer (Husni/Husaini)
    if (s === 'e') return 0.2;
    return 0.35 + 2 * extra;
  }
  const prevV = i > 0 && u.vowel[i - 1];
  const nextV = i + 1 < n && u.vowel[i + 1];
  if (s === 'h') {
    if (i === n - 1 && prevV) return 0.25;
    return i === 0 ? 0.8 : 0.6;
  }
  if ((s === 'y' || s === 'w') && (prevV || nextV)) return i === 0 ? 0.8 : 0.4;
  return i === 0 ? 1.2 : 1;
}

/**
 * Weighted edit distance between two normalised words (no spaces). Returns a
 * value > `cutoff` as soon as the distance is known to exceed it.
 */
export function wordDistance(a: string, b: string, cutoff = Infinity): number {
  if (a === b) return 0;
  const ua = toUnits(a);
  const ub = toUnits(b);
  const n = ua.ids.length;
  const m = ub.ids.length;
  // every unit added or dropped costs at least 0.25
  const lower = Math.abs(n - m) * 0.25;
  if (lower > cutoff) return lower;
  let prev = new Float64Array(m + 1);
  let cur = new Float64Array(m + 1);
  const insB = new Float64Array(m);
  for (let j = 0; j < m; j++) insB[j] = indelCost(ub, j);
  prev[0] = 0;
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1] + insB[j - 1];
  for (let i = 1; i <= n; i++) {
    const delA = indelCost(ua, i - 1);
    const ai = ua.ids[i - 1];
    cur[0] = prev[0] + delA;
    let rowMin = cur[0];
    for (let j = 1; j <= m; j++) {
      let v = prev[j] + delA;
      const ins = cur[j - 1] + insB[j - 1];
      if (ins < v) v = ins;
      const pos = i === 1 && j === 1 ? 1 : i === n && j === m ? 2 : 0;
      const sub = prev[j - 1] + subCost(ai, ub.ids[j - 1], pos);
      if (sub < v) v = sub;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > cutoff) return rowMin;
    [prev, cur] = [cur, prev];
  }
  return prev[m];
}

/** Distance allowing a glued article on either word (Elsisi ~ Sisi). */
export function wordDistanceWithArticles(a: string, b: string, cutoff = Infinity): number {
  let d = wordDistance(a, b, cutoff);
  if (d === 0) return 0;
  for (const alt of gluedAlternatives(a)) {
    if (alt.form === b) return alt.penalty;
    d = Math.min(d, alt.penalty + wordDistance(alt.form, b, cutoff - alt.penalty));
  }
  for (const alt of gluedAlternatives(b)) {
    if (alt.form === a) return alt.penalty;
    d = Math.min(d, alt.penalty + wordDistance(a, alt.form, cutoff - alt.penalty));
  }
  return d;
}

/** Options of the length-dependent budget. */
export interface BudgetOptions {
  /** multiply the budget (1 = default; < 1 stricter, > 1 looser) */
  tolerance?: number;
}

/**
 * Largest distance at which two words still count as one name. Length is the
 * smaller number of letters of the two normalised words; words of three letters
 * or fewer get (almost) no tolerance.
 */
const TMP = (process.env.NAMES_BUDGET ?? '0.15,0.1,0.3').split(',').map(Number);
export function wordBudget(a: string, b: string, opts: BudgetOptions = {}): number {
  const len = Math.min(toUnits(a).length, toUnits(b).length);
  const t = opts.tolerance ?? 1;
  if (len <= 3) return TMP[2] * t;
  return (TMP[0] * len + TMP[1]) * t;
}
