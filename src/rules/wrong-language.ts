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
import type { RuleModule } from './rule.js';

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
    },
    docs: { fixSafety: 'No fix: the paragraph needs translating.' },
    schema: {
      type: 'object',
      properties: {
        minLength: { type: 'integer', minimum: 0, description: 'Latin letters a paragraph needs to be judged (default 80).' },
        margin: { type: 'number', minimum: 0, maximum: 1, description: 'How far the document language may score below the winner (default 0.1).' },
        languages: { type: 'array', minItems: 1, items: { type: 'string', pattern: '^[a-z]{2,3}$' }, description: 'Candidate languages (ISO 639-1).' },
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
    }
  },
};
