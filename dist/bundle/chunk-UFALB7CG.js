import { createRequire as __translintRequire } from 'node:module'; const require = __translintRequire(import.meta.url);
import {
  TranslintError
} from "./chunk-XHA63K7B.js";

// src/io/atomic-write.ts
import * as nodeFs from "node:fs";
import { basename, dirname, join } from "node:path";
import { randomBytes } from "node:crypto";
var pending = /* @__PURE__ */ new Set();
function removePendingTemps(fs = nodeFs) {
  for (const tmp of pending) {
    try {
      fs.unlinkSync(tmp);
    } catch {
    }
  }
  pending.clear();
}
function encodeText(text, bom) {
  return Buffer.from(bom ? `\uFEFF${text}` : text, "utf8");
}
function writeAll(fd, data, fs = nodeFs) {
  let done = 0;
  while (done < data.length) {
    const n = fs.writeSync(fd, data, done, data.length - done);
    if (!(n > 0)) throw Object.assign(new Error(`short write: ${done} of ${data.length} bytes written`), { code: "ENOSPC" });
    done += n;
  }
}
function kindOf(st) {
  if (st.isDirectory()) return "a directory";
  if (st.isFIFO()) return "a FIFO (named pipe)";
  if (st.isCharacterDevice()) return "a character device";
  if (st.isBlockDevice()) return "a block device";
  if (st.isSocket()) return "a socket";
  return "not a regular file";
}
function errorCode(err) {
  return err?.code ?? String(err?.message ?? err);
}
function writeTarget(file, fs = nodeFs) {
  let path = file;
  try {
    path = fs.realpathSync(file);
  } catch (err) {
    if (errorCode(err) !== "ENOENT") throw new TranslintError(`cannot write (${errorCode(err)})`, { file });
    try {
      const st = fs.lstatSync(file);
      if (st.isSymbolicLink()) throw new TranslintError("a symbolic link to a missing file: not written", { file });
    } catch (e) {
      if (e instanceof TranslintError) throw e;
    }
    return { path };
  }
  const existing = fs.statSync(path);
  if (!existing.isFile()) throw new TranslintError(`${kindOf(existing)}: not written (only regular files are written)`, { file });
  return { path, existing };
}
var AtomicFile = class {
  constructor(file, options = {}, fs = nodeFs) {
    this.file = file;
    this.fs = fs;
    const { path, existing } = writeTarget(file, fs);
    this.target = path;
    this.mode = (options.mode ?? existing?.mode ?? 438 & ~currentUmask()) & 4095;
    if (existing && process.getuid?.() === 0) this.owner = { uid: existing.uid, gid: existing.gid };
    this.tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
    try {
      this.fd = fs.openSync(this.tmp, "wx", 384);
    } catch (err) {
      throw this.failure(err);
    }
    pending.add(this.tmp);
  }
  target;
  tmp;
  fd;
  bytes = 0;
  mode;
  owner;
  write(data) {
    const buf = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    try {
      writeAll(this.fd, buf, this.fs);
      this.bytes += buf.length;
    } catch (err) {
      this.abandon();
      throw this.failure(err);
    }
  }
  /** Check, fsync and rename into place; then fsync the folder. */
  commit() {
    try {
      const fd = this.fd;
      const size = this.fs.fstatSync(fd).size;
      if (size !== this.bytes) throw Object.assign(new Error(`short write: ${size} of ${this.bytes} bytes on disk`), { code: "EIO" });
      this.fs.fchmodSync(fd, this.mode);
      if (this.owner) {
        try {
          this.fs.fchownSync(fd, this.owner.uid, this.owner.gid);
        } catch {
        }
      }
      this.fs.fsyncSync(fd);
      this.fs.closeSync(fd);
      this.fd = void 0;
      this.fs.renameSync(this.tmp, this.target);
      pending.delete(this.tmp);
    } catch (err) {
      this.abandon();
      throw this.failure(err);
    }
    syncDir(dirname(this.target), this.fs);
  }
  abandon() {
    if (this.fd !== void 0) {
      try {
        this.fs.closeSync(this.fd);
      } catch {
      }
      this.fd = void 0;
    }
    try {
      this.fs.unlinkSync(this.tmp);
    } catch {
    }
    pending.delete(this.tmp);
  }
  failure(err) {
    if (err instanceof TranslintError) return err;
    const code = errorCode(err);
    const why = code === "ENOSPC" ? "no space left on the device" : code === "EROFS" ? "read-only file system" : code === "EACCES" || code === "EPERM" ? "permission denied" : code;
    return new TranslintError(`cannot write (${why}); the file is unchanged`, { file: this.file });
  }
};
var umask;
function currentUmask() {
  return umask ??= 18;
}
function syncDir(dir, fs) {
  let fd;
  try {
    fd = fs.openSync(dir, "r");
    fs.fsyncSync(fd);
  } catch {
  } finally {
    if (fd !== void 0) fs.closeSync(fd);
  }
}
function writeFileVerified(file, data, options = {}, fs = nodeFs) {
  const out = new AtomicFile(file, options, fs);
  out.write(data);
  out.commit();
}
async function writeTextAtomic(file, text, options) {
  writeFileVerified(file, encodeText(text, options.bom), { mode: options.mode });
}

