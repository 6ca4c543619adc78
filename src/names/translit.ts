/**
 * Loading of the per-language transliteration data (rules/names/translit.yaml).
 *
 * The data is read once, lazily, from a path resolved relative to this module,
 * so it works from src/names (tests) and dist/names (built package) alike.
 */
import { loadNamesData, parseYamlText } from './yaml-data.js';

export interface TranslitRule {
  re: RegExp;
  to: string;
}

export interface LangRules {
  /** single characters mapped before folding */
  chars: Map<string, string>;
  rules: TranslitRule[];
}

export interface TranslitData {
  base: LangRules;
  langs: Map<string, LangRules>;
  articles: {
    hyphenated: Set<string>;
    standalone: Set<string>;
    glued: RegExp[];
    gluedAlternative: RegExp[];
    gluedPenalty: number;
    elided: RegExp[];
    possessive: RegExp[];
  };
  /** compound prefixes (longest first) and the unit they are rewritten to */
  compounds: { prefix: string; unit: string }[];
}

export const TRANSLIT_URL = new URL('../../rules/names/translit.yaml', import.meta.url);

let cached: TranslitData | undefined;

interface RawLang {
  chars?: Record<string, string>;
  rules?: [string, string][];
}

interface RawData {
  base?: RawLang;
  languages?: Record<string, RawLang>;
  articles?: {
    hyphenated?: string[];
    standalone?: string[];
    glued?: string[];
    gluedAlternative?: string[];
    gluedPenalty?: number;
    elided?: string[];
    possessive?: string[];
  };
  compounds?: Record<string, string[]>;
}

function compileLang(raw: RawLang | undefined, where: string): LangRules {
  const chars = new Map<string, string>();
  for (const [k, v] of Object.entries(raw?.chars ?? {})) chars.set(k, String(v));
  const rules: TranslitRule[] = [];
  for (const r of raw?.rules ?? []) {
    if (!Array.isArray(r) || r.length !== 2) throw new Error(`translit.yaml ${where}: a rule must be [pattern, replacement]`);
    rules.push({ re: new RegExp(String(r[0]), 'g'), to: String(r[1] ?? '') });
  }
  return { chars, rules };
}

/** Parse translit data from YAML text (exported for tests and custom rule files). */
export function parseTranslit(text: string): TranslitData {
  return translitFromData(parseYamlText(text));
}

function translitFromData(data: unknown): TranslitData {
  const raw = (data ?? {}) as RawData;
  const langs = new Map<string, LangRules>();
  for (const [lang, rl] of Object.entries(raw.languages ?? {})) langs.set(lang, compileLang(rl, lang));
  const a = raw.articles ?? {};
  const res = (xs: string[] | undefined) => (xs ?? []).map((x) => new RegExp(x));
  const compounds: { prefix: string; unit: string }[] = [];
  for (const [unit, prefixes] of Object.entries(raw.compounds ?? {})) {
    for (const p of prefixes) compounds.push({ prefix: p, unit });
  }
  compounds.sort((x, y) => y.prefix.length - x.prefix.length);
  return {
    base: compileLang(raw.base, 'base'),
    langs,
    articles: {
      hyphenated: new Set(a.hyphenated ?? []),
      standalone: new Set(a.standalone ?? []),
      glued: res(a.glued),
      gluedAlternative: res(a.gluedAlternative),
      gluedPenalty: a.gluedPenalty ?? 0.3,
      elided: res(a.elided),
      possessive: res(a.possessive),
    },
    compounds,
  };
}

/** The transliteration data, loaded on first use. */
export function translitData(): TranslitData {
  if (!cached) cached = loadNamesData(TRANSLIT_URL, 'names-translit', translitFromData);
  return cached;
}

/** Rules for a language code such as 'fr' or 'fr-FR'; unknown languages use 'en'. */
export function langRules(lang: string): LangRules {
  const d = translitData();
  const code = lang.toLowerCase().split(/[-_]/)[0] ?? 'en';
  return d.langs.get(code) ?? d.langs.get('en') ?? { chars: new Map(), rules: [] };
}
