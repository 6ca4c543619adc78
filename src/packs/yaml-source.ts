/**
 * Read a YAML (or JSON) file keeping source positions, so that every later
 * check can name the file, line and column of the value it rejects.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Document } from 'yaml';
import { TranslintError } from '../errors.js';

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
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new TranslintError(`cannot read file (${(err as NodeJS.ErrnoException).code ?? String(err)})`, { file });
  }
  return parseYaml(text, file);
}

/** Bytes read as UTF-8 text (as readFileSync(file, 'utf8') does). */
export function decodeUtf8(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

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
    const reason = first.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    throw new TranslintError(`invalid YAML: ${reason}`, { file, line: pos.line, column: pos.col });
  }
  const locate = (path: Path, key = false) => {
    const offset = offsetOf(doc, path, key);
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  return {
    file,
    data: doc.toJS(),
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
