/**
 * `translint --fix` / `--fix-dry-run` over a batch of inputs: each file fixed
 * by fix-file.ts, in the main thread and, for many files, on worker threads
 * taking files from the same queue; outcomes handled in input order (diffs
 * printed, refusals reported, replacements tallied and recorded in
 * --report-file); a progress bar on a terminal; Ctrl-C lets the files in
 * progress finish, then stops (exit 130).
 *
 * Standard input: `--fix -` prints the fixed text on stdout (the report then
 * goes to stderr); `--fix-dry-run -` prints a diff.
 */
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import type { Linter } from '../engine/linter.js';
import { TranslintError } from '../errors.js';
import { rulesById } from '../rules/index.js';
import type { LintResult } from '../types.js';
import { fixFile, fixTextFor, FIX_TYPES, unifiedDiff, type FileOutcome, type FixRunOptions } from './fix-file.js';
import { STDIN } from './files.js';
import type { CliIO } from './io.js';
import { inInputOrder, startPool, threadCount, workerScript, type Pool } from './pool.js';
import { createProgress } from './progress.js';
import { ReplacementTally } from './replacements.js';
import { ReportFile } from './report-file.js';
import { describeFailure } from './failure.js';
import { escapeControl } from '../formatters/escape.js';
import { removePendingTemps } from '../io/atomic-write.js';

export interface FixFlags {
  fix?: boolean;
  fixDryRun?: boolean;
  unsafeFixes?: boolean;
  fixType?: string[];
  fixRule?: string[];
  ignorePattern?: string[];
  reportFile?: string;
  workers?: string;
}

export interface FixRun {
  /** Final lint results of the files fixed, in input order (refused files left out). */
  results: LintResult[];
  inputError: boolean;
  interrupted: boolean;
  /** The exit code of the signal that stopped the run (130 SIGINT, 143 SIGTERM, 129 SIGHUP). */
  signalCode?: number;
  /** Standard output carries the fixed text: the report goes to stderr. */
  reportToStderr: boolean;
  /** Print the table of replacements (after the report). */
  printSummary: () => void;
}

const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const SIGNAL_CODES: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };

/** Files above which a run uses worker threads by default (with more than one core). */
const PROGRESS_THRESHOLD = 50;

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

function collectList(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((s) => s.trim()).filter(Boolean)];
}

export function addFixOptions(program: Command): Command {
  return program
    .option('--fix', 'apply safe fixes and write them into the files')
    .option('--fix-dry-run', 'show the fixes as a unified diff per file; write nothing')
    .option('--unsafe-fixes', 'apply unsafe fixes too (never suggestions)')
    .addOption(new Option('--fix-type <types>', `only fixes of rules of these types (${FIX_TYPES.join(', ')}); comma-separated, repeatable`).argParser(collectList))
    .option('--fix-rule <id>', 'only fixes of this rule; repeatable', collect)
    .option('--ignore-pattern <pattern>', 'leave out files matching this gitignore-style pattern; repeatable', collect)
    .option('--report-file <file>', 'write a JSON record of every replacement to this file')
    .option('--workers <n>', 'files linted or fixed in parallel: the main thread and n-1 worker threads (default: one per core when more than 1,000 files; env TRANSLINT_WORKERS)');
}

/** Whether this run fixes; options that only make sense when fixing are refused otherwise. */
export function isFixing(flags: FixFlags): boolean {
  if (flags.fix && flags.fixDryRun) throw new TranslintError('--fix and --fix-dry-run cannot be used together');
  const fixing = Boolean(flags.fix || flags.fixDryRun);
  if (!fixing) {
    const given = (['unsafeFixes', 'fixType', 'fixRule', 'reportFile'] as const).find((k) => flags[k] !== undefined);
    if (given) throw new TranslintError(`--${given.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} needs --fix or --fix-dry-run`);
  }
  return fixing;
}

export function fixRunOptions(flags: FixFlags & { format: string; outputFile?: string }, cwd: string): FixRunOptions {
  for (const t of flags.fixType ?? []) {
    if (!(FIX_TYPES as readonly string[]).includes(t)) throw new TranslintError(`--fix-type takes ${FIX_TYPES.join(', ')}, not '${t}'`);
  }
  for (const id of flags.fixRule ?? []) {
    if (!rulesById.has(id)) throw new TranslintError(`--fix-rule: unknown rule '${id}' (see 'translint rules' for the list)`);
  }
  const dryRun = Boolean(flags.fixDryRun);
  // a dry run shows diffs in human output; machine formats get `output` in the results instead (as ESLint does)
  const diff = dryRun && (flags.format === 'stylish' || Boolean(flags.outputFile));
  return { dryRun, unsafe: Boolean(flags.unsafeFixes), fixRules: flags.fixRule, fixTypes: flags.fixType, cwd, diff, keepOutput: dryRun && !diff };
}

