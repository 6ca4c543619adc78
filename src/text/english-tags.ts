/**
 * English part-of-speech tags from wink-nlp, with offsets, for the words a
 * rule asks about. wink's tokens carry no offsets, so they are found again in
 * the text by walking forward from the end of the previous token. Each line
 * is tagged on its own (as a whole, so a word's tag does not depend on which
 * word of the line was asked first) and only when a word on it is asked
 * about: a document nobody asks about never loads the model.
 */
import { getNlp } from './nlp.js';

export class EnglishTags {
  /** Line start -> (token start -> POS tag). */
  private readonly lines = new Map<number, Map<number, string>>();

  constructor(private readonly text: string) {}

  /** The universal POS tag (NOUN, PROPN, DET, ADP, ...) of the token starting at `offset`, if a token starts there. */
  posAt(offset: number): string | undefined {
    const t = this.text;
    let start = offset;
    while (start > 0 && t[start - 1] !== '\n' && t[start - 1] !== '\r') start--;
    let tags = this.lines.get(start);
    if (!tags) {
      let end = offset;
      while (end < t.length && t[end] !== '\n' && t[end] !== '\r') end++;
      tags = new Map();
      for (const s of tagSentences(t.slice(start, end))) for (const tok of s) tags.set(start + tok.start, tok.pos);
      this.lines.set(start, tags);
    }
    return tags.get(offset);
  }
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
