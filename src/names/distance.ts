/**
 * Weighted edit distance between normalised name words.
 *
 * Operations work on units (consonants, digraphs, vowel clusters):
 * - a vowel cluster changing inside a word is cheap (Tahir/Taher, Fatma/Fatima),
 *   a front vowel for a back one less so (Hamid/Hamoud);
 * - a consonant changing within a confusable pair is medium (q/k, d/dh/z);
 * - other consonant changes, insertions and deletions are dear, and dearer
 *   at the first letter;
 * - a vowel added or dropped at the end of a word is dear (Said/Saida,
 *   Amr/Amri) except a French mute e (Adnan/Adnane), and a final -i is not a
 *   spelling of another final vowel (Amri/Amro);
 * - letters that spellings add freely cost little: a final h after a vowel
 *   (Fatima/Fatimah), a y or w glide next to a vowel.
 *
 * `wordBudget` is the largest distance still accepted as the same name: it
 * grows with length and is zero for words of one or two letters.
 */

import { gluedAlternatives } from './normalize.js';
import { isVowelUnit, toUnits, unitString, type Units } from './units.js';

/** Confusable consonant pairs and their substitution cost (others cost 1). */
export const CONSONANT_PAIRS: [string, string, number][] = [
  // ق q, k, g, gh, c
  ['k', 'q', 0.25], ['q', 'g', 0.3], ['k', 'g', 0.35], ['k', 'c', 0.2], ['g', 'gh', 0.3],
  ['q', 'gh', 0.35], ['k', 'gh', 0.45],
  // خ kh, h, k, ch (German), q (Khaddafi)
  ['kh', 'h', 0.4], ['kh', 'k', 0.45], ['kh', 'q', 0.5], ['kh', 'ch', 0.3], ['kh', 'gh', 0.45],
  ['h', 'ch', 0.6],
  // ج j, g (Egyptian), zh, y (German)
  ['g', 'j', 0.4], ['j', 'zh', 0.3], ['j', 'y', 0.6],
  // ذ ظ ض dh, th, d, z; ث th, s, t; ط t, d
  ['d', 'dh', 0.3], ['dh', 'th', 0.3], ['dh', 'z', 0.35], ['d', 'th', 0.4], ['d', 'z', 0.45],
  ['th', 'z', 0.4], ['t', 'th', 0.35], ['th', 's', 0.45], ['t', 'd', 0.5], ['z', 'zh', 0.4],
  // ص س ز ش
  ['s', 'z', 0.45], ['s', 'sh', 0.5], ['ch', 'sh', 0.3],
  // ب ف و
  ['b', 'p', 0.4], ['f', 'v', 0.4], ['v', 'w', 0.3], ['f', 'p', 0.6],
];

/** Substitution costs between single vowels (before the front/back surcharge). */
const VOWEL_SUB: Record<string, number> = {
  ei: 0.15, ou: 0.15, ae: 0.22, ai: 0.28, ao: 0.28, au: 0.3,
  eo: 0.3, eu: 0.3, io: 0.45, iu: 0.55,
};

/** A front vowel (i, e, ai) for a back one (u, o): usually different long
 *  vowels, hence different names (Hamid/Hamoud, Humaid/Humoud). */
const FRONT_BACK = 0.2;
/** A final -i (Arabic nisba, "my") is not a spelling of another final vowel. */
const FINAL_I = 0.5;
/** Surcharge for a confusable consonant pair at the first letter. */
const INITIAL_PAIR = 0.1;
/** Cost of any other consonant change at the first letter (1 elsewhere). */
const INITIAL_OTHER = 1.5;

const FRONT = /^[aei]*[ei][aei]*$/;
const BACK = /^[aou]*[ou][aou]*$/;

const pairCost = new Map<string, number>();
for (const [a, b, c] of CONSONANT_PAIRS) {
  pairCost.set(`${a}|${b}`, c);
  pairCost.set(`${b}|${a}`, c);
}

function vowelLetterSub(x: string, y: string): number {
  if (x === y) return 0;
  return VOWEL_SUB[x < y ? x + y : y + x] ?? 0.3;
}

