/**
 * A cache of checked YAML data (packs, language data, configuration files),
 * so that a run whose files have not changed skips YAML parsing and schema
 * validation (the bulk of start-up): `yaml` and `ajv` are then never loaded.
 *
 * Keys. An entry is stored under a hash of the file's bytes, of its kind
 * ('pack', 'config', ...) and of the build stamp: the package version plus a
 * SHA-256 of every built file (dist/build-stamp.json, written by the build
 * from what dist/ really contains; from the sources, as under the tests, the
 * hash of src/ and schemas/ is computed at first use). A rebuild or an
 * upgrade is a new key, so a stale entry is never read. Errors found later in
 * cached data still name file:line:col: the file is parsed again when a
 * message needs a position.
 *
 * Safety (the cache folder may sit on a machine shared with other users):
 * - Where: $TRANSLINT_CACHE_DIR, else $XDG_CACHE_HOME/translint, else
 *   ~/.cache/translint, as other tools do (never the shared temporary folder).
 *   The folder is created 0700. It is used only if lstat shows a real folder
 *   (not a symbolic link) owned by this user that no one else can write to;
 *   otherwise the cache is off (TRANSLINT_DEBUG=cache says why).
 * - Entries are content-addressed and verified: each holds its key and the
 *   SHA-256 of its payload, checked on every read; an entry is opened without
 *   following links and read only if it is a regular file owned by this user.
 *   Anything else is a miss.
 * - Pruning touches only this cache's own entries (names of 64 hex digits
 *   plus .json, and its own temporary files), owned by this user.
 *
 * Entries are written atomically (a temporary file renamed into place). A
 * write that fails is ignored: the cache can only save time, never change a
 * result. Size: at most CACHE_LIMITS (400 entries, 256 MiB), oldest first.
 * TRANSLINT_CACHE=0 turns the cache off.
 */
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { MAX_DATA_BYTES, readRegularFile, readUpTo } from './read-file.js';
import { cachedYamlSource, decodeUtf8, findLoneSurrogate, parseYaml, type YamlSource } from './yaml-source.js';

/** Bump when the shape of an entry changes. */
const FORMAT = 3;

/** An entry's file name: the key (SHA-256, hex) and .json. */
const ENTRY_NAME = /^[0-9a-f]{64}\.json$/;
/** A temporary file of this cache: an entry name, a pid, a random part, .tmp. */
const TEMP_NAME = /^[0-9a-f]{64}\.json\.\d+\.[0-9a-z]+\.tmp$/;

let stamp: string | undefined;
let memo: { env: string; dir: string | undefined } | undefined;

function debug(message: string): void {
  if (process.env.TRANSLINT_DEBUG?.split(',').includes('cache')) process.stderr.write(`translint: cache: ${message}\n`);
}

/**
 * The build stamp: dist/build-stamp.json when running a build (written by
 * scripts/build-stamp.mjs from the built files), else the hash of the
 * sources, schemas and package.json, computed once.
 */
export function buildStamp(): string {
  if (stamp !== undefined) return stamp;
  try {
    const built = JSON.parse(readFileSync(new URL('../build-stamp.json', import.meta.url), 'utf8')) as { stamp?: unknown };
    if (typeof built.stamp === 'string' && built.stamp.length > 0) return (stamp = `${FORMAT}:${built.stamp}`);
  } catch {
    // not a build: hash the sources
  }
  const srcRoot = fileURLToPath(new URL('..', import.meta.url));
  const pkgRoot = dirname(srcRoot);
  const h = createHash('sha256');
  const files = [...listFiles(srcRoot, /\.(ts|js|mjs)$/), ...listFiles(join(pkgRoot, 'schemas'), /\.json$/), join(pkgRoot, 'package.json')];
  for (const f of files.sort()) {
    try {
      h.update(relative(pkgRoot, f)).update('\0').update(readFileSync(f)).update('\0');
    } catch {
      // went away meanwhile
    }
  }
  return (stamp = `${FORMAT}:src:${h.digest('hex')}`);
}

function listFiles(root: string, pattern: RegExp): string[] {
  const out: string[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (e.isFile() && pattern.test(e.name)) out.push(p);
    }
  }
  return out;
}

/** The cache directory, or undefined when the cache is off or unusable. */
export function cacheDir(): string | undefined {
  const env = `${process.env.TRANSLINT_CACHE}|${process.env.TRANSLINT_CACHE_DIR}|${process.env.XDG_CACHE_HOME}|${process.env.HOME}`;
  if (memo?.env !== env) memo = { env, dir: openCacheDir() };
  return memo.dir;
}

/** Where the cache lives when TRANSLINT_CACHE_DIR is not set: the user's own cache folder. */
export function defaultCacheDir(): string | undefined {
  const xdg = process.env.XDG_CACHE_HOME;
  if (xdg && xdg.startsWith('/')) return join(xdg, 'translint');
  let home: string;
  try {
    home = process.env.HOME || homedir();
  } catch {
    return undefined;
  }
  return home ? join(home, '.cache', 'translint') : undefined;
}

/** Why `dir` cannot be trusted as this user's cache folder, or undefined when it can. */
export function untrustedReason(dir: string): string | undefined {
  let st;
  try {
    st = lstatSync(dir);
  } catch (err) {
    return `cannot stat (${(err as NodeJS.ErrnoException).code})`;
  }
  if (st.isSymbolicLink()) return 'is a symbolic link';
  if (!st.isDirectory()) return 'is not a folder';
  const uid = process.getuid?.();
  if (uid !== undefined && st.uid !== uid) return `belongs to another user (uid ${st.uid})`;
  if (process.platform !== 'win32' && (st.mode & 0o022) !== 0) return `can be written by other users (mode ${(st.mode & 0o777).toString(8)})`;
  return undefined;
}

