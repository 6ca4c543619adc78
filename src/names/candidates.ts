/**
 * Candidate names in running text: capitalised words and runs of them
 * (Khalifa Haftar, Muhammad al-Tahir Siala, Ursula von der Leyen), with
 * offsets, for the name-consistency rule and `translint discover`.
 *
 * A run is a sequence of capitalised words joined by one space or one hyphen,
 * with name particles inside (al-, bin, de, von: rules/names/candidates.yaml)
 * and an Arabic article in front (al-Mishri, Al Washaka). A possessive is not
 * part of the name (Haftar's), nor is an elided article (d'Haftar,
 * dell'Egitto). Titles, months and days split runs and are never name words
 * (Foreign Minister Mevlut Cavusoglu gives Mevlut Cavusoglu); function words,
 * digits, acronyms and lines in capitals never are.
 *
 * Capitalisation is the only evidence (no part-of-speech model: the rule must
 * stay cheap, and give the same answer whatever else is loaded), so the
 * document is asked: `documentCandidates` drops a word written in lower case
 * elsewhere in the document ('Militias' beside 'militias'), and a word at a
 * sentence start or in a headline-case line counts only if the document also
 * capitalises it in mid-sentence, or it is neither a common word (function
 * words, sentence starters) nor written in lower case elsewhere.
 */
import { HYPHEN_ARTICLES } from '../text/articles.js';
import { fold } from '../text/fold.js';
import { langData } from '../text/lang-data.js';
import { atSentenceStart } from '../text/sentence-start.js';
import { words as splitWords, type Word } from '../text/words.js';
import { loadNamesData } from './yaml-data.js';

export const CANDIDATES_URL = new URL('../../rules/names/candidates.yaml', import.meta.url);

/** One word of a name. */
export interface NameToken {
  start: number;
  end: number;
  /** as written */
  text: string;
  /** folded (lower case, no accents, apostrophes unified) */
  key: string;
  /** capitalised only because it opens a sentence or stands in a headline-case line, as far as this position shows */
  initial: boolean;
}

export interface NameCandidate {
  /** the name's span, a leading article included */
  start: number;
  end: number;
  /** the name's words, particles and articles left out */
  tokens: NameToken[];
  /** the first word opens a sentence or stands in a headline-case line */
  initial: boolean;
}

/** Word lists of one language (rules/names/candidates.yaml merged with rules/language/<lang>.yaml). */
export interface CandidateLists {
  /** lower-case words inside names (al, bin, de, von) */
  particles: Set<string>;
  /** particles that may open a name in lower case (al, bin, abu: every language's) */
  openers: Set<string>;
  /** never name words: titles, months, days, function words */
  never: Set<string>;
  /** common words: counted at a sentence start only with evidence */
  common: Set<string>;
  /** derivation endings (Libyan, Turkish) */
  suffixes: Set<string>;
  /** final letters that mark gender (Libia/Libio) */
  endings: Set<string>;
  /** endings of common words (Loading, Regierung): such words are no names */
  wordEndings: string[];
  /** derivation prefixes (Asynchronous) */
  prefixes: Set<string>;
  /** words before a place name (in, near, from): for guessing an entity type */
  locatives: Set<string>;
}

interface RawLists {
  particles?: string[];
  starters?: string[];
  months?: string[];
  days?: string[];
  titles?: string[];
  suffixes?: string[];
  endings?: string[];
  locatives?: string[];
  wordEndings?: string[];
  prefixes?: string[];
}

let raw: Record<string, RawLists> | undefined;
const listCache = new Map<string, CandidateLists>();

/** The word lists for `lang` (languages without an entry use the English lists). */
export function candidateLists(lang: string): CandidateLists {
  let lists = listCache.get(lang);
  if (lists) return lists;
  raw ??= loadNamesData(CANDIDATES_URL, 'names-candidates', (d) => (d ?? {}) as Record<string, RawLists>);
  const own = raw[lang] ?? raw.en ?? {};
  const common = raw.common ?? {};
  const set = (...ls: (string[] | undefined)[]) => new Set(ls.flatMap((l) => (l ?? []).map((w) => fold(String(w)))));
  const data = langData(raw[lang] ? lang : 'en');
  const never = set(own.titles, own.months, own.days, common.titles, [...data.titles], [...data.functionWords.keys()]);
  lists = {
    particles: set(own.particles, common.particles),
    openers: set(common.particles),
    never,
    common: set(own.starters, [...data.functionWords.keys()], [...data.shortReplies]),
    suffixes: set(own.suffixes),
    endings: set(own.endings),
    wordEndings: [...set(own.wordEndings)],
    prefixes: set(own.prefixes),
    locatives: set(own.locatives),
  };
  listCache.set(lang, lists);
  return lists;
}

