/**
 * The command-line options for CI and editors' workflows (docs/ci.md):
 * baselines, unused disable directives, --print-config, and writing the
 * report to a file.
 */
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import type { ResolvedConfig } from '../config/config.js';
import { configForFile } from '../config/overrides.js';
import { mkdirSync } from 'node:fs';
import { applyBaseline, createBaseline, readBaseline, type Baseline } from '../engine/baseline.js';
import { TranslintError } from '../errors.js';
import { errorCode, writeFileVerified } from '../io/atomic-write.js';
import { markupOf } from '../markup/source.js';
import type { LintResult } from '../types.js';

export interface CiFlags {
  baseline?: string;
  writeBaseline?: string;
  reportUnusedDisableDirectives?: boolean;
  printConfig?: string;
  language?: string;
  rules?: string[];
}

export function addCiOptions(program: Command): void {
  program
    .option('--baseline <file>', 'report only findings that are not in this baseline file')
    .option('--write-baseline <file>', "record today's findings in a baseline file (then reports nothing)")
    .option('--report-unused-disable-directives', 'warn about translint-disable comments that silence nothing')
    .option('--print-config <file>', 'print the configuration used for this file, as JSON');
}

/** Settings the command line gives the configuration; --language and --rules win over overrides. */
export function applyCiConfig(config: ResolvedConfig, flags: CiFlags, cwd: string): void {
  if (flags.reportUnusedDisableDirectives) config.reportUnusedDisableDirectives = true;
  config.cli = { language: flags.language, packs: flags.rules?.map((p) => resolve(cwd, p)) };
}

/** The configuration for one file, as --print-config shows it. */
export function printConfig(config: ResolvedConfig, file: string, cwd: string): string {
  const path = resolve(cwd, file);
  const c = configForFile(config, path);
  const shown = {
    configFile: c.file ?? null,
    markup: markupOf(path),
    language: c.language,
    languages: c.languages,
    packs: c.packs,
    rules: c.rules,
    extensions: c.extensions,
    ignorePatterns: c.ignorePatterns,
    reportUnusedDisableDirectives: c.reportUnusedDisableDirectives ?? false,
  };
  return JSON.stringify(shown, null, 2) + '\n';
}

/**
 * --write-baseline records every finding; --baseline drops the known ones.
 * Replaces `results` in place. Messages go to stderr.
 */
export function applyBaselineOptions(results: LintResult[], flags: CiFlags, cwd: string, stderr: (s: string) => void): void {
  const file = flags.writeBaseline ?? flags.baseline;
  if (!file) return;
  const path = resolve(cwd, file);
  let baseline;
  if (flags.writeBaseline) {
    baseline = writeBaselineFile(path, results);
    const n = baseline.findings.reduce((s, e) => s + e.count, 0);
    stderr(`translint: wrote ${n} finding${n === 1 ? '' : 's'} to the baseline ${file}\n`);
  } else baseline = readBaseline(path);
  const { results: kept } = applyBaseline(results, baseline, dirname(path));
  results.splice(0, results.length, ...kept);
}


/** Write a baseline file: verified and atomic (io/atomic-write.ts); a device or a folder is refused. */
function writeBaselineFile(file: string, results: LintResult[]): Baseline {
  const baseline = createBaseline(results, dirname(file));
  try {
    mkdirSync(dirname(file), { recursive: true });
  } catch (err) {
    throw new TranslintError(`cannot write baseline (${errorCode(err)})`, { file });
  }
  writeFileVerified(file, JSON.stringify(baseline, null, 2) + '\n');
  return baseline;
}
