import { createRequire as __translintRequire } from 'node:module'; const require = __translintRequire(import.meta.url);
import {
  TranslintError
} from "./chunk-NPLB3Z4V.js";

// src/formatters/table.ts
import { createRequire } from "node:module";
var Table;
function newTable(options) {
  Table ??= createRequire(import.meta.url)("cli-table3");
  return new Table(options);
}

// src/cli/files.ts
import { readdirSync, statSync } from "node:fs";
import { createRequire as createRequire2 } from "node:module";
import { extname, join, resolve } from "node:path";
var globLib;
var glob = () => globLib ??= createRequire2(import.meta.url)("tinyglobby");
var STDIN = "-";
var SKIP_DIRS = /* @__PURE__ */ new Set(["node_modules", ".git", ".hg", ".svn"]);
function expandInputs(inputs, options) {
  const out = /* @__PURE__ */ new Set();
  const exts = new Set(options.extensions.map((e) => e.toLowerCase()));
  const keep = (f) => !options.ignored?.(f);
  for (const input of inputs) {
    if (input === STDIN) {
      out.add(STDIN);
      continue;
    }
    const abs = resolve(options.cwd, input);
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      stat = void 0;
    }
    if (stat?.isFile()) {
      if (keep(abs)) out.add(abs);
    } else if (stat?.isDirectory()) {
      for (const f of walk(abs)) if (exts.has(extname(f).toLowerCase()) && keep(f)) out.add(f);
    } else if (glob().isDynamicPattern(input)) {
      const matches = glob().globSync(input, { cwd: options.cwd, absolute: true, onlyFiles: true, ignore: ["**/node_modules/**", "**/.git/**"] });
      if (matches.length === 0) throw new TranslintError(`no files match the pattern '${input}'`);
      for (const f of matches.sort()) if (keep(f)) out.add(f);
    } else {
      throw new TranslintError("no such file or directory", { file: input });
    }
  }
  return [...out];
}
function walk(dir) {
  const out = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const e of entries) {
    if (e.name.startsWith(".") || SKIP_DIRS.has(e.name)) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

export {
  newTable,
  STDIN,
  expandInputs
};
