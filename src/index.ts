/**
 * translint's programmatic API.
 *
 *   import { lintText, loadConfig, Linter } from 'translint';
 *   const result = await lintText('Hifter said...', { language: 'en' });
 */
import { loadConfig } from './config/load-config.js';
import { resolveConfig, type Config, type ResolvedConfig } from './config/config.js';
import { Linter, type FixResult, type LintOptions } from './engine/linter.js';
import type { LintResult } from './types.js';

export { loadConfig, findConfigFile } from './config/load-config.js';
export { resolveConfig } from './config/config.js';
export type { Config, ResolvedConfig, RuleSetting } from './config/config.js';
export { Linter } from './engine/linter.js';
export type { FixOptions, FixResult, LintOptions } from './engine/linter.js';
export { applyFixes } from './engine/fixer.js';
export { loadPacks, loadPackFile, loadPackText, builtinPackNames, PackSet } from './packs/load-pack.js';
export { allRules, rulesById } from './rules/index.js';
export type { RuleModule, RuleContext } from './rules/rule.js';
export { formatters } from './formatters/index.js';
export { TranslintError } from './errors.js';
export * from './types.js';

export interface LintTextOptions extends LintOptions {
  /** A resolved configuration, a config object, or nothing (the defaults, or the config file found from `cwd`). */
  config?: ResolvedConfig | Config;
  cwd?: string;
}

const linters = new WeakMap<object, Linter>();

function linterFor(options: LintTextOptions): Linter {
  const key = options.config ?? defaultKey;
  let linter = linters.get(key);
  if (!linter) {
    const cfg = !options.config
      ? loadConfig({ cwd: options.cwd })
      : 'baseDir' in options.config
        ? (options.config as ResolvedConfig)
        : resolveConfig(options.config as Config, options.cwd ?? process.cwd());
    linter = new Linter(cfg);
    linters.set(key, linter);
  }
  return linter;
}
const defaultKey = {};

/** Lint one text. Packs are compiled once per configuration object and reused. */
export async function lintText(text: string, options: LintTextOptions = {}): Promise<LintResult> {
  return linterFor(options).lintText(text, options);
}

/** Lint and apply safe fixes (unsafe too with `unsafe: true`), up to 10 passes. */
export async function fixText(text: string, options: LintTextOptions & { unsafe?: boolean } = {}): Promise<FixResult> {
  return linterFor(options).fixText(text, options);
}
