/**
 * Load rule packs: built-in ones by name (rules/entities/<name>.yaml or rules/phrases/<name>.yaml) or files by path.
 * Each pack is read with source positions, validated against
 * schemas/pack.schema.json, and its entities compiled into one matcher.
 * Other sections (phrase data for the artefact rules) are kept as data and
 * compiled by the rules that use them, once per pack set.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TranslintError } from '../errors.js';
import type { EntityIndex } from './entities.js';
import { entityIndexOf } from './index-cache.js';
import { checkPhraseData } from './phrase-data.js';
import { validateAgainst } from './schema.js';
import { loadCheckedYaml } from '../io/pack-cache.js';
import { parseYaml, type YamlSource } from '../io/yaml-source.js';

export const BUILTIN_DIR = fileURLToPath(new URL('../../rules/', import.meta.url));
/** Folders of BUILTIN_DIR that hold packs: entity packs and MT phrase packs. */
const PACK_DIRS = ['entities', 'phrases'];

export interface LoadedPack {
  name: string;
  file: string;
  builtin: boolean;
  source: YamlSource;
  data: Record<string, unknown>;
}

/** Names of the built-in packs (rules/entities/*.yaml and rules/phrases/*.yaml). */
export function builtinPackNames(): string[] {
  return PACK_DIRS.flatMap((d) => readdirSync(resolve(BUILTIN_DIR, d)))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -'.yaml'.length))
    .sort();
}

/** Resolve a pack reference: a built-in name, or a path relative to `baseDir`. */
export function resolvePack(ref: string, baseDir: string): { file: string; builtin: boolean } {
  if (!/[\\/]/.test(ref) && !/\.(ya?ml|json)$/.test(ref)) {
    const file = PACK_DIRS.map((d) => resolve(BUILTIN_DIR, d, `${ref}.yaml`)).find((f) => existsSync(f));
    if (!file) {
      throw new TranslintError(`unknown built-in pack '${ref}' (built-in packs: ${builtinPackNames().join(', ')})`);
    }
    return { file, builtin: true };
  }
  return { file: resolve(baseDir, ref), builtin: false };
}

export function loadPackFile(file: string, builtin = false): LoadedPack {
  if (!existsSync(file)) throw new TranslintError('pack file not found', { file });
  // packs that passed the checks before come from the cache (pack-cache.ts), keyed by the file's bytes
  return toPack(loadCheckedYaml(file, builtin ? 'pack-builtin' : 'pack', (src) => checkPackSource(src, builtin)), builtin);
}

/** A pack from YAML text (`file` names it in messages). */
export function loadPackText(text: string, file: string): LoadedPack {
  return checkPack(parseYaml(text, file), false);
}

function checkPack(source: YamlSource, builtin: boolean): LoadedPack {
  checkPackSource(source, builtin);
  return toPack(source, builtin);
}

function checkPackSource(source: YamlSource, builtin: boolean): void {
  if (source.data === null || typeof source.data !== 'object' || Array.isArray(source.data)) {
    throw new TranslintError('a pack must be a YAML mapping with a `pack` key', { file: source.file, line: 1, column: 1 });
  }
  validateAgainst('pack', source, 'pack');
  checkPhraseData(source, builtin);
}

function toPack(source: YamlSource, builtin: boolean): LoadedPack {
  const data = source.data as Record<string, unknown>;
  return { name: String(data.pack ?? basename(source.file)), file: source.file, builtin, source, data };
}

/** A set of loaded packs with their entities compiled, and a cache for what rules compile from them. */
export class PackSet {
  readonly entities: EntityIndex;
  private readonly compiled = new Map<string, unknown>();

  constructor(readonly packs: LoadedPack[]) {
    // compiled once per pack set, and cached when large (index-cache.ts)
    this.entities = entityIndexOf(packs);
  }

  /** Compile something from the packs once (e.g. a rule's phrase matcher) and reuse it for every document. */
  cached<T>(key: string, build: (packs: LoadedPack[]) => T): T {
    if (!this.compiled.has(key)) this.compiled.set(key, build(this.packs));
    return this.compiled.get(key) as T;
  }
}

export function loadPacks(refs: string[], baseDir: string): PackSet {
  const seen = new Set<string>();
  const packs: LoadedPack[] = [];
  for (const ref of refs) {
    const { file, builtin } = resolvePack(ref, baseDir);
    if (seen.has(file)) continue;
    seen.add(file);
    packs.push(loadPackFile(file, builtin));
  }
  return new PackSet(packs);
}