function openCacheDir(): string | undefined {
  if (process.env.TRANSLINT_CACHE === '0' || process.env.TRANSLINT_CACHE === 'false') return undefined;
  const dir = process.env.TRANSLINT_CACHE_DIR || defaultCacheDir();
  if (!dir) return undefined;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (err) {
    debug(`cannot use ${dir}: ${(err as Error).message}`);
    return undefined;
  }
  const why = untrustedReason(dir);
  if (why) {
    debug(`${dir} ${why}: cache off`);
    return undefined;
  }
  return dir;
}

/**
 * Read a YAML file whose data `check` accepts (it throws otherwise), from the
 * cache when these bytes were checked before. The data is parsed and checked,
 * and then cached, on a miss.
 */
export function loadCheckedYaml(file: string, kind: string, check: (source: YamlSource) => void): YamlSource {
  // a regular file of bounded size (a FIFO or /dev/zero is refused, never read for ever)
  const bytes = readRegularFile(file, MAX_DATA_BYTES, 'data file');
  const key = cacheKey(kind, bytes);
  const cached = readCached(key);
  if (cached !== undefined) return keyed(cachedYamlSource(file, cached), key);
  const source = keyed(parseYaml(decodeUtf8(bytes, file), file), key);
  const lone = findLoneSurrogate(source.data);
  if (lone) throw source.error(lone, 'a string with a lone surrogate (an unpaired \\uD800-\\uDFFF escape) is not text: write the whole character');
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
  return createHash('sha256').update(buildStamp()).update(`\0${kind}\0`).update(bytes).digest('hex');
}

/** An entry file: a header line (format, key, SHA-256 and length of the payload), then the payload. */
interface EntryHeader {
  format: number;
  key: string;
  sha256: string;
  length: number;
}

interface Payload {
  data: unknown;
  /** Top-level keys of `data` kept as JSON text, parsed on first read. */
  lazy?: Record<string, string>;
}

/** The bytes of an entry file, if it is a regular file of this user's (opened without following a link). */
function readEntryFile(file: string): Buffer | undefined {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch {
    return undefined;
  }
  try {
    const st = fstatSync(fd);
    const uid = process.getuid?.();
    if (!st.isFile() || (uid !== undefined && st.uid !== uid) || st.size > CACHE_LIMITS.bytes) return undefined;
    return readUpTo(fd, st.size);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** The cached data for this key, or undefined (no entry, cache off, or an entry that does not read back). */
export function readCached(key: string): unknown {
  const dir = cacheDir();
  if (!dir) return undefined;
  if (!/^[0-9a-f]{64}$/.test(key)) return undefined;
  const file = join(dir, `${key}.json`);
  const bytes = readEntryFile(file);
  if (bytes === undefined) {
    debug(`miss ${key}`);
    return undefined;
  }
  try {
    const nl = bytes.indexOf(10);
    const header = JSON.parse(bytes.subarray(0, nl).toString('utf8')) as EntryHeader;
    const payload = bytes.subarray(nl + 1);
    // verified: the key it was stored under, and the hash of what it holds
    if (
      nl > 0 &&
      header.format === FORMAT &&
      header.key === key &&
      header.length === payload.length &&
      header.sha256 === createHash('sha256').update(payload).digest('hex')
    ) {
      const entry = JSON.parse(payload.toString('utf8')) as Payload;
      if (entry && typeof entry === 'object' && 'data' in entry) {
        debug(`hit ${key}`);
        return withLazyKeys(entry.data, entry.lazy);
      }
    }
  } catch {
    // a corrupt entry (a torn write, a full disk): a miss, rewritten below
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
    const uid = process.getuid?.();
    for (const name of readdirSync(dir)) {
      // only this cache's own files, owned by this user: anything else in the folder is left alone
      const temp = TEMP_NAME.test(name);
      if (!temp && !ENTRY_NAME.test(name)) continue;
      const file = join(dir, name);
      const st = lstatSync(file);
      if (!st.isFile() || (uid !== undefined && st.uid !== uid)) continue;
      if (temp) {
        if (now - st.mtimeMs > 3600_000) unlinkSync(file);
        continue;
      }
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
  if (!/^[0-9a-f]{64}$/.test(key)) return;
  const file = join(dir, `${key}.json`);
  const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  let entry: Payload = { data };
  if (data !== null && typeof data === 'object' && !Array.isArray(data) && lazyKeys.some((k) => k in data)) {
    const rest: Record<string, unknown> = { ...(data as Record<string, unknown>) };
    const lazy: Record<string, string> = {};
    for (const k of lazyKeys) {
      if (!(k in rest)) continue;
      lazy[k] = JSON.stringify(rest[k]);
      delete rest[k];
    }
    entry = { data: rest, lazy };
  }
  try {
    const payload = Buffer.from(JSON.stringify(entry), 'utf8');
    const header: EntryHeader = { format: FORMAT, key, sha256: createHash('sha256').update(payload).digest('hex'), length: payload.length };
    writeFileSync(tmp, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), payload]), { mode: 0o600, flag: 'wx' });
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