// src/io/read-file.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
var MAX_TEXT_BYTES = 32 * 1024 * 1024;
var MAX_DATA_BYTES = 64 * 1024 * 1024;
function maxTextBytes() {
  const env = Number(process.env.TRANSLINT_MAX_FILE_SIZE);
  return Number.isInteger(env) && env > 0 ? env : MAX_TEXT_BYTES;
}
function describeErrno(err) {
  const code = errorCode(err);
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ELOOP":
      return "too many levels of symbolic links (a symbolic link loop)";
    case "ENAMETOOLONG":
      return "file name too long";
    case "ENOTDIR":
      return "a part of the path is not a folder";
    case "EISDIR":
      return "a directory";
    case "EIO":
      return "input/output error";
    default:
      return code;
  }
}
function mib(n) {
  return `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MiB`;
}
function readUpTo(fd, size) {
  const buf = Buffer.allocUnsafe(size);
  let done = 0;
  while (done < buf.length) {
    const n = readSync(fd, buf, done, buf.length - done, done);
    if (n === 0) break;
    done += n;
  }
  return done === buf.length ? buf : buf.subarray(0, done);
}
function readRegularFile(file, maxBytes, what = "file") {
  let fd;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    throw new TranslintError(`cannot read ${what}: ${describeErrno(err)}`, { file });
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) {
      const hint = st.isFIFO() || st.isCharacterDevice() ? " (use '-' for standard input)" : "";
      throw new TranslintError(`${kindOf(st)}, not a regular file: not read${what === "file" ? hint : ""}`, { file });
    }
    if (st.size > maxBytes) {
      throw new TranslintError(`${what} too large (${mib(st.size)}; the limit is ${mib(maxBytes)}): not read`, { file });
    }
    return readUpTo(fd, st.size);
  } catch (err) {
    if (err instanceof TranslintError) throw err;
    throw new TranslintError(`cannot read ${what}: ${describeErrno(err)}`, { file });
  } finally {
    closeSync(fd);
  }
}
function firstInvalidUtf8(b) {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 128) {
      i++;
      continue;
    }
    let n;
    let lo = 128;
    let hi = 191;
    if (c >= 194 && c <= 223) n = 1;
    else if (c >= 224 && c <= 239) {
      n = 2;
      if (c === 224) lo = 160;
      if (c === 237) hi = 159;
    } else if (c >= 240 && c <= 244) {
      n = 3;
      if (c === 240) lo = 144;
      if (c === 244) hi = 143;
    } else return i;
    if (i + n >= b.length) return i;
    for (let k = 1; k <= n; k++) {
      const x = b[i + k];
      if (x === void 0 || x < (k === 1 ? lo : 128) || x > (k === 1 ? hi : 191)) return i;
    }
    i += n + 1;
  }
  return -1;
}

// src/packs/load-pack.ts
import { existsSync, readdirSync as readdirSync2 } from "node:fs";
import { basename as basename2, resolve } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";

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

