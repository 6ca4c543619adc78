/**
 * A cache of checked YAML data (packs, language data, configuration files),
 * so that a run whose files have not changed skips YAML parsing and schema
 * validation (the bulk of start-up): `yaml` and `ajv` are then never loaded.
 *
 * An entry is the data as JSON, stored under a hash of the file's bytes, of
 * its kind ('pack', 'config', ...) and of what decides whether those bytes
 * are valid: translint's version, the schemas and the modules that check
 * them. Any change to the file (or to translint) is a different key, so a
 * stale entry is never read. Errors found later in cached data still name
 * file:line:col: the file is parsed again when a message needs a position. Entries are written atomically (a temporary file renamed into place);
 * an entry that cannot be read or parsed is a miss, and a write that fails is
 * ignored: the cache can only save time, never change a result.
 *
 * Size: at most CACHE_LIMITS (400 entries, 256 MiB), oldest entries removed
 * first.
 *
 * Where: $TRANSLINT_CACHE_DIR, else <os.tmpdir()>/translint-cache-<uid>
 * (created private to the user; a directory owned by someone else is not
 * used). TRANSLINT_CACHE=0 turns the cache off. TRANSLINT_DEBUG=cache prints
 * hits, misses and write failures on stderr.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { TranslintError } from '../errors.js';
import { cachedYamlSource, decodeUtf8, parseYaml, type YamlSource } from './yaml-source.js';

/** Bump when the shape of an entry changes. */
const FORMAT = 2;

/**
 * Files whose content decides what a valid pack is (translint's version, the
 * schema, the checking modules, as .js when built or .ts under the tests): a
 * change to any of them makes new keys.
 */
const VALIDATORS = [
  '../../package.json',
  '../../schemas/pack.schema.json',
  '../../schemas/config.schema.json',
  '../config/load-config',
  '../config/extends',
  './load-pack',
  './schema',
  './phrase-data',
  '../match/safe-regex',
  '../match/phrase-matcher',
  // what a compiled entity index (index-cache.ts) holds depends on these too
  './entities',
  '../text/words',
  '../text/fold',
  '../text/articles',
];

let stamp: string | undefined;
let memo: { env: string; dir: string | undefined } | undefined;

function debug(message: string): void {
  if (process.env.TRANSLINT_DEBUG?.split(',').includes('cache')) process.stderr.write(`translint: cache: ${message}\n`);
}

/** The format and the size and modification time of the validating files (stat only: cheap). */
function validatorStamp(): string {
  if (stamp === undefined) {
    const parts = [String(FORMAT)];
    for (const rel of VALIDATORS) {
      const candidates = /\.\w+$/.test(rel) ? [rel] : [`${rel}.js`, `${rel}.ts`];
      let part = `${rel}:-`;
      for (const c of candidates) {
        try {
          const s = statSync(fileURLToPath(new URL(c, import.meta.url)));
          part = `${c}:${s.size}:${s.mtimeMs}`;
          break;
        } catch {
          // not this one
        }
      }
      parts.push(part);
    }
    stamp = parts.join('|');
  }
  return stamp;
}

/** The cache directory, or undefined when the cache is off or unusable. */
export function cacheDir(): string | undefined {
  const env = `${process.env.TRANSLINT_CACHE}|${process.env.TRANSLINT_CACHE_DIR}`;
  if (memo?.env !== env) memo = { env, dir: openCacheDir() };
  return memo.dir;
}

function openCacheDir(): string | undefined {
  if (process.env.TRANSLINT_CACHE === '0' || process.env.TRANSLINT_CACHE === 'false') return undefined;
  const configured = process.env.TRANSLINT_CACHE_DIR;
  const dir = configured || join(tmpdir(), `translint-cache-${process.getuid?.() ?? 'user'}`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const uid = process.getuid?.();
    // in a shared temporary directory, never trust a cache directory someone else made
    if (!configured && uid !== undefined && statSync(dir).uid !== uid) {
      debug(`${dir} belongs to another user: cache off`);
      return undefined;
    }
    return dir;
  } catch (err) {
    debug(`cannot use ${dir}: ${(err as Error).message}`);
    return undefined;
  }
}

/**
 * Read a YAML file whose data `check` accepts (it throws otherwise), from the
 * cache when these bytes were checked before. The data is parsed and checked,
 * and then cached, on a miss.
 */
export function loadCheckedYaml(file: string, kind: string, check: (source: YamlSource) => void): YamlSource {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    throw new TranslintError(`cannot read file (${(err as NodeJS.ErrnoException).code ?? String(err)})`, { file });
  }
  const key = cacheKey(kind, bytes);
  const cached = readCached(key);
  if (cached !== undefined) return keyed(cachedYamlSource(file, cached), key);
  const source = keyed(parseYaml(decodeUtf8(bytes), file), key);
  check(source);
  // only data that JSON keeps as it is (no .inf, no undefined)
  if (source.data !== undefined && isDeepStrictEqual(JSON.parse(JSON.stringify(source.data)), source.data)) writeCached(key, source.data, LAZY_KEYS);
  return source;
}

/**
 * Top-level keys stored as JSON text inside the entry and parsed only when
 * read: a pack's entities (most of a large pack) are not needed when its
 * compiled index is cached too (index-cache.ts).
 */
