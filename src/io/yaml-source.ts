/**
 * Read a YAML (or JSON) file keeping source positions, so that every later
 * check can name the file, line and column of the value it rejects.
 */
import { createRequire } from 'node:module';
import type { Document } from 'yaml';
import { TranslintError } from '../errors.js';
import { firstInvalidUtf8, MAX_DATA_BYTES, readRegularFile } from './read-file.js';

/** The yaml package, loaded on first use (a run whose packs come from the cache never needs it). */
let yamlLib: typeof import('yaml') | undefined;
function yaml(): typeof import('yaml') {
  return (yamlLib ??= createRequire(import.meta.url)('yaml') as typeof import('yaml'));
}

export type Path = ReadonlyArray<string | number>;

export interface YamlSource {
  file: string;
  data: unknown;
  /** Line and column (1-based) of the value at `path`, or of its nearest existing parent. */
  locate(path: Path, key?: boolean): { line: number; column: number };
  /** A TranslintError naming this file and the position of `path`. */
  error(path: Path, message: string, key?: boolean): TranslintError;
}

export function readYamlFile(file: string): YamlSource {
  return parseYaml(decodeUtf8(readRegularFile(file, MAX_DATA_BYTES, 'data file'), file), file);
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Bytes read as UTF-8 text, strictly: a pack or configuration that is not
 * UTF-8 (Latin-1 'Marché') is refused naming the file and line, never read
 * with replacement characters (which would then match other words). A byte
 * order mark is dropped.
 */
export function decodeUtf8(bytes: Uint8Array, file = '<data>'): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8(bytes);
    let line = 1;
    for (let i = 0; i < bad; i++) if (bytes[i] === 10) line++;
    throw new TranslintError(`not UTF-8 (invalid byte at offset ${Math.max(bad, 0)}): save the file as UTF-8`, { file, line });
  }
}

/** The path of the first string (value or key) in `data` with a lone surrogate, or undefined. */
export function findLoneSurrogate(data: unknown, path: Array<string | number> = []): Path | undefined {
  if (typeof data === 'string') return LONE_SURROGATE.test(data) ? path : undefined;
  if (Array.isArray(data)) {
    for (let i = 0; i < data.length; i++) {
      const p = findLoneSurrogate(data[i], [...path, i]);
      if (p) return p;
    }
  } else if (data !== null && typeof data === 'object') {
    for (const [k, v] of Object.entries(data)) {
      if (LONE_SURROGATE.test(k)) return [...path, k];
      const p = findLoneSurrogate(v, [...path, k]);
      if (p) return p;
    }
  }
  return undefined;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * A source for data that was already checked (from the pack cache): the file
 * is parsed again only if a later check needs a line and column.
 */
export function cachedYamlSource(file: string, data: unknown): YamlSource {
  let parsed: YamlSource | undefined;
  const source = () => (parsed ??= readYamlFile(file));
  return {
    file,
    data,
    locate: (path, key) => source().locate(path, key),
    error: (path, message, key) => source().error(path, message, key),
  };
}

export function parseYaml(text: string, file: string): YamlSource {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    const pos = lineCounter.linePos(first.pos[0]);
    throw new TranslintError(`invalid YAML: ${yamlReason(first.message)}`, { file, line: pos.line, column: pos.col });
  }
  let data: unknown;
  try {
    // aliases are expanded at most 100 times (yaml's guard against an alias bomb)
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    throw new TranslintError(`invalid YAML: ${yamlReason((err as Error).message)}`, { file });
  }
  const locate = (path: Path, key = false) => {
    const offset = offsetOf(doc, path, key);
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  return {
    file,
    data,
    locate,
    error(path, message, key = false) {
      const { line, column } = locate(path, key);
      return new TranslintError(message, { file, line, column });
    },
  };
}

function offsetOf(doc: Document, path: Path, key: boolean): number {
  for (let n = path.length; n >= 0; n--) {
    const sub = path.slice(0, n);
    if (key && n === path.length && n > 0) {
      const parent = sub.length > 1 ? doc.getIn(sub.slice(0, -1), true) : doc.contents;
      const pair = findPair(parent, sub[sub.length - 1]);
      if (pair) return pair;
    }
    const node = sub.length === 0 ? doc.contents : doc.getIn(sub, true);
    if (yaml().isNode(node) && node.range) return node.range[0];
  }
  return 0;
}

function findPair(parent: unknown, key: string | number): number | undefined {
  const items = (parent as { items?: Array<{ key?: unknown }> } | undefined)?.items;
  if (!items) return undefined;
  for (const item of items) {
    const k = item.key as { value?: unknown; range?: [number, number, number] } | undefined;
    if (k && k.value === key && k.range) return k.range[0];
  }
  return undefined;
}

/**
 * The first line of a YAML error, without its position and cut short: a
 * message names the problem, never quotes much of the file (a pack path that
 * points at a secret must not print it into a CI log).
 */
function yamlReason(message: string): string {
  const reason = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return reason.length > 100 ? `${reason.slice(0, 100)}...` : reason;
}
