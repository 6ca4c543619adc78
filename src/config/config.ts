/**
 * Configuration: what the file says (Config) and what a run uses
 * (ResolvedConfig: every rule with its severity and options, packs resolved).
 */
import { allRules, rulesById } from '../rules/index.js';
import { TranslintError } from '../errors.js';
import { DEFAULT_LANGUAGES } from '../text/language.js';
import { builtinPackNames } from '../packs/load-pack.js';
import type { Severity } from '../types.js';

export type RuleSetting = Severity | 0 | 1 | 2 | [Severity | 0 | 1 | 2, Record<string, unknown>?];

export interface Config {
  language?: string;
  languages?: string[];
  packs?: string[];
  rules?: Record<string, RuleSetting>;
  extensions?: string[];
  ignorePatterns?: string[];
}

export interface ResolvedConfig {
  /** 'auto' or an ISO 639-1 code. */
  language: string;
  languages: string[];
  /** Pack references (built-in names or absolute paths). */
  packs: string[];
  rules: Record<string, { severity: Severity; options: Record<string, unknown> }>;
  extensions: string[];
  ignorePatterns: string[];
  /** Where relative pack paths are resolved from. */
  baseDir: string;
  /** The file the configuration came from, if any. */
  file?: string;
}

const NUMERIC: Record<number, Severity> = { 0: 'off', 1: 'warning', 2: 'error' };

function severityOf(s: Severity | number): Severity {
  return typeof s === 'number' ? NUMERIC[s] : s;
}

/** Merge a config (and command-line overrides) over the defaults. */
export function resolveConfig(config: Config, baseDir: string, file?: string): ResolvedConfig {
  const rules: ResolvedConfig['rules'] = {};
  for (const r of allRules) rules[r.meta.id] = { severity: r.meta.defaultSeverity, options: {} };
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    if (!rulesById.has(id)) {
      throw new TranslintError(`unknown rule '${id}' (see 'translint rules' for the list)`, { file });
    }
    const [sev, options] = Array.isArray(setting) ? setting : [setting, undefined];
    rules[id] = { severity: severityOf(sev), options: options ?? {} };
  }
  return {
    language: config.language ?? 'auto',
    languages: config.languages ?? DEFAULT_LANGUAGES,
    packs: config.packs ?? builtinPackNames(),
    rules,
    extensions: config.extensions ?? ['.txt', '.md'],
    ignorePatterns: config.ignorePatterns ?? [],
    baseDir,
    file,
  };
}
