import { createRequire as __translintRequire } from 'node:module'; const require = __translintRequire(import.meta.url);
import {
  describeErrno,
  errorCode,
  kindOf
} from "./chunk-UFALB7CG.js";
import {
  TranslintError
} from "./chunk-XHA63K7B.js";

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
    const problem = (err) => {
      if (!options.onProblem) throw err;
      options.onProblem(err.message);
    };
    const abs = resolve(options.cwd, input);
    let stat;
    let statError;
    try {
      stat = statSync(abs);
    } catch (err) {
      statError = err;
    }
    if (stat?.isFile()) {
      if (keep(abs)) out.add(abs);
    } else if (stat?.isDirectory()) {
      for (const f of walk(abs, problem)) if (exts.has(extname(f).toLowerCase()) && keep(f)) out.add(f);
    } else if (stat) {
      const hint = stat.isFIFO() || stat.isCharacterDevice() ? " (use '-' for standard input)" : "";
      problem(new TranslintError(`${kindOf(stat)}, not a regular file: not linted${hint}`, { file: input }));
    } else if (errorCode(statError) !== "ENOENT" && errorCode(statError) !== "ENOTDIR") {
      problem(new TranslintError(`cannot read: ${describeErrno(statError)}`, { file: input }));
    } else if (glob().isDynamicPattern(input)) {
      const matches = glob().globSync(input, { cwd: options.cwd, absolute: true, onlyFiles: true, ignore: ["**/node_modules/**", "**/.git/**"] });
      if (matches.length === 0) problem(new TranslintError(`no files match the pattern '${input}'`));
      for (const f of matches.sort()) if (keep(f)) out.add(f);
    } else {
      problem(new TranslintError("no such file or directory", { file: input }));
    }
  }
  return [...out];
}
var byName = (a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
function walk(root, problem) {
  const out = [];
  const list = (dir) => {
    try {
      return { dir, entries: readdirSync(dir, { withFileTypes: true }).sort(byName), i: 0 };
    } catch (err) {
      problem(new TranslintError(`cannot read folder: ${describeErrno(err)}`, { file: dir }));
      return void 0;
    }
  };
  const first = list(root);
  const stack = first ? [first] : [];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.i >= top.entries.length) {
      stack.pop();
      continue;
    }
    const e = top.entries[top.i++];
    if (e.name.startsWith(".") || SKIP_DIRS.has(e.name)) continue;
    const p = join(top.dir, e.name);
    if (e.isDirectory()) {
      const sub = list(p);
      if (sub) stack.push(sub);
    } else if (e.isFile()) out.push(p);
  }
  return out;
}

export {
  newTable,
  STDIN,
  expandInputs
};
