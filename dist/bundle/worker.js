import { createRequire as __translintRequire } from 'node:module'; const require = __translintRequire(import.meta.url);
import {
  fixFile
} from "./chunk-NTD7HLC3.js";
import "./chunk-5LI5HL3L.js";
import {
  Linter
} from "./chunk-GR5XH6OE.js";
import "./chunk-UFALB7CG.js";
import "./chunk-WXIFJX5E.js";
import "./chunk-UUUQXXOH.js";
import "./chunk-XHA63K7B.js";
import "./chunk-DYSLDDQ6.js";
import "./chunk-7ZWMQEER.js";

// src/cli/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var { config, options } = workerData;
var linter = new Linter(config);
parentPort.postMessage({ ready: true });
parentPort.on("message", async ({ index, file }) => {
  let reply;
  try {
    reply = { index, outcome: await fixFile(linter, file, options) };
  } catch (err) {
    reply = { index, crash: err.stack ?? String(err) };
  }
  parentPort.postMessage(reply);
});
