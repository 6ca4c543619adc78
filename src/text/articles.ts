/**
 * Arabic article forms as they appear in transliteration. A word in
 * HYPHEN_ARTICLES followed by "-" and another word (al-Jufra, ash-Shatti,
 * el-Sisi), or a word in SPACE_ARTICLES followed by a single space and a word
 * (al Jufra, El Sisi), is an article: matching skips it and fixes keep it.
 */
import type { Word } from './words.js';

export const HYPHEN_ARTICLES = new Set([
  'al', 'el', 'il', 'ul', 'ad', 'ed', 'adh', 'ar', 'er', 'as', 'es', 'ash', 'esh', 'at', 'et', 'ath', 'az', 'ez', 'an', 'en', 'ad', 'dh', 'l',
]);
export const SPACE_ARTICLES = new Set(['al', 'el']);
/** Glued forms tried for names (Aljafra, Elsisi). */
export const GLUED_ARTICLES = ['al', 'el'];

/** Is words[i] an article joined to words[i + 1]? */
export function isArticleAt(text: string, ws: readonly Word[], i: number): boolean {
  const w = ws[i];
  const next = ws[i + 1];
  if (!next || w.key.length > 3) return false;
  const gap = next.start - w.end;
  if (gap !== 1) return false;
  const sep = text.charCodeAt(w.end);
  if (sep === 45 /* - */ || sep === 0x2010 || sep === 0x2011) return HYPHEN_ARTICLES.has(w.key);
  if (sep === 32) return SPACE_ARTICLES.has(w.key);
  return false;
}
