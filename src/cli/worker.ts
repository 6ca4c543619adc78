/**
 * A fix worker: builds its own Linter from the resolved configuration once,
 * says it is ready, then fixes the files the main thread sends and posts back
 * each outcome (diagnostics and replacements, not texts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { ResolvedConfig } from '../config/config.js';
import { Linter } from '../engine/linter.js';
import { fixFile, type FixRunOptions } from './fix-file.js';
import type { ReportSettings } from './report-render.js';

export interface WorkerInit {
  config: ResolvedConfig;
  options: FixRunOptions;
  /** Lint workers of a streamed report: render each result here and send the text (report-render.ts). */
  report?: ReportSettings;
  /** Lint workers: the corpus pass's lines (corpus-lines.ts), as [line key, files] pairs. */
  corpusLines?: Array<[string, number]>;
}

export interface WorkerRequest {
  index: number;
  file: string;
}

export type WorkerReply = { ready: true } | { index: number; outcome: Awaited<ReturnType<typeof fixFile>> } | { index: number; crash: string };

const { config, options } = workerData as WorkerInit;
const linter = new Linter(config);
parentPort!.postMessage({ ready: true } satisfies WorkerReply);

parentPort!.on('message', async ({ index, file }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { index, outcome: await fixFile(linter, file, options) };
  } catch (err) {
    reply = { index, crash: (err as Error).stack ?? String(err) };
  }
  parentPort!.postMessage(reply);
});
