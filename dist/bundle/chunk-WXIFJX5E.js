import { createRequire as __translintRequire } from 'node:module'; const require = __translintRequire(import.meta.url);

// src/text/dictionary.ts
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

// src/text/language.ts
var TO_639_1 = {
  eng: "en",
  fra: "fr",
  deu: "de",
  spa: "es",
  ita: "it",
  por: "pt",
  nld: "nl",
  arb: "ar",
  ara: "ar",
  tur: "tr",
  rus: "ru",
  pol: "pl",
  swe: "sv",
  dan: "da",
  nob: "no",
  fin: "fi",
  ces: "cs",
  ron: "ro",
  ell: "el"
};
var TO_639_3 = Object.fromEntries(Object.entries(TO_639_1).map(([k, v]) => [v, k]));
TO_639_3.ar = "arb";
var DEFAULT_LANGUAGES = ["en", "fr", "de", "es", "it"];
var francFn;
var francAllFn;
var DetectorNotLoaded = class extends Error {
  constructor(need = "franc") {
    super(need === "franc" ? "language detector not loaded" : "spelling dictionaries not loaded");
    this.need = need;
  }
};
async function loadLanguageDetector() {
  if (!francFn) {
    const franc = await import("franc");
    francAllFn = franc.francAll;
    francFn = franc.franc;
  }
}
function languageScoresSync(text, candidates, minLength = 10) {
  if (!francAllFn) throw new DetectorNotLoaded();
  const only = candidates.map((c) => TO_639_3[c]).filter(Boolean);
  return francAllFn(text.length > 2e4 ? text.slice(0, 2e4) : text, { only, minLength }).filter(([code]) => code !== "und").map(([code, score]) => [TO_639_1[code] ?? code, score]);
}

// src/text/dictionary.ts
var PACKAGES = {
  en: ["dictionary-en", "dictionary-en-gb"],
  fr: ["dictionary-fr"],
  de: ["dictionary-de"],
  es: ["dictionary-es"],
  it: ["dictionary-it"]
};
var DICTIONARY_LANGUAGES = Object.keys(PACKAGES);
var require2 = createRequire(import.meta.url);
var factory;
var loading;
var byLanguage = /* @__PURE__ */ new Map();
var MAX_MEMO = 2e5;
function loadDictionaries() {
  loading ??= (async () => {
    const { loadModule } = require2("hunspell-asm");
    factory = await loadModule();
  })();
  return loading;
}
function dictionariesLoaded() {
  return factory !== void 0;
}
function packageDir(pkg) {
  return dirname(require2.resolve(pkg));
}
function requireDictionary(lang) {
  if (!PACKAGES[lang]) return void 0;
  if (!factory) throw new DetectorNotLoaded("dictionary");
  return dictionaryFor(lang);
}
function dictionaryFor(lang) {
  if (!factory) return void 0;
  const known = byLanguage.get(lang);
  if (known !== void 0) return known ?? void 0;
  const pkgs = PACKAGES[lang];
  if (!pkgs) {
    byLanguage.set(lang, null);
    return void 0;
  }
  const f = factory;
  const spellers = pkgs.map(() => void 0);
  const speller = (k) => {
    let sp = spellers[k];
    if (!sp) {
      const dir = packageDir(pkgs[k]);
      const aff = f.mountBuffer(readFileSync(join(dir, "index.aff")), `${pkgs[k]}.aff`);
      const dic = f.mountBuffer(readFileSync(join(dir, "index.dic")), `${pkgs[k]}.dic`);
      sp = spellers[k] = f.create(aff, dic);
    }
    return sp;
  };
  const memo = /* @__PURE__ */ new Map();
  const dict = {
    language: lang,
    isWord(word) {
      let v = memo.get(word);
      if (v === void 0) {
        if (memo.size >= MAX_MEMO) memo.clear();
        v = pkgs.some((_, k) => speller(k).spell(word));
        memo.set(word, v);
      }
      return v;
    },
    suggest(word) {
      const seen = /* @__PURE__ */ new Set();
      for (let k = 0; k < pkgs.length; k++) for (const w of speller(k).suggest(word)) seen.add(w);
      return [...seen];
    }
  };
  byLanguage.set(lang, dict);
  return dict;
}

export {
  DEFAULT_LANGUAGES,
  DetectorNotLoaded,
  loadLanguageDetector,
  languageScoresSync,
  DICTIONARY_LANGUAGES,
  loadDictionaries,
  dictionariesLoaded,
  requireDictionary,
  dictionaryFor
};