/**
 * Is one spelling the other plus a derivation ending (Libya/Libyan,
 * Turkey/Turkish, Emirates/Emirati), or its other gender (Libia/Libio)? Both
 * folded.
 */
export function isDerivation(a: string, b: string, lists: Pick<CandidateLists, 'suffixes' | 'endings' | 'prefixes'>): boolean {
  if (a === b) return false;
  const { suffixes, endings } = lists;
  if (a.length === b.length && a.length >= 4 && a.slice(0, -1) === b.slice(0, -1) && endings.has(a.slice(-1)) && endings.has(b.slice(-1))) return true;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  if (s.length >= 5 && l.endsWith(s) && lists.prefixes.has(l.slice(0, l.length - s.length))) return true;
  const stems = [s];
  const bare = s.replace(/[aeiouy]+$/, '');
  if (bare !== s && bare.length >= 3) stems.push(bare);
  const plural = s.replace(/e?s$/, '');
  if (plural !== s && plural.length >= 3) stems.push(plural);
  for (const stem of stems) if (l.startsWith(stem) && suffixes.has(l.slice(stem.length))) return true;
  return false;
}

/** The spellings (folded) of a group that derive from another of the group (Libyan beside Libya). */
export function derivedKeys(keys: readonly string[], lists: Pick<CandidateLists, 'suffixes' | 'endings' | 'prefixes'>): Set<string> {
  const out = new Set<string>();
  for (const k of keys) {
    if (keys.some((o) => (o.length < k.length || (o.length === k.length && o < k)) && isDerivation(o, k, lists))) out.add(k);
  }
  return out;
}

/** Letter case of the character at `i`: 1 upper case, 2 lower case, 0 neither. */
function caseAt(text: string, i: number): 0 | 1 | 2 {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90 ? 1 : c >= 97 && c <= 122 ? 2 : 0;
  const ch = text[i];
  return ch !== ch.toLowerCase() ? 1 : ch !== ch.toUpperCase() ? 2 : 0;
}

/** 'Haftar', 'Al', 'McDonald', 'ʿAbd': a capital, then at least one lower-case letter, no digits. */
function capitalised(text: string, start: number, end: number): boolean {
  let i = start;
  const c0 = text.charCodeAt(i);
  if (c0 === 0x2bf || c0 === 0x2be) i++; // ʿ ʾ
  if (i >= end || caseAt(text, i) !== 1) return false;
  let lower = false;
  for (let k = i + 1; k < end; k++) {
    const code = text.charCodeAt(k);
    if (code >= 48 && code <= 57) return false;
    if (!lower && caseAt(text, k) === 2) lower = true;
  }
  return lower;
}

function lowerCaseWord(text: string, w: Word): boolean {
  return caseAt(text, w.start) === 2;
}

const HYPHENS = new Set([45, 0x2010, 0x2011]);

type LineKind = 'caps' | 'headline' | 'text';

/**
 * Line ends, with kind: 'caps' (most words in capitals), 'headline' (most
 * content words capitalised, no final stop) or 'text'. Content words are
 * counted only on lines short enough to be headlines (20 words or fewer):
 * most lines are paragraphs, and the function-word look-ups are the cost.
 */
