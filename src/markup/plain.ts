/**
 * Plain text: linted as it is, except translint directives, which are hidden
 * from the rules (masked with spaces, offsets unchanged). In plain text a
 * directive is either a line holding nothing but the directive
 * (`translint-disable-next-line entity-variant`) or an HTML-style comment
 * anywhere on a line (`<!-- translint-disable-line -->`).
 */
import { TextMapBuilder, type TextMap } from './text-map.js';

const DIRECTIVE_LINE = /^[ \t]*(translint-(?:disable|enable)\b[^\r\n]*?)[ \t]*$/gm;
const DIRECTIVE_COMMENT = /<!--[ \t]*(translint-(?:disable|enable)\b[\s\S]*?)-->/g;

export function plainText(source: string): TextMap {
  const found: Array<{ start: number; end: number; body: string }> = [];
  // most texts have no directive: one substring search instead of two regular expressions
  if (!source.includes('translint-')) return new TextMapBuilder('text', source).build();
  for (const m of source.matchAll(DIRECTIVE_COMMENT)) found.push({ start: m.index, end: m.index + m[0].length, body: m[1] });
  for (const m of source.matchAll(DIRECTIVE_LINE)) {
    const start = m.index + m[0].indexOf(m[1]);
    const end = start + m[1].length;
    if (!found.some((c) => c.start < end && start < c.end)) found.push({ start, end, body: m[1] });
  }
  found.sort((a, b) => a.start - b.start);
  const b = new TextMapBuilder('text', source);
  for (const c of found) {
    b.copy(c.start);
    b.mask(c.end, 'opaque');
    b.comments.push(c);
  }
  return b.build();
}
