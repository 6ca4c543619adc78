/**
 * near-repetition: repetition that is not word-for-word back to back (that
 * is repeated-words'), but that machine translation and scraping leave too:
 * - a near-duplicate line: a short line (a headline, a caption) repeated a
 *   few lines further on, or with a small change (a full stop, a word);
 * - a synonym doublet of one word: "the remnants and remnants", "X et X";
 * - an echo inside one sentence: by default a noun and a participle of its
 *   stem side by side ("una publicación publicada"); the option `echoWindow`
 *   (words) widens it to the same word a few words apart ("emphasized that
 *   LNA has always emphasized"), which professional prose does on purpose
 *   too often (measured: about 14 findings per 10,000 words) to be on;
 *   in English a past-tense verb said twice within six words is reported
 *   by default ("emphasized that LNA has always emphasized");
 * - a false start: a preposition and article said twice ("in den in dem");
 * - one direction said twice ("the eastern city of X in the east of the
 *   country"), info;
 * - words glued at a lower-to-upper case join ("theParliament", and
 *   navigation words run together, "NewsPolitics"), when both halves are
 *   words of the language (the spelling dictionaries, loaded only when a
 *   document has such a token) and the whole is not ("iPhone", "McDonald",
 *   "YouTube" and other camel-case names stay clean: a lower-case start needs
 *   a dictionary word before the join, a capital start needs both halves to
 *   be section or interface words).
 *
 * Clean: idioms that double a word on purpose ("again and again", "more and
 * more", "step by step", "day after day"), comparatives ("bigger and
 * bigger"), names and numbers (capitalised words and digits never count as
 * an echo), repeated function words.
 *
 * Severity: warning for duplicated lines, doublets and glued words; the
 * echoes are info (a fluent writer sometimes repeats a word on purpose).
 * Fixes: suggestions only (delete the repeated line or word; split the glued
 * words, which is an unsafe fix since a name may be written that way).
 */
import { dictionariesLoaded, dictionaryFor } from '../text/dictionary.js';
import { fold } from '../text/fold.js';
import { furnitureData } from '../text/furniture-data.js';
import { langData, type LangData } from '../text/lang-data.js';
import { DetectorNotLoaded } from '../text/language.js';
import type { Word } from '../text/words.js';
import type { RuleContext, RuleModule } from './rule.js';

/** Conjunctions that join the two halves of a doublet. */
const AND = new Set(['and', 'or', 'et', 'ou', 'und', 'oder', 'y', 'o', 'e', 'ed', 'i']);
/** Words doubled on purpose around a conjunction or a preposition. */
const IDIOMS = new Set(['more', 'again', 'over', 'on', 'round', 'through', 'by', 'less', 'far', 'back', 'forth', 'up', 'down', 'plus', 'encore', 'moins', 'mehr', 'immer', 'wieder', 'mas', 'menos', 'poco', 'piu', 'meno', 'sempre', 'ancora', 'mano', 'muy', 'tres', 'very', 'many', 'much', 'so', 'such', 'other', 'autre', 'otro', 'altro', 'andere',
  // units of time and distance doubled for emphasis ("hours and hours")
  'hours', 'days', 'weeks', 'months', 'years', 'miles', 'heures', 'jours', 'semaines', 'mois', 'annees', 'ans', 'stunden', 'tage', 'wochen', 'monate', 'jahre', 'horas', 'dias', 'semanas', 'meses', 'anos', 'ore', 'giorni', 'settimane', 'mesi', 'anni', 'chilometri', 'kilometres', 'kilometers', 'kilometros', 'kilometer']);
