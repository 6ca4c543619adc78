/**
 * Mentions of pack entities in a document: each term match resolved, for the
 * document's language, to the house form, a variant, an alias, or the house
 * form of another language.
 */
import { coreKeys, coreSlice, type Entity, type EntityIndex, type Term } from './entities.js';
import { stripDiacritics } from '../text/fold.js';
import type { MatchMemo } from '../match/term-matcher.js';
import { words as tokenize, type Word } from '../text/words.js';
import type { LooseKind } from '../match/loose-names.js';

export interface Mention {
  entity: Entity;
  term: Term;
  /** house: the house form; variant: a listed variant; foreign: another language's house form; alias. */
  kind: 'house' | 'variant' | 'foreign' | 'alias';
  /** Match start including a leading article, start of the core words, end. */
  start: number;
  coreStart: number;
  end: number;
  /** The core text as found. */
  found: string;
  /** The house form this mention stands for, in the document language (for names and variants). */
  house: string;
  /** A loose match (loose-names.ts): the words of a listed form in another order, with a word added, or cut down. */
  loose?: LooseKind;
}

/** The language whose house form applies: the document language if the entity has one, else English. */
export function houseLanguage(entity: Entity, lang: string): string {
  return entity.canonical[lang] ? lang : 'en';
}

/** The house spelling of canonical words [from, to) in `lang`. */
export function housePart(entity: Entity, part: [number, number] | undefined, lang: string): string {
  const hl = houseLanguage(entity, lang);
  const form = entity.canonical[hl];
  const n = coreKeys(entity.canonical.en).length;
  const p = part ?? [0, n];
  if (p[0] === 0 && p[1] === n) return coreSlice(form, 0, coreKeys(form).length);
  if (coreKeys(form).length === n) return coreSlice(form, p[0], p[1]);
  return coreSlice(entity.canonical.en, p[0], p[1]);
}

export function findMentions(text: string, index: EntityIndex, lang: string, ws?: readonly Word[]): Mention[] {
  const out = exactMentions(text, index, lang);
  const loose = looseMentions(text, index, lang, out, ws);
  if (loose.length === 0) return out;
  return [...out, ...loose].sort((a, b) => a.start - b.start);
}

/**
 * Organisation names found loosely, outside the exact mentions: reported as
 * aliases (calques keep their status and rewrite; other forms are garbled
 * names to write as listed).
 */
function looseMentions(text: string, index: EntityIndex, lang: string, exact: readonly Mention[], ws?: readonly Word[]): Mention[] {
  const loose = index.loose;
  if (loose.formCount === 0) return [];
  const named = new Set(exact.map((m) => m.entity.id));
  const applies = (t: Term) => (t.kind === 'alias' ? !t.langs || t.langs.includes(lang) : t.lang === houseLanguage(t.entity, lang));
  const found = loose.find(text, ws ?? tokenize(text), exact, applies, (t) => named.has(t.entity.id));
  return found.map((m) => {
    const t = m.value;
    const literal = t.kind === 'alias' && (t.status === 'calque' || t.status === 'deprecated');
    const text0 = text.slice(m.start, m.end);
    const term: Term = { ...t, kind: 'alias', text: text0, status: literal ? t.status : 'deprecated', use: literal ? (t.use ?? t.entity.canonical[houseLanguage(t.entity, lang)]) : t.text };
    return { entity: t.entity, term, kind: 'alias', start: m.start, coreStart: m.start, end: m.end, found: text0, house: '', loose: m.kind } satisfies Mention;
  });
}

function exactMentions(text: string, index: EntityIndex, lang: string): Mention[] {
  const out: Mention[] = [];
  for (const m of index.matcher.scan(text)) {
    // a name written in lower case is an ordinary word (Spanish 'damas', Italian 'misurata', English 'said'): only the
    // terms that are themselves written in lower case (aliases such as 'reconciliation government') apply to it
    const lower = !isUpperAt(text, m.coreStart);
    const r = resolve(m.values, lang, text, m.words, lower ? undefined : m.memo, lower);
    if (!r) continue;
    const found = text.slice(m.coreStart, m.end);
    let house = r.house;
    // a glued article (Aljafra): the fix writes it apart (Al-Jufra)
    const firstKey = m.words[0].key;
    const termKey = r.term.keys[0];
    if (house && firstKey !== termKey && firstKey.endsWith(termKey)) {
      const article = found.slice(0, firstKey.length - termKey.length);
      house = `${article}-${house}`;
    }
    out.push({ entity: r.term.entity, term: r.term, kind: r.kind, start: m.start, coreStart: m.coreStart, end: m.end, found, house });
  }
  return out;
}