function lineKinds(text: string, ws: readonly Word[], functionWords: ReadonlyMap<string, unknown>): { end: number; kind: LineKind }[] {
  const out: { end: number; kind: LineKind }[] = [];
  let wi = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const first = wi;
    let long = 0;
    let allCaps = 0;
    for (; wi < ws.length && ws[wi].start < end; wi++) {
      const w = ws[wi];
      if (w.end - w.start >= 2) {
        long++;
        if (caseAt(text, w.start) === 1 && caseAt(text, w.start + 1) === 1) allCaps++;
      }
    }
    const count = wi - first;
    let kind: LineKind = 'text';
    if (long >= 2 && allCaps * 5 >= long * 4) kind = 'caps';
    else if (count <= 20) {
      let content = 0;
      let caps = 0;
      for (let k = first; k < wi; k++) {
        const w = ws[k];
        if (w.end - w.start < 4 || functionWords.has(w.key)) continue;
        content++;
        if (caseAt(text, w.start) !== 2) caps++;
      }
      if (content >= 3 && caps * 4 >= content * 3 && !/[.!?:;]["”’»)]*$/.test(text.slice(start, end).trimEnd())) kind = 'headline';
    }
    out.push({ end, kind });
    if (end === text.length) break;
    start = end + 1;
  }
  return out;
}

const LINKY = /^[("'<[]*(?:https?:\/\/|www\.)|@[\p{L}\p{N}-]+\.\p{L}|\.(?:com|org|net|gov|edu|int|info|io|ly|uk|fr|de|es|it|eu|ch|be|ar)(?:$|[/:?#.,;)'"])/iu;

/**
 * Is the code unit whitespace as /\s/ reads it? (A regular expression per
 * character was the cost of urlSpans: every sentence stop starts a scan.)
 */
export function isJsSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * Spans of URLs, e-mail addresses and domain names (words in them are neither
 * names nor lower-case evidence): whitespace-delimited chunks around a '.',
 * '@' or '/' that look like one.
 */
export function urlSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let last = -1;
  // the next '.', '@' and '/' (indexOf is much faster than a test per character)
  let dot = text.indexOf('.');
  let at = text.indexOf('@');
  let slash = text.indexOf('/');
  for (;;) {
    let i = dot;
    if (at >= 0 && (i < 0 || at < i)) i = at;
    if (slash >= 0 && (i < 0 || slash < i)) i = slash;
    if (i < 0) break;
    if (i === dot) dot = text.indexOf('.', i + 1);
    else if (i === at) at = text.indexOf('@', i + 1);
    else slash = text.indexOf('/', i + 1);
    if (i < last) continue;
    let a = i;
    while (a > 0 && !isJsSpace(text.charCodeAt(a - 1))) a--;
    let b = i + 1;
    let more = false; // another '.', '@' or '/' in the chunk
    for (; b < text.length; b++) {
      const c = text.charCodeAt(b);
      if (isJsSpace(c)) break;
      if (c === 46 || c === 64 || c === 47) more = true;
    }
    last = b;
    // a word closing a sentence ('overnight.') cannot match LINKY: its only
    // mark is a final '.' (unless it is 'www.'); such chunks are most of them
    if (!more && i === b - 1 && text.charCodeAt(i) === 46 && (text.charCodeAt(i - 1) | 32) !== 119) continue;
    if (LINKY.test(text.slice(a, b))) out.push([a, b]);
  }
  return out;
}

/**
 * A quick pre-test for membership in `keys`: false means certainly not in
 * it. One bit per (length, first two letters), in a table of 4,096: it
 * spares most words a hash look-up, the cost of the per-word loops here.
 */
export function keyFilter(keys: Iterable<string>): (key: string) => boolean {
  const bits = new Uint32Array(128);
  for (const k of keys) {
    const s = filterSlot(k);
    bits[s >>> 5] |= 1 << (s & 31);
  }
  return (key) => {
    const s = filterSlot(key);
    return (bits[s >>> 5] & (1 << (s & 31))) !== 0;
  };
}

function filterSlot(k: string): number {
  return (k.length * 961 + (k.charCodeAt(0) | 0) * 31 + (k.charCodeAt(1) | 0)) & 4095;
}

/** Folded keys of the words of `ws` written in lower case, outside URLs. */
export function lowerCaseKeys(text: string, ws: readonly Word[], spans: Array<[number, number]>, only?: Set<string>): Map<string, number> {
  const out = new Map<string, number>();
  const maybe = only && keyFilter(only);
  let si = 0;
  for (const w of ws) {
    if (!lowerCaseWord(text, w) || w.end - w.start < 3 || (only && (!maybe!(w.key) || !only.has(w.key)))) continue;
    while (si < spans.length && spans[si][1] <= w.start) si++;
    if (si < spans.length && spans[si][0] <= w.start) continue;
    out.set(w.key, (out.get(w.key) ?? 0) + 1);
  }
  return out;
}

/**
 * Is the word at `offset` capitalised by position: a sentence start, or the
 * start of a table cell, a list item, a heading or a quoted line?
 */
