/**
 * Blocking keys: a coarse consonant skeleton shared by spelling variants, used
 * to bucket candidate names so that only names in one bucket are compared.
 *
 * Consonants are grouped into classes of letters that transliterations
 * confuse; vowels are dropped, and so is a final h after a vowel, which
 * spellings add or drop freely (Fatimah/Fatima). Runs of one class collapse
 * (dh + d -> one D).
 */

import { gluedAlternatives } from './normalize.js';
import { isVowelUnit, toUnits, unitString, type Units } from './units.js';

/** Consonant class of each consonant unit; anything else is its own class. */
export const CONSONANT_CLASS: Record<string, string> = {
  b: 'B', p: 'B',
  f: 'F',
  v: 'W', w: 'W',
  k: 'K', q: 'K', g: 'K', gh: 'K', c: 'K', j: 'K',
  h: 'H', kh: 'H',
  d: 'D', dh: 'D', z: 'D', th: 'D', t: 'D',
  s: 'S', sh: 'S', ch: 'S', zh: 'S',
  l: 'L', r: 'R', m: 'M', n: 'N', y: 'Y',
};

/**
 * Second class of consonants that sit between two classes (z and th are read
 * as d/dh in Ramazan/Ramadan, Muath/Muaaz, but as s in Manzur/Mansour,
 * Othman/Osman). Names containing them get a second key.
 */
export const SECONDARY_CLASS: Record<string, string> = { z: 'S', th: 'S' };

function classOf(unit: string, secondary: boolean): string {
  if (secondary) {
    const c2 = SECONDARY_CLASS[unit];
    if (c2) return c2;
  }
  return CONSONANT_CLASS[unit] ?? unit.toUpperCase();
}

function hasSecondary(u: Units): boolean {
  return u.ids.some((id) => SECONDARY_CLASS[unitString(id)] !== undefined);
}

function wordKey(u: Units, secondary = false): string {
  const n = u.ids.length;
  let key = '';
  let last = '';
  for (let i = 0; i < n; i++) {
    if (u.vowel[i]) continue;
    const s = unitString(u.ids[i]);
    const prevV = i > 0 && isVowelUnit(u.ids[i - 1]);
    if (s === 'h' && i === n - 1 && prevV) continue; // Fatimah ~ Fatima
    const c = classOf(s, secondary);
    if (c === last) continue;
    key += c;
    last = c;
  }
  return key;
}

/**
 * The blocking key of a normalised name (output of normalizeName); words are
 * keyed together, so "abdfatah sisi" and "abdfatahsisi" share a key.
 */
export function blockingKey(normalized: string): string {
  return wordKey(toUnits(normalized.replace(/\s+/g, '')));
}

const keysCache = new Map<string, readonly string[]>();
const KEYS_CACHE_MAX = 100_000;

/**
 * All blocking keys of a normalised name: the main key, the key with z/th
 * read as s, and the keys without a glued article (Elsisi, Lamrani) when one
 * may be present. Kept per name (a bounded cache): the same names are keyed
 * again in every document. The array is shared: do not change it.
 */
export function blockingKeys(normalized: string): readonly string[] {
  let keys = keysCache.get(normalized);
  if (!keys) {
    keys = computeKeys(normalized);
    if (keysCache.size >= KEYS_CACHE_MAX) keysCache.clear();
    keysCache.set(normalized, keys);
  }
  return keys;
}

function computeKeys(normalized: string): string[] {
  const forms = [normalized];
  const first = normalized.split(' ')[0] ?? '';
  const rest = normalized.slice(first.length);
  for (const alt of gluedAlternatives(first)) forms.push(alt.form + rest);
  const keys: string[] = [];
  for (const f of forms) {
    const u = toUnits(f.replace(/\s+/g, ''));
    const k = wordKey(u);
    if (k && !keys.includes(k)) keys.push(k);
    if (hasSecondary(u)) {
      const k2 = wordKey(u, true);
      if (k2 && !keys.includes(k2)) keys.push(k2);
    }
  }
  return keys;
}
