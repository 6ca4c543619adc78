import { createRequire as __translintRequire } from 'node:module'; const require = __translintRequire(import.meta.url);
import {
  lintFile,
  reportRenderer
} from "./chunk-JWBSIR3S.js";
import "./chunk-ASKIRIQK.js";
import "./chunk-RRWCIPAK.js";
import {
  Linter
} from "./chunk-SGIWFWKX.js";
import "./chunk-LNJTRECT.js";
import "./chunk-UUUQXXOH.js";
import "./chunk-VNBL5TAW.js";
import "./chunk-XHA63K7B.js";
import "./chunk-DYSLDDQ6.js";
import "./chunk-7ZWMQEER.js";

// src/cli/lint-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var { config, report } = workerData;
var linter = new Linter(config);
var render = report ? reportRenderer(report).render : void 0;
parentPort.postMessage({ ready: true });
parentPort.on("message", async ({ index, file }) => {
  let reply;
  try {
    const outcome = await lintFile(linter, file);
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
