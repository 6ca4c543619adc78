/**
 * Lint a batch of files (no fixing): file by file, keeping only the results
 * (findings), in input order. With many files and more than one core, worker
 * threads (pool.ts, lint-worker.ts) take files from the same queue as the
 * main thread. Standard input is read and linted in the main thread.
 *
 * Threads: --workers <n> or TRANSLINT_WORKERS (the main thread and n-1
 * workers); by default one per core when there are more than 1,000 files (below that, starting a worker costs more than it saves).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Linter } from '../engine/linter.js';
import { describeFailure } from './failure.js';
import { escapeControl } from '../formatters/escape.js';
import type { CorpusInfo } from '../rules/rule.js';
import { corpusLines } from './corpus-lines.js';
import type { LintResult } from '../types.js';
import type { FileOutcome } from './fix-file.js';
import { STDIN } from './files.js';
import { inInputOrder, startPool, threadCount, type Pool } from './pool.js';
import type { CliIO } from './io.js';
import { readTextFile } from './read-input.js';
import type { RenderedReport, ReportSettings } from './report-render.js';

/** What a lint run needs of the CLI's IO. */
export type LintFilesIO = Pick<CliIO, 'stderr' | 'readStdin' | 'cwd'>;

export interface LintRun {
  /** The results in input order (none when a streamed report took them). */
  results: LintResult[];
  inputError: boolean;
}

/** A report written as files are linted (report-render.ts): each result is rendered in the thread that linted it. */
export interface StreamedReport {
  /** What worker threads need to render their files the same way. */
  settings: ReportSettings;
  /** Renders a file linted in this thread. */
  render: (result: LintResult) => RenderedReport;
  /** Takes the renderings in input order; no result is kept. */
  onRendered: (r: RenderedReport) => void;
}

export interface LintFilesOptions {
  workers?: string;
  stdinFilename?: string;
  report?: StreamedReport;
  /** Asked after each file: a promise to wait for before the next (the report's reader is behind). */
  pause?: () => Promise<unknown> | undefined;
}

/** Lint one file: its result, or the one-line reason it failed (failure.ts); never throws. */
export async function lintFile(linter: Linter, file: string, corpus?: CorpusInfo): Promise<FileOutcome> {
  try {
    const { text } = readTextFile(file);
    return { result: await linter.lintText(text, { filePath: file, corpus }), changes: [], written: false };
  } catch (err) {
    return { changes: [], written: false, error: describeFailure(err, file) };
  }
}

/** The compiled lint worker, or undefined when running from the TypeScript sources (then all in the main thread). */
function lintWorkerScript(): URL | undefined {
  const url = new URL('./lint-worker.js', import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : undefined;
}

export async function lintFiles(files: string[], linter: Linter, options: LintFilesOptions, io: LintFilesIO): Promise<LintRun> {
  const { report } = options;
  const results: Array<LintResult | undefined> = report ? [] : new Array(files.length);
  let inputError = false;
  const handle = (index: number, outcome: FileOutcome) => {
    if (outcome.error) {
      io.stderr(`translint: ${escapeControl(outcome.error)}\n`);
      inputError = true;
    } else if (report) report.onRendered(outcome.rendered ?? report.render(outcome.result!));
    else results[index] = outcome.result;
  };
  // outcomes are handled in input order, whatever order the threads finish in
  const ordered = inInputOrder(handle);
  const arrived = ordered.arrived;

  for (const [index, file] of files.entries()) {
    if (file !== STDIN) continue;
    try {
      const raw = await io.readStdin();
      const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw; // as for files: a byte order mark is not text
      const name = options.stdinFilename ? resolve(io.cwd, options.stdinFilename) : '<stdin>';
      arrived(index, { result: await linter.lintText(text, { filePath: name }), changes: [], written: false });
    } catch (err) {
      arrived(index, { changes: [], written: false, error: describeFailure(err, '<stdin>') });
    }
  }
  const jobs = files.flatMap((file, index) => (file === STDIN ? [] : [{ index, file }]));
  // several files: count the lines they share first, for page-furniture (corpus-lines.ts)
  const furniture = linter.config.rules['page-furniture'];
  const corpus = jobs.length >= 2 && furniture && furniture.severity !== 'off' ? corpusLines(jobs.map((j) => j.file)) : undefined;
  const threads = threadCount(options.workers, jobs.length);
  const script = threads > 1 ? lintWorkerScript() : undefined;
  let next = 0;
  let pool: Pool | undefined;
  const take = () => (pool?.failed || next >= jobs.length ? undefined : jobs[next++]);
  try {
    const init = { config: linter.config, options: LINT_ONLY, report: report?.settings, corpusLines: corpus ? [...corpus.repeatedLines] : undefined };
    pool = script ? startPool({ script, init, threads: threads - 1, take, onOutcome: arrived, task: 'lint' }) : undefined;
    for (;;) {
      // let the workers' messages be handled between files
      if (pool) await new Promise((r) => setImmediate(r));
      const job = take();
      if (!job) break;
      arrived(job.index, await lintFile(linter, job.file, corpus));
      const behind = options.pause?.();
      if (behind) await behind;
    }
    await pool?.finish();
  } catch (err) {
    await pool?.abort();
    throw err;
  }
  ordered.flush();
  return { results: results.filter((r): r is LintResult => r !== undefined), inputError };
}

/** The lint worker ignores the fix options; pool.ts passes them on as they are. */
const LINT_ONLY = { dryRun: true, unsafe: false, cwd: '', diff: false, keepOutput: false };
