import { createRequire as __translintRequire } from 'node:module'; const require = __translintRequire(import.meta.url);
import {
  describeFailure
} from "./chunk-5LI5HL3L.js";
import {
  LineIndex,
  readTextFile,
  rulesById
} from "./chunk-GR5XH6OE.js";
import {
  writeTextAtomic
} from "./chunk-UFALB7CG.js";

// src/cli/fix-file.ts
import { statSync } from "node:fs";
import { relative, sep } from "node:path";
import { createRequire } from "node:module";
var FIX_TYPES = ["problem", "suggestion", "layout"];
function fixRuleFilter(options) {
  const ids = options.fixRules?.length ? new Set(options.fixRules) : void 0;
  const types = options.fixTypes?.length ? new Set(options.fixTypes) : void 0;
  if (!ids && !types) return void 0;
  return (ruleId) => (!ids || ids.has(ruleId)) && (!types || types.has(rulesById.get(ruleId)?.meta.type ?? ""));
}
async function fixTextFor(linter, text, filePath, options) {
  const fixed = await linter.fixText(text, { filePath, unsafe: options.unsafe, ruleFilter: fixRuleFilter(options) });
  const changes = fixed.output === text ? [] : toChanges(filePath, text, fixed.applied);
  const { output: _output, ...result } = fixed.result;
  return { output: fixed.output, changes, result: options.keepOutput && fixed.output !== text ? { ...result, output: fixed.output } : result };
}
async function fixFile(linter, file, options) {
  try {
    return await fixFileOrThrow(linter, file, options);
  } catch (err) {
    return { error: describeFailure(err, file, "fixing"), changes: [], written: false };
  }
}
async function fixFileOrThrow(linter, file, options) {
  const stat = statSync(file);
  const input = readTextFile(file);
  const { output, changes, result } = await fixTextFor(linter, input.text, file, options);
  if (output === input.text) return { result, changes, written: false };
  const patch = options.diff ? unifiedDiff(file, input.text, output, options.cwd) : void 0;
  if (options.dryRun) return { result, changes, patch, written: false };
  if ((stat.mode & 146) === 0) return { error: `${file}: read-only file: not fixed (make it writable to fix it)`, changes: [], written: false };
  const now = statSync(file);
  if (now.mtimeMs !== stat.mtimeMs || now.size !== stat.size) {
    return { error: `${file}: changed on disk while being fixed: not written`, changes: [], written: false };
  }
  await writeTextAtomic(file, output, { bom: input.bom, mode: stat.mode });
  const notice = stat.nlink > 1 ? `${file}: had ${stat.nlink} hard links; the fixed file replaces this name only, the other ${stat.nlink - 1} keep the old text` : void 0;
  return { result, changes, patch, written: true, ...notice ? { notice } : {} };
}
function unifiedDiff(file, before, after, cwd) {
  const rel = file.startsWith("<") ? file : relative(cwd, file).split(sep).join("/") || file;
  const { createTwoFilesPatch, FILE_HEADERS_ONLY } = createRequire(import.meta.url)("diff");
  return createTwoFilesPatch(`a/${rel}`, `b/${rel}`, before, after, void 0, void 0, { context: 3, headerOptions: FILE_HEADERS_ONLY });
}
function toChanges(file, original, applied) {
  const lines = new LineIndex(original);
  return applied.map((a) => {
    const { line, column } = lines.position(a.origin ?? a.range[0]);
    const change = { file, line, column, rule: a.ruleId ?? "", before: a.before, after: a.text };
    if (a.entity) change.entity = a.entity;
    return change;
  });
}

export {
  FIX_TYPES,
  fixTextFor,
  fixFile,
  unifiedDiff
};
