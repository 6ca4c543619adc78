/**
 * wrong-language: a paragraph in another language than the document's, an
 * untranslated segment (a quotation or a paragraph the translator skipped).
 *
 * Each paragraph with at least `minLength` Latin letters (default 80, so
 * headings, captions and short quotations never trigger it) is scored with
 * franc against the candidate languages: the rule's `languages` option, else
 * the configuration's `languages` (default en, fr, de, es, it), always with
 * the document language. It is reported only when another language wins and
 * the document language scores at most 1 - `margin` of the winner (default
 * margin 0.1): on English news prose full of names franc stays right but
 * sometimes by a small margin, and a small margin is not evidence.
 * A paragraph where the document language's function words are frequent
 * (20% of the words, and half again as many as any other candidate's) is
 * taken as written in it without asking franc: that is most paragraphs, and
 * franc is the slow part (only when every candidate has a word list in
 * rules/language/; src/text/function-word-language.ts). franc is loaded only
 * when a paragraph needs it (the Linter loads it when the rule asks). Paragraphs mostly in another script (Arabic,
 * Cyrillic) are left to
 * stray-script, which reports them as runs, so nothing is reported twice.
 *
 * Severity: warning. No fix: the paragraph needs translating.
 * Options: minLength (letters), margin (0..1), languages (ISO 639-1 codes).
 */
import { functionWordLanguage } from '../text/function-word-language.js';
import { DEFAULT_LANGUAGES, languageScoresSync } from '../text/language.js';
import { hasLangData, langData } from '../text/lang-data.js';
import { splitSentences } from '../text/sentences.js';
import { lineBreakBetween } from './near-repetition.js';
import type { RuleContext, RuleModule } from './rule.js';

/** Letters (and digits) of Latin script, and ASCII digits: the word counts as Latin text. */
function isLatin(code: number): boolean {
  return code < 0x250 || (code >= 0x1e00 && code <= 0x1eff);
}

/** Made on first use: creating it loads locale data (about 15 ms), which most runs never need. */
let names: Intl.DisplayNames | undefined;

