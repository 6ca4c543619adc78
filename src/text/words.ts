/**
 * Unicode word tokens with offsets.
 *
 * A word is a run of letters, marks and digits (any script), with apostrophes
 * allowed between letters (O'Brien, Ma'arri, Qur’an) and a leading ʿ or ʾ
 * (ʿAbd). A trailing possessive ('s, ’s) is not part of the word. Hyphens
 * separate words: "Al-Jafra" is two words joined by "-".
 */
import { fold, foldChar } from './fold.js';

export interface Word {
  start: number;
  end: number;
  /** Folded text: lower case, no diacritics, apostrophes unified. */
  key: string;
}

// 0 = not part of a word, 1 = word character, 2 = apostrophe (only inside words), 3 = ayn/hamza sign,
// 5 = a low surrogate: part of a word only after a word character (the high surrogate of an astral letter)
export const CLASS = new Uint8Array(0x10000);
const APOSTROPHES = "'’ʼ";
const AYN = 'ʿʾ';
{
  // word characters: one regular expression over every code unit of the BMP, run by run (much faster than a test per code unit)
  const codes = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) codes[c] = c >= 0xd800 && c <= 0xdfff ? 0x20 : c;
  const all = new TextDecoder('utf-16le').decode(codes);
  for (const m of all.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) CLASS.fill(1, m.index, m.index + m[0].length);
  // astral characters: letters of other planes are word characters; the planes' emoji and pictographs
  // (high surrogates D83C-D83E: U+1F000-U+1FAFF) are not, nor the emoji variation selector
  CLASS.fill(1, 0xd800, 0xdc00);
  CLASS.fill(0, 0xd83c, 0xd83f);
  CLASS.fill(5, 0xdc00, 0xe000);
  CLASS[0xfe0f] = 0;
  for (const ch of APOSTROPHES) CLASS[ch.charCodeAt(0)] = 2;
  for (const ch of AYN) CLASS[ch.charCodeAt(0)] = 3;
}

export function isWordChar(code: number): boolean {
  return CLASS[code] === 1;
}

/**
 * Call `onWord(start, end, resume)` for each word of text[from, to), until it
 * returns false (`resume` is where the scan goes on: after a possessive 's). The folded key of
 * a word is `fold(text.slice(start, end))`: inside a word every character is
 * a letter, mark, digit or apostrophe, and apostrophes fold to "'".
 */
export function forEachWord(text: string, from: number, to: number, onWord: (start: number, end: number, resume: number) => boolean | void): void {
  let i = from;
  while (i < to) {
    let c = CLASS[text.charCodeAt(i)];
    // a word starts at a word character, or at ʿ/ʾ directly followed by one
    if (c !== 1 && !(c === 3 && i + 1 < to && CLASS[text.charCodeAt(i + 1)] === 1)) {
      i++;
      continue;
    }
    const start = i;
    let skip = 0;
    i++;
    for (; i < to; i++) {
      c = CLASS[text.charCodeAt(i)];
      if (c === 1 || c === 5) continue;
      if ((c === 2 || c === 3) && i + 1 < to && CLASS[text.charCodeAt(i + 1)] === 1) {
        // an apostrophe inside a word; but a final possessive 's ends the word
        const next = text.charCodeAt(i + 1);
        if (c === 2 && (next === 115 || next === 83) && !(i + 2 < to && CLASS[text.charCodeAt(i + 2)] === 1)) {
          skip = 2; // the possessive 's is not a word of its own
          break;
        }
        continue;
      }
      break;
    }
    if (onWord(start, i, i + skip) === false) return;
    i += skip;
  }
}

/** Split text into words. `from`/`to` limit the scan to a slice of the text. */
export function words(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  forEachWord(text, from, to, (start, end) => {
    out.push({ start, end, key: fold(text.slice(start, end)) });
  });
  return out;
}

/**
 * FNV-1a hash of a word's folded key, computed without building the key:
 * equal to `hashKey(fold(text.slice(start, end)))`.
 */
export function foldedHash(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x80) {
      h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), 0x01000193);
    } else {
      const f = foldChar(c);
      for (let j = 0; j < f.length; j++) h = Math.imul(h ^ f.charCodeAt(j), 0x01000193);
    }
  }
  return h >>> 0;
}

/** FNV-1a hash of a folded key string. */
export function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let j = 0; j < key.length; j++) h = Math.imul(h ^ key.charCodeAt(j), 0x01000193);
  return h >>> 0;
}
