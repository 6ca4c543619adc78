/**
 * A lint worker: like worker.ts (the fix worker) it builds its own Linter from
 * the resolved configuration once, says it is ready, then lints the files the
 * main thread sends (through pool.ts) and posts back each result: findings
 * only, never the text.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Linter } from '../engine/linter.js';
import { lintFile } from './lint-files.js';
import type { WorkerInit, WorkerReply, WorkerRequest } from './worker.js';

const { config } = workerData as WorkerInit;
const linter = new Linter(config);
parentPort!.postMessage({ ready: true } satisfies WorkerReply);

parentPort!.on('message', async ({ index, file }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { index, outcome: await lintFile(linter, file) };
  } catch (err) {
    reply = { index, crash: (err as Error).stack ?? String(err) };
  }
  parentPort!.postMessage(reply);
});