function opensText(text: string, offset: number): boolean {
  if (atSentenceStart(text, offset)) return true;
  let i = offset - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (i < 0) return true;
  const c = text[i];
  if (c === '|' || c === '•' || c === '*' || c === '#' || c === '>' || c === '·') return true;
  if (c === '-' || c === '–' || c === '—') {
    let j = i - 1;
    while (j >= 0 && (text[j] === ' ' || text[j] === '\t')) j--;
    return j < 0 || text[j] === '\n';
  }
  return false;
}

/** Does the word end like a common word of the language (Loading, Regierung), with three letters or more before the ending? */
function commonWordShape(key: string, endings: readonly string[]): boolean {
  for (const e of endings) if (key.length - e.length >= 3 && key.endsWith(e)) return true;
  return false;
}

interface WordTests {
  lists: CandidateLists;
  functionKeys: ReadonlyMap<string, unknown>;
  /** lower-case words that may stand inside a run: particles and hyphen articles */
  runWords: Set<string>;
  /** quick pre-test for runWords (keyFilter) */
  mayRun: (key: string) => boolean;
  /** may this folded word be a name word (not a title, month, function word or common word shape)? */
  nameWord: (key: string) => boolean;
}

const testCache = new Map<string, WordTests>();

/** The per-word tests of extractCandidates for one language, built once (not per document). */
function wordTests(lang: string): WordTests {
  let t = testCache.get(lang);
  if (t) return t;
  const lists = candidateLists(lang);
  const functionKeys = langData(lang).functionWords;
  // word endings by their last letter: a word is checked against the few that may end it, not all
  const endings = new Map<number, string[]>();
  for (const e of lists.wordEndings) {
    const last = e.charCodeAt(e.length - 1);
    let l = endings.get(last);
    if (!l) endings.set(last, (l = []));
    l.push(e);
  }
  const never = lists.never;
  const mayNever = keyFilter([...never, ...functionKeys.keys()]);
  const nameWord = (key: string): boolean => {
    if (key.length < 2 || (mayNever(key) && (never.has(key) || functionKeys.has(key)))) return false;
    const l = endings.get(key.charCodeAt(key.length - 1));
    return !l || !commonWordShape(key, l);
  };
  const runWords = new Set([...lists.particles, ...HYPHEN_ARTICLES]);
  const mayRun = keyFilter(runWords);
  t = { lists, functionKeys, runWords, mayRun, nameWord };
  testCache.set(lang, t);
  return t;
}

/** Does a capitalised word follow from ws[i], after at most two more particles (von der Leyen)? */
function nameAfter(text: string, ws: readonly Word[], i: number, particles: Set<string>): boolean {
  for (let k = i; k < ws.length && k < i + 3; k++) {
    const w = ws[k];
    if (capitalised(text, w.start, w.end)) return true;
    const next = ws[k + 1];
    if (!particles.has(w.key) || !next || next.start - w.end !== 1) return false;
  }
  return false;
}

/**
 * Candidate names of `text` in document order, before the document's
 * evidence is weighed (see documentCandidates). `ws` are the text's words
 * (src/text/words.ts), when already computed.
 */
