/**
 * odd-capitals: a function word or a common noun capitalised in the middle of
 * a sentence, a machine-translation artefact ('came In a statement',
 * 'specify A time', 'strategic city, Which the', 'the dismantling Militias').
 *
 * Clean: sentence starts (Intl.Segmenter with the language's abbreviations), the first word after a colon, a quotation mark or bracket, a
 * dash or a full stop; headline-case lines (not in German, where every noun
 * has a capital); acronyms and mixed case; hyphenated and apostrophised
 * words; 'I'; any word after a capitalised word or a number (it continues a
 * name or a title: 'Kim Jong Il', 'Enrico I', 'Lucio Dalla', 'BBC News',
 * 'Kurzgeschichte Die gelbe Tapete'), or after a noun that introduces a title
 * ('die Kampagne Für eine Zukunft'); words inside a name ('X of the Y',
 * 'Corporación Nacional de Petróleo'); pack entity mentions. Function words
 * (rules/language/<lang>.yaml, compared with their diacritics: 'Uber' is not
 * 'über') are flagged when the next word is in lower case (in German too:
 * 'Bei Benzin' after a headline that lost its full stop is the same shape
 * as 'Am Abend' in mid-sentence); articles only in
 * English, since the other languages write titles of works in sentence case
 * ('il romanzo Il nome della rosa', 'de Il potere di adesso'); in English wink must tag them as function words, and a
 * single-letter 'A' after a noun is a label ('Plan A'). Common nouns are
 * flagged only with evidence that they are not names: the text writes them
 * in lower case elsewhere ('militias'), the lower-case form is a word of the
 * language's Hunspell dictionary (not 'madrid'), the text never capitalises
 * them elsewhere mid-sentence, they are not titles or institutions ('the
 * Minister'; in French, Spanish and Italian, after an article, only a word
 * the text also writes in lower case after an article: 'des Milices' with
 * 'les milices', never 'les Grecs' beside 'l'alphabet grec'), and in English wink tags the lower-cased word as a
 * noun. German capitalises every noun, so only function words are checked
 * there.
 *
 * Severity: warning. Fix safety: lower-casing a function word is safe (its
 * capital carries no meaning); for a common noun it is a suggestion only,
 * since it may still be part of a name the text does not show.
 */
import type { DocumentModel } from '../document/document.js';
import { tagSentences } from '../text/english-tags.js';
import { requireDictionary } from '../text/dictionary.js';
import { langData, type LangData } from '../text/lang-data.js';
import type { Span } from '../text/sentences.js';
import type { Word } from '../text/words.js';
import type { RuleModule } from './rule.js';

const LANGUAGES = ['en', 'fr', 'de', 'es', 'it'];
/**
 * Characters after which a word is in mid-sentence and a capital is odd. Not
 * after a bracket: 'TRIPOLI (Reuters) The army said' is a dateline.
 */
const MID_SENTENCE_BEFORE = /[\p{L}\p{N},;%”’»]/u;
const FUNCTION_POS = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'PRON', 'PART', 'AUX', 'ADV']);
const LABEL_BEFORE_POS = new Set(['NOUN', 'PROPN', 'NUM', 'ADJ']);

