import { createRequire as __translintRequire } from 'node:module'; const require = __translintRequire(import.meta.url);

// src/errors.ts
var TranslintError = class extends Error {
  file;
  line;
  column;
  constructor(message, where = {}) {
    const place = where.file ? `${where.file}${where.line ? `:${where.line}${where.column ? `:${where.column}` : ""}` : ""}: ` : "";
    super(`${place}${message}`);
    this.name = "TranslintError";
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
  }
};

// src/packs/load-pack.ts
import { existsSync, readdirSync as readdirSync2 } from "node:fs";
import { basename, resolve } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";

// src/text/articles.ts
var HYPHEN_ARTICLES = /* @__PURE__ */ new Set([
  "al",
  "el",
  "il",
  "ul",
  "ad",
  "ed",
  "adh",
  "ar",
  "er",
  "as",
  "es",
  "ash",
  "esh",
  "at",
  "et",
  "ath",
  "az",
  "ez",
  "an",
  "en",
  "ad",
  "dh",
  "l"
]);
var SPACE_ARTICLES = /* @__PURE__ */ new Set(["al", "el"]);
var GLUED_ARTICLES = ["al", "el"];
function isArticleAt(text, ws, i) {
  const w = ws[i];
  const next = ws[i + 1];
  if (!next || w.key.length > 3) return false;
  const gap = next.start - w.end;
  if (gap !== 1) return false;
  const sep = text.charCodeAt(w.end);
  if (sep === 45 || sep === 8208 || sep === 8209) return HYPHEN_ARTICLES.has(w.key);
  if (sep === 32) return SPACE_ARTICLES.has(w.key);
  return false;
}

