/**
 * Case and diacritic folding for matching.
 *
 * `foldChar` maps one UTF-16 code unit to its folded form: lower case, no
 * combining marks, Latin letters that have no decomposition (ı ł ø đ ß æ œ þ)
 * spelled with plain ASCII. Combining marks fold to the empty string, so the
 * folded text of a word may be shorter than the word.
 */

const SPECIAL: Record<string, string> = {
  ı: 'i', İ: 'i', ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ð: 'd', Ð: 'd',
  ß: 'ss', ẞ: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', þ: 'th', Þ: 'th', ħ: 'h', Ħ: 'h',
  // apostrophe-like letters used in transliteration (ayn, hamza) and quotes
  'ʿ': "'", 'ʾ': "'", 'ʼ': "'", 'ʻ': "'", '’': "'", '‘': "'", '`': "'", '´': "'",
};

const cache = new Map<number, string>();

/** Is this code unit a combining mark (Unicode category M)? */
const MARK = /\p{M}/u;

export function foldChar(code: number): string {
  if (code < 0x80) {
    // ASCII fast path
    return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : String.fromCharCode(code);
  }
  let out = cache.get(code);
  if (out !== undefined) return out;
  const ch = String.fromCharCode(code);
  if (SPECIAL[ch] !== undefined) out = SPECIAL[ch];
  else if (MARK.test(ch)) out = '';
  else {
    out = ch
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase();
    // toLowerCase of 'İ' etc. may reintroduce a combining dot
    out = out.replace(/\p{M}+/gu, '');
  }
  cache.set(code, out);
  return out;
}

/** Fold a whole string: lower case, strip diacritics, unify apostrophes. */
export function fold(text: string): string {
  let i = 0;
  while (i < text.length && text.charCodeAt(i) < 0x80) i++;
  // ASCII folds to lower case only (A-Z), which toLowerCase does in one native call
  if (i === text.length) return text.toLowerCase();
  let out = text.slice(0, i).toLowerCase();
  for (; i < text.length; i++) out += foldChar(text.charCodeAt(i));
  return out;
}

/** Strip diacritics but keep case (for case-sensitive terms such as acronyms). */
export function stripDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[ıł]/g, (c) => (c === 'ı' ? 'i' : 'l'))
    .replace(/[’‘ʿʾʼʻ`´]/g, "'");
}
