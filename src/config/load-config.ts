/**
 * Find and read the configuration file: `--config FILE`, or the first of
 * translint.config.yaml / .yml / .json found walking up from the working
 * directory. Validated against schemas/config.schema.json; errors name the
 * file, line and column.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { TranslintError } from '../errors.js';
import { validateAgainst } from '../packs/schema.js';
import { loadCheckedYaml } from '../io/pack-cache.js';
import { resolveConfig, type Config, type ResolvedConfig } from './config.js';
import { checkReferences, loadConfigChain } from './extends.js';
import { checkRuleOptions } from './rule-options.js';

export const CONFIG_NAMES = ['translint.config.yaml', 'translint.config.yml', 'translint.config.json'];

export function findConfigFile(from: string): string | undefined {
  let dir = resolve(from);
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const file = join(dir, name);
      if (existsSync(file)) return file;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export function readConfigFile(file: string): Config {
  if (!existsSync(file)) throw new TranslintError('configuration file not found', { file });
  // a configuration that passed the schema before comes from the cache (io/pack-cache.ts)
  const source = loadCheckedYaml(file, 'config', (src) => {
    if (src.data === null || src.data === undefined) return;
    if (typeof src.data !== 'object' || Array.isArray(src.data)) {
      throw new TranslintError('configuration must be a mapping', { file, line: 1, column: 1 });
    }
    validateAgainst('config', src, 'configuration');
    checkRuleOptions(src);
  });
  if (source.data === null || source.data === undefined) return {};
  checkReferences(source);
  return source.data as Config;
}

/**
 * Load the configuration for a run. `options.config` names a file; otherwise
 * one is searched upward from `options.cwd`. With none found, the defaults
 * apply (all built-in packs, every rule at its default severity).
 */
export function loadConfig(options: { cwd?: string; config?: string; noConfig?: boolean } = {}): ResolvedConfig {
  const cwd = options.cwd ?? process.cwd();
  const file = options.noConfig ? undefined : options.config ? resolve(cwd, options.config) : findConfigFile(cwd);
  if (!file) return resolveConfig({}, cwd);
  return resolveConfig(loadConfigChain(file, readConfigFile), dirname(file), file);
}
