/**
 * HTML parsed with htmlparser2 (its start and end indexes give every event's
 * source span). Rules see text nodes only, with entities decoded (&eacute; is
 * read as é and maps back to the whole entity). Tags around prose are syntax:
 * block-level tags become a paragraph break, inline tags disappear (so
 * <b>Hif</b>ter reads as one word). Comments, processing instructions and
 * the whole of script, style, code, pre, kbd, samp, textarea, template, svg
 * and math elements are opaque.
 */
import { Parser } from 'htmlparser2';
import { PLACEHOLDER, TextMapBuilder, type TextMap } from './text-map.js';

const SKIPPED = new Set(['script', 'style', 'code', 'pre', 'kbd', 'samp', 'textarea', 'template', 'svg', 'math']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr',
  'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'script', 'section', 'style', 'summary', 'table', 'tbody', 'td',
  'template', 'tfoot', 'th', 'thead', 'title', 'tr', 'ul',
]);

export function htmlText(source: string): TextMap {
  const b = new TextMapBuilder('html', source);
  /** The skipped element we are inside, its name and how deep. */
  let skipping: { name: string; depth: number } | undefined;
  const span = () => ({ start: Math.max(parser.startIndex, b.position), end: parser.endIndex + 1 });
  const markup = (role: 'opaque' | 'syntax', block: boolean) => {
    const { start, end } = span();
    if (end <= start) return;
    b.replace(start, '', 'syntax');
    b.replace(end, block ? '\n\n' : '', role);
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (skipping) {
          if (name === skipping.name) skipping.depth++;
          markup('opaque', false);
        } else if (SKIPPED.has(name)) {
          skipping = { name, depth: 1 };
          if (BLOCK.has(name)) markup('opaque', true);
          else {
            const { start, end } = span();
            b.replace(start, '', 'syntax');
            b.replace(end, PLACEHOLDER, 'opaque');
          }
        } else markup('syntax', BLOCK.has(name));
      },
      onclosetag(name) {
        if (skipping) {
          if (name === skipping.name && --skipping.depth === 0) {
            skipping = undefined;
            markup('opaque', BLOCK.has(name));
          } else markup('opaque', false);
        } else markup('syntax', BLOCK.has(name));
      },
      ontext(data) {
        const { start, end } = span();
        if (end <= start) return;
        b.replace(start, '', 'syntax');
        if (skipping) b.replace(end, ' ', 'opaque');
        else if (data === source.slice(start, end)) b.copy(end);
        else b.replace(end, data, 'text');
      },
      oncomment(data) {
        const { start, end } = span();
        if (end <= start) return;
        b.replace(start, '', 'syntax');
        b.replace(end, '', 'opaque');
        if (!skipping) b.comments.push({ start, end, body: data });
      },
      onprocessinginstruction() {
        markup('opaque', false);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(source);
  parser.end();
  b.replace(source.length, '', 'syntax');
  return b.build();
}
