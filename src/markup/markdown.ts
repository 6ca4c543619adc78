/**
 * Markdown (CommonMark with GFM tables and autolinks, YAML/TOML front matter)
 * parsed with mdast-util-from-markdown. Rules see the prose only: the text of
 * headings, paragraphs, list items, block quotes, table cells, link text and
 * emphasis. Everything else is masked with spaces (line breaks kept, so a
 * masked code block leaves blank lines and paragraphs stay apart), offsets
 * unchanged: code blocks, inline code, front matter, raw HTML and comments,
 * link targets, autolinks, images, definitions are opaque; the marks around
 * prose (#, *, >, list bullets, table pipes, link brackets) are syntax.
 */
import type { Nodes, Parent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { TranslintError } from '../errors.js';
import { TextMapBuilder, type TextMap } from './text-map.js';

const OPAQUE = new Set(['code', 'inlineCode', 'html', 'yaml', 'toml', 'definition', 'image', 'imageReference', 'footnoteReference']);
const COMMENT = /<!--([\s\S]*?)-->/g;

type Region = { start: number; end: number; role: 'text' | 'opaque'; inline?: boolean };

/** Nodes whose children are phrasing content: skipped text inside them is inline. */
const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'tableCell', 'emphasis', 'strong', 'delete', 'link', 'linkReference']);

/**
 * The deepest nesting of block quotes and lists parsed: the Markdown parser
 * and its GFM transforms recurse once per level, so thousands of levels
 * ('>>>>...') would overflow the call stack (and whether they did would
 * depend on the thread's stack size). No real document comes near it.
 */
export const MAX_MARKDOWN_NESTING = 1000;

const CONTAINER_OPENERS = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*/;

/** The line (1-based) of the first line nested deeper than MAX_MARKDOWN_NESTING, or 0. */
function tooDeep(source: string): number {
  let line = 1;
  for (let at = 0; at < source.length; line++) {
    const nl = source.indexOf('\n', at);
    const end = nl < 0 ? source.length : nl;
    // cheap first: a line with fewer characters than the limit cannot be nested past it
    if (end - at > MAX_MARKDOWN_NESTING) {
      const lead = CONTAINER_OPENERS.exec(source.slice(at, Math.min(end, at + 20 * MAX_MARKDOWN_NESTING)))![0];
      let depth = 0;
      for (const c of lead) if (c === '>' || c === '-' || c === '*' || c === '+' || c === '.' || c === ')') depth++;
      if (depth > MAX_MARKDOWN_NESTING) return line;
    }
    at = end + 1;
  }
  return 0;
}

export function markdownText(source: string): TextMap {
  const deep = tooDeep(source);
  if (deep > 0) throw new TranslintError(`Markdown nested more than ${MAX_MARKDOWN_NESTING} levels deep (block quotes or lists) at line ${deep}: not linted`);
  const tree = fromMarkdown(source, {
    extensions: [frontmatter(['yaml', 'toml']), gfm()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml']), gfmFromMarkdown()],
  });
  const regions: Region[] = [];
  const b = new TextMapBuilder('markdown', source);
  collect(tree, false, source, regions, b);
  regions.sort((x, y) => x.start - y.start);
  for (const r of regions) {
    if (r.start < b.position) continue;
    b.mask(r.start, 'syntax');
    if (r.role === 'text') b.copy(r.end);
    else b.mask(r.end, 'opaque', r.inline);
  }
  b.mask(source.length, 'syntax');
  return b.build();
}

function collect(node: Nodes, inline: boolean, source: string, out: Region[], b: TextMapBuilder): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return;
  if (node.type === 'text') {
    out.push({ start, end, role: 'text' });
    return;
  }
  if (OPAQUE.has(node.type)) {
    out.push({ start, end, role: 'opaque', inline });
    if (node.type === 'html') {
      for (const m of node.value.matchAll(COMMENT)) {
        const at = source.indexOf(m[0], start);
        if (at >= 0 && at < end) b.comments.push({ start: at, end: at + m[0].length, body: m[1] });
      }
    }
    return;
  }
  // Autolinks (<https://...>, bare www. and http URLs) do not start with '[': the whole link is a URL.
  if (node.type === 'link' && source[start] !== '[') {
    out.push({ start, end, role: 'opaque', inline: true });
    return;
  }
  const children = (node as Parent).children ?? [];
  for (const child of children) collect(child as Nodes, PHRASING_PARENTS.has(node.type), source, out, b);
  // The target of a link or reference: from the end of its text to the end of the node.
  if ((node.type === 'link' || node.type === 'linkReference') && children.length > 0) {
    const last = children[children.length - 1].position?.end.offset;
    if (last !== undefined && last + 1 < end) out.push({ start: last + 1, end, role: 'opaque', inline: true });
  }
}
