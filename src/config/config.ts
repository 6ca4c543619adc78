/**
 * Configuration: what the file says (Config) and what a run uses
 * (ResolvedConfig: every rule with its severity and options, packs resolved).
 */
import { allRules, rulesById } from '../rules/index.js';
import { TranslintError } from '../errors.js';
import { DEFAULT_LANGUAGES } from '../text/language.js';
import { builtinPackNames } from '../packs/load-pack.js';
import type { Severity } from '../types.js';
import { assertRuleOptions } from './rule-options.js';

export type RuleSetting = Severity | 0 | 1 | 2 | [Severity | 0 | 1 | 2, Record<string, unknown>?];

export interface Config {
  /** Configurations this one builds on (resolved by load-config.ts). */
  extends?: string | string[];
  language?: string;
  languages?: string[];
  packs?: string[];
  rules?: Record<string, RuleSetting>;
  extensions?: string[];
  ignorePatterns?: string[];
  reportUnusedDisableDirectives?: boolean;
  overrides?: ConfigOverride[];
}

/** Settings for the files matching `files` (globs relative to the config file that defines them). */
export interface ConfigOverride {
  files: string | string[];
  excludedFiles?: string | string[];
  language?: string;
  languages?: string[];
  packs?: string[];
  rules?: Record<string, RuleSetting>;
  /** Where `files` are relative to (set when loading; defaults to the config's baseDir). */
  baseDir?: string;
}

export interface ResolvedOverride {
  files: string[];
  excludedFiles: string[];
  baseDir: string;
  language?: string;
  languages?: string[];
  packs?: string[];
  rules?: ResolvedConfig['rules'];
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
  /** Report disable directives that silence nothing. */
  reportUnusedDisableDirectives?: boolean;
  /** Per-glob settings, applied per file by configForFile (overrides.ts). */
  overrides?: ResolvedOverride[];
  /** Command-line settings, which win over overrides: --language, --rules packs. */
  cli?: { language?: string; packs?: string[] };
}

const NUMERIC: Record<number, Severity> = { 0: 'off', 1: 'warning', 2: 'error' };

function severityOf(s: Severity | number): Severity {
  return typeof s === 'number' ? NUMERIC[s] : s;
}

/** Merge a config (and command-line overrides) over the defaults. */
/** Extensions linted when a directory is given, unless `extensions` or --ext says otherwise (README: Usage). */
export const DEFAULT_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;

export function resolveConfig(config: Config, baseDir: string, file?: string): ResolvedConfig {
  const rules: ResolvedConfig['rules'] = {};
  for (const r of allRules) rules[r.meta.id] = { severity: r.meta.defaultSeverity, options: {} };
  Object.assign(rules, resolveRules(config.rules, file));
  const overrides = (config.overrides ?? []).map((o): ResolvedOverride => {
    const globs = (g: string | string[] | undefined) => (g === undefined ? [] : Array.isArray(g) ? g : [g]);
    const r: ResolvedOverride = { files: globs(o.files), excludedFiles: globs(o.excludedFiles), baseDir: o.baseDir ?? baseDir };
    if (o.language) r.language = o.language;
    if (o.languages) r.languages = o.languages;
    if (o.packs) r.packs = o.packs;
    if (o.rules) r.rules = resolveRules(o.rules, file);
    return r;
  });
  return {
    language: config.language ?? 'auto',
    languages: config.languages ?? DEFAULT_LANGUAGES,
    packs: config.packs ?? builtinPackNames(),
    rules,
    extensions: config.extensions ?? [...DEFAULT_EXTENSIONS],
    ignorePatterns: config.ignorePatterns ?? [],
    baseDir,
    file,
    reportUnusedDisableDirectives: config.reportUnusedDisableDirectives ?? false,
    overrides,
  };
}

function resolveRules(settings: Config['rules'], file?: string): ResolvedConfig['rules'] {
  const rules: ResolvedConfig['rules'] = {};
  for (const [id, setting] of Object.entries(settings ?? {})) {
    if (!rulesById.has(id)) {
      throw new TranslintError(`unknown rule '${id}' (see 'translint rules' for the list)`, { file });
    }
    const [sev, options] = Array.isArray(setting) ? setting : [setting, undefined];
    if (!file) assertRuleOptions(id, options); // a file's options were checked when it loaded (rule-options.ts)
    rules[id] = { severity: severityOf(sev), options: options ?? {} };
  }
  return rules;
}
