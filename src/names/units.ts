/**
 * Phonetic units of a normalised name word: consonants (digraphs such as kh,
 * sh, dh count as one unit) and vowel clusters (a maximal run of vowels is one
 * unit). Units are interned as small integers so distances can be cached.
 */

export const DIGRAPHS = new Set(['kh', 'gh', 'sh', 'th', 'dh', 'zh', 'ch']);
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

const unitText: string[] = [];
const unitVowel: boolean[] = [];
const unitIds = new Map<string, number>();

export function unitId(text: string, vowel: boolean): number {
  let id = unitIds.get(text);
  if (id === undefined) {
    id = unitText.length;
    unitText.push(text);
    unitVowel.push(vowel);
    unitIds.set(text, id);
  }
  return id;
}

export function unitString(id: number): string {
  return unitText[id];
}

export function isVowelUnit(id: number): boolean {
  return unitVowel[id];
}

export function isVowelChar(ch: string): boolean {
  return VOWELS.has(ch);
}

/** A word split into units. */
export interface Units {
  word: string;
  ids: number[];
  vowel: boolean[];
  /** letters in the word */
  length: number;
  /** insertion/deletion cost of each unit (filled by distance.ts) */
  indel?: Float64Array;
  /** readings without a glued article (filled by distance.ts) */
  alts?: { units: Units; penalty: number }[];
}

const cache = new Map<string, Units>();
const CACHE_MAX = 500_000;

/** Split one normalised word (no spaces) into units. */
export function toUnits(word: string): Units {
  let u = cache.get(word);
  if (u) return u;
  const ids: number[] = [];
  const vowel: boolean[] = [];
  // code points (a string when there are no surrogate pairs)
  const chars: string | string[] = /[\uD800-\uDFFF]/.test(word) ? Array.from(word) : word;
  const n = chars.length;
  let i = 0;
  while (i < n) {
    const c = chars[i];
    if (VOWELS.has(c)) {
      let j = i + 1;
      while (j < n && VOWELS.has(chars[j])) j++;
      const cluster = typeof chars === 'string' ? chars.slice(i, j) : chars.slice(i, j).join('');
      ids.push(unitId(cluster, true));
      vowel.push(true);
      i = j;
      continue;
    }
    const two = i + 1 < n ? c + chars[i + 1] : '';
    if (two && DIGRAPHS.has(two)) {
      ids.push(unitId(two, false));
      i += 2;
    } else {
      ids.push(unitId(c, false));
      i += 1;
    }
    vowel.push(false);
  }
  u = { word, ids, vowel, length: chars.length };
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(word, u);
  return u;
}
