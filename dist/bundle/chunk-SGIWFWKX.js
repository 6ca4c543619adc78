import { createRequire as __translintRequire } from 'node:module'; const require = __translintRequire(import.meta.url);
import {
  HYPHEN_ARTICLES,
  PhraseMatcher,
  asList,
  compileUserPattern,
  coreKeys,
  coreSlice,
  coreWords,
  fillSlots,
  firstInvalidUtf8,
  fold,
  loadCheckedYaml,
  loadPacks,
  maxTextBytes,
  parsePhrase,
  readRegularFile,
  repeatsFor,
  sectionItems,
  stripDiacritics,
  words
} from "./chunk-LNJTRECT.js";
import {
  getNlp
} from "./chunk-UUUQXXOH.js";
import {
  DEFAULT_LANGUAGES,
  DetectorNotLoaded,
  detectLanguageSync,
  languageScoresSync,
  loadLanguageDetector,
  requireDictionary
} from "./chunk-VNBL5TAW.js";
import {
  TranslintError
} from "./chunk-XHA63K7B.js";
import {
  TextMap,
  TextMapBuilder
} from "./chunk-DYSLDDQ6.js";

// src/rules/boilerplate.ts
var SEPARATOR = /^[^\S\r\n]*[/>»›|][^\S\r\n]*/u;
var SENTENCE_PUNCT = /[.,;:!?…]/u;
var LEADING_OK = /^[\p{P}\p{S}\s]*$/u;
var MAX_PHRASE_WORDS = 32;
var boilerplate = {
  meta: {
    id: "boilerplate",
    description: "Page furniture left in the text: comment forms, share bars, 'Source link', bylines, breadcrumbs.",
    type: "problem",
    defaultSeverity: "error",
    hasSuggestions: true,
    languages: "*",
    messages: {
      line: "'{{found}}' is {{what}} left from the web page, not part of the article: delete the line.",
      prefix: "'{{found}}' is {{what}} left from the web page before the text of this line: delete it.",
      deleteLine: "Delete the line",
      deletePrefix: "Delete '{{found}}'"
    },
    docs: { fixSafety: "Suggestion only (delete the line, or the breadcrumb prefix): the line might be the author's." }
  },
  check(context) {
    const { text } = context;
    const compiled2 = context.packs.cached(`boilerplate:${context.language}`, (packs) => compile(packs, context.language));
    const ws = context.doc.words;
    let w = 0;
    for (const line of text.matchAll(/[^\r\n]*(\r\n|\r|\n|$)/g)) {
      if (line[0] === "") break;
      const lineStart = line.index;
      const body = line[0].slice(0, line[0].length - line[1].length);
      const lineEnd = lineStart + body.length;
      const start = lineStart + (body.length - body.trimStart().length);
      const end = lineStart + body.trimEnd().length;
      const first = w;
      while (w < ws.length && ws[w].start < lineEnd) w++;
      if (start >= end) continue;
      const lineWords = ws.slice(first, w);
      const hit = findFurniture(text, start, end, lineWords, compiled2);
      if (!hit) continue;
      const whole = hit.end === end;
      const found = text.slice(start, hit.end).trimEnd();
      const fix = whole ? lineDeletion(text, lineStart, lineStart + line[0].length, line[1] !== "") : prefixDeletion(text, start, hit.end);
      context.report({
        messageId: whole ? "line" : "prefix",
        data: { found, what: hit.entry.note },
        range: [start, start + found.length],
        suggestions: [whole ? { messageId: "deleteLine", fix } : { messageId: "deletePrefix", data: { found }, fix }],
        severity: hit.entry.severity,
        actual: found,
        expected: [""]
      });
    }
  }
};
function compile(packs, lang) {
  const matcher = new PhraseMatcher();
  const wordSets = new PhraseMatcher();
  const regexes = [];
  sectionItems(packs, lang, "boilerplate").forEach(({ item }, id) => {
    const base = { note: item.note ?? "page furniture", maxWords: item["max-words"] ?? 6, min: item.min ?? 2, severity: item.severity, id };
    if (item.line !== void 0) matcher.add(item.line, { ...base, kind: "line" });
    if (item.label !== void 0) matcher.add(item.label, { ...base, kind: "label" });
    if (item.breadcrumb !== void 0) matcher.add(item.breadcrumb, { ...base, kind: "breadcrumb", note: item.note ?? "a breadcrumb trail" });
    for (const word of item["line-of"] ?? []) wordSets.add(word, { ...base, kind: "line-of" });
    if (item.regex !== void 0) regexes.push({ re: compileUserPattern(item.regex, { ignoreCase: true, bounds: "whole" }), entry: { ...base, kind: "line" } });
  });
  return { matcher, wordSets, regexes };
}
function findFurniture(text, start, end, lineWords, c) {
  const body = text.slice(start, end);
  const first = lineWords[0];
  if (first && (c.matcher.canStartWith(first.key) || c.wordSets.canStartWith(first.key)) && LEADING_OK.test(text.slice(start, first.start))) {
    let hit;
    c.matcher.match(text, lineWords.slice(0, MAX_PHRASE_WORDS), (m) => {
      if (m.firstWord !== 0 || hit) return false;
      const restStart = m.end;
      const rest = text.slice(restStart, end);
      const e = m.value;
      if (e.kind === "line" && !/[\p{L}\p{N}]/u.test(rest)) hit = { entry: e, end };
      else if (e.kind === "label" && countWords(lineWords, restStart) <= e.maxWords) hit = { entry: e, end };
      else if (e.kind === "breadcrumb") {
        const crumbEnd = breadcrumbEnd(text, restStart, end);
        if (crumbEnd !== void 0) hit = { entry: e, end: crumbEnd };
      }
      return hit !== void 0;
    });
    if (hit) return hit;
    const set = wordSet(text, lineWords, c.wordSets, start, end);
    if (set) return { entry: set, end };
  }
  if (body.length <= 300) {
    for (const { re, entry } of c.regexes) if (re.test(body)) return { entry, end };
  }
  return void 0;
}
function countWords(lineWords, from) {
  return lineWords.filter((x) => x.start >= from).length;
}
function breadcrumbEnd(text, pos, end) {
  let p = pos;
  let sep2 = SEPARATOR.exec(text.slice(p, end));
  if (!sep2) return void 0;
  p += sep2[0].length;
  for (; ; ) {
    const rest = text.slice(p, end);
    const crumb = /^[^/>»›|]*/u.exec(rest)[0];
    const short = crumb.trim().split(/\s+/u).filter(Boolean).length <= 4 && !SENTENCE_PUNCT.test(crumb);
    if (crumb.length === rest.length) return short ? end : p;
    if (!short) return p;
    sep2 = SEPARATOR.exec(rest.slice(crumb.trimEnd().length));
    if (!sep2) return p;
    p += crumb.trimEnd().length + sep2[0].length;
  }
}
function wordSet(text, lineWords, matcher, start, end) {
  if (matcher.size === 0 || lineWords.length === 0) return void 0;
  const ms = matcher.match(text, lineWords);
  if (ms.length === 0 || ms[0].firstWord !== 0) return void 0;
  const entry = ms[0].value;
  let covered = 0;
  for (let i = 0; i < ms.length; i++) {
    if (ms[i].value.id !== entry.id || ms[i].firstWord !== covered) return void 0;
    covered = ms[i].lastWord;
  }
  if (covered !== lineWords.length || ms.length < entry.min) return void 0;
  let prev = start;
  for (const m of ms) {
    if (/[\p{L}\p{N}]/u.test(text.slice(prev, m.start))) return void 0;
    prev = m.end;
  }
  return /[\p{L}\p{N}]/u.test(text.slice(prev, end)) ? void 0 : entry;
}
function lineDeletion(text, lineStart, afterBreak, hasBreak) {
  if (hasBreak || lineStart === 0) return { range: [lineStart, afterBreak], text: "" };
  let s = lineStart - 1;
  if (text[s] === "\n" && text[s - 1] === "\r") s--;
  return { range: [s, afterBreak], text: "" };
}
function prefixDeletion(text, start, end) {
  let e = end;
  while (text[e] === " " || text[e] === "	") e++;
  return { range: [start, e], text: "" };
}