// src/match/loose-names.ts
var CONNECTORS = new Set(
  [
    "of",
    "the",
    "for",
    "and",
    "in",
    "on",
    "de",
    "du",
    "des",
    "la",
    "le",
    "les",
    "pour",
    "et",
    "en",
    "au",
    "aux",
    "der",
    "die",
    "das",
    "den",
    "dem",
    "von",
    "fur",
    "und",
    "zur",
    "zum",
    "im",
    "del",
    "el",
    "los",
    "las",
    "para",
    "por",
    "y",
    "di",
    "della",
    "dei",
    "degli",
    "delle",
    "dello",
    "per",
    "e",
    "il",
    "lo",
    "i",
    "gli",
    "nella",
    "nel"
  ].map((w) => stripDiacritics(w))
);
var GENERIC = [
  "forces",
  "force",
  "army",
  "government",
  "council",
  "party",
  "movement",
  "front",
  "organization",
  "organisation",
  "committee",
  "commission",
  "authority",
  "body",
  "units",
  "unit",
  "brigades",
  "brigade",
  "group",
  "assembly",
  "parliament",
  "house",
  "union",
  "alliance",
  "coalition",
  "agency",
  "ministry",
  "court",
  "corporation",
  "company",
  "mission",
  "association",
  "current",
  "bloc",
  "league",
  "militia",
  "militias",
  "forum",
  "office",
  "service",
  "armee",
  "gouvernement",
  "conseil",
  "parti",
  "mouvement",
  "comite",
  "autorite",
  "unites",
  "groupe",
  "assemblee",
  "parlement",
  "chambre",
  "agence",
  "ministere",
  "courant",
  "milice",
  "krafte",
  "streitkrafte",
  "regierung",
  "rat",
  "partei",
  "bewegung",
  "komitee",
  "kommission",
  "behorde",
  "einheiten",
  "brigaden",
  "gruppe",
  "versammlung",
  "parlament",
  "allianz",
  "koalition",
  "agentur",
  "ministerium",
  "verband",
  "miliz",
  "fuerzas",
  "ejercito",
  "gobierno",
  "consejo",
  "partido",
  "movimiento",
  "frente",
  "organizacion",
  "comision",
  "autoridad",
  "unidades",
  "brigadas",
  "grupo",
  "asamblea",
  "parlamento",
  "camara",
  "union",
  "alianza",
  "coalicion",
  "agencia",
  "ministerio",
  "asociacion",
  "milicia",
  "forze",
  "esercito",
  "governo",
  "consiglio",
  "partito",
  "movimento",
  "fronte",
  "organizzazione",
  "comitato",
  "commissione",
  "autorita",
  "unita",
  "brigate",
  "gruppo",
  "assemblea",
  "camera",
  "unione",
  "alleanza",
  "coalizione",
  "agenzia",
  "ministero",
  "associazione",
  "milizia"
];
var ELISION = /^(?:d|l|qu|dell|dall|all|nell|sull|un)'/;
function looseKey(key) {
  let k = key.indexOf("'") > 0 ? key.replace(ELISION, "") : key;
  if (k.length > 5 && k.endsWith("s")) k = k.slice(0, -1);
  if (k.length > 6 && k.endsWith("en")) k = k.slice(0, -1);
  if (k.length > 5 && k.endsWith("e")) k = k.slice(0, -1);
  return k;
}
var GENERIC_KEYS = new Set(GENERIC.map(looseKey));
var isConnector = (key) => CONNECTORS.has(key) || key === "d" || key === "l";
var FUNCTION_BEFORE = CONNECTORS;
var LooseNames = class _LooseNames {
  /** Forms by each of their non-generic content keys. */
  byKey = /* @__PURE__ */ new Map();
  size = 0;
  /**
   * The bag of a form from the folded keys of its words (without articles):
   * undefined when it has fewer than two content words, a word twice, or
   * generic words only (such a form is never matched loosely).
   */
  static bag(keys) {
    const content = [];
    for (const k of keys) {
      const bare = k.replace(ELISION, "");
      if (isConnector(bare)) continue;
      content.push(looseKey(k));
    }
    if (content.length < 2 || new Set(content).size !== content.length) return void 0;
    const generic = content.map((k) => GENERIC_KEYS.has(k));
    if (generic.every(Boolean)) return void 0;
    return { content, generic };
  }
  /** Add a form from the folded keys of its words (without articles); ignored when it has no bag (see `bag`). */
  add(keys, value) {
    const bag = _LooseNames.bag(keys);
    if (bag) this.addBag(bag.content, bag.generic, () => value);
  }
  /** Add a form by its bag, the value read only when a text has one of its words (a compiled index's term rows). */
  addBag(content, generic, get) {
    let value;
    const form = {
      get value() {
        return value ??= get();
      },
      content,
      generic
    };
    for (const k of new Set(content)) {
      if (GENERIC_KEYS.has(k)) continue;
      let list = this.byKey.get(k);
      if (!list) this.byKey.set(k, list = []);
      list.push(form);
    }
    this.size++;
  }
  get formCount() {
    return this.size;
  }
  /**
   * Loose matches in `text` (its words given), outside the ranges `taken`
   * (sorted, non-overlapping: what exact terms matched). `applies` says
   * whether a form is for this document (its language); `named` whether the
   * document names the form's entity by a listed form (for cut-down forms).
   */
  find(text, ws, taken, applies, named) {
    const out = [];
    if (this.size === 0) return out;
    const keys = new Array(ws.length);
    for (let j = 0; j < ws.length; j++) keys[j] = looseKey(ws[j].key);
    let t = 0;
    let free = 0;
    for (let i = 0; i < ws.length; i++) {
      if (i < free) continue;
      const forms = this.byKey.get(keys[i]);
      if (!forms) continue;
      while (t < taken.length && taken[t].end <= ws[i].start) t++;
      if (t < taken.length && taken[t].start < ws[i].end) continue;
      let best;
      let listed = -1;
      for (const f of forms) {
        if (!applies(f.value)) continue;
        const m = this.matchForm(text, ws, keys, i, f, taken, named, free);
        if (typeof m === "number") listed = Math.max(listed, m);
        else if (m && (!best || m.size > best.size)) best = m;
      }
      if (listed >= 0) {
        free = listed + 1;
        continue;
      }
      if (best) {
        out.push(best.m);
        free = best.last + 1;
      }
    }
    return out;
  }
  matchForm(text, ws, keys, i, f, taken, named, floor) {
    const inForm = (j) => f.content.indexOf(keys[j]);
    const maxLen = f.content.length + 4;
    let extra = -1;
    const inRun = /* @__PURE__ */ new Set([inForm(i)]);
    const fits = (j) => {
      const k = inForm(j);
      if (k >= 0) {
        if (inRun.has(k)) return false;
        inRun.add(k);
        return true;
      }
      if (isConnector(bareKey(ws[j].key))) return true;
      if (extra < 0 && f.content.length >= 3 && capitalised(text, ws[j])) {
        extra = j;
        return true;
      }
      return false;
    };
    let lo = i;
    while (lo > floor && i - lo < maxLen && joined(text, ws[lo - 1].end, ws[lo].start) && !isTaken(ws[lo - 1], taken) && fits(lo - 1)) lo--;
    let hi = i;
    while (hi + 1 < ws.length && hi - lo < maxLen && joined(text, ws[hi].end, ws[hi + 1].start) && !isTaken(ws[hi + 1], taken) && fits(hi + 1)) hi++;
    while (lo < hi && inForm(lo) < 0) lo++;
    while (hi > lo && inForm(hi) < 0) hi--;
    if (extra > hi || extra < lo) extra = -1;
    const order = [];
    const seen = /* @__PURE__ */ new Set();
    let caps = 0;
    let lowerContent = 0;
    for (let j = lo; j <= hi; j++) {
      const k = inForm(j);
      if (k < 0) continue;
      if (seen.has(k)) return void 0;
      seen.add(k);
      order.push(k);
      if (capitalised(text, ws[j])) caps++;
      else lowerContent++;
    }
    if (caps < 2) return void 0;
    if (lo > 0 && joined(text, ws[lo - 1].end, ws[lo].start) && capitalised(text, ws[lo - 1]) && !FUNCTION_BEFORE.has(bareKey(ws[lo - 1].key))) return void 0;
    if (hi + 1 < ws.length && joined(text, ws[hi].end, ws[hi + 1].start) && capitalised(text, ws[hi + 1]) && !isConnector(bareKey(ws[hi + 1].key))) return void 0;
    const all = seen.size === f.content.length;
    const inOrder = order.every((k, n) => n === 0 || k > order[n - 1]);
    let kind;
    if (all) {
      if (extra >= 0) kind = "extra";
      else if (!inOrder) kind = "reordered";
      else return hi;
    } else {
      if (extra >= 0 || !inOrder || lowerContent > 0 || seen.size < 2) return void 0;
      for (let k = 0; k < f.content.length; k++) if (!seen.has(k) && !f.generic[k]) return void 0;
      if (!named(f.value)) return void 0;
      kind = "partial";
    }
    return { m: { value: f.value, kind, start: ws[lo].start, end: ws[hi].end }, last: hi, size: seen.size };
  }
};
function bareKey(key) {
  return key.replace(ELISION, "");
}
function isTaken(w, taken) {
  for (const r of taken) if (r.start < w.end && w.start < r.end) return true;
  return false;
}
function capitalised(text, w) {
  let i = w.start;
  const apo = w.key.search(/'/);
  if (apo > 0 && apo <= 4 && ELISION.test(w.key)) i = w.start + apo + 1;
  const c = text.charAt(i);
  return c !== c.toLowerCase();
}
function joined(text, end, start) {
  if (start - end !== 1) return false;
  const c = text.charCodeAt(end);
  return c === 32 || c === 45 || c === 160 || c === 8208 || c === 8209;
}

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

// src/text/words.ts
var CLASS = new Uint8Array(65536);
var APOSTROPHES = "'\u2019\u02BC";
var AYN = "\u02BF\u02BE";
{
  const codes = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) codes[c] = c >= 55296 && c <= 57343 ? 32 : c;
  const all = new TextDecoder("utf-16le").decode(codes);
  for (const m of all.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) CLASS.fill(1, m.index, m.index + m[0].length);
  CLASS.fill(1, 55296, 56320);
  CLASS.fill(0, 55356, 55359);
  CLASS.fill(5, 56320, 57344);
  CLASS[65039] = 0;
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
      if (c === 1 || c === 5) continue;
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
        if (cls === 1 || cls === 5) continue;
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
    const ends = (x) => x.values !== void 0 && x.values.length > 0 && (!glued || x.values.some(allow));
    let bestLast = ends(node) ? first + 1 : -1;
    let bestNode = node;
    let j = first + 1;
    for (let w = node.next && ws.get(j); w && node.next; w = node.next && ws.get(j)) {
      if (!joined2(text, ws.get(j - 1).end, w.start)) break;
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
function joined2(text, end, start) {
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
function looseEligible(t) {
  if (t.entity.type !== "organisation" || t.keys.length < 2) return false;
  return t.kind === "alias" || t.kind === "name" && t.part !== void 0 && t.part[0] === 0 && t.part[1] >= coreKeys(t.entity.canonical.en).length;
}
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
  _loose;
  /** Where each explicit spelling was declared, for conflict messages. */
  /** Ids of the entities that came from built-in packs (until `seal`). */
  builtinIds = /* @__PURE__ */ new Set();
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
  /** Organisation names matched loosely (in another order, cut down, with a word added), made on first use. */
  get loose() {
    if (!this._loose) {
      const loose = new LooseNames();
      if (this.compiled) {
        const terms = this.compiled.terms;
        for (const [k, content, mask] of this.compiled.loose) {
          const keys = content.split(" ");
          loose.addBag(keys, keys.map((_, i) => (mask & 1 << i) !== 0), () => terms.get(k));
        }
      } else for (const t of this.added) if (looseEligible(t)) loose.add(t.keys, t);
      this._loose = loose;
    }
    return this._loose;
  }
  /** How many entities the packs have (without reading a compiled index's rows). */
  get entityCount() {
    return this.compiled ? this.compiled.entities.length : this.byId.size;
  }
  /** Forget what only the conflict checks need (where each spelling was declared): call once every pack is in. */
  seal() {
    this.owners.clear();
    this.declared.clear();
    this.builtinIds.clear();
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
      groupEnds,
      loose: this.added.flatMap((t, i) => {
        const bag = looseEligible(t) ? LooseNames.bag(t.keys) : void 0;
        return bag ? [[i, bag.content.join(" "), bag.generic.reduce((m, g, j) => g ? m | 1 << j : m, 0)]] : [];
      })
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
    if (!Array.isArray(groupTerms) || !Array.isArray(groupEnds) || !Array.isArray(data.loose) || firstKeys.length !== groupEnds.length) {
      throw new Error("not a compiled index");
    }
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
    index.compiled = { entities, terms, groupTerms, groupEnds, loose: data.loose };
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
  /**
   * Add the `entities` of one pack file. `builtin`: a pack shipped with
   * translint, which the user's own packs may extend or override: an entity
   * with `extends: true` adds to the earlier entity of its id, one with
   * `override: true` (or a user entity with a built-in entity's id, or one
   * claiming a built-in entity's spelling) replaces it. Between two user
   * packs, the same id without either key, or one spelling claimed by two
   * entities, is an error.
   */
  addPack(source, packName, builtin = false) {
    const raw = source.data.entities ?? [];
    raw.forEach((e, i) => this.addEntity(e, source, packName, ["entities", i], builtin));
  }
  addEntity(given, source, pack, path, builtin) {
    let raw = given;
    const prev = this.declared.get(raw.id);
    if ((raw.extends || raw.override) && !prev) {
      throw source.error([...path, raw.extends ? "extends" : "override"], `no entity '${raw.id}' to ${raw.extends ? "extend" : "override"} in the packs loaded before this one`);
    }
    if (prev) {
      if (raw.extends) raw = mergeEntity(prev.raw, raw);
      else if (!raw.override && !(prev.builtin && !builtin)) {
        if (builtin && !prev.builtin) return;
        const line = prev.source.locate([...prev.path, "id"]).line;
        throw source.error([...path, "id"], `duplicate entity id '${raw.id}' (first declared at ${prev.source.file}:${line}; to replace it, add \`override: true\`, to add to it, \`extends: true\`)`);
      }
      this.removeEntity(raw.id);
    }
    this.builtinIds[builtin ? "add" : "delete"](raw.id);
    this.declared.set(raw.id, { source, path, raw, builtin });
    const entity = { id: raw.id, type: raw.type, canonical: raw.canonical, original: raw.original, note: raw.note, pack };
    this.byId.set(entity.id, entity);
    const enKeys = coreKeys(raw.canonical.en);
    const n = enKeys.length;
    for (const [lang, form] of Object.entries(raw.canonical)) {
      const keys = coreKeys(form);
      const full = [0, n];
      this.addTerm({ entity, kind: "name", text: form, keys, lang, part: full }, source, [...path, "canonical", lang], true);
      if (raw.type === "person" && raw.surname !== false && keys.length > 1 && (keys.length === n || lang === "en")) {
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
    if (owner && owner.entity !== term.entity.id && explicit && owner.explicit && this.builtinIds.has(owner.entity) !== this.builtinIds.has(term.entity.id)) {
      if (this.builtinIds.has(term.entity.id)) return;
      this.removeEntity(owner.entity);
      return this.addTerm(found, source, path, explicit);
    }
    if (owner && owner.entity !== term.entity.id) {
      if (explicit && owner.explicit) {
        throw source.error(
          path,
          `'${term.text}' is claimed by entity '${term.entity.id}' and by entity '${owner.entity}' (${owner.source.file}:${owner.source.locate(owner.path).line})`
        );
      }
      if (!owner.explicit && !explicit && this.sameImplicit(term, owner.entity)) return;
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
  /** Take out every term of an entity (replaced by a user pack's, or merged with an extension). */
  removeEntity(id) {
    for (let i = this.added.length - 1; i >= 0; i--) {
      const t = this.added[i];
      if (t.entity.id !== id) continue;
      const values = this.matcher.get(t.keys);
      const k = values ? values.indexOf(t) : -1;
      if (k >= 0) values.splice(k, 1);
      this.added.splice(i, 1);
    }
    for (const [sig, o] of this.owners) if (o.entity === id) this.owners.delete(sig);
    this.byId.delete(id);
    this.declared.delete(id);
    this.builtinIds.delete(id);
  }
  /** Does entity `ownerId` keep an implicit form spelled as `term` is (the same house surname)? */
  sameImplicit(term, ownerId) {
    const values = this.matcher.get(term.keys);
    return values?.some((t) => t.entity.id === ownerId && t.kind === "name" && stripDiacritics(t.text).toLowerCase() === stripDiacritics(term.text).toLowerCase()) ?? false;
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
function mergeEntity(base, ext) {
  const canonical = { ...base.canonical, ...ext.canonical ?? {} };
  const oldEn = base.canonical.en;
  const newEn = canonical.en;
  const oldKeys = coreKeys(oldEn);
  const newKeys = coreKeys(newEn);
  const variants = /* @__PURE__ */ new Map();
  const add = (key, list) => {
    const k = [...variants.keys()].find((x) => coreKeys(x).join(" ") === coreKeys(key).join(" ")) ?? key;
    const keyFold = coreKeys(k).join(" ");
    const have = variants.get(k) ?? [];
    for (const v of list) {
      const f = coreKeys(v).join(" ");
      if (f !== keyFold && !have.some((h) => coreKeys(h).join(" ") === f)) have.push(v);
    }
    variants.set(k, have);
  };
  const groups = (e, en) => Array.isArray(e.variants) ? [[en, e.variants]] : Object.entries(e.variants ?? {});
  const changed = oldKeys.join(" ") !== newKeys.join(" ");
  for (const [key, list] of groups(base, oldEn)) {
    if (!changed) {
      add(key, list);
      continue;
    }
    const at = findRun(oldKeys, coreKeys(key));
    if (at >= 0 && oldKeys.length === newKeys.length) {
      const len = coreKeys(key).length;
      add(coreSlice(newEn, at, at + len), [...list, coreSlice(oldEn, at, at + len)]);
    } else if (findRun(newKeys, coreKeys(key)) >= 0) add(key, list);
  }
  if (changed && oldKeys.length !== newKeys.length) add(newEn, [oldEn]);
  const extEn = ext.canonical?.en ?? newEn;
  for (const [key, list] of groups(ext, extEn)) add(key, list);
  for (const [k, list] of variants) if (list.length === 0) variants.delete(k);
  const aliases = [...base.aliases ?? []];
  for (const a of ext.aliases ?? []) {
    const i = aliases.findIndex((b) => b.text === a.text);
    if (i >= 0) aliases[i] = a;
    else aliases.push(a);
  }
  return {
    id: base.id,
    type: ext.type ?? base.type,
    canonical,
    original: ext.original ?? base.original,
    note: ext.note ?? base.note,
    variants: Object.fromEntries(variants),
    aliases
  };
}
function findRun(hay, needle) {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

// src/io/pack-cache.ts
import { createHash } from "node:crypto";
import { closeSync as closeSync2, constants as constants2, fstatSync as fstatSync2, lstatSync, mkdirSync, openSync as openSync2, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname as dirname2, join as join2, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";

// src/io/yaml-source.ts
import { createRequire } from "node:module";
var yamlLib;
function yaml() {
  return yamlLib ??= createRequire(import.meta.url)("yaml");
}
function readYamlFile(file) {
  return parseYaml(decodeUtf8(readRegularFile(file, MAX_DATA_BYTES, "data file"), file), file);
}
var strictUtf8 = new TextDecoder("utf-8", { fatal: true });
function decodeUtf8(bytes, file = "<data>") {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    let line = 1;
    for (let i = 0; i < bad; i++) if (bytes[i] === 10) line++;
    throw new TranslintError(`not UTF-8 (invalid byte at offset ${Math.max(bad, 0)}): save the file as UTF-8`, { file, line });
  }
}
function findLoneSurrogate(data, path = []) {
  if (typeof data === "string") return LONE_SURROGATE.test(data) ? path : void 0;
  if (Array.isArray(data)) {
    for (let i = 0; i < data.length; i++) {
      const p = findLoneSurrogate(data[i], [...path, i]);
      if (p) return p;
    }
  } else if (data !== null && typeof data === "object") {
    for (const [k, v] of Object.entries(data)) {
      if (LONE_SURROGATE.test(k)) return [...path, k];
      const p = findLoneSurrogate(v, [...path, k]);
      if (p) return p;
    }
  }
  return void 0;
}
var LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
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
    throw new TranslintError(`invalid YAML: ${yamlReason(first.message)}`, { file, line: pos.line, column: pos.col });
  }
  let data;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    throw new TranslintError(`invalid YAML: ${yamlReason(err.message)}`, { file });
  }
  const locate = (path, key = false) => {
    const offset = offsetOf(doc, path, key);
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  return {
    file,
    data,
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
function yamlReason(message) {
  const reason = message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
  return reason.length > 100 ? `${reason.slice(0, 100)}...` : reason;
}

// src/io/pack-cache.ts
var FORMAT = 3;
var ENTRY_NAME = /^[0-9a-f]{64}\.json$/;
var TEMP_NAME = /^[0-9a-f]{64}\.json\.\d+\.[0-9a-z]+\.tmp$/;
var stamp;
var memo;
function debug(message) {
  if (process.env.TRANSLINT_DEBUG?.split(",").includes("cache")) process.stderr.write(`translint: cache: ${message}
`);
}
function buildStamp() {
  if (stamp !== void 0) return stamp;
  try {
    const built = JSON.parse(readFileSync(new URL("../build-stamp.json", import.meta.url), "utf8"));
    if (typeof built.stamp === "string" && built.stamp.length > 0) return stamp = `${FORMAT}:${built.stamp}`;
  } catch {
  }
  const srcRoot = fileURLToPath(new URL("..", import.meta.url));
  const pkgRoot = dirname2(srcRoot);
  const h = createHash("sha256");
  const files = [...listFiles(srcRoot, /\.(ts|js|mjs)$/), ...listFiles(join2(pkgRoot, "schemas"), /\.json$/), join2(pkgRoot, "package.json")];
  for (const f of files.sort()) {
    try {
      h.update(relative(pkgRoot, f)).update("\0").update(readFileSync(f)).update("\0");
    } catch {
    }
  }
  return stamp = `${FORMAT}:src:${h.digest("hex")}`;
}
function listFiles(root, pattern) {
  const out = [];
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop();
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const p = join2(dir, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (e.isFile() && pattern.test(e.name)) out.push(p);
    }
  }
  return out;
}
function cacheDir() {
  const env = `${process.env.TRANSLINT_CACHE}|${process.env.TRANSLINT_CACHE_DIR}|${process.env.XDG_CACHE_HOME}|${process.env.HOME}`;
  if (memo?.env !== env) memo = { env, dir: openCacheDir() };
  return memo.dir;
}
function defaultCacheDir() {
  const xdg = process.env.XDG_CACHE_HOME;
  if (xdg && xdg.startsWith("/")) return join2(xdg, "translint");
  let home;
  try {
    home = process.env.HOME || homedir();
  } catch {
    return void 0;
  }
  return home ? join2(home, ".cache", "translint") : void 0;
}
function untrustedReason(dir) {
  let st;
  try {
    st = lstatSync(dir);
  } catch (err) {
    return `cannot stat (${err.code})`;
  }
  if (st.isSymbolicLink()) return "is a symbolic link";
  if (!st.isDirectory()) return "is not a folder";
  const uid = process.getuid?.();
  if (uid !== void 0 && st.uid !== uid) return `belongs to another user (uid ${st.uid})`;
  if (process.platform !== "win32" && (st.mode & 18) !== 0) return `can be written by other users (mode ${(st.mode & 511).toString(8)})`;
  return void 0;
}
function openCacheDir() {
  if (process.env.TRANSLINT_CACHE === "0" || process.env.TRANSLINT_CACHE === "false") return void 0;
  const dir = process.env.TRANSLINT_CACHE_DIR || defaultCacheDir();
  if (!dir) return void 0;
  try {
    mkdirSync(dir, { recursive: true, mode: 448 });
  } catch (err) {
    debug(`cannot use ${dir}: ${err.message}`);
    return void 0;
  }
  const why = untrustedReason(dir);
  if (why) {
    debug(`${dir} ${why}: cache off`);
    return void 0;
  }
  return dir;
}
function loadCheckedYaml(file, kind, check) {
  const bytes = readRegularFile(file, MAX_DATA_BYTES, "data file");
  const key = cacheKey(kind, bytes);
  const cached = readCached(key);
  if (cached !== void 0) return keyed(cachedYamlSource(file, cached), key);
  const source = keyed(parseYaml(decodeUtf8(bytes, file), file), key);
  const lone = findLoneSurrogate(source.data);
  if (lone) throw source.error(lone, "a string with a lone surrogate (an unpaired \\uD800-\\uDFFF escape) is not text: write the whole character");
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
  return createHash("sha256").update(buildStamp()).update(`\0${kind}\0`).update(bytes).digest("hex");
}
function readEntryFile(file) {
  let fd;
  try {
    fd = openSync2(file, constants2.O_RDONLY | (constants2.O_NOFOLLOW ?? 0) | (constants2.O_NONBLOCK ?? 0));
  } catch {
    return void 0;
  }
  try {
    const st = fstatSync2(fd);
    const uid = process.getuid?.();
    if (!st.isFile() || uid !== void 0 && st.uid !== uid || st.size > CACHE_LIMITS.bytes) return void 0;
    return readUpTo(fd, st.size);
  } catch {
    return void 0;
  } finally {
    closeSync2(fd);
  }
}
function readCached(key) {
  const dir = cacheDir();
  if (!dir) return void 0;
  if (!/^[0-9a-f]{64}$/.test(key)) return void 0;
  const file = join2(dir, `${key}.json`);
  const bytes = readEntryFile(file);
  if (bytes === void 0) {
    debug(`miss ${key}`);
    return void 0;
  }
  try {
    const nl = bytes.indexOf(10);
    const header = JSON.parse(bytes.subarray(0, nl).toString("utf8"));
    const payload = bytes.subarray(nl + 1);
    if (nl > 0 && header.format === FORMAT && header.key === key && header.length === payload.length && header.sha256 === createHash("sha256").update(payload).digest("hex")) {
      const entry = JSON.parse(payload.toString("utf8"));
      if (entry && typeof entry === "object" && "data" in entry) {
        debug(`hit ${key}`);
        return withLazyKeys(entry.data, entry.lazy);
      }
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
    const uid = process.getuid?.();
    for (const name of readdirSync(dir)) {
      const temp = TEMP_NAME.test(name);
      if (!temp && !ENTRY_NAME.test(name)) continue;
      const file = join2(dir, name);
      const st = lstatSync(file);
      if (!st.isFile() || uid !== void 0 && st.uid !== uid) continue;
      if (temp) {
        if (now - st.mtimeMs > 36e5) unlinkSync(file);
        continue;
      }
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
  if (!/^[0-9a-f]{64}$/.test(key)) return;
  const file = join2(dir, `${key}.json`);
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  let entry = { data };
  if (data !== null && typeof data === "object" && !Array.isArray(data) && lazyKeys.some((k) => k in data)) {
    const rest = { ...data };
    const lazy = {};
    for (const k of lazyKeys) {
      if (!(k in rest)) continue;
      lazy[k] = JSON.stringify(rest[k]);
      delete rest[k];
    }
    entry = { data: rest, lazy };
  }
  try {
    const payload = Buffer.from(JSON.stringify(entry), "utf8");
    const header = { format: FORMAT, key, sha256: createHash("sha256").update(payload).digest("hex"), length: payload.length };
    writeFileSync(tmp, Buffer.concat([Buffer.from(`${JSON.stringify(header)}
`), payload]), { mode: 384, flag: "wx" });
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
  for (const p of packs) index.addPack(p.source, p.name, p.builtin);
  index.seal();
  if (key !== void 0 && index.matcher.termCount >= MIN_TERMS) writeCached(key, index.toCompiled());
  return index;
}
function indexKey(packs) {
  const parts2 = [];
  for (const p of packs) {
    const k = contentKey(p.source);
    if (k === void 0) return void 0;
    parts2.push(`${p.name}\0${p.builtin ? 1 : 0}\0${k}`);
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
  let pending2 = "";
  let coreFrom = -1;
  let coreTo = -1;
  let slotCount = 0;
  let i = 0;
  const literal = (text) => {
    const ws = words(text);
    let cursor = 0;
    for (const w of ws) {
      const sep = pending2 + normalisePunctuation(text.slice(cursor, w.start));
      const raw = text.slice(w.start, w.end);
      tokens.push({ sep, choices: [{ keys: [w.key], raws: [raw], seps: [""] }], optional: false });
      pending2 = "";
      cursor = w.end;
    }
    pending2 += normalisePunctuation(text.slice(cursor));
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
        tokens.push({ sep: pending2, choices: "any", optional: false, slot: slotCount });
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
        tokens.push({ sep: pending2, choices, optional: alts.includes(""), slot: slotCount });
      }
      pending2 = "";
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
  let sequences = 1;
  for (const t of tokens) sequences *= (t.choices === "any" ? 1 : t.choices.length) + (t.optional ? 1 : 0);
  if (sequences > MAX_EXPANSIONS) {
    throw new PhraseSyntaxError(`phrase '${phrase}' expands to more than ${MAX_EXPANSIONS} word sequences (${sequences}): split it`);
  }
  return {
    tokens,
    coreFrom: coreFrom < 0 ? 0 : coreFrom,
    coreTo: coreTo < 0 ? tokens.length : coreTo,
    tail: pending2,
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
var re2Lib;
function re2() {
  return re2Lib ??= createRequire2(import.meta.url)("re2js").RE2JS;
}
var safeRegexFn;
function safeRegex(source) {
  safeRegexFn ??= createRequire2(import.meta.url)("safe-regex2");
  return safeRegexFn(source);
}
function regexProblem(source, trusted = false) {
  try {
    new RegExp(source, "iu");
  } catch (err) {
    return `invalid regular expression: ${err.message.replace(/^Invalid regular expression: /, "")}`;
  }
  if (trusted) return safeRegex(source) ? void 0 : `regular expression '${source}' nests quantifiers (like (a+)+) and may backtrack catastrophically`;
  const structural = scan(source);
  if (structural) return structural;
  try {
    compileUserPattern(source, { ignoreCase: true, bounds: "none" });
  } catch (err) {
    return err.message;
  }
  if (!safeRegex(source)) return `regular expression '${source}' nests quantifiers (like (a+)+) and may backtrack catastrophically`;
  return void 0;
}
var JS_SPACE = "\\t\\n\\x{0b}\\f\\r \\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}";
function compileUserPattern(source, options, trusted = false) {
  if (trusted) return nativePattern(source, options);
  const { body, lookahead } = splitLookahead(source);
  let translated;
  try {
    translated = translate(body);
  } catch (err) {
    throw new Error(`regular expression '${source}': ${err.message}`, { cause: err });
  }
  const RE2JS = re2();
  const flags = options.ignoreCase ? RE2JS.CASE_INSENSITIVE : 0;
  const full = options.bounds === "word" ? `(?:^|[^\\p{L}\\p{N}])(${translated})(?:[^\\p{L}\\p{N}]|$)` : options.bounds === "whole" ? `^(?:${translated})$` : `(${translated})`;
  let re;
  let mid;
  try {
    re = RE2JS.compile(full, flags);
    if (options.bounds === "word") mid = RE2JS.compile(`[^\\p{L}\\p{N}](${translated})(?:[^\\p{L}\\p{N}]|$)`, flags);
  } catch (err) {
    const why = err.message.replace(/^error parsing regexp: /, "");
    throw new Error(`regular expression '${source}' cannot run in linear time (${why}): lookbehind, back-references and lookaheads other than a final (?!word|word) are not allowed in packs`, { cause: err });
  }
  const ahead = lookahead === void 0 ? void 0 : new RegExp(`^(?:${lookahead})`, options.ignoreCase ? "iu" : "u");
  const aheadMax = lookahead === void 0 ? 0 : Math.max(...lookahead.split("|").map((w) => w.length)) + 2;
  const shift = options.bounds === "whole" ? 0 : 1;
  const userGroups = re.groupCount() - shift;
  const rejected = (s, end) => ahead !== void 0 && ahead.test(s.slice(end, end + aheadMax));
  function* all(s) {
    if (options.bounds === "whole") {
      const m = re.matcher(s);
      if (m.matches()) yield toMatch(s, 0, s.length, m, 0, userGroups);
      return;
    }
    const first = re.matcher(s);
    const later = mid?.matcher(s);
    let from = 0;
    while (from <= s.length) {
      const m = from > 0 && later ? later : first;
      if (!m.find(from > 0 && later ? from - 1 : from)) return;
      const start = m.start(1);
      const end = m.end(1);
      if (rejected(s, end)) {
        from = start + (isPair(s, start) ? 2 : 1);
        continue;
      }
      yield toMatch(s, start, end, m, shift, userGroups);
      from = end > start ? end : end + (isPair(s, end) ? 2 : 1);
    }
  }
  return {
    source,
    test: (s) => !all(s).next().done,
    [Symbol.matchAll]: all
  };
}
function isPair(s, i) {
  const c = s.charCodeAt(i);
  return c >= 55296 && c <= 56319 && i + 1 < s.length && (s.charCodeAt(i + 1) & 64512) === 56320;
}
function toMatch(s, start, end, m, shift, groups) {
  const out = [s.slice(start, end)];
  for (let g = 1; g <= groups; g++) out.push(m.group(g + shift) ?? void 0);
  return Object.assign(out, { index: start, input: s });
}
function splitLookahead(source) {
  if (!source.endsWith(")")) return { body: source };
  let depth = 0;
  let open = -1;
  const opens = [];
  forEachSyntaxChar(source, (c, i) => {
    if (c === "(") {
      opens.push(i);
      depth++;
    } else if (c === ")") {
      depth--;
      const at = opens.pop();
      if (i === source.length - 1 && depth === 0) open = at;
    }
  });
  if (open < 0 || !source.startsWith("(?!", open)) return { body: source };
  const words2 = source.slice(open + 3, -1);
  const body = source.slice(0, open);
  if (!/^(?:[^\\()[\]{}*+?.^$|]|\\[^\p{L}\p{N}])+(?:\|(?:[^\\()[\]{}*+?.^$|]|\\[^\p{L}\p{N}])+)*$/u.test(words2)) {
    throw new Error(`regular expression '${source}': a lookahead may only list literal words ((?!word|word)), at the end of the pattern`);
  }
  if (unbounded(body)) throw new Error(`regular expression '${source}': a final lookahead is allowed only after a pattern of bounded length (no *, + or {n,})`);
  return { body, lookahead: words2 };
}
function unbounded(source) {
  let found = false;
  forEachSyntaxChar(source, (c, i) => {
    if (c === "*" || c === "+" || c === "{" && /^\{\d+,\}/.test(source.slice(i))) found = true;
  });
  return found;
}
function forEachSyntaxChar(source, each) {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    each(c, i);
  }
}
function translate(source) {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      const n = source[i + 1] ?? "";
      if (n === "u") {
        const braced = /^\{([0-9a-fA-F]{1,6})\}/.exec(source.slice(i + 2));
        const four = /^[0-9a-fA-F]{4}/.exec(source.slice(i + 2));
        if (braced) {
          out += `\\x{${braced[1]}}`;
          i += 1 + braced[0].length;
        } else if (four) {
          out += `\\x{${four[0]}}`;
          i += 5;
        } else throw new Error("a \\u escape needs four hex digits or {hex}");
        continue;
      }
      if (n === "s") {
        out += inClass ? JS_SPACE : `[${JS_SPACE}]`;
        i++;
        continue;
      }
      if (n === "S") {
        if (inClass) throw new Error("\\S inside a character class is not supported: list what to match instead");
        out += `[^${JS_SPACE}]`;
        i++;
        continue;
      }
      if (n === "p" || n === "P") {
        const m = /^\{(?:(?:Script|sc|Script_Extensions|scx)=)?([A-Za-z_]+)\}/.exec(source.slice(i + 2));
        if (m) {
          out += `\\${n}{${m[1]}}`;
          i += 1 + m[0].length;
          continue;
        }
      }
      out += c + n;
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      out += c;
      continue;
    }
    if (c === "[") inClass = true;
    out += c === "." ? "[^\\n\\r\\x{2028}\\x{2029}]" : c;
  }
  return out;
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
function nativePattern(source, options) {
  const flags = options.ignoreCase ? "giu" : "gu";
  const body = options.bounds === "word" ? `(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])` : options.bounds === "whole" ? `^(?:${source})$` : source;
  const re = new RegExp(body, flags);
  return {
    source,
    test: (s) => {
      re.lastIndex = 0;
      return re.test(s);
    },
    [Symbol.matchAll]: (s) => s.matchAll(new RegExp(re))
  };
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
function checkPhraseData(source, trusted = false) {
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
    const problem = regexProblem(String(text), trusted);
    if (problem) throw source.error(path, problem);
  };
  for (const section of ["calques", "grammar"]) {
    (data[section] ?? []).forEach((c, i) => {
      let slots = c.phrase !== void 0 ? phrase([section, i, "phrase"], c.phrase) : 0;
      if (c.regex !== void 0) {
        regex([section, i, "regex"], c.regex);
        slots = captureGroups(c.regex);
      }
      if (c["not-after"] !== void 0) regex([section, i, "not-after"], c["not-after"]);
      if (c["not-before"] !== void 0) regex([section, i, "not-before"], c["not-before"]);
      asList(c.use).forEach((u, k) => {
        for (const m of u.matchAll(/\{(\d)\}/g)) {
          if (Number(m[1]) < 1 || Number(m[1]) > slots) {
            const path = Array.isArray(c.use) ? [section, i, "use", k] : [section, i, "use"];
            throw source.error(path, `'${m[0]}' in '${u}' names no slot of the phrase (it has ${slots})`);
          }
        }
      });
    });
  }
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
import { readFileSync as readFileSync2 } from "node:fs";
import { createRequire as createRequire3 } from "node:module";
var validators = /* @__PURE__ */ new Map();
function schemaPath(name) {
  return new URL(`../../schemas/${name}.schema.json`, import.meta.url);
}
function validator(name) {
  let v = validators.get(name);
  if (!v) {
    const schema = JSON.parse(readFileSync2(schemaPath(name), "utf8"));
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
    throw source.error([...path, key], `unknown key ${shownKey(key)} in ${describe(path, what)}`, true);
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
function shownKey(key) {
  return /^[\p{L}\p{N}_][\p{L}\p{N}_ .-]{0,39}$/u.test(key) ? `'${key}'` : "(not shown: it does not look like a key name; is this a translint file?)";
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
  return toPack(loadCheckedYaml(file, builtin ? "pack-builtin" : "pack", (src) => checkPackSource(src, builtin)), builtin);
}
function loadPackText(text, file) {
  return checkPack(parseYaml(text, file), false);
}
function checkPack(source, builtin) {
  checkPackSource(source, builtin);
  return toPack(source, builtin);
}
function checkPackSource(source, builtin) {
  if (source.data === null || typeof source.data !== "object" || Array.isArray(source.data)) {
    throw new TranslintError("a pack must be a YAML mapping with a `pack` key", { file: source.file, line: 1, column: 1 });
  }
  validateAgainst("pack", source, "pack");
  checkPhraseData(source, builtin);
}
function toPack(source, builtin) {
  const data = source.data;
  return { name: String(data.pack ?? basename2(source.file)), file: source.file, builtin, source, data };
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
  compileUserPattern,
  sectionItems,
  repeatsFor,
  asList,
  HYPHEN_ARTICLES,
  isArticleAt,
  coreWords,
  coreKeys,
  coreSlice,
  removePendingTemps,
  kindOf,
  errorCode,
  writeTarget,
  AtomicFile,
  writeFileVerified,
  writeTextAtomic,
  maxTextBytes,
  describeErrno,
  readRegularFile,
  firstInvalidUtf8,
  readYamlFile,
  loadCheckedYaml,
  validateAgainst,
  builtinPackNames,
  resolvePack,
  loadPackText,
  loadPacks
};
