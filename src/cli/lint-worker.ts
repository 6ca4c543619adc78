/**
 * A lint worker: like worker.ts (the fix worker) it builds its own Linter from
 * the resolved configuration once, says it is ready, then lints the files the
 * main thread sends (through pool.ts) and posts back each result: findings
 * only, never the text; for a streamed report, the file's rendered report
 * and counts instead of the findings.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Linter } from '../engine/linter.js';
import { lintFile } from './lint-files.js';
import { reportRenderer } from './report-render.js';
import type { WorkerInit, WorkerReply, WorkerRequest } from './worker.js';

const { config, report, corpusLines } = workerData as WorkerInit;
const corpus = corpusLines ? { repeatedLines: new Map(corpusLines) } : undefined;
const linter = new Linter(config);
const render = report ? reportRenderer(report).render : undefined;
parentPort!.postMessage({ ready: true } satisfies WorkerReply);

parentPort!.on('message', async ({ index, file }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    const outcome = await lintFile(linter, file, corpus);
    // a streamed report: send the file's text and counts, not its findings
    if (render && outcome.result) {
      outcome.rendered = render(outcome.result);
      outcome.result = undefined;
    }
    reply = { index, outcome };
  } catch (err) {
    reply = { index, crash: (err as Error).stack ?? String(err) };
  }
  parentPort!.postMessage(reply);
});