// src/text/sentence-start.ts
var SKIP = /[\s"“”‘'«„(\[]/u;
function atSentenceStart(text, offset) {
  let i = offset - 1;
  while (i >= 0 && SKIP.test(text[i])) {
    if (text[i] === "\n" || text[i] === "\r") return true;
    i--;
  }
  return i < 0 || /[.!?…:;]/.test(text[i]);
}
function matchCaseStyle(found, replacement) {
  if (replacement === "") return replacement;
  const letters = found.replace(/[^\p{L}]/gu, "");
  if (letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return replacement.toUpperCase();
  const first = letters[0];
  if (first && first !== first.toLowerCase()) return replacement[0].toUpperCase() + replacement.slice(1);
  return replacement;
}

// src/rules/calque.ts
var MAX_REGEX_LINE = 5e3;
var calque = {
  meta: {
    id: "calque",
    description: "Literal renderings a fluent editor would rewrite ('according to what came in a statement', 'on several axes').",
    type: "suggestion",
    defaultSeverity: "warning",
    hasSuggestions: true,
    languages: "*",
    messages: {
      calque: "'{{found}}' is a literal rendering ({{note}}): {{advice}}.",
      replace: "Replace with '{{use}}'",
      delete: "Delete '{{found}}'"
    },
    docs: { fixSafety: "Suggestions only: the rewrite often needs the rest of the sentence adjusted." }
  },
  check(context) {
    const { matcher, regexes } = context.packs.cached(`calque:${context.language}`, (packs) => compile2(packs, context.language));
    const { text } = context;
    const hits = [];
    if (matcher.size > 0) {
      for (const m of matcher.match(text, context.doc.words, (m2) => !m2.value.start || atSentenceStart(text, m2.coreStart))) {
        hits.push({ start: m.coreStart, end: m.coreEnd, calque: m.value, slots: m.slots });
      }
    }
    if (regexes.length > 0) {
      for (const line of text.matchAll(/[^\r\n]+/g)) {
        if (line[0].length > MAX_REGEX_LINE) continue;
        for (const { re, calque: c } of regexes) {
          for (const m of re[Symbol.matchAll](line[0])) {
            if (m[0] === "") continue;
            const start = line.index + m.index;
            if (c.start && !atSentenceStart(text, start)) continue;
            if (hits.some((h) => h.start < start + m[0].length && start < h.end)) continue;
            hits.push({ start, end: start + m[0].length, calque: c, slots: m.slice(1).map((s) => s ?? "") });
          }
        }
      }
    }
    for (const h of hits) {
      const found = text.slice(h.start, h.end);
      const uses = h.calque.use.map((u) => matchCaseStyle(found, fillSlots(u, h.slots)));
      const data = { found, note: h.calque.note, advice: advice(uses, h.calque.hint) };
      context.report({
        messageId: "calque",
        data,
        range: [h.start, h.end],
        suggestions: uses.map(
          (use) => use === "" ? { messageId: "delete", data: { found }, fix: deletion(text, h.start, h.end) } : { messageId: "replace", data: { use }, fix: { range: [h.start, h.end], text: use } }
        ),
        actual: found,
        expected: uses
      });
    }
  }
};
function compile2(packs, lang) {
  const matcher = new PhraseMatcher();
  const regexes = [];
  for (const { item } of sectionItems(packs, lang, "calques")) {
    const c = { use: asList(item.use), hint: item.hint, note: item.note.replace(/\.$/, ""), start: item.start ?? false };
    if (item.phrase !== void 0) matcher.add(item.phrase, c, { matchCase: item["match-case"] });
    if (item.regex !== void 0) {
      const flags = item["match-case"] ? "gu" : "giu";
      regexes.push({ re: compileUserPattern(item.regex, { ignoreCase: flags.includes("i"), bounds: "word" }), calque: c });
    }
  }
  return { matcher, regexes };
}
function advice(uses, hint) {
  const quoted = uses.filter((u) => u !== "").map((u) => `'${u}'`);
  const parts = [];
  if (quoted.length > 0) parts.push(`write ${quoted.length > 1 ? `${quoted.slice(0, -1).join(", ")} or ${quoted[quoted.length - 1]}` : quoted[0]}`);
  if (uses.includes("")) parts.push("delete it");
  if (hint) parts.push(hint.replace(/\.$/, ""));
  return parts.join(" or ");
}
function deletion(text, start, end) {
  let e = end;
  while (e < text.length && (text[e] === " " || text[e] === "\xA0")) e++;
  const first = text[start];
  const next = text[e];
  if (first && next && first !== first.toLowerCase() && next !== next.toUpperCase()) {
    return { range: [start, e + 1], text: next.toUpperCase() };
  }
  if (e === end && start > 0 && text[start - 1] === " ") return { range: [start - 1, end], text: "" };
  return { range: [start, e], text: "" };
}

// src/text/case-style.ts
function isAllCaps(text) {
  let letters = 0;
  for (const ch of text) {
    if (ch.toLowerCase() !== ch.toUpperCase()) {
      if (ch !== ch.toUpperCase()) return false;
      letters++;
    }
  }
  return letters >= 2;
}
function applyCaseStyle(found, replacement) {
  if (isAllCaps(found) && !isAllCaps(replacement)) return replacement.toUpperCase();
  return replacement;
}

// src/match/mentions.ts
function houseLanguage(entity, lang) {
  return entity.canonical[lang] ? lang : "en";
}
function housePart(entity, part, lang) {
  const hl = houseLanguage(entity, lang);
  const form = entity.canonical[hl];
  const n = coreKeys(entity.canonical.en).length;
  const p = part ?? [0, n];
  if (p[0] === 0 && p[1] === n) return coreSlice(form, 0, coreKeys(form).length);
  if (coreKeys(form).length === n) return coreSlice(form, p[0], p[1]);
  return coreSlice(entity.canonical.en, p[0], p[1]);
}
function findMentions(text, index, lang) {
  const out = [];
  for (const m of index.matcher.scan(text)) {
    const r = resolve(m.values, lang, text, m.words, m.memo);
    if (!r) continue;
    const found = text.slice(m.coreStart, m.end);
    let house = r.house;
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
function resolve(values, lang, text, words2, node) {
  const known = node?.memo;
  if (known !== void 0 && (known === null || known.lang === lang)) return known ?? void 0;
  let caseText;
  let caseDependent = false;
  let best;
  let bestRank = 0;
  for (const t of values) {
    if (t.matchCase) {
      caseDependent = true;
      caseText ??= wordsText(text, words2);
      if (caseText !== termCaseText(t)) continue;
    }
    if (t.kind === "alias" && t.langs && !t.langs.includes(lang)) continue;
    const rank = t.kind === "name" && t.lang === houseLanguage(t.entity, lang) ? 4 : t.kind === "alias" ? 3 : t.kind === "variant" ? 2 : 1;
    if (rank > bestRank) {
      best = t;
      bestRank = rank;
    }
  }
  if (!best) {
    if (node && !caseDependent && values.every((t) => !t.langs)) node.memo = null;
    return void 0;
  }
  const kind = bestRank === 4 ? "house" : bestRank === 3 ? "alias" : bestRank === 2 ? "variant" : "foreign";
  const r = { lang, term: best, kind, house: kind === "alias" ? "" : houseOf(best, lang) };
  if (node && !caseDependent) node.memo = r;
  return r;
}
var houses = /* @__PURE__ */ new WeakMap();
function houseOf(t, lang) {
  let byLang = houses.get(t);
  if (!byLang) houses.set(t, byLang = /* @__PURE__ */ new Map());
  let s = byLang.get(lang);
  if (s === void 0) byLang.set(lang, s = housePart(t.entity, t.part, lang));
  return s;
}
var caseTexts = /* @__PURE__ */ new WeakMap();
function termCaseText(t) {
  let s = caseTexts.get(t);
  if (s === void 0) {
    s = stripDiacritics(t.text).replace(/[\s\u00a0\u2010\u2011-]+/g, " ").replace(/^(?:al|el|Al|El)[ -]/, "");
    caseTexts.set(t, s);
  }
  return s;
}
function wordsText(text, ws) {
  return stripDiacritics(text.slice(ws[0].start, ws[ws.length - 1].end)).replace(/[\s\u00a0\u2010\u2011-]+/g, " ");
}

// src/rules/entity-forms.ts
function entityFormsText(doc, entityId) {
  const described = doc.memo("entity-forms:described", () => /* @__PURE__ */ new Map());
  let text = described.get(entityId);
  if (text === void 0) {
    const list = doc.mentions.filter((m) => m.entity.id === entityId);
    described.set(entityId, text = list.length === 0 ? "" : describe(countForms(list)));
  }
  return text;
}
function countForms(list) {
  const forms = /* @__PURE__ */ new Map();
  const written = /* @__PURE__ */ new Map();
  for (const m of list) {
    const form = m.kind === "alias" ? m.term.text : m.found;
    let key = forms.has(form) ? form : void 0;
    if (key === void 0) {
      const lower = form.toLowerCase();
      key = written.get(lower);
      if (key === void 0) written.set(lower, key = form);
    }
    forms.set(key, (forms.get(key) ?? 0) + 1);
  }
  return forms;
}
function describe(forms) {
  return [...forms.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([f, n]) => `${f} \xD7${n}`).join(", ");
}

// src/rules/entity-alias.ts
var entityAlias = {
  meta: {
    id: "entity-alias",
    description: "Calques and deprecated names of an entity (reconciliation government -> GNA).",
    type: "suggestion",
    defaultSeverity: "warning",
    fixable: "unsafe",
    hasSuggestions: true,
    languages: "*",
    messages: {
      calque: "'{{found}}' is a literal translation naming the {{entity}}: use '{{use}}'.{{note}} Forms in this document: {{counts}}.",
      deprecated: "'{{found}}' is a deprecated name of the {{entity}}: use '{{use}}'.{{note}} Forms in this document: {{counts}}.",
      replace: "Replace with '{{use}}'"
    },
    docs: { fixSafety: "Calques: suggestions only. Deprecated aliases: unsafe fix (the sentence may need rewording)." }
  },
  check(context) {
    const mentions = context.doc.mentions;
    for (const m of mentions) {
      if (m.kind !== "alias" || m.term.status !== "calque" && m.term.status !== "deprecated") continue;
      const found = context.text.slice(m.start, m.end);
      const entity = m.entity.canonical[houseLanguage(m.entity, context.language)];
      const use = applyCaseStyle(found, m.term.use ?? entity);
      const data = {
        found,
        entity,
        use,
        note: m.term.note ? ` (${m.term.note.replace(/\.$/, "")}.)` : "",
        counts: entityFormsText(context.doc, m.entity.id)
      };
      const fix = { range: [m.start, m.end], text: use };
      context.report({
        messageId: m.term.status,
        data,
        range: fix.range,
        fix: m.term.status === "deprecated" ? { ...fix, safety: "unsafe" } : void 0,
        suggestions: [{ messageId: "replace", data, fix }],
        actual: found,
        expected: [use],
        entity: m.entity.id
      });
    }
  }
};

// src/rules/entity-consistency.ts
var entityConsistency = {
  meta: {
    id: "entity-consistency",
    description: "One name spelled several ways in a document (accents, hyphens, spacing).",
    type: "problem",
    defaultSeverity: "warning",
    fixable: "safe",
    hasSuggestions: true,
    languages: "*",
    messages: {
      mixed: "'{{found}}' and '{{use}}' name {{entity}} in this document ({{counts}}): use '{{use}}'.",
      replace: "Replace with '{{use}}'"
    },
    docs: { fixSafety: "Safe when the form used is the house form; a suggestion when it is only the majority form." }
  },
  check(context) {
    const groups = /* @__PURE__ */ new Map();
    for (const m of context.doc.mentions) {
      if (m.kind !== "house") continue;
      const key = groupKey(m.term);
      let list = groups.get(key);
      if (!list) groups.set(key, list = []);
      list.push(m);
    }
    for (const list of groups.values()) {
      if (list.every((m) => m.found === list[0].found)) continue;
      const counts = /* @__PURE__ */ new Map();
      for (const m of list) {
        const f = spelling(m.found);
        counts.set(f, (counts.get(f) ?? 0) + 1);
      }
      if (counts.size < 2) continue;
      const houseForm = list.find((m) => m.kind === "house" && spelling(m.found) === spelling(m.house));
      const use = houseForm ? houseForm.found : majority(list, counts);
      const countText = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([f, n]) => `${list.find((m) => spelling(m.found) === f).found} \xD7${n}`).join(", ");
      for (const m of list) {
        if (spelling(m.found) === spelling(use)) continue;
        const fix = { range: [m.coreStart, m.end], text: use };
        const data = { found: m.found, use, entity: m.entity.canonical.en, counts: countText };
        context.report({
          messageId: "mixed",
          data,
          range: fix.range,
          fix: houseForm ? fix : void 0,
          suggestions: [{ messageId: "replace", data, fix }],
          actual: m.found,
          expected: [use],
          entity: m.entity.id
        });
      }
    }
  }
};
var groupKeys = /* @__PURE__ */ new WeakMap();
function groupKey(t) {
  let k = groupKeys.get(t);
  if (k === void 0) groupKeys.set(t, k = `${t.entity.id}\0${t.keys.join(" ")}`);
  return k;
}
function spelling(s) {
  return s.toLowerCase().replace(/\s+/g, " ");
}
function majority(list, counts) {
  let best = list[0].found;
  for (const m of list) if ((counts.get(spelling(m.found)) ?? 0) > (counts.get(spelling(best)) ?? 0)) best = m.found;
  return best;
}

// src/rules/entity-variant.ts
var entityVariant = {
  meta: {
    id: "entity-variant",
    description: "Non-house spellings of names and places known to a pack (Hifter -> Haftar).",
    type: "problem",
    defaultSeverity: "error",
    fixable: "safe",
    languages: "*",
    messages: {
      variant: "'{{found}}' is not the house spelling of {{entity}}: use '{{house}}'. Forms in this document: {{counts}}.",
      foreign: "'{{found}}' is the {{lang}} spelling of {{entity}}: in this document use '{{house}}'. Forms in this document: {{counts}}."
    },
    docs: { fixSafety: "Safe: the variant is listed for exactly one entity, and only the spelling changes." }
  },
  check(context) {
    const mentions = context.doc.mentions;
    for (const m of mentions) {
      if (m.kind !== "variant" && m.kind !== "foreign") continue;
      if (m.found.toLowerCase() === m.house.toLowerCase()) continue;
      const house = applyCaseStyle(m.found, m.house);
      context.report({
        messageId: m.kind,
        data: {
          found: m.found,
          house,
          entity: m.entity.canonical[context.language] ?? m.entity.canonical.en,
          counts: entityFormsText(context.doc, m.entity.id),
          lang: m.term.lang ?? ""
        },
        range: [m.coreStart, m.end],
        fix: { range: [m.coreStart, m.end], text: house },
        actual: m.found,
        expected: [house],
        entity: m.entity.id
      });
    }
  }
};

// src/text/lang-data.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
var KINDS = ["articles", "prepositions", "conjunctions", "pronouns"];
var DIR = new URL("../../rules/language/", import.meta.url);
var cache = /* @__PURE__ */ new Map();
function langData(lang) {
  let data = cache.get(lang);
  if (!data) {
    const file = fileURLToPath(new URL(`${lang}.yaml`, DIR));
    data = existsSync(file) ? parse(loadCheckedYaml(file, "lang-data", () => {
    })) : empty(lang);
    cache.set(lang, data);
  }
  return data;
}
var present = /* @__PURE__ */ new Map();
function hasLangData(lang) {
  let has = present.get(lang);
  if (has === void 0) {
    has = /^[a-z]{2,3}$/.test(lang) && existsSync(fileURLToPath(new URL(`${lang}.yaml`, DIR)));
    present.set(lang, has);
  }
  return has;
}
function empty(lang) {
  return {
    language: lang,
    functionWords: /* @__PURE__ */ new Map(),
    functionForms: /* @__PURE__ */ new Set(),
    nameConnectors: /* @__PURE__ */ new Set(),
    titles: /* @__PURE__ */ new Set(),
    abbreviations: /* @__PURE__ */ new Set(),
    speechVerbs: /* @__PURE__ */ new Set(),
    shortReplies: /* @__PURE__ */ new Set(),
    titleIntroducers: /* @__PURE__ */ new Set(),
    quotes: [["\u201C", "\u201D"], ["\xAB", "\xBB"]]
  };
}
function parse(src) {
  const d = src.data;
  if (!d || typeof d !== "object" || Array.isArray(d)) throw src.error([], "language data must be a YAML mapping");
  const list = (key, path = [key]) => {
    let v = d;
    for (const p of path) v = v && typeof v === "object" ? v[p] : void 0;
    if (v === void 0) return [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== "string")) throw src.error(path, `'${path.join(".")}' must be a list of strings`);
    return v;
  };
  const data = empty(String(d.language ?? ""));
  for (const kind of KINDS) for (const w of list(kind, ["functionWords", kind])) {
    data.functionWords.set(fold(w), kind);
    data.functionForms.add(w.normalize("NFC").toLowerCase());
  }
  const sets = [
    ["nameConnectors", "nameConnectors"],
    ["titles", "titles"],
    ["abbreviations", "abbreviations"],
    ["speechVerbs", "speechVerbs"],
    ["shortReplies", "shortReplies"],
    ["titleIntroducers", "titleIntroducers"]
  ];
  for (const [field, key] of sets) for (const w of list(key)) data[field].add(fold(w));
  if (d.quotes !== void 0) {
    const q = d.quotes;
    if (!Array.isArray(q) || q.some((p) => !Array.isArray(p) || p.length !== 2 || p.some((c) => typeof c !== "string" || [...c].length !== 1))) {
      throw src.error(["quotes"], "'quotes' must be a list of [open, close] pairs of single characters");
    }
    data.quotes = q;
  }
  return data;
}

// src/names/yaml-data.ts
import { fileURLToPath as fileURLToPath2 } from "node:url";
function loadNamesData(url, kind, build) {
  let built;
  const source = loadCheckedYaml(fileURLToPath2(url), kind, (src) => {
    built = { value: build(src.data) };
  });
  return (built ??= { value: build(source.data) }).value;
}

// src/names/candidates.ts
var CANDIDATES_URL = new URL("../../rules/names/candidates.yaml", import.meta.url);
var raw;
var listCache = /* @__PURE__ */ new Map();
function candidateLists(lang) {
  let lists = listCache.get(lang);
  if (lists) return lists;
  raw ??= loadNamesData(CANDIDATES_URL, "names-candidates", (d) => d ?? {});
  const own = raw[lang] ?? raw.en ?? {};
  const common = raw.common ?? {};
  const set = (...ls) => new Set(ls.flatMap((l) => (l ?? []).map((w) => fold(String(w)))));
  const data = langData(raw[lang] ? lang : "en");
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
    locatives: set(own.locatives)
  };
  listCache.set(lang, lists);
  return lists;
}
function isDerivation(a, b, lists) {
  if (a === b) return false;
  const { suffixes, endings } = lists;
  if (a.length === b.length && a.length >= 4 && a.slice(0, -1) === b.slice(0, -1) && endings.has(a.slice(-1)) && endings.has(b.slice(-1))) return true;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  if (s.length >= 5 && l.endsWith(s) && lists.prefixes.has(l.slice(0, l.length - s.length))) return true;
  const stems = [s];
  const bare = s.replace(/[aeiouy]+$/, "");
  if (bare !== s && bare.length >= 3) stems.push(bare);
  const plural = s.replace(/e?s$/, "");
  if (plural !== s && plural.length >= 3) stems.push(plural);
  for (const stem2 of stems) if (l.startsWith(stem2) && suffixes.has(l.slice(stem2.length))) return true;
  return false;
}
function derivedKeys(keys, lists) {
  const out = /* @__PURE__ */ new Set();
  for (const k of keys) {
    if (keys.some((o) => (o.length < k.length || o.length === k.length && o < k) && isDerivation(o, k, lists))) out.add(k);
  }
  return out;
}
function caseAt(text, i) {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90 ? 1 : c >= 97 && c <= 122 ? 2 : 0;
  const ch = text[i];
  return ch !== ch.toLowerCase() ? 1 : ch !== ch.toUpperCase() ? 2 : 0;
}
function capitalised(text, start, end) {
  let i = start;
  const c0 = text.charCodeAt(i);
  if (c0 === 703 || c0 === 702) i++;
  if (i >= end || caseAt(text, i) !== 1) return false;
  let lower = false;
  for (let k = i + 1; k < end; k++) {
    const code = text.charCodeAt(k);
    if (code >= 48 && code <= 57) return false;
    if (!lower && caseAt(text, k) === 2) lower = true;
  }
  return lower;
}
function lowerCaseWord(text, w) {
  return caseAt(text, w.start) === 2;
}
var HYPHENS = /* @__PURE__ */ new Set([45, 8208, 8209]);
function lineKinds(text, ws, functionWords) {
  const out = [];
  let wi = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
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
    let kind = "text";
    if (long >= 2 && allCaps * 5 >= long * 4) kind = "caps";
    else if (count <= 20) {
      let content = 0;
      let caps = 0;
      for (let k = first; k < wi; k++) {
        const w = ws[k];
        if (w.end - w.start < 4 || functionWords.has(w.key)) continue;
        content++;
        if (caseAt(text, w.start) !== 2) caps++;
      }
      if (content >= 3 && caps * 4 >= content * 3 && !/[.!?:;]["”’»)]*$/.test(text.slice(start, end).trimEnd())) kind = "headline";
    }
    out.push({ end, kind });
    if (end === text.length) break;
    start = end + 1;
  }
  return out;
}
var LINKY = new RegExp(`^[("'<[]*(?:https?:\\/\\/|www\\.)|@[\\p{L}\\p{N}-]+\\.\\p{L}|\\.(?:com|org|net|gov|edu|int|info|io|ly|uk|fr|de|es|it|eu|ch|be|ar)(?:$|[/:?#.,;)'"])`, "iu");
function isJsSpace(c) {
  if (c <= 32) return c === 32 || c >= 9 && c <= 13;
  if (c < 160) return false;
  return c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}
function urlSpans(text) {
  const out = [];
  let last = -1;
  let dot = text.indexOf(".");
  let at = text.indexOf("@");
  let slash = text.indexOf("/");
  for (; ; ) {
    let i = dot;
    if (at >= 0 && (i < 0 || at < i)) i = at;
    if (slash >= 0 && (i < 0 || slash < i)) i = slash;
    if (i < 0) break;
    if (i === dot) dot = text.indexOf(".", i + 1);
    else if (i === at) at = text.indexOf("@", i + 1);
    else slash = text.indexOf("/", i + 1);
    if (i < last) continue;
    let a = i;
    while (a > 0 && !isJsSpace(text.charCodeAt(a - 1))) a--;
    let b = i + 1;
    let more = false;
    for (; b < text.length; b++) {
      const c = text.charCodeAt(b);
      if (isJsSpace(c)) break;
      if (c === 46 || c === 64 || c === 47) more = true;
    }
    last = b;
    if (!more && i === b - 1 && text.charCodeAt(i) === 46 && (text.charCodeAt(i - 1) | 32) !== 119) continue;
    if (LINKY.test(text.slice(a, b))) out.push([a, b]);
  }
  return out;
}
function keyFilter(keys) {
  const bits = new Uint32Array(128);
  for (const k of keys) {
    const s = filterSlot(k);
    bits[s >>> 5] |= 1 << (s & 31);
  }
  return (key) => {
    const s = filterSlot(key);
    return (bits[s >>> 5] & 1 << (s & 31)) !== 0;
  };
}
function filterSlot(k) {
  return k.length * 961 + (k.charCodeAt(0) | 0) * 31 + (k.charCodeAt(1) | 0) & 4095;
}
function lowerCaseKeys(text, ws, spans, only) {
  const out = /* @__PURE__ */ new Map();
  const maybe = only && keyFilter(only);
  let si = 0;
  for (const w of ws) {
    if (!lowerCaseWord(text, w) || w.end - w.start < 3 || only && (!maybe(w.key) || !only.has(w.key))) continue;
    while (si < spans.length && spans[si][1] <= w.start) si++;
    if (si < spans.length && spans[si][0] <= w.start) continue;
    out.set(w.key, (out.get(w.key) ?? 0) + 1);
  }
  return out;
}
function opensText(text, offset) {
  if (atSentenceStart(text, offset)) return true;
  let i = offset - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "	")) i--;
  if (i < 0) return true;
  const c = text[i];
  if (c === "|" || c === "\u2022" || c === "*" || c === "#" || c === ">" || c === "\xB7") return true;
  if (c === "-" || c === "\u2013" || c === "\u2014") {
    let j = i - 1;
    while (j >= 0 && (text[j] === " " || text[j] === "	")) j--;
    return j < 0 || text[j] === "\n";
  }
  return false;
}
function commonWordShape(key, endings) {
  for (const e of endings) if (key.length - e.length >= 3 && key.endsWith(e)) return true;
  return false;
}
var testCache = /* @__PURE__ */ new Map();
function wordTests(lang) {
  let t = testCache.get(lang);
  if (t) return t;
  const lists = candidateLists(lang);
  const functionKeys = langData(lang).functionWords;
  const endings = /* @__PURE__ */ new Map();
  for (const e of lists.wordEndings) {
    const last = e.charCodeAt(e.length - 1);
    let l = endings.get(last);
    if (!l) endings.set(last, l = []);
    l.push(e);
  }
  const never = lists.never;
  const mayNever = keyFilter([...never, ...functionKeys.keys()]);
  const nameWord = (key) => {
    if (key.length < 2 || mayNever(key) && (never.has(key) || functionKeys.has(key))) return false;
    const l = endings.get(key.charCodeAt(key.length - 1));
    return !l || !commonWordShape(key, l);
  };
  const runWords = /* @__PURE__ */ new Set([...lists.particles, ...HYPHEN_ARTICLES]);
  const mayRun = keyFilter(runWords);
  t = { lists, functionKeys, runWords, mayRun, nameWord };
  testCache.set(lang, t);
  return t;
}
function nameAfter(text, ws, i, particles) {
  for (let k = i; k < ws.length && k < i + 3; k++) {
    const w = ws[k];
    if (capitalised(text, w.start, w.end)) return true;
    const next = ws[k + 1];
    if (!particles.has(w.key) || !next || next.start - w.end !== 1) return false;
  }
  return false;
}
function extractCandidates(text, lang, ws = words(text), spans = urlSpans(text)) {
  const { lists, functionKeys, runWords, mayRun, nameWord } = wordTests(lang);
  const lines = lineKinds(text, ws, functionKeys);
  const out = [];
  let li = 0;
  let si = 0;
  let run;
  const close = () => {
    if (run && run.tokens.length > 1 && !run.tokens[1].initial) run.tokens[0].initial = false;
    if (run && run.tokens.length) out.push({ start: run.start, end: run.tokens[run.tokens.length - 1].end, tokens: run.tokens, initial: run.initial });
    run = void 0;
  };
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    while (li < lines.length - 1 && lines[li].end < w.start) li++;
    const lineKind = lines[li].kind;
    if (lineKind === "caps") {
      close();
      continue;
    }
    while (si < spans.length && spans[si][1] <= w.start) si++;
    if (si < spans.length && spans[si][0] <= w.start) {
      close();
      continue;
    }
    if (caseAt(text, w.start) === 2 && !(mayRun(w.key) && runWords.has(w.key)) && w.key.indexOf("'") < 0) {
      close();
      continue;
    }
    let start = w.start;
    let key = w.key;
    const apo = key.indexOf("'");
    if (apo > 0 && apo <= 5 && lowerCaseWord(text, w)) {
      start = w.start + apo + 1;
      key = key.slice(apo + 1);
    }
    const prev = ws[i - 1];
    const gap = prev ? w.start - prev.end : -1;
    const sep2 = prev ? text.charCodeAt(prev.end) : 0;
    const joined = run !== void 0 && start === w.start && gap === 1 && (sep2 === 32 || HYPHENS.has(sep2));
    const next = ws[i + 1];
    const nextSep = next && next.start - w.end === 1 ? text.charCodeAt(w.end) : 0;
    const article = key.length <= 4 && (HYPHENS.has(nextSep) && HYPHEN_ARTICLES.has(key) || (nextSep === 32 || HYPHENS.has(nextSep)) && (joined ? lists.particles.has(key) : lists.openers.has(key) || lists.particles.has(key) && !lowerCaseWord(text, w))) && nameAfter(text, ws, i + 1, lists.particles);
    if (article) {
      if (joined) continue;
      close();
      run = { start, end: w.end, tokens: [], initial: false };
      run.initial = opensText(text, start) || lineKind === "headline";
      continue;
    }
    const isName = capitalised(text, start, w.end) && caseAt(text, start + (text.charCodeAt(start) === 703 || text.charCodeAt(start) === 702 ? 2 : 1)) !== 1 && // not IDs, GNAs: acronyms
    nameWord(key);
    if (!isName) {
      close();
      continue;
    }
    const token = { start, end: w.end, text: text.slice(start, w.end), key, initial: lineKind === "headline" };
    if (joined && run) {
      if (run.tokens.length >= 6) {
        close();
      } else {
        run.tokens.push(token);
        continue;
      }
    }
    close();
    run = { start, end: w.end, tokens: [token], initial: opensText(text, start) || lineKind === "headline" };
    token.initial = run.initial;
    const after = text.charCodeAt(w.end);
    if ((after === 39 || after === 8217) && (text.charCodeAt(w.end + 1) | 32) === 115) close();
  }
  close();
  return out.filter((c) => c.tokens.some((t) => t.key.length >= 3));
}
function documentCandidates(text, lang, ws = words(text), spans = urlSpans(text)) {
  const lists = candidateLists(lang);
  const raw2 = extractCandidates(text, lang, ws, spans);
  const keys = /* @__PURE__ */ new Set();
  for (const c of raw2) for (const t of c.tokens) keys.add(t.key);
  const lowerKeys = lowerCaseKeys(text, ws, spans, keys);
  const midCaps = /* @__PURE__ */ new Set();
  for (const c of raw2) c.tokens.forEach((t, k) => (k > 0 ? !t.initial : !c.initial) && midCaps.add(t.key));
  const keep = (t) => t.key.length >= 3 && !lowerKeys.has(t.key);
  const out = [];
  for (const c of raw2) {
    let tokens = c.tokens;
    let initial = c.initial;
    if (initial && tokens.length) {
      const t = tokens[0];
      if (!midCaps.has(t.key) && (lists.common.has(t.key) || lowerKeys.has(t.key))) {
        tokens = tokens.slice(1);
        initial = false;
      }
    }
    if (tokens === c.tokens && tokens.every(keep)) {
      out.push(c);
      continue;
    }
    tokens = tokens.filter(keep);
    if (tokens.length) out.push({ start: tokens[0] === c.tokens[0] ? c.start : tokens[0].start, end: tokens[tokens.length - 1].end, tokens, initial });
  }
  return out;
}

// src/names/translit.ts
var TRANSLIT_URL = new URL("../../rules/names/translit.yaml", import.meta.url);
var cached;
function compileLang(raw2, where) {
  const chars = /* @__PURE__ */ new Map();
  for (const [k, v] of Object.entries(raw2?.chars ?? {})) chars.set(k, String(v));
  const rules = [];
  for (const r of raw2?.rules ?? []) {
    if (!Array.isArray(r) || r.length !== 2) throw new Error(`translit.yaml ${where}: a rule must be [pattern, replacement]`);
    rules.push({ re: new RegExp(String(r[0]), "g"), to: String(r[1] ?? "") });
  }
  return { chars, rules };
}
function translitFromData(data) {
  const raw2 = data ?? {};
  const langs = /* @__PURE__ */ new Map();
  for (const [lang, rl] of Object.entries(raw2.languages ?? {})) langs.set(lang, compileLang(rl, lang));
  const a = raw2.articles ?? {};
  const res = (xs) => (xs ?? []).map((x) => new RegExp(x));
  const compounds = [];
  for (const [unit, prefixes] of Object.entries(raw2.compounds ?? {})) {
    for (const p of prefixes) compounds.push({ prefix: p, unit });
  }
  compounds.sort((x, y) => y.prefix.length - x.prefix.length);
  return {
    base: compileLang(raw2.base, "base"),
    langs,
    articles: {
      hyphenated: new Set(a.hyphenated ?? []),
      standalone: new Set(a.standalone ?? []),
      glued: res(a.glued),
      gluedAlternative: res(a.gluedAlternative),
      gluedPenalty: a.gluedPenalty ?? 0.3,
      elided: res(a.elided),
      possessive: res(a.possessive)
    },
    compounds
  };
}
function translitData() {
  if (!cached) cached = loadNamesData(TRANSLIT_URL, "names-translit", translitFromData);
  return cached;
}
function langRules(lang) {
  const d = translitData();
  const code = lang.toLowerCase().split(/[-_]/)[0] ?? "en";
  return d.langs.get(code) ?? d.langs.get("en") ?? { chars: /* @__PURE__ */ new Map(), rules: [] };
}