/** Edit distance between two vowel clusters (ai vs ei, ia vs a), at most 0.6. */
function vowelClusterSub(x: string, y: string): number {
  if (x === y) return 0;
  if (x.length === 1 && y.length === 1) return vowelLetterSub(x, y);
  // a vowel letter added to a cluster: an e is a mere spelling device
  // (Naeim, Saied, Abeid), other letters change the vowel (Rabah/Rabiah)
  const indel = (c: string) => (c === 'e' ? 0.15 : 0.25);
  const n = x.length;
  const m = y.length;
  let prev = new Array<number>(m + 1);
  let cur = new Array<number>(m + 1);
  prev[0] = 0;
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1] + indel(y[j - 1]);
  for (let i = 1; i <= n; i++) {
    cur[0] = prev[0] + indel(x[i - 1]);
    for (let j = 1; j <= m; j++) {
      cur[j] = Math.min(prev[j] + indel(x[i - 1]), cur[j - 1] + indel(y[j - 1]), prev[j - 1] + vowelLetterSub(x[i - 1], y[j - 1]));
    }
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[m], 0.6);
}

/** Position of a substitution: inner, word-initial (both units first), final (both last). */
const INNER = 0;
const INITIAL = 1;
const FINAL = 2;

function computeSub(a: number, b: number, pos: number): number {
  if (a === b) return 0;
  const sa = unitString(a);
  const sb = unitString(b);
  const va = isVowelUnit(a);
  const vb = isVowelUnit(b);
  if (va && vb) {
    let c = vowelClusterSub(sa, sb);
    if ((FRONT.test(sa) && BACK.test(sb)) || (BACK.test(sa) && FRONT.test(sb))) c += FRONT_BACK;
    // an initial vowel stands for a dropped ayn or hamza and its quality
    // varies freely (Obaid/Ubayd/Ebeid, Issam/Essam): no surcharge
    if (pos === FINAL && sa.endsWith('i') !== sb.endsWith('i')) c += FINAL_I;
    return c;
  }
  if (va !== vb) {
    const v = va ? sa : sb;
    const k = va ? sb : sa;
    return (v === 'u' && k === 'w') || (v === 'i' && k === 'y') ? 0.3 : 2;
  }
  const p = pairCost.get(`${sa}|${sb}`);
  if (p === undefined) return pos === INITIAL ? INITIAL_OTHER : 1;
  return p + (pos === INITIAL ? INITIAL_PAIR : 0);
}

// dense cache of substitution costs for the first DENSE unit ids
const DENSE = 256;
// (64-bit: a cached cost is exactly the computed one, so an answer never
// depends on which pairs were compared before)
const dense = new Float64Array(DENSE * DENSE * 3).fill(-1);
const sparse = new Map<number, number>();

function subCost(a: number, b: number, pos: number): number {
  if (a === b) return 0;
  if (a < DENSE && b < DENSE) {
    const k = (a * DENSE + b) * 3 + pos;
    let c = dense[k];
    if (c < 0) dense[k] = c = computeSub(a, b, pos);
    return c;
  }
  const k = (a * 100003 + b) * 3 + pos;
  let c = sparse.get(k);
  if (c === undefined) sparse.set(k, (c = computeSub(a, b, pos)));
  return c;
}

const FINAL_VOWEL: Record<string, number> = { e: 0.3, o: 0.55, u: 0.55, a: 0.8, i: 0.9 };

/** Cost of inserting or deleting unit i of word u. */
function indelCost(u: Units, i: number): number {
  const s = unitString(u.ids[i]);
  const n = u.ids.length;
  if (u.vowel[i]) {
    const extra = s.length - 1;
    if (i === n - 1 && n > 1) {
      // a final vowel: dear, except a French mute e
      let c = 0;
      for (const ch of s) c = Math.max(c, FINAL_VOWEL[ch] ?? 0.8);
      return c + 0.1 * extra;
    }
    if (i === 0) return 0.5 + 0.15 * extra;
    // an inner vowel added or dropped: Fatma/Fatima, Slah/Salah; a lone e is
    // the epenthetic vowel of English and French spellings (Abed, Fahed);
    // a diphthong or long vowel is dearer (Husni/Husaini)
    if (s === 'e') return 0.2;
    return 0.35 + 0.4 * extra;
  }
  const prevV = i > 0 && u.vowel[i - 1];
  const nextV = i + 1 < n && u.vowel[i + 1];
  if (s === 'h') {
    if (i === n - 1 && prevV) return 0.25; // Fatimah ~ Fatima
    return i === 0 ? 0.8 : 0.6;
  }
  if ((s === 'y' || s === 'w') && (prevV || nextV)) return i === 0 ? 0.8 : 0.4;
  return i === 0 ? 1.2 : 1;
}

