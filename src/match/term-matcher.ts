/**
 * Single-pass multi-word term matcher.
 *
 * Terms are sequences of folded word keys stored in a trie keyed by word, so
 * the text is read once whatever the number of terms. `scan` hashes each
 * word's folded form without building it and goes on only when the hash is
 * that of a term's first word (or of an article): most words cost one hash
 * and one set lookup, with no allocation. Articles (al-, el-, al ) are skipped
 * at the start of a match and inside it; the longest match at each position
 * wins and matches never overlap.
 */
import { HYPHEN_ARTICLES, isArticleAt, SPACE_ARTICLES } from '../text/articles.js';
import { foldChar, fold } from '../text/fold.js';
import { CLASS, forEachWord, hashKey, type Word } from '../text/words.js';

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
  /** The matched words from the first core word to the last (inner articles included). */
  words: Word[];
  values: T[];
}

export class TermMatcher<T> {
  private readonly root: Node<T> = { next: new Map() };
  private size = 0;
  private depth = 0;
  /** Hashes of the first words of terms. */
  private starts?: Set<number>;
  /** Hashes of articles that may come before a first word (al-, el, ash-). */
  private articles?: Set<number>;
  private spaceArticles?: Set<number>;
  /** Bit set over the low bits of first-word and article hashes: a cheap first test before the sets. */
  private startBits?: Uint32Array;

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
    this.depth = Math.max(this.depth, keys.length);
    this.starts = undefined;
    this.startBits = undefined;
  }

  private prepare(): void {
    this.starts = new Set([...this.root.next!.keys()].map(hashKey));
    this.articles = new Set([...HYPHEN_ARTICLES].map(hashKey));
    this.spaceArticles = new Set([...SPACE_ARTICLES].map(hashKey));
    this.startBits = new Uint32Array(1 << 15); // 2^20 bits
    for (const h of [...this.starts, ...this.articles]) this.startBits[(h >>> 5) & 0x7fff] |= 1 << (h & 31);
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

  /**
   * All non-overlapping longest matches in `text`, reading it once. The word
   * loop below follows `forEachWord` (src/text/words.ts) exactly, hashing the
   * folded characters as it goes; a property test checks the two agree.
   */
  scan(text: string): TermMatch<T>[] {
    if (!this.starts) this.prepare();
    const starts = this.starts!;
    const articles = this.articles!;
    const spaceArticles = this.spaceArticles!;
    const bits = this.startBits!;
    const out: TermMatch<T>[] = [];
    const n = text.length;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      let cls = CLASS[c];
      if (cls !== 1 && !(cls === 3 && i + 1 < n && CLASS[text.charCodeAt(i + 1)] === 1)) {
        i++;
        continue;
      }
      const start = i;
      let h = 0x811c9dc5;
      let skip = 0;
      for (;;) {
        if (c < 0x80) h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), 0x01000193);
        else {
          const f = foldChar(c);
          for (let k = 0; k < f.length; k++) h = Math.imul(h ^ f.charCodeAt(k), 0x01000193);
        }
        if (++i >= n) break;
        c = text.charCodeAt(i);
        cls = CLASS[c];
        if (cls === 1) continue;
        if ((cls === 2 || cls === 3) && i + 1 < n && CLASS[text.charCodeAt(i + 1)] === 1) {
          const next = text.charCodeAt(i + 1);
          if (cls === 2 && (next === 115 || next === 83) && !(i + 2 < n && CLASS[text.charCodeAt(i + 2)] === 1)) {
            skip = 2;
            break;
          }
          c = 39; // an apostrophe inside a word folds to '
          continue;
        }
        break;
      }
      h >>>= 0;
      // a term's first word, or an article before a hyphen (al-, ash-) or a space (al, el): 'an', 'at' and 'as'
      // are articles too, but before a space they are English words and are passed over here
      if (
        (bits[(h >>> 5) & 0x7fff] & (1 << (h & 31))) !== 0 &&
        (starts.has(h) || (i < n && (text.charCodeAt(i) === 32 ? spaceArticles.has(h) : hyphen(text.charCodeAt(i)) && articles.has(h))))
      ) {
        const m = this.matchAt(text, new LazyWords(text, start, i, i + skip), 0);
        if (m) {
          out.push(m);
          i = Math.max(i + skip, m.end);
          continue;
        }
      }
      i += skip;
    }
    return out;
  }

  /** All non-overlapping longest matches in already tokenised words. */
  match(text: string, ws: readonly Word[]): TermMatch<T>[] {
    const out: TermMatch<T>[] = [];
    for (let i = 0; i < ws.length; ) {
      const m = this.matchAt(text, new ArrayWords(ws), i);
      if (m) {
        out.push(m);
        while (i < ws.length && ws[i].start < m.end) i++;
      } else i++;
    }
    return out;
  }

  /** The longest match starting at word i (or at word i + 1 after an article). */
  matchAt(text: string, ws: WordSource, i: number): TermMatch<T> | undefined {
    const rootNext = this.root.next!;
    const wi = ws.get(i)!;
    let first = i;
    let node = rootNext.get(wi.key);
    if (!node && articleAt(text, ws, i)) {
      first = i + 1;
      node = rootNext.get(ws.get(first)!.key);
    }
    if (!node) return undefined;
    // the longest match so far: its end (a word index) and node, in locals (no object per match)
    let bestLast = node.values ? first + 1 : -1;
    let bestNode = node;
    let j = first + 1;
    for (let w = node.next && ws.get(j); w && node.next; w = node.next && ws.get(j)) {
      // only words separated by a space or a hyphen continue a term
      if (!joined(text, ws.get(j - 1)!.end, w.start)) break;
      let child = node.next.get(w.key);
      if (!child && articleAt(text, ws, j)) {
        child = node.next.get(ws.get(j + 1)!.key);
        if (child) j++;
      }
      if (!child) break;
      node = child;
      j++;
      if (node.values) {
        bestLast = j;
        bestNode = node;
      }
    }
    if (bestLast < 0) return undefined;
    const matched: Word[] = [];
    for (let k = first; k < bestLast; k++) matched.push(ws.get(k)!);
    return {
      start: wi.start,
      coreStart: ws.get(first)!.start,
      end: matched[matched.length - 1].end,
      words: matched,
      values: bestNode.values!,
    };
  }
}

