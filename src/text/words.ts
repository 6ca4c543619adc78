/**
 * Unicode word tokens with offsets.
 *
 * A word is a run of letters, marks and digits (any script), with apostrophes
 * allowed between letters (O'Brien, Ma'arri, Qur’an) and a leading ʿ or ʾ
 * (ʿAbd). A trailing possessive ('s, ’s) is not part of the word. Hyphens
 * separate words: "Al-Jafra" is two words joined by "-".
 */
import { foldChar } from './fold.js';

export interface Word {
  start: number;
  end: number;
  /** Folded text: lower case, no diacritics, apostrophes unified. */
  key: string;
}

// 0 = not part of a word, 1 = word character, 2 = apostrophe (only inside words)
const CLASS = new Uint8Array(0x10000);
const WORDCHAR = /[\p{L}\p{M}\p{N}]/u;
const APOSTROPHES = "'’ʼ";
const AYN = 'ʿʾ';
for (let c = 0; c < 0x10000; c++) {
  if (c >= 0xd800 && c <= 0xdfff) {
    CLASS[c] = 1; // astral characters: treat as word characters
    continue;
  }
  const ch = String.fromCharCode(c);
  if (AYN.includes(ch)) CLASS[c] = 3;
  else if (APOSTROPHES.includes(ch)) CLASS[c] = 2;
  else if (WORDCHAR.test(ch)) CLASS[c] = 1;
}

export function isWordChar(code: number): boolean {
  return CLASS[code] === 1;
}

/** Split text into words. `from`/`to` limit the scan to a slice of the text. */
export function words(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  let i = from;
  while (i < to) {
    let c = CLASS[text.charCodeAt(i)];
    // a word starts at a word character, or at ʿ/ʾ directly followed by one
    if (c !== 1 && !(c === 3 && i + 1 < to && CLASS[text.charCodeAt(i + 1)] === 1)) {
      i++;
      continue;
    }
    const start = i;
    let key = foldChar(text.charCodeAt(i));
    let skip = 0;
    i++;
    for (; i < to; i++) {
      c = CLASS[text.charCodeAt(i)];
      if (c === 1) key += foldChar(text.charCodeAt(i));
      else if ((c === 2 || c === 3) && i + 1 < to && CLASS[text.charCodeAt(i + 1)] === 1) {
        // an apostrophe inside a word; but a final possessive 's ends the word
        const next = text.charCodeAt(i + 1);
        const afterNext = i + 2 < to ? CLASS[text.charCodeAt(i + 2)] : 0;
        if ((next === 115 || next === 83) && afterNext !== 1 && c === 2) {
          skip = 2; // the possessive 's is not a word of its own
          break;
        }
        key += "'";
      } else break;
    }
    out.push({ start, end: i, key });
    i += skip;
  }
  return out;
}
