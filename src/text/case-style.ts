/**
 * Keep the capitalisation style of the text a fix replaces: a form found in
 * capitals (HIFTER) is replaced in capitals (HAFTAR); otherwise the house form
 * is written as the pack spells it.
 */
export function isAllCaps(text: string): boolean {
  let letters = 0;
  for (const ch of text) {
    if (ch.toLowerCase() !== ch.toUpperCase()) {
      if (ch !== ch.toUpperCase()) return false;
      letters++;
    }
  }
  return letters >= 2;
}

export function applyCaseStyle(found: string, replacement: string): string {
  if (isAllCaps(found) && !isAllCaps(replacement)) return replacement.toUpperCase();
  return replacement;
}