// src/text/fold.ts
var SPECIAL = {
  \u0131: "i",
  \u0130: "i",
  \u0142: "l",
  \u0141: "l",
  \u00F8: "o",
  \u00D8: "o",
  \u0111: "d",
  \u0110: "d",
  \u00F0: "d",
  \u00D0: "d",
  \u00DF: "ss",
  "\u1E9E": "ss",
  \u00E6: "ae",
  \u00C6: "ae",
  \u0153: "oe",
  \u0152: "oe",
  \u00FE: "th",
  \u00DE: "th",
  \u0127: "h",
  \u0126: "h",
  // apostrophe-like letters used in transliteration (ayn, hamza) and quotes
  "\u02BF": "'",
  "\u02BE": "'",
  "\u02BC": "'",
  "\u02BB": "'",
  "\u2019": "'",
  "\u2018": "'",
  "`": "'",
  "\xB4": "'"
};
var cache = /* @__PURE__ */ new Map();
var MARK = new RegExp("\\p{M}", "u");
function foldChar(code) {
  if (code < 128) {
    return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : String.fromCharCode(code);
  }
  let out = cache.get(code);
  if (out !== void 0) return out;
  const ch = String.fromCharCode(code);
  if (SPECIAL[ch] !== void 0) out = SPECIAL[ch];
  else if (MARK.test(ch)) out = "";
  else {
    out = ch.normalize("NFD").replace(new RegExp("\\p{M}+", "gu"), "").toLowerCase();
    out = out.replace(new RegExp("\\p{M}+", "gu"), "");
  }
  cache.set(code, out);
  return out;
}
function fold(text) {
  let i = 0;
  while (i < text.length && text.charCodeAt(i) < 128) i++;
  if (i === text.length) return text.toLowerCase();
  let out = text.slice(0, i).toLowerCase();
  for (; i < text.length; i++) out += foldChar(text.charCodeAt(i));
  return out;
}
function stripDiacritics(text) {
  return text.normalize("NFD").replace(new RegExp("\\p{M}+", "gu"), "").replace(/[ıł]/g, (c) => c === "\u0131" ? "i" : "l").replace(/[’‘ʿʾʼʻ`´]/g, "'");
}

// src/text/words.ts
var CLASS = new Uint8Array(65536);
var APOSTROPHES = "'\u2019\u02BC";
var AYN = "\u02BF\u02BE";
{
  const codes = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) codes[c] = c >= 55296 && c <= 57343 ? 32 : c;
  const all = new TextDecoder("utf-16le").decode(codes);
  for (const m of all.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) CLASS.fill(1, m.index, m.index + m[0].length);
  CLASS.fill(1, 55296, 57344);
  for (const ch of APOSTROPHES) CLASS[ch.charCodeAt(0)] = 2;
  for (const ch of AYN) CLASS[ch.charCodeAt(0)] = 3;
}
function forEachWord(text, from, to, onWord) {
  let i = from;
  while (i < to) {
    let c = CLASS[text.charCodeAt(i)];
    if (c !== 1 && !(c === 3 && i + 1 < to && CLASS[text.charCodeAt(i + 1)] === 1)) {
      i++;
      continue;
    }
    const start = i;
    let skip = 0;
    i++;
    for (; i < to; i++) {
      c = CLASS[text.charCodeAt(i)];
      if (c === 1) continue;
      if ((c === 2 || c === 3) && i + 1 < to && CLASS[text.charCodeAt(i + 1)] === 1) {
        const next = text.charCodeAt(i + 1);
        if (c === 2 && (next === 115 || next === 83) && !(i + 2 < to && CLASS[text.charCodeAt(i + 2)] === 1)) {
          skip = 2;
          break;
        }
        continue;
      }
      break;
    }
    if (onWord(start, i, i + skip) === false) return;
    i += skip;
  }
}
function words(text, from = 0, to = text.length) {
  const out = [];
  forEachWord(text, from, to, (start, end) => {
    out.push({ start, end, key: fold(text.slice(start, end)) });
  });
  return out;
}
function foldedHash(text, start, end) {
  let h = 2166136261;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c < 128) {
      h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), 16777619);
    } else {
      const f = foldChar(c);
      for (let j = 0; j < f.length; j++) h = Math.imul(h ^ f.charCodeAt(j), 16777619);
    }
  }
  return h >>> 0;
}
function hashKey(key) {
  let h = 2166136261;
  for (let j = 0; j < key.length; j++) h = Math.imul(h ^ key.charCodeAt(j), 16777619);
  return h >>> 0;
}

// src/match/first-words.ts
var FirstWords = class {
  hashes = new Int32Array(64);
  /** Per slot: 0 = empty, else the word's index + 1. */
  slots = new Int32Array(64);
  mask = 63;
  keys = [];
  nodes = [];
  /** Per word: the group of terms still to load, or -1. */
  groups = [];
  get count() {
    return this.keys.length;
  }
  /** Is there a first word with this hash? (One typed-array read for most words.) */
  has(h) {
    for (let i = h & this.mask; this.slots[i] !== 0; i = i + 1 & this.mask) if (this.hashes[i] === (h | 0)) return true;
    return false;
  }
  /** The index of the first word `key` (hash `h`), or -1. */
  find(h, key) {
    for (let i = h & this.mask; this.slots[i] !== 0; i = i + 1 & this.mask) {
      if (this.hashes[i] === (h | 0) && this.keys[this.slots[i] - 1] === key) return this.slots[i] - 1;
    }
    return -1;
  }
  /** Add a first word (not already in); its index. */
  add(h, key, group = -1) {
    if (2 * (this.keys.length + 1) > this.slots.length) this.grow();
    const index = this.keys.length;
    this.keys.push(key);
    this.nodes.push(void 0);
    this.groups.push(group);
    this.place(h, index);
    return index;
  }
  /** The group of terms word `index` still has to load (-1: none); taking it clears it. */
  takeGroup(index) {
    const g = this.groups[index];
    this.groups[index] = -1;
    return g;
  }
  hasGroup(index) {
    return this.groups[index] >= 0;
  }
  node(index) {
    return this.nodes[index];
  }
  setNode(index, node) {
    this.nodes[index] = node;
  }
  /** Every first word's hash. */
  forEachHash(cb) {
    for (let i = 0; i < this.slots.length; i++) if (this.slots[i] !== 0) cb(this.hashes[i] >>> 0);
  }
  place(h, index) {
    let i = h & this.mask;
    while (this.slots[i] !== 0) i = i + 1 & this.mask;
    this.hashes[i] = h | 0;
    this.slots[i] = index + 1;
  }
  grow() {
    const oldHashes = this.hashes;
    const oldSlots = this.slots;
    this.hashes = new Int32Array(oldSlots.length * 2);
    this.slots = new Int32Array(oldSlots.length * 2);
    this.mask = this.slots.length - 1;
    for (let i = 0; i < oldSlots.length; i++) if (oldSlots[i] !== 0) this.place(oldHashes[i], oldSlots[i] - 1);
  }
};

// src/match/term-matcher.ts
var GLUED_MIN = 4;
var TermMatcher = class {
  /** First words by hash of their key (first-words.ts). */
  first = new FirstWords();
  glued;
  load;
  size = 0;
  /** Hashes of articles that may come before a first word (al-, el, ash-). */
  articles;
  spaceArticles;
  /** Bit set over the low bits of first-word and article hashes: a cheap first test before the table and sets. */
  startBits;
  constructor(options = {}) {
    this.glued = options.glued;
    this.load = options.load;
  }
  add(keys, value) {
    if (keys.length === 0) return;
    this.insert(keys, value);
    this.size++;
  }
  /**
   * Declare `count` terms whose first word is `firstKey`, to be had from the
   * `load` option (with `group`) only when a text has that word: a large
   * compiled index then costs one table entry per first word at start-up.
   */
  addLater(firstKey, group, count) {
    if (!this.load) throw new Error("addLater needs the load option");
    const h = hashKey(firstKey);
    if (this.first.find(h, firstKey) >= 0) throw new Error(`terms starting with '${firstKey}' were given twice`);
    this.first.add(h, firstKey, group);
    this.startBits = void 0;
    this.size += count;
  }
  insert(keys, value) {
    let node = this.firstNode(keys[0], true);
    for (let i = 1; i < keys.length; i++) {
      node.next ??= /* @__PURE__ */ new Map();
      let child = node.next.get(keys[i]);
      if (!child) node.next.set(keys[i], child = {});
      node = child;
    }
    if (node.values) node.values.push(value);
    else node.values = [value];
  }
  /** The first-level node for a key (created if asked), its group of terms loaded; `h`: the key's hash, when known. */
  firstNode(key, create = false, h = hashKey(key)) {
    let index = this.first.find(h, key);
    if (index < 0) {
      if (!create) return void 0;
      index = this.first.add(h, key);
      this.startBits = void 0;
    }
    let node = this.first.node(index);
    if (!node) this.first.setNode(index, node = {});
    if (this.first.hasGroup(index)) {
      for (const [keys, value] of this.load(this.first.takeGroup(index))) this.insert(keys, value);
    }
    return node;
  }
  prepare() {
    this.articles = new Set([...HYPHEN_ARTICLES].map(hashKey));
    this.spaceArticles = new Set([...SPACE_ARTICLES].map(hashKey));
    this.startBits = new Uint32Array(1 << 15);
    const bits = this.startBits;
    const set = (h) => bits[h >>> 5 & 32767] |= 1 << (h & 31);
    this.first.forEachHash(set);
    this.articles.forEach(set);
  }
  /** Values stored under exactly these keys. */
  get(keys) {
    let node = keys.length > 0 ? this.firstNode(keys[0]) : void 0;
    for (let i = 1; i < keys.length; i++) node = node?.next?.get(keys[i]);
    return node?.values;
  }
  /** Values under these keys as a match would find them: exactly, or with a glued article before the first key. */
  find(keys) {
    const exact = this.get(keys);
    if (exact || keys.length === 0) return exact;
    const rest = this.gluedRest(keys[0]);
    if (rest === void 0) return void 0;
    const values = this.get([rest, ...keys.slice(1)])?.filter(this.glued);
    return values?.length ? values : void 0;
  }
  get termCount() {
    return this.size;
  }
  /** The key after a glued article (aljafra -> jafra), if the matcher takes glued articles and the key has one. */
  gluedRest(key) {
    if (!this.glued || key.length < 2 + GLUED_MIN) return void 0;
    for (const art of GLUED_ARTICLES) if (key.startsWith(art)) return key.slice(art.length);
    return void 0;
  }
  /**
   * All non-overlapping longest matches in `text`, reading it once. The word
   * loop below follows `forEachWord` (src/text/words.ts) exactly, hashing the
   * folded characters as it goes; a property test checks the two agree.
   */
  scan(text) {
    if (!this.startBits) this.prepare();
    const first = this.first;
    const articles = this.articles;
    const spaceArticles = this.spaceArticles;
    const bits = this.startBits;
    const glued = this.glued !== void 0;
    const CLS = CLASS;
    const out = [];
    const n = text.length;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      let cls = CLS[c];
      if (cls !== 1 && !(cls === 3 && i + 1 < n && CLS[text.charCodeAt(i + 1)] === 1)) {
        i++;
        continue;
      }
      const start = i;
      let h = 2166136261;
      let skip = 0;
      for (; ; ) {
        if (c < 128) h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), 16777619);
        else {
          const f = foldChar(c);
          for (let k = 0; k < f.length; k++) h = Math.imul(h ^ f.charCodeAt(k), 16777619);
        }
        if (++i >= n) break;
        c = text.charCodeAt(i);
        cls = CLS[c];
        if (cls === 1) continue;
        if ((cls === 2 || cls === 3) && i + 1 < n && CLS[text.charCodeAt(i + 1)] === 1) {
          const next = text.charCodeAt(i + 1);
          if (cls === 2 && (next === 115 || next === 83) && !(i + 2 < n && CLS[text.charCodeAt(i + 2)] === 1)) {
            skip = 2;
            break;
          }
          c = 39;
          continue;
        }
        break;
      }
      h >>>= 0;
      const bit = (bits[h >>> 5 & 32767] & 1 << (h & 31)) !== 0;
      const isFirst = bit && first.has(h);
      let hit = isFirst || bit && i < n && (text.charCodeAt(i) === 32 ? spaceArticles.has(h) : hyphen(text.charCodeAt(i)) && articles.has(h));
      if (!hit && glued && i - start >= 2 + GLUED_MIN && gluedArticleAt(text, start)) {
        const h2 = foldedHash(text, start + 2, i);
        hit = (bits[h2 >>> 5 & 32767] & 1 << (h2 & 31)) !== 0 && first.has(h2);
      }
      if (hit) {
        const m = this.matchAt(text, new LazyWords(text, start, i, i + skip), 0, isFirst ? h : void 0);
        if (m) {
          out.push(m);
          i = Math.max(i + skip, m.end);
          continue;
        }
      }
      i += skip;
    }
    return out;
  }
  /** All non-overlapping longest matches in already tokenised words. */
  match(text, ws) {
    const out = [];
    for (let i = 0; i < ws.length; ) {
      const m = this.matchAt(text, new ArrayWords(ws), i);
      if (m) {
        out.push(m);
        while (i < ws.length && ws[i].start < m.end) i++;
      } else i++;
    }
    return out;
  }
  /** The longest match starting at word i (or at word i + 1 after an article); `hash`: word i's hash, when the scan has it. */
  matchAt(text, ws, i, hash) {
    const wi = ws.get(i);
    let first = i;
    let node = this.firstNode(wi.key, false, hash);
    if (!node && articleAt(text, ws, i)) {
      first = i + 1;
      node = this.firstNode(ws.get(first).key);
    }
    let glued = false;
    if (!node) {
      const rest = this.gluedRest(ws.get(first).key);
      node = rest === void 0 ? void 0 : this.firstNode(rest);
      glued = node !== void 0;
    }
    if (!node) return void 0;
    const allow = this.glued;
    const ends = (x) => x.values !== void 0 && (!glued || x.values.some(allow));
    let bestLast = ends(node) ? first + 1 : -1;
    let bestNode = node;
    let j = first + 1;
    for (let w = node.next && ws.get(j); w && node.next; w = node.next && ws.get(j)) {
      if (!joined(text, ws.get(j - 1).end, w.start)) break;
      let child = node.next.get(w.key);
      if (!child && articleAt(text, ws, j)) {
        child = node.next.get(ws.get(j + 1).key);
        if (child) j++;
      }
      if (!child) break;
      node = child;
      j++;
      if (ends(node)) {
        bestLast = j;
        bestNode = node;
      }
    }
    if (bestLast < 0) return void 0;
    const matched = [];
    for (let k = first; k < bestLast; k++) matched.push(ws.get(k));
    return {
      start: wi.start,
      coreStart: ws.get(first).start,
      end: matched[matched.length - 1].end,
      words: matched,
      values: glued ? bestNode.values.filter(allow) : bestNode.values,
      memo: glued ? void 0 : bestNode
    };
  }
};
var GLUED_1 = new Set(GLUED_ARTICLES.map((a) => a[0]));
var GLUED_2 = new Set(GLUED_ARTICLES.map((a) => a[1]));
if (GLUED_ARTICLES.some((a) => a.length !== 2)) throw new Error("glued articles must be two letters");
function gluedArticleAt(text, start) {
  return GLUED_2.has(foldChar(text.charCodeAt(start + 1))) && GLUED_1.has(foldChar(text.charCodeAt(start)));
}
function hyphen(c) {
  return c === 45 || c === 8208 || c === 8209;
}
var ArrayWords = class {
  constructor(ws) {
    this.ws = ws;
  }
  get(i) {
    return this.ws[i];
  }
};
var LazyWords = class {
  constructor(text, start, end, resume) {
    this.text = text;
    this.list = [{ start, end, key: fold(text.slice(start, end)) }];
    this.pos = resume;
  }
  list;
  pos;
  get(i) {
    while (this.list.length <= i && this.pos < this.text.length) {
      let found = false;
      forEachWord(this.text, this.pos, this.text.length, (s, e, resume) => {
        this.list.push({ start: s, end: e, key: fold(this.text.slice(s, e)) });
        this.pos = resume;
        found = true;
        return false;
      });
      if (!found) this.pos = this.text.length;
    }
    return this.list[i];
  }
};
function articleAt(text, ws, i) {
  const w = ws.get(i);
  const next = ws.get(i + 1);
  return w !== void 0 && next !== void 0 && isArticleAt(text, [w, next], 0);
}
function joined(text, end, start) {
  const gap = start - end;
  if (gap === 1) {
    const c = text.charCodeAt(end);
    return c === 32 || c === 45 || c === 160 || c === 8208 || c === 8209 || c === 10;
  }
  if (gap === 2) {
    const s = text.slice(end, start);
    return s === "\r\n" || s === " -" || s === "- ";
  }
  return false;
}

// src/packs/entities.ts
function coreWords(text) {
  const ws = words(text);
  return ws.filter((_, i) => !isArticleAt(text, ws, i));
}
function coreKeys(text) {
  return coreWords(text).map((w) => w.key);
}
function coreSlice(text, from, to) {
  const ws = coreWords(text);
  if (ws.length === 0) return text;
  const a = ws[Math.max(0, Math.min(from, ws.length - 1))];
  const b = ws[Math.max(0, Math.min(to, ws.length) - 1)];
  return text.slice(a.start, b.end);
}
var ACRONYM = /^[\p{Lu}\p{N}]{2,6}$/u;
function makeTerm(t) {
  return {
    entity: t.entity,
    kind: t.kind,
    text: t.text,
    keys: t.keys,
    lang: t.lang,
    part: t.part,
    status: t.status,
    use: t.use,
    note: t.note,
    langs: t.langs,
    matchCase: t.matchCase ? true : void 0
  };
}
var parts = /* @__PURE__ */ new Map();
function sharedPart(p) {
  if (!p) return void 0;
  const k = `${p[0]},${p[1]}`;
  let shared = parts.get(k);
  if (!shared) parts.set(k, shared = p);
  return shared;
}
var Rows = class {
  constructor(text, make) {
    this.text = text;
    this.make = make;
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
    this.parsed = new Array(text === "" ? 0 : this.starts.length);
  }
  starts = [0];
  parsed;
  get length() {
    return this.parsed.length;
  }
  get(i) {
    let v = this.parsed[i];
    if (v === void 0) {
      const end = i + 1 < this.starts.length ? this.starts[i + 1] - 1 : this.text.length;
      this.parsed[i] = v = this.make(JSON.parse(this.text.slice(this.starts[i], end)));
    }
    return v;
  }
};
var EntityIndex = class _EntityIndex {
  byId = /* @__PURE__ */ new Map();
  /** Names take a glued article (Aljafra, Elsisi); 'other' entities and case-sensitive terms do not. */
  matcher;
  /** The terms in the matcher, in the order they were added (index-cache.ts stores them). */
  added = [];
  /** A compiled index's rows, read as needed (fromCompiled). */
  compiled;
  /** Where each explicit spelling was declared, for conflict messages. */
  owners = /* @__PURE__ */ new Map();
  declared = /* @__PURE__ */ new Map();
  constructor() {
    this.matcher = new TermMatcher({ glued: (t) => t.entity.type !== "other" && !t.matchCase, load: (g) => this.group(g) });
  }
  /** Every entity by id (a compiled index reads them all on first use). */
  get entities() {
    if (this.compiled && this.byId.size < this.compiled.entities.length) {
      for (let i = 0; i < this.compiled.entities.length; i++) {
        const e = this.compiled.entities.get(i);
        this.byId.set(e.id, e);
      }
    }
    return this.byId;
  }
  /** How many entities the packs have (without reading a compiled index's rows). */
  get entityCount() {
    return this.compiled ? this.compiled.entities.length : this.byId.size;
  }
  /** Forget what only the conflict checks need (where each spelling was declared): call once every pack is in. */
  seal() {
    this.owners.clear();
    this.declared.clear();
  }
  /** The entities and the matcher's terms as JSON-ready data, for `fromCompiled` (an index built from packs only). */
  toCompiled() {
    if (this.compiled) throw new Error("this index was itself loaded from a compiled index");
    const entities = [...this.byId.values()];
    const at = new Map(entities.map((e, i) => [e, i]));
    const groups = /* @__PURE__ */ new Map();
    this.added.forEach((t, i) => {
      const g = groups.get(t.keys[0]);
      if (g) g.push(i);
      else groups.set(t.keys[0], [i]);
    });
    const groupTerms = [];
    const groupEnds = [];
    for (const list of groups.values()) {
      groupTerms.push(...list);
      groupEnds.push(groupTerms.length);
    }
    const terms = this.added.map((t) => {
      const keys = t.keys.join(" ");
      const row = [at.get(t.entity), t.kind, t.text, keys === t.text.toLowerCase() ? "" : keys];
      row.push(t.lang ?? null, t.part ?? null, t.status ?? null, t.use ?? null, t.note ?? null, t.langs ?? null, t.matchCase ? 1 : 0);
      while (row.length > 4 && (row[row.length - 1] === null || row[row.length - 1] === 0)) row.pop();
      return JSON.stringify(row);
    });
    return {
      entities: entities.map((e) => JSON.stringify(e)).join("\n"),
      terms: terms.join("\n"),
      firstKeys: [...groups.keys()].join(" "),
      groupTerms,
      groupEnds
    };
  }
  /**
   * An index from `toCompiled` data: no folding, tokenising or conflict
   * checks (they passed when it was compiled), and a term or entity is read
   * from its row only when a document has its first word.
   */
  static fromCompiled(data) {
    const { groupTerms, groupEnds } = data;
    const firstKeys = data.firstKeys.split(" ");
    if (!Array.isArray(groupTerms) || !Array.isArray(groupEnds) || firstKeys.length !== groupEnds.length) throw new Error("not a compiled index");
    const index = new _EntityIndex();
    const entities = new Rows(data.entities, (e) => e);
    const opt = (v) => v === null ? void 0 : v;
    const terms = new Rows(data.terms, (r) => ({
      entity: entities.get(r[0]),
      kind: r[1],
      text: r[2],
      keys: (r[3] || r[2].toLowerCase()).split(" "),
      lang: opt(r[4]),
      part: sharedPart(opt(r[5])),
      status: opt(r[6]),
      use: opt(r[7]),
      note: opt(r[8]),
      langs: opt(r[9]),
      matchCase: r[10] === 1 ? true : void 0
    }));
    index.compiled = { entities, terms, groupTerms, groupEnds };
    firstKeys.forEach((key, g) => index.matcher.addLater(key, g, groupEnds[g] - (g === 0 ? 0 : groupEnds[g - 1])));
    return index;
  }
  /** The terms of a compiled group, for the matcher. */
  *group(g) {
    const c = this.compiled;
    for (let k = g === 0 ? 0 : c.groupEnds[g - 1]; k < c.groupEnds[g]; k++) {
      const t = c.terms.get(c.groupTerms[k]);
      yield [t.keys, t];
    }
  }
  /** Add the `entities` of one pack file. */
  addPack(source, packName) {
    const raw = source.data.entities ?? [];
    raw.forEach((e, i) => this.addEntity(e, source, packName, ["entities", i]));
  }
  addEntity(raw, source, pack, path) {
    const prev = this.declared.get(raw.id);
    if (prev) {
      const line = prev.source.locate([...prev.path, "id"]).line;
      throw source.error([...path, "id"], `duplicate entity id '${raw.id}' (first declared at ${prev.source.file}:${line})`);
    }
    this.declared.set(raw.id, { source, path });
    const entity = { id: raw.id, type: raw.type, canonical: raw.canonical, original: raw.original, note: raw.note, pack };
    this.byId.set(entity.id, entity);
    const enKeys = coreKeys(raw.canonical.en);
    const n = enKeys.length;
    for (const [lang, form] of Object.entries(raw.canonical)) {
      const keys = coreKeys(form);
      const full = [0, n];
      this.addTerm({ entity, kind: "name", text: form, keys, lang, part: full }, source, [...path, "canonical", lang], true);
      if (raw.type === "person" && keys.length > 1 && (keys.length === n || lang === "en")) {
        const last = coreSlice(form, keys.length - 1, keys.length);
        this.addTerm({ entity, kind: "name", text: last, keys: keys.slice(-1), lang, part: [n - 1, n] }, source, [...path, "canonical", lang], false);
      }
    }
    const variants = raw.variants ?? [];
    const groups = Array.isArray(variants) ? [[void 0, variants, [...path, "variants"]]] : Object.entries(variants).map(([k, v]) => [k, v, [...path, "variants", k]]);
    for (const [houseForm, list, vpath] of groups) {
      let part = [0, n];
      if (houseForm !== void 0) {
        const found = findRun(enKeys, coreKeys(houseForm));
        if (found < 0) {
          throw source.error(vpath, `variant key '${houseForm}' is not part of the canonical form '${raw.canonical.en}'`, true);
        }
        part = [found, found + coreKeys(houseForm).length];
        for (const [lang, form] of Object.entries(raw.canonical)) {
          const keys = coreKeys(form);
          if (lang !== "en" && keys.length !== n) continue;
          const text = coreSlice(form, part[0], part[1]);
          this.addTerm({ entity, kind: "name", text, keys: keys.slice(part[0], part[1]), lang, part }, source, vpath, false);
        }
      }
      list.forEach((v, k) => {
        this.addTerm({ entity, kind: "variant", text: v, keys: coreKeys(v), part }, source, [...vpath, k], true);
      });
    }
    (raw.aliases ?? []).forEach((a, k) => {
      const langs = a.lang === void 0 ? void 0 : Array.isArray(a.lang) ? a.lang : [a.lang];
      const matchCase = a["match-case"] ?? ACRONYM.test(a.text);
      this.addTerm(
        { entity, kind: "alias", text: a.text, keys: coreKeys(a.text), status: a.status, use: a.use, note: a.note, langs, matchCase },
        source,
        [...path, "aliases", k, "text"],
        true
      );
    });
  }
  addTerm(found, source, path, explicit) {
    const term = makeTerm(found);
    if (term.keys.length === 0) throw source.error(path, `'${term.text}' has no letters to match`);
    const sig = term.keys.join(" ") + (term.matchCase ? `|${stripDiacritics(term.text)}` : "");
    const owner = this.owners.get(sig);
    if (owner && owner.entity !== term.entity.id) {
      if (explicit && owner.explicit) {
        throw source.error(
          path,
          `'${term.text}' is claimed by entity '${term.entity.id}' and by entity '${owner.entity}' (${owner.source.file}:${owner.source.locate(owner.path).line})`
        );
      }
      if (!owner.explicit) {
        this.dropImplicit(term.keys, owner.entity);
        this.owners.set(sig, { entity: term.entity.id, source, path, explicit });
      }
      if (!explicit) return;
    }
    if (!owner) this.owners.set(sig, { entity: term.entity.id, source, path, explicit });
    this.matcher.add(term.keys, term);
    this.added.push(term);
  }
  dropImplicit(keys, entityId) {
    const values = this.matcher.get(keys);
    if (!values) return;
    for (let i = values.length - 1; i >= 0; i--) {
      const t = values[i];
      if (t.entity.id === entityId && t.kind === "name" && t.part && t.part[1] - t.part[0] < coreKeys(t.entity.canonical.en).length) {
        values.splice(i, 1);
        this.added.splice(this.added.lastIndexOf(t), 1);
      }
    }
  }
};
function findRun(hay, needle) {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

// src/packs/pack-cache.ts
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync as readFileSync2, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";

// src/packs/yaml-source.ts
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
var yamlLib;
function yaml() {
  return yamlLib ??= createRequire(import.meta.url)("yaml");
}
function readYamlFile(file) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    throw new TranslintError(`cannot read file (${err.code ?? String(err)})`, { file });
  }
  return parseYaml(text, file);
}
function decodeUtf8(bytes) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
}
function cachedYamlSource(file, data) {
  let parsed;
  const source = () => parsed ??= readYamlFile(file);
  return {
    file,
    data,
    locate: (path, key) => source().locate(path, key),
    error: (path, message, key) => source().error(path, message, key)
  };
}
function parseYaml(text, file) {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    const pos = lineCounter.linePos(first.pos[0]);
    const reason = first.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    throw new TranslintError(`invalid YAML: ${reason}`, { file, line: pos.line, column: pos.col });
  }
  const locate = (path, key = false) => {
    const offset = offsetOf(doc, path, key);
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  return {
    file,
    data: doc.toJS(),
    locate,
    error(path, message, key = false) {
      const { line, column } = locate(path, key);
      return new TranslintError(message, { file, line, column });
    }
  };
}
function offsetOf(doc, path, key) {
  for (let n = path.length; n >= 0; n--) {
    const sub = path.slice(0, n);
    if (key && n === path.length && n > 0) {
      const parent = sub.length > 1 ? doc.getIn(sub.slice(0, -1), true) : doc.contents;
      const pair = findPair(parent, sub[sub.length - 1]);
      if (pair) return pair;
    }
    const node = sub.length === 0 ? doc.contents : doc.getIn(sub, true);
    if (yaml().isNode(node) && node.range) return node.range[0];
  }
  return 0;
}
function findPair(parent, key) {
  const items = parent?.items;
  if (!items) return void 0;
  for (const item of items) {
    const k = item.key;
    if (k && k.value === key && k.range) return k.range[0];
  }
  return void 0;
}

// src/packs/pack-cache.ts
var FORMAT = 2;
var VALIDATORS = [
  "../../package.json",
  "../../schemas/pack.schema.json",
  "../../schemas/config.schema.json",
  "../config/load-config",
  "../config/extends",
  "./load-pack",
  "./schema",
  "./phrase-data",
  "../match/safe-regex",
  "../match/phrase-matcher",
  // what a compiled entity index (index-cache.ts) holds depends on these too
  "./entities",
  "../text/words",
  "../text/fold",
  "../text/articles"
];
var stamp;
var memo;
function debug(message) {
  if (process.env.TRANSLINT_DEBUG?.split(",").includes("cache")) process.stderr.write(`translint: cache: ${message}
`);
}
function validatorStamp() {
  if (stamp === void 0) {
    const parts2 = [String(FORMAT)];
    for (const rel of VALIDATORS) {
      const candidates = /\.\w+$/.test(rel) ? [rel] : [`${rel}.js`, `${rel}.ts`];
      let part = `${rel}:-`;
      for (const c of candidates) {
        try {
          const s = statSync(fileURLToPath(new URL(c, import.meta.url)));
          part = `${c}:${s.size}:${s.mtimeMs}`;
          break;
        } catch {
        }
      }
      parts2.push(part);
    }
    stamp = parts2.join("|");
  }
  return stamp;
}
function cacheDir() {
  const env = `${process.env.TRANSLINT_CACHE}|${process.env.TRANSLINT_CACHE_DIR}`;
  if (memo?.env !== env) memo = { env, dir: openCacheDir() };
  return memo.dir;
}
function openCacheDir() {
  if (process.env.TRANSLINT_CACHE === "0" || process.env.TRANSLINT_CACHE === "false") return void 0;
  const configured = process.env.TRANSLINT_CACHE_DIR;
  const dir = configured || join(tmpdir(), `translint-cache-${process.getuid?.() ?? "user"}`);
  try {
    mkdirSync(dir, { recursive: true, mode: 448 });
    const uid = process.getuid?.();
    if (!configured && uid !== void 0 && statSync(dir).uid !== uid) {
      debug(`${dir} belongs to another user: cache off`);
      return void 0;
    }
    return dir;
  } catch (err) {
    debug(`cannot use ${dir}: ${err.message}`);
    return void 0;
  }
}
function loadCheckedYaml(file, kind, check) {
  let bytes;
  try {
    bytes = readFileSync2(file);
  } catch (err) {
    throw new TranslintError(`cannot read file (${err.code ?? String(err)})`, { file });
  }
  const key = cacheKey(kind, bytes);
  const cached = readCached(key);
  if (cached !== void 0) return keyed(cachedYamlSource(file, cached), key);
  const source = keyed(parseYaml(decodeUtf8(bytes), file), key);
  check(source);
  if (source.data !== void 0 && isDeepStrictEqual(JSON.parse(JSON.stringify(source.data)), source.data)) writeCached(key, source.data, LAZY_KEYS);
  return source;
}
var LAZY_KEYS = ["entities"];
var contentKeys = /* @__PURE__ */ new WeakMap();
function keyed(source, key) {
  contentKeys.set(source, key);
  return source;
}
function contentKey(source) {
  return contentKeys.get(source);
}
function cacheKey(kind, bytes) {
  return createHash("sha1").update(validatorStamp()).update(`\0${kind}\0`).update(bytes).digest("hex");
}
function readCached(key) {
  const dir = cacheDir();
  if (!dir) return void 0;
  const file = join(dir, `${key}.json`);
  let text;
  try {
    text = readFileSync2(file, "utf8");
  } catch {
    debug(`miss ${key}`);
    return void 0;
  }
  try {
    const entry = JSON.parse(text);
    if (entry && entry.format === FORMAT && entry.key === key && "data" in entry) {
      debug(`hit ${key}`);
      return withLazyKeys(entry.data, entry.lazy);
    }
  } catch {
  }
  debug(`ignored a corrupt entry ${file}`);
  return void 0;
}
var CACHE_LIMITS = { entries: 400, bytes: 256 * 1024 * 1024 };
function pruneCache(dir, limits = CACHE_LIMITS) {
  let entries;
  try {
    entries = [];
    const now = Date.now();
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      if (name.endsWith(".tmp")) {
        if (now - statSync(file).mtimeMs > 36e5) unlinkSync(file);
        continue;
      }
      if (!name.endsWith(".json")) continue;
      const st = statSync(file);
      entries.push({ file, size: st.size, mtime: st.mtimeMs });
    }
  } catch {
    return;
  }
  let bytes = entries.reduce((n, e) => n + e.size, 0);
  if (entries.length <= limits.entries && bytes <= limits.bytes) return;
  entries.sort((a, b) => a.mtime - b.mtime);
  let count = entries.length;
  for (const e of entries) {
    if (count <= limits.entries && bytes <= limits.bytes) break;
    try {
      unlinkSync(e.file);
      debug(`removed ${e.file} (cache full)`);
    } catch {
    }
    count--;
    bytes -= e.size;
  }
}
function withLazyKeys(data, lazy) {
  if (!lazy || data === null || typeof data !== "object") return data;
  for (const [k, text] of Object.entries(lazy)) {
    Object.defineProperty(data, k, {
      configurable: true,
      enumerable: true,
      get() {
        const value = JSON.parse(text);
        Object.defineProperty(data, k, { value, configurable: true, enumerable: true, writable: true });
        return value;
      }
    });
  }
  return data;
}
function writeCached(key, data, lazyKeys = []) {
  const dir = cacheDir();
  if (!dir) return;
  const file = join(dir, `${key}.json`);
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  let entry = { format: FORMAT, key, data };
  if (data !== null && typeof data === "object" && !Array.isArray(data) && lazyKeys.some((k) => k in data)) {
    const rest = { ...data };
    const lazy = {};
    for (const k of lazyKeys) {
      if (!(k in rest)) continue;
      lazy[k] = JSON.stringify(rest[k]);
      delete rest[k];
    }
    entry = { format: FORMAT, key, data: rest, lazy };
  }
  try {
    writeFileSync(tmp, JSON.stringify(entry), { mode: 384 });
    renameSync(tmp, file);
    debug(`wrote ${key}`);
    pruneCache(dir);
  } catch (err) {
    debug(`cannot write ${file}: ${err.message}`);
    try {
      unlinkSync(tmp);
    } catch {
    }
  }
}

// src/packs/index-cache.ts
var MIN_TERMS = 200;
function entityIndexOf(packs) {
  const key = indexKey(packs);
  const cached = key === void 0 ? void 0 : readCached(key);
  if (cached !== void 0) {
    try {
      return EntityIndex.fromCompiled(cached);
    } catch {
    }
  }
  const index = new EntityIndex();
  for (const p of packs) index.addPack(p.source, p.name);
  index.seal();
  if (key !== void 0 && index.matcher.termCount >= MIN_TERMS) writeCached(key, index.toCompiled());
  return index;
}
function indexKey(packs) {
  const parts2 = [];
  for (const p of packs) {
    const k = contentKey(p.source);
    if (k === void 0) return void 0;
    parts2.push(`${p.name}\0${k}`);
  }
  return parts2.length > 0 ? cacheKey("entity-index", parts2.join("\n")) : void 0;
}

// src/match/phrase-matcher.ts
var PhraseSyntaxError = class extends Error {
};
function plainChildren(next) {
  const out = /* @__PURE__ */ new Map();
  for (const [k, n] of next) if (k.startsWith(SEP)) out.set(k.slice(SEP.length), n);
  return out;
}
var MAX_EXPANSIONS = 256;
var ANY = "*";
var SEP = "";
var SEP_CHARS = {
  "\u2019": "'",
  "\u2018": "'",
  "\u02BC": "'",
  "`": "'",
  "\xB4": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u201E": '"',
  "\xAB": '"',
  "\xBB": '"',
  "\u2010": "-",
  "\u2011": "-",
  "\u2014": "\u2013"
};
function normalisePunctuation(s) {
  if (s === " " || s === "") return "";
  let out = "";
  for (const ch of s) {
    if (/\s/u.test(ch)) continue;
    out += SEP_CHARS[ch] ?? ch;
  }
  return out;
}
function parsePhrase(phrase) {
  const tokens = [];
  let pending = "";
  let coreFrom = -1;
  let coreTo = -1;
  let slotCount = 0;
  let i = 0;
  const literal = (text) => {
    const ws = words(text);
    let cursor = 0;
    for (const w of ws) {
      const sep = pending + normalisePunctuation(text.slice(cursor, w.start));
      const raw = text.slice(w.start, w.end);
      tokens.push({ sep, choices: [{ keys: [w.key], raws: [raw], seps: [""] }], optional: false });
      pending = "";
      cursor = w.end;
    }
    pending += normalisePunctuation(text.slice(cursor));
  };
  while (i < phrase.length) {
    const ch = phrase[i];
    if (ch === "{") {
      const close = phrase.indexOf("}", i);
      if (close < 0) throw new PhraseSyntaxError(`unclosed '{' in phrase '${phrase}'`);
      const body = phrase.slice(i + 1, close);
      if (body.includes("{")) throw new PhraseSyntaxError(`nested '{' in phrase '${phrase}'`);
      slotCount++;
      if (body.trim() === "word") {
        tokens.push({ sep: pending, choices: "any", optional: false, slot: slotCount });
      } else {
        const alts = body.split("|").map((a) => a.trim());
        const choices = [];
        for (const alt of alts.filter((a) => a !== "")) {
          const ws = words(alt);
          if (ws.length === 0) throw new PhraseSyntaxError(`alternative '${alt}' has no word in phrase '${phrase}'`);
          choices.push({
            keys: ws.map((w) => w.key),
            raws: ws.map((w) => alt.slice(w.start, w.end)),
            seps: ws.map((w, k) => k === 0 ? "" : normalisePunctuation(alt.slice(ws[k - 1].end, w.start)))
          });
        }
        if (choices.length === 0) throw new PhraseSyntaxError(`empty slot '{${body}}' in phrase '${phrase}'`);
        tokens.push({ sep: pending, choices, optional: alts.includes(""), slot: slotCount });
      }
      pending = "";
      i = close + 1;
    } else if (ch === "[" || ch === "]") {
      if (ch === "[" ? coreFrom >= 0 : coreFrom < 0 || coreTo >= 0) {
        throw new PhraseSyntaxError(`misplaced '${ch}' in phrase '${phrase}' (one [ ] pair marks the part to report)`);
      }
      if (ch === "[") coreFrom = tokens.length;
      else coreTo = tokens.length;
      i++;
    } else if (ch === "}") {
      throw new PhraseSyntaxError(`unmatched '}' in phrase '${phrase}'`);
    } else {
      let j = i;
      while (j < phrase.length && !"{}[]".includes(phrase[j])) j++;
      literal(phrase.slice(i, j));
      i = j;
    }
  }
  if (coreFrom >= 0 && coreTo < 0) throw new PhraseSyntaxError(`unclosed '[' in phrase '${phrase}'`);
  if (tokens.length === 0 || tokens.every((t) => t.optional)) {
    throw new PhraseSyntaxError(`phrase '${phrase}' has no required word`);
  }
  if (coreFrom === coreTo && coreFrom >= 0) throw new PhraseSyntaxError(`empty [ ] in phrase '${phrase}'`);
  return {
    tokens,
    coreFrom: coreFrom < 0 ? 0 : coreFrom,
    coreTo: coreTo < 0 ? tokens.length : coreTo,
    tail: pending,
    slotCount
  };
}
function expand(p, source) {
  let paths = [{ keys: [], spec: [], carry: "" }];
  p.tokens.forEach((t, ti) => {
    const next = [];
    for (const path of paths) {
      if (t.optional) next.push({ ...path, carry: path.carry + t.sep });
      const first = (sep) => path.keys.length === 0 ? "" : path.carry + sep;
      if (t.choices === "any") {
        next.push({ keys: [...path.keys, first(t.sep) + SEP + ANY], spec: [...path.spec, { token: ti, slot: t.slot }], carry: "" });
        continue;
      }
      for (const c of t.choices) {
        const keys = [...path.keys];
        const spec = [...path.spec];
        c.keys.forEach((k, n) => {
          keys.push((n === 0 ? first(t.sep) : c.seps[n]) + SEP + k);
          spec.push({ token: ti, slot: t.slot, raw: c.raws[n] });
        });
        next.push({ keys, spec, carry: "" });
      }
    }
    if (next.length > MAX_EXPANSIONS) {
      throw new PhraseSyntaxError(`phrase '${source}' expands to more than ${MAX_EXPANSIONS} word sequences`);
    }
    paths = next;
  });
  return paths.filter((x) => x.keys.length > 0);
}
var PhraseMatcher = class {
  root = { next: /* @__PURE__ */ new Map() };
  count = 0;
  /** The root's children by bare word key: the scan looks each word up without building a string (made on first match). */
  firstWords;
  /** Add a phrase (throws PhraseSyntaxError on bad syntax). */
  add(phrase, value, options = {}) {
    const parsed = parsePhrase(phrase);
    this.firstWords = void 0;
    for (const path of expand(parsed, phrase)) {
      let node = this.root;
      for (const k of path.keys) {
        node.next ??= /* @__PURE__ */ new Map();
        node.plain = void 0;
        let child = node.next.get(k);
        if (!child) node.next.set(k, child = {});
        node = child;
      }
      const inCore = path.spec.map((s) => s.token >= parsed.coreFrom && s.token < parsed.coreTo);
      const a = inCore.indexOf(true);
      const core = a < 0 ? [0, path.spec.length] : [a, inCore.lastIndexOf(true) + 1];
      (node.entries ??= []).push({
        value,
        spec: path.spec,
        tail: parsed.tail,
        core,
        slotCount: parsed.slotCount,
        matchCase: options.matchCase ?? false
      });
    }
    this.count++;
  }
  get size() {
    return this.count;
  }
  /** Can a match begin at a word of this folded key? (A caller that only wants matches at one word asks first.) */
  canStartWith(key) {
    const byWord = this.firstWords ??= plainChildren(this.root.next ?? /* @__PURE__ */ new Map());
    return byWord.has(key) || byWord.has(ANY);
  }
  /**
   * All non-overlapping matches, left to right; at each word the longest match
   * that `accept` takes wins.
   */
  match(text, ws, accept) {
    const out = [];
    const byWord = this.firstWords ??= plainChildren(this.root.next ?? /* @__PURE__ */ new Map());
    const anyWord = byWord.get(ANY);
    const found = [];
    const stack = [];
    let i = 0;
    while (i < ws.length) {
      const start = byWord.get(ws[i].key);
      if (!start && !anyWord) {
        i++;
        continue;
      }
      if (!anyWord && !start.entries && !mayContinue(text, ws, start, i + 1)) {
        i++;
        continue;
      }
      found.length = 0;
      if (start) stack.push({ node: start, j: i + 1 });
      if (anyWord) stack.push({ node: anyWord, j: i + 1 });
      while (stack.length) {
        const { node, j } = stack.pop();
        if (node.entries) found.push({ node, last: j });
        if (!node.next || j >= ws.length) continue;
        if (plainGap(text, ws, j)) {
          const plain = node.plain ??= plainChildren(node.next);
          const a = plain.get(ws[j].key);
          if (a) stack.push({ node: a, j: j + 1 });
          const b = plain.get(ANY);
          if (b) stack.push({ node: b, j: j + 1 });
          continue;
        }
        const gap = text.slice(ws[j - 1].end, ws[j].start);
        if (gap.length > 16 || /\n[^\S\n]*\n/.test(gap) || /\r[^\S\r\n]*\r/.test(gap)) continue;
        const sep = normalisePunctuation(gap);
        for (const k of [sep + SEP + ws[j].key, sep + SEP + ANY]) {
          const n = node.next.get(k);
          if (n) stack.push({ node: n, j: j + 1 });
        }
      }
      found.sort((a, b) => b.last - a.last);
      let taken;
      outer: for (const f of found) {
        for (const e of f.node.entries) {
          const m = this.build(text, ws, i, f.last, e);
          if (m && (!accept || accept(m))) {
            taken = m;
            break outer;
          }
        }
      }
      if (taken) {
        out.push(taken);
        i = taken.lastWord;
      } else i++;
    }
    return out;
  }
  build(text, ws, first, last, e) {
    if (e.matchCase) {
      for (let n = 0; n < e.spec.length; n++) {
        const raw = e.spec[n].raw;
        if (raw && raw !== raw.toLowerCase() && text.slice(ws[first + n].start, ws[first + n].end) !== raw) return void 0;
      }
    }
    let end = ws[last - 1].end;
    if (e.tail) {
      const after = matchTail(text, end, e.tail);
      if (after < 0) return void 0;
      end = after;
    }
    const slots = Array.from({ length: e.slotCount }, () => "");
    for (let n = 0; n < e.spec.length; n++) {
      const s = e.spec[n].slot;
      if (s === void 0) continue;
      const w = ws[first + n];
      const prev = n > 0 && e.spec[n - 1].slot === s ? ws[first + n - 1] : void 0;
      slots[s - 1] = prev ? slots[s - 1] + text.slice(prev.end, w.end) : text.slice(w.start, w.end);
    }
    const coreEnd = e.core[1] === e.spec.length ? end : ws[first + e.core[1] - 1].end;
    return {
      value: e.value,
      start: ws[first].start,
      end,
      coreStart: ws[first + e.core[0]].start,
      coreEnd,
      firstWord: first,
      lastWord: last,
      slots
    };
  }
};
function plainGap(text, ws, j) {
  const at = ws[j - 1].end;
  return ws[j].start === at + 1 && text.charCodeAt(at) === 32;
}
function mayContinue(text, ws, node, j) {
  if (!node.next || j >= ws.length) return false;
  if (!plainGap(text, ws, j)) return true;
  const plain = node.plain ??= plainChildren(node.next);
  return plain.has(ws[j].key) || plain.has(ANY);
}
function matchTail(text, pos, tail) {
  let p = pos;
  for (const ch of tail) {
    while (p < text.length && (text[p] === " " || text[p] === "	" || text[p] === "\xA0")) p++;
    if (p >= text.length || normalisePunctuation(text[p]) !== ch) return -1;
    p++;
  }
  return p;
}
function fillSlots(template, slots) {
  return template.replace(/\{(\d)\}/g, (whole, n) => slots[Number(n) - 1] ?? whole).replace(/\s{2,}/g, " ").trim();
}

// src/match/safe-regex.ts
import { createRequire as createRequire2 } from "node:module";
var safeRegexFn;
function safeRegex(source) {
  safeRegexFn ??= createRequire2(import.meta.url)("safe-regex2");
  return safeRegexFn(source);
}
function regexProblem(source) {
  try {
    new RegExp(source, "iu");
  } catch (err) {
    return `invalid regular expression: ${err.message.replace(/^Invalid regular expression: /, "")}`;
  }
  const structural = scan(source);
  if (structural) return structural;
  if (!safeRegex(source)) return `regular expression '${source}' nests quantifiers (like (a+)+) and may backtrack catastrophically`;
  return void 0;
}
function scan(source) {
  const groups = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      const next = source[i + 1] ?? "";
      if (!inClass && (/[1-9]/.test(next) || next === "k" && source[i + 2] === "<")) {
        return `regular expression '${source}' uses a back-reference, which is not allowed in packs`;
      }
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "(") groups.push({ alt: false });
    else if (c === "|" && groups.length > 0) groups[groups.length - 1].alt = true;
    else if (c === ")") {
      const g = groups.pop();
      if (g?.alt && repeats(source, i + 1)) {
        return `regular expression '${source}' repeats a group with alternatives (like (a|b)+), which may backtrack catastrophically: use a character class`;
      }
    }
  }
  return void 0;
}
function repeats(source, i) {
  const c = source[i];
  if (c === "*" || c === "+") return true;
  if (c !== "{") return false;
  const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
  if (!m) return false;
  if (m[2] === void 0) return Number(m[1]) > 1;
  return m[3] === "" || Number(m[3]) > 1;
}

