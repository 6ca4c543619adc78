/**
 * Spelling dictionaries: the Hunspell dictionaries of the `dictionary-*`
 * packages (en-US and en-GB for English, fr, de, es, it), checked by Hunspell
 * itself compiled to WebAssembly (hunspell-asm), so affixes, compounds and
 * casing follow the dictionaries' own rules. One dictionary loads in about
 * 40-110 ms; a word check costs a few microseconds.
 *
 * Loading is lazy and in two steps: `loadDictionaries()` (async, once per
 * process) instantiates the WebAssembly module; `dictionaryFor(lang)` then
 * reads one language's files synchronously on its first call. A rule calls
 * `requireDictionary(lang)` at the point it needs a word checked: before
 * Hunspell is loaded that throws DetectorNotLoaded('dictionary'), and the
 * Linter loads it and runs the rule again, so documents that never reach such
 * a check never pay for it (start-up stays small). A rule that checks every
 * document may declare `needs: ['dictionary']` instead.
 *
 * Uses: a common word of the document's language is not a name (name rules),
 * a pack variant that is a common word is not matched there, and the
 * spelling rule's misspellings.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DetectorNotLoaded } from './language.js';

interface HunspellFactory {
  mountBuffer(contents: ArrayBufferView, fileName?: string): string;
  create(affPath: string, dictPath: string): { spell(word: string): boolean; suggest(word: string): string[] };
}

/** One language's dictionaries (English: US and British spellings both count). */
export interface Dictionary {
  readonly language: string;
  /** Whether the word (as written: Hunspell applies its own case rules) is a word of the language. */
  isWord(word: string): boolean;
  /** Hunspell's suggestions, nearest first. */
  suggest(word: string): string[];
}

const PACKAGES: Record<string, string[]> = {
  en: ['dictionary-en', 'dictionary-en-gb'],
  fr: ['dictionary-fr'],
  de: ['dictionary-de'],
  es: ['dictionary-es'],
  it: ['dictionary-it'],
};

/** Languages with a dictionary. */
export const DICTIONARY_LANGUAGES = Object.keys(PACKAGES);

const require = createRequire(import.meta.url);
let factory: HunspellFactory | undefined;
let loading: Promise<void> | undefined;
const byLanguage = new Map<string, Dictionary | null>();
/** Word answers kept per language; cleared when full (a plain bound on memory). */
const MAX_MEMO = 200_000;

/** Instantiate Hunspell (once per process). Must be awaited before `dictionaryFor` answers. */
export function loadDictionaries(): Promise<void> {
  loading ??= (async () => {
    const { loadModule } = require('hunspell-asm') as { loadModule: () => Promise<HunspellFactory> };
    factory = await loadModule();
  })();
  return loading;
}

/** Whether `loadDictionaries` has finished. */
export function dictionariesLoaded(): boolean {
  return factory !== undefined;
}

function packageDir(pkg: string): string {
  return dirname(require.resolve(pkg));
}

/**
 * The dictionary of `lang`, or undefined when there is none for the language;
 * throws DetectorNotLoaded('dictionary') while Hunspell is not loaded (the
 * Linter then loads it and runs the rule again).
 */
export function requireDictionary(lang: string): Dictionary | undefined {
  if (!PACKAGES[lang]) return undefined;
  if (!factory) throw new DetectorNotLoaded('dictionary');
  return dictionaryFor(lang);
}

/** The dictionary of `lang` (ISO 639-1), or undefined: no dictionary for it, or Hunspell not loaded yet. */
export function dictionaryFor(lang: string): Dictionary | undefined {
  if (!factory) return undefined;
  const known = byLanguage.get(lang);
  if (known !== undefined) return known ?? undefined;
  const pkgs = PACKAGES[lang];
  if (!pkgs) {
    byLanguage.set(lang, null);
    return undefined;
  }
  const f = factory;
  // the second dictionary of a language (en-GB) is read only when the first rejects a word
  const spellers: Array<ReturnType<HunspellFactory['create']> | undefined> = pkgs.map(() => undefined);
  const speller = (k: number) => {
    let sp = spellers[k];
    if (!sp) {
      const dir = packageDir(pkgs[k]);
      const aff = f.mountBuffer(readFileSync(join(dir, 'index.aff')), `${pkgs[k]}.aff`);
      const dic = f.mountBuffer(readFileSync(join(dir, 'index.dic')), `${pkgs[k]}.dic`);
      sp = spellers[k] = f.create(aff, dic);
    }
    return sp;
  };
  const memo = new Map<string, boolean>();
  const dict: Dictionary = {
    language: lang,
    isWord(word) {
      let v = memo.get(word);
      if (v === undefined) {
        if (memo.size >= MAX_MEMO) memo.clear();
        v = pkgs.some((_, k) => speller(k).spell(word));
        memo.set(word, v);
      }
      return v;
    },
    suggest(word) {
      const seen = new Set<string>();
      for (let k = 0; k < pkgs.length; k++) for (const w of speller(k).suggest(word)) seen.add(w);
      return [...seen];
    },
  };
  byLanguage.set(lang, dict);
  return dict;
}
