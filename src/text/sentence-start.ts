/**
 * Does a sentence start at `offset`? True at the start of the text or of a
 * line, or after sentence-final punctuation (. ! ? … : ;), with spaces,
 * opening quotation marks and brackets in between.
 */
const SKIP = /[\s"“”‘'«„(\[]/u;

export function atSentenceStart(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && SKIP.test(text[i])) {
    if (text[i] === '\n' || text[i] === '\r') return true;
    i--;
  }
  return i < 0 || /[.!?…:;]/.test(text[i]);
}

/** Write `replacement` in the case style of `found`: all capitals, or a capital first letter. */
export function matchCaseStyle(found: string, replacement: string): string {
  if (replacement === '') return replacement;
  const letters = found.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return replacement.toUpperCase();
  const first = letters[0];
  if (first && first !== first.toLowerCase()) return replacement[0].toUpperCase() + replacement.slice(1);
  return replacement;
}
