/**
 * From a source file to the text the rules read and back (see index.ts for
 * the markup kinds). This module loads no parser: the Markdown and HTML
 * parsers are imported only when a file of that kind is linted
 * (`prepareSourceAsync`), so linting plain text never loads them.
 */
import { extname } from 'node:path';
import { LineIndex } from '../text/lines.js';
import type { Diagnostic, Fix } from '../types.js';
import { plainText } from './plain.js';
import { TextMap, type MarkupKind } from './text-map.js';

const BY_EXTENSION: Record<string, MarkupKind> = { '.md': 'markdown', '.markdown': 'markdown', '.html': 'html', '.htm': 'html' };

/** The markup of a file, by its extension. */
export function markupOf(filePath: string | undefined): MarkupKind {
  return (filePath && BY_EXTENSION[extname(filePath).toLowerCase()]) || 'text';
}

/** The parser for a markup kind, imported on first use. */
export async function markupParser(kind: MarkupKind): Promise<(source: string) => TextMap> {
  if (kind === 'markdown') return (await import('./markdown.js')).markdownText;
  if (kind === 'html') return (await import('./html.js')).htmlText;
  return plainText;
}

export interface PreparedSource {
  /** What the rules read. */
  text: string;
  map: TextMap;
  /** The source text the map leads back to. */
  source: string;
  /** Line and column lookup in the source, built on first use. */
  lines(): LineIndex;
  /** The rules' findings in source terms; those that reach into skipped text are dropped. */
  toSource(messages: Diagnostic[]): Diagnostic[];
}

/** A source file prepared for the rules, its parser loaded if need be. */
export async function prepareSourceAsync(source: string, filePath?: string, kind: MarkupKind = markupOf(filePath)): Promise<PreparedSource> {
  return preparedFrom(source, (await markupParser(kind))(source));
}

/** The prepared source for a source file and its text map. */
export function preparedFrom(source: string, map: TextMap): PreparedSource {
  let index: LineIndex | undefined;
  const lines = () => (index ??= new LineIndex(source));
  return {
    text: map.text,
    map,
    source,
    lines,
    toSource(messages) {
      const mapped: Diagnostic[] = [];
      for (const m of messages) {
        const d = toSource(m, map, lines);
        if (d) mapped.push(d);
      }
      return mapped;
    },
  };
}

/** One finding in source terms, or undefined when it reaches into skipped text. */
function toSource(m: Diagnostic, map: TextMap, lines: () => LineIndex): Diagnostic | undefined {
  const range = mapRange(map, m.range);
  if (TextMap.overlaps(map.opaque, range[0], range[1])) return undefined;
  const d: Diagnostic = { ...m, range };
  if (d.actual === undefined) d.actual = map.text.slice(m.range[0], m.range[1]);
  if (!map.identity) {
    const s = lines().position(range[0]);
    const e = lines().position(range[1]);
    Object.assign(d, { line: s.line, column: s.column, endLine: e.line, endColumn: e.column });
  }
  if (m.fix) {
    const fix = mapFix(map, m.fix);
    if (fix) d.fix = fix;
    else {
      delete d.fix;
      delete d.fixSafety;
    }
  }
  if (m.suggestions) {
    const suggestions = m.suggestions.flatMap((s) => {
      const fix = mapFix(map, s.fix);
      return fix ? [{ ...s, fix }] : [];
    });
    if (suggestions.length) d.suggestions = suggestions;
    else delete d.suggestions;
  }
  return d;
}

function mapRange(map: TextMap, [start, end]: [number, number]): [number, number] {
  if (map.identity) return [start, end];
  const s = map.toSource(start, 'start');
  return [s, start === end ? s : Math.max(s, map.toSource(end, 'end'))];
}

/** A fix in source terms, or undefined when it would touch code, URLs or markup. */
function mapFix(map: TextMap, fix: Fix): Fix | undefined {
  const range = mapRange(map, fix.range);
  if (TextMap.overlaps(map.opaque, range[0], range[1]) || TextMap.overlaps(map.syntax, range[0], range[1])) return undefined;
  const text = map.kind === 'html' ? fix.text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : fix.text;
  return { range, text };
}
