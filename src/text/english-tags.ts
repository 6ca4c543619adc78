/**
 * English sentences and part-of-speech tags from wink-nlp, with offsets.
 * wink's tokens carry no offsets, so they are found again in the text by
 * walking forward from the end of the previous token. Lines are read one at
 * a time, so a sentence never crosses a line break. The model must have been
 * loaded (rules that use this declare `needs: ['nlp']`).
 */
import { getNlp } from './nlp.js';
import { lineSpans, type Span } from './sentences.js';

export interface Token {
  start: number;
  end: number;
  /** Universal POS tag (NOUN, PROPN, DET, ADP, ...). */
  pos: string;
  /** Index into `sentences`. */
  sentence: number;
}

export interface EnglishAnalysis {
  sentences: Span[];
  tokens: Token[];
}

export function analyseEnglish(text: string): EnglishAnalysis {
  const sentences: Span[] = [];
  const tokens: Token[] = [];
  for (const line of lineSpans(text)) {
    const lineText = text.slice(line.start, line.end);
    if (lineText.trim() === '') continue;
    for (const s of tagSentences(lineText)) {
      const first = tokens.length;
      for (const t of s) tokens.push({ start: line.start + t.start, end: line.start + t.end, pos: t.pos, sentence: sentences.length });
      if (tokens.length > first) sentences.push({ start: tokens[first].start, end: tokens[tokens.length - 1].end });
    }
  }
  return { sentences, tokens };
}

/** Tag one text (a line or a sentence): tokens with offsets into `text`, grouped by sentence. */
export function tagSentences(text: string): Array<Array<{ start: number; end: number; pos: string }>> {
  const nlp = getNlp();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const out: Array<Array<{ start: number; end: number; pos: string }>> = [];
  let cursor = 0;
  doc.sentences().each((s: any) => {
    const values: string[] = s.tokens().out();
    const tags: string[] = s.tokens().out(its.pos);
    const sentence: Array<{ start: number; end: number; pos: string }> = [];
    values.forEach((v, i) => {
      const at = text.indexOf(v, cursor);
      if (at < 0 || at - cursor > 64) return; // a normalised token: skip it, keep the cursor
      cursor = at + v.length;
      sentence.push({ start: at, end: cursor, pos: tags[i] });
    });
    out.push(sentence);
  });
  return out;
}
