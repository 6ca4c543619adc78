/**
 * A language guess from function words, the cheap pass before franc. A text
 * where one candidate's function words (rules/language/<lang>.yaml) make up at
 * least 20% of the words, and half again as many as any other candidate's,
 * is in that language. On news prose that decides nearly every document and
 * paragraph, and agrees with franc wherever the text is long enough for
 * franc to be reliable (docs/performance.md); franc, whose module
 * alone takes about 35 ms to load and whose trigram scoring was the largest
 * cost of the default preset, is then asked only about the rest.
 */
import { hasLangData, langData } from './lang-data.js';
import type { Word } from './words.js';

/** Per candidate list: folded word -> bit mask of the candidates (by index) that list it as a function word. */
const masks = new Map<string, Map<string, number>>();

function maskFor(candidates: readonly string[]): Map<string, number> {
  const id = candidates.join(',');
  let m = masks.get(id);
  if (!m) {
    m = new Map();
    candidates.forEach((lang, bit) => {
      for (const w of langData(lang).functionWords.keys()) m!.set(w, (m!.get(w) ?? 0) | (1 << bit));
    });
    masks.set(id, m);
  }
  return m;
}

/**
 * The candidate whose function words clearly dominate `ws[from, to)`, or
 * undefined when none does, or when a candidate has no word list (the pass
 * cannot rule it out).
 */
export function functionWordLanguage(ws: readonly Word[], candidates: readonly string[], from = 0, to = ws.length): string | undefined {
  if (to <= from || candidates.length > 30 || !candidates.every(hasLangData)) return undefined;
  const mask = maskFor(candidates);
  const counts = new Array<number>(candidates.length).fill(0);
  for (let i = from; i < to; i++) {
    let bits = mask.get(ws[i].key);
    while (bits) {
      const bit = 31 - Math.clz32(bits);
      counts[bit]++;
      bits &= ~(1 << bit);
    }
  }
  let best = -1;
  let first = 0;
  let second = 0;
  counts.forEach((n, i) => {
    if (n > first) {
      second = first;
      first = n;
      best = i;
    } else if (n > second) second = n;
  });
  return first >= 0.2 * (to - from) && first > 1.5 * second ? candidates[best] : undefined;
}
