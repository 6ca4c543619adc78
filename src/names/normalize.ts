/**
 * Normalisation of transliterated names to a comparable romanisation.
 *
 * normalizeName('al-Qaddafi')  -> 'qadafi'
 * normalizeName('Kadhafi','fr') -> 'kadhafi'
 * normalizeName('Abdel Fattah el-Sisi') -> 'abdfatah sisi'
 *
 * Folding (case, accents, apostrophes) comes from src/text/fold.ts; all
 * language-specific spelling rules are data (rules/names/translit.yaml).
 */

import { fold } from '../text/fold.js';
import { langRules, translitData, type LangRules } from './translit.js';

const PUNCT = /[^\p{L}\p{M}\p{N}'\-]+/gu;

function mapChars(word: string, lang: LangRules, base: LangRules): string {
  if (lang.chars.size === 0 && base.chars.size === 0) return word;
  let out = '';
  for (const ch of word) {
    let m = lang.chars.get(ch) ?? base.chars.get(ch);
    if (m === undefined) {
      const lower = ch.toLowerCase();
      if (lower !== ch) m = lang.chars.get(lower) ?? base.chars.get(lower);
    }
    out += m ?? ch;
  }
  return out;
}

function applyRules(token: string, lang: LangRules, base: LangRules): string {
  let t = token;
  for (const r of lang.rules) t = t.replace(r.re, r.to);
  for (const r of base.rules) t = t.replace(r.re, r.to);
  t = t.toLowerCase();
  // collapse doubled letters (Gaddafi, Djaafar, Sarraj)
  return t.replace(/(\p{L})\1+/gu, '$1');
}

/**
 * Split a name into folded word tokens with articles, elided French articles,
 * possessives and apostrophes removed, and Abd-compounds glued together.
 * No transliteration rules are applied yet.
 */
export function foldedTokens(text: string, lang = 'en'): string[] {
  const data = translitData();
  const lr = langRules(lang);
  const art = data.articles;
  const words = text.split(/\s+/).filter(Boolean);
  const parts: string[] = [];
  for (const w0 of words) {
    let w = fold(mapChars(w0, lr, data.base)).replace(PUNCT, '');
    for (const re of art.possessive) w = w.replace(re, '');
    for (const re of art.elided) w = w.replace(re, '');
    const hy = w.split('-').filter((p) => p.replace(/'/g, '') !== '');
    for (let i = 0; i < hy.length; i++) {
      const p = hy[i].replace(/^'+/, '');
      // an article part is dropped when a further part follows it
      if (i < hy.length - 1 && art.hyphenated.has(p)) continue;
      parts.push(p);
    }
  }
  // standalone articles (al Sarraj) and remaining apostrophes (ayn, hamza)
  const toks: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (i < parts.length - 1 && art.standalone.has(p)) continue;
    const t = p.replace(/'/g, '');
    if (t) toks.push(t);
  }
  // Abd + X is one unit
  const out: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    let done = false;
    for (const { prefix, unit } of data.compounds) {
      if (t === prefix) {
        if (i + 1 < toks.length) {
          out.push(unit + toks[i + 1]);
          i++;
        } else out.push(unit);
        done = true;
        break;
      }
      if (t.startsWith(prefix) && t.length - prefix.length >= 2) {
        out.push(unit + t.slice(prefix.length));
        done = true;
        break;
      }
    }
    if (!done) out.push(t);
  }
  // glued articles that are safe to strip (Alsharif, Elkhatib)
  return out.map((t) => {
    for (const re of art.glued) {
      const m = re.exec(t);
      if (m && t.length - m[0].length >= 4) return t.slice(m[0].length);
    }
    return t;
  });
}

/** Normalise one folded token with the transliteration rules of `lang`. */
export function transliterateToken(token: string, lang = 'en'): string {
  return applyRules(token, langRules(lang), translitData().base);
}

const normCache = new Map<string, Map<string, string>>();
const NORM_CACHE_MAX = 100_000;

/**
 * Normalise a name (one or more words) for comparison: folded, articles and
 * possessives removed, spelling conventions of `lang` mapped to one
 * romanisation, doubled letters collapsed. Words are joined by one space.
 *
 * Answers are kept per language (a bounded cache, emptied when full): the
 * same spellings come back in every document, and the rule data never
 * changes once loaded.
 */
export function normalizeName(token: string, lang = 'en'): string {
  let byText = normCache.get(lang);
  if (!byText) normCache.set(lang, (byText = new Map()));
  let norm = byText.get(token);
  if (norm === undefined) {
    norm = foldedTokens(token, lang)
      .map((t) => transliterateToken(t, lang))
      .filter(Boolean)
      .join(' ');
    if (byText.size >= NORM_CACHE_MAX) byText.clear();
    byText.set(token, norm);
  }
  return norm;
}

/**
 * Alternative readings of a normalised word with a glued article removed
 * (elsisi -> sisi, lamrani -> amrani), each with the penalty to add to a
 * distance computed from it. Used by comparison and blocking, not by
 * normalizeName, because such prefixes are often part of the name (Albert).
 */
export function gluedAlternatives(word: string): { form: string; penalty: number }[] {
  const art = translitData().articles;
  const out: { form: string; penalty: number }[] = [];
  for (const re of art.gluedAlternative) {
    const m = re.exec(word);
    if (m && word.length - m[0].length >= 4) out.push({ form: word.slice(m[0].length), penalty: art.gluedPenalty });
  }
  return out;
}
