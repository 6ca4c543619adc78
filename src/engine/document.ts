/**
 * What rules know of a document, computed lazily and at most once: words,
 * line index, paragraphs, entity mentions. Rules that need more (sentences,
 * part-of-speech tags) add lazy getters here, so the work is shared.
 */
import { findMentions, type Mention } from '../match/mentions.js';
import type { PackSet } from '../packs/load-pack.js';
import { analyseEnglish, type EnglishAnalysis, type Token } from '../text/english-tags.js';
import { langData } from '../text/lang-data.js';
import { LineIndex } from '../text/lines.js';
import { nlpLoaded } from '../text/nlp.js';
import { splitSentences } from '../text/sentences.js';
import { words, type Word } from '../text/words.js';

export interface Span {
  start: number;
  end: number;
}

export class DocumentModel {
  private _words?: Word[];
  private _lines?: LineIndex;
  private _mentions?: Mention[];
  private _paragraphs?: Span[];
  private _sentences?: Span[];
  private _english?: EnglishAnalysis | null;

  constructor(
    readonly text: string,
    readonly language: string,
    readonly packs: PackSet,
  ) {}

  /**
   * Sentences, trimmed, never crossing a line break: from wink-nlp for English
   * when the model is loaded (a rule declared `needs: ['nlp']`), otherwise
   * from Intl.Segmenter with the abbreviations of rules/text/<lang>.yaml.
   */
  get sentences(): Span[] {
    return (this._sentences ??= this.english?.sentences ?? splitSentences(this.text, this.language, langData(this.language)));
  }

  /** English tokens with offsets and POS tags (wink-nlp), or undefined when not English or the model is not loaded. */
  get englishTokens(): Token[] | undefined {
    return this.english?.tokens;
  }

  private get english(): EnglishAnalysis | undefined {
    if (this._english === undefined) this._english = this.language === 'en' && nlpLoaded() ? analyseEnglish(this.text) : null;
    return this._english ?? undefined;
  }

  get words(): Word[] {
    return (this._words ??= words(this.text));
  }

  get lines(): LineIndex {
    return (this._lines ??= new LineIndex(this.text));
  }

  /** Mentions of pack entities, resolved for the document language. */
  get mentions(): Mention[] {
    return (this._mentions ??= findMentions(this.text, this.packs.entities, this.language));
  }

  /** Paragraphs: runs of non-blank lines, trimmed. */
  get paragraphs(): Span[] {
    if (!this._paragraphs) {
      const out: Span[] = [];
      const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
      let start = -1;
      let end = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(this.text)) && m[0] !== '') {
        const line = m[0].replace(/[\r\n]+$/, '');
        if (line.trim() === '') {
          if (start >= 0) out.push({ start, end });
          start = -1;
        } else {
          const lead = line.length - line.trimStart().length;
          if (start < 0) start = m.index + lead;
          end = m.index + line.trimEnd().length;
        }
      }
      if (start >= 0) out.push({ start, end });
      this._paragraphs = out;
    }
    return this._paragraphs;
  }
}