export async function fixFiles(
  files: string[],
  linter: Linter,
  flags: FixFlags & { format: string; outputFile?: string; stdinFilename?: string; color?: boolean },
  io: CliIO,
): Promise<FixRun> {
  const options = fixRunOptions(flags, io.cwd);
  const jobs = files.flatMap((file, index) => (file === STDIN ? [] : [{ index, file }]));
  const workers = threadCount(flags.workers, jobs.length);
  const script = workers > 1 ? workerScript() : undefined;
  const stdinFix = !options.dryRun && files.includes(STDIN);
  const report = flags.reportFile ? new ReportFile(resolve(io.cwd, flags.reportFile), options.dryRun) : undefined;
  const tally = new ReplacementTally();
  const progress = createProgress(jobs.length, {
    enabled: Boolean(io.stderrTTY) && jobs.length >= PROGRESS_THRESHOLD,
    label: options.dryRun ? 'translint --fix-dry-run' : 'translint --fix',
    write: io.stderr,
  });
  const results: Array<LintResult | undefined> = new Array(files.length);
  let inputError = false;
  let failed = 0;

  const handle = (index: number, outcome: FileOutcome) => {
    if (outcome.error) {
      progress.note(`translint: ${escapeControl(outcome.error)}\n`);
      inputError = true;
      failed++;
      return;
    }
    if (outcome.notice) progress.note(`translint: ${escapeControl(outcome.notice)}\n`);
    results[index] = outcome.result;
    tally.add(outcome.changes);
    report?.add(outcome.changes);
    if (outcome.patch && options.diff) io.stdout(outcome.patch);
  };
  // outcomes are handled in input order, whatever order the threads finish in
  const ordered = inInputOrder(handle);
  const arrived = ordered.arrived;

  // Ctrl-C, SIGTERM (a cancelled CI job) or SIGHUP: finish the files in progress, close the report file, then stop;
  // a second signal quits at once (each file is still whole: atomic rename; temporary files are removed)
  let stopping = false;
  let signalCode: number | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    const code = SIGNAL_CODES[signal] ?? 130;
    if (stopping) {
      removePendingTemps();
      process.exit(code);
    }
    stopping = true;
    signalCode = code;
    progress.note(`translint: interrupted (${signal}): finishing the files in progress (${signal === 'SIGINT' ? 'Ctrl-C' : 'the signal'} again to quit now)\n`);
  };
  for (const sig of SIGNALS) process.on(sig, onSignal);
  let pool: Pool | undefined;
  try {
    for (const [index, file] of files.entries()) {
      if (file !== STDIN) continue;
      const name = flags.stdinFilename ? resolve(io.cwd, flags.stdinFilename) : '<stdin>';
      try {
        const raw = await io.readStdin();
        const bom = raw.charCodeAt(0) === 0xfeff;
        const text = bom ? raw.slice(1) : raw;
        const fixed = await fixTextFor(linter, text, name, options);
        const patch = options.diff && fixed.output !== text ? unifiedDiff(name, text, fixed.output, io.cwd) : undefined;
        if (stdinFix) io.stdout((bom ? '\ufeff' : '') + fixed.output);
        arrived(index, { result: fixed.result, changes: fixed.changes, patch, written: false });
      } catch (err) {
        arrived(index, { error: describeFailure(err, name, 'fixing'), changes: [], written: false });
      }
    }
    const onOutcome = (index: number, outcome: FileOutcome) => {
      arrived(index, outcome);
      progress.tick();
    };
    // the main thread fixes files too, from the same queue as the worker threads (which join as soon as they are ready)
    let next = 0;
    const take = () => (stopping || pool?.failed || next >= jobs.length ? undefined : jobs[next++]);
    pool = script && workers > 1 ? startPool({ script, init: { config: linter.config, options }, threads: workers - 1, take, onOutcome }) : undefined;
    for (;;) {
      // let a pending signal and the workers' messages be handled between files
      await new Promise((r) => setImmediate(r));
      const job = take();
      if (!job) break;
      onOutcome(job.index, await fixFile(linter, job.file, options));
    }
    await pool?.finish();
    ordered.flush();
  } catch (err) {
    await pool?.abort();
    ordered.flush();
    // the files fixed so far are on disk: the report file records them, and why the run stopped
    const done = results.filter((r): r is LintResult => r !== undefined);
    try {
      report?.close({ files: done.length, filesChanged: tally.files, replacements: tally.total, interrupted: stopping, failed, stoppedBy: describeFailure(err, 'the run').replace(/\n[\s\S]*$/, '') });
    } catch {
      report?.abandon();
    }
    throw err;
  } finally {
    for (const sig of SIGNALS) process.off(sig, onSignal);
    progress.done();
  }
  const done = results.filter((r): r is LintResult => r !== undefined);
  report?.close({ files: done.length, filesChanged: tally.files, replacements: tally.total, interrupted: stopping, ...(failed ? { failed } : {}) });
  if (stopping) {
    io.stderr(`translint: interrupted after ${done.length} of ${files.length} files; every file is either unchanged or wholly fixed\n`);
  }
  const tableToStdout = flags.format === 'stylish' && !stdinFix;
  return {
    results: done,
    inputError,
    interrupted: stopping,
    signalCode,
    reportToStderr: stdinFix && !flags.outputFile,
    printSummary: () => {
      const color = flags.color ?? (tableToStdout ? io.isTTY : Boolean(io.stderrTTY));
      const table = tally.table({ color, dryRun: options.dryRun });
      if (table) (tableToStdout ? io.stdout : io.stderr)(table);
    },
  };
}