export const oddCapitals: RuleModule = {
  meta: {
    id: 'odd-capitals',
    description: "A function word or common noun capitalised mid-sentence ('came In a statement', 'the dismantling Militias').",
    type: 'problem',
    defaultSeverity: 'warning',
    fixable: 'safe',
    hasSuggestions: true,
    languages: LANGUAGES,
    messages: {
      functionWord: "'{{word}}' is capitalised in mid-sentence, but it is a function word: write '{{lower}}'.",
      commonNoun:
        "'{{word}}' is capitalised in mid-sentence, but it is not a name here (the text has '{{seen}}' elsewhere): write '{{lower}}' unless it is part of a name.",
      lowerCase: "Write '{{lower}}'.",
    },
    docs: {
      fixSafety:
        'Safe for function words (determiners, prepositions, conjunctions, pronouns): the capital is noise. Common nouns get a suggestion only: the word may belong to a name.',
    },
  },
  check(context) {
    const { doc, text, language } = context;
    const data = langData(language);
    const ws = doc.words;
    if (ws.length === 0) return;
    const lowers = lowerForms(text, ws);
    const candidates = possibleCandidates(text, ws, data, language, lowers);
    // sentences (Intl.Segmenter) and the rest only for a document with a candidate
    if (candidates.length === 0) return;
    const facts = new Facts(doc, data, lowers);
    // English POS tags are asked for only after every cheap check passed: most documents never load the model
    const tags = doc.englishTags;
    const posAt = tags ? (start: number) => tags.posAt(start) : undefined;

    // Hunspell only for a word that passed the cheap checks (most documents never load it)
    let dictLoaded = false;
    let dictionary: ReturnType<typeof requireDictionary>;
    const dict = () => {
      if (!dictLoaded) {
        dictionary = requireDictionary(language);
        dictLoaded = true;
      }
      return dictionary;
    };
    for (const i of candidates) {
      const w = ws[i];
      const word = text.slice(w.start, w.end);
      if (!facts.midSentence(i) || facts.inName(i)) continue;
      const lower = word[0].toLocaleLowerCase(language) + word.slice(1);
      const prev = facts.prev(i) ?? facts.prevAcrossComma(i);
      // after a capitalised word or a number the word continues a name or a title:
      // 'Kim Jong Il', 'Enrico I', 'Lucio Dalla', 'BBC News', 'Kurzgeschichte Die gelbe Tapete'
      // (German capitalises every noun: there a capitalised word of the dictionary is no such evidence)
      if (!prev || /['’]\p{Lu}/u.test(text.slice(prev.start, prev.end))) continue;
      if (!startsLower(text, prev) && !(language === 'de' && dict()?.isWord(text.slice(prev.start, prev.end)))) continue;
      // 'die Kampagne Für eine Zukunft ohne Hunger', 'the campaign For a Better Life': a title
      if (data.titleIntroducers.has(prev.key)) continue;
      const next = facts.next(i);
      const kind = data.functionForms.has(lower.normalize('NFC').toLocaleLowerCase(language)) ? data.functionWords.get(w.key) : undefined;
      if (kind) {
        if (!next || !startsLower(text, next)) {
          // 'The Hague', 'Le Monde', 'Die Zeit': a capitalised function word opening a name
          continue;
        }
        // a capitalised article opens a title of a work in sentence case ('il romanzo Il nome
        // della rosa', 'de Il potere di adesso', 'Kurzgeschichte Die gelbe Tapete'): only English
        // writes titles in title case, so only there is 'specify A time' an error the rule can see
        if (kind === 'articles' && language !== 'en') continue;
        if (kind === 'articles' && data.functionWords.has(prev.key)) continue;
        if (posAt) {
          const pos = posAt(w.start);
          if (pos && !FUNCTION_POS.has(pos)) continue;
        }
        if (word.length === 1) {
          // 'Plan A', 'group A': a label after a noun, not an article
          if (posAt) {
            const prevPos = posAt(prev.start);
            if (!prevPos || LABEL_BEFORE_POS.has(prevPos)) continue;
          } else if (!next || !data.functionWords.has(next.key)) continue;
        }
        context.report({
          messageId: 'functionWord',
          data: { word, lower },
          range: [w.start, w.end],
          fix: { range: [w.start, w.end], text: lower, safety: 'safe' },
          actual: word,
          expected: [lower],
        });
        continue;
      }
      if (language === 'de' || word.length < 3 || data.titles.has(w.key)) continue;
      // French, Spanish and Italian capitalise peoples and the first word of an institution's
      // name after the article ('les Grecs', 'le Fonds de stratégie', 'el Gobierno')
      // unless the text also uses the lower-case word as a noun, after an article ('les milices')
      // ('le Fonds de stratégie mixte', 'la Banque de France': a name that goes on with 'de')
      if (language !== 'en' && data.functionWords.get(prev.key) === 'articles' && (!facts.lowerAfterArticle().has(stem(w.key)) || (next && data.nameConnectors.has(next.key)))) continue;
      // 'Ministry of Defence', 'Car of the Century', 'Corporación Nacional de Petróleo': inside a name
      if (nameAround(text, facts, data, i)) continue;
      if (facts.capitalisedElsewhere(w.key)) continue;
      const seen = lowers.get(stem(w.key));
      if (!seen) continue;
      // a word of the language in lower case ('madrid' is not one: Hunspell knows 'Madrid' as a name)
      const d = dict();
      if (d && !d.isWord(lower)) continue;
      if (language === 'en' && posAt && !taggedNoun(text, facts.sentenceOf(i), w)) continue;
      context.report({
        messageId: 'commonNoun',
        data: { word, lower, seen },
        range: [w.start, w.end],
        suggestions: [{ messageId: 'lowerCase', data: { lower }, fix: { range: [w.start, w.end], text: lower } }],
        actual: word,
        expected: [lower],
      });
    }
  },
};

/** A capitalised word next to word i, directly or across name connectors and articles ('of the', 'de los'). */
function nameAround(text: string, facts: Facts, data: LangData, i: number): boolean {
  const upperAt = (w: Word | undefined) => w !== undefined && /\p{Lu}/u.test(text[w.start]);
  const linking = (w: Word) => data.nameConnectors.has(w.key) || data.functionWords.get(w.key) === 'articles';
  let j = i;
  for (let hops = 0; hops < 3; hops++) {
    const n = facts.next(j);
    if (!n) break;
    if (upperAt(n)) return true;
    if (!linking(n)) break;
    j++;
  }
  j = i;
  for (let hops = 0; hops < 3; hops++) {
    const p = facts.prev(j);
    if (!p) break;
    if (upperAt(p)) return hops > 0;
    if (!linking(p)) break;
    j--;
  }
  return false;
}

/**
 * Words the rule might report, by checks that need no sentences, no names and
 * no tags: capitalised, not at the start of a line nor after sentence-ending
 * punctuation, and either a function word before a lower-case word (or, in
 * German, before a capitalised one) or a word of three letters or more that
 * the text also writes in lower case. Every word the full checks report is
 * among them (they only ever add conditions), and most documents have none,
 * so they skip sentence splitting and tagging.
 */
function possibleCandidates(text: string, ws: Word[], data: LangData, language: string, lowers: Map<string, string>): number[] {
  const out: number[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    const c0 = text.charCodeAt(w.start);
    if (c0 < 65 || (c0 > 90 && c0 < 0xc0)) continue; // ASCII lower case, digits: the common case
    const word = text.slice(w.start, w.end);
    if (!isCapitalised(word) || (language === 'en' && word === 'I')) continue;
    let p = w.start - 1;
    while (p >= 0 && (text[p] === ' ' || text[p] === '\t' || text[p] === '\u00a0' || text[p] === '\u202f')) p--;
    if (p < 0 || !MID_SENTENCE_BEFORE.test(text[p])) continue;
    if (data.functionWords.has(w.key)) {
      const next = ws[i + 1];
      if (next && /^[ \t\u00a0\u202f]+$/.test(text.slice(w.end, next.start)) && (startsLower(text, next) || language === 'de')) out.push(i);
    } else if (language !== 'de' && word.length >= 3 && !data.titles.has(w.key) && lowers.has(stem(w.key))) out.push(i);
  }
  return out;
}

/** Lower-case forms used in the text, by crude singular: the evidence that a capitalised common noun is not a name. */
function lowerForms(text: string, ws: Word[]): Map<string, string> {
  const lowers = new Map<string, string>();
  for (const w of ws) {
    if (!startsLower(text, w)) continue;
    const s = stem(w.key);
    if (!lowers.has(s)) lowers.set(s, text.slice(w.start, w.end));
  }
  return lowers;
}

/** 'In', 'Which', 'Militias', 'A': an upper-case letter, then lower case only. */
function isCapitalised(word: string): boolean {
  return /^\p{Lu}[\p{Ll}\p{M}'’]*$/u.test(word);
}

function startsLower(text: string, w: Word): boolean {
  const c = text.charCodeAt(w.start);
  if (c < 0x80) return c >= 97 && c <= 122; // ASCII without the regex: the common case
  return /\p{Ll}/u.test(text[w.start]);
}

/** Does wink tag the word as a common noun once it is written in lower case? */
function taggedNoun(text: string, sentence: Span | undefined, w: Word): boolean {
  if (!sentence) return false;
  const s = text.slice(sentence.start, w.start) + text[w.start].toLowerCase() + text.slice(w.start + 1, sentence.end);
  const at = w.start - sentence.start;
  for (const toks of tagSentences(s)) for (const t of toks) if (t.start === at) return t.pos === 'NOUN';
  return false;
}

/** What the rule knows of the document: sentence membership, lines, names, forms seen. */
class Facts {
  private readonly sentenceIdx: Int32Array;
  private readonly firstInSentence: Uint8Array;
  private readonly headline: Uint8Array;
  private readonly mention: Uint8Array;
  private midCaps?: Map<string, number>;
  private readonly text: string;
  private readonly ws: Word[];

  constructor(
    private readonly doc: DocumentModel,
    private readonly data: LangData,
    readonly lowers: Map<string, string>,
  ) {
    this.text = doc.text;
    this.ws = doc.words;
    const n = this.ws.length;
    this.sentenceIdx = new Int32Array(n).fill(-1);
    this.firstInSentence = new Uint8Array(n);
    const ss = doc.sentences;
    let k = 0;
    for (let i = 0; i < n; i++) {
      const w = this.ws[i];
      while (k < ss.length && ss[k].end <= w.start) k++;
      if (k < ss.length && ss[k].start <= w.start) {
        if (i === 0 || this.sentenceIdx[i - 1] !== k) this.firstInSentence[i] = 1;
        this.sentenceIdx[i] = k;
      }
    }
    // German headlines are in sentence case, and every German noun has a capital
    this.headline = doc.language === 'de' ? new Uint8Array(this.ws.length) : this.headlineWords();
    this.mention = new Uint8Array(n);
    let j = 0;
    for (const m of [...doc.mentions].sort((a, b) => a.start - b.start)) {
      while (j > 0 && this.ws[j - 1].end > m.start) j--;
      while (j < n && this.ws[j].end <= m.start) j++;
      for (let x = j; x < n && this.ws[x].start < m.end; x++) this.mention[x] = 1;
    }
  }

  sentenceOf(i: number): Span | undefined {
    return this.doc.sentences[this.sentenceIdx[i]];
  }

  sentenceInitial(i: number): boolean {
    return this.firstInSentence[i] === 1;
  }

  /** Not the first word of a sentence, of a line, or after a colon, quotation mark, bracket, dash or full stop. */
  midSentence(i: number): boolean {
    if (this.sentenceIdx[i] < 0 || this.firstInSentence[i] || this.headline[i]) return false;
    const w = this.ws[i];
    const t = this.text;
    const before = t[w.start - 1] ?? '';
    const after = t[w.end] ?? '';
    if (/[-‐‑'’.\/@#_&]/.test(before) || /[-‐‑_&@]/.test(after) || (after === '.' && /\p{L}/u.test(t[w.end + 1] ?? ''))) return false;
    if (/\p{N}/u.test(t.slice(w.start, w.end))) return false;
    let p = w.start - 1;
    while (p >= 0 && (t[p] === ' ' || t[p] === '\t' || t[p] === '\u00a0' || t[p] === '\u202f')) p--;
    if (p < 0 || t[p] === '\n' || t[p] === '\r') return false;
    return MID_SENTENCE_BEFORE.test(t[p]);
  }

  /** Inside a pack entity mention. */
  inName(i: number): boolean {
    return this.mention[i] === 1;
  }

  /** The previous word in the same sentence, separated by white space only. */
  prev(i: number): Word | undefined {
    if (i === 0 || this.sentenceIdx[i - 1] !== this.sentenceIdx[i]) return undefined;
    const p = this.ws[i - 1];
    return /^[\s]+$/.test(this.text.slice(p.end, this.ws[i].start)) ? p : undefined;
  }

  /** The previous word in the same sentence across a comma or semicolon ('the strategic city, Which the'). */
  prevAcrossComma(i: number): Word | undefined {
    if (i === 0 || this.sentenceIdx[i - 1] !== this.sentenceIdx[i]) return undefined;
    const p = this.ws[i - 1];
    return /^[,;]\s+$/.test(this.text.slice(p.end, this.ws[i].start)) ? p : undefined;
  }

  private afterArticle?: Set<string>;

  /** Crude singulars of the lower-case words the text writes right after an article: nouns ('les milices'), not adjectives. */
  lowerAfterArticle(): Set<string> {
    if (!this.afterArticle) {
      this.afterArticle = new Set();
      for (let i = 1; i < this.ws.length; i++) {
        const w = this.ws[i];
        const p = this.ws[i - 1];
        if (this.data.functionWords.get(p.key) !== 'articles' || !startsLower(this.text, w)) continue;
        if (/^\s+$/.test(this.text.slice(p.end, w.start))) this.afterArticle.add(stem(w.key));
      }
    }
    return this.afterArticle;
  }

  /** The next word in the same sentence, separated by spaces only. */
  next(i: number): Word | undefined {
    if (i < 0 || i + 1 >= this.ws.length || this.sentenceIdx[i + 1] !== this.sentenceIdx[i]) return undefined;
    const n = this.ws[i + 1];
    return /^[ \t\u00a0\u202f]+$/.test(this.text.slice(this.ws[i].end, n.start)) ? n : undefined;
  }

  /** Is this word capitalised in mid-sentence more than once in the text (a name)? */
  capitalisedElsewhere(key: string): boolean {
    if (!this.midCaps) {
      this.midCaps = new Map();
      for (let i = 0; i < this.ws.length; i++) {
        const w = this.ws[i];
        if (!this.firstInSentence[i] && /\p{Lu}/u.test(this.text[w.start])) this.midCaps.set(w.key, (this.midCaps.get(w.key) ?? 0) + 1);
      }
    }
    return (this.midCaps.get(key) ?? 0) > 1;
  }

  /** Words on headline-case lines (most content words capitalised). */
  private headlineWords(): Uint8Array {
    const out = new Uint8Array(this.ws.length);
    let i = 0;
    while (i < this.ws.length) {
      const lineEnd = endOfLine(this.text, this.ws[i].start);
      let j = i;
      let content = 0;
      let caps = 0;
      for (; j < this.ws.length && this.ws[j].start < lineEnd; j++) {
        const w = this.ws[j];
        if (this.data.functionWords.has(w.key)) continue;
        const c = this.text[w.start];
        const upper = c !== c.toLowerCase();
        if (!upper && c === c.toUpperCase()) continue; // a digit or an uncased letter
        content++;
        if (upper) caps++;
      }
      if (content >= 2 && caps / content >= 0.6) out.fill(1, i, j);
      i = j;
    }
    return out;
  }
}

function endOfLine(text: string, from: number): number {
  const n = text.indexOf('\n', from);
  return n < 0 ? text.length : n;
}

/** A crude singular: enough to see 'Militias' and 'militia' as one word. */
function stem(key: string): string {
  if (key.length > 4 && key.endsWith('ies')) return key.slice(0, -3) + 'y';
  if (key.length > 3 && key.endsWith('s') && !key.endsWith('ss')) return key.slice(0, -1);
  return key;
}
