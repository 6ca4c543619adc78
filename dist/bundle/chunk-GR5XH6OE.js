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
  isArticleAt,
  loadCheckedYaml,
  loadPacks,
  maxTextBytes,
  parsePhrase,
  readRegularFile,
  repeatsFor,
  sectionItems,
  stripDiacritics,
  words
} from "./chunk-UFALB7CG.js";
import {
  DEFAULT_LANGUAGES,
  DetectorNotLoaded,
  dictionariesLoaded,
  dictionaryFor,
  languageScoresSync,
  loadLanguageDetector,
  requireDictionary
} from "./chunk-WXIFJX5E.js";
import {
  getNlp
} from "./chunk-UUUQXXOH.js";
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
    for (const hit of findListedFurniture(context)) {
      const { start, end, lineStart, lineEnd, hasBreak, whole, entry } = hit;
      const found = text.slice(start, end);
      const fix = whole ? lineDeletion(text, lineStart, lineEnd, hasBreak) : prefixDeletion(text, start, end);
      context.report({
        messageId: whole ? "line" : "prefix",
        data: { found, what: entry.note },
        range: [start, end],
        suggestions: [whole ? { messageId: "deleteLine", fix } : { messageId: "deletePrefix", data: { found }, fix }],
        severity: entry.severity,
        actual: found,
        expected: [""]
      });
    }
  }
};
function findListedFurniture(context) {
  const { text } = context;
  const compiled2 = context.packs.cached(`boilerplate:${context.language}`, (packs) => compile(packs, context.language));
  const ws = context.doc.words;
  const out = [];
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
    const hit = findFurniture(text, start, end, ws.slice(first, w), compiled2);
    if (!hit) continue;
    const whole = hit.end === end;
    const found = text.slice(start, hit.end).trimEnd();
    out.push({ start, end: start + found.length, lineStart, lineEnd: lineStart + line[0].length, hasBreak: line[1] !== "", whole, entry: hit.entry });
  }
  return out;
}
function compile(packs, lang) {
  const matcher = new PhraseMatcher();
  const wordSets = new PhraseMatcher();
  const regexes = [];
  sectionItems(packs, lang, "boilerplate").forEach(({ item, pack }, id) => {
    const base = { note: item.note ?? "page furniture", maxWords: item["max-words"] ?? 6, min: item.min ?? 2, severity: item.severity, id };
    if (item.line !== void 0) matcher.add(item.line, { ...base, kind: "line" });
    if (item.label !== void 0) matcher.add(item.label, { ...base, kind: "label" });
    if (item.breadcrumb !== void 0) matcher.add(item.breadcrumb, { ...base, kind: "breadcrumb", note: item.note ?? "a breadcrumb trail" });
    for (const word of item["line-of"] ?? []) wordSets.add(word, { ...base, kind: "line-of" });
    if (item.regex !== void 0) regexes.push({ re: compileUserPattern(item.regex, { ignoreCase: true, bounds: "whole" }, pack.builtin), entry: { ...base, kind: "line" } });
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
var NOT_AFTER_WINDOW = 40;
function allowedHere(text, start, end, c) {
  if (c.start && !atSentenceStart(text, start)) return false;
  if (c.notBefore && c.notBefore.test(text.slice(end, end + NOT_AFTER_WINDOW))) return false;
  return !c.notAfter || !c.notAfter.test(text.slice(Math.max(0, start - NOT_AFTER_WINDOW), start));
}
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
    reportPatterns(context, "calques", "calque");
  }
};
function reportPatterns(context, section, messageId) {
  const { matcher, regexes, byWord } = context.packs.cached(`${section}:${context.language}`, (packs) => compile2(packs, context.language, section));
  const { text } = context;
  const hits = [];
  if (matcher.size > 0) {
    for (const m of matcher.match(text, context.doc.words, (m2) => allowedHere(text, m2.coreStart, m2.end, m2.value))) {
      hits.push({ start: m.coreStart, end: m.coreEnd, calque: m.value, slots: m.slots });
    }
  }
  if (regexes.length > 0) {
    const at = regexes.map((r) => r.words ? [] : void 0);
    if (byWord.size > 0) {
      for (const w of context.doc.words) {
        const ks = byWord.get(w.key);
        if (ks) for (const k of ks) at[k].push(w.start);
      }
    }
    const cursor = regexes.map(() => 0);
    for (const line of text.matchAll(/[^\r\n]+/g)) {
      if (line[0].length > MAX_REGEX_LINE) continue;
      const lineEnd = line.index + line[0].length;
      for (let k = 0; k < regexes.length; k++) {
        const { re, calque: c } = regexes[k];
        const starts = at[k];
        if (starts) {
          while (cursor[k] < starts.length && starts[cursor[k]] < line.index) cursor[k]++;
          if (cursor[k] >= starts.length || starts[cursor[k]] >= lineEnd) continue;
        }
        for (const m of re[Symbol.matchAll](line[0])) {
          if (m[0] === "") continue;
          const start = line.index + m.index;
          if (!allowedHere(text, start, start + m[0].length, c)) continue;
          if (hits.some((h) => h.start < start + m[0].length && start < h.end)) continue;
          hits.push({ start, end: start + m[0].length, calque: c, slots: m.slice(1).map((s) => s ?? "") });
        }
      }
    }
  }
  for (const h of hits) {
    const found = text.slice(h.start, h.end);
    const uses = h.calque.use.map((u) => matchCaseStyle(found, fillSlots(u, h.slots)));
    const data2 = { found, note: h.calque.note, advice: advice(uses, h.calque.hint) };
    context.report({
      messageId,
      data: data2,
      range: [h.start, h.end],
      suggestions: uses.map(
        (use) => use === "" ? { messageId: "delete", data: { found }, fix: deletion(text, h.start, h.end) } : { messageId: "replace", data: { use }, fix: { range: [h.start, h.end], text: use } }
      ),
      actual: found,
      expected: uses
    });
  }
}
function compile2(packs, lang, section) {
  const matcher = new PhraseMatcher();
  const regexes = [];
  for (const { item, pack } of sectionItems(packs, lang, section)) {
    const c = { use: asList(item.use), hint: item.hint, note: item.note.replace(/\.$/, ""), start: item.start ?? false };
    if (item["not-after"] !== void 0) c.notAfter = new RegExp(`(?:${item["not-after"]})\\s*$`, "iu");
    if (item["not-before"] !== void 0) c.notBefore = new RegExp(`^(?:${item["not-before"]})`, item["match-case"] ? "u" : "iu");
    if (item.phrase !== void 0) matcher.add(item.phrase, c, { matchCase: item["match-case"] });
    if (item.regex !== void 0) {
      const flags = item["match-case"] ? "gu" : "giu";
      const words3 = item.words?.length ? new Set(item.words.map((w) => fold(w))) : void 0;
      regexes.push({ re: compileUserPattern(item.regex, { ignoreCase: flags.includes("i"), bounds: "word" }, pack.builtin), calque: c, words: words3 });
    }
  }
  const byWord = /* @__PURE__ */ new Map();
  regexes.forEach((r, k) => {
    for (const w of r.words ?? []) {
      const list = byWord.get(w) ?? [];
      if (!list.includes(k)) list.push(k);
      byWord.set(w, list);
    }
  });
  return { matcher, regexes, byWord };
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

// src/packs/mentions.ts
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
function findMentions(text, index, lang, ws) {
  const out = exactMentions(text, index, lang);
  const loose = looseMentions(text, index, lang, out, ws);
  if (loose.length === 0) return out;
  return [...out, ...loose].sort((a, b) => a.start - b.start);
}
function looseMentions(text, index, lang, exact, ws) {
  const loose = index.loose;
  if (loose.formCount === 0) return [];
  const named = new Set(exact.map((m) => m.entity.id));
  const applies = (t) => t.kind === "alias" ? !t.langs || t.langs.includes(lang) : t.lang === houseLanguage(t.entity, lang);
  const found = loose.find(text, ws ?? words(text), exact, applies, (t) => named.has(t.entity.id));
  return found.map((m) => {
    const t = m.value;
    const literal = t.kind === "alias" && (t.status === "calque" || t.status === "deprecated");
    const text0 = text.slice(m.start, m.end);
    const term = { ...t, kind: "alias", text: text0, status: literal ? t.status : "deprecated", use: literal ? t.use ?? t.entity.canonical[houseLanguage(t.entity, lang)] : t.text };
    return { entity: t.entity, term, kind: "alias", start: m.start, coreStart: m.start, end: m.end, found: text0, house: "", loose: m.kind };
  });
}
function exactMentions(text, index, lang) {
  const out = [];
  for (const m of index.matcher.scan(text)) {
    const lower = !isUpperAt(text, m.coreStart);
    const r = resolve(m.values, lang, text, m.words, lower ? void 0 : m.memo, lower);
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
function resolve(values, lang, text, words3, node, lower = false) {
  const known = node?.memo;
  if (known !== void 0 && (known === null || known.lang === lang)) return known ?? void 0;
  let caseText;
  let caseDependent = false;
  let best;
  let bestRank = 0;
  for (const t of values) {
    if (lower && t.kind !== "alias" && isCapitalised(t)) continue;
    if (t.matchCase) {
      caseDependent = true;
      caseText ??= wordsText(text, words3);
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
function isUpperAt(text, i) {
  const c = text.charAt(i);
  return c !== c.toLowerCase();
}
var capitalised = /* @__PURE__ */ new WeakMap();
function isCapitalised(t) {
  let v = capitalised.get(t);
  if (v === void 0) {
    const core = coreSlice(t.text, 0, 1);
    capitalised.set(t, v = isUpperAt(core, 0));
  }
  return v;
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
var analysed = /* @__PURE__ */ new WeakMap();
function entityForms(doc) {
  let known = analysed.get(doc);
  if (known) return known;
  const text = doc.text;
  const byEntity = /* @__PURE__ */ new Map();
  const all = [];
  for (const m of doc.mentions) if (m.kind !== "alias") all.push(toFormMention(text, m));
  const named = /* @__PURE__ */ new Set();
  for (const f of all) if (clearlyName(text, f)) named.add(f.found.toLowerCase());
  for (const f of all) {
    if (!clearlyName(text, f) && !(isCapitalised2(f.found) && named.has(f.found.toLowerCase())) && commonWord(doc, f)) continue;
    let list = byEntity.get(f.entity.id);
    if (!list) byEntity.set(f.entity.id, list = []);
    list.push(f);
  }
  derive(doc, byEntity);
  known = /* @__PURE__ */ new Map();
  for (const [id, list] of byEntity) {
    list.sort((a, b) => a.start - b.start);
    known.set(id, { entity: list[0].entity, mentions: list, mixed: isMixed(list), counts: formCounts(list), articleStyles: articleStyles(list) });
  }
  analysed.set(doc, known);
  return known;
}
function toFormMention(text, m) {
  const term = m.term;
  const n = coreKeys(m.entity.canonical.en).length;
  const part = term.part ?? [0, n];
  let house = m.house;
  let glued;
  const first = words(m.found)[0];
  if (first && first.key !== term.keys[0] && first.key.endsWith(term.keys[0])) {
    glued = m.found.slice(0, first.key.length - term.keys[0].length);
    const prefix = `${glued}-`;
    if (house.startsWith(prefix)) house = house.slice(prefix.length);
  }
  const core = glued ? m.found.slice(glued.length) : m.found;
  const coreWs = coreWords(core);
  const segments = [];
  if (coreWs.length === part[1] - part[0]) {
    coreWs.forEach((w, i) => segments.push([`${part[0] + i}-${part[0] + i + 1}`, w.key]));
  } else {
    segments.push([`${part[0]}-${part[1]}`, coreWs.map((w) => w.key).join(" ")]);
  }
  return {
    entity: m.entity,
    kind: m.kind,
    start: m.start,
    coreStart: m.coreStart,
    end: m.end,
    found: m.found,
    house,
    part,
    lang: m.term.lang,
    glued,
    article: m.start < m.coreStart ? text.slice(m.start, m.coreStart) : void 0,
    segments
  };
}
function clearlyName(text, f) {
  if (f.article || f.glued || f.derived) return true;
  if (/[\s\u00a0\u2010\u2011-]/.test(f.found)) return true;
  return isCapitalised2(f.found) && !sentenceInitial(text, f.start);
}
function isCapitalised2(s) {
  const initial = s.charAt(0);
  return initial !== initial.toLowerCase();
}
function commonWord(doc, f) {
  if (!dictionariesLoaded()) throw new NeedNotLoaded("dictionary");
  const dict = dictionaryFor(doc.language);
  return dict !== void 0 && dict.isWord(f.found);
}
var NeedNotLoaded = class extends Error {
  constructor(need) {
    super(`${need} not loaded`);
    this.need = need;
  }
};
function sentenceInitial(text, offset) {
  let i = offset - 1;
  while (i >= 0 && /[\s"'“‘«»„(\[*_#>–—-]/.test(text[i]) && text[i] !== "\n") i--;
  if (i < 0 || text[i] === "\n") return true;
  return /[.!?:…]/.test(text[i]);
}
function derive(doc, byEntity) {
  const wanted = /* @__PURE__ */ new Map();
  for (const list of byEntity.values()) {
    for (const f of list) {
      if (f.kind === "house" || f.part[1] - f.part[0] < 2 || f.segments.length !== f.part[1] - f.part[0]) continue;
      const houseWs = coreWords(f.house);
      if (houseWs.length !== f.segments.length) continue;
      f.segments.forEach(([, key], i) => {
        if (key === houseWs[i].key || key.length < 3 || wanted.has(key)) return;
        wanted.set(key, { entity: f.entity, index: f.part[0] + i, house: f.house.slice(houseWs[i].start, houseWs[i].end), kind: f.kind });
      });
    }
  }
  if (wanted.size === 0) return;
  const taken = [...byEntity.values()].flat().map((f) => [f.start, f.end]);
  const text = doc.text;
  for (const w of doc.words) {
    const d = wanted.get(w.key);
    if (!d) continue;
    const initial = text.charAt(w.start);
    if (initial === initial.toLowerCase()) continue;
    if (taken.some(([s, e]) => w.start < e && w.end > s)) continue;
    const found = text.slice(w.start, w.end);
    byEntity.get(d.entity.id).push({
      entity: d.entity,
      kind: d.kind,
      start: w.start,
      coreStart: w.start,
      end: w.end,
      found,
      house: d.house,
      part: [d.index, d.index + 1],
      derived: true,
      segments: [[`${d.index}-${d.index + 1}`, w.key]]
    });
  }
}
function isMixed(list) {
  const seen = /* @__PURE__ */ new Map();
  for (const f of list) {
    for (const [range, spelling3] of f.segments) {
      const s = seen.get(range);
      if (s === void 0) seen.set(range, spelling3);
      else if (s !== spelling3) return true;
    }
  }
  return false;
}
function formCounts(list) {
  const forms = /* @__PURE__ */ new Map();
  const written = /* @__PURE__ */ new Map();
  for (const f of list) {
    const lower = f.found.toLowerCase().replace(/\s+/g, " ");
    let key = written.get(lower);
    if (key === void 0) written.set(lower, key = f.found.replace(/\s+/g, " "));
    forms.set(key, (forms.get(key) ?? 0) + 1);
  }
  return describe(forms);
}
function articleStyles(list) {
  const votes = /* @__PURE__ */ new Map();
  const vote = (index, art) => {
    let v = votes.get(index);
    if (!v) votes.set(index, v = /* @__PURE__ */ new Map());
    v.set(art, (v.get(art) ?? 0) + 1);
  };
  for (const f of list) {
    vote(f.part[0], f.article !== void 0 ? f.article.replace(/\s+$/, " ") : f.glued ? `${f.glued}-` : "");
    if (f.segments.length < 2) continue;
    const core = f.glued ? f.found.slice(f.glued.length) : f.found;
    const ws = words(core);
    let k = 0;
    for (let i = 0; i < ws.length; i++) {
      if (isArticleAt(core, ws, i)) {
        if (k > 0) vote(f.part[0] + k, core.slice(ws[i].start, ws[i + 1].start));
        i++;
      } else if (k > 0) vote(f.part[0] + k, "");
      k++;
    }
  }
  const out = /* @__PURE__ */ new Map();
  for (const [index, v] of votes) {
    let without = 0;
    let withN = 0;
    let best = "";
    let bestN = 0;
    for (const [art, n] of v) {
      if (art === "") without += n;
      else {
        withN += n;
        if (n > bestN || n === bestN && art < best) {
          best = art;
          bestN = n;
        }
      }
    }
    if (withN > without) out.set(index, best);
    else if (without > withN) out.set(index, "");
  }
  return out;
}
function houseFix(text, f, forms) {
  let house = applyCaseStyle(f.found, f.house);
  const style = forms.articleStyles.get(f.part[0]);
  if (f.glued) {
    const art = style === void 0 ? `${f.glued}-` : style === "" ? "" : articleFor(text, f, style);
    return { range: [f.coreStart, f.end], text: art + house };
  }
  if (!f.article && style && (f.entity.type === "person" || f.entity.type === "place")) {
    house = articleFor(text, f, style) + house;
  }
  return { range: [f.coreStart, f.end], text: house };
}
function articleFor(text, f, style) {
  if (isAllCaps(f.found)) return style.toUpperCase();
  return sentenceInitial(text, f.start) ? style.charAt(0).toUpperCase() + style.slice(1) : style;
}
function isHouseSpelling(f) {
  const core = f.glued ? f.found.slice(f.glued.length) : f.found;
  return coreKeys(core).join(" ") === coreKeys(f.house).join(" ");
}
function reportNonHouse(context, houseStyle) {
  const forms = entityForms(context.doc);
  for (const e of forms.values()) {
    if (!e.mixed && houseStyle === "off") continue;
    for (const f of e.mentions) {
      if (f.kind === "house" || isHouseSpelling(f)) continue;
      const fix = houseFix(context.text, f, e);
      context.report({
        messageId: e.mixed ? f.kind : f.kind === "foreign" ? "houseStyleForeign" : "houseStyle",
        severity: e.mixed ? void 0 : houseStyle,
        data: {
          found: f.found,
          house: fix.text,
          entity: e.entity.canonical[context.language] ?? e.entity.canonical.en,
          counts: e.counts,
          lang: f.kind === "foreign" ? f.lang ?? "" : ""
        },
        range: fix.range,
        fix,
        actual: f.found,
        expected: [fix.text],
        entity: e.entity.id
      });
    }
  }
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
      reordered: "'{{found}}' names the {{entity}} with its words in another order: write '{{use}}'. Forms in this document: {{counts}}.",
      extra: "'{{found}}' names the {{entity}} with a word that is not in its name: write '{{use}}'. Forms in this document: {{counts}}.",
      partial: "'{{found}}' is the name of the {{entity}} cut short: write '{{use}}'. Forms in this document: {{counts}}.",
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
      const data2 = {
        found,
        entity,
        use,
        note: m.term.note ? ` (${m.term.note.replace(/\.$/, "")}.)` : "",
        counts: entityFormsText(context.doc, m.entity.id)
      };
      const fix = { range: [m.start, m.end], text: use };
      context.report({
        messageId: m.loose ?? m.term.status,
        data: data2,
        range: fix.range,
        // a loosely matched name: a suggestion only (the words around it may belong to it)
        fix: m.term.status === "deprecated" && !m.loose ? { ...fix, safety: "unsafe" } : void 0,
        suggestions: [{ messageId: "replace", data: data2, fix }],
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
    description: "One name spelled several ways in a document (accents, hyphens, spacing, a glued article).",
    type: "problem",
    defaultSeverity: "warning",
    fixable: "safe",
    hasSuggestions: true,
    languages: "*",
    messages: {
      mixed: "'{{found}}' and '{{other}}' name {{entity}} in this document ({{counts}}): use '{{use}}'.",
      replace: "Replace with '{{use}}'"
    },
    docs: { fixSafety: "Safe: only accents, hyphens, spacing or a glued article differ from the house form of the same entity." }
  },
  check(context) {
    for (const e of entityForms(context.doc).values()) {
      const groups = /* @__PURE__ */ new Map();
      for (const f of e.mentions) {
        if (f.kind !== "house") continue;
        const key = `${f.part[0]}-${f.part[1]}`;
        let list = groups.get(key);
        if (!list) groups.set(key, list = []);
        list.push(f);
      }
      for (const list of groups.values()) {
        const counts = /* @__PURE__ */ new Map();
        const written = /* @__PURE__ */ new Map();
        for (const f of list) {
          const s = spelling(f.found);
          counts.set(s, (counts.get(s) ?? 0) + 1);
          if (!written.has(s)) written.set(s, f.found.replace(/\s+/g, " "));
        }
        if (counts.size < 2) continue;
        const countText = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([s, n]) => `${written.get(s)} \xD7${n}`).join(", ");
        for (const f of list) {
          if (spelling(f.found) === spelling(f.house)) continue;
          const other = [...written.entries()].find(([s]) => s !== spelling(f.found))[1];
          const fix = houseFix(context.text, f, e);
          const data2 = { found: f.found, other, use: fix.text, entity: e.entity.canonical.en, counts: countText };
          context.report({
            messageId: "mixed",
            data: data2,
            range: fix.range,
            fix,
            suggestions: [{ messageId: "replace", data: data2, fix }],
            actual: f.found,
            expected: [fix.text],
            entity: e.entity.id
          });
        }
      }
    }
  }
};
function spelling(s) {
  return s.toLowerCase().replace(/\s+/g, " ");
}

// src/rules/entity-variant.ts
var entityVariant = {
  meta: {
    id: "entity-variant",
    description: "Non-house spellings of names known to a pack: an error where a document mixes forms (Haftar and Hifter), house style where it writes one throughout.",
    type: "problem",
    defaultSeverity: "error",
    fixable: "safe",
    languages: "*",
    messages: {
      variant: "'{{found}}' is not the house spelling of {{entity}}: use '{{house}}'. This document names it in several forms: {{counts}}.",
      foreign: "'{{found}}' is the {{lang}} spelling of {{entity}}: in this document use '{{house}}'. This document names it in several forms: {{counts}}.",
      houseStyle: "'{{found}}' is not the house spelling of {{entity}}: use '{{house}}'. House style only: this document writes it one way ({{counts}}).",
      houseStyleForeign: "'{{found}}' is the {{lang}} spelling of {{entity}}: in this document use '{{house}}'. House style only: this document writes it one way ({{counts}})."
    },
    docs: { fixSafety: "Safe: the variant is listed for exactly one entity, and only the spelling changes." },
    schema: { type: "object", properties: { houseStyle: { enum: ["error", "warning", "info", "off"], description: "Severity of a consistent non-house spelling (default warning)." } }, additionalProperties: false }
  },
  check(context) {
    const option = context.options.houseStyle;
    const houseStyle = option === "error" || option === "info" || option === "off" ? option : "warning";
    reportNonHouse(context, houseStyle);
  }
};

// src/rules/grammar.ts
var grammar = {
  meta: {
    id: "grammar",
    description: "Grammar slips of machine translation: 'in several province', 'The Russians strikes', 'eine ein', 'd\xE9clarent-ont'.",
    type: "problem",
    defaultSeverity: "warning",
    hasSuggestions: true,
    languages: "*",
    messages: {
      pattern: "'{{found}}' looks like a grammar slip ({{note}}): {{advice}}.",
      plural: "'{{found}}': '{{quantifier}}' takes a plural noun, but '{{noun}}' is singular: write '{{use}}'.",
      replace: "Replace with '{{use}}'",
      delete: "Delete '{{found}}'"
    },
    docs: { fixSafety: "Suggestions only: the right rewrite depends on the rest of the sentence." }
  },
  check(context) {
    reportPatterns(context, "grammar", "pattern");
    if (context.language === "en") quantifiedSingular(context);
  }
};
var QUANTIFIERS = [["several"], ["many"], ["numerous"], ["multiple"], ["various"], ["a", "number", "of"], ["a", "few"]];
var NOT_SINGULAR = new Set(
  "other others more most of hundred thousand million billion dozen score times people children men women police personnel staff media data criteria phenomena cattle clergy youth military militia security such than as a an the those these their its his her our your fellow local foreign new old other different further additional key top senior major minor former recent previous successive civilian armed unarmed government opposition rebel tribal".split(" ")
);
var AFTER_NOUN = new Set("in of and or on at for with from which who were have had are was is by as but during after before across near since".split(" "));
var QUANTIFIER_RE = /(?<![\p{L}\p{N}])(?:several|many|numerous|multiple|various|a number of|a few)(?![\p{L}\p{N}])/giu;
function quantifiedSingular(context) {
  const { text, doc } = context;
  let ws;
  for (const hit of text.matchAll(QUANTIFIER_RE)) {
    ws ??= doc.words;
    const i = wordAt(ws, hit.index);
    if (i < 0) continue;
    const q = QUANTIFIERS.find((k) => k.every((key, n) => ws[i + n]?.key === key));
    if (!q) continue;
    if (q.length === 1 && atSentenceStart(text, ws[i].start)) continue;
    const nIndex = i + q.length;
    const noun = ws[nIndex];
    if (!noun || !adjacent(text, ws, i + q.length - 1, nIndex)) continue;
    const raw2 = text.slice(noun.start, noun.end);
    if (raw2.length < 4 || raw2 !== raw2.toLowerCase() || new RegExp("\\P{L}", "u").test(raw2) || /s$/.test(raw2) || NOT_SINGULAR.has(noun.key)) continue;
    if (/(?:ing|ed|ly|ic|al|ous|ive|ful|less|ary|ish|ese|an|ian)$/.test(raw2)) continue;
    const next = ws[nIndex + 1];
    const gap = next ? text.slice(noun.end, next.start) : text.slice(noun.end);
    const endsPhrase = /^\s*[.,;:!?)]/.test(gap) || next !== void 0 && /^ $/.test(gap) && AFTER_NOUN.has(next.key) || !next;
    if (!endsPhrase) continue;
    if (/^['’-]/.test(gap)) continue;
    const tags = doc.englishTags;
    if (!tags || tags.posAt(noun.start) !== "NOUN") continue;
    const qStart = ws[i].start;
    const found = text.slice(qStart, noun.end);
    const plural = pluralOf(raw2);
    const use = `${text.slice(qStart, noun.start)}${plural}`;
    context.report({
      messageId: "plural",
      data: { found, quantifier: text.slice(qStart, ws[nIndex - 1].end), noun: raw2, use },
      range: [qStart, noun.end],
      suggestions: [{ messageId: "replace", data: { use }, fix: { range: [qStart, noun.end], text: use } }],
      actual: found,
      expected: [use]
    });
  }
}
function wordAt(ws, offset) {
  let lo = 0;
  let hi = ws.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    if (ws[mid].start < offset) lo = mid + 1;
    else if (ws[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}
function adjacent(text, ws, a, b) {
  return ws[b].start === ws[a].end + 1 && text[ws[a].end] === " ";
}
function pluralOf(noun) {
  if (/[^aeiou]y$/.test(noun)) return noun.slice(0, -1) + "ies";
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return noun + "es";
  return noun + "s";
}

// src/text/lang-data.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
var KINDS = ["articles", "prepositions", "conjunctions", "pronouns"];
var DIR = new URL("../../rules/language/", import.meta.url);
var cache = /* @__PURE__ */ new Map();
function langData(lang) {
  let data2 = cache.get(lang);
  if (!data2) {
    const file = fileURLToPath(new URL(`${lang}.yaml`, DIR));
    data2 = existsSync(file) ? parse(loadCheckedYaml(file, "lang-data", () => {
    })) : empty(lang);
    cache.set(lang, data2);
  }
  return data2;
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
  const data2 = empty(String(d.language ?? ""));
  for (const kind of KINDS) for (const w of list(kind, ["functionWords", kind])) {
    data2.functionWords.set(fold(w), kind);
    data2.functionForms.add(w.normalize("NFC").toLowerCase());
  }
  const sets = [
    ["nameConnectors", "nameConnectors"],
    ["titles", "titles"],
    ["abbreviations", "abbreviations"],
    ["speechVerbs", "speechVerbs"],
    ["shortReplies", "shortReplies"],
    ["titleIntroducers", "titleIntroducers"]
  ];
  for (const [field, key] of sets) for (const w of list(key)) data2[field].add(fold(w));
  if (d.quotes !== void 0) {
    const q = d.quotes;
    if (!Array.isArray(q) || q.some((p) => !Array.isArray(p) || p.length !== 2 || p.some((c) => typeof c !== "string" || [...c].length !== 1))) {
      throw src.error(["quotes"], "'quotes' must be a list of [open, close] pairs of single characters");
    }
    data2.quotes = q;
  }
  return data2;
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
  const data2 = langData(raw[lang] ? lang : "en");
  const never = set(own.titles, own.months, own.days, common.titles, [...data2.titles], [...data2.functionWords.keys()]);
  lists = {
    particles: set(own.particles, common.particles),
    openers: set(common.particles),
    never,
    common: set(own.starters, [...data2.functionWords.keys()], [...data2.shortReplies]),
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
function capitalised2(text, start, end) {
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
    if (capitalised2(text, w.start, w.end)) return true;
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
    const isName = capitalised2(text, start, w.end) && caseAt(text, start + (text.charCodeAt(start) === 703 || text.charCodeAt(start) === 702 ? 2 : 1)) !== 1 && // not IDs, GNAs: acronyms
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
function translitFromData(data2) {
  const raw2 = data2 ?? {};
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
  const data2 = translitData();
  const lr = langRules(lang);
  const art = data2.articles;
  const words3 = text.split(/\s+/).filter(Boolean);
  const parts = [];
  for (const w0 of words3) {
    let w = fold(mapChars(w0, lr, data2.base)).replace(PUNCT, "");
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
    for (const { prefix, unit } of data2.compounds) {
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
var dense = new Float64Array(DENSE * DENSE * 3).fill(-1);
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

// src/names/learned-model.ts
import { readFileSync } from "node:fs";
var MODEL_URL = new URL("../../rules/names/translit-model.json", import.meta.url);
var LazyUnits = class {
  constructor(raw2) {
    this.raw = raw2;
  }
  compiled = /* @__PURE__ */ new Map();
  get(key) {
    let u = this.compiled.get(key);
    if (u === void 0) {
      const text = Object.prototype.hasOwnProperty.call(this.raw, key) ? this.raw[key] : void 0;
      u = text === void 0 ? null : parseUnits(text);
      this.compiled.set(key, u);
    }
    return u ?? void 0;
  }
  get size() {
    return Object.keys(this.raw).length;
  }
};
var MAX_OUTPUTS = 6;
var RELATIVE = Math.exp(-4);
function parseUnits(text) {
  let parts = text.split("|");
  if (parts.length > MAX_OUTPUTS) parts = parts.slice(0, MAX_OUTPUTS);
  const best = Number(parts[0].slice(parts[0].lastIndexOf("=") + 1));
  parts = parts.filter((part) => Number(part.slice(part.lastIndexOf("=") + 1)) >= best + Math.log(RELATIVE));
  const ar = [];
  const p = new Float64Array(parts.length);
  parts.forEach((part, i) => {
    const eq = part.lastIndexOf("=");
    ar.push(part.slice(0, eq));
    p[i] = Math.exp(Number(part.slice(eq + 1)));
  });
  return { ar, p };
}
function chunkKey(word, i, l) {
  return side(word, i - 1, "^") + word.slice(i, i + l) + side(word, i + l, "$");
}
function side(word, k, edge) {
  if (k < 0 || k >= word.length) return edge;
  const c = word.charCodeAt(k);
  return c === 97 || c === 101 || c === 105 || c === 111 || c === 117 ? "V" : "C";
}
function compileModel(file) {
  const units = new LazyUnits(file.units);
  return { maxLatin: file.maxLatin, threshold: file.threshold, veto: file.veto, reach: file.reach, units, merge: file.merge ?? {}, distinct: file.distinct ?? [] };
}
var builtin2;
function builtinModel() {
  if (!builtin2) builtin2 = compileModel(JSON.parse(readFileSync(MODEL_URL, "utf8")));
  return builtin2;
}
var BEAM = 24;
var PRUNE = 1e-4;
var MASS = 0.995;
var MAX_FORMS = 40;
function unitsOf(model, word, i, l) {
  const key = chunkKey(word, i, l);
  const u = model.units.get(key);
  if (u || l > 1) return u;
  const plain2 = word[i];
  return model.units.get("^" + plain2) ?? model.units.get(plain2 + "$") ?? model.units.get(plain2);
}
var NOTHING = { ar: [""], p: Float64Array.of(1e-6) };
function decodeForms(model, word) {
  const n = word.length;
  const states = [];
  for (let i = 0; i <= n; i++) states.push(/* @__PURE__ */ new Map());
  states[0].set("", 1);
  let covered = true;
  for (let i = 0; i < n; i++) {
    let cur = [...states[i]];
    if (cur.length === 0) continue;
    cur.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const best = cur[0][1];
    cur = cur.slice(0, BEAM).filter((s) => s[1] >= best * PRUNE);
    for (let l = 1; l <= model.maxLatin && i + l <= n; l++) {
      let u = unitsOf(model, word, i, l);
      if (!u) {
        if (l > 1) continue;
        u = NOTHING;
        covered = false;
      }
      const next = states[i + l];
      for (const [y, p2] of cur) {
        for (let k = 0; k < u.ar.length; k++) {
          const q = p2 * u.p[k];
          const z = y + u.ar[k];
          next.set(z, (next.get(z) ?? 0) + q);
        }
      }
    }
  }
  const fin = [...states[n]].filter((s) => s[0] !== "");
  fin.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const total = fin.reduce((t, s) => t + s[1], 0);
  const forms = [];
  const p = [];
  let mass = 0;
  for (const [y, q] of fin) {
    if (mass >= MASS || forms.length >= MAX_FORMS) break;
    forms.push(y);
    p.push(q / total);
    mass += q / total;
  }
  return { forms, p, covered };
}
var formCache = /* @__PURE__ */ new Map();
var FORM_CACHE_MAX = 2e5;
function arabicForms(word, model = builtinModel()) {
  let byWord = formCache.get(model);
  if (!byWord) formCache.set(model, byWord = /* @__PURE__ */ new Map());
  let f = byWord.get(word);
  if (!f) {
    f = decodeForms(model, word);
    if (byWord.size >= FORM_CACHE_MAX) byWord.clear();
    byWord.set(word, f);
  }
  return f;
}
function formOverlap(a, b, model = builtinModel()) {
  if (a === b) return 1;
  const fa = coarseForms(a, model);
  const fb = coarseForms(b, model);
  let s = 0;
  const [small, big] = fa.size <= fb.size ? [fa, fb] : [fb, fa];
  for (const [y, p] of small) {
    const q = big.get(y);
    if (q !== void 0) s += Math.sqrt(p * q);
  }
  return s;
}
function coarseForms(word, model) {
  let byWord = coarseCache.get(model);
  if (!byWord) coarseCache.set(model, byWord = /* @__PURE__ */ new Map());
  let m = byWord.get(word);
  if (!m) {
    const f = arabicForms(word, model);
    m = /* @__PURE__ */ new Map();
    for (let i = 0; i < f.forms.length; i++) {
      let y = "";
      for (const ch of f.forms[i]) y += model.merge[ch] ?? ch;
      m.set(y, (m.get(y) ?? 0) + f.p[i]);
    }
    if (byWord.size >= FORM_CACHE_MAX) byWord.clear();
    byWord.set(word, m);
  }
  return m;
}
var coarseCache = /* @__PURE__ */ new Map();

// src/names/same.ts
var keyCache = /* @__PURE__ */ new WeakMap();
function nameKey(learned) {
  if (learned === false) return null;
  const model = learned ?? builtinModel();
  let k = keyCache.get(model);
  if (!k) keyCache.set(model, k = { model, veto: model.veto, accept: model.threshold, reach: model.reach });
  return k;
}
function learnedOverlap(a, b, model) {
  let s = formOverlap(a, b, model);
  if (s >= 0.999) return s;
  for (const alt of gluedAlternatives(a)) s = Math.max(s, formOverlap(alt.form, b, model));
  for (const alt of gluedAlternatives(b)) s = Math.max(s, formOverlap(a, alt.form, model));
  return s;
}
var formCache2 = /* @__PURE__ */ new Map();
function nameForm(norm) {
  let f = formCache2.get(norm);
  if (f) return f;
  const ws = norm ? norm.split(" ") : [];
  const words3 = ws.map(toUnits);
  const joined = words3.length === 1 ? words3[0] : toUnits(ws.join(""));
  f = { norm, words: words3, joined, letters: joined.length };
  if (formCache2.size > 5e5) formCache2.clear();
  formCache2.set(norm, f);
  return f;
}
function distinctIndexes(opts) {
  const out = [];
  if (opts.builtinDistinct !== false) out.push(builtinDistinct());
  if (opts.distinct && opts.distinct.length) out.push(userDistinct(opts.distinct, opts.lang));
  return out;
}
function wordMatch(x, y, distinct, tolerance, key) {
  if (x.word === y.word) return 0;
  const budget = budgetForLength(Math.min(x.length, y.length), tolerance);
  const limit = key && tolerance >= 1 ? budget * Math.max(1, key.reach) : budget;
  const d = unitDistanceWithArticles(x, y, limit);
  if (d > limit) return -1;
  for (const idx of distinct) if (idx.blocked(x.word, y.word)) return -1;
  if (!key) return d;
  if (d <= budget) return key.veto <= 0 || learnedOverlap(x.word, y.word, key.model) >= key.veto ? d : -1;
  return learnedOverlap(x.word, y.word, key.model) >= key.accept ? d : -1;
}
function matchForms(a, b, distinct, tolerance = 1, key = nameKey(void 0)) {
  if (a.norm === b.norm) return 0;
  if (!a.norm || !b.norm) return -1;
  if (a.words.length !== b.words.length) return wordMatch(a.joined, b.joined, distinct, tolerance, key);
  let total = 0;
  for (let i = 0; i < a.words.length; i++) {
    const d = wordMatch(a.words[i], b.words[i], distinct, tolerance, key);
    if (d < 0) return -1;
    total += d;
  }
  return total;
}
function matchNormalized(a, b, distinct, tolerance = 1, key = nameKey(void 0)) {
  return matchForms(nameForm(a), nameForm(b), distinct, tolerance, key);
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
  const key = nameKey(opts.learned);
  const reach = key ? Math.max(1, key.reach) : 1;
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
    const d = matchForms(forms[i], forms[j], distinct, tolerance, key);
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
      const maxDiff = reach * budgetForLength(forms[i].letters, tolerance) / 0.25 + forms[i].words.length - 1;
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
    clusters.push(makeCluster(ns, distinct, tolerance, key));
  }
  for (const it of loose) clusters.push({ canonical: it.text, members: [it], count: it.count });
  clusters.sort((p, q) => q.count - p.count || (p.canonical < q.canonical ? -1 : p.canonical > q.canonical ? 1 : 0));
  return clusters;
}
function makeCluster(ns, distinct, tolerance, key) {
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
        const d = matchNormalized(t.node.norm, m.node.norm, distinct, tolerance, key);
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
    needs: ["dictionary"],
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
    const all = documentCandidates(text, language, doc.words);
    if (all.length < 2) return;
    const covers = coverTokens(context, all);
    const distinct = Array.isArray(context.options.distinct) ? context.options.distinct : void 0;
    const lists = candidateLists(language);
    if (!groupsOf(all, covers, language, distinct, lists, void 0).some(reportable)) return;
    const dict = dictionaryFor(language);
    const cands = dict ? withoutCommonWords(all, covers, dict, language) : all;
    if (cands.length < 2) return;
    for (const group of groupsOf(cands, covers, language, distinct, lists, dict)) report(context, group);
  }
};
function reportable(group) {
  const k = group[0]?.token.key;
  return group.some((o) => o.token.key !== k);
}
function groupsOf(cands, covers, language, distinct, lists, dict) {
  const out = [];
  const last = cands.map((cand) => {
    const token = cand.tokens[cand.tokens.length - 1];
    return { token, cand, cover: covers.get(token) };
  });
  for (const group of groupSpellings(last, language, distinct, lists, dict, true)) {
    out.push(group);
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
    if (byPos) for (const occs of byPos.values()) out.push(...groupSpellings(occs, language, distinct, lists, dict, false));
  }
  return out;
}
function withoutCommonWords(cands, covers, dict, language) {
  const german = language.toLowerCase().startsWith("de");
  const midCaps = /* @__PURE__ */ new Set();
  for (const c of cands) c.tokens.forEach((t, k) => (k > 0 ? !t.initial : !c.initial) && midCaps.add(t.key));
  const common = (t) => {
    if (covers.has(t)) return false;
    if (german && dict.isWord(t.text)) return true;
    return dict.isWord(t.text.toLowerCase()) && (german || !midCaps.has(t.key));
  };
  const out = [];
  for (const c of cands) {
    if (!c.tokens.some(common)) {
      out.push(c);
      continue;
    }
    const tokens = c.tokens.filter((t) => !common(t));
    if (tokens.length) out.push({ ...c, tokens, initial: c.initial && tokens[0] === c.tokens[0] });
  }
  return out;
}
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
function groupSpellings(occs, lang, distinct, lists, dict, alone) {
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
    if (dict && c.members.filter((m) => dict.isWord(alone ? m.text : m.text.toLowerCase())).length >= 2) {
      for (const k of keys) out.push(byKey.get(k));
      continue;
    }
    const derived = derivedKeys(keys, lists);
    for (const k of derived) out.push(byKey.get(k));
    out.push(keys.filter((k) => !derived.has(k)).flatMap((k) => byKey.get(k)));
  }
  return out;
}
function houseTerm(context, key) {
  if (context.packs.entities.entityCount === 0) return void 0;
  const terms = context.packs.entities.matcher.find([key])?.filter((t) => t.kind === "name");
  if (!terms?.length) return void 0;
  return terms.every((t) => t.entity === terms[0].entity) ? terms[0].entity : void 0;
}
var ALTERNATIVE_WORDS = "or|ou|oder|bzw|o|u|oppure|ovvero|also|aussi|auch|tambi\xE9n|anche|sometimes|often|spelled|spelt|written|transliterated|rendered|\xE9crit|orthographi\xE9|geschrieben|escrito|scritto|known|as|connu|comme|sous|nom|aka|alias|i\\.e|formerly|ou encore|and|et|und|y|e|the|le|la|der|die|el|il|form|forme|spelling|graphie|schreibweise|variante?|variant";
var SEP = `[\\s,;:()\\[\\]"'\xAB\xBB\u201C\u201D\u201E\u2018\u2019/.\u2013\u2014-]`;
var BETWEEN = new RegExp(`^${SEP}*(?:(?:${ALTERNATIVE_WORDS})${SEP}+){0,6}$`, "iu");
var CUE = new RegExp(`[(/]|\\b(?:${ALTERNATIVE_WORDS.replace("|and|et|und|y|e|the|le|la|der|die|el|il", "")})\\b`, "iu");
function discussed(text, group) {
  const occs = [...group].sort((a, b) => a.token.start - b.token.start);
  for (let i = 0; i + 1 < occs.length; i++) {
    const a = occs[i].token;
    const b = occs[i + 1].token;
    if (a.key === b.key || b.start - a.end > 80) continue;
    const between = text.slice(a.end, b.start);
    if (BETWEEN.test(between) && CUE.test(between)) return true;
  }
  return false;
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
  const houseWords = new Set([...entities.values()].flatMap((e) => [...e.houses.keys()].map((h) => fold(h))));
  if (entities.size > 1 && houseWords.size !== 1) return;
  if (discussed(context.text, group)) return;
  const ranked = [...spellings2.values()].sort((a, b) => b.occs.length - a.occs.length || a.first - b.first);
  const counts = ranked.map((s) => `${s.text} \xD7${s.occs.length}`).join(", ");
  let known = [...entities.values()].sort((a, b) => b.houses.size - a.houses.size || (a.entity.id < b.entity.id ? -1 : 1))[0];
  if (!known) {
    for (const s of ranked) {
      const house = houseTerm(context, s.occs[0].token.key);
      if (house) {
        known = { entity: house, houses: /* @__PURE__ */ new Map([[s.text, s.occs.length]]) };
        break;
      }
    }
  }
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
      const data2 = { forms, counts, target: target ?? "", found };
      if (mode === "pack") {
        const e = known.entity;
        const fix = applyCaseStyle(found, target);
        context.report({
          messageId: "pack",
          data: { ...data2, entity: e.canonical[context.language] ?? e.canonical.en },
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
          data: data2,
          range,
          suggestions: [{ messageId: "use", data: { target: fix }, fix: { range, text: fix } }],
          actual: found,
          expected: [fix]
        });
      } else {
        context.report({ messageId: "tie", data: data2, range, actual: found, expected: ranked.filter((r) => r !== s).map((r) => r.text) });
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
    const data2 = langData(language);
    const ws = doc.words;
    if (ws.length === 0) return;
    const lowers = lowerForms(text, ws);
    const candidates = possibleCandidates(text, ws, data2, language, lowers);
    if (candidates.length === 0) return;
    const facts = new Facts(doc, data2, lowers);
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
      if (data2.titleIntroducers.has(prev.key)) continue;
      const next = facts.next(i);
      const kind = data2.functionForms.has(lower.normalize("NFC").toLocaleLowerCase(language)) ? data2.functionWords.get(w.key) : void 0;
      if (kind) {
        if (!next || !startsLower(text, next)) {
          continue;
        }
        if (kind === "articles" && language !== "en") continue;
        if (kind === "articles" && data2.functionWords.has(prev.key)) continue;
        if (posAt) {
          const pos = posAt(w.start);
          if (pos && !FUNCTION_POS.has(pos)) continue;
        }
        if (word.length === 1) {
          if (posAt) {
            const prevPos = posAt(prev.start);
            if (!prevPos || LABEL_BEFORE_POS.has(prevPos)) continue;
          } else if (!next || !data2.functionWords.has(next.key)) continue;
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
      if (language === "de" || word.length < 3 || data2.titles.has(w.key)) continue;
      if (language !== "en" && data2.functionWords.get(prev.key) === "articles" && (!facts.lowerAfterArticle().has(stem(w.key)) || next && data2.nameConnectors.has(next.key))) continue;
      if (nameAround(text, facts, data2, i)) continue;
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
function nameAround(text, facts, data2, i) {
  const upperAt = (w) => w !== void 0 && new RegExp("\\p{Lu}", "u").test(text[w.start]);
  const linking = (w) => data2.nameConnectors.has(w.key) || data2.functionWords.get(w.key) === "articles";
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
function possibleCandidates(text, ws, data2, language, lowers) {
  const out = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    const c0 = text.charCodeAt(w.start);
    if (c0 < 65 || c0 > 90 && c0 < 192) continue;
    const word = text.slice(w.start, w.end);
    if (!isCapitalised3(word) || language === "en" && word === "I") continue;
    let p = w.start - 1;
    while (p >= 0 && (text[p] === " " || text[p] === "	" || text[p] === "\xA0" || text[p] === "\u202F")) p--;
    if (p < 0 || !MID_SENTENCE_BEFORE.test(text[p])) continue;
    if (data2.functionWords.has(w.key)) {
      const next = ws[i + 1];
      if (next && /^[ \t\u00a0\u202f]+$/.test(text.slice(w.end, next.start)) && (startsLower(text, next) || language === "de")) out.push(i);
    } else if (language !== "de" && word.length >= 3 && !data2.titles.has(w.key) && lowers.has(stem(w.key))) out.push(i);
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
function isCapitalised3(word) {
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
  constructor(doc, data2, lowers) {
    this.doc = doc;
    this.data = data2;
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

// src/text/furniture-data.ts
import { fileURLToPath as fileURLToPath3 } from "node:url";
var FILE = new URL("../../rules/language/furniture.yaml", import.meta.url);
var data;
function furnitureData() {
  return data ??= parse2(loadCheckedYaml(fileURLToPath3(FILE), "furniture-data", check));
}
function words2(src, key) {
  const v = src.data[key];
  if (Array.isArray(v)) return v.map(String);
  if (v && typeof v === "object") return Object.values(v).flatMap((x) => Array.isArray(x) ? x.map(String) : []);
  return [];
}
var KEYS = ["ui", "languageNames", "ctaVerbs", "ctaObjects", "siteWords", "copyright", "stampLabels", "sourceLabels", "endMarkers", "dateWords", "moreLinks", "sections"];
function check(src) {
  const d = src.data;
  if (!d || typeof d !== "object" || Array.isArray(d)) throw src.error([], "furniture data must be a YAML mapping");
  for (const key of KEYS) {
    const v = d[key];
    const lists = Array.isArray(v) ? [v] : v && typeof v === "object" ? Object.values(v) : null;
    if (!lists || lists.some((l) => !Array.isArray(l) || l.some((x) => typeof x !== "string"))) {
      throw src.error([key], `'${key}' must be a list of strings, or a mapping of languages to lists of strings`);
    }
  }
}
function parse2(src) {
  const set = (key) => new Set(words2(src, key).map(fold));
  return {
    ui: set("ui"),
    languageNames: set("languageNames"),
    ctaVerbs: set("ctaVerbs"),
    ctaObjects: set("ctaObjects"),
    siteWords: set("siteWords"),
    copyright: words2(src, "copyright").map(fold),
    stampLabels: set("stampLabels"),
    sourceLabels: set("sourceLabels"),
    endMarkers: set("endMarkers"),
    dateWords: set("dateWords"),
    sections: set("sections"),
    moreLinks: words2(src, "moreLinks").map((p) => fold(p).split(/\s+/u).filter(Boolean))
  };
}

// src/rules/near-repetition.ts
var AND = /* @__PURE__ */ new Set(["and", "or", "et", "ou", "und", "oder", "y", "o", "e", "ed", "i"]);
var IDIOMS = /* @__PURE__ */ new Set([
  "more",
  "again",
  "over",
  "on",
  "round",
  "through",
  "by",
  "less",
  "far",
  "back",
  "forth",
  "up",
  "down",
  "plus",
  "encore",
  "moins",
  "mehr",
  "immer",
  "wieder",
  "mas",
  "menos",
  "poco",
  "piu",
  "meno",
  "sempre",
  "ancora",
  "mano",
  "muy",
  "tres",
  "very",
  "many",
  "much",
  "so",
  "such",
  "other",
  "autre",
  "otro",
  "altro",
  "andere",
  // units of time and distance doubled for emphasis ("hours and hours")
  "hours",
  "days",
  "weeks",
  "months",
  "years",
  "miles",
  "heures",
  "jours",
  "semaines",
  "mois",
  "annees",
  "ans",
  "stunden",
  "tage",
  "wochen",
  "monate",
  "jahre",
  "horas",
  "dias",
  "semanas",
  "meses",
  "anos",
  "ore",
  "giorni",
  "settimane",
  "mesi",
  "anni",
  "chilometri",
  "kilometres",
  "kilometers",
  "kilometros",
  "kilometer"
]);
var LINKS = /* @__PURE__ */ new Set(["by", "after", "to", "for", "upon", "on", "in", "against", "par", "apres", "a", "pour", "contre", "fur", "um", "an", "zu", "nach", "gegen", "por", "tras", "contra", "per", "dopo", "su", "da"]);
var ECHO_WINDOW = 1;
var MIN_ECHO_LETTERS = 5;
var LINE_WINDOW = 4;
var GLUED = new RegExp("\\p{Ll}\\p{Lu}", "u");
var GLUED_ANYWHERE = new RegExp("\\p{Ll}{2}\\p{Lu}\\p{Ll}{2}", "u");
var LIST_ITEM = /^(?:[-*•–—]|\(?\d{1,3}[.)]|\(?[a-z][.)])\s/u;
var SENTENCE_END = /[.!?…]["'”’»)]*$/u;
var nearRepetition = {
  meta: {
    id: "near-repetition",
    description: "Repetition that is not back to back: a line repeated with a small change, 'X and X' doublets, false starts ('in den in dem'), a direction said twice, words glued at a case change ('theParliament').",
    type: "problem",
    defaultSeverity: "warning",
    hasSuggestions: true,
    languages: ["en", "fr", "de", "es", "it"],
    messages: {
      line: "This line repeats line {{line}} ('{{preview}}'){{how}}: a duplicated headline or caption? Delete one of them.",
      doublet: "'{{found}}' says the same word twice: a doubled translation of one source word? Keep one ('{{word}}').",
      falseStart: "'{{found}}' starts the same phrase twice: keep one ('{{keep}}').",
      direction: "'{{found}}' says the direction twice ('{{adjective}}' ... '{{noun}}'): a literal rendering of the source? Keep one.",
      echo: "'{{first}}' and '{{second}}' repeat one word a few words apart in this sentence: an echo of the source? Rephrase or drop one.",
      glued: "'{{found}}' looks like two words glued together ('{{left}} {{right}}'): add the space.",
      deleteLine: "Delete the repeated line",
      keepOne: "Write '{{word}}'",
      split: "Write '{{left}} {{right}}'"
    },
    docs: { fixSafety: "Suggestions only: delete the repeated line or word, or split the glued words (a name may be written that way)." },
    schema: { type: "object", properties: { echoWindow: { type: "integer", minimum: 0, description: "Report the same content word repeated within this many words of one sentence (default off)." } }, additionalProperties: false }
  },
  check(context) {
    const data2 = langData(context.language);
    nearDuplicateLines(context);
    const window = typeof context.options.echoWindow === "number" ? Math.max(0, Math.floor(context.options.echoWindow)) : ECHO_WINDOW;
    perSentence(context, data2, window);
    gluedWords(context, data2);
  }
};
function lineTokens(text) {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}
function nearDuplicateLines(context) {
  const { text } = context;
  const lines = [];
  for (const m of text.matchAll(/[^\r\n]+/g)) {
    const raw2 = m[0];
    const start = m.index + (raw2.length - raw2.trimStart().length);
    const end = m.index + raw2.trimEnd().length;
    if (start >= end) continue;
    const body = text.slice(start, end);
    const long = end - start > 400;
    lines.push({ start, end, tokens: long ? [] : lineTokens(body), i: lines.length, key: long ? "" : body.replace(/\s+/gu, " ").toLowerCase() });
  }
  const reported = /* @__PURE__ */ new Set();
  for (const cur of lines) {
    const n = cur.tokens.length;
    if (n < 2 || n > 30 || !cur.tokens.some((t) => t.length >= 4 && !/^\d+$/u.test(t)) || LIST_ITEM.test(text.slice(cur.start, cur.end))) continue;
    for (let j = Math.max(0, cur.i - LINE_WINDOW); j < cur.i; j++) {
      const prev = lines[j];
      if (reported.has(prev.i)) continue;
      const exact = sameTokens(prev.tokens, cur.tokens);
      if (j === cur.i - 1 && prev.key === cur.key && n >= 3) continue;
      const near = !exact && n >= 4 && Math.abs(prev.tokens.length - n) <= 2 && tokenDistance(prev.tokens, cur.tokens) <= Math.max(1, Math.floor(n / 5));
      if (!exact && !near) continue;
      if (SENTENCE_END.test(text.slice(prev.start, prev.end)) && SENTENCE_END.test(text.slice(cur.start, cur.end))) continue;
      const body = text.slice(prev.start, prev.end);
      const preview2 = body.length > 50 ? `${body.slice(0, 47)}...` : body;
      const line = context.doc.lines.position(prev.start).line;
      let delStart = cur.start;
      while (delStart > 0 && text[delStart - 1] !== "\n" && text[delStart - 1] !== "\r") delStart--;
      let delEnd = cur.end;
      while (delEnd < text.length && (text[delEnd] === "\r" || text[delEnd] === "\n")) delEnd++;
      context.report({
        messageId: "line",
        data: { line, preview: preview2, how: exact ? prev.key === cur.key ? "" : " apart from punctuation or case" : " with a small change" },
        range: [cur.start, cur.end],
        suggestions: [{ messageId: "deleteLine", fix: { range: [delStart, delEnd], text: "" } }],
        actual: text.slice(cur.start, cur.end)
      });
      reported.add(cur.i);
      break;
    }
  }
}
function sameTokens(a, b) {
  return a.length === b.length && a.every((t, k) => t === b[k]);
}
function tokenDistance(a, b) {
  let prev = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}
function perSentence(context, data2, window) {
  const { text } = context;
  const ws = context.doc.words;
  let first = 0;
  for (let k = 1; k <= ws.length; k++) {
    if (k < ws.length && !lineBreakBetween(text, ws[k - 1].end, ws[k].start)) continue;
    const sw = ws.slice(first, k);
    first = k;
    if (sw.length < 2) continue;
    doublets(context, sw, data2);
    falseStarts(context, sw, data2);
    directionPleonasms(context, sw);
    if (window > 0) echoes(context, sw, data2, text, window);
    if (window <= VERB_ECHO_WINDOW && context.language === "en") verbEchoes(context, sw, data2, text);
  }
}
function lineBreakBetween(text, from, to) {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}
function isLower(text, word) {
  return new RegExp("^\\p{Ll}", "u").test(text[word.start]);
}
function doublets(context, sw, data2) {
  const { text } = context;
  for (let i = 0; i + 2 < sw.length; i++) {
    const [a, c, b] = [sw[i], sw[i + 1], sw[i + 2]];
    if (a.key !== b.key || !AND.has(c.key) || a.key.length < 3 || /\d/u.test(a.key)) continue;
    if (IDIOMS.has(a.key) || data2.functionWords.has(a.key) || /er$/u.test(a.key) || !isLower(text, a) && context.language !== "de") continue;
    if (!/^\s+$/u.test(text.slice(a.end, c.start)) || !/^\s+$/u.test(text.slice(c.end, b.start))) continue;
    const word = text.slice(a.start, a.end);
    context.report({
      messageId: "doublet",
      data: { found: text.slice(a.start, b.end), word },
      range: [a.start, b.end],
      suggestions: [{ messageId: "keepOne", data: { word }, fix: { range: [a.start, b.end], text: word } }],
      actual: text.slice(a.start, b.end)
    });
    i += 2;
  }
}
function falseStarts(context, sw, data2) {
  const { text } = context;
  for (let i = 0; i + 3 < sw.length; i++) {
    const [p1, a1, p2, a2] = [sw[i], sw[i + 1], sw[i + 2], sw[i + 3]];
    if (p1.key !== p2.key || a1.key === a2.key) continue;
    if (data2.functionWords.get(p1.key) !== "prepositions" || data2.functionWords.get(a1.key) !== "articles" || data2.functionWords.get(a2.key) !== "articles") continue;
    if (!/^\s+$/u.test(text.slice(p1.end, a1.start)) || !/^\s+$/u.test(text.slice(a1.end, p2.start)) || !/^\s+$/u.test(text.slice(p2.end, a2.start))) continue;
    if (/,\s*$/u.test(text.slice(Math.max(0, p1.start - 3), p1.start))) continue;
    const found = text.slice(p1.start, a2.end);
    const keep = text.slice(p2.start, a2.end);
    context.report({
      messageId: "falseStart",
      data: { found, keep },
      range: [p1.start, a2.end],
      suggestions: [{ messageId: "keepOne", data: { word: keep }, fix: { range: [p1.start, p2.start], text: "" } }],
      actual: found
    });
    i += 3;
  }
}
var DIRECTIONS = {
  en: {
    any: /\b(?:eastern|western|northern|southern)\b/iu,
    adjective: [/^eastern$/u, /^western$/u, /^northern$/u, /^southern$/u],
    noun: [/\b(?:in|to) the east\b/iu, /\b(?:in|to) the west\b/iu, /\b(?:in|to) the north\b/iu, /\b(?:in|to) the south\b/iu]
  },
  de: {
    any: /(?:östlich|westlich|nördlich|südlich)/iu,
    adjective: [/^ostlich/u, /^westlich/u, /^nordlich/u, /^sudlich/u],
    noun: [/\b(?:im|in den|nach) Osten\b/u, /\b(?:im|in den|nach) Westen\b/u, /\b(?:im|in den|nach) Norden\b/u, /\b(?:im|in den|nach) Süden\b/u]
  },
  fr: {
    any: /(?:oriental|occidental|septentrional|méridional)/iu,
    adjective: [/^oriental/u, /^occidental/u, /^septentrional/u, /^meridional/u],
    noun: [/\b(?:dans l'|à l'|dans l’|à l’)est\b/iu, /\b(?:dans l'|à l'|dans l’|à l’)ouest\b/iu, /\b(?:dans le|au) nord\b/iu, /\b(?:dans le|au) sud\b/iu]
  },
  es: {
    any: /(?:oriental|occidental|septentrional|meridional)/iu,
    adjective: [/^oriental/u, /^occidental/u, /^septentrional/u, /^meridional/u],
    noun: [/\b(?:en el|al) este\b/iu, /\b(?:en el|al) oeste\b/iu, /\b(?:en el|al) norte\b/iu, /\b(?:en el|al) sur\b/iu]
  },
  it: {
    any: /(?:oriental|occidental|settentrional|meridional)/iu,
    adjective: [/^orientale$|^orientali$/u, /^occidentale$|^occidentali$/u, /^settentrional/u, /^meridional/u],
    noun: [/\b(?:nell'|nell’|a )est\b/iu, /\b(?:nell'|nell’|a )ovest\b/iu, /\b(?:nel|a) nord\b/iu, /\b(?:nel|a) sud\b/iu]
  }
};
var DIRECTION_WINDOW = 10;
function directionPleonasms(context, sw) {
  const table = DIRECTIONS[context.language];
  if (!table) return;
  const { text } = context;
  const line = text.slice(sw[0].start, sw[sw.length - 1].end);
  if (!table.any.test(line) || !table.noun.some((re) => re.test(line))) return;
  for (let i = 0; i < sw.length; i++) {
    const d = table.adjective.findIndex((re) => re.test(sw[i].key));
    if (d < 0) continue;
    const last = sw[Math.min(sw.length - 1, i + DIRECTION_WINDOW)];
    const span = text.slice(sw[i].end, last.end).split(/[.!?](?=\s)/u)[0];
    const m = table.noun[d].exec(span);
    if (!m) continue;
    const end = sw[i].end + m.index + m[0].length;
    context.report({
      messageId: "direction",
      data: { found: text.slice(sw[i].start, end), adjective: text.slice(sw[i].start, sw[i].end), noun: m[0] },
      range: [sw[i].start, end],
      severity: "info",
      actual: text.slice(sw[i].start, end)
    });
    return;
  }
}
function sameStem(a, b, min = 6) {
  if (a === b) return true;
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return k >= min && k >= 0.7 * Math.min(a.length, b.length);
}
function echoes(context, sw, data2, text, window) {
  const used = /* @__PURE__ */ new Set();
  for (let i = 0; i < sw.length; i++) {
    const a = sw[i];
    if (used.has(i) || !isContent(a, data2, text)) continue;
    for (let j = i + 1; j < sw.length && j <= i + window; j++) {
      const b = sw[j];
      if (!isContent(b, data2, text) || j === i + 1 && a.key === b.key) continue;
      const participle = j === i + 1 && (isParticiple(text.slice(a.start, a.end), context.language) || isParticiple(text.slice(b.start, b.end), context.language));
      if (!sameStem(a.key, b.key, participle ? 5 : 6) || j === i + 1 && window === ECHO_WINDOW && !participle) continue;
      if (j === i + 2 && (LINKS.has(sw[i + 1].key) || AND.has(sw[i + 1].key))) break;
      if (/[,;:()"“”«».!?]/u.test(text.slice(a.end, b.start))) break;
      context.report({
        messageId: "echo",
        data: { first: text.slice(a.start, a.end), second: text.slice(b.start, b.end) },
        range: [a.start, b.end],
        severity: "info",
        actual: text.slice(a.start, b.end)
      });
      used.add(j);
      break;
    }
  }
}
var PARTICIPLE = {
  en: /ed$/u,
  fr: /(?:é|ée|és|ées)$/u,
  de: new RegExp("^ge\\p{L}+(?:t|te|ten|tes|en|ene|enen)$", "u"),
  es: /(?:ado|ada|ados|adas|ido|ida|idos|idas)$/u,
  it: /(?:ato|ata|ati|ate|ito|ita|iti|ite|uto|uta|uti|ute)$/u
};
function isParticiple(word, language) {
  return PARTICIPLE[language]?.test(word.toLowerCase()) ?? false;
}
var VERB_ECHO_WINDOW = 6;
function verbEchoes(context, sw, data2, text) {
  for (let i = 0; i < sw.length; i++) {
    const a = sw[i];
    if (a.key.length < 7 || !/ed$/u.test(a.key) || !isContent(a, data2, text)) continue;
    for (let j = i + 2; j < sw.length && j <= i + VERB_ECHO_WINDOW; j++) {
      if (sw[j].key !== a.key) continue;
      if (/[,;:()"“”«».!?]/u.test(text.slice(a.end, sw[j].start))) break;
      context.report({
        messageId: "echo",
        data: { first: text.slice(a.start, a.end), second: text.slice(sw[j].start, sw[j].end) },
        range: [a.start, sw[j].end],
        severity: "info",
        actual: text.slice(a.start, sw[j].end)
      });
      return;
    }
  }
}
function isContent(w, data2, text) {
  return w.key.length >= MIN_ECHO_LETTERS && !/\d/u.test(w.key) && isLower(text, w) && !data2.functionWords.has(w.key);
}
function gluedWords(context, data2) {
  const { text, language } = context;
  const candidates = [];
  if (!GLUED_ANYWHERE.test(text)) return;
  for (const w of context.doc.words) {
    if (w.end - w.start < 6) continue;
    const m = new RegExp("(?<=\\p{Ll}{2})\\p{Lu}(?=\\p{Ll}{2})", "u").exec(text.slice(w.start, w.end));
    if (m && !new RegExp("\\p{Lu}.*\\p{Lu}.*\\p{Lu}", "u").test(text.slice(w.start + m.index + 1, w.end))) candidates.push({ w, at: w.start + m.index });
  }
  if (candidates.length === 0) return;
  if (!dictionariesLoaded()) throw new DetectorNotLoaded("dictionary");
  const dict = dictionaryFor(language);
  if (!dict) return;
  const nav = furnitureData();
  for (const { w, at } of candidates) {
    const whole = text.slice(w.start, w.end);
    const left = text.slice(w.start, at);
    const right = text.slice(at, w.end);
    if (GLUED.test(right) || dict.isWord(whole)) continue;
    const lower = new RegExp("^\\p{Ll}", "u").test(left);
    let ok;
    if (lower) ok = (data2.functionWords.has(fold(left)) || left.length >= 3 && dict.isWord(left)) && right.length >= 3 && dict.isWord(right);
    else ok = isNav(left, nav) && isNav(right, nav);
    if (!ok) continue;
    context.report({
      messageId: "glued",
      data: { found: whole, left, right },
      range: [w.start, w.end],
      suggestions: [{ messageId: "split", data: { left, right }, fix: { range: [at, at], text: " " } }],
      actual: whole
    });
  }
}
function isNav(word, nav) {
  const k = fold(word);
  return nav.ui.has(k) || nav.sections.has(k) || nav.siteWords.has(k);
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
function splitSentences(text, lang, data2) {
  const out = [];
  const seg = segmenter(lang);
  const closers = closingOnly(data2);
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
      if (pending && continues(text, pending, lang, data2)) {
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
function closingOnly(data2) {
  const open = new Set(data2.quotes.map((q) => q[0]));
  const set = /* @__PURE__ */ new Set([")", "]"]);
  for (const [, c] of data2.quotes) if (!open.has(c)) set.add(c);
  return set;
}
function trim(text, start, end) {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : void 0;
}
function continues(text, s, lang, data2) {
  if (text[s.end - 1] !== ".") return false;
  const m = /([\p{L}\p{N}]+)\.$/u.exec(text.slice(Math.max(s.start, s.end - 40), s.end));
  if (!m) return false;
  const word = m[1];
  if (new RegExp("^\\p{L}$", "u").test(word)) return true;
  if (lang === "de" && /^\d{1,2}$/.test(word)) return true;
  return data2.abbreviations.has(fold(word));
}

// src/rules/orphan-fragment.ts
var FRAGMENT = new RegExp("^(\\p{Lu}[\\p{Ll}\\p{M}'\u2019-]*)(?:[ \\t]+(\\p{L}[\\p{L}\\p{M}'\u2019-]*))?\\.$", "u");
var MIN_SENTENCE_WORDS = 4;
var BARE_FRAGMENT = new RegExp("^(\\p{Lu}[\\p{Ll}\\p{M}'\u2019-]*)(?:[ \\t]+(\\p{L}[\\p{L}\\p{M}'\u2019-]*))?(?:[ \\t]+(\\p{L}[\\p{L}\\p{M}'\u2019-]*))?$", "u");
var BARE_END = new RegExp("[.!?][ \\t]+\\p{Lu}[\\p{Ll}\\p{M}'\u2019-]*(?:[ \\t]+\\p{L}[\\p{L}\\p{M}'\u2019-]*){0,2}$", "u");
var LOWER_FRAGMENT = new RegExp("([\\p{L}\\p{N}]\\.)[ \\t]+(\\p{Ll}[\\p{Ll}\\p{M}'\u2019-]*(?:[ \\t]+\\p{Ll}[\\p{Ll}\\p{M}'\u2019-]*)?\\.)$", "u");
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
    const data2 = langData(language);
    const paragraphs = doc.paragraphs;
    paragraphs.forEach((p, index) => {
      const tail = text.slice(Math.max(p.start, p.end - 200), p.end);
      const low = LOWER_FRAGMENT.exec(tail);
      if (low) {
        const start = p.end - low[2].length;
        const prevWords2 = text.slice(p.start, start).match(/[\p{L}\p{N}]+/gu) ?? [];
        const lastWord2 = prevWords2[prevWords2.length - 1] ?? "";
        const keys2 = low[2].replace(/\.$/u, "").split(/[ \t]+/u).map(fold);
        if (prevWords2.length >= MIN_SENTENCE_WORDS && !new RegExp("^\\p{L}$", "u").test(lastWord2) && !new RegExp("^\\p{Lu}\\p{L}{0,2}$", "u").test(lastWord2) && !data2.abbreviations.has(fold(lastWord2)) && !keys2.some((k) => data2.abbreviations.has(k))) {
          report2(context, low[2], start, p.end, p.end - low[0].length + low[1].length, keys2.length);
        }
        return;
      }
      const last = index === paragraphs.length - 1;
      const unpunctuated = !last && BARE_END.test(tail);
      if (!unpunctuated && !FRAGMENT_END.test(tail)) return;
      let lineStart = p.end;
      while (lineStart > p.start && text[lineStart - 1] !== "\n" && text[lineStart - 1] !== "\r") lineStart--;
      const ss = splitSentences(text.slice(lineStart, p.end), language, data2);
      if (ss.length < 2) return;
      const lastS = { start: lineStart + ss[ss.length - 1].start, end: lineStart + ss[ss.length - 1].end };
      const prev = { start: lineStart + ss[ss.length - 2].start, end: lineStart + ss[ss.length - 2].end };
      if (lastS.end !== p.end) return;
      const found = text.slice(lastS.start, lastS.end);
      const m = FRAGMENT.exec(found) ?? (unpunctuated ? BARE_FRAGMENT.exec(found) : null);
      if (!m) return;
      const keys = [m[1], m[2], m[3]].filter((x) => !!x).map(fold);
      if (keys.some((w) => data2.speechVerbs.has(w) || data2.abbreviations.has(w))) return;
      if (data2.shortReplies.has(keys[0])) return;
      if (found.endsWith(".") ? data2.functionWords.has(keys[0]) : !keys.some((k) => k.length >= 5 && !data2.functionWords.has(k))) return;
      if (m[1].length < 2) return;
      const prevText = text.slice(prev.start, prev.end);
      if (!/[\p{L}\p{N}][.!?]$/u.test(prevText)) return;
      const prevWords = prevText.match(/[\p{L}\p{N}]+/gu) ?? [];
      if (prevWords.length < MIN_SENTENCE_WORDS) return;
      const lastWord = prevWords[prevWords.length - 1];
      if (new RegExp("^\\p{L}$", "u").test(lastWord) || data2.abbreviations.has(fold(lastWord))) return;
      report2(context, found, lastS.start, lastS.end, prev.end, keys.length);
    });
  }
};
function report2(context, found, start, end, deleteFrom, count) {
  const data2 = { found, count: count === 1 ? "one" : count === 2 ? "two" : "three" };
  context.report({
    messageId: "orphan",
    data: data2,
    range: [start, end],
    suggestions: [{ messageId: "delete", data: data2, fix: { range: [deleteFrom, end], text: "" } }],
    actual: found
  });
}

// src/rules/page-furniture.ts
var SENTENCE_END2 = /[.!?…;]["'”’»)\]]*$/u;
var URL2 = /^(?:https?:\/\/|www\.)\S+$/iu;
var EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;
var EMAIL_IN = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/u;
var HANDLE = /^@[\p{L}\p{N}_.]{2,}$/u;
var PHONE = /^\+?[\d\s().-]{6,}$/u;
var DOMAIN = /\b[\p{L}\p{N}-]+\.(?:com|net|org|info|tv|fm|news|co|ly|ma|tn|dz|eg|sy|iq|lb|uz|ae|sa|qa|it|fr|de|es|ch|be|at)\b/iu;
var CLOCK = /\b\d{1,2}(?::|h)\d{2}\b/u;
var SHORTCODE = /^\[\/?[a-z][\w-]*(?:\s[^\]]*)?\]$/iu;
var SEPARATOR2 = /^[=_~*#•·+\-–—]{4,}\s*[\p{L}.]{0,8}$/u;
var BAR_SPLIT = /\s+[|•·]\s+/u;
var DASH_SPLIT = /\s+[-–—]\s+/u;
var PLATFORMS = /* @__PURE__ */ new Set(["facebook", "twitter", "x", "instagram", "youtube", "whatsapp", "telegram", "tiktok", "linkedin", "pinterest", "vk", "snapchat", "threads"]);
var CLICK_HERE = /\b(?:click here|tap here|cliquez ici|klicken sie hier|hier klicken|haga clic aqu[ií]|haz clic aqu[ií]|pincha aqu[ií]|clicca qui|cliccare qui)\b/iu;
var CTA_LEADS = /* @__PURE__ */ new Set(["to", "please", "pour", "veuillez", "bitte", "para", "por", "favor", "potete", "per", "also", "and", "et", "und", "y", "e"]);
var CORPUS_MIN_FILES = 2;
var pageFurniture = {
  meta: {
    id: "page-furniture",
    description: "Page furniture found by its shape: copyright and date stamps, counters, handles, interface text, calls to action, site names, agency tags, menus, lines repeated across a site.",
    type: "problem",
    defaultSeverity: "warning",
    hasSuggestions: true,
    languages: "*",
    messages: {
      line: "'{{found}}' looks like {{what}}, left from the web page: delete the line unless it belongs to the article.",
      part: "'{{found}}' looks like {{what}}, left from the web page: delete it unless it belongs to the article.",
      block: "These {{count}} short lines look like {{what}}, left from the web page: delete them unless they belong to the article.",
      deleteLine: "Delete the line",
      deletePart: "Delete '{{found}}'"
    },
    docs: { fixSafety: "Suggestion only (delete the line or the tag): only a reader can tell furniture from the author's text." }
  },
  check(context) {
    const { text } = context;
    const fd = furnitureData();
    const ld = langData(context.language);
    const lines = splitLines(context);
    if (lines.length === 0) return;
    const listed = new Set(findListedFurniture(context).map((h) => h.lineStart));
    const hits = /* @__PURE__ */ new Map();
    const n = lines.length;
    for (const l of lines) {
      if (listed.has(l.lineStart)) continue;
      const hit = classify(l, lines, fd, ld) ?? repeatedInCorpus(l, context);
      if (hit) hits.set(l.i, hit);
    }
    const blocks = [];
    for (let i = 0; i < n; ) {
      let j = i;
      while (j < n && isMenuItem(lines[j]) && (j === i || !lines[j].blankBefore || lines[j].body.startsWith("\u2022"))) j++;
      const found = lines.slice(i, j).filter((l) => hits.has(l.i)).length;
      if (j - i >= 3 && found * 2 < j - i && lines.slice(i, j).some((l) => l.keys.some((k) => fd.ui.has(k) || fd.siteWords.has(k)))) {
        blocks.push([i, j]);
        for (let k = i; k < j; k++) hits.delete(k);
        i = j;
      } else i = Math.max(j, i + 1);
    }
    for (let i = n - 1; i >= 0; i--) {
      const l = lines[i];
      if (hits.has(i) || listed.has(l.lineStart) || blocks.some(([a, b]) => i >= a && i < b)) continue;
      const near = (k) => k >= 0 && k < n && (hits.has(k) || listed.has(lines[k].lineStart) || blocks.some(([a, b]) => k >= a && k < b));
      if (i > 0 && l.ws.length > 0 && l.ws.length <= 3 && !SENTENCE_END2.test(l.body) && !isQuoted(l.body) && (near(i + 1) || near(i - 1))) {
        hits.set(i, { what: "a short line among other page furniture", severity: "info" });
      } else break;
    }
    for (const [a, b] of blocks) {
      const first = lines[a];
      const last = lines[b - 1];
      const found = text.slice(first.start, last.end);
      context.report({
        messageId: "block",
        data: { count: b - a, what: "a site menu" },
        range: [first.start, last.end],
        suggestions: [{ messageId: "deleteLine", fix: lineDeletion(text, first.lineStart, last.lineEnd, last.hasBreak) }],
        actual: found,
        expected: [""]
      });
    }
    for (const [i, hit] of [...hits].sort((x, y) => x[0] - y[0])) {
      const l = lines[i];
      const [s, e] = hit.range ?? [l.start, l.end];
      const found = text.slice(s, e);
      const whole = !hit.range;
      const fix = whole ? lineDeletion(text, l.lineStart, l.lineEnd, l.hasBreak) : { range: [s, e], text: "" };
      context.report({
        messageId: whole ? "line" : "part",
        data: { found: found.length > 80 ? found.slice(0, 77) + "..." : found, what: hit.what },
        range: [s, e],
        suggestions: [whole ? { messageId: "deleteLine", fix } : { messageId: "deletePart", data: { found }, fix }],
        severity: hit.severity,
        actual: found,
        expected: [""]
      });
    }
  }
};
function splitLines(context) {
  const { text } = context;
  const ws = context.doc.words;
  const out = [];
  let w = 0;
  let blank = false;
  for (const m of text.matchAll(/[^\r\n]*(\r\n|\r|\n|$)/g)) {
    if (m[0] === "") break;
    const lineStart = m.index;
    const raw2 = m[0].slice(0, m[0].length - m[1].length);
    const start = lineStart + (raw2.length - raw2.trimStart().length);
    const end = lineStart + raw2.trimEnd().length;
    const first = w;
    while (w < ws.length && ws[w].start < lineStart + raw2.length) w++;
    if (start >= end) {
      blank = true;
      continue;
    }
    const lws = ws.slice(first, w);
    out.push({ i: out.length, start, end, body: text.slice(start, end), lineStart, lineEnd: lineStart + m[0].length, hasBreak: m[1] !== "", blankBefore: blank, ws: lws, keys: lws.map((x) => x.key) });
    blank = false;
  }
  return out;
}
function isQuoted(body) {
  return /^["“«„‘'—–-]/u.test(body);
}
function titleCase(l, ld) {
  let content = 0;
  for (let k = 0; k < l.ws.length; k++) {
    const w = l.body.slice(l.ws[k].start - l.start, l.ws[k].end - l.start);
    if (new RegExp("^\\p{N}", "u").test(w) || w.length < 4 || ld.functionWords.has(l.keys[k])) continue;
    if (!new RegExp("^\\p{Lu}", "u").test(w)) return false;
    content++;
  }
  return content > 0;
}
function classify(l, lines, fd, ld) {
  const { body, keys } = l;
  const n = lines.length;
  const nw = keys.length;
  const ends = SENTENCE_END2.test(body);
  if (SHORTCODE.test(body)) return { what: "a CMS shortcode" };
  if (SEPARATOR2.test(body)) return { what: "a separator line" };
  if (/^\d{1,7}$/u.test(body)) return { what: "a lone counter (of views, shares or comments)" };
  if (nw > 40) return agencyTag(l, fd) ?? (body.includes("@") && EMAIL_IN.test(body) && !SENTENCE_END2.test(body) ? { what: "a contact line" } : void 0);
  if (nw <= 30 && isCopyright(body, fd)) return { what: "a copyright notice" };
  const link = linkLine(l, fd);
  if (link) return link;
  if (nw <= 16 && isStamp(l, fd)) return { what: "a date and time stamp" };
  const tag = agencyTag(l, fd);
  if (tag) return tag;
  if (nw === 0) return void 0;
  if (isQuoted(body)) return void 0;
  if (nw <= 20 && isCallToAction(l, fd)) return { what: "a call to action (follow, share, read more)" };
  if (nw <= 5 && !ends && !/\d/u.test(body) && uiOnly(keys, fd, ld)) return { what: "interface text (a button, menu or language switch)" };
  const bar = body.split(BAR_SPLIT);
  if (bar.length >= 2 && nw <= 12 && !ends && bar.every((s) => shortSegment(s))) return { what: "a site header or breadcrumb line" };
  if (l.i >= n - 3 && nw <= 8) {
    const label = /^([^:]{1,20}?)\s*:\s*(\S.*)?$/u.exec(body);
    if (label && fd.sourceLabels.has(fold(label[1]).replace(/\s+/gu, " ")) && !ends) return { what: "a source credit line" };
  }
  const top = l.i === 0;
  const bottom = l.i >= n - 2 && n >= 4;
  if (nw <= 7 && !/[.!?…;]$/u.test(body)) {
    const site = keys.some((k) => fd.siteWords.has(k)) || DOMAIN.test(body);
    if (site && titleCase(l, ld)) {
      const dash = body.split(DASH_SPLIT);
      if (top || bottom) return { what: "the site's or agency's name" };
      if (dash.length === 2 && dash.every((s) => shortSegment(s))) return { what: "the site's name with a place" };
    }
  }
  if (l.i >= n - 2 && nw <= 10 && !ends && fd.moreLinks.some((p) => startsWithPhrase(keys, p) && namesAfter(l, p.length, ld))) return { what: "a link to more articles" };
  if (nw <= 3 && body.endsWith(":") && (l.i === n - 1 || lines[l.i + 1] && linkLine(lines[l.i + 1], fd))) {
    return { what: "a label left without its content" };
  }
  return void 0;
}
function namesAfter(l, from, ld) {
  if (from >= l.ws.length) return true;
  if (/^[([«"“].*[)\]»"”]$/u.test(l.body.slice(l.ws[from].start - l.start - 1).trim())) return true;
  return titleCase({ ...l, ws: l.ws.slice(from), keys: l.keys.slice(from) }, ld);
}
function startsWithPhrase(keys, phrase) {
  return phrase.length <= keys.length && phrase.every((w, k) => keys[k] === w);
}
function shortSegment(s) {
  const ws = s.trim().split(/\s+/u).filter((x) => /[\p{L}\p{N}]/u.test(x));
  return ws.length >= 1 && ws.length <= 4 && !/[.!?;,]$/u.test(s.trim());
}
function isCopyright(body, fd) {
  if (body.includes("\xA9")) return true;
  const f = ` ${fold(body).replace(/[^\p{L}\p{N}]+/gu, " ")} `;
  return fd.copyright.some((p) => p !== "\xA9" && f.includes(` ${p} `));
}
function linkLine(l, _fd) {
  const { body, keys } = l;
  let rest = body;
  const label = /^([^:]{1,30}):\s*(.*)$/u.exec(body);
  if (label && !/https?$/iu.test(label[1])) {
    const lk = fold(label[1]).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    if (lk.length === 1 && PLATFORMS.has(lk[0]) && label[2].split(/\s+/u).length <= 6) return { what: "a social-media handle or contact line" };
    if (lk.length <= 3) rest = label[2];
  }
  const tokens = rest.split(/\s+/u).filter((t) => /[\p{L}\p{N}]/u.test(t));
  if (tokens.length > 0 && tokens.length <= 6) {
    const linkish = (t) => URL2.test(t) || EMAIL.test(t) || HANDLE.test(t) || PHONE.test(t);
    if (tokens.every((t) => linkish(t.replace(/[,;.]$/u, ""))) && tokens.some((t) => !PHONE.test(t))) return { what: "a link, address or social-media handle" };
    if (URL2.test(tokens[0]) && tokens.length <= 3 && !/\s[\p{L}]+\s[\p{L}]+\s/u.test(rest)) return { what: "a link, address or social-media handle" };
  }
  if (body.includes("@") && EMAIL_IN.test(body) && !SENTENCE_END2.test(body) && keys.length <= 40) return { what: "a contact line" };
  return void 0;
}
function isStamp(l, fd) {
  let { body } = l;
  let labelled = false;
  const label = /^([\p{L} ]{2,25}):\s*(.+)$/u.exec(body);
  if (label && fd.stampLabels.has(fold(label[1]).trim().replace(/\s+/gu, " "))) {
    labelled = true;
    body = label[2];
  }
  if (!/\d/u.test(body)) return false;
  const tokens = fold(body).match(/[\p{L}\p{N}]+/gu) ?? [];
  if (tokens.length === 0 || tokens.length > 16) return false;
  if (!tokens.every((t) => /^\d+(?:st|nd|rd|th|er|e|o|a)?$/u.test(t) || fd.dateWords.has(t))) return false;
  return labelled || CLOCK.test(body);
}
function agencyTag(l, fd) {
  const { body, start } = l;
  const end = /[([]\s*([\p{L}]+)\s*[)\]]$|[-–—]\s*([\p{L}]+)\s*[-–—]$/u.exec(body);
  if (end && fd.endMarkers.has(fold(end[1] ?? end[2])) && (end.index === 0 || /[.!?"”»]\s*$/u.test(body.slice(0, end.index)))) {
    return { what: "an end-of-story marker of agency copy", range: [start + end.index, start + body.length] };
  }
  const credit = /\(\s*[\p{Lu}][\p{L}.&'-]*(?:\s+[\p{Lu}][\p{L}.&'-]*){0,4}\s*[,-]\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s*\)$/u.exec(body);
  if (credit && credit.index > 0 && l.ws.length <= 24) return { what: "an agency credit with a date", range: [start + credit.index, start + body.length] };
  const lead = /^\((?:[^()]|\([^()]*\)){3,80}\)/u.exec(body);
  if (lead) {
    const inner = lead[0];
    const after = body.slice(inner.length, inner.length + 120);
    const agencyish = new RegExp("^\\(\\s*\\p{Lu}{3,}\\s*-", "u").test(inner) || (fold(inner).match(new RegExp("\\p{L}+", "gu")) ?? []).some((k) => fd.siteWords.has(k));
    if (agencyish && /\S/u.test(after) && new RegExp("\\(\\p{Lu}{2,}\\)", "u").test(after)) return { what: "a feed credit before the story's own dateline", range: [start, start + inner.length] };
  }
  return void 0;
}
function uiOnly(keys, fd, ld) {
  let ui = 0;
  for (const k of keys) {
    if ((fd.ui.has(k) || fd.languageNames.has(k)) && !ld.functionWords.has(k)) ui++;
    else if (!(k.length <= 2 || ld.functionWords.has(k) || fd.ctaVerbs.has(k) || fd.ui.has(k))) return false;
  }
  return ui > 0;
}
function isCallToAction(l, fd) {
  if (CLICK_HERE.test(l.body)) return true;
  const { keys } = l;
  const at = keys.findIndex((k) => fd.ctaVerbs.has(k));
  if (at < 0 || at > 1 || at === 1 && !CTA_LEADS.has(keys[0])) return false;
  return keys.slice(at + 1).some((k) => fd.ctaObjects.has(k) || PLATFORMS.has(k));
}
function isMenuItem(l) {
  const body = l.body.replace(/^[•·*-]\s*/u, "");
  return l.ws.length >= 1 && l.ws.length <= 4 && !SENTENCE_END2.test(body) && !body.endsWith(",") && new RegExp("^\\p{Lu}", "u").test(body);
}
function repeatedInCorpus(l, context) {
  const count = context.corpus?.repeatedLines.get(corpusLineKey(l.body));
  if (!count || count < CORPUS_MIN_FILES) return void 0;
  return { what: `a line that stands in ${count} files of this corpus (the site's header or footer)` };
}
function corpusLineKey(body) {
  return fold(body.trim()).replace(/\s+/gu, " ");
}

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
    else if (o.ch !== '"' && o.ch !== "\xAB" && o.ch !== "\xBB" && !continues2 && nextParagraphLeavesOpen(text, to, marks, o.ch)) {
      problems.push({ messageId: "unclosedQuote", ch: o.ch, at: o.at });
    }
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
    const words3 = m[1].trim().split(/\s+/).slice(0, 7);
    if (words3.length >= 2 && words3.some((w) => verbs.has(fold(w)))) return true;
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
function nextParagraphLeavesOpen(text, end, marks, open) {
  const rest = /^\s*\n\s*(\S[^]*?)(?:\n\s*\n|$)/.exec(text.slice(end, end + 4e3));
  if (!rest) return false;
  const closers = new Set(marks.pairs.filter((p) => p[0] === open).map((p) => p[1]));
  for (const ch of rest[1]) {
    if (closers.has(ch)) return false;
    if (marks.openers.has(ch) || ch === '"') return true;
  }
  return true;
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
    const data2 = langData(context.language);
    findNgrams(context, ws, lower, compiled2, covered, data2);
    findOfCollapses(context, ws, lower, compiled2, covered, data2);
    findWordRepeats(context, ws, lower, compiled2, covered, data2);
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
function findNgrams(context, ws, lower, c, covered, data2) {
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
      if (n === 2 && data2.functionWords.get(ws[i].key) === "articles") continue;
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
function findOfCollapses(context, ws, lower, c, covered, data2) {
  if (c.connectors.size === 0) return;
  const { text } = context;
  for (let i = 0; i + 2 < ws.length; i++) {
    if (!c.connectors.has(lower[i + 1]) || lower[i] !== lower[i + 2] || covered[i] || covered[i + 2]) continue;
    if (!new RegExp("^\\p{L}{3,}$", "u").test(lower[i]) || c.allow.has(`${lower[i]} ${lower[i + 1]} ${lower[i + 2]}`)) continue;
    if (!spaced(text, ws, i + 1, true) || !spaced(text, ws, i + 2, true)) continue;
    if (hyphenated(text, ws, i) || hyphenated(text, ws, i + 2)) continue;
    if (data2.functionWords.has(ws[i].key)) continue;
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
function findWordRepeats(context, ws, lower, c, covered, data2) {
  const { text } = context;
  let dict = null;
  const inMention = (w) => context.doc.mentions.some((m) => m.start <= w.start && w.end <= m.end);
  for (let i = 1; i < ws.length; i++) {
    if (lower[i] !== lower[i - 1] || covered[i] || covered[i - 1]) continue;
    if (!spaced(text, ws, i, true) || NUMERIC.test(lower[i])) continue;
    const first = text.slice(ws[i - 1].start, ws[i - 1].end);
    const second = text.slice(ws[i].start, ws[i].end);
    if (c.allow.has(lower[i]) && (isLowerInitial(first) && isLowerInitial(second) || data2.functionWords.get(ws[i].key) !== "articles")) continue;
    if (new RegExp("^\\p{Lu}$", "u").test(second)) continue;
    const packName = inMention(ws[i - 1]) && inMention(ws[i]);
    if (!isLowerInitial(first) && !isLowerInitial(second) && !packName) continue;
    if (isLowerInitial(first) && !isLowerInitial(second) && (!data2.functionWords.has(ws[i].key) || data2.nameConnectors.has(ws[i].key) || PARTICLES.has(lower[i]))) continue;
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
  const report4 = (what, prev, cur, messageId = "block") => context.report({
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
      report4("paragraph", prev, cur);
      continue;
    }
    if (sameEnd && keyOf(text, prev).endsWith(` ${keyOf(text, cur)}`) && wordCount(text, cur) >= 5 && wordCount(text, prev) - wordCount(text, cur) <= 8) {
      report4("paragraph", prev, cur, "suffix");
      continue;
    }
    let last;
    for (const line of text.slice(cur.start, cur.end).matchAll(/[^\r\n]+/g)) {
      const lead = line[0].length - line[0].trimStart().length;
      const b = block(text, cur.start + line.index + lead, cur.start + line.index + line[0].trimEnd().length);
      if (!/[\p{L}\p{N}]/u.test(text.slice(b.start, b.end))) continue;
      if (last && b.last === last.last && keyOf(text, b) === keyOf(text, last) && wordCount(text, b) >= 3) report4("line", last, b);
      last = b;
    }
  }
}

// src/rules/spelling.ts
var MIN_LENGTH = 4;
var MAX_SUGGEST = 60;
var FOREIGN_SHARE = 0.2;
var SHORT_QUOTE_WORDS = 6;
var LANGUAGE_NAMES = { en: "English", fr: "French", de: "German", es: "Spanish", it: "Italian" };
var spelling2 = {
  meta: {
    id: "spelling",
    description: "Lower-case words the language's Hunspell dictionary does not know, with a close correction ('coinceded' -> 'coincided').",
    type: "problem",
    defaultSeverity: "off",
    hasSuggestions: true,
    languages: ["en", "fr", "de", "es", "it"],
    needs: ["dictionary"],
    messages: {
      misspelt: "'{{word}}' is not in the {{language}} dictionary and looks like a misspelling of {{candidates}}: correct it (or add it to the rule's `allow` option if it is a name or a term).",
      replace: "Replace with '{{use}}'"
    },
    docs: { fixSafety: "Suggestions only: the dictionary cannot tell a misspelling from a rare word or a name written in lower case." },
    schema: { type: "object", properties: { allow: { type: "array", items: { type: "string" }, description: "Words never reported (house terms, names the dictionaries lack)." } }, additionalProperties: false }
  },
  check(context) {
    const dict = dictionaryFor(context.language);
    if (!dict) return;
    const { text, doc } = context;
    const ws = doc.words;
    const allow = new Set(
      (Array.isArray(context.options.allow) ? context.options.allow : []).filter((x) => typeof x === "string").map((s) => s.toLowerCase())
    );
    let capitalised3;
    let skip;
    let suggestCalls = 0;
    const sentenceVerdict = /* @__PURE__ */ new Map();
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i];
      if (w.end - w.start < MIN_LENGTH) continue;
      const raw2 = text.slice(w.start, w.end).replace(/[’ʼ]/g, "'");
      if (!plainWord(raw2) || raw2[0] !== raw2[0].toLowerCase()) continue;
      if (dict.isWord(raw2) || allow.has(w.key)) continue;
      if (w.end === text.length || text[w.end] === "." && w.end - w.start < 6) continue;
      if (inCompound(text, w, dict)) continue;
      capitalised3 ??= capitalisedKeys(text, ws);
      if (capitalised3.has(w.key)) continue;
      skip ??= skippedSpans(text, doc.mentions);
      if (inSpans(skip, w.start)) continue;
      if (markedOff(text, w)) continue;
      const s = sentenceOf(doc.sentences, w.start);
      if (s) {
        let foreign = sentenceVerdict.get(s.start);
        if (foreign === void 0) sentenceVerdict.set(s.start, foreign = manyUnknown(text, ws, s, dict));
        if (foreign) continue;
      }
      if (suggestCalls >= MAX_SUGGEST) break;
      suggestCalls++;
      if (context.language !== "en" && dictionaryFor("en")?.isWord(raw2)) continue;
      const candidates = closeSuggestions(raw2, dict.suggest(raw2), context.language);
      if (candidates.length === 0) continue;
      context.report({
        messageId: "misspelt",
        data: {
          word: raw2,
          language: LANGUAGE_NAMES[context.language] ?? context.language,
          candidates: candidates.map((c) => `'${c}'`).join(" or ")
        },
        range: [w.start, w.end],
        suggestions: candidates.map((use) => ({ messageId: "replace", data: { use }, fix: { range: [w.start, w.end], text: use } })),
        actual: raw2,
        expected: candidates
      });
    }
  }
};
function plainWord(raw2) {
  if (/[\p{N}_]/u.test(raw2)) return false;
  if (new RegExp(".\\p{Lu}", "u").test(raw2)) return false;
  return new RegExp("^\\p{L}", "u").test(raw2);
}
function inCompound(text, w, dict) {
  const before = text[w.start - 1];
  const after = text[w.end];
  const joined = (c) => c === "-" || c === "\u2011" || c === "/";
  if (!joined(before) && !joined(after)) return false;
  let a = w.start;
  while (a > 0 && /[\p{L}\p{M}\-‑'’]/u.test(text[a - 1])) a--;
  let b = w.end;
  while (b < text.length && /[\p{L}\p{M}\-‑'’]/u.test(text[b])) b++;
  const whole = text.slice(a, b).replace(/^[-‑]+|[-‑]+$/g, "");
  if (dict.isWord(whole)) return true;
  return new RegExp("(^|[-\u2011])\\p{Lu}", "u").test(whole);
}
function capitalisedKeys(text, ws) {
  const out = /* @__PURE__ */ new Set();
  for (const w of ws) {
    const c = text[w.start];
    if (c !== c.toLowerCase() && !atSentenceStart(text, w.start)) out.add(w.key);
  }
  return out;
}
function skippedSpans(text, mentions) {
  const out = [...urlSpans(text)];
  for (const m of text.matchAll(/[@#][\p{L}\p{N}_.-]+/gu)) out.push([m.index, m.index + m[0].length]);
  for (const m of mentions) out.push([m.start, m.end]);
  return out;
}
function inSpans(spans, at) {
  return spans.some(([a, b]) => at >= a && at < b);
}
var OPENERS = { '"': '"', "\u201C": "\u201D", "\u201E": "\u201C", "\xAB": "\xBB", "\u2018": "\u2019", "'": "'", "\u2039": "\u203A" };
function markedOff(text, w) {
  const before = text[w.start - 1];
  const after = text[w.end];
  if ((before === "*" || before === "_") && (after === "*" || after === "_")) return true;
  const left = text.slice(Math.max(0, w.start - 60), w.start);
  for (const [open, close] of Object.entries(OPENERS)) {
    const o = left.lastIndexOf(open);
    if (o < 0) continue;
    const inner = left.slice(o + 1);
    if (inner.includes(close) && close !== open) continue;
    if (open === "'" && new RegExp("\\p{L}", "u").test(left[o - 1] ?? "")) continue;
    if (inner.split(/\s+/).filter(Boolean).length >= SHORT_QUOTE_WORDS) continue;
    const right = text.slice(w.end, w.end + 60);
    const c = right.indexOf(close);
    if (c < 0) continue;
    const between = inner + " " + right.slice(0, c);
    if (between.split(/\s+/).filter(Boolean).length < SHORT_QUOTE_WORDS) return true;
  }
  return false;
}
function sentenceOf(sentences, at) {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    const s = sentences[mid];
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return void 0;
}
function manyUnknown(text, ws, s, dict) {
  let n = 0;
  let unknown = 0;
  for (const w of ws) {
    if (w.start < s.start) continue;
    if (w.start >= s.end) break;
    const raw2 = text.slice(w.start, w.end);
    if (raw2.length < 3 || new RegExp("\\p{N}", "u").test(raw2) || raw2[0] !== raw2[0].toLowerCase()) continue;
    n++;
    if (!dict.isWord(raw2)) unknown++;
  }
  return unknown >= 2 && unknown / Math.max(n, 1) >= FOREIGN_SHARE;
}
function closeSuggestions(word, suggestions, lang = "en") {
  const out = [];
  const bare = stripDiacritics(word);
  if (lang === "fr" && suggestions.some((s) => s.replace(/î/g, "i").replace(/û/g, "u") === word)) return [];
  const max = [...word].length >= 8 ? 2 : 1;
  for (const s of suggestions) {
    if (/[\s-]/.test(s) || s.toLowerCase() === word.toLowerCase()) continue;
    if (lang === "en" && bare !== word && stripDiacritics(s) === bare) continue;
    if (s[0] === s[0].toLowerCase() !== (word[0] === word[0].toLowerCase())) continue;
    const sameStart = s[0].toLowerCase() === word[0].toLowerCase() || s[0] === word[1] && s[1] === word[0];
    if (!sameStart) continue;
    if (editDistance(word.toLowerCase(), s.toLowerCase()) > max) continue;
    out.push(s);
    if (out.length === 3) break;
  }
  return out;
}
function editDistance(a, b) {
  const x = [...a];
  const y = [...b];
  const d = Array.from({ length: x.length + 1 }, (_, i) => {
    const row = new Array(y.length + 1).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j <= y.length; j++) d[0][j] = j;
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[x.length][y.length];
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
    report3(context, script, start, end);
    i = end;
  }
}
function report3(context, script, start, end) {
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
        const data2 = {
          found,
          other: text.slice(other.coreStart, other.coreEnd),
          line: context.doc.lines.position(other.coreStart).line,
          source: group.source ? ` (${group.source})` : "",
          use: group.preferred
        };
        context.report({
          messageId: "mixed",
          data: data2,
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
      wrongLanguage: "This paragraph reads as {{found}}, not {{expected}} like the rest of the document: an untranslated segment? Translate it.",
      wrongSegment: "This sentence reads as {{found}}, not {{expected}} like the rest of the document: an untranslated segment or a leftover of the page? Translate or delete it."
    },
    docs: { fixSafety: "No fix: the paragraph needs translating." },
    schema: {
      type: "object",
      properties: {
        minLength: { type: "integer", minimum: 0, description: "Latin letters a paragraph needs to be judged (default 80)." },
        margin: { type: "number", minimum: 0, maximum: 1, description: "How far the document language may score below the winner (default 0.1)." },
        languages: { type: "array", minItems: 1, items: { type: "string", pattern: "^[a-z]{2,3}$" }, description: "Candidate languages (ISO 639-1)." },
        short: { type: "boolean", description: "Also judge short lines and sentences, down to four words (default true)." },
        shortMargin: { type: "number", minimum: 0, maximum: 1, description: "How far franc must put the other language ahead on a short segment (default 0.2)." }
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
    const reported = [];
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
      reported.push([p.start, p.end]);
    }
    if (options.short !== false) shortSegments(context, candidates, reported);
  }
};
var SHORT_EXTRA_LANGUAGES = ["nl", "pt", "tr"];
var SHORT_MIN_WORDS = 4;
var SHORT_MIN_LETTERS = 18;
var GATE_WINDOW = 12;
var QUOTED = /^["“”„«»‘’'(\[]|["“”„«»‘’')\]]$/u;
function shortSegments(context, configured, reported) {
  const { text, language, options } = context;
  const margin = typeof options.shortMargin === "number" ? options.shortMargin : 0.2;
  const reportable2 = /* @__PURE__ */ new Set([...configured, ...SHORT_EXTRA_LANGUAGES]);
  const candidates = [.../* @__PURE__ */ new Set([...reportable2, ...DEFAULT_LANGUAGES])].filter((l) => l === language || hasLangData(l));
  if (!hasLangData(language) || candidates.length < 2) return;
  const own = langData(language).functionWords;
  const others = candidates.filter((l) => l !== language).map((l) => ({ lang: l, words: langData(l).functionWords }));
  const ws = context.doc.words;
  const foreign = context.packs.cached(`wrong-language-short:${language}:${others.map((o) => o.lang).join(",")}`, () => {
    const m = /* @__PURE__ */ new Map();
    others.forEach((o, bit) => {
      for (const k of o.words.keys()) if (k.length > 1 && !own.has(k)) m.set(k, (m.get(k) ?? 0) | 1 << bit);
    });
    return m;
  });
  const last = new Array(others.length);
  const spans = [];
  let first = 0;
  for (let k = 1; k <= ws.length; k++) {
    if (k < ws.length && !lineBreakBetween(text, ws[k - 1].end, ws[k].start)) continue;
    let hit = false;
    if (k - first >= SHORT_MIN_WORDS) {
      last.fill(-1);
      for (let i = first; i < k && !hit; i++) {
        let bits = foreign.get(ws[i].key) ?? 0;
        if (!bits || text[ws[i].end] === "-" || text[ws[i].end] === "\u2010") continue;
        while (bits && !hit) {
          const bit = 31 - Math.clz32(bits);
          const at = last[bit];
          if (at >= 0 && i - at <= GATE_WINDOW && ws[at].key !== ws[i].key) hit = true;
          last[bit] = i;
          bits &= ~(1 << bit);
        }
      }
    }
    if (hit) {
      let lineStart = ws[first].start;
      while (lineStart > 0 && text[lineStart - 1] !== "\n" && text[lineStart - 1] !== "\r") lineStart--;
      while (/\s/u.test(text[lineStart])) lineStart++;
      let lineEnd = ws[k - 1].end;
      while (lineEnd < text.length && text[lineEnd] !== "\n" && text[lineEnd] !== "\r") lineEnd++;
      while (lineEnd > lineStart && /\s/u.test(text[lineEnd - 1])) lineEnd--;
      for (const sp of splitSentences(text.slice(lineStart, lineEnd), language, langData(language))) spans.push({ start: lineStart + sp.start, end: lineStart + sp.end });
    }
    first = k;
  }
  let w = 0;
  for (const sp of spans) {
    if (reported.some(([a, b]) => sp.start >= a && sp.end <= b)) continue;
    while (w < ws.length && ws[w].start < sp.start) w++;
    let end = w;
    while (end < ws.length && ws[end].end <= sp.end) end++;
    const sw = ws.slice(w, end);
    if (sw.length < SHORT_MIN_WORDS) continue;
    let letters = 0;
    let capitals = 0;
    let latin = true;
    for (const x of sw) {
      letters += x.end - x.start;
      if (!isLatin(text.charCodeAt(x.start))) latin = false;
      if (new RegExp("^\\p{Lu}", "u").test(text[x.start])) capitals++;
    }
    if (!latin || letters < SHORT_MIN_LETTERS || capitals * 2 > sw.length) continue;
    const body = text.slice(sp.start, sp.end).replace(/[.!?…:;,]+$/u, "");
    if (QUOTED.test(body)) continue;
    const counts = others.map(({ lang, words: words3 }) => ({
      lang,
      n: sw.filter((x) => words3.has(x.key)).length,
      // words only this language lists ('para', 'um'; not 'de', which French, Spanish and Dutch share)
      only: sw.filter((x) => x.key.length > 1 && words3.has(x.key) && !own.has(x.key)).length,
      ownOnly: sw.some((x) => x.key.length > 1 && own.has(x.key) && !words3.has(x.key))
    })).sort((a, b) => b.n - a.n);
    const top = counts[0];
    if (!top || top.ownOnly || top.only < 2 || top.n * 4 < sw.length || !reportable2.has(top.lang)) continue;
    const scores = languageScoresSync(text.slice(sp.start, sp.end), candidates, 1);
    const [best] = scores;
    if (!best || best[0] !== top.lang) continue;
    const ownScore = scores.find(([code]) => code === language)?.[1] ?? 0;
    if (ownScore > 1 - margin) continue;
    context.report({
      messageId: "wrongSegment",
      data: { found: languageName(best[0]), expected: languageName(language) },
      range: [sp.start, sp.end]
    });
  }
}

// src/rules/index.ts
var allRules = [
  entityVariant,
  entityAlias,
  entityConsistency,
  nameConsistency,
  repeatedWords,
  nearRepetition,
  calque,
  grammar,
  boilerplate,
  pageFurniture,
  termInconsistency,
  oddCapitals,
  punctuationSpacing,
  orphanFragment,
  strayScript,
  wrongLanguage,
  spelling2
];
var rulesById = new Map(allRules.map((r) => [r.meta.id, r]));

// src/markup/source.ts
import { extname } from "node:path";

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
  let index;
  const lines = () => index ??= new LineIndex(source);
  return {
    text: map.text,
    map,
    source,
    lines,
    toSource(messages) {
      const mapped = [];
      for (const m of messages) {
        const d = toSource(m, map, lines);
        if (d) mapped.push(d);
      }
      return mapped;
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

// src/document/document.ts
var DocumentModel = class {
  constructor(text, language, packs, words3) {
    this.text = text;
    this.language = language;
    this.packs = packs;
    this._words = words3;
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
    return this._mentions ??= findMentions(this.text, this.packs.entities, this.language, this.words);
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
    const replacement = !f.wholeLines && (LINE_BREAK.test(before) || LINE_BREAK.test(f.text)) ? keepLineBreaks(before, f.text) : f.text;
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
function fillTemplate(template, data2 = {}) {
  let parts = compiled.get(template);
  if (!parts) compiled.set(template, parts = template.split(/(\{\{\s*(\w+)\s*\}\})/));
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 3) out += (parts[i + 1] in data2 ? String(data2[parts[i + 1]]) : parts[i]) + parts[i + 2];
  return out;
}
function toDiagnostic(meta, severity, report4, lines) {
  const template = meta.messages[report4.messageId];
  if (template === void 0) throw new Error(`rule ${meta.id} reported unknown message id '${report4.messageId}'`);
  const start = lines.position(report4.range[0]);
  const end = lines.position(report4.range[1]);
  const level = report4.severity && report4.severity !== "off" ? lowest(severity, report4.severity) : severity;
  const d = {
    ruleId: meta.id,
    severity: SEVERITY_NUMBER[level],
    message: fillTemplate(template, report4.data),
    messageId: report4.messageId,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    range: report4.range
  };
  if (report4.fix) {
    d.fix = { range: report4.fix.range, text: report4.fix.text };
    d.fixSafety = report4.fix.safety ?? meta.fixable ?? "safe";
  }
  if (report4.suggestions?.length) {
    d.suggestions = report4.suggestions.map((s) => ({
      desc: s.desc ?? fillTemplate(meta.messages[s.messageId ?? ""] ?? s.messageId ?? "", s.data ?? report4.data),
      fix: s.fix
    }));
  }
  if (report4.actual !== void 0) d.actual = report4.actual;
  if (report4.expected) d.expected = report4.expected;
  if (report4.entity) d.entity = report4.entity;
  return d;
}
function lowest(a, b) {
  return SEVERITY_NUMBER[a] <= SEVERITY_NUMBER[b] ? a : b;
}

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
    const range = removalRange(options.source, c.start, c.end);
    d.fix = { range, text: "", ...range[0] !== c.start || range[1] !== c.end ? { wholeLines: true } : {} };
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
  if (after.trim() === "") return [lineStart + before.trimEnd().length, end];
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

// src/engine/linter.ts
var LOADERS = {
  franc: loadLanguageDetector,
  nlp: async () => (await import("./nlp-NIPWWOCM.js")).loadNlp(),
  dictionary: async () => (await import("./dictionary-4UTZK6HV.js")).loadDictionaries()
};
var MAX_FIX_PASSES = 10;
var DETECT_CHARS = 2e4;
var MIN_DETECT_WORDS = 20;
var FRANC_MARGIN = 0.05;
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
   * The document language: given, configured, or detected. With `auto` the
   * first candidate language is the default, and detection changes it only
   * when the text is long enough to be sure: at least MIN_DETECT_WORDS words
   * (a one-line English text, "Hifter spoke.", is never German), then from
   * function words when they are decisive, else with franc when its best
   * guess is clearly ahead of the default. `ws` are the words of `text`, when
   * the caller has them. Both look at the first 20,000 characters only.
   */
  async languageOf(text, given, ws) {
    const lang = given ?? this.config.language;
    if (lang !== "auto") return lang;
    const fallback = this.config.languages[0] ?? "en";
    const sample = ws ?? words(text.length > DETECT_CHARS ? text.slice(0, DETECT_CHARS) : text);
    let n = sample.length;
    while (n > 0 && sample[n - 1].end > DETECT_CHARS) n--;
    if (n < MIN_DETECT_WORDS) return fallback;
    const quick = functionWordLanguage(sample, this.config.languages, 0, n);
    if (quick) return quick;
    await this.ensure(["franc"]);
    const scores = languageScoresSync(text, this.config.languages);
    if (scores.length === 0) return fallback;
    const [best, bestScore] = scores[0];
    if (best === fallback) return best;
    const ofDefault = scores.find(([l]) => l === fallback)?.[1] ?? 0;
    return bestScore - ofDefault >= FRANC_MARGIN ? best : fallback;
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
        corpus: options.corpus,
        report: (r) => {
          reports.push(toDiagnostic(rule.meta, severity, r, doc.lines));
        }
      };
      try {
        try {
          rule.check(context);
        } catch (err) {
          const need = neededBy(err);
          if (need === void 0 || this.loaded.has(need)) throw err;
          await this.ensure([need]);
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
    let final = source.toSource(messages);
    if (source.map.comments.length > 0) {
      const { directives, problems } = parseDirectives(source.map.comments, source.lines());
      final = [...applyDirectives(final, directives, { reportUnused: this.config.reportUnusedDisableDirectives, lines: source.lines(), source: source.source }), ...problems];
    }
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
      if (safeFix(m)) fixableErrorCount++;
    } else if (m.severity === 1) {
      warningCount++;
      if (safeFix(m)) fixableWarningCount++;
    } else infoCount++;
  }
  return { filePath, messages, errorCount, warningCount, infoCount, fixableErrorCount, fixableWarningCount, language };
}
function safeFix(m) {
  return m.fix !== void 0 && m.fixSafety !== "unsafe";
}
function neededBy(err) {
  if (err instanceof DetectorNotLoaded) return err.need;
  const need = err?.need;
  return typeof need === "string" && need in LOADERS ? need : void 0;
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
  corpusLineKey,
  allRules,
  rulesById,
  configForFile,
  LineIndex,
  markupOf,
  prepareSourceAsync,
  DIRECTIVE_RULES,
  Linter,
  summarise,
  decodeText,
  readTextFile
};
