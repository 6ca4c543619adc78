/**
 * What a config file refers to, checked where it is written (errors name the
 * file, line and column): rule ids, packs, and the configurations it
 * `extends`. Then the chain of `extends` is read and merged, base first:
 * a later configuration replaces the base's language, languages, packs,
 * extensions, ignore patterns; rule settings merge rule by rule; overrides
 * add up (the base's first). Pack paths are relative to the file naming
 * them; override globs to the folder of the configuration being loaded.
 *
 * Presets: 'translint:recommended' is the defaults (every built-in pack,
 * every rule at its default severity), named so a config can say so.
 */
import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { TranslintError } from '../errors.js';
import { resolvePack } from '../packs/load-pack.js';
import type { YamlSource } from '../io/yaml-source.js';
import { rulesById } from '../rules/index.js';
import type { Config } from './config.js';

export const PRESETS: Record<string, Config> = { 'translint:recommended': {} };

type Data = Config & Record<string, unknown>;

function list<T>(v: T | T[] | undefined): T[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

/** Check rule ids, packs and extends of a validated config source; throws at the first bad one. */
export function checkReferences(source: YamlSource): void {
  const data = source.data as Data;
  const dir = dirname(source.file);
  const checkRules = (rules: Config['rules'], path: Array<string | number>) => {
    for (const id of Object.keys(rules ?? {})) {
      if (!rulesById.has(id)) throw source.error([...path, id], `unknown rule '${id}' (see 'translint rules' for the list)`, true);
    }
  };
  const checkPacks = (packs: string[] | undefined, path: Array<string | number>) => {
    (packs ?? []).forEach((ref, i) => {
      let file: string;
      try {
        file = resolvePack(ref, dir).file;
      } catch (err) {
        throw source.error([...path, i], (err as Error).message);
      }
      if (!existsSync(file)) throw source.error([...path, i], `pack file not found: ${ref}`);
    });
  };
  checkRules(data.rules, ['rules']);
  checkPacks(data.packs, ['packs']);
  (data.overrides ?? []).forEach((o, i) => {
    checkRules(o.rules, ['overrides', i, 'rules']);
    checkPacks(o.packs, ['overrides', i, 'packs']);
  });
  const refs = list(data.extends);
  refs.forEach((ref, i) => {
    const path = Array.isArray(data.extends) ? ['extends', i] : ['extends'];
    if (ref.startsWith('translint:')) {
      if (!(ref in PRESETS)) throw source.error(path, `unknown preset '${ref}' (presets: ${Object.keys(PRESETS).join(', ')})`);
    } else if (!existsSync(resolve(dir, ref))) {
      throw source.error(path, `extended configuration not found: ${ref}`);
    }
  });
}

/** Read a config file and everything it extends, merged into one Config (no `extends` left). */
export function loadConfigChain(file: string, read: (file: string) => Config, chain: string[] = [], matchDir = dirname(file)): Config {
  if (chain.includes(file)) {
    const cycle = [...chain.slice(chain.indexOf(file)), file].map((f) => relative(process.cwd(), f) || f).join(' -> ');
    throw new TranslintError(`configuration extends itself: ${cycle}`, { file: chain[chain.length - 1] });
  }
  const own = absolute(read(file), dirname(file), matchDir);
  let merged: Config = {};
  for (const ref of list(own.extends)) {
    const base = PRESETS[ref] ?? loadConfigChain(resolve(dirname(file), ref), read, [...chain, file], matchDir);
    merged = merge(merged, base);
  }
  return merge(merged, own);
}

/**
 * Pack paths made absolute (relative to the file naming them); overrides
 * told where their globs are relative to: the folder of the configuration
 * being loaded, also for overrides it inherits (as ESLint does), so a shared
 * base can say `fr/**` for every project that extends it.
 */
function absolute(config: Config, dir: string, matchDir: string): Config {
  const packs = (refs: string[] | undefined) => refs?.map((ref) => (resolvePack(ref, dir).builtin ? ref : resolve(dir, ref)));
  const out: Config = { ...config };
  if (config.packs) out.packs = packs(config.packs);
  if (config.overrides) {
    out.overrides = config.overrides.map((o) => {
      const r = { ...o, baseDir: matchDir };
      if (o.packs) r.packs = packs(o.packs);
      return r;
    });
  }
  return out;
}

function merge(base: Config, over: Config): Config {
  const out: Config = { ...base, ...over };
  delete out.extends;
  if (base.rules || over.rules) out.rules = { ...base.rules, ...over.rules };
  if (base.overrides || over.overrides) out.overrides = [...(base.overrides ?? []), ...(over.overrides ?? [])];
  return out;
}
