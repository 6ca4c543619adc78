/**
 * The entity index of a pack set, compiled once and cached: with a large pack
 * (thousands of entities), tokenising and folding every spelling, checking
 * conflicts and filling the matcher is most of start-up, on every run and in
 * every worker thread. The compiled terms are stored in the pack cache
 * (pack-cache.ts) under a key made of each pack's own cache key (its bytes,
 * its kind and the stamp of translint's checking and compiling modules) and
 * its name, in load order; a hit rebuilds the matcher from plain data.
 *
 * Only pack sets whose packs were all read from files (so their bytes are
 * known) and that have at least MIN_TERMS terms are cached: a small index
 * builds faster than an entry reads. A pack set with a conflict never gets
 * an entry (building it throws, with the file and line).
 */
import { EntityIndex, type CompiledIndex } from './entities.js';
import type { LoadedPack } from './load-pack.js';
import { cacheKey, contentKey, readCached, writeCached } from '../io/pack-cache.js';

/** Index size (terms) from which the compiled index is cached. */
export const MIN_TERMS = 200;

export function entityIndexOf(packs: LoadedPack[]): EntityIndex {
  const key = indexKey(packs);
  const cached = key === undefined ? undefined : (readCached(key) as CompiledIndex | undefined);
  if (cached !== undefined) {
    try {
      return EntityIndex.fromCompiled(cached);
    } catch {
      // an entry of another shape: build the index again (and overwrite it)
    }
  }
  const index = new EntityIndex();
  for (const p of packs) index.addPack(p.source, p.name, p.builtin);
  index.seal();
  if (key !== undefined && index.matcher.termCount >= MIN_TERMS) writeCached(key, index.toCompiled());
  return index;
}

function indexKey(packs: LoadedPack[]): string | undefined {
  const parts: string[] = [];
  for (const p of packs) {
    const k = contentKey(p.source);
    if (k === undefined) return undefined;
    parts.push(`${p.name}\0${p.builtin ? 1 : 0}\0${k}`);
  }
  return parts.length > 0 ? cacheKey('entity-index', parts.join('\n')) : undefined;
}