function languageName(code: string): string {
  try {
    names ??= new Intl.DisplayNames(['en'], { type: 'language' });
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

export const wrongLanguage: RuleModule = {
  meta: {
    id: 'wrong-language',
    description: "A paragraph in another language than the document's: an untranslated segment.",
    type: 'problem',
    defaultSeverity: 'warning',
    languages: '*',
    messages: {
      wrongLanguage:
        'This paragraph reads as {{found}}, not {{expected}} like the rest of the document: an untranslated segment? Translate it.',
      wrongSegment:
        'This sentence reads as {{found}}, not {{expected}} like the rest of the document: an untranslated segment or a leftover of the page? Translate or delete it.',
    },
    docs: { fixSafety: 'No fix: the paragraph needs translating.' },
    schema: {
      type: 'object',
      properties: {
        minLength: { type: 'integer', minimum: 0, description: 'Latin letters a paragraph needs to be judged (default 80).' },
        margin: { type: 'number', minimum: 0, maximum: 1, description: 'How far the document language may score below the winner (default 0.1).' },
        languages: { type: 'array', minItems: 1, items: { type: 'string', pattern: '^[a-z]{2,3}$' }, description: 'Candidate languages (ISO 639-1).' },
        short: { type: 'boolean', description: 'Also judge short lines and sentences, down to four words (default true).' },
        shortMargin: { type: 'number', minimum: 0, maximum: 1, description: "How far franc must put the other language ahead on a short segment (default 0.2)." },
      },
      additionalProperties: false,
    },
  },
  check(context) {
    const { text, language, options } = context;
    const minLength = typeof options.minLength === 'number' ? options.minLength : 80;
    const margin = typeof options.margin === 'number' ? options.margin : 0.1;
    const configured = Array.isArray(options.languages) ? (options.languages as string[]) : (context.languages ?? DEFAULT_LANGUAGES);
    const candidates = [...new Set([language, ...configured])];
    if (candidates.length < 2) return;
    const ws = context.doc.words;
    const reported: Array<[number, number]> = [];
    let w = 0;
    for (const p of context.doc.paragraphs) {
      while (w < ws.length && ws[w].start < p.start) w++;
      const first = w;
      let latin = 0;
      let other = 0;
      for (; w < ws.length && ws[w].start < p.end; w++) {
        const n = ws[w].end - ws[w].start;
        if (isLatin(text.charCodeAt(ws[w].start))) latin += n;
        else other += n;
      }
      if (latin < minLength) continue;
      if (other >= latin) continue; // another script: stray-script reports it
      if (functionWordLanguage(ws, candidates, first, w) === language) continue;
      const para = text.slice(p.start, p.end);
      const scores = languageScoresSync(para, candidates);
      const [best] = scores;
      if (!best || best[0] === language) continue;
      const own = scores.find(([code]) => code === language)?.[1] ?? 0;
      if (own > 1 - margin) continue;
      context.report({
        messageId: 'wrongLanguage',
        data: { found: languageName(best[0]), expected: languageName(language) },
        range: [p.start, p.end],
      });
      reported.push([p.start, p.end]);
    }
    if (options.short !== false) shortSegments(context, candidates, reported);
  },
};

/** Languages a news page in the supported languages is likely to carry besides them (short-segment pass). */
export const SHORT_EXTRA_LANGUAGES = ['nl', 'pt', 'tr'];
/** Fewest words, and letters, of a segment the short-segment pass looks at. */
const SHORT_MIN_WORDS = 4;
const SHORT_MIN_LETTERS = 18;
/** The two foreign function words of the cheap pass before sentence splitting stand at most this many words apart. */
const GATE_WINDOW = 12;
/** Quotation marks and brackets: a quoted or bracketed segment is a quotation or a title, left alone. */
const QUOTED = /^["“”„«»‘’'(\[]|["“”„«»‘’')\]]$/u;

/**
 * Lines and sentences too short for the paragraph check (down to four
 * words): reported only where the evidence is strong. The words must hold at
 * least two function words of one other language that the document
 * language does not list (rules/language/, with Dutch, Portuguese and
 * Turkish besides the configured candidates) and no function word that only
 * the document language has, more than any other language has (the five
 * supported languages are always weighed, so a French sentence is not taken
 * for Portuguese when French is not a candidate), and franc must agree, with the document
 * language scoring at most 1 - `shortMargin` of the winner (default 0.2).
 * Quoted or bracketed segments (quotations, titles of works), segments in
 * title case (names, titles) and segments of other scripts are left alone.
 */
function shortSegments(context: RuleContext, configured: string[], reported: Array<[number, number]>): void {
  const { text, language, options } = context;
  const margin = typeof options.shortMargin === 'number' ? options.shortMargin : 0.2;
  // reportable: the configured candidates and the extra languages; weighed against those and the supported languages
  const reportable = new Set([...configured, ...SHORT_EXTRA_LANGUAGES]);
  const candidates = [...new Set([...reportable, ...DEFAULT_LANGUAGES])].filter((l) => l === language || hasLangData(l));
  if (!hasLangData(language) || candidates.length < 2) return;
  const own = langData(language).functionWords;
  const others = candidates.filter((l) => l !== language).map((l) => ({ lang: l, words: langData(l).functionWords }));
  const ws = context.doc.words;
  // words that another candidate lists and the document language does not: a line without two of them is skipped
  // before it is split into sentences (the costly part)
  const foreign = context.packs.cached(`wrong-language-short:${language}:${others.map((o) => o.lang).join(',')}`, () => {
    const m = new Map<string, number>();
    others.forEach((o, bit) => {
      for (const k of o.words.keys()) if (k.length > 1 && !own.has(k)) m.set(k, (m.get(k) ?? 0) | (1 << bit));
    });
    return m;
  });
  const last = new Array<number>(others.length);
  const spans: Array<{ start: number; end: number }> = [];
  let first = 0;
  for (let k = 1; k <= ws.length; k++) {
    if (k < ws.length && !lineBreakBetween(text, ws[k - 1].end, ws[k].start)) continue;
    // two different words of one other language that the document language does not list, within a dozen words
    // (a name particle, 'El-' or 'al-' before a hyphen, does not count)
    let hit = false;
    if (k - first >= SHORT_MIN_WORDS) {
      last.fill(-1);
      for (let i = first; i < k && !hit; i++) {
        let bits = foreign.get(ws[i].key) ?? 0;
        if (!bits || text[ws[i].end] === '-' || text[ws[i].end] === '‐') continue;
        while (bits && !hit) {
          const bit = 31 - Math.clz32(bits);
          const at = last[bit];
          if (at >= 0 && i - at <= GATE_WINDOW && ws[at].key !== ws[i].key) hit = true;
          last[bit] = i;
          bits &= ~(1 << bit);
        }
      }
    }
    if (hit) {
      // the whole line (with its quotation marks), trimmed
      let lineStart = ws[first].start;
      while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
      while (/\s/u.test(text[lineStart])) lineStart++;
      let lineEnd = ws[k - 1].end;
      while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
      while (lineEnd > lineStart && /\s/u.test(text[lineEnd - 1])) lineEnd--;
      for (const sp of splitSentences(text.slice(lineStart, lineEnd), language, langData(language))) spans.push({ start: lineStart + sp.start, end: lineStart + sp.end });
    }
    first = k;
  }
  let w = 0;
  for (const sp of spans) {
    if (reported.some(([a, b]) => sp.start >= a && sp.end <= b)) continue;
    while (w < ws.length && ws[w].start < sp.start) w++;
    let end = w;
    while (end < ws.length && ws[end].end <= sp.end) end++;
    const sw = ws.slice(w, end);
    if (sw.length < SHORT_MIN_WORDS) continue;
    let letters = 0;
    let capitals = 0;
    let latin = true;
    for (const x of sw) {
      letters += x.end - x.start;
      if (!isLatin(text.charCodeAt(x.start))) latin = false;
      if (/^\p{Lu}/u.test(text[x.start])) capitals++;
    }
    if (!latin || letters < SHORT_MIN_LETTERS || capitals * 2 > sw.length) continue;
    const body = text.slice(sp.start, sp.end).replace(/[.!?…:;,]+$/u, '');
    if (QUOTED.test(body)) continue;
    // another language whose function words are here, with none that only the document language has ('a' is English and Spanish)
    const counts = others
      .map(({ lang, words }) => ({
        lang,
        n: sw.filter((x) => words.has(x.key)).length,
        // words only this language lists ('para', 'um'; not 'de', which French, Spanish and Dutch share)
        only: sw.filter((x) => x.key.length > 1 && words.has(x.key) && !own.has(x.key)).length,
        ownOnly: sw.some((x) => x.key.length > 1 && own.has(x.key) && !words.has(x.key)),
      }))
      .sort((a, b) => b.n - a.n);
    // the language with the most function words here must be clearly it
    const top = counts[0];
    if (!top || top.ownOnly || top.only < 2 || top.n * 4 < sw.length || !reportable.has(top.lang)) continue;
    const scores = languageScoresSync(text.slice(sp.start, sp.end), candidates, 1);
    const [best] = scores;
    if (!best || best[0] !== top.lang) continue;
    const ownScore = scores.find(([code]) => code === language)?.[1] ?? 0;
    if (ownScore > 1 - margin) continue;
    context.report({
      messageId: 'wrongSegment',
      data: { found: languageName(best[0]), expected: languageName(language) },
      range: [sp.start, sp.end],
    });
  }
}