function indelCosts(u: Units): Float64Array {
  if (!u.indel) {
    const c = new Float64Array(u.ids.length);
    for (let i = 0; i < c.length; i++) c[i] = indelCost(u, i);
    u.indel = c;
  }
  return u.indel;
}

let rowA = new Float64Array(32);
let rowB = new Float64Array(32);

/** Weighted edit distance between two unit sequences, exiting once above cutoff. */
export function unitDistance(ua: Units, ub: Units, cutoff = Infinity): number {
  if (ua.word === ub.word) return 0;
  const n = ua.ids.length;
  const m = ub.ids.length;
  // every unit added or dropped costs at least 0.25
  const lower = Math.abs(n - m) * 0.25;
  if (lower > cutoff) return lower;
  const delA = indelCosts(ua);
  const insB = indelCosts(ub);
  if (rowA.length < m + 1) {
    rowA = new Float64Array(2 * m + 2);
    rowB = new Float64Array(2 * m + 2);
  }
  let prev = rowA;
  let cur = rowB;
  prev[0] = 0;
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1] + insB[j - 1];
  const idsA = ua.ids;
  const idsB = ub.ids;
  for (let i = 1; i <= n; i++) {
    const del = delA[i - 1];
    const ai = idsA[i - 1];
    cur[0] = prev[0] + del;
    let rowMin = cur[0];
    for (let j = 1; j <= m; j++) {
      let v = prev[j] + del;
      const ins = cur[j - 1] + insB[j - 1];
      if (ins < v) v = ins;
      const bj = idsB[j - 1];
      if (ai === bj) {
        if (prev[j - 1] < v) v = prev[j - 1];
      } else {
        const pos = i === 1 && j === 1 ? INITIAL : i === n && j === m ? FINAL : INNER;
        const sub = prev[j - 1] + subCost(ai, bj, pos);
        if (sub < v) v = sub;
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > cutoff) return rowMin;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[m];
}


/**
 * Weighted edit distance between two normalised words (no spaces). Returns a
 * value > `cutoff` as soon as the distance is known to exceed it.
 */
export function wordDistance(a: string, b: string, cutoff = Infinity): number {
  if (a === b) return 0;
  return unitDistance(toUnits(a), toUnits(b), cutoff);
}

function alternatives(u: Units): { units: Units; penalty: number }[] {
  if (!u.alts) u.alts = gluedAlternatives(u.word).map((a) => ({ units: toUnits(a.form), penalty: a.penalty }));
  return u.alts;
}

/** Distance allowing a glued article on either word (Elsisi ~ Sisi). */
export function unitDistanceWithArticles(ua: Units, ub: Units, cutoff = Infinity): number {
  if (ua.word === ub.word) return 0;
  let d = unitDistance(ua, ub, cutoff);
  for (const alt of alternatives(ua)) {
    if (alt.penalty >= Math.min(d, cutoff + 1e-9)) continue;
    d = Math.min(d, alt.penalty + unitDistance(alt.units, ub, Math.min(d, cutoff) - alt.penalty));
  }
  for (const alt of alternatives(ub)) {
    if (alt.penalty >= Math.min(d, cutoff + 1e-9)) continue;
    d = Math.min(d, alt.penalty + unitDistance(ua, alt.units, Math.min(d, cutoff) - alt.penalty));
  }
  return d;
}

/** Distance allowing a glued article on either word (Elsisi ~ Sisi). */
export function wordDistanceWithArticles(a: string, b: string, cutoff = Infinity): number {
  if (a === b) return 0;
  return unitDistanceWithArticles(toUnits(a), toUnits(b), cutoff);
}

/** Options of the length-dependent budget. */
export interface BudgetOptions {
  /** multiply the budget (1 = default; < 1 stricter, > 1 looser) */
  tolerance?: number;
}

/** Budget for a word of `letters` letters (the shorter of the two compared). */
export function budgetForLength(letters: number, tolerance = 1): number {
  if (letters <= 2) return 0;
  if (letters === 3) return 0.3 * tolerance;
  return (0.2 * letters - 0.35) * tolerance;
}

/**
 * Largest distance at which two words still count as one name, from the
 * shorter word's length in letters: none up to 2 letters, 0.3 at 3 (one
 * vowel letter: Isa/Esa), then 0.2 per letter - 0.35 (0.45 at 4, 0.85 at 6,
 * 1.25 at 8).
 */
export function wordBudget(a: string, b: string, opts: BudgetOptions = {}): number {
  return budgetForLength(Math.min(toUnits(a).length, toUnits(b).length), opts.tolerance ?? 1);
}
