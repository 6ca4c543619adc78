/**
 * A language guess from function words, the cheap pass before franc. A text
 * where one candidate's function words (rules/text/<lang>.yaml) make up at
 * least 20% of the words, and half again as many as any other candidate's,
 * is in that language. On news prose that decides nearly every document and
 * paragraph, and agrees with franc wherever the text is long enough for
 * franc to be reliable (docs/performance-preset.md); franc, whose module
 * alone takes about 35 ms to load and whose trigram scoring was the largest
 * cost of the default preset, is then asked only about the rest.
 */
import { hasLangData, langData } from './lang-data.js';
import type { Word } from './words.js';

/**
 * The candidate whose function words clearly dominate `ws[from, to)`, or
 * undefined when none does, or when a candidate has no word list (the pass
 * cannot rule it out).
 */
export function functionWordLanguage(ws: readonly Word[], candidates: readonly string[], from = 0, to = ws.length): string | undefined {
  if (to <= from || !candidates.every(hasLangData)) return undefined;
  let best: string | undefined;
  let first = 0;
  let second = 0;
  for (const lang of candidates) {
    const list = langData(lang).functionWords;
    let n = 0;
    for (let i = from; i < to; i++) if (list.has(ws[i].key)) n++;
    if (n > first) {
      second = first;
      first = n;
      best = lang;
    } else if (n > second) second = n;
  }
  return first >= 0.2 * (to - from) && first > 1.5 * second ? best : undefined;
}
