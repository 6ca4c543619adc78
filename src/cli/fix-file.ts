/**
 * Fix one file: read it (UTF-8 only; a binary or non-UTF-8 file is refused
 * and left untouched), let Linter.fixText apply the selected fixes, then
 * either write the result atomically (mode, byte order mark, line ends and
 * final newline kept; an unchanged file is not written at all) or, in a dry
 * run, describe it as a unified diff.
 *
 * Runs in the main thread or in a worker (src/cli/worker.ts); what it returns
 * is plain data: the final lint result, the list of replacements and, in a
 * dry run, the diff — never the text, unless asked for.
 */
import { statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { createRequire } from 'node:module';
import type { Linter } from '../engine/linter.js';
import type { AppliedFix } from '../engine/fixer.js';
import { describeFailure } from './failure.js';
import { writeTextAtomic } from '../io/atomic-write.js';
import { rulesById } from '../rules/index.js';
import { LineIndex } from '../text/lines.js';
import type { RenderedReport } from './report-render.js';
import type { LintResult } from '../types.js';
import { readTextFile } from './read-input.js';

/** What a fix run applies and does; plain data, so it can be sent to a worker. */
export interface FixRunOptions {
  /** Write nothing; describe the changes as diffs. */
  dryRun: boolean;
  /** Apply unsafe fixes too. */
  unsafe: boolean;
  /** Only fixes of these rules. */
  fixRules?: string[];
  /** Only fixes of rules of these types (problem, suggestion, layout). */
  fixTypes?: string[];
  /** Paths in diffs are relative to this folder. */
  cwd: string;
  /** Make a unified diff of each changed file. */
  diff: boolean;
  /** Keep the fixed text in the result (`output`, as ESLint's JSON has it). */
  keepOutput: boolean;
}

/** One replacement made (or, in a dry run, to be made). Line and column are in the original text. */
export interface Change {
  file: string;
  line: number;
  column: number;
  rule: string;
  entity?: string;
  before: string;
  after: string;
}

export interface FileOutcome {
  /** The final lint of the (fixed) text: what remains. Absent when the file was refused. */
  result?: LintResult;
  changes: Change[];
  /** Unified diff, when asked for and the text changed. */
  patch?: string;
  /** The file was rewritten. */
  written: boolean;
  /** Why the file was refused (one line naming it). */
  error?: string;
  /** Something to tell about a file that was fixed (one line naming it): a hard link split. */
  notice?: string;
  /** A lint worker's rendering of `result` for a streamed report (then `result` is not sent). */
  rendered?: RenderedReport;
}

export const FIX_TYPES = ['problem', 'suggestion', 'layout'] as const;

/** The rule filter of --fix-rule and --fix-type, or undefined for all rules. */
export function fixRuleFilter(options: Pick<FixRunOptions, 'fixRules' | 'fixTypes'>): ((ruleId: string) => boolean) | undefined {
  const ids = options.fixRules?.length ? new Set(options.fixRules) : undefined;
  const types = options.fixTypes?.length ? new Set(options.fixTypes) : undefined;
  if (!ids && !types) return undefined;
  return (ruleId) => (!ids || ids.has(ruleId)) && (!types || types.has(rulesById.get(ruleId)?.meta.type ?? ''));
}

/** Fix a text (no file system): the fixed text, the final lint and the replacements. */
export async function fixTextFor(linter: Linter, text: string, filePath: string, options: FixRunOptions) {
  const fixed = await linter.fixText(text, { filePath, unsafe: options.unsafe, ruleFilter: fixRuleFilter(options) });
  const changes = fixed.output === text ? [] : toChanges(filePath, text, fixed.applied);
  const { output: _output, ...result } = fixed.result;
  return { output: fixed.output, changes, result: options.keepOutput && fixed.output !== text ? { ...result, output: fixed.output } : result };
}

/**
 * Fix one file. Never throws: whatever goes wrong (the file went away, a
 * read-only mount, a full disk, a rule failing on it) is the outcome's
 * `error`, one line naming the file (failure.ts), and the file is unchanged.
 */
export async function fixFile(linter: Linter, file: string, options: FixRunOptions): Promise<FileOutcome> {
  try {
    return await fixFileOrThrow(linter, file, options);
  } catch (err) {
    return { error: describeFailure(err, file, 'fixing'), changes: [], written: false };
  }
}

async function fixFileOrThrow(linter: Linter, file: string, options: FixRunOptions): Promise<FileOutcome> {
  const stat = statSync(file);
  const input = readTextFile(file);
  const { output, changes, result } = await fixTextFor(linter, input.text, file, options);
  if (output === input.text) return { result, changes, written: false };
  const patch = options.diff ? unifiedDiff(file, input.text, output, options.cwd) : undefined;
  if (options.dryRun) return { result, changes, patch, written: false };
  if ((stat.mode & 0o222) === 0) return { error: `${file}: read-only file: not fixed (make it writable to fix it)`, changes: [], written: false };
  const now = statSync(file);
  if (now.mtimeMs !== stat.mtimeMs || now.size !== stat.size) {
    return { error: `${file}: changed on disk while being fixed: not written`, changes: [], written: false };
  }
  await writeTextAtomic(file, output, { bom: input.bom, mode: stat.mode });
  // the rename gives the file a new inode: its other hard links keep the old text
  const notice = stat.nlink > 1 ? `${file}: had ${stat.nlink} hard links; the fixed file replaces this name only, the other ${stat.nlink - 1} keep the old text` : undefined;
  return { result, changes, patch, written: true, ...(notice ? { notice } : {}) };
}

/** A unified diff with a/ and b/ paths relative to `cwd`, as git prints them. */
export function unifiedDiff(file: string, before: string, after: string, cwd: string): string {
  const rel = file.startsWith('<') ? file : relative(cwd, file).split(sep).join('/') || file;
  // diff is loaded on first use: a lint run without --fix-dry-run never needs it
  const { createTwoFilesPatch, FILE_HEADERS_ONLY } = createRequire(import.meta.url)('diff') as typeof import('diff');
  return createTwoFilesPatch(`a/${rel}`, `b/${rel}`, before, after, undefined, undefined, { context: 3, headerOptions: FILE_HEADERS_ONLY });
}

/** The applied fixes as changes, positioned in the original text. */
export function toChanges(file: string, original: string, applied: readonly AppliedFix[]): Change[] {
  const lines = new LineIndex(original);
  return applied.map((a) => {
    const { line, column } = lines.position(a.origin ?? a.range[0]);
    const change: Change = { file, line, column, rule: a.ruleId ?? '', before: a.before, after: a.text };
    if (a.entity) change.entity = a.entity;
    return change;
  });
}