/** The hyphens that join an article to its word (isArticleAt). */
function hyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}

/** Words by index: an array, or tokenised lazily from an offset. */
interface WordSource {
  get(i: number): Word | undefined;
}

class ArrayWords implements WordSource {
  constructor(private readonly ws: readonly Word[]) {}
  get(i: number): Word | undefined {
    return this.ws[i];
  }
}

/** Words from `start` onwards, tokenised only as far as a match needs; the first word ends at `end` (the scan found it). */
class LazyWords implements WordSource {
  private readonly list: Word[];
  private pos: number;
  constructor(
    private readonly text: string,
    start: number,
    end: number,
    resume: number,
  ) {
    this.list = [{ start, end, key: fold(text.slice(start, end)) }];
    this.pos = resume;
  }
  get(i: number): Word | undefined {
    while (this.list.length <= i && this.pos < this.text.length) {
      let found = false;
      forEachWord(this.text, this.pos, this.text.length, (s, e, resume) => {
        this.list.push({ start: s, end: e, key: fold(this.text.slice(s, e)) });
        this.pos = resume;
        found = true;
        return false;
      });
      if (!found) this.pos = this.text.length;
    }
    return this.list[i];
  }
}

function articleAt(text: string, ws: WordSource, i: number): boolean {
  const w = ws.get(i);
  const next = ws.get(i + 1);
  return w !== undefined && next !== undefined && isArticleAt(text, [w, next], 0);
}

/** Words of one term are separated by one space, a hyphen, or a space and a line break. */
function joined(text: string, end: number, start: number): boolean {
  const gap = start - end;
  if (gap === 1) {
    const c = text.charCodeAt(end);
    return c === 32 || c === 45 || c === 0xa0 || c === 0x2010 || c === 0x2011 || c === 10;
  }
  if (gap === 2) {
    const s = text.slice(end, start);
    return s === '\r\n' || s === ' -' || s === '- ';
  }
  return false;
}