/** Prepositions of fixed doublings ("step by step", "day after day", "face to face", "word for word"). */
const LINKS = new Set(['by', 'after', 'to', 'for', 'upon', 'on', 'in', 'against', 'par', 'apres', 'a', 'pour', 'contre', 'fur', 'um', 'an', 'zu', 'nach', 'gegen', 'por', 'tras', 'contra', 'per', 'dopo', 'su', 'da']);
/** How far apart (in words) two forms of one stem count as an echo; option `echoWindow`. Adjacent forms by default: wider windows flag the deliberate repetitions of professional prose too. */
const ECHO_WINDOW = 1;
const MIN_ECHO_LETTERS = 5;
const LINE_WINDOW = 4;
const GLUED = /\p{Ll}\p{Lu}/u;
const GLUED_ANYWHERE = /\p{Ll}{2}\p{Lu}\p{Ll}{2}/u;
const LIST_ITEM = /^(?:[-*•–—]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s/u;
const SENTENCE_END = /[.!?…]["'”’»)]*$/u;

interface Line {
  start: number;
  end: number;
  tokens: string[];
  /** Index in the list of non-blank lines. */
  i: number;
  /** The previous non-blank line is the line just before it or one blank line away (a paragraph in a row). */
  key: string;
}

export const nearRepetition: RuleModule = {
  meta: {
    id: 'near-repetition',
    description: "Repetition that is not back to back: a line repeated with a small change, 'X and X' doublets, false starts ('in den in dem'), a direction said twice, words glued at a case change ('theParliament').",
    type: 'problem',
    defaultSeverity: 'warning',
    hasSuggestions: true,
    languages: ['en', 'fr', 'de', 'es', 'it'],
    messages: {
      line: "This line repeats line {{line}} ('{{preview}}'){{how}}: a duplicated headline or caption? Delete one of them.",
      doublet: "'{{found}}' says the same word twice: a doubled translation of one source word? Keep one ('{{word}}').",
      falseStart: "'{{found}}' starts the same phrase twice: keep one ('{{keep}}').",
      direction: "'{{found}}' says the direction twice ('{{adjective}}' ... '{{noun}}'): a literal rendering of the source? Keep one.",
      echo: "'{{first}}' and '{{second}}' repeat one word a few words apart in this sentence: an echo of the source? Rephrase or drop one.",
      glued: "'{{found}}' looks like two words glued together ('{{left}} {{right}}'): add the space.",
      deleteLine: 'Delete the repeated line',
      keepOne: "Write '{{word}}'",
      split: "Write '{{left}} {{right}}'",
    },
    docs: { fixSafety: 'Suggestions only: delete the repeated line or word, or split the glued words (a name may be written that way).' },
    schema: { type: 'object', properties: { echoWindow: { type: 'integer', minimum: 0, description: 'Report the same content word repeated within this many words of one sentence (default off).' } }, additionalProperties: false },
  },
  check(context) {
    const data = langData(context.language);
    nearDuplicateLines(context);
    const window = typeof context.options.echoWindow === 'number' ? Math.max(0, Math.floor(context.options.echoWindow)) : ECHO_WINDOW;
    perSentence(context, data, window);
    gluedWords(context, data);
  },
};

function lineTokens(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

function nearDuplicateLines(context: RuleContext): void {
  const { text } = context;
  const lines: Line[] = [];
  for (const m of text.matchAll(/[^\r\n]+/g)) {
    const raw = m[0];
    const start = m.index + (raw.length - raw.trimStart().length);
    const end = m.index + raw.trimEnd().length;
    if (start >= end) continue;
    const body = text.slice(start, end);
    // a line of more than 30 words is never compared: not worth folding
    const long = end - start > 400;
    lines.push({ start, end, tokens: long ? [] : lineTokens(body), i: lines.length, key: long ? '' : body.replace(/\s+/gu, ' ').toLowerCase() });
  }
  const reported = new Set<number>();
  for (const cur of lines) {
    const n = cur.tokens.length;
    if (n < 2 || n > 30 || !cur.tokens.some((t) => t.length >= 4 && !/^\d+$/u.test(t)) || LIST_ITEM.test(text.slice(cur.start, cur.end))) continue;
    for (let j = Math.max(0, cur.i - LINE_WINDOW); j < cur.i; j++) {
      const prev = lines[j];
      if (reported.has(prev.i)) continue;
      const exact = sameTokens(prev.tokens, cur.tokens);
      // a line repeated word for word right after itself: repeated-words reports it
      if (j === cur.i - 1 && prev.key === cur.key && n >= 3) continue;
      const near = !exact && n >= 4 && Math.abs(prev.tokens.length - n) <= 2 && tokenDistance(prev.tokens, cur.tokens) <= Math.max(1, Math.floor(n / 5));
      if (!exact && !near) continue;
      // a sentence said twice on purpose (a refrain, a quotation) ends like one both times; a headline or caption does not
      if (SENTENCE_END.test(text.slice(prev.start, prev.end)) && SENTENCE_END.test(text.slice(cur.start, cur.end))) continue;
      const body = text.slice(prev.start, prev.end);
      const preview = body.length > 50 ? `${body.slice(0, 47)}...` : body;
      const line = context.doc.lines.position(prev.start).line;
      let delStart = cur.start;
      while (delStart > 0 && text[delStart - 1] !== '\n' && text[delStart - 1] !== '\r') delStart--;
      let delEnd = cur.end;
      while (delEnd < text.length && (text[delEnd] === '\r' || text[delEnd] === '\n')) delEnd++;
      context.report({
        messageId: 'line',
        data: { line, preview, how: exact ? (prev.key === cur.key ? '' : ' apart from punctuation or case') : ' with a small change' },
        range: [cur.start, cur.end],
        suggestions: [{ messageId: 'deleteLine', fix: { range: [delStart, delEnd], text: '' } }],
        actual: text.slice(cur.start, cur.end),
      });
      reported.add(cur.i);
      break;
    }
  }
}

function sameTokens(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((t, k) => t === b[k]);
}

/** Word-level edit distance. */
function tokenDistance(a: string[], b: string[]): number {
  let prev = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/**
 * The checks inside sentences, run over the words of each line (sentences
 * never cross lines): each check stops at sentence punctuation itself, so the
 * document need not be split into sentences (Intl.Segmenter is the costly
 * part of that).
 */
function perSentence(context: RuleContext, data: LangData, window: number): void {
  const { text } = context;
  const ws = context.doc.words;
  let first = 0;
  for (let k = 1; k <= ws.length; k++) {
    if (k < ws.length && !lineBreakBetween(text, ws[k - 1].end, ws[k].start)) continue;
    const sw = ws.slice(first, k);
    first = k;
    if (sw.length < 2) continue;
    doublets(context, sw, data);
    falseStarts(context, sw, data);
    directionPleonasms(context, sw);
    if (window > 0) echoes(context, sw, data, text, window);
    if (window <= VERB_ECHO_WINDOW && context.language === 'en') verbEchoes(context, sw, data, text);
  }
}

/** Whether text[from, to) holds a line break (no slice made: this runs between every two words). */
export function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

function isLower(text: string, word: Word): boolean {
  return /^\p{Ll}/u.test(text[word.start]);
}

function doublets(context: RuleContext, sw: Word[], data: LangData): void {
  const { text } = context;
  for (let i = 0; i + 2 < sw.length; i++) {
    const [a, c, b] = [sw[i], sw[i + 1], sw[i + 2]];
    if (a.key !== b.key || !AND.has(c.key) || a.key.length < 3 || /\d/u.test(a.key)) continue;
    // German capitalises every noun: there a capital is no sign of a name
    if (IDIOMS.has(a.key) || data.functionWords.has(a.key) || /er$/u.test(a.key) || (!isLower(text, a) && context.language !== 'de')) continue;
    if (!/^\s+$/u.test(text.slice(a.end, c.start)) || !/^\s+$/u.test(text.slice(c.end, b.start))) continue;
    const word = text.slice(a.start, a.end);
    context.report({
      messageId: 'doublet',
      data: { found: text.slice(a.start, b.end), word },
      range: [a.start, b.end],
      suggestions: [{ messageId: 'keepOne', data: { word }, fix: { range: [a.start, b.end], text: word } }],
      actual: text.slice(a.start, b.end),
    });
    i += 2;
  }
}

/**
 * A preposition and an article said twice with another article ("in den in
 * dem Zeitraum", "in the in a"): a false start. Not after a comma (German
 * "..., in dem in der Nacht" is a relative clause).
 */
function falseStarts(context: RuleContext, sw: Word[], data: LangData): void {
  const { text } = context;
  for (let i = 0; i + 3 < sw.length; i++) {
    const [p1, a1, p2, a2] = [sw[i], sw[i + 1], sw[i + 2], sw[i + 3]];
    if (p1.key !== p2.key || a1.key === a2.key) continue;
    if (data.functionWords.get(p1.key) !== 'prepositions' || data.functionWords.get(a1.key) !== 'articles' || data.functionWords.get(a2.key) !== 'articles') continue;
    if (!/^\s+$/u.test(text.slice(p1.end, a1.start)) || !/^\s+$/u.test(text.slice(a1.end, p2.start)) || !/^\s+$/u.test(text.slice(p2.end, a2.start))) continue;
    if (/,\s*$/u.test(text.slice(Math.max(0, p1.start - 3), p1.start))) continue;
    const found = text.slice(p1.start, a2.end);
    const keep = text.slice(p2.start, a2.end);
    context.report({
      messageId: 'falseStart',
      data: { found, keep },
      range: [p1.start, a2.end],
      suggestions: [{ messageId: 'keepOne', data: { word: keep }, fix: { range: [p1.start, p2.start], text: '' } }],
      actual: found,
    });
    i += 3;
  }
}

/** Direction adjectives and the phrases that say the same direction again, per language (east, west, north, south). */
const DIRECTIONS: Record<string, { any: RegExp; adjective: RegExp[]; noun: RegExp[] }> = {
  en: {
    any: /\b(?:eastern|western|northern|southern)\b/iu,
    adjective: [/^eastern$/u, /^western$/u, /^northern$/u, /^southern$/u],
    noun: [/\b(?:in|to) the east\b/iu, /\b(?:in|to) the west\b/iu, /\b(?:in|to) the north\b/iu, /\b(?:in|to) the south\b/iu],
  },
  de: {
    any: /(?:östlich|westlich|nördlich|südlich)/iu,
    adjective: [/^ostlich/u, /^westlich/u, /^nordlich/u, /^sudlich/u],
    noun: [/\b(?:im|in den|nach) Osten\b/u, /\b(?:im|in den|nach) Westen\b/u, /\b(?:im|in den|nach) Norden\b/u, /\b(?:im|in den|nach) Süden\b/u],
  },
  fr: {
    any: /(?:oriental|occidental|septentrional|méridional)/iu,
    adjective: [/^oriental/u, /^occidental/u, /^septentrional/u, /^meridional/u],
    noun: [/\b(?:dans l'|à l'|dans l’|à l’)est\b/iu, /\b(?:dans l'|à l'|dans l’|à l’)ouest\b/iu, /\b(?:dans le|au) nord\b/iu, /\b(?:dans le|au) sud\b/iu],
  },
  es: {
    any: /(?:oriental|occidental|septentrional|meridional)/iu,
    adjective: [/^oriental/u, /^occidental/u, /^septentrional/u, /^meridional/u],
    noun: [/\b(?:en el|al) este\b/iu, /\b(?:en el|al) oeste\b/iu, /\b(?:en el|al) norte\b/iu, /\b(?:en el|al) sur\b/iu],
  },
  it: {
    any: /(?:oriental|occidental|settentrional|meridional)/iu,
    adjective: [/^orientale$|^orientali$/u, /^occidentale$|^occidentali$/u, /^settentrional/u, /^meridional/u],
    noun: [/\b(?:nell'|nell’|a )est\b/iu, /\b(?:nell'|nell’|a )ovest\b/iu, /\b(?:nel|a) nord\b/iu, /\b(?:nel|a) sud\b/iu],
  },
};
const DIRECTION_WINDOW = 10;

/** "the eastern city of Tobruk in the east of the country": one direction said twice in a few words. */
function directionPleonasms(context: RuleContext, sw: Word[]): void {
  const table = DIRECTIONS[context.language];
  if (!table) return;
  const { text } = context;
  const line = text.slice(sw[0].start, sw[sw.length - 1].end);
  if (!table.any.test(line) || !table.noun.some((re) => re.test(line))) return;
  for (let i = 0; i < sw.length; i++) {
    const d = table.adjective.findIndex((re) => re.test(sw[i].key));
    if (d < 0) continue;
    const last = sw[Math.min(sw.length - 1, i + DIRECTION_WINDOW)];
    // within the sentence: up to the next full stop
    const span = text.slice(sw[i].end, last.end).split(/[.!?](?=\s)/u)[0];
    const m = table.noun[d].exec(span);
    if (!m) continue;
    const end = sw[i].end + m.index + m[0].length;
    context.report({
      messageId: 'direction',
      data: { found: text.slice(sw[i].start, end), adjective: text.slice(sw[i].start, sw[i].end), noun: m[0] },
      range: [sw[i].start, end],
      severity: 'info',
      actual: text.slice(sw[i].start, end),
    });
    return;
  }
}

/** The shared stem of two words: the same word, or a common start of at least 6 letters and most of the shorter word. */
function sameStem(a: string, b: string, min = 6): boolean {
  if (a === b) return true;
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k >= min && k >= 0.7 * Math.min(a.length, b.length);
}

function echoes(context: RuleContext, sw: Word[], data: LangData, text: string, window: number): void {
  const used = new Set<number>();
  for (let i = 0; i < sw.length; i++) {
    const a = sw[i];
    if (used.has(i) || !isContent(a, data, text)) continue;
    for (let j = i + 1; j < sw.length && j <= i + window; j++) {
      const b = sw[j];
      // the same word twice in a row is repeated-words'; two forms side by side count only with a participle ("una publicación publicada")
      if (!isContent(b, data, text) || (j === i + 1 && a.key === b.key)) continue;
      const participle = j === i + 1 && (isParticiple(text.slice(a.start, a.end), context.language) || isParticiple(text.slice(b.start, b.end), context.language));
      if (!sameStem(a.key, b.key, participle ? 5 : 6) || (j === i + 1 && window === ECHO_WINDOW && !participle)) continue;
      // fixed doublings: "step by step", "X and X" (doublets), lists "X, Y and X"
      if (j === i + 2 && (LINKS.has(sw[i + 1].key) || AND.has(sw[i + 1].key))) break;
      if (/[,;:()"“”«».!?]/u.test(text.slice(a.end, b.start))) break;
      context.report({
        messageId: 'echo',
        data: { first: text.slice(a.start, a.end), second: text.slice(b.start, b.end) },
        range: [a.start, b.end],
        severity: 'info',
        actual: text.slice(a.start, b.end),
      });
      used.add(j);
      break;
    }
  }
}

const PARTICIPLE: Record<string, RegExp> = {
  en: /ed$/u,
  fr: /(?:é|ée|és|ées)$/u,
  de: /^ge\p{L}+(?:t|te|ten|tes|en|ene|enen)$/u,
  es: /(?:ado|ada|ados|adas|ido|ida|idos|idas)$/u,
  it: /(?:ato|ata|ati|ate|ito|ita|iti|ite|uto|uta|uti|ute)$/u,
};

/** A past participle by its ending; the pair it forms with a noun of its stem is a doublet. */
function isParticiple(word: string, language: string): boolean {
  return PARTICIPLE[language]?.test(word.toLowerCase()) ?? false;
}

const VERB_ECHO_WINDOW = 6;

/**
 * English: one past-tense reporting verb said twice a few words apart in one
 * sentence ("emphasized that the army has always emphasized"), the echo of an
 * Arabic source that repeats its verb; other words repeated so are left to
 * the `echoWindow` option (professional prose repeats nouns and adjectives).
 */
function verbEchoes(context: RuleContext, sw: Word[], data: LangData, text: string): void {
  for (let i = 0; i < sw.length; i++) {
    const a = sw[i];
    if (a.key.length < 7 || !/ed$/u.test(a.key) || !isContent(a, data, text)) continue;
    for (let j = i + 2; j < sw.length && j <= i + VERB_ECHO_WINDOW; j++) {
      if (sw[j].key !== a.key) continue;
      if (/[,;:()"“”«».!?]/u.test(text.slice(a.end, sw[j].start))) break;
      context.report({
        messageId: 'echo',
        data: { first: text.slice(a.start, a.end), second: text.slice(sw[j].start, sw[j].end) },
        range: [a.start, sw[j].end],
        severity: 'info',
        actual: text.slice(a.start, sw[j].end),
      });
      return;
    }
  }
}

function isContent(w: Word, data: LangData, text: string): boolean {
  return w.key.length >= MIN_ECHO_LETTERS && !/\d/u.test(w.key) && isLower(text, w) && !data.functionWords.has(w.key);
}

function gluedWords(context: RuleContext, data: LangData): void {
  const { text, language } = context;
  const candidates: Array<{ w: Word; at: number }> = [];
  if (!GLUED_ANYWHERE.test(text)) return;
  for (const w of context.doc.words) {
    if (w.end - w.start < 6) continue;
    const m = /(?<=\p{Ll}{2})\p{Lu}(?=\p{Ll}{2})/u.exec(text.slice(w.start, w.end));
    if (m && !/\p{Lu}.*\p{Lu}.*\p{Lu}/u.test(text.slice(w.start + m.index + 1, w.end))) candidates.push({ w, at: w.start + m.index });
  }
  if (candidates.length === 0) return;
  if (!dictionariesLoaded()) throw new DetectorNotLoaded('dictionary');
  const dict = dictionaryFor(language);
  if (!dict) return;
  const nav = furnitureData();
  for (const { w, at } of candidates) {
    const whole = text.slice(w.start, w.end);
    const left = text.slice(w.start, at);
    const right = text.slice(at, w.end);
    if (GLUED.test(right) || dict.isWord(whole)) continue;
    const lower = /^\p{Ll}/u.test(left);
    let ok: boolean;
    if (lower) ok = (data.functionWords.has(fold(left)) || (left.length >= 3 && dict.isWord(left))) && right.length >= 3 && dict.isWord(right);
    else ok = isNav(left, nav) && isNav(right, nav);
    if (!ok) continue;
    context.report({
      messageId: 'glued',
      data: { found: whole, left, right },
      range: [w.start, w.end],
      suggestions: [{ messageId: 'split', data: { left, right }, fix: { range: [at, at], text: ' ' } }],
      actual: whole,
    });
  }
}

function isNav(word: string, nav: ReturnType<typeof furnitureData>): boolean {
  const k = fold(word);
  return nav.ui.has(k) || nav.sections.has(k) || nav.siteWords.has(k);
}
