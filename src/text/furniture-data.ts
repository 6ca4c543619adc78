/**
 * The general vocabulary of web-page furniture (rules/language/furniture.yaml):
 * interface words, calls to action, site words, date words, copyright and
 * source labels, in en, fr, de, es and it. Read lazily, once per process.
 */
import { fileURLToPath } from 'node:url';
import { loadCheckedYaml } from '../io/pack-cache.js';
import type { YamlSource } from '../io/yaml-source.js';
import { fold } from './fold.js';

export interface FurnitureData {
  /** Folded interface words of every language. */
  ui: Set<string>;
  languageNames: Set<string>;
  ctaVerbs: Set<string>;
  ctaObjects: Set<string>;
  siteWords: Set<string>;
  /** Folded phrases (whole words) of copyright notices. */
  copyright: string[];
  stampLabels: Set<string>;
  sourceLabels: Set<string>;
  endMarkers: Set<string>;
  dateWords: Set<string>;
  /** Folded word sequences that start a link to more articles ("more from"). */
  moreLinks: string[][];
  /** Folded names of a news site's sections (navigation words). */
  sections: Set<string>;
}

const FILE = new URL('../../rules/language/furniture.yaml', import.meta.url);
let data: FurnitureData | undefined;

export function furnitureData(): FurnitureData {
  return (data ??= parse(loadCheckedYaml(fileURLToPath(FILE), 'furniture-data', check)));
}

/** The words of every language of a `{lang: [words]}` mapping, or of a plain list. */
function words(src: YamlSource, key: string): string[] {
  const v = (src.data as Record<string, unknown>)[key];
  if (Array.isArray(v)) return v.map(String);
  if (v && typeof v === 'object') return Object.values(v as Record<string, unknown>).flatMap((x) => (Array.isArray(x) ? x.map(String) : []));
  return [];
}

const KEYS = ['ui', 'languageNames', 'ctaVerbs', 'ctaObjects', 'siteWords', 'copyright', 'stampLabels', 'sourceLabels', 'endMarkers', 'dateWords', 'moreLinks', 'sections'] as const;

function check(src: YamlSource): void {
  const d = src.data;
  if (!d || typeof d !== 'object' || Array.isArray(d)) throw src.error([], 'furniture data must be a YAML mapping');
  for (const key of KEYS) {
    const v = (d as Record<string, unknown>)[key];
    const lists = Array.isArray(v) ? [v] : v && typeof v === 'object' ? Object.values(v as Record<string, unknown>) : null;
    if (!lists || lists.some((l) => !Array.isArray(l) || l.some((x) => typeof x !== 'string'))) {
      throw src.error([key], `'${key}' must be a list of strings, or a mapping of languages to lists of strings`);
    }
  }
}

function parse(src: YamlSource): FurnitureData {
  const set = (key: (typeof KEYS)[number]) => new Set(words(src, key).map(fold));
  return {
    ui: set('ui'),
    languageNames: set('languageNames'),
    ctaVerbs: set('ctaVerbs'),
    ctaObjects: set('ctaObjects'),
    siteWords: set('siteWords'),
    copyright: words(src, 'copyright').map(fold),
    stampLabels: set('stampLabels'),
    sourceLabels: set('sourceLabels'),
    endMarkers: set('endMarkers'),
    dateWords: set('dateWords'),
    sections: set('sections'),
    moreLinks: words(src, 'moreLinks').map((p) => fold(p).split(/\s+/u).filter(Boolean)),
  };
}
