#!/usr/bin/env node
/**
 * Start-up cost of the learned name key: the time a process spends loading
 * rules/names/translit-model.json and reading its first names, measured in
 * fresh processes (median of --runs, default 15). Needs the built code.
 *
 *   node bench/names-startup.mjs [--runs 15]
 */
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const i = process.argv.indexOf('--runs');
const runs = i > 0 ? Number(process.argv[i + 1]) : 15;
const mod = join(root, 'dist', 'names', 'learned-model.js');
const script = `
const { performance } = await import('node:perf_hooks');
const M = await import(${JSON.stringify(mod)});
const c0 = process.cpuUsage();
const t0 = performance.now();
const m = M.builtinModel();
const t1 = performance.now();
const c1 = process.cpuUsage(c0);
for (const w of ['haftar', 'hifter', 'sarraj', 'siraj']) M.decodeForms(m, w);
const t2 = performance.now();
const c2 = process.cpuUsage(c0);
const ms = (c) => (c.user + c.system) / 1000;
console.log(JSON.stringify({ load: t1 - t0, first: t2 - t1, cpuLoad: ms(c1), cpuFirst: ms(c2) - ms(c1) }));`;
const load = [];
const first = [];
const cpuLoad = [];
const cpuFirst = [];
for (let k = 0; k < runs; k++) {
  const r = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
  load.push(r.load);
  first.push(r.first);
  cpuLoad.push(r.cpuLoad);
  cpuFirst.push(r.cpuFirst);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`learned name key, median of ${runs} fresh processes: model load ${median(load).toFixed(1)} ms, first four names read ${median(first).toFixed(1)} ms, together ${median(load.map((x, k) => x + first[k])).toFixed(1)} ms (CPU time: ${median(cpuLoad).toFixed(1)} + ${median(cpuFirst).toFixed(1)} ms; the machine's load shows in the difference)`);
