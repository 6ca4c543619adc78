/**
 * Sentence spans with Intl.Segmenter (sentence granularity), line by line: a
 * sentence never crosses a line break (headlines and captions have no final
 * full stop). ICU's sentence rules know few abbreviations, so segments are
 * re-joined after an abbreviation from the language data ('Dr.', 'Gen.'), an
 * initial ('U.S.', 'M.') or, in German, an ordinal ('am 5. Januar'), and a
 * closing quotation mark that ICU put at the start of the next segment
 * (French '« Non. » Puis') goes back to the sentence it closes.
 */
import { fold } from './fold.js';
import type { LangData } from './lang-data.js';
import type { Span } from '../types.js';

export type { Span };

const segmenters = new Map<string, Intl.Segmenter>();

function segmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    try {
      s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    } catch {
      s = new Intl.Segmenter('en', { granularity: 'sentence' });
    }
    segmenters.set(lang, s);
  }
  return s;
}

/** Non-empty lines of `text` as spans (line breaks excluded, not trimmed). */
export function lineSpans(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\r\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Sentences of the whole text, trimmed, in order. */
export function splitSentences(text: string, lang: string, data: LangData): Span[] {
  const out: Span[] = [];
  const seg = segmenter(lang);
  const closers = closingOnly(data);
  for (const line of lineSpans(text)) {
    const lineText = text.slice(line.start, line.end);
    if (lineText.trim() === '') continue;
    let pending: Span | undefined;
    for (const s of seg.segment(lineText)) {
      let start = line.start + s.index;
      const end = start + s.segment.length;
      // a closing quotation mark at the start belongs to the previous sentence
      if (pending) {
        let i = start;
        while (i < end && (closers.has(text[i]) || (text[i] === '"' && /\s/.test(text[i + 1] ?? ' ')))) i++;
        if (i > start && (i === end || /\s/.test(text[i]))) {
          pending.end = i;
          start = i;
        }
      }
      const span = trim(text, start, end);
      if (!span) continue;
      if (pending && continues(text, pending, lang, data)) {
        pending.end = span.end;
        continue;
      }
      if (pending) out.push(pending);
      pending = span;
    }
    if (pending) out.push(pending);
  }
  return out;
}

/** Closing quotation marks that never open a quotation in this language. */
function closingOnly(data: LangData): Set<string> {
  const open = new Set(data.quotes.map((q) => q[0]));
  const set = new Set([')', ']']);
  for (const [, c] of data.quotes) if (!open.has(c)) set.add(c);
  return set;
}

function trim(text: string, start: number, end: number): Span | undefined {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : undefined;
}

/** Does the sentence end on an abbreviation, an initial or (German) an ordinal, so that the next segment continues it? */
function continues(text: string, s: Span, lang: string, data: LangData): boolean {
  if (text[s.end - 1] !== '.') return false;
  const m = /([\p{L}\p{N}]+)\.$/u.exec(text.slice(Math.max(s.start, s.end - 40), s.end));
  if (!m) return false;
  const word = m[1];
  if (/^\p{L}$/u.test(word)) return true;
  if (lang === 'de' && /^\d{1,2}$/.test(word)) return true;
  return data.abbreviations.has(fold(word));
}