const LAZY_KEYS = ['entities'];

const contentKeys = new WeakMap<YamlSource, string>();

function keyed(source: YamlSource, key: string): YamlSource {
  contentKeys.set(source, key);
  return source;
}

/** The cache key of the bytes a source was read from (undefined for text not read through loadCheckedYaml). */
export function contentKey(source: YamlSource): string | undefined {
  return contentKeys.get(source);
}

/** The cache key of a file's bytes read as `kind`. */
export function cacheKey(kind: string, bytes: Uint8Array | string): string {
  return createHash('sha1').update(validatorStamp()).update(`\0${kind}\0`).update(bytes).digest('hex');
}

interface Entry {
  format: number;
  key: string;
  data: unknown;
  /** Top-level keys of `data` kept as JSON text, parsed on first read. */
  lazy?: Record<string, string>;
}

/** The cached data for this key, or undefined (no entry, cache off, or an entry that does not read back). */
export function readCached(key: string): unknown {
  const dir = cacheDir();
  if (!dir) return undefined;
  const file = join(dir, `${key}.json`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    debug(`miss ${key}`);
    return undefined;
  }
  try {
    const entry = JSON.parse(text) as Entry;
    if (entry && entry.format === FORMAT && entry.key === key && 'data' in entry) {
      debug(`hit ${key}`);
      return withLazyKeys(entry.data, entry.lazy);
    }
  } catch {
    // a corrupt entry (a torn write from an older version, a full disk): a miss, rewritten below
  }
  debug(`ignored a corrupt entry ${file}`);
  return undefined;
}

/** What the cache may hold: past either limit, the entries written longest ago go. */
export const CACHE_LIMITS = { entries: 400, bytes: 256 * 1024 * 1024 };

/**
 * Keep the cache within CACHE_LIMITS (every new version of translint or of a
 * pack writes new entries, and the old ones are never read again): after a
 * write, the oldest entries are removed until the cache is under both limits,
 * and temporary files left by a killed run are removed after an hour. Only
 * writes pay for this (a run with every entry cached writes nothing); a file
 * that cannot be removed is left.
 */
export function pruneCache(dir: string, limits = CACHE_LIMITS): void {
  let entries: Array<{ file: string; size: number; mtime: number }>;
  try {
    entries = [];
    const now = Date.now();
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      if (name.endsWith('.tmp')) {
        if (now - statSync(file).mtimeMs > 3600_000) unlinkSync(file);
        continue;
      }
      if (!name.endsWith('.json')) continue;
      const st = statSync(file);
      entries.push({ file, size: st.size, mtime: st.mtimeMs });
    }
  } catch {
    return; // a file that went away meanwhile (another run pruning): leave it for the next write
  }
  let bytes = entries.reduce((n, e) => n + e.size, 0);
  if (entries.length <= limits.entries && bytes <= limits.bytes) return;
  entries.sort((a, b) => a.mtime - b.mtime);
  let count = entries.length;
  for (const e of entries) {
    if (count <= limits.entries && bytes <= limits.bytes) break;
    try {
      unlinkSync(e.file);
      debug(`removed ${e.file} (cache full)`);
    } catch {
      // gone already, or not ours to remove
    }
    count--;
    bytes -= e.size;
  }
}

/** `data` with each `lazy` key a property that parses its JSON text when first read. */
function withLazyKeys(data: unknown, lazy: Record<string, string> | undefined): unknown {
  if (!lazy || data === null || typeof data !== 'object') return data;
  for (const [k, text] of Object.entries(lazy)) {
    Object.defineProperty(data, k, {
      configurable: true,
      enumerable: true,
      get() {
        const value: unknown = JSON.parse(text);
        Object.defineProperty(data, k, { value, configurable: true, enumerable: true, writable: true });
        return value;
      },
    });
  }
  return data;
}

/**
 * Store checked data; never fails (a cache that cannot be written is simply
 * not used). `lazyKeys`: top-level keys of an object stored as JSON text
 * (withLazyKeys reads them back).
 */
export function writeCached(key: string, data: unknown, lazyKeys: string[] = []): void {
  const dir = cacheDir();
  if (!dir) return;
  const file = join(dir, `${key}.json`);
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  let entry: Entry = { format: FORMAT, key, data };
  if (data !== null && typeof data === 'object' && !Array.isArray(data) && lazyKeys.some((k) => k in data)) {
    const rest: Record<string, unknown> = { ...(data as Record<string, unknown>) };
    const lazy: Record<string, string> = {};
    for (const k of lazyKeys) {
      if (!(k in rest)) continue;
      lazy[k] = JSON.stringify(rest[k]);
      delete rest[k];
    }
    entry = { format: FORMAT, key, data: rest, lazy };
  }
  try {
    writeFileSync(tmp, JSON.stringify(entry), { mode: 0o600 });
    renameSync(tmp, file);
    debug(`wrote ${key}`);
    pruneCache(dir);
  } catch (err) {
    debug(`cannot write ${file}: ${(err as Error).message}`);
    try {
      unlinkSync(tmp);
    } catch {
      // nothing to clean up
    }
  }
}
