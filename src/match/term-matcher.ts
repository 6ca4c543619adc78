/**
 * Single-pass multi-word term matcher.
 *
 * Terms are sequences of folded word keys stored in a trie keyed by word, so
 * the text is read once, one hash lookup per word, whatever the number of
 * terms. Articles (al-, el-, al ) are skipped both at the start of a match and
 * inside it; the longest match at each position wins and matches never
 * overlap.
 */
import { isArticleAt } from '../text/articles.js';
import type { Word } from '../text/words.js';

interface Node<T> {
  next?: Map<string, Node<T>>;
  values?: T[];
}

export interface TermMatch<T> {
  /** Offset of the first word, including a leading article. */
  start: number;
  /** Offset of the first core word (after a leading article). */
  coreStart: number;
  end: number;
  /** Index of the first core word and one past the last word in the word list. */
  firstWord: number;
  lastWord: number;
  values: T[];
}

export class TermMatcher<T> {
  private readonly root: Node<T> = { next: new Map() };
  private size = 0;

  add(keys: readonly string[], value: T): void {
    if (keys.length === 0) return;
    let node = this.root;
    for (const k of keys) {
      node.next ??= new Map();
      let child = node.next.get(k);
      if (!child) node.next.set(k, (child = {}));
      node = child;
    }
    (node.values ??= []).push(value);
    this.size++;
  }

  /** Values stored under exactly these keys. */
  get(keys: readonly string[]): T[] | undefined {
    let node: Node<T> | undefined = this.root;
    for (const k of keys) node = node?.next?.get(k);
    return node?.values;
  }

  get termCount(): number {
    return this.size;
  }

  /** Find all non-overlapping longest matches in `ws` (words of `text`). */
  match(text: string, ws: readonly Word[]): TermMatch<T>[] {
    const out: TermMatch<T>[] = [];
    const rootNext = this.root.next!;
    let i = 0;
    while (i < ws.length) {
      let first = i;
      // a leading article: try the match from the next word
      if (!rootNext.has(ws[i].key) && isArticleAt(text, ws, i)) first = i + 1;
      const firstNode = rootNext.get(ws[first].key);
      if (!firstNode) {
        i = first + 1;
        continue;
      }
      let node: Node<T> = firstNode;
      let best: { last: number; node: Node<T> } | undefined = node.values ? { last: first + 1, node } : undefined;
      let j = first + 1;
      while (j < ws.length && node.next) {
        // only words separated by a space or a hyphen continue a term
        if (!joined(text, ws[j - 1].end, ws[j].start)) break;
        let child = node.next.get(ws[j].key);
        if (!child && isArticleAt(text, ws, j)) {
          child = node.next.get(ws[j + 1].key);
          if (child) j++;
        }
        if (!child) break;
        node = child;
        j++;
        if (node.values) best = { last: j, node };
      }
      if (best) {
        out.push({
          start: ws[i].start,
          coreStart: ws[first].start,
          end: ws[best.last - 1].end,
          firstWord: first,
          lastWord: best.last,
          values: best.node.values!,
        });
        i = best.last;
      } else i = first + 1;
    }
    return out;
  }
}

/** Words of one term are separated by one space, a hyphen, or a space and a line break. */
function joined(text: string, end: number, start: number): boolean {
  const gap = start - end;
  if (gap === 1) {
    const c = text.charCodeAt(end);
    return c === 32 || c === 45 || c === 0xa0 || c === 0x2010 || c === 0x2011 || c === 10;
  }
  if (gap === 2) return text.slice(end, start) === '\r\n' || text.slice(end, start) === ' -' || text.slice(end, start) === '- ';
  return false;
}