// src/packs/phrase-data.ts
function packsFor(packs, lang) {
  return packs.filter((p) => p.data.language === void 0 || p.data.language === lang);
}
function sectionItems(packs, lang, section) {
  const out = [];
  for (const pack of packsFor(packs, lang)) {
    const list = pack.data[section];
    if (!Array.isArray(list)) continue;
    list.forEach((item, i) => out.push({ item, pack, path: [section, i] }));
  }
  return out;
}
function repeatsFor(packs, lang) {
  return packsFor(packs, lang).filter((p) => p.data.repeats).map((pack) => ({ item: pack.data.repeats, pack, path: ["repeats"] }));
}
function asList(use) {
  return use === void 0 ? [] : Array.isArray(use) ? use : [use];
}
function checkPhraseData(source) {
  const data = source.data;
  const phrase = (path, text) => {
    try {
      return parsePhrase(String(text)).slotCount;
    } catch (err) {
      if (err instanceof PhraseSyntaxError) throw source.error(path, err.message);
      throw err;
    }
  };
  const regex = (path, text) => {
    const problem = regexProblem(String(text));
    if (problem) throw source.error(path, problem);
  };
  (data.calques ?? []).forEach((c, i) => {
    let slots = c.phrase !== void 0 ? phrase(["calques", i, "phrase"], c.phrase) : 0;
    if (c.regex !== void 0) {
      regex(["calques", i, "regex"], c.regex);
      slots = captureGroups(c.regex);
    }
    asList(c.use).forEach((u, k) => {
      for (const m of u.matchAll(/\{(\d)\}/g)) {
        if (Number(m[1]) < 1 || Number(m[1]) > slots) {
          const path = Array.isArray(c.use) ? ["calques", i, "use", k] : ["calques", i, "use"];
          throw source.error(path, `'${m[0]}' in '${u}' names no slot of the phrase (it has ${slots})`);
        }
      }
    });
  });
  (data.boilerplate ?? []).forEach((b, i) => {
    for (const key of ["line", "label", "breadcrumb"]) if (b[key] !== void 0) phrase(["boilerplate", i, key], b[key]);
    (b["line-of"] ?? []).forEach((w, k) => phrase(["boilerplate", i, "line-of", k], w));
    if (b.regex !== void 0) regex(["boilerplate", i, "regex"], b.regex);
  });
  (data.terms ?? []).forEach((g, i) => {
    phrase(["terms", i, "preferred"], g.preferred);
    g.members.forEach((m, k) => phrase(typeof m === "string" ? ["terms", i, "members", k] : ["terms", i, "members", k, "text"], typeof m === "string" ? m : m.text));
    (g.except ?? []).forEach((e, k) => phrase(["terms", i, "except", k], e));
  });
  const repeats2 = data.repeats;
  (repeats2?.allow ?? []).forEach((a, k) => phrase(["repeats", "allow", k], a));
  (repeats2?.connectors ?? []).forEach((a, k) => phrase(["repeats", "connectors", k], a));
}
function captureGroups(source) {
  return new RegExp(`${source}|`, "u").exec("").length - 1;
}

