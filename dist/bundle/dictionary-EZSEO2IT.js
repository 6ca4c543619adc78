import { createRequire as __translintRequire } from 'node:module'; const require = __translintRequire(import.meta.url);
import "./chunk-7ZWMQEER.js";

// src/text/dictionary.ts
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
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
  const spellers = pkgs.map((pkg) => {
    const dir = packageDir(pkg);
    const aff = f.mountBuffer(readFileSync(join(dir, "index.aff")), `${pkg}.aff`);
    const dic = f.mountBuffer(readFileSync(join(dir, "index.dic")), `${pkg}.dic`);
    return f.create(aff, dic);
  });
  const memo = /* @__PURE__ */ new Map();
  const dict = {
    language: lang,
    isWord(word) {
      let v = memo.get(word);
      if (v === void 0) {
        if (memo.size >= MAX_MEMO) memo.clear();
        v = spellers.some((s) => s.spell(word));
        memo.set(word, v);
      }
      return v;
    },
    suggest(word) {
      const seen = /* @__PURE__ */ new Set();
      for (const s of spellers) for (const w of s.suggest(word)) seen.add(w);
      return [...seen];
    }
  };
  byLanguage.set(lang, dict);
  return dict;
}
export {
  DICTIONARY_LANGUAGES,
  dictionariesLoaded,
  dictionaryFor,
  loadDictionaries
};