interface Resolved {
  lang: string;
  term: Term;
  kind: Mention['kind'];
  house: string;
}

/**
 * Which of the terms a match found applies in `lang`: the house form of the
 * document language, else an alias, a variant, another language's house
 * form. Unless a term depends on case, the answer depends only on the terms
 * and the language, so it is worked out once per trie node and language and
 * kept in the node's memo (null: no term applies).
 */
function resolve(values: readonly Term[], lang: string, text: string, words: readonly Word[], node: MatchMemo | undefined, lower = false): Resolved | undefined {
  const known = node?.memo as Resolved | null | undefined;
  if (known !== undefined && (known === null || known.lang === lang)) return known ?? undefined;
  let caseText: string | undefined;
  let caseDependent = false;
  let best: Term | undefined;
  let bestRank = 0;
  for (const t of values) {
    if (lower && t.kind !== 'alias' && isCapitalised(t)) continue;
    if (t.matchCase) {
      caseDependent = true;
      caseText ??= wordsText(text, words);
      if (caseText !== termCaseText(t)) continue;
    }
    if (t.kind === 'alias' && t.langs && !t.langs.includes(lang)) continue;
    const rank = t.kind === 'name' && t.lang === houseLanguage(t.entity, lang) ? 4 : t.kind === 'alias' ? 3 : t.kind === 'variant' ? 2 : 1;
    if (rank > bestRank) {
      best = t;
      bestRank = rank;
    }
  }
  if (!best) {
    if (node && !caseDependent && values.every((t) => !t.langs)) node.memo = null;
    return undefined;
  }
  const kind = bestRank === 4 ? 'house' : bestRank === 3 ? 'alias' : bestRank === 2 ? 'variant' : 'foreign';
  const r: Resolved = { lang, term: best, kind, house: kind === 'alias' ? '' : houseOf(best, lang) };
  if (node && !caseDependent) node.memo = r;
  return r;
}

/** housePart of a term's entity and part, computed once per term and language. */
const houses = new WeakMap<Term, Map<string, string>>();
function houseOf(t: Term, lang: string): string {
  let byLang = houses.get(t);
  if (!byLang) houses.set(t, (byLang = new Map()));
  let s = byLang.get(lang);
  if (s === undefined) byLang.set(lang, (s = housePart(t.entity, t.part, lang)));
  return s;
}

const caseTexts = new WeakMap<Term, string>();
function termCaseText(t: Term): string {
  let s = caseTexts.get(t);
  if (s === undefined) {
    s = stripDiacritics(t.text).replace(/[\s\u00a0\u2010\u2011-]+/g, ' ').replace(/^(?:al|el|Al|El)[ -]/, '');
    caseTexts.set(t, s);
  }
  return s;
}

function wordsText(text: string, ws: readonly Word[]): string {
  return stripDiacritics(text.slice(ws[0].start, ws[ws.length - 1].end)).replace(/[\s\u00a0\u2010\u2011-]+/g, ' ');
}

/** Whether the character at `i` is an upper-case letter. */
function isUpperAt(text: string, i: number): boolean {
  const c = text.charAt(i);
  return c !== c.toLowerCase();
}

/** Whether a name or variant is written with a capital (its first core word): most are; 'groupe État islamique' is not. */
const capitalised = new WeakMap<Term, boolean>();
function isCapitalised(t: Term): boolean {
  let v = capitalised.get(t);
  if (v === undefined) {
    const core = coreSlice(t.text, 0, 1);
    capitalised.set(t, (v = isUpperAt(core, 0)));
  }
  return v;
}
