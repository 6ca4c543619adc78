/**
 * Markup processors (like textlint's): turn a source file into the text the
 * rules read, and map their findings back to the source afterwards.
 *
 * The kind is chosen by file extension (.md/.markdown: Markdown;
 * .html/.htm: HTML; anything else: plain text). After the rules have run,
 * `finish` maps every finding to source offsets, lines and columns, drops
 * findings that reach into code, URLs or raw HTML, drops fixes that would
 * touch anything but prose, and applies the inline disable directives.
 */
import { htmlText } from './html.js';
import { markdownText } from './markdown.js';
import { plainText } from './plain.js';
import { preparedFrom, markupOf, type PreparedSource } from './source.js';
import type { MarkupKind, TextMap } from './text-map.js';

export type { MarkupKind } from './text-map.js';
export { markupOf, markupParser, prepareSourceAsync, type PreparedSource } from './source.js';

export function prepareMarkup(source: string, kind: MarkupKind): TextMap {
  if (kind === 'markdown') return markdownText(source);
  if (kind === 'html') return htmlText(source);
  return plainText(source);
}

/** Prepare a source file (the parsers are loaded with this module; source.ts loads them on demand). */
export function prepareSource(source: string, filePath?: string, kind: MarkupKind = markupOf(filePath)): PreparedSource {
  return preparedFrom(source, prepareMarkup(source, kind));
}
