/**
 * Per-language word lists for the text artefact rules (odd-capitals,
 * orphan-fragment, punctuation-spacing, sentence splitting): function words,
 * title nouns, abbreviations, speech verbs, quotation-mark pairs. The data is
 * YAML in rules/language/<lang>.yaml (not a pack: packs are rules/entities/*.yaml and rules/phrases/*.yaml at the
 * top level), read lazily, once per language and process.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadCheckedYaml } from '../io/pack-cache.js';
import type { YamlSource } from '../io/yaml-source.js';
import { fold } from './fold.js';

export type FunctionWordKind = 'articles' | 'prepositions' | 'conjunctions' | 'pronouns';
const KINDS: FunctionWordKind[] = ['articles', 'prepositions', 'conjunctions', 'pronouns'];

export interface LangData {
  language: string;
  /** Folded function word -> its kind. */
  functionWords: Map<string, FunctionWordKind>;
  /** Function words as written (lower case, with their diacritics): 'über' is one, 'uber' is not. */
  functionForms: Set<string>;
  nameConnectors: Set<string>;
  titles: Set<string>;
  abbreviations: Set<string>;
  speechVerbs: Set<string>;
  shortReplies: Set<string>;
  /** Nouns that introduce a title of a work ('the campaign', 'die Kampagne', 'il romanzo'): a capital after them opens the title. */
  titleIntroducers: Set<string>;
  /** Quotation-mark pairs [open, close]; straight quotes are handled apart. */
  quotes: Array<[string, string]>;
}

const DIR = new URL('../../rules/language/', import.meta.url);
const cache = new Map<string, LangData>();

/** Data for `lang`; a language without a file gets empty lists (and English-style quotes). */
export function langData(lang: string): LangData {
  let data = cache.get(lang);
  if (!data) {
    const file = fileURLToPath(new URL(`${lang}.yaml`, DIR));
    // the YAML data comes from the cache when the file is unchanged; parse() checks it either way
    data = existsSync(file) ? parse(loadCheckedYaml(file, 'lang-data', () => {})) : empty(lang);
    cache.set(lang, data);
  }
  return data;
}

const present = new Map<string, boolean>();

/** Languages that have a data file (asked per document: the answer is kept). */
export function hasLangData(lang: string): boolean {
  let has = present.get(lang);
  if (has === undefined) {
    has = /^[a-z]{2,3}$/.test(lang) && existsSync(fileURLToPath(new URL(`${lang}.yaml`, DIR)));
    present.set(lang, has);
  }
  return has;
}

function empty(lang: string): LangData {
  return {
    language: lang,
    functionWords: new Map(),
    functionForms: new Set(),
    nameConnectors: new Set(),
    titles: new Set(),
    abbreviations: new Set(),
    speechVerbs: new Set(),
    shortReplies: new Set(),
    titleIntroducers: new Set(),
    quotes: [['“', '”'], ['«', '»']],
  };
}

function parse(src: YamlSource): LangData {
  const d = src.data as Record<string, unknown>;
  if (!d || typeof d !== 'object' || Array.isArray(d)) throw src.error([], 'language data must be a YAML mapping');
  const list = (key: string, path: Array<string | number> = [key]): string[] => {
    let v: unknown = d;
    for (const p of path) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[p] : undefined;
    if (v === undefined) return [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw src.error(path, `'${path.join('.')}' must be a list of strings`);
    return v as string[];
  };
  const data = empty(String(d.language ?? ''));
  for (const kind of KINDS) for (const w of list(kind, ['functionWords', kind])) {
    data.functionWords.set(fold(w), kind);
    data.functionForms.add(w.normalize('NFC').toLowerCase());
  }
  const sets: Array<[keyof LangData, string]> = [
    ['nameConnectors', 'nameConnectors'],
    ['titles', 'titles'],
    ['abbreviations', 'abbreviations'],
    ['speechVerbs', 'speechVerbs'],
    ['shortReplies', 'shortReplies'],
    ['titleIntroducers', 'titleIntroducers'],
  ];
  for (const [field, key] of sets) for (const w of list(key)) (data[field] as Set<string>).add(fold(w));
  if (d.quotes !== undefined) {
    const q = d.quotes;
    if (!Array.isArray(q) || q.some((p) => !Array.isArray(p) || p.length !== 2 || p.some((c) => typeof c !== 'string' || [...c].length !== 1))) {
      throw src.error(['quotes'], "'quotes' must be a list of [open, close] pairs of single characters");
    }
    data.quotes = q as Array<[string, string]>;
  }
  return data;
}
