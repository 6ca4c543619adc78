/**
 * Worker threads that fix files alongside the main thread
 * (node:worker_threads). Each worker builds its own Linter, says it is
 * ready, then takes files from the same queue as the main thread, at most
 * IN_FLIGHT at a time, so the main thread never waits for a worker that is still
 * starting and memory stays bounded. When the queue is empty or a stop is
 * requested, the files in progress finish and the workers are ended.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { TranslintError } from '../errors.js';
import type { FileOutcome } from './fix-file.js';
import { debugStacks } from './failure.js';
import type { WorkerInit, WorkerReply, WorkerRequest } from './worker.js';

/**
 * The compiled worker script, or undefined when there is none (running from
 * the TypeScript sources, as the in-process tests do: then every file is
 * fixed in the main thread).
 */
/** Above this many files, runs use one thread per core unless told otherwise. */
export const PARALLEL_THRESHOLD = 1000;

/** The most threads a run may ask for: each thread holds its own linter and packs (tens of MiB). */
export const MAX_THREADS = 64;

/** Threads for a run of `jobs` files: `--workers` / TRANSLINT_WORKERS, or one per core above the threshold. */
export function threadCount(raw: string | undefined, jobs: number): number {
  const value = raw ?? process.env.TRANSLINT_WORKERS;
  if (value !== undefined && value !== '' && value !== 'auto') {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > MAX_THREADS) throw new TranslintError(`--workers takes a whole number from 1 to ${MAX_THREADS}, not '${value}'`);
    // never more threads than files: a thread for one file costs more than it saves
    return Math.max(1, Math.min(n, jobs));
  }
  const cores = availableParallelism();
  return jobs > PARALLEL_THRESHOLD && cores > 1 ? cores : 1;
}

/**
 * Hands outcomes to `handle` in input order, whatever order the threads
 * finish in: `arrived` queues an outcome, `flush` hands over what is left
 * (after an interrupted run, gaps and all) in index order.
 */
export function inInputOrder<T>(handle: (index: number, outcome: T) => void) {
  const pending = new Map<number, T>();
  let next = 0;
  return {
    arrived(index: number, outcome: T): void {
      pending.set(index, outcome);
      while (pending.has(next)) {
        handle(next, pending.get(next)!);
        pending.delete(next);
        next++;
      }
    },
    flush(): void {
      for (const index of [...pending.keys()].sort((a, b) => a - b)) handle(index, pending.get(index)!);
      pending.clear();
    },
  };
}

export function workerScript(): URL | undefined {
  const url = new URL('./worker.js', import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : undefined;
}

export interface PoolOptions {
  script: URL;
  init: WorkerInit;
  threads: number;
  /** The next file to fix, or undefined when there is none (or the run stops). */
  take: () => WorkerRequest | undefined;
  onOutcome: (index: number, outcome: FileOutcome) => void;
  /** What the workers do, for messages: 'fix' (default) or 'lint'. */
  task?: 'fix' | 'lint';
}

export interface Pool {
  /** Wait for the files in progress, then end the workers. Rejects if a worker failed. */
  finish(): Promise<void>;
  /** End the workers now. */
  abort(): Promise<void>;
  /** Set when a worker failed: the caller should stop taking files. */
  readonly failed: Error | undefined;
  /** How many files the workers fixed. */
  readonly fixed: number;
}

/** Files handed to a worker at a time: enough that it never waits while the main thread lints a file of its own. */
const IN_FLIGHT = 16;

export function startPool(options: PoolOptions): Pool {
  const workers: Array<{ worker: Worker; ready: boolean; inFlight: Set<number> }> = [];
  let failed: Error | undefined;
  let fixed = 0;
  let idle: (() => void) | undefined;
  const files = new Map<number, string>();
  const task = options.task ?? 'fix';

  const busy = () => workers.some((w) => w.inFlight.size > 0);
  const checkIdle = () => {
    if (idle && (!busy() || failed)) idle();
  };
  const fail = (err: Error) => {
    failed ??= err;
    checkIdle();
  };
  const fill = (w: (typeof workers)[number]) => {
    while (!failed && w.ready && w.inFlight.size < IN_FLIGHT) {
      const job = options.take();
      if (!job) break;
      files.set(job.index, job.file);
      w.inFlight.add(job.index);
      w.worker.postMessage(job);
    }
  };

  for (let i = 0; i < options.threads; i++) {
    const w = { worker: new Worker(options.script, { workerData: options.init }), ready: false, inFlight: new Set<number>() };
    workers.push(w);
    w.worker.on('message', (reply: WorkerReply) => {
      if ('ready' in reply) {
        w.ready = true;
        return fill(w);
      }
      w.inFlight.delete(reply.index);
      const file = files.get(reply.index) ?? '';
      files.delete(reply.index);
      fixed++;
      try {
        // a failure on one file is that file's error line; the batch goes on
        options.onOutcome(reply.index, 'crash' in reply ? { error: `${file}: internal error while ${task === 'lint' ? 'linting' : 'fixing'}: ${reply.crash.split('\n')[0]}${debugStacks() ? `\n${reply.crash}` : ''}`, changes: [], written: false } : reply.outcome);
      } catch (err) {
        return fail(err as Error);
      }
      fill(w);
      checkIdle();
    });
    w.worker.on('error', (err) => fail(err));
    w.worker.on('exit', (code) => {
      if (!ended) fail(new Error(`a ${task} worker stopped unexpectedly (exit code ${code})`));
    });
  }

  let ended = false;
  const end = async () => {
    ended = true;
    await Promise.all(workers.map((w) => w.worker.terminate()));
  };
  return {
    async finish() {
      if (busy() && !failed) await new Promise<void>((resolve) => (idle = resolve));
      await end();
      if (failed) throw failed;
    },
    abort: end,
    get failed() {
      return failed;
    },
    get fixed() {
      return fixed;
    },
  };
}