export function extractCandidates(text: string, lang: string, ws: readonly Word[] = splitWords(text), spans = urlSpans(text)): NameCandidate[] {
  const { lists, functionKeys, runWords, mayRun, nameWord } = wordTests(lang);
  const lines = lineKinds(text, ws, functionKeys);
  const out: NameCandidate[] = [];
  let li = 0;
  let si = 0;
  let run: { start: number; end: number; tokens: NameToken[]; initial: boolean; pending?: number } | undefined;
  const close = () => {
    // several capitalised words in a row are a name wherever they stand (not in a headline-case line)
    if (run && run.tokens.length > 1 && !run.tokens[1].initial) run.tokens[0].initial = false;
    if (run && run.tokens.length) out.push({ start: run.start, end: run.tokens[run.tokens.length - 1].end, tokens: run.tokens, initial: run.initial });
    run = undefined;
  };
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    while (li < lines.length - 1 && lines[li].end < w.start) li++;
    const lineKind = lines[li].kind;
    if (lineKind === 'caps') {
      close();
      continue;
    }
    // words of URLs and addresses are not names
    while (si < spans.length && spans[si][1] <= w.start) si++;
    if (si < spans.length && spans[si][0] <= w.start) {
      close();
      continue;
    }
    // the common case: a lower-case word that is no particle ends any run
    if (caseAt(text, w.start) === 2 && !(mayRun(w.key) && runWords.has(w.key)) && w.key.indexOf("'") < 0) {
      close();
      continue;
    }
    let start = w.start;
    let key = w.key;
    // an elided article (d'Haftar, l'Égypte, dell'Egitto): the name starts after it
    const apo = key.indexOf("'");
    if (apo > 0 && apo <= 5 && lowerCaseWord(text, w)) {
      start = w.start + apo + 1;
      key = key.slice(apo + 1);
    }
    const prev = ws[i - 1];
    const gap = prev ? w.start - prev.end : -1;
    const sep = prev ? text.charCodeAt(prev.end) : 0;
    const joined = run !== undefined && start === w.start && gap === 1 && (sep === 32 || HYPHENS.has(sep));
    const next = ws[i + 1];
    const nextSep = next && next.start - w.end === 1 ? text.charCodeAt(w.end) : 0;
    // articles and particles: inside a run (von der, al-), or opening one when
    // Arabic (al-Mishri, Al Washaka, Abu Qirin; never 'de Syrte')
    const article =
      key.length <= 4 &&
      ((HYPHENS.has(nextSep) && HYPHEN_ARTICLES.has(key)) ||
        ((nextSep === 32 || HYPHENS.has(nextSep)) &&
          (joined ? lists.particles.has(key) : lists.openers.has(key) || (lists.particles.has(key) && !lowerCaseWord(text, w))))) &&
      nameAfter(text, ws, i + 1, lists.particles);
    if (article) {
      if (joined) continue; // inside the run
      close();
      run = { start, end: w.end, tokens: [], initial: false };
      run.initial = opensText(text, start) || lineKind === 'headline';
      continue;
    }
    const isName =
      capitalised(text, start, w.end) &&
      caseAt(text, start + (text.charCodeAt(start) === 0x2bf || text.charCodeAt(start) === 0x2be ? 2 : 1)) !== 1 && // not IDs, GNAs: acronyms
      nameWord(key);
    if (!isName) {
      close();
      continue;
    }
    const token: NameToken = { start, end: w.end, text: text.slice(start, w.end), key, initial: lineKind === 'headline' };
    if (joined && run) {
      if (run.tokens.length >= 6) {
        close();
      } else {
        run.tokens.push(token);
        continue;
      }
    }
    close();
    run = { start, end: w.end, tokens: [token], initial: opensText(text, start) || lineKind === 'headline' };
    token.initial = run.initial;
    // a name does not run on past a possessive (Haftar's Hifter)
    const after = text.charCodeAt(w.end);
    if ((after === 39 || after === 0x2019) && (text.charCodeAt(w.end + 1) | 32) === 115) close();
  }
  close();
  return out.filter((c) => c.tokens.some((t) => t.key.length >= 3));
}

/**
 * Candidate names weighed against the document: words written in lower case
 * elsewhere are dropped, and sentence-initial common words unless the
 * document capitalises them in mid-sentence. Tokens under three letters go.
 */
export function documentCandidates(text: string, lang: string, ws: readonly Word[] = splitWords(text), spans = urlSpans(text)): NameCandidate[] {
  const lists = candidateLists(lang);
  const raw = extractCandidates(text, lang, ws, spans);
  const keys = new Set<string>();
  for (const c of raw) for (const t of c.tokens) keys.add(t.key);
  const lowerKeys = lowerCaseKeys(text, ws, spans, keys);
  const midCaps = new Set<string>();
  for (const c of raw) c.tokens.forEach((t, k) => (k > 0 ? !t.initial : !c.initial) && midCaps.add(t.key));
  const keep = (t: NameToken) => t.key.length >= 3 && !lowerKeys.has(t.key);
  const out: NameCandidate[] = [];
  for (const c of raw) {
    let tokens = c.tokens;
    let initial = c.initial;
    if (initial && tokens.length) {
      const t = tokens[0];
      if (!midCaps.has(t.key) && (lists.common.has(t.key) || lowerKeys.has(t.key))) {
        tokens = tokens.slice(1);
        initial = false;
      }
    }
    // most candidates lose nothing: keep them as they are
    if (tokens === c.tokens && tokens.every(keep)) {
      out.push(c);
      continue;
    }
    tokens = tokens.filter(keep);
    if (tokens.length) out.push({ start: tokens[0] === c.tokens[0] ? c.start : tokens[0].start, end: tokens[tokens.length - 1].end, tokens, initial });
  }
  return out;
}