// src/packs/schema.ts
import { readFileSync as readFileSync3 } from "node:fs";
import { createRequire as createRequire3 } from "node:module";
var validators = /* @__PURE__ */ new Map();
function schemaPath(name) {
  return new URL(`../../schemas/${name}.schema.json`, import.meta.url);
}
function validator(name) {
  let v = validators.get(name);
  if (!v) {
    const schema = JSON.parse(readFileSync3(schemaPath(name), "utf8"));
    const { Ajv } = createRequire3(import.meta.url)("ajv");
    const ajv = new Ajv({ allErrors: true, strict: false });
    v = ajv.compile(schema);
    validators.set(name, v);
  }
  return v;
}
function validateAgainst(name, source, what) {
  const validate = validator(name);
  if (validate(source.data)) return;
  const err = pickError(validate.errors ?? []);
  const path = err.instancePath.split("/").slice(1).map(decodePointer);
  if (err.keyword === "additionalProperties") {
    const key = err.params.additionalProperty;
    throw source.error([...path, key], `unknown key '${key}' in ${describe(path, what)}`, true);
  }
  if (err.keyword === "required") {
    const key = err.params.missingProperty;
    throw source.error(path, `missing required key '${key}' in ${describe(path, what)}`);
  }
  if (err.keyword === "enum") {
    const allowed = err.params.allowedValues.join(", ");
    throw source.error(path, `${describe(path, what)} must be one of: ${allowed}`);
  }
  throw source.error(path, `${describe(path, what)} ${err.message ?? "is invalid"}`);
}
function decodePointer(part) {
  const s = part.replace(/~1/g, "/").replace(/~0/g, "~");
  return /^\d+$/.test(s) ? Number(s) : s;
}
function describe(path, what) {
  if (path.length === 0) return what;
  return path.map((p) => typeof p === "number" ? `[${p}]` : p).join(".").replace(/\.\[/g, "[");
}
function pickError(errors) {
  const rank = (e) => e.instancePath.split("/").length * 10 + (e.keyword === "additionalProperties" ? 5 : e.keyword === "enum" || e.keyword === "required" ? 4 : e.keyword === "oneOf" ? 0 : 2);
  return [...errors].sort((a, b) => rank(b) - rank(a))[0];
}

// src/packs/load-pack.ts
var BUILTIN_DIR = fileURLToPath2(new URL("../../rules/", import.meta.url));
var PACK_DIRS = ["entities", "phrases"];
function builtinPackNames() {
  return PACK_DIRS.flatMap((d) => readdirSync2(resolve(BUILTIN_DIR, d))).filter((f) => f.endsWith(".yaml")).map((f) => f.slice(0, -".yaml".length)).sort();
}
function resolvePack(ref, baseDir) {
  if (!/[\\/]/.test(ref) && !/\.(ya?ml|json)$/.test(ref)) {
    const file = PACK_DIRS.map((d) => resolve(BUILTIN_DIR, d, `${ref}.yaml`)).find((f) => existsSync(f));
    if (!file) {
      throw new TranslintError(`unknown built-in pack '${ref}' (built-in packs: ${builtinPackNames().join(", ")})`);
    }
    return { file, builtin: true };
  }
  return { file: resolve(baseDir, ref), builtin: false };
}
function loadPackFile(file, builtin = false) {
  if (!existsSync(file)) throw new TranslintError("pack file not found", { file });
  return toPack(loadCheckedYaml(file, "pack", checkPackSource), builtin);
}
function loadPackText(text, file) {
  return checkPack(parseYaml(text, file), false);
}
function checkPack(source, builtin) {
  checkPackSource(source);
  return toPack(source, builtin);
}
function checkPackSource(source) {
  if (source.data === null || typeof source.data !== "object" || Array.isArray(source.data)) {
    throw new TranslintError("a pack must be a YAML mapping with a `pack` key", { file: source.file, line: 1, column: 1 });
  }
  validateAgainst("pack", source, "pack");
  checkPhraseData(source);
}
function toPack(source, builtin) {
  const data = source.data;
  return { name: String(data.pack ?? basename(source.file)), file: source.file, builtin, source, data };
}
var PackSet = class {
  constructor(packs) {
    this.packs = packs;
    this.entities = entityIndexOf(packs);
  }
  entities;
  compiled = /* @__PURE__ */ new Map();
  /** Compile something from the packs once (e.g. a rule's phrase matcher) and reuse it for every document. */
  cached(key, build) {
    if (!this.compiled.has(key)) this.compiled.set(key, build(this.packs));
    return this.compiled.get(key);
  }
};
function loadPacks(refs, baseDir) {
  const seen = /* @__PURE__ */ new Set();
  const packs = [];
  for (const ref of refs) {
    const { file, builtin } = resolvePack(ref, baseDir);
    if (seen.has(file)) continue;
    seen.add(file);
    packs.push(loadPackFile(file, builtin));
  }
  return new PackSet(packs);
}

export {
  fold,
  stripDiacritics,
  words,
  parsePhrase,
  PhraseMatcher,
  fillSlots,
  sectionItems,
  repeatsFor,
  asList,
  HYPHEN_ARTICLES,
  coreWords,
  coreKeys,
  coreSlice,
  TranslintError,
  readYamlFile,
  loadCheckedYaml,
  validateAgainst,
  builtinPackNames,
  resolvePack,
  loadPackText,
  loadPacks
};
