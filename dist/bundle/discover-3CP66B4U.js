import { createRequire as __translintRequire } from 'node:module'; const require = __translintRequire(import.meta.url);
import {
  buildIgnore,
  loadConfig
} from "./chunk-7LOD3TON.js";
import {
  STDIN,
  expandInputs,
  newTable
} from "./chunk-IWYLRV3T.js";
import {
  Linter,
  candidateLists,
  clusterNames,
  derivedKeys,
  documentCandidates,
  lowerCaseKeys,
  prepareSourceAsync,
  readTextFile,
  translitData,
  urlSpans
} from "./chunk-GR5XH6OE.js";
import {
  describeErrno,
  fold,
  words,
  writeTarget,
  writeTextAtomic
} from "./chunk-UFALB7CG.js";
import {
  dictionaryFor,
  loadDictionaries
} from "./chunk-WXIFJX5E.js";
import "./chunk-UUUQXXOH.js";
import {
  TranslintError
} from "./chunk-XHA63K7B.js";
import "./chunk-DYSLDDQ6.js";
import "./chunk-7ZWMQEER.js";

// src/cli/discover.ts
import { existsSync, statSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";

// src/names/discovery.ts
var NameTally = class {
  files = [];
  tallies = /* @__PURE__ */ new Map();
  /** per language: how often words seen capitalised are also written in lower case */
  lower = /* @__PURE__ */ new Map();
  /** per language: the folded spellings tallied */
  keys = /* @__PURE__ */ new Map();
  compoundPrefixes;
  get size() {
    return this.tallies.size;
  }
  /** Count the name words of one document (its text as the rules read it). */
  addDocument(file, text, lang, ws) {
    const fileIndex = this.files.length;
    this.files.push(file);
    const lists = candidateLists(lang);
    this.compoundPrefixes ??= new Set(translitData().compounds.map((c) => c.prefix));
    const words2 = ws ?? words(text);
    let keys = this.keys.get(lang);
    if (!keys) this.keys.set(lang, keys = /* @__PURE__ */ new Set());
    const spans = urlSpans(text);
    for (const cand of documentCandidates(text, lang, words2, spans)) {
      const locative = lists.locatives.has(fold(previousWord(text, cand.start)));
      const full = cand.tokens.length > 1;
      for (const t of cand.tokens) {
        if (this.compoundPrefixes.has(t.key)) continue;
        const id = `${lang}\0${t.key}`;
        let s = this.tallies.get(id);
        if (!s) keys.add(t.key);
        if (!s) this.tallies.set(id, s = { lang, key: t.key, forms: /* @__PURE__ */ new Map(), count: 0, files: /* @__PURE__ */ new Set(), inFullName: 0, afterLocative: 0, midSentence: 0 });
        s.count++;
        s.forms.set(t.text, (s.forms.get(t.text) ?? 0) + 1);
        s.files.add(fileIndex);
        if (full) s.inFullName++;
        if (locative) s.afterLocative++;
        if (!t.initial) s.midSentence++;
      }
    }
    let lower = this.lower.get(lang);
    if (!lower) this.lower.set(lang, lower = /* @__PURE__ */ new Map());
    for (const [k, n] of lowerCaseKeys(text, words2, spans, keys)) lower.set(k, (lower.get(k) ?? 0) + n);
  }
  /** Group the spellings: groups of two spellings or more, largest first. */
  clusters(options = {}) {
    const minCount = options.minCount ?? 1;
    const byLang = /* @__PURE__ */ new Map();
    for (const t of this.tallies.values()) {
      if (t.count < minCount) continue;
      const lower = this.lower.get(t.lang)?.get(t.key) ?? 0;
      if (lower >= 2 && lower * 10 >= t.count) continue;
      let l = byLang.get(t.lang);
      if (!l) byLang.set(t.lang, l = []);
      l.push(t);
    }
    const out = [];
    for (const [lang, all] of byLang) {
      const dict = options.dictionary?.(lang);
      const german = lang.toLowerCase().startsWith("de");
      const tallies = dict ? all.filter((t) => {
        const form = shownForm(t);
        if (options.entities && knownEntity(options.entities, t.key)) return true;
        if (german) return !dict.isWord(form);
        return !(dict.isWord(form.toLowerCase()) && t.midSentence === 0);
      }) : all;
      out.push(...this.clusterLanguage(lang, tallies, options, dict));
    }
    out.sort((a, b) => b.count - a.count || (a.canonical < b.canonical ? -1 : a.canonical > b.canonical ? 1 : 0));
    return out;
  }
  clusterLanguage(lang, tallies, options, dict) {
    const lists = candidateLists(lang);
    const byText = /* @__PURE__ */ new Map();
    const items = tallies.map((t) => {
      const text = shownForm(t);
      byText.set(text, t);
      return { text, count: t.count };
    });
    const out = [];
    for (const c of clusterNames(items, { lang, distinct: options.distinct })) {
      if (c.members.length < 2) continue;
      let members = c.members.map((m) => byText.get(m.text));
      const derived = derivedKeys(
        members.map((m) => m.key),
        lists
      );
      members = members.filter((m) => !derived.has(m.key));
      if (dict && members.filter((m) => dict.isWord(shownForm(m).toLowerCase())).length >= 2) continue;
      const entityOf = /* @__PURE__ */ new Map();
      const weight = /* @__PURE__ */ new Map();
      for (const m of members) {
        const e = options.entities ? knownEntity(options.entities, m.key) : void 0;
        if (e === AMBIGUOUS) continue;
        entityOf.set(m, e ?? null);
        if (e) weight.set(e, (weight.get(e) ?? 0) + m.count);
      }
      members = members.filter((m) => entityOf.has(m));
      const entity = [...weight].sort((a, b) => b[1] - a[1] || (a[0].id < b[0].id ? -1 : 1))[0]?.[0];
      members = members.filter((m) => entityOf.get(m) === null || entityOf.get(m) === entity);
      if (members.length < 2) continue;
      if (members.every((m) => m.midSentence === 0)) continue;
      members.sort((a, b) => b.count - a.count || (shownForm(a) < shownForm(b) ? -1 : 1));
      const count = members.reduce((n, m) => n + m.count, 0);
      const full = members.reduce((n, m) => n + m.inFullName, 0);
      const loc = members.reduce((n, m) => n + m.afterLocative, 0);
      const variants = members.map((m) => {
        const v = { text: shownForm(m), count: m.count, files: [...m.files].sort((a, b) => a - b).map((i) => this.files[i]) };
        if (entityOf.get(m)) v.known = true;
        return v;
      });
      const cluster = {
        canonical: entity ? entity.canonical[lang] ?? entity.canonical.en : members.some((m) => shownForm(m) === c.canonical) ? c.canonical : variants[0].text,
        language: lang,
        count,
        type: entity ? guessFromEntity(entity) : full * 3 >= count ? "person" : loc * 4 >= count ? "place" : "other",
        variants
      };
      if (entity) cluster.entity = entity.id;
      else if (variants.length > 1 && variants[0].count === variants[1].count) cluster.tie = true;
      out.push(cluster);
    }
    return out;
  }
};
function guessFromEntity(e) {
  return e.type === "person" || e.type === "place" ? e.type : "other";
}
function shownForm(t) {
  let best = "";
  let n = -1;
  for (const [form, c] of t.forms) {
    if (c > n || c === n && form < best) {
      best = form;
      n = c;
    }
  }
  return best;
}
var AMBIGUOUS = "ambiguous";
function knownEntity(index, key) {
  const terms = index.matcher.find([key]);
  if (!terms?.length) return void 0;
  const e = terms[0].entity;
  return terms.every((t) => t.entity === e) ? e : AMBIGUOUS;
}
function previousWord(text, offset) {
  let i = offset - 1;
  while (i >= 0 && text[i] === " ") i--;
  let j = i;
  while (j >= 0 && /[\p{L}\p{M}]/u.test(text[j])) j--;
  const w = text.slice(j + 1, i + 1);
  if (/^(the|la|le|les|el|il|der|die|das)$/i.test(w) && j > 0) return previousWord(text, j + 1);
  return w;
}

// src/names/draft-pack.ts
function scalar(s) {
  if (/^[\p{L}][\p{L}\p{M}'’ .-]*$/u.test(s) && !/^(true|false|null|yes|no|on|off|y|n)$/i.test(s) && !/[ .-]$/.test(s)) return s;
  return JSON.stringify(s);
}
function slug(s) {
  const base = fold(s).normalize("NFD").replace(new RegExp("\\p{M}+", "gu"), "").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return /^[a-z0-9]/.test(base) ? base : `name-${base || "x"}`;
}
function counted(v) {
  const files = v.files.length;
  return `${v.count} in ${files} file${files === 1 ? "" : "s"}`;
}
function draftPack(clusters, options = {}) {
  const taken = new Set(options.takenIds ?? []);
  const lines = [
    "# Rule pack DRAFT written by `translint discover`" + (options.fileCount !== void 0 ? ` from ${options.fileCount} file${options.fileCount === 1 ? "" : "s"}` : "") + ".",
    "# Review it before use: check that the spellings of each entity name one",
    "# person or place (delete the entity or move spellings otherwise), choose the",
    "# house form (canonical), set the type, then lint with",
    "#   translint --rules <this file> <paths>        (reports the variants)",
    "#   translint --fix --rules <this file> <paths>  (writes the house forms)",
    "# Counts are occurrences of each spelling in the corpus.",
    `pack: ${scalar(options.name ?? "discovered")}`
  ];
  const fresh = clusters.filter((c) => !c.entity);
  if (fresh.length) lines.push("entities:");
  else lines.push("entities: []");
  for (const c of fresh) {
    let id = slug(c.canonical);
    for (let k = 2; taken.has(id); k++) id = `${slug(c.canonical)}-${k}`;
    taken.add(id);
    const main = c.variants.find((v) => v.text === c.canonical) ?? c.variants[0];
    const others = c.variants.filter((v) => v !== main);
    lines.push(`  - id: ${id}`);
    lines.push(`    type: ${c.type}  # TODO: check type (a guess from the contexts)`);
    const canonical = c.language === "en" || !/^[a-z]{2,3}$/.test(c.language) ? `{ en: ${scalar(main.text)} }` : `{ en: ${scalar(main.text)}, ${c.language}: ${scalar(main.text)} }`;
    const notes = [counted(main)];
    if (c.tie) notes.push("TODO: tie, choose the house form");
    if (c.language !== "en") notes.push(`TODO: check the English form (found in ${c.language} text)`);
    lines.push(`    canonical: ${canonical}  # ${notes.join("; ")}`);
    lines.push("    variants:");
    for (const v of others) lines.push(`      - ${scalar(v.text)}  # ${counted(v)}`);
  }
  const known = clusters.filter((c) => c.entity && c.variants.some((v) => !v.known));
  if (known.length) {
    lines.push("", "# New spellings of entities the loaded packs already define (not entities", "# here, since their ids exist): add them to the pack that defines each one.");
    for (const c of known) {
      lines.push(`# ${c.entity} (${c.canonical}):`);
      for (const v of c.variants.filter((x) => !x.known)) lines.push(`#   - ${v.text}  # ${counted(v)}`);
    }
  }
  return lines.join("\n") + "\n";
}

// src/cli/discover.ts
async function discoverCommand(paths, flags, io) {
  if (paths.length === 0) throw new TranslintError("discover: no input: give files, directories, globs, or '-' for standard input");
  const minCount = flags.minCount === void 0 ? 1 : Number(flags.minCount);
  if (!Number.isInteger(minCount) || minCount < 1) throw new TranslintError(`--min-count takes a whole number of 1 or more, not '${flags.minCount}'`);
  const target = flags.write ? resolve(io.cwd, flags.write) : void 0;
  if (target && existsSync(target) && !flags.force) throw new TranslintError("file exists: not overwritten (use --force to replace it)", { file: target });
  if (target) {
    writeTarget(target);
    let dir;
    try {
      dir = statSync(dirname(target));
    } catch (err) {
      throw new TranslintError(`cannot write: its folder ${describeErrno(err) === "no such file or directory" ? "does not exist" : `cannot be used (${describeErrno(err)})`}`, { file: target });
    }
    if (!dir.isDirectory()) throw new TranslintError("cannot write: its folder is not a folder", { file: target });
  }
  const config = loadConfig({ cwd: io.cwd, config: flags.config });
  if (flags.language) config.language = flags.language;
  if (flags.rules) config.packs = [...config.packs, ...flags.rules.map((p) => resolve(io.cwd, p))];
  if (flags.ext) config.extensions = flags.ext.map((e) => e.startsWith(".") ? e : `.${e}`);
  config.cli = { language: flags.language, packs: flags.rules?.map((p) => resolve(io.cwd, p)) };
  const linter = new Linter(config);
  const ignored = buildIgnore({ cwd: io.cwd, patterns: flags.ignorePattern, configPatterns: config.ignorePatterns, configDir: config.baseDir });
  const files = expandInputs(paths, { cwd: io.cwd, extensions: config.extensions, ignored });
  const tally = new NameTally();
  let inputError = false;
  for (const file of files) {
    try {
      const raw = file === STDIN ? await io.readStdin() : readTextFile(file).text;
      const own = linter.forFile(file === STDIN ? void 0 : file);
      const text = (await prepareSourceAsync(raw, file === STDIN ? void 0 : file)).text;
      const lang = await own.languageOf(text);
      tally.addDocument(file === STDIN ? "<stdin>" : relative(io.cwd, file) || file, text, lang);
    } catch (err) {
      if (!(err instanceof TranslintError)) throw err;
      io.stderr(`translint: ${err.message}
`);
      inputError = true;
    }
  }
  const distinct = linter.config.rules["name-consistency"]?.options?.distinct;
  await loadDictionaries();
  const clusters = tally.clusters({
    dictionary: dictionaryFor,
    entities: linter.packs.entities,
    minCount,
    distinct: Array.isArray(distinct) ? distinct : void 0
  });
  if (flags.format === "json") io.stdout(JSON.stringify({ clusters }, null, 2) + "\n");
  else io.stdout(table(clusters, tally.files.length, flags.color ?? io.isTTY));
  if (target) {
    const fresh = clusters.filter((c) => !c.entity).length;
    await writeTextAtomic(target, draftPack(clusters, { takenIds: linter.packs.entities.entities.keys(), fileCount: tally.files.length }), { bom: false, mode: 420 });
    io.stderr(`translint: wrote a draft pack of ${fresh} entit${fresh === 1 ? "y" : "ies"} to ${relative(io.cwd, target) || target}: review it before use
`);
  }
  return inputError ? 2 : 0;
}
function table(clusters, fileCount, color) {
  const files = `${fileCount} file${fileCount === 1 ? "" : "s"}`;
  if (clusters.length === 0) return `No spellings that look like one name in ${files}.
`;
  const style = color ? {} : { head: [], border: [] };
  const t = newTable({ head: ["Suggested form", "Spellings (count, files)", "Entity"], style, wordWrap: true });
  for (const c of clusters) {
    const spellings = c.variants.map((v) => `${v.text} \xD7${v.count} (${v.files.length} file${v.files.length === 1 ? "" : "s"})${c.entity && !v.known ? " new" : ""}`).join("\n");
    t.push([c.canonical + (c.tie ? " (tie)" : ""), spellings, c.entity ?? ""]);
  }
  const known = clusters.filter((c) => c.entity).length;
  return `${t.toString()}
${clusters.length} group${clusters.length === 1 ? "" : "s"} of spellings in ${files} (${clusters.length - known} new, ${known} of pack entities).
`;
}
export {
  discoverCommand
};
