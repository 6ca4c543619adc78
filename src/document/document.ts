/**
 * What rules know of a document, computed lazily and at most once: words,
 * line index, paragraphs, entity mentions. Rules that need more (sentences,
 * part-of-speech tags) add lazy getters here, so the work is shared.
 */
import { findMentions, type Mention } from '../packs/mentions.js';
import type { PackSet } from '../packs/load-pack.js';
import { EnglishTags } from '../text/english-tags.js';
import { langData } from '../text/lang-data.js';
import { LineIndex } from '../text/lines.js';
import { splitSentences } from '../text/sentences.js';
import { words, type Word } from '../text/words.js';
import type { Span } from '../types.js';

export type { Span };

export class DocumentModel {
  private _words?: Word[];
  private _lines?: LineIndex;
  private _mentions?: Mention[];
  private _paragraphs?: Span[];
  private _sentences?: Span[];
  private _englishTags?: EnglishTags | null;
  private _memo?: Map<string, unknown>;

  constructor(
    readonly text: string,
    readonly language: string,
    readonly packs: PackSet,
    /** The words of `text`, when the caller has them already (language detection). */
    words?: Word[],
  ) {
    this._words = words;
  }

  /**
   * Sentences, trimmed, never crossing a line break: Intl.Segmenter with the
   * abbreviations of rules/language/<lang>.yaml, for every language. (English
   * sentences came from wink-nlp until the model was loaded only on demand;
   * the two agree on the bench corpus and the fixtures, and the segmenter is
   * the better of the two where they differ: docs/performance.md.)
   */
  get sentences(): Span[] {
    return (this._sentences ??= splitSentences(this.text, this.language, langData(this.language)));
  }

  /** English part-of-speech tags, computed line by line on demand (wink-nlp); undefined when not English. */
  get englishTags(): EnglishTags | undefined {
    if (this._englishTags === undefined) this._englishTags = this.language === 'en' ? new EnglishTags(this.text) : null;
    return this._englishTags ?? undefined;
  }

  /**
   * Work shared by rules on this document, done once: the first call with a
   * key runs `fn` and keeps its value for the document's lifetime; later calls
   * with the key return it. Keys are prefixed with the owning module's name
   * ('entity-forms:counts'). Use it instead of a module-level WeakMap keyed by
   * something of the document.
   */
  memo<T>(key: string, fn: () => T): T {
    const memo = (this._memo ??= new Map());
    if (memo.has(key)) return memo.get(key) as T;
    const value = fn();
    memo.set(key, value);
    return value;
  }

  get words(): Word[] {
    return (this._words ??= words(this.text));
  }

  get lines(): LineIndex {
    return (this._lines ??= new LineIndex(this.text));
  }

  /** Mentions of pack entities, resolved for the document language. */
  get mentions(): Mention[] {
    return (this._mentions ??= findMentions(this.text, this.packs.entities, this.language, this.words));
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
