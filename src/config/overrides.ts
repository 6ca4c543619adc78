/**
 * Per-file configuration: the `overrides` whose globs match a file, applied
 * in order over the base configuration, then the command-line settings
 * (which win). Globs are relative to the directory of the config file that
 * defines them; a pattern without a slash matches the file name in any
 * folder (`*.fr.md`), one with a slash matches the path (`fr/**`).
 */
import { relative, sep } from 'node:path';
import { createRequire } from 'node:module';
import type picomatchType from 'picomatch';
import type { ResolvedConfig, ResolvedOverride } from './config.js';

const matchers = new WeakMap<ResolvedOverride, (path: string) => boolean>();

function compile(globs: string[]): (path: string) => boolean {
  const picomatch = createRequire(import.meta.url)('picomatch') as typeof picomatchType; // loaded only when overrides exist
  const tests = globs.map((g) => picomatch(g.replace(/^\.\//, ''), { dot: true, basename: !g.includes('/') }));
  return (path) => tests.some((t) => t(path));
}

/** Whether an override applies to this file (an absolute path). */
export function overrideMatches(o: ResolvedOverride, filePath: string): boolean {
  const rel = relative(o.baseDir, filePath).split(sep).join('/');
  if (rel === '' || rel.startsWith('../') || rel === '..') return false;
  let test = matchers.get(o);
  if (!test) {
    const inc = compile(o.files);
    const exc = compile(o.excludedFiles);
    test = (p) => inc(p) && !exc(p);
    matchers.set(o, test);
  }
  return test(rel);
}

/**
 * The configuration for one file. Returns `config` itself when no override
 * matches (so callers can cache by identity); otherwise a new configuration
 * without overrides.
 */
export function configForFile(config: ResolvedConfig, filePath?: string): ResolvedConfig {
  if (!filePath || filePath.startsWith('<') || !config.overrides?.length) return config;
  const matching = config.overrides.filter((o) => overrideMatches(o, filePath));
  if (matching.length === 0) return config;
  const out: ResolvedConfig = { ...config, rules: { ...config.rules }, overrides: [] };
  for (const o of matching) {
    if (o.language) out.language = o.language;
    if (o.languages) out.languages = o.languages;
    if (o.packs) out.packs = o.packs;
    if (o.rules) Object.assign(out.rules, o.rules);
  }
  if (config.cli?.language) out.language = config.cli.language;
  for (const p of config.cli?.packs ?? []) if (!out.packs.includes(p)) out.packs = [...out.packs, p];
  return out;
}

/** A key equal for configurations that lint alike (to share one Linter per distinct configuration). */
export function configKey(config: ResolvedConfig): string {
  const { language, languages, packs, rules, reportUnusedDisableDirectives, baseDir } = config;
  return JSON.stringify({ language, languages, packs, rules, reportUnusedDisableDirectives, baseDir });
}
