import { createRequire as __translintRequire } from 'node:module'; const require = __translintRequire(import.meta.url);
import {
  lintFile,
  reportRenderer
} from "./chunk-CUM7GYQR.js";
import "./chunk-5LI5HL3L.js";
import "./chunk-IWYLRV3T.js";
import {
  Linter
} from "./chunk-GR5XH6OE.js";
import "./chunk-UFALB7CG.js";
import "./chunk-WXIFJX5E.js";
import "./chunk-UUUQXXOH.js";
import "./chunk-XHA63K7B.js";
import "./chunk-DYSLDDQ6.js";
import "./chunk-7ZWMQEER.js";

// src/cli/lint-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var { config, report, corpusLines } = workerData;
var corpus = corpusLines ? { repeatedLines: new Map(corpusLines) } : void 0;
var linter = new Linter(config);
var render = report ? reportRenderer(report).render : void 0;
parentPort.postMessage({ ready: true });
parentPort.on("message", async ({ index, file }) => {
  let reply;
  try {
    const outcome = await lintFile(linter, file, corpus);
    if (render && outcome.result) {
      outcome.rendered = render(outcome.result);
      outcome.result = void 0;
    }
    reply = { index, outcome };
  } catch (err) {
    reply = { index, crash: err.stack ?? String(err) };
  }
  parentPort.postMessage(reply);
});
