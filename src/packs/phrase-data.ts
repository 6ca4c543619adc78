/**
 * The phrase sections of packs (calques, boilerplate, terms, repeats): typed
 * readers for the rules, and the load-time check that every phrase parses
 * and every regular expression is valid and safe, so a bad entry stops the
 * run with the pack file and line before any text is linted.
 *
 * A rule reads the sections of the packs whose `language` is the document
 * language, plus packs without a language.
 */
import { parsePhrase, PhraseSyntaxError } from '../match/phrase-matcher.js';
import { regexProblem } from '../match/safe-regex.js';
import type { LoadedPack } from './load-pack.js';
import type { Path, YamlSource } from '../io/yaml-source.js';

export interface CalqueItem {
  phrase?: string;
  regex?: string;
  use?: string | string[];
  hint?: string;
  note: string;
  start?: boolean;
  'match-case'?: boolean;
  /** A regular expression for the text just before the match that makes it no calque. */
  'not-after'?: string;
  /** A regular expression for the text just after the match that makes it no calque. */
  'not-before'?: string;
  /** For a regex: words one of which a line must contain for the regex to run on it. */
  words?: string[];
}

export interface BoilerplateItem {
  line?: string;
  label?: string;
  'max-words'?: number;
  breadcrumb?: string;
  'line-of'?: string[];
  min?: number;
  regex?: string;
  note?: string;
  severity?: 'error' | 'warning' | 'info';
}

export type TermMemberItem = string | { text: string; 'match-case'?: boolean; generic?: boolean; use?: string };

export interface TermGroupItem {
  id: string;
  preferred: string;
  members: TermMemberItem[];
  except?: string[];
  source?: string;
  note?: string;
}

export interface RepeatsItem {
  allow?: string[];
  connectors?: string[];
}

/** An item with the pack and the path it comes from (for messages naming the pack). */
export interface Sourced<T> {
  item: T;
  pack: LoadedPack;
  path: Path;
}

/** Packs whose phrase data applies to a document in `lang`. */
export function packsFor(packs: readonly LoadedPack[], lang: string): LoadedPack[] {
  return packs.filter((p) => p.data.language === undefined || p.data.language === lang);
}

/** The items of one array section, from the packs that apply to `lang`. */
export function sectionItems<T>(packs: readonly LoadedPack[], lang: string, section: 'calques' | 'grammar' | 'boilerplate' | 'terms'): Sourced<T>[] {
  const out: Sourced<T>[] = [];
  for (const pack of packsFor(packs, lang)) {
    const list = pack.data[section];
    if (!Array.isArray(list)) continue;
    list.forEach((item, i) => out.push({ item: item as T, pack, path: [section, i] }));
  }
  return out;
}

/** The `repeats` sections that apply to `lang`. */
export function repeatsFor(packs: readonly LoadedPack[], lang: string): Sourced<RepeatsItem>[] {
  return packsFor(packs, lang)
    .filter((p) => p.data.repeats)
    .map((pack) => ({ item: pack.data.repeats as RepeatsItem, pack, path: ['repeats'] }));
}

export function asList(use: string | string[] | undefined): string[] {
  return use === undefined ? [] : Array.isArray(use) ? use : [use];
}

/** Check the phrase sections of a schema-valid pack; throws a TranslintError at the first bad entry. */
/**
 * Check the phrase sections of a pack. `trusted` (the built-in packs, which
 * ship with the code and are tested with it) allows the full JavaScript
 * pattern language, lookarounds included; a user's pack patterns must run on
 * the linear-time engine (match/safe-regex.ts).
 */
export function checkPhraseData(source: YamlSource, trusted = false): void {
  const data = source.data as Record<string, unknown>;
  const phrase = (path: Path, text: unknown): number => {
    try {
      return parsePhrase(String(text)).slotCount;
    } catch (err) {
      if (err instanceof PhraseSyntaxError) throw source.error(path, err.message);
      throw err;
    }
  };
  const regex = (path: Path, text: unknown) => {
    const problem = regexProblem(String(text), trusted);
    if (problem) throw source.error(path, problem);
  };
  for (const section of ['calques', 'grammar'] as const) {
    ((data[section] as CalqueItem[] | undefined) ?? []).forEach((c, i) => {
      let slots = c.phrase !== undefined ? phrase([section, i, 'phrase'], c.phrase) : 0;
      if (c.regex !== undefined) {
        regex([section, i, 'regex'], c.regex);
        slots = captureGroups(c.regex);
      }
      if (c['not-after'] !== undefined) regex([section, i, 'not-after'], c['not-after']);
      if (c['not-before'] !== undefined) regex([section, i, 'not-before'], c['not-before']);
      asList(c.use).forEach((u, k) => {
        for (const m of u.matchAll(/\{(\d)\}/g)) {
          if (Number(m[1]) < 1 || Number(m[1]) > slots) {
            const path = Array.isArray(c.use) ? [section, i, 'use', k] : [section, i, 'use'];
            throw source.error(path, `'${m[0]}' in '${u}' names no slot of the phrase (it has ${slots})`);
          }
        }
      });
    });
  }
  ((data.boilerplate as BoilerplateItem[] | undefined) ?? []).forEach((b, i) => {
    for (const key of ['line', 'label', 'breadcrumb'] as const) if (b[key] !== undefined) phrase(['boilerplate', i, key], b[key]);
    (b['line-of'] ?? []).forEach((w, k) => phrase(['boilerplate', i, 'line-of', k], w));
    if (b.regex !== undefined) regex(['boilerplate', i, 'regex'], b.regex);
  });
  ((data.terms as TermGroupItem[] | undefined) ?? []).forEach((g, i) => {
    phrase(['terms', i, 'preferred'], g.preferred);
    g.members.forEach((m, k) => phrase(typeof m === 'string' ? ['terms', i, 'members', k] : ['terms', i, 'members', k, 'text'], typeof m === 'string' ? m : m.text));
    (g.except ?? []).forEach((e, k) => phrase(['terms', i, 'except', k], e));
  });
  const repeats = data.repeats as RepeatsItem | undefined;
  (repeats?.allow ?? []).forEach((a, k) => phrase(['repeats', 'allow', k], a));
  (repeats?.connectors ?? []).forEach((a, k) => phrase(['repeats', 'connectors', k], a));
}

/** How many capture groups a (valid) pattern has: the slots {1}, {2} of a regex entry. */
function captureGroups(source: string): number {
  return new RegExp(`${source}|`, 'u').exec('')!.length - 1;
}