// src/names/normalize.ts
var PUNCT = /[^\p{L}\p{M}\p{N}'\-]+/gu;
function mapChars(word, lang, base) {
  if (lang.chars.size === 0 && base.chars.size === 0) return word;
  let out = "";
  for (const ch of word) {
    let m = lang.chars.get(ch) ?? base.chars.get(ch);
    if (m === void 0) {
      const lower = ch.toLowerCase();
      if (lower !== ch) m = lang.chars.get(lower) ?? base.chars.get(lower);
    }
    out += m ?? ch;
  }
  return out;
}
function applyRules(token, lang, base) {
  let t = token;
  for (const r of lang.rules) t = t.replace(r.re, r.to);
  for (const r of base.rules) t = t.replace(r.re, r.to);
  t = t.toLowerCase();
  return t.replace(new RegExp("(\\p{L})\\1+", "gu"), "$1");
}
function foldedTokens(text, lang = "en") {
  const data = translitData();
  const lr = langRules(lang);
  const art = data.articles;
  const words2 = text.split(/\s+/).filter(Boolean);
  const parts = [];
  for (const w0 of words2) {
    let w = fold(mapChars(w0, lr, data.base)).replace(PUNCT, "");
    for (const re of art.possessive) w = w.replace(re, "");
    for (const re of art.elided) w = w.replace(re, "");
    const hy = w.split("-").filter((p) => p.replace(/'/g, "") !== "");
    for (let i = 0; i < hy.length; i++) {
      const p = hy[i].replace(/^'+/, "");
      if (i < hy.length - 1 && art.hyphenated.has(p)) continue;
      parts.push(p);
    }
  }
  const toks = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (i < parts.length - 1 && art.standalone.has(p)) continue;
    const t = p.replace(/'/g, "");
    if (t) toks.push(t);
  }
  const out = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    let done = false;
    for (const { prefix, unit } of data.compounds) {
      if (t === prefix) {
        if (i + 1 < toks.length) {
          out.push(unit + toks[i + 1]);
          i++;
        } else out.push(unit);
        done = true;
        break;
      }
      if (t.startsWith(prefix) && t.length - prefix.length >= 2) {
        out.push(unit + t.slice(prefix.length));
        done = true;
        break;
      }
    }
    if (!done) out.push(t);
  }
  return out.map((t) => {
    for (const re of art.glued) {
      const m = re.exec(t);
      if (m && t.length - m[0].length >= 4) return t.slice(m[0].length);
    }
    return t;
  });
}
function transliterateToken(token, lang = "en") {
  return applyRules(token, langRules(lang), translitData().base);
}
var normCache = /* @__PURE__ */ new Map();
var NORM_CACHE_MAX = 1e5;
function normalizeName(token, lang = "en") {
  let byText = normCache.get(lang);
  if (!byText) normCache.set(lang, byText = /* @__PURE__ */ new Map());
  let norm = byText.get(token);
  if (norm === void 0) {
    norm = foldedTokens(token, lang).map((t) => transliterateToken(t, lang)).filter(Boolean).join(" ");
    if (byText.size >= NORM_CACHE_MAX) byText.clear();
    byText.set(token, norm);
  }
  return norm;
}
function gluedAlternatives(word) {
  const art = translitData().articles;
  const out = [];
  for (const re of art.gluedAlternative) {
    const m = re.exec(word);
    if (m && word.length - m[0].length >= 4) out.push({ form: word.slice(m[0].length), penalty: art.gluedPenalty });
  }
  return out;
}

// src/names/units.ts
var DIGRAPHS = /* @__PURE__ */ new Set(["kh", "gh", "sh", "th", "dh", "zh", "ch"]);
var VOWELS = /* @__PURE__ */ new Set(["a", "e", "i", "o", "u"]);
var unitText = [];
var unitVowel = [];
var unitIds = /* @__PURE__ */ new Map();
function unitId(text, vowel) {
  let id = unitIds.get(text);
  if (id === void 0) {
    id = unitText.length;
    unitText.push(text);
    unitVowel.push(vowel);
    unitIds.set(text, id);
  }
  return id;
}
function unitString(id) {
  return unitText[id];
}
function isVowelUnit(id) {
  return unitVowel[id];
}
var cache2 = /* @__PURE__ */ new Map();
var CACHE_MAX = 5e5;
function toUnits(word) {
  let u = cache2.get(word);
  if (u) return u;
  const ids = [];
  const vowel = [];
  const chars = /[\uD800-\uDFFF]/.test(word) ? Array.from(word) : word;
  const n = chars.length;
  let i = 0;
  while (i < n) {
    const c = chars[i];
    if (VOWELS.has(c)) {
      let j = i + 1;
      while (j < n && VOWELS.has(chars[j])) j++;
      const cluster = typeof chars === "string" ? chars.slice(i, j) : chars.slice(i, j).join("");
      ids.push(unitId(cluster, true));
      vowel.push(true);
      i = j;
      continue;
    }
    const two = i + 1 < n ? c + chars[i + 1] : "";
    if (two && DIGRAPHS.has(two)) {
      ids.push(unitId(two, false));
      i += 2;
    } else {
      ids.push(unitId(c, false));
      i += 1;
    }
    vowel.push(false);
  }
  u = { word, ids, vowel, length: chars.length };
  if (cache2.size >= CACHE_MAX) cache2.clear();
  cache2.set(word, u);
  return u;
}

// src/names/distance.ts
var CONSONANT_PAIRS = [
  // ق q, k, g, gh, c
  ["k", "q", 0.25],
  ["q", "g", 0.3],
  ["k", "g", 0.35],
  ["k", "c", 0.2],
  ["g", "gh", 0.3],
  ["q", "gh", 0.35],
  ["k", "gh", 0.45],
  // خ kh, h, k, ch (German), q (Khaddafi)
  ["kh", "h", 0.4],
  ["kh", "k", 0.45],
  ["kh", "q", 0.5],
  ["kh", "ch", 0.3],
  ["kh", "gh", 0.45],
  ["h", "ch", 0.6],
  // ج j, g (Egyptian), zh, y (German)
  ["g", "j", 0.4],
  ["j", "zh", 0.3],
  ["j", "y", 0.6],
  // ذ ظ ض dh, th, d, z; ث th, s, t; ط t, d
  ["d", "dh", 0.3],
  ["dh", "th", 0.3],
  ["dh", "z", 0.35],
  ["d", "th", 0.4],
  ["d", "z", 0.45],
  ["th", "z", 0.4],
  ["t", "th", 0.35],
  ["th", "s", 0.45],
  ["t", "d", 0.5],
  ["z", "zh", 0.4],
  // ص س ز ش
  ["s", "z", 0.45],
  ["s", "sh", 0.5],
  ["ch", "sh", 0.3],
  // ب ف و
  ["b", "p", 0.4],
  ["f", "v", 0.4],
  ["v", "w", 0.3],
  ["f", "p", 0.6]
];
var VOWEL_SUB = {
  ei: 0.15,
  ou: 0.15,
  ae: 0.22,
  ai: 0.28,
  ao: 0.28,
  au: 0.3,
  eo: 0.3,
  eu: 0.3,
  io: 0.45,
  iu: 0.55
};
var FRONT_BACK = 0.2;
var FINAL_I = 0.5;
var INITIAL_PAIR = 0.1;
var INITIAL_OTHER = 1.5;
var FRONT = /^[aei]*[ei][aei]*$/;
var BACK = /^[aou]*[ou][aou]*$/;
var pairCost = /* @__PURE__ */ new Map();
for (const [a, b, c] of CONSONANT_PAIRS) {
  pairCost.set(`${a}|${b}`, c);
  pairCost.set(`${b}|${a}`, c);
}
function vowelLetterSub(x, y) {
  if (x === y) return 0;
  return VOWEL_SUB[x < y ? x + y : y + x] ?? 0.3;
}
function vowelClusterSub(x, y) {
  if (x === y) return 0;
  if (x.length === 1 && y.length === 1) return vowelLetterSub(x, y);
  const indel = (c) => c === "e" ? 0.15 : 0.25;
  const n = x.length;
  const m = y.length;
  let prev = new Array(m + 1);
  let cur = new Array(m + 1);
  prev[0] = 0;
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1] + indel(y[j - 1]);
  for (let i = 1; i <= n; i++) {
    cur[0] = prev[0] + indel(x[i - 1]);
    for (let j = 1; j <= m; j++) {
      cur[j] = Math.min(prev[j] + indel(x[i - 1]), cur[j - 1] + indel(y[j - 1]), prev[j - 1] + vowelLetterSub(x[i - 1], y[j - 1]));
    }
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[m], 0.6);
}
var INNER = 0;
var INITIAL = 1;
var FINAL = 2;
function computeSub(a, b, pos) {
  if (a === b) return 0;
  const sa = unitString(a);
  const sb = unitString(b);
  const va = isVowelUnit(a);
  const vb = isVowelUnit(b);
  if (va && vb) {
    let c = vowelClusterSub(sa, sb);
    if (FRONT.test(sa) && BACK.test(sb) || BACK.test(sa) && FRONT.test(sb)) c += FRONT_BACK;
    if (pos === FINAL && sa.endsWith("i") !== sb.endsWith("i")) c += FINAL_I;
    return c;
  }
  if (va !== vb) {
    const v = va ? sa : sb;
    const k = va ? sb : sa;
    return v === "u" && k === "w" || v === "i" && k === "y" ? 0.3 : 2;
  }
  const p = pairCost.get(`${sa}|${sb}`);
  if (p === void 0) return pos === INITIAL ? INITIAL_OTHER : 1;
  return p + (pos === INITIAL ? INITIAL_PAIR : 0);
}
var DENSE = 256;
var dense = new Float32Array(DENSE * DENSE * 3).fill(-1);
var sparse = /* @__PURE__ */ new Map();
function subCost(a, b, pos) {
  if (a === b) return 0;
  if (a < DENSE && b < DENSE) {
    const k2 = (a * DENSE + b) * 3 + pos;
    let c2 = dense[k2];
    if (c2 < 0) dense[k2] = c2 = computeSub(a, b, pos);
    return c2;
  }
  const k = (a * 100003 + b) * 3 + pos;
  let c = sparse.get(k);
  if (c === void 0) sparse.set(k, c = computeSub(a, b, pos));
  return c;
}
var FINAL_VOWEL = { e: 0.3, o: 0.55, u: 0.55, a: 0.8, i: 0.9 };
function indelCost(u, i) {
  const s = unitString(u.ids[i]);
  const n = u.ids.length;
  if (u.vowel[i]) {
    const extra = s.length - 1;
    if (i === n - 1 && n > 1) {
      let c = 0;
      for (const ch of s) c = Math.max(c, FINAL_VOWEL[ch] ?? 0.8);
      return c + 0.1 * extra;
    }
    if (i === 0) return 0.5 + 0.15 * extra;
    if (s === "e") return 0.2;
    return 0.35 + 0.4 * extra;
  }
  const prevV = i > 0 && u.vowel[i - 1];
  const nextV = i + 1 < n && u.vowel[i + 1];
  if (s === "h") {
    if (i === n - 1 && prevV) return 0.25;
    return i === 0 ? 0.8 : 0.6;
  }
  if ((s === "y" || s === "w") && (prevV || nextV)) return i === 0 ? 0.8 : 0.4;
  return i === 0 ? 1.2 : 1;
}
function indelCosts(u) {
  if (!u.indel) {
    const c = new Float64Array(u.ids.length);
    for (let i = 0; i < c.length; i++) c[i] = indelCost(u, i);
    u.indel = c;
  }
  return u.indel;
}
var rowA = new Float64Array(32);
var rowB = new Float64Array(32);
function unitDistance(ua, ub, cutoff = Infinity) {
  if (ua.word === ub.word) return 0;
  const n = ua.ids.length;
  const m = ub.ids.length;
  const lower = Math.abs(n - m) * 0.25;
  if (lower > cutoff) return lower;
  const delA = indelCosts(ua);
  const insB = indelCosts(ub);
  if (rowA.length < m + 1) {
    rowA = new Float64Array(2 * m + 2);
    rowB = new Float64Array(2 * m + 2);
  }
  let prev = rowA;
  let cur = rowB;
  prev[0] = 0;
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1] + insB[j - 1];
  const idsA = ua.ids;
  const idsB = ub.ids;
  for (let i = 1; i <= n; i++) {
    const del = delA[i - 1];
    const ai = idsA[i - 1];
    cur[0] = prev[0] + del;
    let rowMin = cur[0];
    for (let j = 1; j <= m; j++) {
      let v = prev[j] + del;
      const ins = cur[j - 1] + insB[j - 1];
      if (ins < v) v = ins;
      const bj = idsB[j - 1];
      if (ai === bj) {
        if (prev[j - 1] < v) v = prev[j - 1];
      } else {
        const pos = i === 1 && j === 1 ? INITIAL : i === n && j === m ? FINAL : INNER;
        const sub = prev[j - 1] + subCost(ai, bj, pos);
        if (sub < v) v = sub;
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > cutoff) return rowMin;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[m];
}
function alternatives(u) {
  if (!u.alts) u.alts = gluedAlternatives(u.word).map((a) => ({ units: toUnits(a.form), penalty: a.penalty }));
  return u.alts;
}
function unitDistanceWithArticles(ua, ub, cutoff = Infinity) {
  if (ua.word === ub.word) return 0;
  let d = unitDistance(ua, ub, cutoff);
  for (const alt of alternatives(ua)) {
    if (alt.penalty >= Math.min(d, cutoff + 1e-9)) continue;
    d = Math.min(d, alt.penalty + unitDistance(alt.units, ub, Math.min(d, cutoff) - alt.penalty));
  }
  for (const alt of alternatives(ub)) {
    if (alt.penalty >= Math.min(d, cutoff + 1e-9)) continue;
    d = Math.min(d, alt.penalty + unitDistance(ua, alt.units, Math.min(d, cutoff) - alt.penalty));
  }
  return d;
}
function wordDistanceWithArticles(a, b, cutoff = Infinity) {
  if (a === b) return 0;
  return unitDistanceWithArticles(toUnits(a), toUnits(b), cutoff);
}
function budgetForLength(letters, tolerance = 1) {
  if (letters <= 2) return 0;
  if (letters === 3) return 0.3 * tolerance;
  return (0.2 * letters - 0.35) * tolerance;
}
function wordBudget(a, b, opts = {}) {
  return budgetForLength(Math.min(toUnits(a).length, toUnits(b).length), opts.tolerance ?? 1);
}

// src/names/key.ts
var CONSONANT_CLASS = {
  b: "B",
  p: "B",
  f: "F",
  v: "W",
  w: "W",
  k: "K",
  q: "K",
  g: "K",
  gh: "K",
  c: "K",
  j: "K",
  h: "H",
  kh: "H",
  d: "D",
  dh: "D",
  z: "D",
  th: "D",
  t: "D",
  s: "S",
  sh: "S",
  ch: "S",
  zh: "S",
  l: "L",
  r: "R",
  m: "M",
  n: "N",
  y: "Y"
};
var SECONDARY_CLASS = { z: "S", th: "S" };
function classOf(unit, secondary) {
  if (secondary) {
    const c2 = SECONDARY_CLASS[unit];
    if (c2) return c2;
  }
  return CONSONANT_CLASS[unit] ?? unit.toUpperCase();
}
function hasSecondary(u) {
  return u.ids.some((id) => SECONDARY_CLASS[unitString(id)] !== void 0);
}
function wordKey(u, secondary = false) {
  const n = u.ids.length;
  let key = "";
  let last = "";
  for (let i = 0; i < n; i++) {
    if (u.vowel[i]) continue;
    const s = unitString(u.ids[i]);
    const prevV = i > 0 && isVowelUnit(u.ids[i - 1]);
    if (s === "h" && i === n - 1 && prevV) continue;
    const c = classOf(s, secondary);
    if (c === last) continue;
    key += c;
    last = c;
  }
  return key;
}
var keysCache = /* @__PURE__ */ new Map();
var KEYS_CACHE_MAX = 1e5;
function blockingKeys(normalized) {
  let keys = keysCache.get(normalized);
  if (!keys) {
    keys = computeKeys(normalized);
    if (keysCache.size >= KEYS_CACHE_MAX) keysCache.clear();
    keysCache.set(normalized, keys);
  }
  return keys;
}
function computeKeys(normalized) {
  const forms = [normalized];
  const first = normalized.split(" ")[0] ?? "";
  const rest = normalized.slice(first.length);
  for (const alt of gluedAlternatives(first)) forms.push(alt.form + rest);
  const keys = [];
  for (const f of forms) {
    const u = toUnits(f.replace(/\s+/g, ""));
    const k = wordKey(u);
    if (k && !keys.includes(k)) keys.push(k);
    if (hasSecondary(u)) {
      const k2 = wordKey(u, true);
      if (k2 && !keys.includes(k2)) keys.push(k2);
    }
  }
  return keys;
}

// src/names/distinct.ts
var DISTINCT_URL = new URL("../../rules/names/distinct.yaml", import.meta.url);
var DistinctIndex = class {
  /** normalised members of each set */
  sets = [];
  byKey = /* @__PURE__ */ new Map();
  attached = /* @__PURE__ */ new Map();
  /** Add a set of pairwise distinct names (raw spellings, normalised with `lang`). */
  add(names2, lang = "en") {
    const norm = [...new Set(names2.map((n) => normalizeName(n, lang)).filter(Boolean))];
    if (norm.length < 2) return;
    const idx = this.sets.length;
    this.sets.push(norm);
    for (const m of norm) {
      for (const k of blockingKeys(m)) {
        const l = this.byKey.get(k);
        if (!l) this.byKey.set(k, [idx]);
        else if (!l.includes(idx)) l.push(idx);
      }
    }
    this.attached.clear();
  }
  get size() {
    return this.sets.length;
  }
  /** The sets, normalised. */
  entries() {
    return this.sets;
  }
  /** Set index -> member index for every set this normalised word is attached to. */
  attachments(word) {
    let out = this.attached.get(word);
    if (out) return out;
    out = /* @__PURE__ */ new Map();
    const cand = /* @__PURE__ */ new Set();
    for (const k of blockingKeys(word)) for (const s of this.byKey.get(k) ?? []) cand.add(s);
    for (const s of cand) {
      const members = this.sets[s];
      let best = -1;
      let bestD = Infinity;
      let second = Infinity;
      for (let i = 0; i < members.length; i++) {
        const m = members[i];
        const budget = wordBudget(word, m);
        const d = m === word ? 0 : wordDistanceWithArticles(word, m, budget);
        if (d > budget) continue;
        if (d < bestD) {
          second = bestD;
          bestD = d;
          best = i;
        } else if (d < second) second = d;
      }
      if (best >= 0 && bestD < second - 1e-9) out.set(s, best);
    }
    if (this.attached.size > 2e5) this.attached.clear();
    this.attached.set(word, out);
    return out;
  }
  /** Are these two normalised words known to be different names? */
  blocked(a, b) {
    if (a === b || this.sets.length === 0) return false;
    const aa = this.attachments(a);
    if (aa.size === 0) return false;
    const bb = this.attachments(b);
    for (const [s, i] of aa) {
      const j = bb.get(s);
      if (j !== void 0 && j !== i) return true;
    }
    return false;
  }
};
function distinctFromData(raw2) {
  const list = Array.isArray(raw2) ? raw2 : raw2?.distinct ?? [];
  if (!Array.isArray(list)) throw new Error("distinct.yaml: expected a list of name lists");
  return list.map((e) => {
    if (!Array.isArray(e) || e.length < 2) throw new Error("distinct.yaml: each entry must list at least two names");
    return e.map(String);
  });
}
var builtin;
function builtinDistinct() {
  if (!builtin) {
    const idx = new DistinctIndex();
    for (const set of loadNamesData(DISTINCT_URL, "names-distinct", distinctFromData)) idx.add(set);
    builtin = idx;
  }
  return builtin;
}
var userCache = /* @__PURE__ */ new WeakMap();
function userDistinct(pairs, lang = "en") {
  let idx = userCache.get(pairs);
  if (!idx) {
    idx = new DistinctIndex();
    for (const p of pairs) idx.add(p, lang);
    userCache.set(pairs, idx);
  }
  return idx;
}

// src/names/same.ts
var formCache = /* @__PURE__ */ new Map();
function nameForm(norm) {
  let f = formCache.get(norm);
  if (f) return f;
  const ws = norm ? norm.split(" ") : [];
  const words2 = ws.map(toUnits);
  const joined = words2.length === 1 ? words2[0] : toUnits(ws.join(""));
  f = { norm, words: words2, joined, letters: joined.length };
  if (formCache.size > 5e5) formCache.clear();
  formCache.set(norm, f);
  return f;
}
function distinctIndexes(opts) {
  const out = [];
  if (opts.builtinDistinct !== false) out.push(builtinDistinct());
  if (opts.distinct && opts.distinct.length) out.push(userDistinct(opts.distinct, opts.lang));
  return out;
}
function wordMatch(x, y, distinct, tolerance) {
  if (x.word === y.word) return 0;
  const budget = budgetForLength(Math.min(x.length, y.length), tolerance);
  const d = unitDistanceWithArticles(x, y, budget);
  if (d > budget) return -1;
  for (const idx of distinct) if (idx.blocked(x.word, y.word)) return -1;
  return d;
}
function matchForms(a, b, distinct, tolerance = 1) {
  if (a.norm === b.norm) return 0;
  if (!a.norm || !b.norm) return -1;
  if (a.words.length !== b.words.length) return wordMatch(a.joined, b.joined, distinct, tolerance);
  let total = 0;
  for (let i = 0; i < a.words.length; i++) {
    const d = wordMatch(a.words[i], b.words[i], distinct, tolerance);
    if (d < 0) return -1;
    total += d;
  }
  return total;
}
function matchNormalized(a, b, distinct, tolerance = 1) {
  return matchForms(nameForm(a), nameForm(b), distinct, tolerance);
}

// src/names/cluster.ts
var UnionFind = class {
  parent;
  members;
  constructor(n) {
    this.parent = new Int32Array(n);
    this.members = [];
    for (let i = 0; i < n; i++) {
      this.parent[i] = i;
      this.members.push([i]);
    }
  }
  find(x) {
    let r = x;
    while (this.parent[r] !== r) r = this.parent[r];
    while (this.parent[x] !== r) {
      const nx = this.parent[x];
      this.parent[x] = r;
      x = nx;
    }
    return r;
  }
  union(a, b) {
    const [big, small] = this.members[a].length >= this.members[b].length ? [a, b] : [b, a];
    this.parent[small] = big;
    for (const m of this.members[small]) this.members[big].push(m);
    this.members[small] = [];
  }
};
function consonants(u) {
  let s = "";
  for (const id of u.ids) if (!isVowelUnit(id)) s += unitString(id);
  return s;
}
function blockedAny(distinct, a, b) {
  const wa = a.split(" ");
  const wb = b.split(" ");
  if (wa.length === wb.length) {
    for (let i = 0; i < wa.length; i++) {
      for (const d of distinct) if (d.blocked(wa[i], wb[i])) return true;
    }
    return false;
  }
  const ja = wa.join("");
  const jb = wb.join("");
  for (const d of distinct) if (d.blocked(ja, jb)) return true;
  return false;
}
function clusterNames(items, opts = {}) {
  const lang = opts.lang ?? "en";
  const tolerance = opts.tolerance ?? 1;
  const distinct = distinctIndexes(opts);
  const linkage = opts.linkage ?? "average";
  const maxBucket = opts.maxBucket ?? 200;
  const byText = /* @__PURE__ */ new Map();
  for (const it of items) {
    const prev = byText.get(it.text);
    if (prev) prev.count += it.count;
    else byText.set(it.text, { text: it.text, count: it.count });
  }
  const nodes = [];
  const byNorm = /* @__PURE__ */ new Map();
  const loose = [];
  for (const it of byText.values()) {
    const norm = normalizeName(it.text, lang);
    if (!norm) {
      loose.push(it);
      continue;
    }
    let i = byNorm.get(norm);
    if (i === void 0) {
      i = nodes.length;
      byNorm.set(norm, i);
      nodes.push({ norm, items: [], count: 0 });
    }
    nodes[i].items.push(it);
    nodes[i].count += it.count;
  }
  const N = nodes.length;
  const forms = nodes.map((n) => nameForm(n.norm));
  const keyIds2 = /* @__PURE__ */ new Map();
  const nodeKeys = [];
  const buckets = [];
  for (let i = 0; i < N; i++) {
    const ks = [];
    for (const k of blockingKeys(nodes[i].norm)) {
      let id = keyIds2.get(k);
      if (id === void 0) {
        id = buckets.length;
        keyIds2.set(k, id);
        buckets.push([]);
      }
      ks.push(id);
      buckets[id].push(i);
    }
    ks.sort((p, q) => p - q);
    nodeKeys.push(ks);
  }
  const edges = [];
  const firstCommon = (i, j) => {
    const ki = nodeKeys[i];
    const kj = nodeKeys[j];
    let x = 0;
    let y = 0;
    while (x < ki.length && y < kj.length) {
      if (ki[x] === kj[y]) return ki[x];
      if (ki[x] < kj[y]) x++;
      else y++;
    }
    return -1;
  };
  const units = forms.map((f) => f.words.reduce((t, w) => t + w.ids.length, 0));
  const tryPair = (i, j, b) => {
    if ((nodeKeys[i].length > 1 || nodeKeys[j].length > 1) && firstCommon(i, j) !== b) return;
    const d = matchForms(forms[i], forms[j], distinct, tolerance);
    if (d >= 0) edges.push({ a: i, b: j, d });
  };
  for (let b = 0; b < buckets.length; b++) {
    const bucket = buckets[b];
    if (bucket.length < 2) continue;
    if (bucket.length > maxBucket) {
      neighbourhood(bucket, b);
      continue;
    }
    bucket.sort((p, q) => units[p] - units[q]);
    for (let x = 0; x < bucket.length; x++) {
      const i = bucket[x];
      const maxDiff = budgetForLength(forms[i].letters, tolerance) / 0.25 + forms[i].words.length - 1;
      for (let y = x + 1; y < bucket.length; y++) {
        const j = bucket[y];
        if (units[j] - units[i] > maxDiff) break;
        tryPair(i, j, b);
      }
    }
  }
  function neighbourhood(bucket, b) {
    const window = Math.max(8, Math.floor(maxBucket / 4));
    const byKey = (keys) => bucket.map((_, k) => k).sort((p, q) => keys[p] < keys[q] ? -1 : keys[p] > keys[q] ? 1 : 0);
    const first = byKey(bucket.map((i) => consonants(forms[i].joined) + " " + nodes[i].norm));
    const second = byKey(bucket.map((i) => [...nodes[i].norm].reverse().join("")));
    const pos1 = new Int32Array(bucket.length);
    first.forEach((k, x) => pos1[k] = x);
    for (const [order, isSecond] of [[first, false], [second, true]]) {
      for (let x = 0; x < order.length; x++) {
        for (let y = x + 1; y < order.length && y <= x + window; y++) {
          if (isSecond && Math.abs(pos1[order[x]] - pos1[order[y]]) <= window) continue;
          tryPair(bucket[order[x]], bucket[order[y]], b);
        }
      }
    }
  }
  edges.sort((p, q) => p.d - q.d || nodes[q.a].count + nodes[q.b].count - nodes[p.a].count - nodes[p.b].count);
  const matched = /* @__PURE__ */ new Map();
  const adj = nodes.map(() => []);
  for (const e of edges) {
    matched.set(e.a < e.b ? e.a * N + e.b : e.b * N + e.a, e.d);
    adj[e.a].push({ n: e.b, d: e.d });
    adj[e.b].push({ n: e.a, d: e.d });
  }
  const isMatch = (x, y) => matched.has(x < y ? x * N + y : y * N + x);
  const uf = new UnionFind(N);
  if (linkage === "average") {
    const order = nodes.map((_, i) => i).sort((p, q) => nodes[q].count - nodes[p].count || (nodes[p].norm < nodes[q].norm ? -1 : nodes[p].norm > nodes[q].norm ? 1 : 0));
    const placed = new Uint8Array(N);
    const w = (i) => Math.max(nodes[i].count, 1e-3);
    const weight = new Float64Array(N);
    for (const x of order) {
      let best = -1;
      let bestScore = 0;
      let bestD = Infinity;
      const seenRoots = /* @__PURE__ */ new Set();
      for (const { n: y } of adj[x]) {
        if (!placed[y]) continue;
        const r = uf.find(y);
        if (seenRoots.has(r)) continue;
        seenRoots.add(r);
        let hit = 0;
        let dsum = 0;
        let blocked = false;
        for (const m of uf.members[r]) {
          const id = x < m ? x * N + m : m * N + x;
          const d = matched.get(id);
          if (d !== void 0) {
            hit += w(m);
            dsum += d * w(m);
          } else if (distinct.length && blockedAny(distinct, nodes[x].norm, nodes[m].norm)) {
            blocked = true;
            break;
          }
        }
        if (blocked) continue;
        const score = hit / weight[r];
        const meanD = dsum / Math.max(hit, 1e-9);
        if (score > bestScore + 1e-12 || Math.abs(score - bestScore) <= 1e-12 && meanD < bestD) {
          best = r;
          bestScore = score;
          bestD = meanD;
        }
      }
      placed[x] = 1;
      if (best >= 0 && bestScore >= 0.5) {
        const total = weight[best] + w(x);
        uf.union(best, x);
        weight[uf.find(x)] = total;
      } else weight[x] = w(x);
    }
  } else {
    for (const e of edges) {
      const ra = uf.find(e.a);
      const rb = uf.find(e.b);
      if (ra === rb) continue;
      let ok = true;
      outer: for (const x of uf.members[ra]) {
        for (const y of uf.members[rb]) {
          if (linkage === "complete" ? !isMatch(x, y) : blockedAny(distinct, nodes[x].norm, nodes[y].norm)) {
            ok = false;
            break outer;
          }
        }
      }
      if (ok) uf.union(ra, rb);
    }
  }
  const clusters = [];
  for (let r = 0; r < N; r++) {
    if (uf.find(r) !== r) continue;
    const ns = uf.members[r].map((i) => nodes[i]);
    clusters.push(makeCluster(ns, distinct, tolerance));
  }
  for (const it of loose) clusters.push({ canonical: it.text, members: [it], count: it.count });
  clusters.sort((p, q) => q.count - p.count || (p.canonical < q.canonical ? -1 : p.canonical > q.canonical ? 1 : 0));
  return clusters;
}
function makeCluster(ns, distinct, tolerance) {
  const members = [];
  for (const n of ns) for (const it of n.items) members.push({ item: it, node: n });
  members.sort((p, q) => q.item.count - p.item.count || (p.item.text < q.item.text ? -1 : p.item.text > q.item.text ? 1 : 0));
  const total = members.reduce((s, m) => s + m.item.count, 0);
  const top = members.filter((m) => m.item.count === members[0].item.count);
  const out = { canonical: members[0].item.text, members: members.map((m) => m.item), count: total };
  if (top.length > 1) {
    let best = top[0];
    let bestScore = Infinity;
    for (const t of top) {
      let s = 0;
      for (const m of members) {
        if (m === t) continue;
        const d = matchNormalized(t.node.norm, m.node.norm, distinct, tolerance);
        s += m.item.count * (d < 0 ? 2 : d);
      }
      if (!/^[\x20-\x7e]*$/.test(t.item.text)) s += 1e-6;
      if (s < bestScore - 1e-12) {
        bestScore = s;
        best = t;
      }
    }
    out.canonical = best.item.text;
    out.tie = true;
  }
  return out;
}

// src/rules/name-consistency.ts
var nameConsistency = {
  meta: {
    id: "name-consistency",
    description: "One name spelled several ways in a document, known to a pack or not ('Nimrush' beside 'Nimroush').",
    type: "problem",
    defaultSeverity: "warning",
    fixable: "unsafe",
    hasSuggestions: true,
    languages: "*",
    messages: {
      majority: "{{forms}} look like spellings of one name in this document ({{counts}}): use '{{target}}'.",
      pack: "{{forms}} look like spellings of one name in this document ({{counts}}): {{entity}} is written '{{target}}'.",
      tie: "{{forms}} look like spellings of one name in this document ({{counts}}): choose one.",
      use: "Write '{{target}}'."
    },
    docs: {
      fixSafety: "Unsafe when a pack gives the house form (the spelling is only judged to be the same name); a suggestion when the target is the document's most frequent spelling; nothing on a tie."
    },
    schema: {
      type: "object",
      properties: {
        distinct: {
          type: "array",
          items: { type: "array", minItems: 2, items: { type: "string", minLength: 1 } },
          description: "Groups of spellings that name different people and never merge."
        }
      },
      additionalProperties: false
    }
  },
  check(context) {
    const { doc, text, language } = context;
    const cands = documentCandidates(text, language, doc.words);
    if (cands.length < 2) return;
    const covers = coverTokens(context, cands);
    const distinct = Array.isArray(context.options.distinct) ? context.options.distinct : void 0;
    const lists = candidateLists(language);
    const last = cands.map((cand) => {
      const token = cand.tokens[cand.tokens.length - 1];
      return { token, cand, cover: covers.get(token) };
    });
    for (const group of groupSpellings(last, language, distinct, lists)) {
      report(context, group);
      let byPos;
      for (const o of group) {
        const n = o.cand.tokens.length;
        for (let k = 0; k < n - 1; k++) {
          if (k > 0 && n < 3) continue;
          const pos = k === 0 ? "first" : `${n}:${k}`;
          const token = o.cand.tokens[k];
          byPos ??= /* @__PURE__ */ new Map();
          let list = byPos.get(pos);
          if (!list) byPos.set(pos, list = []);
          list.push({ token, cand: o.cand, cover: covers.get(token) });
        }
      }
      if (byPos) for (const occs of byPos.values()) for (const g of groupSpellings(occs, language, distinct, lists)) report(context, g);
    }
  }
};
function coverTokens(context, cands) {
  const out = /* @__PURE__ */ new Map();
  if (context.packs.entities.entityCount === 0) return out;
  const mentions = context.doc.mentions;
  if (mentions.length === 0) return out;
  let mi = 0;
  for (const c of cands) {
    for (const t of c.tokens) {
      while (mi < mentions.length && mentions[mi].end <= t.start) mi++;
      const m = mentions[mi];
      if (!m || m.start > t.start || m.end < t.end) continue;
      out.set(t, { entity: m.entity, mention: m });
    }
  }
  return out;
}
function houseWord(text, m, t) {
  if (m.kind === "alias" || !m.house) return void 0;
  const found = coreWords(text.slice(m.coreStart, m.end));
  const idx = found.findIndex((w2) => w2.start + m.coreStart === t.start);
  if (idx < 0) return void 0;
  const house = coreWords(m.house);
  const w = house.length === found.length ? house[idx] : idx === found.length - 1 ? house[house.length - 1] : void 0;
  return w && m.house.slice(w.start, w.end);
}
var NO_DISTINCT = [];
var SPELLING_CACHE_MAX = 1e5;
var spellings = /* @__PURE__ */ new Map();
var keyIds = /* @__PURE__ */ new Map();
var cached2 = 0;
function spellingOf(text, lang) {
  let byText = spellings.get(lang);
  if (!byText) spellings.set(lang, byText = /* @__PURE__ */ new Map());
  let s = byText.get(text);
  if (s) return s;
  if (cached2 >= SPELLING_CACHE_MAX) {
    spellings = /* @__PURE__ */ new Map([[lang, byText = /* @__PURE__ */ new Map()]]);
    keyIds = /* @__PURE__ */ new Map();
    cached2 = 0;
  }
  const norm = normalizeName(text, lang);
  const keys = [];
  if (norm) {
    for (const k of blockingKeys(norm)) {
      let id = keyIds.get(k);
      if (id === void 0) keyIds.set(k, id = keyIds.size);
      keys.push(id);
    }
  }
  s = { form: nameForm(norm), keys };
  byText.set(text, s);
  cached2++;
  return s;
}
function mayMatch(a, b) {
  return matchForms(a.form, b.form, NO_DISTINCT) >= 0;
}
function groupSpellings(occs, lang, distinct, lists) {
  const byKey = /* @__PURE__ */ new Map();
  for (const o of occs) {
    const l = byKey.get(o.token.key);
    if (l) l.push(o);
    else byKey.set(o.token.key, [o]);
  }
  if (byKey.size === 1) return [occs];
  const bySpelling = [...byKey.values()];
  const infos = bySpelling.map((l) => spellingOf(l[0].token.text, lang));
  const buckets = /* @__PURE__ */ new Map();
  const shared = new Uint8Array(bySpelling.length);
  let linked = false;
  for (let i = 0; i < infos.length; i++) {
    for (const k of infos[i].keys) {
      const bucket = buckets.get(k);
      if (!bucket) {
        buckets.set(k, [i]);
        continue;
      }
      for (const j of bucket) {
        shared[i] = shared[j] = 1;
        if (!linked && mayMatch(infos[i], infos[j])) linked = true;
      }
      bucket.push(i);
    }
  }
  if (!linked) return bySpelling;
  const out = [];
  const keyOfText = /* @__PURE__ */ new Map();
  const items = [];
  for (let i = 0; i < bySpelling.length; i++) {
    const l = bySpelling[i];
    if (!shared[i]) {
      out.push(l);
      continue;
    }
    keyOfText.set(l[0].token.text, l[0].token.key);
    items.push({ text: l[0].token.text, count: l.length });
  }
  for (const c of clusterNames(items, { lang, distinct })) {
    const keys = c.members.map((m) => keyOfText.get(m.text));
    const derived = derivedKeys(keys, lists);
    for (const k of derived) out.push(byKey.get(k));
    out.push(keys.filter((k) => !derived.has(k)).flatMap((k) => byKey.get(k)));
  }
  return out;
}
function report(context, group) {
  const key0 = group[0]?.token.key;
  if (group.every((o) => o.token.key === key0)) return;
  const spellings2 = /* @__PURE__ */ new Map();
  for (const o of group) {
    const s = spellings2.get(o.token.key);
    if (s) s.occs.push(o);
    else spellings2.set(o.token.key, { text: o.token.text, occs: [o], first: o.token.start });
  }
  if (spellings2.size < 2) return;
  if (group.every((o) => o.token.initial)) return;
  const entities = /* @__PURE__ */ new Map();
  for (const o of group) {
    if (!o.cover) continue;
    let e = entities.get(o.cover.entity.id);
    if (!e) entities.set(o.cover.entity.id, e = { entity: o.cover.entity, houses: /* @__PURE__ */ new Map() });
    const house = houseWord(context.text, o.cover.mention, o.token);
    if (house) e.houses.set(house, (e.houses.get(house) ?? 0) + 1);
  }
  if (entities.size > 1) return;
  const ranked = [...spellings2.values()].sort((a, b) => b.occs.length - a.occs.length || a.first - b.first);
  const counts = ranked.map((s) => `${s.text} \xD7${s.occs.length}`).join(", ");
  const known = [...entities.values()][0];
  let target;
  let mode;
  if (known && known.houses.size) {
    mode = "pack";
    target = [...known.houses].sort((a, b) => b[1] - a[1])[0][0];
  } else if (ranked.length > 1 && ranked[0].occs.length === ranked[1].occs.length) {
    mode = "tie";
  } else {
    mode = "majority";
    target = ranked[0].text;
  }
  const reference = mode === "tie" ? ranked.filter((r) => r.occs.length === ranked[0].occs.length).sort((a, b) => a.first - b.first)[0] : void 0;
  const targetKey = target !== void 0 ? fold(target) : void 0;
  for (const s of ranked) {
    if (s === reference || fold(s.text) === targetKey) continue;
    const all = [s, ...ranked.filter((r) => r !== s)].map((r) => `'${r.text}'`);
    const forms = `${all.slice(0, -1).join(", ")} and ${all[all.length - 1]}`;
    for (const o of s.occs) {
      if (o.cover) continue;
      const range = [o.token.start, o.token.end];
      const found = o.token.text;
      const data = { forms, counts, target: target ?? "", found };
      if (mode === "pack") {
        const e = known.entity;
        const fix = applyCaseStyle(found, target);
        context.report({
          messageId: "pack",
          data: { ...data, entity: e.canonical[context.language] ?? e.canonical.en },
          range,
          fix: { range, text: fix, safety: "unsafe" },
          actual: found,
          expected: [fix],
          entity: e.id
        });
      } else if (mode === "majority") {
        const fix = applyCaseStyle(found, target);
        context.report({
          messageId: "majority",
          data,
          range,
          suggestions: [{ messageId: "use", data: { target: fix }, fix: { range, text: fix } }],
          actual: found,
          expected: [fix]
        });
      } else {
        context.report({ messageId: "tie", data, range, actual: found, expected: ranked.filter((r) => r !== s).map((r) => r.text) });
      }
    }
  }
}

// src/text/english-tags.ts
var EnglishTags = class {
  constructor(text) {
    this.text = text;
  }
  /** Line start -> (token start -> POS tag). */
  lines = /* @__PURE__ */ new Map();
  /** The universal POS tag (NOUN, PROPN, DET, ADP, ...) of the token starting at `offset`, if a token starts there. */
  posAt(offset) {
    const t = this.text;
    let start = offset;
    while (start > 0 && t[start - 1] !== "\n" && t[start - 1] !== "\r") start--;
    let tags = this.lines.get(start);
    if (!tags) {
      let end = offset;
      while (end < t.length && t[end] !== "\n" && t[end] !== "\r") end++;
      tags = /* @__PURE__ */ new Map();
      for (const s of tagSentences(t.slice(start, end))) for (const tok of s) tags.set(start + tok.start, tok.pos);
      this.lines.set(start, tags);
    }
    return tags.get(offset);
  }
};
function tagSentences(text) {
  const nlp = getNlp();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const out = [];
  let cursor = 0;
  doc.sentences().each((s) => {
    const values = s.tokens().out();
    const tags = s.tokens().out(its.pos);
    const sentence = [];
    values.forEach((v, i) => {
      const at = text.indexOf(v, cursor);
      if (at < 0 || at - cursor > 64) return;
      cursor = at + v.length;
      sentence.push({ start: at, end: cursor, pos: tags[i] });
    });
    out.push(sentence);
  });
  return out;
}

// src/rules/odd-capitals.ts
var LANGUAGES = ["en", "fr", "de", "es", "it"];
var MID_SENTENCE_BEFORE = /[\p{L}\p{N},;%”’»]/u;
var FUNCTION_POS = /* @__PURE__ */ new Set(["DET", "ADP", "CCONJ", "SCONJ", "PRON", "PART", "AUX", "ADV"]);
var LABEL_BEFORE_POS = /* @__PURE__ */ new Set(["NOUN", "PROPN", "NUM", "ADJ"]);
var oddCapitals = {
  meta: {
    id: "odd-capitals",
    description: "A function word or common noun capitalised mid-sentence ('came In a statement', 'the dismantling Militias').",
    type: "problem",
    defaultSeverity: "warning",
    fixable: "safe",
    hasSuggestions: true,
    languages: LANGUAGES,
    messages: {
      functionWord: "'{{word}}' is capitalised in mid-sentence, but it is a function word: write '{{lower}}'.",
      commonNoun: "'{{word}}' is capitalised in mid-sentence, but it is not a name here (the text has '{{seen}}' elsewhere): write '{{lower}}' unless it is part of a name.",
      lowerCase: "Write '{{lower}}'."
    },
    docs: {
      fixSafety: "Safe for function words (determiners, prepositions, conjunctions, pronouns): the capital is noise. Common nouns get a suggestion only: the word may belong to a name."
    }
  },
  check(context) {
    const { doc, text, language } = context;
    const data = langData(language);
    const ws = doc.words;
    if (ws.length === 0) return;
    const lowers = lowerForms(text, ws);
    const candidates = possibleCandidates(text, ws, data, language, lowers);
    if (candidates.length === 0) return;
    const facts = new Facts(doc, data, lowers);
    const tags = doc.englishTags;
    const posAt = tags ? (start) => tags.posAt(start) : void 0;
    let dictLoaded = false;
    let dictionary;
    const dict = () => {
      if (!dictLoaded) {
        dictionary = requireDictionary(language);
        dictLoaded = true;
      }
      return dictionary;
    };
    for (const i of candidates) {
      const w = ws[i];
      const word = text.slice(w.start, w.end);
      if (!facts.midSentence(i) || facts.inName(i)) continue;
      const lower = word[0].toLocaleLowerCase(language) + word.slice(1);
      const prev = facts.prev(i) ?? facts.prevAcrossComma(i);
      if (!prev || new RegExp("['\u2019]\\p{Lu}", "u").test(text.slice(prev.start, prev.end))) continue;
      if (!startsLower(text, prev) && !(language === "de" && dict()?.isWord(text.slice(prev.start, prev.end)))) continue;
      if (data.titleIntroducers.has(prev.key)) continue;
      const next = facts.next(i);
      const kind = data.functionForms.has(lower.normalize("NFC").toLocaleLowerCase(language)) ? data.functionWords.get(w.key) : void 0;
      if (kind) {
        if (!next || !startsLower(text, next)) {
          continue;
        }
        if (kind === "articles" && language !== "en") continue;
        if (kind === "articles" && data.functionWords.has(prev.key)) continue;
        if (posAt) {
          const pos = posAt(w.start);
          if (pos && !FUNCTION_POS.has(pos)) continue;
        }
        if (word.length === 1) {
          if (posAt) {
            const prevPos = posAt(prev.start);
            if (!prevPos || LABEL_BEFORE_POS.has(prevPos)) continue;
          } else if (!next || !data.functionWords.has(next.key)) continue;
        }
        context.report({
          messageId: "functionWord",
          data: { word, lower },
          range: [w.start, w.end],
          fix: { range: [w.start, w.end], text: lower, safety: "safe" },
          actual: word,
          expected: [lower]
        });
        continue;
      }
      if (language === "de" || word.length < 3 || data.titles.has(w.key)) continue;
      if (language !== "en" && data.functionWords.get(prev.key) === "articles" && (!facts.lowerAfterArticle().has(stem(w.key)) || next && data.nameConnectors.has(next.key))) continue;
      if (nameAround(text, facts, data, i)) continue;
      if (facts.capitalisedElsewhere(w.key)) continue;
      const seen = lowers.get(stem(w.key));
      if (!seen) continue;
      const d = dict();
      if (d && !d.isWord(lower)) continue;
      if (language === "en" && posAt && !taggedNoun(text, facts.sentenceOf(i), w)) continue;
      context.report({
        messageId: "commonNoun",
        data: { word, lower, seen },
        range: [w.start, w.end],
        suggestions: [{ messageId: "lowerCase", data: { lower }, fix: { range: [w.start, w.end], text: lower } }],
        actual: word,
        expected: [lower]
      });
    }
  }
};
function nameAround(text, facts, data, i) {
  const upperAt = (w) => w !== void 0 && new RegExp("\\p{Lu}", "u").test(text[w.start]);
  const linking = (w) => data.nameConnectors.has(w.key) || data.functionWords.get(w.key) === "articles";
  let j = i;
  for (let hops = 0; hops < 3; hops++) {
    const n = facts.next(j);
    if (!n) break;
    if (upperAt(n)) return true;
    if (!linking(n)) break;
    j++;
  }
  j = i;
  for (let hops = 0; hops < 3; hops++) {
    const p = facts.prev(j);
    if (!p) break;
    if (upperAt(p)) return hops > 0;
    if (!linking(p)) break;
    j--;
  }
  return false;
}
function possibleCandidates(text, ws, data, language, lowers) {
  const out = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    const c0 = text.charCodeAt(w.start);
    if (c0 < 65 || c0 > 90 && c0 < 192) continue;
    const word = text.slice(w.start, w.end);
    if (!isCapitalised(word) || language === "en" && word === "I") continue;
    let p = w.start - 1;
    while (p >= 0 && (text[p] === " " || text[p] === "	" || text[p] === "\xA0" || text[p] === "\u202F")) p--;
    if (p < 0 || !MID_SENTENCE_BEFORE.test(text[p])) continue;
    if (data.functionWords.has(w.key)) {
      const next = ws[i + 1];
      if (next && /^[ \t\u00a0\u202f]+$/.test(text.slice(w.end, next.start)) && (startsLower(text, next) || language === "de")) out.push(i);
    } else if (language !== "de" && word.length >= 3 && !data.titles.has(w.key) && lowers.has(stem(w.key))) out.push(i);
  }
  return out;
}
function lowerForms(text, ws) {
  const lowers = /* @__PURE__ */ new Map();
  for (const w of ws) {
    if (!startsLower(text, w)) continue;
    const s = stem(w.key);
    if (!lowers.has(s)) lowers.set(s, text.slice(w.start, w.end));
  }
  return lowers;
}
function isCapitalised(word) {
  return new RegExp("^\\p{Lu}[\\p{Ll}\\p{M}'\u2019]*$", "u").test(word);
}
function startsLower(text, w) {
  const c = text.charCodeAt(w.start);
  if (c < 128) return c >= 97 && c <= 122;
  return new RegExp("\\p{Ll}", "u").test(text[w.start]);
}
function taggedNoun(text, sentence, w) {
  if (!sentence) return false;
  const s = text.slice(sentence.start, w.start) + text[w.start].toLowerCase() + text.slice(w.start + 1, sentence.end);
  const at = w.start - sentence.start;
  for (const toks of tagSentences(s)) for (const t of toks) if (t.start === at) return t.pos === "NOUN";
  return false;
}
var Facts = class {
  constructor(doc, data, lowers) {
    this.doc = doc;
    this.data = data;
    this.lowers = lowers;
    this.text = doc.text;
    this.ws = doc.words;
    const n = this.ws.length;
    this.sentenceIdx = new Int32Array(n).fill(-1);
    this.firstInSentence = new Uint8Array(n);
    const ss = doc.sentences;
    let k = 0;
    for (let i = 0; i < n; i++) {
      const w = this.ws[i];
      while (k < ss.length && ss[k].end <= w.start) k++;
      if (k < ss.length && ss[k].start <= w.start) {
        if (i === 0 || this.sentenceIdx[i - 1] !== k) this.firstInSentence[i] = 1;
        this.sentenceIdx[i] = k;
      }
    }
    this.headline = doc.language === "de" ? new Uint8Array(this.ws.length) : this.headlineWords();
    this.mention = new Uint8Array(n);
    let j = 0;
    for (const m of [...doc.mentions].sort((a, b) => a.start - b.start)) {
      while (j > 0 && this.ws[j - 1].end > m.start) j--;
      while (j < n && this.ws[j].end <= m.start) j++;
      for (let x = j; x < n && this.ws[x].start < m.end; x++) this.mention[x] = 1;
    }
  }
  sentenceIdx;
  firstInSentence;
  headline;
  mention;
  midCaps;
  text;
  ws;
  sentenceOf(i) {
    return this.doc.sentences[this.sentenceIdx[i]];
  }
  sentenceInitial(i) {
    return this.firstInSentence[i] === 1;
  }
  /** Not the first word of a sentence, of a line, or after a colon, quotation mark, bracket, dash or full stop. */
  midSentence(i) {
    if (this.sentenceIdx[i] < 0 || this.firstInSentence[i] || this.headline[i]) return false;
    const w = this.ws[i];
    const t = this.text;
    const before = t[w.start - 1] ?? "";
    const after = t[w.end] ?? "";
    if (/[-‐‑'’.\/@#_&]/.test(before) || /[-‐‑_&@]/.test(after) || after === "." && new RegExp("\\p{L}", "u").test(t[w.end + 1] ?? "")) return false;
    if (new RegExp("\\p{N}", "u").test(t.slice(w.start, w.end))) return false;
    let p = w.start - 1;
    while (p >= 0 && (t[p] === " " || t[p] === "	" || t[p] === "\xA0" || t[p] === "\u202F")) p--;
    if (p < 0 || t[p] === "\n" || t[p] === "\r") return false;
    return MID_SENTENCE_BEFORE.test(t[p]);
  }
  /** Inside a pack entity mention. */
  inName(i) {
    return this.mention[i] === 1;
  }
  /** The previous word in the same sentence, separated by white space only. */
  prev(i) {
    if (i === 0 || this.sentenceIdx[i - 1] !== this.sentenceIdx[i]) return void 0;
    const p = this.ws[i - 1];
    return /^[\s]+$/.test(this.text.slice(p.end, this.ws[i].start)) ? p : void 0;
  }
  /** The previous word in the same sentence across a comma or semicolon ('the strategic city, Which the'). */
  prevAcrossComma(i) {
    if (i === 0 || this.sentenceIdx[i - 1] !== this.sentenceIdx[i]) return void 0;
    const p = this.ws[i - 1];
    return /^[,;]\s+$/.test(this.text.slice(p.end, this.ws[i].start)) ? p : void 0;
  }
  afterArticle;
  /** Crude singulars of the lower-case words the text writes right after an article: nouns ('les milices'), not adjectives. */
  lowerAfterArticle() {
    if (!this.afterArticle) {
      this.afterArticle = /* @__PURE__ */ new Set();
      for (let i = 1; i < this.ws.length; i++) {
        const w = this.ws[i];
        const p = this.ws[i - 1];
        if (this.data.functionWords.get(p.key) !== "articles" || !startsLower(this.text, w)) continue;
        if (/^\s+$/.test(this.text.slice(p.end, w.start))) this.afterArticle.add(stem(w.key));
      }
    }
    return this.afterArticle;
  }
  /** The next word in the same sentence, separated by spaces only. */
  next(i) {
    if (i < 0 || i + 1 >= this.ws.length || this.sentenceIdx[i + 1] !== this.sentenceIdx[i]) return void 0;
    const n = this.ws[i + 1];
    return /^[ \t\u00a0\u202f]+$/.test(this.text.slice(this.ws[i].end, n.start)) ? n : void 0;
  }
  /** Is this word capitalised in mid-sentence more than once in the text (a name)? */
  capitalisedElsewhere(key) {
    if (!this.midCaps) {
      this.midCaps = /* @__PURE__ */ new Map();
      for (let i = 0; i < this.ws.length; i++) {
        const w = this.ws[i];
        if (!this.firstInSentence[i] && new RegExp("\\p{Lu}", "u").test(this.text[w.start])) this.midCaps.set(w.key, (this.midCaps.get(w.key) ?? 0) + 1);
      }
    }
    return (this.midCaps.get(key) ?? 0) > 1;
  }
  /** Words on headline-case lines (most content words capitalised). */
  headlineWords() {
    const out = new Uint8Array(this.ws.length);
    let i = 0;
    while (i < this.ws.length) {
      const lineEnd = endOfLine(this.text, this.ws[i].start);
      let j = i;
      let content = 0;
      let caps = 0;
      for (; j < this.ws.length && this.ws[j].start < lineEnd; j++) {
        const w = this.ws[j];
        if (this.data.functionWords.has(w.key)) continue;
        const c = this.text[w.start];
        const upper = c !== c.toLowerCase();
        if (!upper && c === c.toUpperCase()) continue;
        content++;
        if (upper) caps++;
      }
      if (content >= 2 && caps / content >= 0.6) out.fill(1, i, j);
      i = j;
    }
    return out;
  }
};
function endOfLine(text, from) {
  const n = text.indexOf("\n", from);
  return n < 0 ? text.length : n;
}
function stem(key) {
  if (key.length > 4 && key.endsWith("ies")) return key.slice(0, -3) + "y";
  if (key.length > 3 && key.endsWith("s") && !key.endsWith("ss")) return key.slice(0, -1);
  return key;
}

// src/text/sentences.ts
var segmenters = /* @__PURE__ */ new Map();
function segmenter(lang) {
  let s = segmenters.get(lang);
  if (!s) {
    try {
      s = new Intl.Segmenter(lang, { granularity: "sentence" });
    } catch {
      s = new Intl.Segmenter("en", { granularity: "sentence" });
    }
    segmenters.set(lang, s);
  }
  return s;
}
function lineSpans(text) {
  const out = [];
  const re = /[^\r\n]+/g;
  let m;
  while (m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
function splitSentences(text, lang, data) {
  const out = [];
  const seg = segmenter(lang);
  const closers = closingOnly(data);
  for (const line of lineSpans(text)) {
    const lineText = text.slice(line.start, line.end);
    if (lineText.trim() === "") continue;
    let pending;
    for (const s of seg.segment(lineText)) {
      let start = line.start + s.index;
      const end = start + s.segment.length;
      if (pending) {
        let i = start;
        while (i < end && (closers.has(text[i]) || text[i] === '"' && /\s/.test(text[i + 1] ?? " "))) i++;
        if (i > start && (i === end || /\s/.test(text[i]))) {
          pending.end = i;
          start = i;
        }
      }
      const span = trim(text, start, end);
      if (!span) continue;
      if (pending && continues(text, pending, lang, data)) {
        pending.end = span.end;
        continue;
      }
      if (pending) out.push(pending);
      pending = span;
    }
    if (pending) out.push(pending);
  }
  return out;
}
function closingOnly(data) {
  const open = new Set(data.quotes.map((q) => q[0]));
  const set = /* @__PURE__ */ new Set([")", "]"]);
  for (const [, c] of data.quotes) if (!open.has(c)) set.add(c);
  return set;
}
function trim(text, start, end) {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : void 0;
}
function continues(text, s, lang, data) {
  if (text[s.end - 1] !== ".") return false;
  const m = /([\p{L}\p{N}]+)\.$/u.exec(text.slice(Math.max(s.start, s.end - 40), s.end));
  if (!m) return false;
  const word = m[1];
  if (new RegExp("^\\p{L}$", "u").test(word)) return true;
  if (lang === "de" && /^\d{1,2}$/.test(word)) return true;
  return data.abbreviations.has(fold(word));
}

// src/rules/orphan-fragment.ts
var FRAGMENT = new RegExp("^(\\p{Lu}[\\p{Ll}\\p{M}'\u2019-]*)(?:[ \\t]+(\\p{L}[\\p{L}\\p{M}'\u2019-]*))?\\.$", "u");
var MIN_SENTENCE_WORDS = 4;
var FRAGMENT_END = new RegExp("\\p{Lu}[\\p{Ll}\\p{M}'\u2019-]*(?:[ \\t]+\\p{L}[\\p{L}\\p{M}'\u2019-]*)?\\.$", "u");
var orphanFragment = {
  meta: {
    id: "orphan-fragment",
    description: "A one- or two-word sentence glued to the end of a paragraph ('... between the two parties. Conflict.').",
    type: "problem",
    defaultSeverity: "warning",
    hasSuggestions: true,
    languages: ["en", "fr", "de", "es", "it"],
    messages: {
      orphan: "'{{found}}' is a {{count}}-word sentence glued to the end of the paragraph: probably a leftover tag or heading. Delete it or work it into the sentence before.",
      delete: "Delete '{{found}}'."
    },
    docs: { fixSafety: "No automatic fix; a suggestion deletes the fragment (only a reader can tell a leftover from a deliberate fragment)." }
  },
  check(context) {
    const { doc, text, language } = context;
    const data = langData(language);
    for (const p of doc.paragraphs) {
      if (!FRAGMENT_END.test(text.slice(Math.max(p.start, p.end - 200), p.end))) continue;
      let lineStart = p.end;
      while (lineStart > p.start && text[lineStart - 1] !== "\n" && text[lineStart - 1] !== "\r") lineStart--;
      const ss = splitSentences(text.slice(lineStart, p.end), language, data);
      if (ss.length < 2) continue;
      const last = { start: lineStart + ss[ss.length - 1].start, end: lineStart + ss[ss.length - 1].end };
      const prev = { start: lineStart + ss[ss.length - 2].start, end: lineStart + ss[ss.length - 2].end };
      if (last.end !== p.end) continue;
      const found = text.slice(last.start, last.end);
      const m = FRAGMENT.exec(found);
      if (!m) continue;
      const keys = [m[1], m[2]].filter((x) => !!x).map(fold);
      if (keys.some((w) => data.speechVerbs.has(w) || data.abbreviations.has(w))) continue;
      if (data.shortReplies.has(keys[0]) || data.functionWords.has(keys[0])) continue;
      if (m[1].length < 2) continue;
      const prevText = text.slice(prev.start, prev.end);
      if (!/[\p{L}\p{N}][.!?]$/u.test(prevText)) continue;
      const prevWords = prevText.match(/[\p{L}\p{N}]+/gu) ?? [];
      if (prevWords.length < MIN_SENTENCE_WORDS) continue;
      const lastWord = prevWords[prevWords.length - 1];
      if (new RegExp("^\\p{L}$", "u").test(lastWord) || data.abbreviations.has(fold(lastWord))) continue;
      const data_ = { found, count: keys.length === 1 ? "one" : "two" };
      context.report({
        messageId: "orphan",
        data: data_,
        range: [last.start, last.end],
        suggestions: [{ messageId: "delete", data: data_, fix: { range: [prev.end, last.end], text: "" } }],
        actual: found
      });
    }
  }
};

// src/rules/punctuation-spacing.ts
var SPACE = "[ \\t\\u00a0\\u202f]";
var NBSP = "\xA0";
var NNBSP = "\u202F";
var FRENCH_SPACED = /* @__PURE__ */ new Set([":", ";", "!", "?"]);
var INVISIBLE = {
  "\u200B": "zero-width space",
  "\u2060": "word joiner",
  "\uFEFF": "byte-order mark",
  "\xAD": "soft hyphen",
  "\u200C": "zero-width non-joiner",
  "\u200D": "zero-width joiner"
};
var punctuationSpacing = {
  meta: {
    id: "punctuation-spacing",
    description: "Doubled full stops, spaces before punctuation, unbalanced quotation marks and brackets, invisible characters in words.",
    type: "layout",
    defaultSeverity: "warning",
    fixable: "safe",
    languages: "*",
    messages: {
      doubledStop: "Doubled full stop '{{found}}': write a single full stop.",
      spaceBefore: "Space before '{{mark}}': remove it.",
      frenchSpace: "In French, '{{mark}}' takes a no-break space before it, not a plain space.",
      spaceBeforeQuote: "Space before the closing quotation mark '{{mark}}': remove it.",
      unclosedQuote: "Quotation mark '{{mark}}' is not closed in this paragraph: add the closing mark or remove this one.",
      unopenedQuote: "Closing quotation mark '{{mark}}' has no opening mark in this paragraph.",
      reversedQuotes: "Quotation marks '{{mark}}' ... '{{open}}' are the wrong way round: write '{{open}}' before the quoted words and '{{mark}}' after them.",
      mismatchedQuote: "Quotation opened with '{{open}}' but closed with '{{mark}}': use a matching pair.",
      attributionInQuote: "Quotation mark '{{mark}}' is not closed before the attribution ('..., he said'): close the quotation before it.",
      unclosedBracket: "Bracket '{{mark}}' is not closed in this paragraph.",
      unopenedBracket: "Closing bracket '{{mark}}' has no opening bracket in this paragraph.",
      invisible: "Invisible {{name}} (U+{{code}}) in '{{word}}': remove it."
    },
    docs: {
      fixSafety: "Safe: removing an invisible character, a space before punctuation or a second full stop changes no word. Unbalanced quotation marks and brackets get no fix."
    },
    schema: {
      type: "object",
      properties: { frenchSpacing: { type: "boolean", description: "Report a plain, breaking space before French high punctuation as info, with a fix to a no-break space (default false)." } },
      additionalProperties: false
    }
  },
  check(context) {
    doubledStops(context);
    spaceBeforePunctuation(context);
    const quoteMarks = new QuoteMarks(langData(context.language).quotes);
    const quoteAt = positions(context.text, quoteMarks.re);
    const bracketAt = positions(context.text, BRACKET);
    let q = 0;
    let b = 0;
    let open = false;
    for (const p of context.doc.paragraphs) {
      while (q < quoteAt.length && quoteAt[q] < p.start) q++;
      while (b < bracketAt.length && bracketAt[b] < p.start) b++;
      [q, open] = quotes(context, p.start, p.end, quoteMarks, quoteAt, q, open);
      b = brackets(context, p.end, bracketAt, b);
    }
    invisibles(context);
  }
};
function doubledStops(context) {
  const { text } = context;
  const re = new RegExp(`(?<!${SPACE})${SPACE}*(?<![./\\\\])\\.\\.(?![./\\\\])`, "g");
  let m;
  while (m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text[start - 1] ?? "";
    const after = text[end] ?? "";
    if (!/[\p{L}\p{N}”’»")\]]/u.test(before) || !(after === "" || /[\s”’»")\]]/.test(after))) continue;
    context.report({
      messageId: "doubledStop",
      data: { found: m[0].trim() },
      range: [start, end],
      fix: { range: [start, end], text: "." },
      actual: m[0],
      expected: ["."]
    });
  }
}
function spaceBeforePunctuation(context) {
  const { text, language } = context;
  const re = new RegExp(`(?<!${SPACE})(${SPACE}+)([,.:;!?])`, "g");
  let m;
  while (m = re.exec(text)) {
    const start = m.index;
    const markAt = start + m[1].length;
    const mark = m[2];
    const before = text[start - 1];
    const after = text[markAt + 1] ?? "";
    if (before === void 0 || /\s/.test(before)) continue;
    if (mark === "." && (after === "." || text[start - 1] === ".")) continue;
    if (!(after === "" || /[\s”’»"')\]]/.test(after))) continue;
    if ((mark === ":" || mark === ";") && /[)(\]]/.test(after)) continue;
    if (language === "fr" && FRENCH_SPACED.has(mark)) {
      if (m[1] === NBSP || m[1] === NNBSP || context.options.frenchSpacing !== true) continue;
      const space = mark === ":" ? NBSP : NNBSP;
      context.report({
        messageId: "frenchSpace",
        data: { mark },
        range: [start, markAt + 1],
        fix: { range: [start, markAt], text: space },
        severity: "info"
      });
      continue;
    }
    context.report({
      messageId: "spaceBefore",
      data: { mark },
      range: [start, markAt + 1],
      fix: { range: [start, markAt], text: "" }
    });
  }
}
function positions(text, re) {
  const out = [];
  re.lastIndex = 0;
  let m;
  while (m = re.exec(text)) out.push(m.index);
  return out;
}
var QuoteMarks = class {
  constructor(pairs) {
    this.pairs = pairs;
    this.openers = new Set(pairs.map((p) => p[0]));
    this.closers = new Set(pairs.map((p) => p[1]));
    this.re = quoteChars(pairs);
  }
  openers;
  closers;
  re;
};
function quotes(context, from, to, marks, marksAt, k, carried) {
  const { text, language } = context;
  const { pairs, openers, closers } = marks;
  const stack = [];
  const problems = [];
  const closings = [];
  const consumed = /* @__PURE__ */ new Set();
  for (; k < marksAt.length && marksAt[k] < to; k++) {
    const i = marksAt[k];
    const c = text[i];
    const before = text[i - 1] ?? "";
    const after = text[i + 1] ?? "";
    if (c === '"') {
      const top2 = stack[stack.length - 1];
      if (/\d/.test(before) && top2?.ch !== '"') continue;
      const opensHere = (i === from || /[\s([{\-–—\/]/u.test(before)) && /[\p{L}\p{N}‘'(¿¡…]/u.test(after);
      const closesHere = /[\p{L}\p{N}.,;:!?…)\]’'%]/u.test(before) && (after === "" || /[\s.,;:!?)\]…»”]/u.test(after));
      if (top2?.ch === '"' && (closesHere || !opensHere)) {
        stack.pop();
        closings.push(i);
      } else if (closesHere && !opensHere) {
        if (top2 === void 0 && carried) carried = false;
      } else stack.push({ ch: c, at: i });
      continue;
    }
    if (!openers.has(c) && !closers.has(c)) continue;
    if (consumed.has(i)) continue;
    const top = stack[stack.length - 1];
    if (top && (pairs.some((p) => p[0] === top.ch && p[1] === c) || top.ch === '"' && closers.has(c) && !openers.has(c))) {
      stack.pop();
      if (top.ch === '"') problems.push({ messageId: "mismatchedQuote", ch: c, at: i, data: { open: top.ch } });
      else closings.push(i);
    } else if (openers.has(c) && !(closers.has(c) && top === void 0 && carried && !/[\p{L}\p{N}]/u.test(after))) stack.push({ ch: c, at: i });
    else if (top === void 0 && carried) carried = false;
    else {
      const reversed = reversedOpener(text, i, to, c, marks);
      if (reversed >= 0) {
        consumed.add(reversed);
        problems.push({ messageId: "reversedQuotes", ch: c, at: i, data: { open: text[reversed] } });
      } else problems.push({ messageId: "unopenedQuote", ch: c, at: i });
    }
  }
  const continues2 = stack.length > 0 && continuedQuote(text, to, openers);
  for (const o of stack) {
    const next = text[o.at + 1] ?? "";
    if (o.at + 1 >= text.length) continue;
    if (o.ch !== '"' && /\s/u.test(next) && !continues2) problems.push({ messageId: "unclosedQuote", ch: o.ch, at: o.at });
    else if (runsIntoAttribution(text, o.at + 1, to, language)) problems.push({ messageId: "attributionInQuote", ch: o.ch, at: o.at });
  }
  for (const p of problems) context.report({ messageId: p.messageId, data: { mark: p.ch, ...p.data }, range: [p.at, p.at + 1] });
  if (problems.length || stack.length) return [k, stack.length > 0];
  for (const at of closings) {
    let s = at;
    while (s > from && /[ \t\u00a0\u202f]/.test(text[s - 1])) s--;
    if (s === at || s === from || /\s/.test(text[s - 1])) continue;
    const mark = text[at];
    if (language === "fr" && mark === "\xBB") {
      const space = text.slice(s, at);
      if (space === NBSP || space === NNBSP || context.options.frenchSpacing !== true) continue;
      context.report({ messageId: "frenchSpace", data: { mark }, range: [s, at + 1], fix: { range: [s, at], text: NNBSP }, severity: "info" });
      continue;
    }
    context.report({ messageId: "spaceBeforeQuote", data: { mark }, range: [s, at + 1], fix: { range: [s, at], text: "" } });
  }
  return [k, false];
}
function reversedOpener(text, at, to, close, marks) {
  const open = marks.pairs.find((p) => p[1] === close && p[0] !== close)?.[0];
  if (!open || marks.closers.has(open) || marks.openers.has(close) || !new RegExp("\\p{L}", "u").test(text[at - 1] ?? "")) return -1;
  const m = new RegExp(`^[ \\t]+[\\p{L}\\p{N}][\\p{L}\\p{N}\\- ]{0,40}?[ \\t]+${open}\\p{L}`, "u").exec(text.slice(at + 1, Math.min(to, at + 60)));
  return m ? at + m[0].length - 1 : -1;
}
function runsIntoAttribution(text, from, to, language) {
  const verbs = langData(language).speechVerbs;
  if (verbs.size === 0) return false;
  for (const m of text.slice(from, to).matchAll(/,\s+([^,.;:!?()"“”«»„]{1,80})/gu)) {
    const words2 = m[1].trim().split(/\s+/).slice(0, 7);
    if (words2.length >= 2 && words2.some((w) => verbs.has(fold(w)))) return true;
  }
  return false;
}
var quoteRes = /* @__PURE__ */ new Map();
function quoteChars(pairs) {
  const chars = [.../* @__PURE__ */ new Set(['"', ...pairs.flat()])].join("");
  let re = quoteRes.get(chars);
  if (!re) {
    re = new RegExp(`[${chars.replace(/[\]\\^-]/g, "\\$&")}]`, "g");
    quoteRes.set(chars, re);
  }
  return re;
}
function continuedQuote(text, end, openers) {
  const m = /^\s*(\S)/.exec(text.slice(end, end + 200));
  return !!m && (openers.has(m[1]) || m[1] === '"');
}
var CLOSE_OF = { ")": "(", "]": "[" };
var BRACKET = /[()[\]]/g;
function brackets(context, to, at, k) {
  const { text } = context;
  const stack = [];
  for (; k < at.length && at[k] < to; k++) {
    const i = at[k];
    const c = text[i];
    if (c === "(" || c === "[") stack.push({ ch: c, at: i });
    else if (c === ")" || c === "]") {
      if (stack.length && stack[stack.length - 1].ch === CLOSE_OF[c]) stack.pop();
      else if (!listMarker(text, i) && !/[:;]/.test(text[i - 1] ?? "")) {
        context.report({ messageId: "unopenedBracket", data: { mark: c }, range: [i, i + 1] });
      }
    }
  }
  for (const o of stack) context.report({ messageId: "unclosedBracket", data: { mark: o.ch }, range: [o.at, o.at + 1] });
  return k;
}
function listMarker(text, at) {
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  if (/^\s*[\p{L}\p{N}]{1,3}$/u.test(text.slice(lineStart, at))) return true;
  const before = text.slice(Math.max(lineStart, at - 6), at);
  return new RegExp("(?:^|[\\s,;(])(?:\\p{Ll}{1,2}|\\p{N}{1,3}|[ivx]{1,4})$", "u").test(before) || /[:;]-?$/.test(before);
}
function invisibles(context) {
  const { text, doc } = context;
  const re = /[\u200b\u2060\ufeff\u00ad\u200c\u200d\u00a0]+/g;
  let wholeWords;
  let m;
  while (m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text[start - 1] ?? "";
    const after = text[end] ?? "";
    const letterBefore = /[\p{L}\p{N}]/u.test(before);
    const letterAfter = /[\p{L}\p{N}]/u.test(after);
    const chars = [...new Set(m[0])];
    if (chars.some((c) => c === NBSP)) {
      if (!(chars.length === 1 && letterBefore && letterAfter)) continue;
      const left2 = /[\p{L}\p{M}\p{N}]*$/u.exec(text.slice(Math.max(0, start - 40), start))[0];
      const right2 = /^[\p{L}\p{M}\p{N}]*/u.exec(text.slice(end, end + 40))[0];
      wholeWords ??= new Set(doc.words.map((w) => w.key));
      if (!wholeWords.has(fold(left2 + right2))) continue;
    } else if (chars.every((c) => c === "\u200C" || c === "\u200D")) {
      if (!new RegExp("\\p{Script=Latin}", "u").test(before) || !new RegExp("\\p{Script=Latin}", "u").test(after)) continue;
    } else if (!letterBefore && !letterAfter) continue;
    const left = /[\p{L}\p{M}\p{N}]*$/u.exec(text.slice(Math.max(0, start - 40), start))[0];
    const right = /^[\p{L}\p{M}\p{N}]*/u.exec(text.slice(end, end + 40))[0];
    const first = m[0][0];
    context.report({
      messageId: "invisible",
      data: { name: INVISIBLE[first] ?? "no-break space", code: first.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0"), word: left + right },
      range: [start, end],
      fix: { range: [start, end], text: "" }
    });
  }
}

// src/rules/repeated-words.ts
var MAX_NGRAM = 6;
var NUMERIC = /^[\p{N}.,]+$/u;
var repeatedWords = {
  meta: {
    id: "repeated-words",
    description: "Words, phrases, lines or paragraphs repeated by accident ('military military', 'government of government').",
    type: "problem",
    defaultSeverity: "error",
    fixable: "safe",
    hasSuggestions: true,
    languages: "*",
    messages: {
      word: "'{{word}}' twice in a row ('{{found}}'): delete the repeat.",
      ngram: "'{{phrase}}' is repeated back to back: delete the repeat.",
      ofCollapse: "'{{found}}' repeats '{{word}}' around '{{connector}}', a collapsed translation: delete '{{tail}}' or say what was meant.",
      block: "This {{what}} repeats the one before it ('{{preview}}'), a scraping leftover: delete the copy.",
      suffix: "This paragraph repeats the end of the one before it ('{{preview}}'), a scraping leftover: delete one of them.",
      delete: "Delete '{{tail}}'",
      deleteBlock: "Delete the repeated {{what}}"
    },
    docs: {
      fixSafety: "Safe fix for an exact immediate repeat of a lower-case word of four letters or more; suggestions for other repeats, X of X and repeated paragraphs."
    }
  },
  check(context) {
    const compiled2 = context.packs.cached(`repeats:${context.language}`, (packs) => compile3(packs, context.language));
    const { text } = context;
    const ws = context.doc.words;
    const lower = ws.map((w) => text.slice(w.start, w.end).toLowerCase());
    const covered = new Uint8Array(ws.length);
    const data = langData(context.language);
    findNgrams(context, ws, lower, compiled2, covered, data);
    findOfCollapses(context, ws, lower, compiled2, covered, data);
    findWordRepeats(context, ws, lower, compiled2, covered, data);
    findRepeatedBlocks(context);
  }
};
function compile3(packs, lang) {
  const allow = /* @__PURE__ */ new Set();
  const connectors = /* @__PURE__ */ new Set();
  for (const { item } of repeatsFor(packs, lang)) {
    for (const a of item.allow ?? []) {
      const raws = parsePhrase(a).tokens.map((t) => t.choices === "any" ? "" : t.choices[0].raws.join(" ").toLowerCase());
      const half = raws.length % 2 === 0 ? raws.length / 2 : 0;
      const unit = half > 0 && raws.slice(0, half).join(" ") === raws.slice(half).join(" ") ? raws.slice(0, half) : raws;
      allow.add(unit.join(" "));
    }
    for (const c of item.connectors ?? []) connectors.add(c.trim().toLowerCase());
  }
  return { allow, connectors };
}
function spaced(text, ws, i, lineBreak) {
  const gap = text.slice(ws[i - 1].end, ws[i].start);
  if (gap === " ") return true;
  if (!/^\s+$/u.test(gap)) return false;
  const breaks = (gap.match(/\r\n|\r|\n/g) ?? []).length;
  return breaks === 0 || lineBreak && breaks === 1;
}
function punctuationBetween(text, ws, i) {
  return text.slice(ws[i - 1].end, ws[i].start).replace(/\s+/gu, " ");
}
function findNgrams(context, ws, lower, c, covered, data) {
  const { text } = context;
  for (let i = 0; i < ws.length; i++) {
    for (let n = MAX_NGRAM; n >= 2; n--) {
      if (i + 2 * n > ws.length) continue;
      let same = true;
      for (let k = 0; k < n && same; k++) {
        same = lower[i + k] === lower[i + n + k] && !covered[i + k];
        if (same && k > 0) same = punctuationBetween(text, ws, i + k) === punctuationBetween(text, ws, i + n + k);
      }
      if (!same || !spaced(text, ws, i + n, false)) continue;
      const unit = lower.slice(i, i + n);
      if (unit.every((u) => NUMERIC.test(u)) || c.allow.has(unit.join(" "))) continue;
      if (n === 2 && data.functionWords.get(ws[i].key) === "articles") continue;
      const phrase = text.slice(ws[i + n].start, ws[i + 2 * n - 1].end);
      const tail = text.slice(ws[i + n - 1].end, ws[i + 2 * n - 1].end);
      context.report({
        messageId: "ngram",
        data: { phrase, tail: tail.trim() },
        range: [ws[i + n].start, ws[i + 2 * n - 1].end],
        suggestions: [{ messageId: "delete", fix: { range: [ws[i + n - 1].end, ws[i + 2 * n - 1].end], text: "" } }],
        actual: text.slice(ws[i].start, ws[i + 2 * n - 1].end),
        expected: [text.slice(ws[i].start, ws[i + n - 1].end)]
      });
      covered.fill(1, i, i + 2 * n);
      i += 2 * n - 1;
      break;
    }
  }
}
function hyphenated(text, ws, i) {
  const before = ws[i].start > 0 && /[-‐‑]/u.test(text[ws[i].start - 1]);
  const after = /[-‐‑]/u.test(text[ws[i].end] ?? "");
  return before || after;
}
function findOfCollapses(context, ws, lower, c, covered, data) {
  if (c.connectors.size === 0) return;
  const { text } = context;
  for (let i = 0; i + 2 < ws.length; i++) {
    if (!c.connectors.has(lower[i + 1]) || lower[i] !== lower[i + 2] || covered[i] || covered[i + 2]) continue;
    if (!new RegExp("^\\p{L}{3,}$", "u").test(lower[i]) || c.allow.has(`${lower[i]} ${lower[i + 1]} ${lower[i + 2]}`)) continue;
    if (!spaced(text, ws, i + 1, true) || !spaced(text, ws, i + 2, true)) continue;
    if (hyphenated(text, ws, i) || hyphenated(text, ws, i + 2)) continue;
    if (data.functionWords.has(ws[i].key)) continue;
    if (isLowerInitial(text.slice(ws[i].start, ws[i].end)) && !isLowerInitial(text.slice(ws[i + 2].start, ws[i + 2].end))) continue;
    const found = text.slice(ws[i].start, ws[i + 2].end);
    const tail = text.slice(ws[i].end, ws[i + 2].end).trim();
    context.report({
      messageId: "ofCollapse",
      data: { found, word: text.slice(ws[i].start, ws[i].end), connector: text.slice(ws[i + 1].start, ws[i + 1].end), tail },
      range: [ws[i].start, ws[i + 2].end],
      suggestions: [{ messageId: "delete", fix: { range: [ws[i].end, ws[i + 2].end], text: "" } }],
      actual: found,
      expected: [text.slice(ws[i].start, ws[i].end)]
    });
    covered.fill(1, i, i + 3);
    i += 2;
  }
}
function findWordRepeats(context, ws, lower, c, covered, data) {
  const { text } = context;
  let dict = null;
  const inMention = (w) => context.doc.mentions.some((m) => m.start <= w.start && w.end <= m.end);
  for (let i = 1; i < ws.length; i++) {
    if (lower[i] !== lower[i - 1] || covered[i] || covered[i - 1]) continue;
    if (!spaced(text, ws, i, true) || NUMERIC.test(lower[i])) continue;
    const first = text.slice(ws[i - 1].start, ws[i - 1].end);
    const second = text.slice(ws[i].start, ws[i].end);
    if (c.allow.has(lower[i]) && (isLowerInitial(first) && isLowerInitial(second) || data.functionWords.get(ws[i].key) !== "articles")) continue;
    if (new RegExp("^\\p{Lu}$", "u").test(second)) continue;
    const packName = inMention(ws[i - 1]) && inMention(ws[i]);
    if (!isLowerInitial(first) && !isLowerInitial(second) && !packName) continue;
    if (isLowerInitial(first) && !isLowerInitial(second) && (!data.functionWords.has(ws[i].key) || data.nameConnectors.has(ws[i].key) || PARTICLES.has(lower[i]))) continue;
    if (dict === null) dict = requireDictionary(context.language);
    if (!packName && dict && !dict.isWord(first) && !dict.isWord(lower[i]) && new RegExp("^\\p{L}+$", "u").test(first)) continue;
    const safe = first === second && isLowerInitial(first) && [...first].length >= 4;
    let after = ws[i].end;
    while (text[after] === " ") after++;
    const range = /[\r\n]/.test(text.slice(ws[i - 1].end, ws[i].start)) ? [ws[i].start, after] : [ws[i - 1].end, ws[i].end];
    const fix = { range, text: "" };
    context.report({
      messageId: "word",
      data: { word: second, found: text.slice(ws[i - 1].start, ws[i].end), tail: second },
      range: [ws[i].start, ws[i].end],
      fix: safe ? fix : void 0,
      suggestions: [{ messageId: "delete", fix }],
      actual: text.slice(ws[i - 1].start, ws[i].end),
      expected: [first]
    });
    covered[i] = 1;
  }
}
var PARTICLES = /* @__PURE__ */ new Set(["de", "da", "di", "do", "du", "del", "della", "dos", "das", "van", "von", "der", "den", "ter", "ten", "le", "la", "al", "el", "ben", "bin", "ibn", "abu", "mac", "mc", "san", "santa", "st"]);
function isLowerInitial(word) {
  const ch = word[0];
  return ch === ch.toLowerCase() && ch !== ch.toUpperCase();
}
function block(text, start, end) {
  let i = end;
  while (i > start && !/\s/u.test(text[i - 1])) i--;
  return { start, end, last: text.slice(i, end).toLowerCase() };
}
function keyOf(text, b) {
  return b.key ??= text.slice(b.start, b.end).replace(/\s+/gu, " ").trim().toLowerCase();
}
function wordCount(text, b) {
  return keyOf(text, b).split(" ").filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
function preview(text, b) {
  const body = text.slice(b.start, b.end).replace(/\s+/gu, " ").trim();
  return body.length > 60 ? `${body.slice(0, 57).trimEnd()}...` : body;
}
function findRepeatedBlocks(context) {
  const { text } = context;
  const paragraphs = context.doc.paragraphs.map((p) => block(text, p.start, p.end));
  const report3 = (what, prev, cur, messageId = "block") => context.report({
    messageId,
    data: { what, preview: preview(text, cur) },
    range: [cur.start, cur.end],
    suggestions: [{ messageId: "deleteBlock", data: { what }, fix: { range: [prev.end, cur.end], text: "" } }],
    actual: text.slice(cur.start, cur.end)
  });
  for (let p = 0; p < paragraphs.length; p++) {
    const cur = paragraphs[p];
    const prev = paragraphs[p - 1];
    const sameEnd = prev !== void 0 && cur.last === prev.last;
    if (sameEnd && keyOf(text, cur) === keyOf(text, prev) && wordCount(text, cur) >= 3) {
      report3("paragraph", prev, cur);
      continue;
    }
    if (sameEnd && keyOf(text, prev).endsWith(` ${keyOf(text, cur)}`) && wordCount(text, cur) >= 5 && wordCount(text, prev) - wordCount(text, cur) <= 8) {
      report3("paragraph", prev, cur, "suffix");
      continue;
    }
    let last;
    for (const line of text.slice(cur.start, cur.end).matchAll(/[^\r\n]+/g)) {
      const lead = line[0].length - line[0].trimStart().length;
      const b = block(text, cur.start + line.index + lead, cur.start + line.index + line[0].trimEnd().length);
      if (!/[\p{L}\p{N}]/u.test(text.slice(b.start, b.end))) continue;
      if (last && b.last === last.last && keyOf(text, b) === keyOf(text, last) && wordCount(text, b) >= 3) report3("line", last, b);
      last = b;
    }
  }
}

// src/text/homoglyphs.ts
var PAIRS = (
  // Cyrillic lower case
  "\u0430a \u0435e \u043Eo \u0440p \u0441c \u0443y \u0445x \u0456i \u0458j \u0455s \u04BBh \u0501d \u051Bq \u051Dw \u04CFl \u0410A \u0412B \u0415E \u041AK \u041CM \u041DH \u041EO \u0420P \u0421C \u0422T \u0425X \u0423Y \u0406I \u0408J \u0405S \u051AQ \u051CW \u0391A \u0392B \u0395E \u0396Z \u0397H \u0399I \u039AK \u039CM \u039DN \u039FO \u03A1P \u03A4T \u03A5Y \u03A7X \u03BFo"
);
var LATIN_LOOKALIKE = new Map(
  PAIRS.trim().split(/\s+/).map((p) => [...p])
);
function latinLookalike(ch) {
  return LATIN_LOOKALIKE.get(ch);
}

// src/rules/stray-script.ts
var LATIN_LANGUAGES = ["en", "fr", "de", "es", "it", "pt", "nl", "ca", "ro", "pl", "cs", "sk", "sl", "hr", "hu", "sv", "da", "no", "fi", "tr", "id", "ms"];
var SCRIPTS = [
  "Arabic",
  "Cyrillic",
  "Greek",
  "Hebrew",
  "Han",
  "Hiragana",
  "Katakana",
  "Hangul",
  "Thai",
  "Devanagari",
  "Armenian",
  "Georgian",
  "Syriac",
  "Thaana",
  "Ethiopic",
  "Bengali",
  "Tamil",
  "Tifinagh"
].map((name) => ({ name, re: new RegExp(`\\p{Script=${name}}`, "u") }));
var FOREIGN = /(?![\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}])[\p{L}\p{Nd}]/u;
var TABLE_END = 8448;
var FOREIGN_LOW = (() => {
  const table = new Uint8Array(TABLE_END);
  let all = "";
  for (let c = 0; c < TABLE_END; c++) all += String.fromCharCode(c);
  for (const m of all.matchAll(new RegExp(FOREIGN.source, "gu"))) table[m.index] = 1;
  return table;
})();
function hasForeign(text) {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < TABLE_END) {
      if (FOREIGN_LOW[c]) return true;
      continue;
    }
    const cp = text.codePointAt(i);
    if (FOREIGN.test(String.fromCodePoint(cp))) return true;
    if (cp > 65535) i++;
  }
  return false;
}
var NEUTRAL = /[\p{Script=Common}\p{Script=Inherited}]/u;
var OPEN_CLOSE = { "(": ")", "[": "]", "\u201C": "\u201D", "\xAB": "\xBB", "\u201E": "\u201C", '"': '"', "\u2018": "\u2019", "\u2039": "\u203A", "\xBB": "\xAB" };
var LONG = 40;
var scriptCache = /* @__PURE__ */ new Map();
function scriptOf(ch) {
  let s = scriptCache.get(ch);
  if (s === void 0) {
    if (new RegExp("\\p{Script=Latin}", "u").test(ch)) s = "Latin";
    else if (NEUTRAL.test(ch)) s = "";
    else s = SCRIPTS.find((x) => x.re.test(ch))?.name ?? "non-Latin";
    scriptCache.set(ch, s);
  }
  return s;
}
var strayScript = {
  meta: {
    id: "stray-script",
    description: "Letters of another script in Latin-script text: untranslated runs, homoglyphs in words, Arabic-Indic digits.",
    type: "problem",
    defaultSeverity: "warning",
    fixable: "safe",
    hasSuggestions: true,
    languages: LATIN_LANGUAGES,
    messages: {
      run: "{{script}} text '{{found}}' in Latin-script text: an untranslated segment? Translate or transliterate it.",
      gloss: "{{script}} gloss '{{found}}': fine if deliberate; check that it matches the text it glosses.",
      homoglyph: "'{{word}}' mixes Latin and {{script}} letters ({{letters}}): a look-alike letter from another alphabet. Write '{{fixed}}'.",
      mixed: "'{{word}}' mixes Latin and {{script}} letters ({{letters}}): retype it in one alphabet.",
      lookalikeWord: "'{{word}}' is written in {{script}} letters that look Latin: probably '{{fixed}}'.",
      useLatin: "Write '{{fixed}}'.",
      digits: "Arabic-Indic digits '{{found}}' in Latin-script text: write '{{fixed}}'."
    },
    docs: {
      fixSafety: "Safe for Arabic-Indic digits and for homoglyphs in a mostly Latin word when every foreign letter has one unambiguous Latin look-alike; other findings get no fix."
    }
  },
  check(context) {
    const { text } = context;
    if (!hasForeign(text)) return;
    const handled = mixedWords(context);
    runs(context, handled);
  }
};
function mixedWords(context) {
  const { text, doc } = context;
  const out = [];
  for (const w of doc.words) {
    const word = text.slice(w.start, w.end);
    if (!FOREIGN.test(word) || !new RegExp("\\p{Script=Latin}", "u").test(word)) continue;
    out.push([w.start, w.end]);
    let latin = 0;
    const foreign = [];
    const scripts = /* @__PURE__ */ new Set();
    for (const ch of word) {
      const s = scriptOf(ch);
      if (s === "Latin") latin++;
      else if (s) {
        foreign.push(ch);
        scripts.add(s);
      }
    }
    const script = [...scripts].join("/");
    const letters = [...new Set(foreign)].map((c) => `'${c}' U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}`).join(", ");
    const repairable = latin >= foreign.length && foreign.every((c) => latinLookalike(c));
    if (repairable) {
      const fixed = [...word].map((c) => latinLookalike(c) ?? c).join("");
      context.report({
        messageId: "homoglyph",
        data: { word, script, letters, fixed },
        range: [w.start, w.end],
        fix: { range: [w.start, w.end], text: fixed },
        actual: word,
        expected: [fixed]
      });
    } else {
      context.report({ messageId: "mixed", data: { word, script, letters }, range: [w.start, w.end], actual: word });
    }
  }
  return out;
}
function runs(context, skip) {
  const { text } = context;
  let k = 0;
  let i = 0;
  while (i < text.length) {
    const ch = String.fromCodePoint(text.codePointAt(i));
    const script = scriptOf(ch);
    if (!script || script === "Latin") {
      i += ch.length;
      continue;
    }
    while (k < skip.length && skip[k][1] <= i) k++;
    if (k < skip.length && skip[k][0] <= i) {
      i = skip[k][1];
      continue;
    }
    const start = i;
    let end = i + ch.length;
    let j = end;
    while (j < text.length) {
      const c = String.fromCodePoint(text.codePointAt(j));
      if (c === "\n" || c === "\r") break;
      const s = scriptOf(c);
      if (s === script) end = j + c.length;
      else if (s !== "") break;
      j += c.length;
    }
    report2(context, script, start, end);
    i = end;
  }
}
function report2(context, script, start, end) {
  const { text } = context;
  const found = text.slice(start, end);
  const shown = found.length > LONG ? `${found.slice(0, LONG)}\u2026` : found;
  const letters = found.match(new RegExp("\\p{L}", "gu")) ?? [];
  if (letters.length === 0) {
    const fixed = westernDigits(found);
    if (fixed === found) return context.report({ messageId: "run", data: { script, found: shown }, range: [start, end], actual: found });
    return context.report({ messageId: "digits", data: { found, fixed }, range: [start, end], fix: { range: [start, end], text: fixed }, actual: found, expected: [fixed] });
  }
  if (script === "Greek" && letters.length === 1) return;
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const lineEnd = (text.indexOf("\n", end) + 1 || text.length + 1) - 1;
  const line = text.slice(lineStart, lineEnd);
  if ((script === "Cyrillic" || script === "Greek") && !/\s/.test(found) && letters.every((c) => latinLookalike(c)) && new RegExp("\\p{Script=Latin}", "u").test(line)) {
    const fixed = [...found].map((c) => latinLookalike(c) ?? c).join("");
    return context.report({
      messageId: "lookalikeWord",
      data: { word: found, script, fixed },
      range: [start, end],
      suggestions: [{ messageId: "useLatin", data: { fixed }, fix: { range: [start, end], text: fixed } }],
      actual: found
    });
  }
  if (isGloss(text, start, end, lineStart)) {
    return context.report({ messageId: "gloss", data: { script, found: shown }, range: [start, end], severity: "info", actual: found });
  }
  context.report({ messageId: "run", data: { script, found: shown }, range: [start, end], actual: found });
}
function isGloss(text, start, end, lineStart) {
  let a = start - 1;
  while (a >= lineStart && /[ \t\u00a0]/.test(text[a])) a--;
  let b = end;
  while (b < text.length && /[ \t\u00a0]/.test(text[b])) b++;
  const open = text[a];
  if (a < lineStart || OPEN_CLOSE[open] === void 0 || text[b] !== OPEN_CLOSE[open]) return false;
  return new RegExp("\\p{Script=Latin}", "u").test(text.slice(lineStart, a));
}
function westernDigits(s) {
  return s.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => {
    const c = d.charCodeAt(0);
    return String(c >= 1776 ? c - 1776 : c - 1632);
  });
}

// src/rules/term-inconsistency.ts
var termInconsistency = {
  meta: {
    id: "term-inconsistency",
    description: "One source term translated several ways in a document ('Operations Room', then 'the Chamber').",
    type: "problem",
    defaultSeverity: "warning",
    hasSuggestions: true,
    languages: "*",
    messages: {
      mixed: "'{{found}}' and '{{other}}' (line {{line}}) render the same term{{source}} in this document: use '{{use}}' throughout.",
      replace: "Replace with '{{use}}'"
    },
    docs: { fixSafety: "Suggestions only: a generic word may, after all, mean something else." }
  },
  check(context) {
    const { members, excepts } = context.packs.cached(`terms:${context.language}`, (packs) => compile4(packs, context.language));
    if (members.size === 0) return;
    const { text } = context;
    const ws = context.doc.words;
    const exceptions = excepts.match(text, ws);
    const ambiguous = new Set(exceptions.map((e) => e.value));
    const inException = (m) => exceptions.some((e) => e.value === m.value.group && e.start < m.end && m.start < e.end);
    const byGroup = /* @__PURE__ */ new Map();
    for (const m of members.match(text, ws)) {
      if (m.value.generic && ambiguous.has(m.value.group) || inException(m)) continue;
      let list = byGroup.get(m.value.group);
      if (!list) {
        if (m.value.generic) continue;
        byGroup.set(m.value.group, list = []);
      }
      list.push(m);
    }
    for (const [group, list] of byGroup) {
      if (new Set(list.map((m) => m.value.index)).size < 2) continue;
      for (const m of list) {
        if (m.value.index === 0) continue;
        const other = list.find((o) => o.value.index === 0) ?? list.find((o) => o.value.index !== m.value.index);
        const found = text.slice(m.coreStart, m.coreEnd);
        const use = matchCaseStyle(found, m.value.use ?? group.preferred);
        const data = {
          found,
          other: text.slice(other.coreStart, other.coreEnd),
          line: context.doc.lines.position(other.coreStart).line,
          source: group.source ? ` (${group.source})` : "",
          use: group.preferred
        };
        context.report({
          messageId: "mixed",
          data,
          range: [m.coreStart, m.coreEnd],
          suggestions: [{ messageId: "replace", data: { use }, fix: { range: [m.coreStart, m.coreEnd], text: use } }],
          actual: found,
          expected: [use]
        });
      }
    }
  }
};
function plain(phrase) {
  return phrase.replace(/[[\]]/g, "").replace(/\{[^}]*\}/g, "").replace(/\s+/g, " ").trim();
}
function compile4(packs, lang) {
  const matcher = new PhraseMatcher();
  const excepts = new PhraseMatcher();
  for (const { item } of sectionItems(packs, lang, "terms")) {
    const group = { id: item.id, preferred: plain(item.preferred), source: item.source };
    matcher.add(item.preferred, { group, index: 0, generic: false });
    item.members.forEach((m, k) => {
      const member = typeof m === "string" ? { text: m } : m;
      matcher.add(member.text, { group, index: k + 1, generic: member.generic ?? false, use: member.use }, { matchCase: member["match-case"] });
    });
    for (const e of item.except ?? []) excepts.add(e, group);
  }
  return { members: matcher, excepts };
}

// src/text/function-word-language.ts
var masks = /* @__PURE__ */ new Map();
function maskFor(candidates) {
  const id = candidates.join(",");
  let m = masks.get(id);
  if (!m) {
    m = /* @__PURE__ */ new Map();
    candidates.forEach((lang, bit) => {
      for (const w of langData(lang).functionWords.keys()) m.set(w, (m.get(w) ?? 0) | 1 << bit);
    });
    masks.set(id, m);
  }
  return m;
}
function functionWordLanguage(ws, candidates, from = 0, to = ws.length) {
  if (to <= from || candidates.length > 30 || !candidates.every(hasLangData)) return void 0;
  const mask = maskFor(candidates);
  const counts = new Array(candidates.length).fill(0);
  for (let i = from; i < to; i++) {
    let bits = mask.get(ws[i].key);
    while (bits) {
      const bit = 31 - Math.clz32(bits);
      counts[bit]++;
      bits &= ~(1 << bit);
    }
  }
  let best = -1;
  let first = 0;
  let second = 0;
  counts.forEach((n, i) => {
    if (n > first) {
      second = first;
      first = n;
      best = i;
    } else if (n > second) second = n;
  });
  return first >= 0.2 * (to - from) && first > 1.5 * second ? candidates[best] : void 0;
}

// src/rules/wrong-language.ts
function isLatin(code) {
  return code < 592 || code >= 7680 && code <= 7935;
}
var names;
function languageName(code) {
  try {
    names ??= new Intl.DisplayNames(["en"], { type: "language" });
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
var wrongLanguage = {
  meta: {
    id: "wrong-language",
    description: "A paragraph in another language than the document's: an untranslated segment.",
    type: "problem",
    defaultSeverity: "warning",
    languages: "*",
    messages: {
      wrongLanguage: "This paragraph reads as {{found}}, not {{expected}} like the rest of the document: an untranslated segment? Translate it."
    },
    docs: { fixSafety: "No fix: the paragraph needs translating." },
    schema: {
      type: "object",
      properties: {
        minLength: { type: "integer", minimum: 0, description: "Latin letters a paragraph needs to be judged (default 80)." },
        margin: { type: "number", minimum: 0, maximum: 1, description: "How far the document language may score below the winner (default 0.1)." },
        languages: { type: "array", minItems: 1, items: { type: "string", pattern: "^[a-z]{2,3}$" }, description: "Candidate languages (ISO 639-1)." }
      },
      additionalProperties: false
    }
  },
  check(context) {
    const { text, language, options } = context;
    const minLength = typeof options.minLength === "number" ? options.minLength : 80;
    const margin = typeof options.margin === "number" ? options.margin : 0.1;
    const configured = Array.isArray(options.languages) ? options.languages : context.languages ?? DEFAULT_LANGUAGES;
    const candidates = [.../* @__PURE__ */ new Set([language, ...configured])];
    if (candidates.length < 2) return;
    const ws = context.doc.words;
    let w = 0;
    for (const p of context.doc.paragraphs) {
      while (w < ws.length && ws[w].start < p.start) w++;
      const first = w;
      let latin = 0;
      let other = 0;
      for (; w < ws.length && ws[w].start < p.end; w++) {
        const n = ws[w].end - ws[w].start;
        if (isLatin(text.charCodeAt(ws[w].start))) latin += n;
        else other += n;
      }
      if (latin < minLength) continue;
      if (other >= latin) continue;
      if (functionWordLanguage(ws, candidates, first, w) === language) continue;
      const para = text.slice(p.start, p.end);
      const scores = languageScoresSync(para, candidates);
      const [best] = scores;
      if (!best || best[0] === language) continue;
      const own = scores.find(([code]) => code === language)?.[1] ?? 0;
      if (own > 1 - margin) continue;
      context.report({
        messageId: "wrongLanguage",
        data: { found: languageName(best[0]), expected: languageName(language) },
        range: [p.start, p.end]
      });
    }
  }
};

// src/rules/index.ts
var allRules = [
  entityVariant,
  entityAlias,
  entityConsistency,
  nameConsistency,
  repeatedWords,
  calque,
  boilerplate,
  termInconsistency,
  oddCapitals,
  punctuationSpacing,
  orphanFragment,
  strayScript,
  wrongLanguage
];
var rulesById = new Map(allRules.map((r) => [r.meta.id, r]));

// src/markup/source.ts
import { extname } from "node:path";

// src/engine/directives.ts
var DIRECTIVE_RULES = [
  { id: "unused-disable", description: "A translint-disable directive that silenced nothing.", defaultSeverity: "warning" },
  { id: "invalid-directive", description: "A translint directive naming a rule that does not exist.", defaultSeverity: "error" }
];
var SYNTAX = /^translint-(disable-next-line|disable-line|disable|enable)(?=\s|$)([\s\S]*)$/;
function parseDirectives(comments, lines) {
  const directives = [];
  const problems = [];
  for (const c of comments) {
    const m = SYNTAX.exec(c.body.trim());
    if (!m) continue;
    const type = m[1];
    const [list, ...reason] = m[2].split(/\s-{2,}\s/);
    const rules = list.split(",").map((r) => r.trim()).filter(Boolean);
    const startLine = lines.position(c.start).line;
    const endLine = lines.position(c.end).line;
    const d = { type, rules, start: c.start, end: c.end, line: type === "disable-next-line" ? endLine + 1 : startLine };
    if (reason.length) d.reason = reason.join(" -- ").trim();
    for (const r of rules) {
      if (!rulesById.has(r)) problems.push(directiveDiagnostic("invalid-directive", 2, `Unknown rule '${r}' in translint-${type} directive.`, c, lines));
    }
    d.rules = rules.filter((r) => rulesById.has(r));
    if (rules.length > 0 && d.rules.length === 0) continue;
    directives.push(d);
  }
  return { directives, problems };
}
function applyDirectives(problems, directives, options) {
  if (directives.length === 0) return problems;
  const used = /* @__PURE__ */ new Map();
  const kept = [];
  for (const p of problems) {
    const by = silencer(p, directives);
    if (!by) {
      kept.push(p);
      continue;
    }
    const set = used.get(by) ?? /* @__PURE__ */ new Set();
    set.add(p.ruleId);
    used.set(by, set);
  }
  if (!options.reportUnused) return kept;
  for (const d of directives) {
    if (d.type === "enable") continue;
    const hits = used.get(d);
    const comment = { start: d.start, end: d.end, body: "" };
    if (d.rules.length === 0) {
      if (!hits) kept.push(unused(`Unused translint-${d.type} directive (no problems were reported).`, comment, options, true));
      continue;
    }
    const idle = d.rules.filter((r) => !hits?.has(r));
    if (idle.length === 0) continue;
    const names2 = idle.map((r) => `'${r}'`).join(", ");
    kept.push(unused(`Unused translint-${d.type} directive (no problems were reported from ${names2}).`, comment, options, idle.length === d.rules.length));
  }
  return kept;
}
function silencer(p, directives) {
  const covers = (d) => d.rules.length === 0 || d.rules.includes(p.ruleId);
  for (const d of directives) {
    if ((d.type === "disable-line" || d.type === "disable-next-line") && d.line === p.line && covers(d)) return d;
  }
  let all;
  const perRule = /* @__PURE__ */ new Map();
  const reenabled = /* @__PURE__ */ new Set();
  for (const d of directives) {
    if (d.start > p.range[0]) break;
    if (d.type === "disable") {
      if (d.rules.length === 0) {
        all = d;
        perRule.clear();
        reenabled.clear();
      } else {
        for (const r of d.rules) {
          perRule.set(r, d);
          reenabled.delete(r);
        }
      }
    } else if (d.type === "enable") {
      if (d.rules.length === 0) {
        all = void 0;
        perRule.clear();
        reenabled.clear();
      } else {
        for (const r of d.rules) {
          perRule.delete(r);
          reenabled.add(r);
        }
      }
    }
  }
  return perRule.get(p.ruleId) ?? (all && !reenabled.has(p.ruleId) ? all : void 0);
}
function unused(message, c, options, removable) {
  const d = directiveDiagnostic("unused-disable", 1, message, c, options.lines);
  if (removable) {
    d.fix = { range: removalRange(options.source, c.start, c.end), text: "" };
    d.fixSafety = "safe";
  }
  return d;
}
function removalRange(source, start, end) {
  const lineStart = source.lastIndexOf("\n", start - 1) + 1;
  let lineEnd = source.indexOf("\n", end);
  if (lineEnd < 0) lineEnd = source.length;
  const before = source.slice(lineStart, start);
  const after = source.slice(end, lineEnd).replace(/\r$/, "");
  if (before.trim() === "" && after.trim() === "") return [lineStart, Math.min(lineEnd + 1, source.length)];
  return [start, end];
}
function directiveDiagnostic(ruleId, severity, message, c, lines) {
  const s = lines.position(c.start);
  const e = lines.position(c.end);
  return {
    ruleId,
    severity,
    message,
    messageId: ruleId === "unused-disable" ? "unused" : "unknownRule",
    line: s.line,
    column: s.column,
    endLine: e.line,
    endColumn: e.column,
    range: [c.start, c.end]
  };
}

// src/text/lines.ts
var LineIndex = class {
  starts = [0];
  constructor(text) {
    if (text.indexOf("\r") < 0) {
      for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }
  /** 1-based line and column of a 0-based offset. */
  position(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }
  /** 0-based offset of the start of a 1-based line. */
  lineStart(line) {
    return this.starts[Math.min(Math.max(line - 1, 0), this.starts.length - 1)];
  }
  get lineCount() {
    return this.starts.length;
  }
};

// src/markup/plain.ts
var DIRECTIVE_LINE = /^[ \t]*(translint-(?:disable|enable)\b[^\r\n]*?)[ \t]*$/gm;
var DIRECTIVE_COMMENT = /<!--[ \t]*(translint-(?:disable|enable)\b[\s\S]*?)-->/g;
function plainText(source) {
  const found = [];
  if (!source.includes("translint-")) return new TextMapBuilder("text", source).build();
  for (const m of source.matchAll(DIRECTIVE_COMMENT)) found.push({ start: m.index, end: m.index + m[0].length, body: m[1] });
  for (const m of source.matchAll(DIRECTIVE_LINE)) {
    const start = m.index + m[0].indexOf(m[1]);
    const end = start + m[1].length;
    if (!found.some((c) => c.start < end && start < c.end)) found.push({ start, end, body: m[1] });
  }
  found.sort((a, b2) => a.start - b2.start);
  const b = new TextMapBuilder("text", source);
  for (const c of found) {
    b.copy(c.start);
    b.mask(c.end, "opaque");
    b.comments.push(c);
  }
  return b.build();
}

// src/markup/source.ts
var BY_EXTENSION = { ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html" };
function markupOf(filePath) {
  return filePath && BY_EXTENSION[extname(filePath).toLowerCase()] || "text";
}
async function markupParser(kind) {
  if (kind === "markdown") return (await import("./markdown-46R5LTTZ.js")).markdownText;
  if (kind === "html") return (await import("./html-NKIA5THM.js")).htmlText;
  return plainText;
}
async function prepareSourceAsync(source, filePath, kind = markupOf(filePath)) {
  return preparedFrom(source, (await markupParser(kind))(source));
}
function preparedFrom(source, map) {
  return {
    text: map.text,
    map,
    finish(messages, options = {}) {
      let index;
      const lines = () => index ??= new LineIndex(source);
      const mapped = [];
      for (const m of messages) {
        const d = toSource(m, map, lines);
        if (d) mapped.push(d);
      }
      if (map.comments.length === 0) return mapped;
      const { directives, problems } = parseDirectives(map.comments, lines());
      const kept = applyDirectives(mapped, directives, { reportUnused: options.reportUnusedDisableDirectives, lines: lines(), source });
      return [...kept, ...problems];
    }
  };
}
function toSource(m, map, lines) {
  const range = mapRange(map, m.range);
  if (TextMap.overlaps(map.opaque, range[0], range[1])) return void 0;
  const d = { ...m, range };
  if (d.actual === void 0) d.actual = map.text.slice(m.range[0], m.range[1]);
  if (!map.identity) {
    const s = lines().position(range[0]);
    const e = lines().position(range[1]);
    Object.assign(d, { line: s.line, column: s.column, endLine: e.line, endColumn: e.column });
  }
  if (m.fix) {
    const fix = mapFix(map, m.fix);
    if (fix) d.fix = fix;
    else {
      delete d.fix;
      delete d.fixSafety;
    }
  }
  if (m.suggestions) {
    const suggestions = m.suggestions.flatMap((s) => {
      const fix = mapFix(map, s.fix);
      return fix ? [{ ...s, fix }] : [];
    });
    if (suggestions.length) d.suggestions = suggestions;
    else delete d.suggestions;
  }
  return d;
}
function mapRange(map, [start, end]) {
  if (map.identity) return [start, end];
  const s = map.toSource(start, "start");
  return [s, start === end ? s : Math.max(s, map.toSource(end, "end"))];
}
function mapFix(map, fix) {
  const range = mapRange(map, fix.range);
  if (TextMap.overlaps(map.opaque, range[0], range[1]) || TextMap.overlaps(map.syntax, range[0], range[1])) return void 0;
  const text = map.kind === "html" ? fix.text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;") : fix.text;
  return { range, text };
}

// src/config/overrides.ts
import { relative, sep } from "node:path";
import { createRequire } from "node:module";
var matchers = /* @__PURE__ */ new WeakMap();
function compile5(globs) {
  const picomatch = createRequire(import.meta.url)("picomatch");
  const tests = globs.map((g) => picomatch(g.replace(/^\.\//, ""), { dot: true, basename: !g.includes("/") }));
  return (path) => tests.some((t) => t(path));
}
function overrideMatches(o, filePath) {
  const rel = relative(o.baseDir, filePath).split(sep).join("/");
  if (rel === "" || rel.startsWith("../") || rel === "..") return false;
  let test = matchers.get(o);
  if (!test) {
    const inc = compile5(o.files);
    const exc = compile5(o.excludedFiles);
    test = (p) => inc(p) && !exc(p);
    matchers.set(o, test);
  }
  return test(rel);
}
function configForFile(config, filePath) {
  if (!filePath || filePath.startsWith("<") || !config.overrides?.length) return config;
  const matching = config.overrides.filter((o) => overrideMatches(o, filePath));
  if (matching.length === 0) return config;
  const out = { ...config, rules: { ...config.rules }, overrides: [] };
  for (const o of matching) {
    if (o.language) out.language = o.language;
    if (o.languages) out.languages = o.languages;
    if (o.packs) out.packs = o.packs;
    if (o.rules) Object.assign(out.rules, o.rules);
  }
  if (config.cli?.language) out.language = config.cli.language;
  for (const p of config.cli?.packs ?? []) if (!out.packs.includes(p)) out.packs = [...out.packs, p];
  return out;
}
function configKey(config) {
  const { language, languages, packs, rules, reportUnusedDisableDirectives, baseDir } = config;
  return JSON.stringify({ language, languages, packs, rules, reportUnusedDisableDirectives, baseDir });
}

// src/engine/document.ts
var DocumentModel = class {
  constructor(text, language, packs, words2) {
    this.text = text;
    this.language = language;
    this.packs = packs;
    this._words = words2;
  }
  _words;
  _lines;
  _mentions;
  _paragraphs;
  _sentences;
  _englishTags;
  _memo;
  /**
   * Sentences, trimmed, never crossing a line break: Intl.Segmenter with the
   * abbreviations of rules/language/<lang>.yaml, for every language. (English
   * sentences came from wink-nlp until the model was loaded only on demand;
   * the two agree on the bench corpus and the fixtures, and the segmenter is
   * the better of the two where they differ: docs/performance.md.)
   */
  get sentences() {
    return this._sentences ??= splitSentences(this.text, this.language, langData(this.language));
  }
  /** English part-of-speech tags, computed line by line on demand (wink-nlp); undefined when not English. */
  get englishTags() {
    if (this._englishTags === void 0) this._englishTags = this.language === "en" ? new EnglishTags(this.text) : null;
    return this._englishTags ?? void 0;
  }
  /**
   * Work shared by rules on this document, done once: the first call with a
   * key runs `fn` and keeps its value for the document's lifetime; later calls
   * with the key return it. Keys are prefixed with the owning module's name
   * ('entity-forms:counts'). Use it instead of a module-level WeakMap keyed by
   * something of the document.
   */
  memo(key, fn) {
    const memo = this._memo ??= /* @__PURE__ */ new Map();
    if (memo.has(key)) return memo.get(key);
    const value = fn();
    memo.set(key, value);
    return value;
  }
  get words() {
    return this._words ??= words(this.text);
  }
  get lines() {
    return this._lines ??= new LineIndex(this.text);
  }
  /** Mentions of pack entities, resolved for the document language. */
  get mentions() {
    return this._mentions ??= findMentions(this.text, this.packs.entities, this.language);
  }
  /** Paragraphs: runs of non-blank lines, trimmed. */
  get paragraphs() {
    if (!this._paragraphs) {
      const out = [];
      const re = /[^\r\n]*(?:\r\n|\r|\n|$)/g;
      let start = -1;
      let end = 0;
      let m;
      while ((m = re.exec(this.text)) && m[0] !== "") {
        const line = m[0].replace(/[\r\n]+$/, "");
        if (line.trim() === "") {
          if (start >= 0) out.push({ start, end });
          start = -1;
        } else {
          const lead = line.length - line.trimStart().length;
          if (start < 0) start = m.index + lead;
          end = m.index + line.trimEnd().length;
        }
      }
      if (start >= 0) out.push({ start, end });
      this._paragraphs = out;
    }
    return this._paragraphs;
  }
};

// src/engine/fixer.ts
function applyFixes(text, fixes) {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = "";
  let cursor = 0;
  let lastEnd = -1;
  let skipped = 0;
  const applied = [];
  for (const f of sorted) {
    const [start, end] = f.range;
    if (start <= lastEnd || start < 0 || end > text.length || start > end || splitsCrlf(text, start) || splitsCrlf(text, end)) {
      skipped++;
      continue;
    }
    const before = text.slice(start, end);
    const replacement = LINE_BREAK.test(before) || LINE_BREAK.test(f.text) ? keepLineBreaks(before, f.text) : f.text;
    if (before === replacement) continue;
    output += text.slice(cursor, start) + replacement;
    cursor = end;
    lastEnd = end;
    applied.push({ ...f, text: replacement, before });
  }
  output += text.slice(cursor);
  return { output, applied, skipped };
}
function splitsCrlf(text, offset) {
  return text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10;
}
var LINE_BREAK = /[\r\n\u2028\u2029]/;
var BREAKS = /\r\n|[\r\n\u2028\u2029]/g;
function keepLineBreaks(before, after) {
  const breaks = [...before.matchAll(BREAKS)];
  const flat = after.replace(BREAKS, " ");
  if (breaks.length === 0) return flat;
  const spaces = [];
  for (let i = 0; i < flat.length; i++) if (flat[i] === " ") spaces.push(i);
  const taken = /* @__PURE__ */ new Map();
  let from = 0;
  let left = "";
  for (const b of breaks) {
    const rel = before.length > 1 ? b.index / (before.length - 1) : 0;
    const distance = (k) => Math.abs(spaces[k] / Math.max(flat.length - 1, 1) - rel);
    let best = -1;
    for (let k = from; k < spaces.length; k++) if (best < 0 || distance(k) < distance(best)) best = k;
    if (best < 0) left += b[0];
    else {
      taken.set(spaces[best], b[0]);
      from = best + 1;
    }
  }
  let out = "";
  for (let i = 0; i < flat.length; i++) out += taken.get(i) ?? flat[i];
  return out + left;
}
function offsetBefore(applied, offset) {
  let shift = 0;
  for (const a of applied) {
    const start = a.range[0] + shift;
    if (offset < start) break;
    if (offset < start + a.text.length) return a.range[0];
    shift += a.text.length - (a.range[1] - a.range[0]);
  }
  return offset - shift;
}
function selectFixes(messages, allowUnsafe, ruleFilter) {
  return messages.filter((m) => m.fix && (allowUnsafe || m.fixSafety !== "unsafe") && (!ruleFilter || ruleFilter(m.ruleId))).map((m) => ({ ...m.fix, ruleId: m.ruleId, entity: m.entity }));
}

// src/engine/report-translator.ts
var SEVERITY_NUMBER = { error: 2, warning: 1, info: 0 };
var compiled = /* @__PURE__ */ new Map();
function fillTemplate(template, data = {}) {
  let parts = compiled.get(template);
  if (!parts) compiled.set(template, parts = template.split(/(\{\{\s*(\w+)\s*\}\})/));
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 3) out += (parts[i + 1] in data ? String(data[parts[i + 1]]) : parts[i]) + parts[i + 2];
  return out;
}
function toDiagnostic(meta, severity, report3, lines) {
  const template = meta.messages[report3.messageId];
  if (template === void 0) throw new Error(`rule ${meta.id} reported unknown message id '${report3.messageId}'`);
  const start = lines.position(report3.range[0]);
  const end = lines.position(report3.range[1]);
  const level = report3.severity && report3.severity !== "off" ? lowest(severity, report3.severity) : severity;
  const d = {
    ruleId: meta.id,
    severity: SEVERITY_NUMBER[level],
    message: fillTemplate(template, report3.data),
    messageId: report3.messageId,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    range: report3.range
  };
  if (report3.fix) {
    d.fix = { range: report3.fix.range, text: report3.fix.text };
    d.fixSafety = report3.fix.safety ?? meta.fixable ?? "safe";
  }
  if (report3.suggestions?.length) {
    d.suggestions = report3.suggestions.map((s) => ({
      desc: s.desc ?? fillTemplate(meta.messages[s.messageId ?? ""] ?? s.messageId ?? "", s.data ?? report3.data),
      fix: s.fix
    }));
  }
  if (report3.actual !== void 0) d.actual = report3.actual;
  if (report3.expected) d.expected = report3.expected;
  if (report3.entity) d.entity = report3.entity;
  return d;
}
function lowest(a, b) {
  return SEVERITY_NUMBER[a] <= SEVERITY_NUMBER[b] ? a : b;
}

// src/engine/linter.ts
var LOADERS = {
  franc: loadLanguageDetector,
  nlp: async () => (await import("./nlp-NIPWWOCM.js")).loadNlp(),
  dictionary: async () => (await import("./dictionary-OBNQOQIO.js")).loadDictionaries()
};
var MAX_FIX_PASSES = 10;
var DETECT_CHARS = 2e4;
var Linter = class _Linter {
  constructor(config, packs) {
    this.config = config;
    this.packs = packs ?? loadPacks(config.packs, config.baseDir);
  }
  packs;
  loaded = /* @__PURE__ */ new Set();
  /** One Linter per distinct configuration that `overrides` give some files. */
  byConfig = /* @__PURE__ */ new Map();
  /** Rules that run on a document of this language, with their severity. */
  activeRules(language) {
    const out = [];
    for (const rule of allRules) {
      const setting = this.config.rules[rule.meta.id];
      if (!setting || setting.severity === "off") continue;
      if (rule.meta.languages !== "*" && !rule.meta.languages.includes(language)) continue;
      out.push({ rule, severity: setting.severity, options: setting.options });
    }
    return out;
  }
  async ensure(needs) {
    for (const n of needs) {
      if (this.loaded.has(n)) continue;
      await LOADERS[n]();
      this.loaded.add(n);
    }
  }
  /**
   * The document language: given, configured, or detected (falling back to
   * the first candidate): from function words when they are decisive (at
   * least 20 words), else with franc. `ws` are the words of `text`, when the
   * caller has them. Both look at the first 20,000 characters only.
   */
  async languageOf(text, given, ws) {
    const lang = given ?? this.config.language;
    if (lang !== "auto") return lang;
    const sample = ws ?? words(text.length > DETECT_CHARS ? text.slice(0, DETECT_CHARS) : text);
    let n = sample.length;
    while (n > 0 && sample[n - 1].end > DETECT_CHARS) n--;
    const quick = n >= 20 ? functionWordLanguage(sample, this.config.languages, 0, n) : void 0;
    if (quick) return quick;
    await this.ensure(["franc"]);
    return detectLanguageSync(text, this.config.languages) ?? this.config.languages[0] ?? "en";
  }
  /** The Linter for this file: this one, or one for the configuration its overrides give it (cached). */
  forFile(filePath) {
    const config = configForFile(this.config, filePath);
    if (config === this.config) return this;
    const key = configKey(config);
    let linter = this.byConfig.get(key);
    if (!linter) {
      const samePacks = config.packs.length === this.config.packs.length && config.packs.every((p, i) => p === this.config.packs[i]);
      linter = new _Linter(config, samePacks ? this.packs : void 0);
      this.byConfig.set(key, linter);
    }
    return linter;
  }
  async lintText(input, options = {}) {
    const own = this.forFile(options.filePath);
    if (own !== this) return own.lintText(input, options);
    const filePath = options.filePath ?? "<text>";
    const source = await prepareSourceAsync(input, options.filePath, options.markup);
    const text = source.text;
    const ws = (options.language ?? this.config.language) === "auto" ? words(text) : void 0;
    const language = await this.languageOf(text, options.language, ws);
    const active = this.activeRules(language);
    await this.ensure(active.flatMap((a) => a.rule.meta.needs ?? []).filter((n) => n !== "nlp" || language === "en"));
    const doc = new DocumentModel(text, language, this.packs, ws);
    const messages = [];
    for (const { rule, severity, options: ruleOptions } of active) {
      let reports = [];
      const context = {
        filePath,
        text,
        language,
        languages: this.config.languages,
        options: ruleOptions,
        doc,
        packs: this.packs,
        report: (r) => {
          reports.push(toDiagnostic(rule.meta, severity, r, doc.lines));
        }
      };
      try {
        try {
          rule.check(context);
        } catch (err) {
          if (!(err instanceof DetectorNotLoaded) || this.loaded.has(err.need)) throw err;
          await this.ensure([err.need]);
          reports = [];
          rule.check(context);
        }
        for (const r of reports) messages.push(r);
      } catch (err) {
        const e = err;
        e.message = `rule '${rule.meta.id}' failed on ${filePath}: ${e.message}`;
        throw e;
      }
    }
    const final = source.finish(messages, this.config);
    final.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1] || a.ruleId.localeCompare(b.ruleId));
    return summarise(filePath, language, final);
  }
  async fixText(text, options = {}) {
    const own = this.forFile(options.filePath);
    if (own !== this) return own.fixText(text, options);
    const language = await this.languageOf(text, options.language);
    const opts = { ...options, language };
    let output = text;
    const applied = [];
    let passes = 0;
    const history = [];
    let result = await this.lintText(output, opts);
    while (passes < MAX_FIX_PASSES) {
      const fixes = selectFixes(result.messages, options.unsafe ?? false, options.ruleFilter);
      if (fixes.length === 0) break;
      const outcome = applyFixes(output, fixes);
      if (outcome.output === output) break;
      passes++;
      for (const a of outcome.applied) a.origin = history.reduceRight((at, pass) => offsetBefore(pass, at), a.range[0]);
      history.push(outcome.applied);
      for (const a of outcome.applied) applied.push(a);
      output = outcome.output;
      result = await this.lintText(output, opts);
    }
    return { result: { ...result, output: output === text ? void 0 : output }, output, applied, passes };
  }
};
function summarise(filePath, language, messages) {
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  for (const m of messages) {
    if (m.severity === 2) {
      errorCount++;
      if (m.fix) fixableErrorCount++;
    } else if (m.severity === 1) {
      warningCount++;
      if (m.fix) fixableWarningCount++;
    } else infoCount++;
  }
  return { filePath, messages, errorCount, warningCount, infoCount, fixableErrorCount, fixableWarningCount, language };
}

// src/cli/read-input.ts
var decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function decodeText(buf, file) {
  if (buf.length >= 2 && (buf[0] === 255 && buf[1] === 254 || buf[0] === 254 && buf[1] === 255)) {
    throw new TranslintError(`UTF-16 text (byte order mark ${buf[0] === 255 ? "FF FE" : "FE FF"}): not linted; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)`, { file, line: 1 });
  }
  const nul = buf.indexOf(0);
  if (nul >= 0) throw new TranslintError(`binary file (NUL byte at offset ${nul}): not linted`, { file, line: lineAt(buf, nul) });
  let text;
  try {
    text = decoder.decode(buf);
  } catch {
    const bad = firstInvalidUtf8(buf);
    if (bad < 0) throw new TranslintError(`too large to decode (${buf.length} bytes): not linted`, { file });
    throw new TranslintError(`not UTF-8 text (invalid byte at offset ${bad}): not linted`, { file, line: lineAt(buf, bad) });
  }
  const bom = text.charCodeAt(0) === 65279;
  return { text: bom ? text.slice(1) : text, bom };
}
function readTextFile(file) {
  return decodeText(readRegularFile(file, maxTextBytes()), file);
}
function lineAt(buf, offset) {
  let line = 1;
  for (let i = 0; i < offset; i++) if (buf[i] === 10) line++;
  return line;
}

export {
  candidateLists,
  derivedKeys,
  urlSpans,
  lowerCaseKeys,
  documentCandidates,
  translitData,
  clusterNames,
  allRules,
  rulesById,
  configForFile,
  DIRECTIVE_RULES,
  LineIndex,
  markupOf,
  prepareSourceAsync,
  Linter,
  summarise,
  decodeText,
  readTextFile
};
