/**
 * Single-pass multi-word term matcher.
 *
 * Terms are sequences of folded word keys stored in a trie keyed by word, so
 * the text is read once whatever the number of terms. The trie's first level
 * is keyed by the hash `scan` computes while it reads a word (FNV-1a of the
 * folded characters, without building the folded string), so most words cost
 * one hash and one bit-set test, with no allocation. Articles (al-, el-, al )
 * are skipped at the start of a match and inside it; a glued article
 * (Aljafra, Elsisi) is tried when the whole word is not a first word, for the
 * values the `glued` option allows, so the trie holds each term once. The
 * longest match at each position wins and matches never overlap.
 */
import { GLUED_ARTICLES, HYPHEN_ARTICLES, isArticleAt, SPACE_ARTICLES } from '../text/articles.js';
import { foldChar, fold } from '../text/fold.js';
import { CLASS, foldedHash, forEachWord, hashKey, type Word } from '../text/words.js';
import { FirstWords } from './first-words.js';

interface Node<T> {
  next?: Map<string, Node<T>>;
  values?: T[];
  /** What a caller derived from `values` (see TermMatch.memo). */
  memo?: unknown;
}

/** A place where a caller may keep what it works out from a match's values, for the next match at the same node. */
export interface MatchMemo {
  memo?: unknown;
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
  /** The trie node of the values: its `memo` is the caller's to fill (absent when the values were filtered: a glued article). */
  memo?: MatchMemo;
}

export interface TermMatcherOptions<T> {
  /** Values that also match with a glued article before their first word (Aljafra for Jafra). Default: none. */
  glued?: (value: T) => boolean;
  /** The terms of a group declared with `addLater`, asked for the first time a text has the group's first word. */
  load?: (group: number) => Iterable<readonly [readonly string[], T]>;
}

/** A glued article is tried only before a first word of at least this many characters. */
const GLUED_MIN = 4;

export class TermMatcher<T> {
  /** First words by hash of their key (first-words.ts). */
  private readonly first = new FirstWords<Node<T>>();
  private readonly glued?: (value: T) => boolean;
  private readonly load?: (group: number) => Iterable<readonly [readonly string[], T]>;
  private size = 0;
  /** Hashes of articles that may come before a first word (al-, el, ash-). */
  private articles?: Set<number>;
  private spaceArticles?: Set<number>;
  /** Bit set over the low bits of first-word and article hashes: a cheap first test before the table and sets. */
  private startBits?: Uint32Array;

  constructor(options: TermMatcherOptions<T> = {}) {
    this.glued = options.glued;
    this.load = options.load;
  }

  add(keys: readonly string[], value: T): void {
    if (keys.length === 0) return;
    this.insert(keys, value);
    this.size++;
  }

  /**
   * Declare `count` terms whose first word is `firstKey`, to be had from the
   * `load` option (with `group`) only when a text has that word: a large
   * compiled index then costs one table entry per first word at start-up.
   */
  addLater(firstKey: string, group: number, count: number): void {
    if (!this.load) throw new Error('addLater needs the load option');
    const h = hashKey(firstKey);
    if (this.first.find(h, firstKey) >= 0) throw new Error(`terms starting with '${firstKey}' were given twice`);
    this.first.add(h, firstKey, group);
    this.startBits = undefined;
    this.size += count;
  }

  private insert(keys: readonly string[], value: T): void {
    let node: Node<T> = this.firstNode(keys[0], true)!;
    for (let i = 1; i < keys.length; i++) {
      node.next ??= new Map();
      let child = node.next.get(keys[i]);
      if (!child) node.next.set(keys[i], (child = {}));
      node = child;
    }
    // a literal, not [] and push: an empty array grows to room for 17 values on its first push (41,000 nodes: 6 MB)
    if (node.values) node.values.push(value);
    else node.values = [value];
  }

  /** The first-level node for a key (created if asked), its group of terms loaded; `h`: the key's hash, when known. */
  private firstNode(key: string, create = false, h = hashKey(key)): Node<T> | undefined {
    let index = this.first.find(h, key);
    if (index < 0) {
      if (!create) return undefined;
      index = this.first.add(h, key);
      this.startBits = undefined; // a new first word: the bit set is made again before the next scan
    }
    let node = this.first.node(index);
    if (!node) this.first.setNode(index, (node = {}));
    if (this.first.hasGroup(index)) {
      for (const [keys, value] of this.load!(this.first.takeGroup(index))) this.insert(keys, value);
    }
    return node;
  }

  private prepare(): void {
    this.articles = new Set([...HYPHEN_ARTICLES].map(hashKey));
    this.spaceArticles = new Set([...SPACE_ARTICLES].map(hashKey));
    this.startBits = new Uint32Array(1 << 15); // 2^20 bits
    const bits = this.startBits;
    const set = (h: number) => (bits[(h >>> 5) & 0x7fff] |= 1 << (h & 31));
    this.first.forEachHash(set);
    this.articles.forEach(set);
  }

  /** Values stored under exactly these keys. */
  get(keys: readonly string[]): T[] | undefined {
    let node: Node<T> | undefined = keys.length > 0 ? this.firstNode(keys[0]) : undefined;
    for (let i = 1; i < keys.length; i++) node = node?.next?.get(keys[i]);
    return node?.values;
  }

  /** Values under these keys as a match would find them: exactly, or with a glued article before the first key. */
  find(keys: readonly string[]): T[] | undefined {
    const exact = this.get(keys);
    if (exact || keys.length === 0) return exact;
    const rest = this.gluedRest(keys[0]);
    if (rest === undefined) return undefined;
    const values = this.get([rest, ...keys.slice(1)])?.filter(this.glued!);
    return values?.length ? values : undefined;
  }

  get termCount(): number {
    return this.size;
  }

  /** The key after a glued article (aljafra -> jafra), if the matcher takes glued articles and the key has one. */
  private gluedRest(key: string): string | undefined {
    if (!this.glued || key.length < 2 + GLUED_MIN) return undefined;
    for (const art of GLUED_ARTICLES) if (key.startsWith(art)) return key.slice(art.length);
    return undefined;
  }

  /**
   * All non-overlapping longest matches in `text`, reading it once. The word
   * loop below follows `forEachWord` (src/text/words.ts) exactly, hashing the
   * folded characters as it goes; a property test checks the two agree.
   */
  scan(text: string): TermMatch<T>[] {
    if (!this.startBits) this.prepare();
    const first = this.first;
    const articles = this.articles!;
    const spaceArticles = this.spaceArticles!;
    const bits = this.startBits!;
    const glued = this.glued !== undefined;
    const CLS = CLASS; // a local: the imported binding is not read once per character
    const out: TermMatch<T>[] = [];
    const n = text.length;
    let i = 0;
    while (i < n) {
      let c = text.charCodeAt(i);
      let cls = CLS[c];
      if (cls !== 1 && !(cls === 3 && i + 1 < n && CLS[text.charCodeAt(i + 1)] === 1)) {
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
        cls = CLS[c];
        if (cls === 1 || cls === 5) continue;
        if ((cls === 2 || cls === 3) && i + 1 < n && CLS[text.charCodeAt(i + 1)] === 1) {
          const next = text.charCodeAt(i + 1);
          if (cls === 2 && (next === 115 || next === 83) && !(i + 2 < n && CLS[text.charCodeAt(i + 2)] === 1)) {
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
      // (the first-word nodes under this hash go to matchAt, which would look them up again)
      const bit = (bits[(h >>> 5) & 0x7fff] & (1 << (h & 31))) !== 0;
      const isFirst = bit && first.has(h);
      let hit = isFirst || (bit && i < n && (text.charCodeAt(i) === 32 ? spaceArticles.has(h) : hyphen(text.charCodeAt(i)) && articles.has(h)));
      // a glued article (Aljafra): the rest of the word is a first word
      if (!hit && glued && i - start >= 2 + GLUED_MIN && gluedArticleAt(text, start)) {
        const h2 = foldedHash(text, start + 2, i);
        hit = (bits[(h2 >>> 5) & 0x7fff] & (1 << (h2 & 31))) !== 0 && first.has(h2);
      }
      if (hit) {
        const m = this.matchAt(text, new LazyWords(text, start, i, i + skip), 0, isFirst ? h : undefined);
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

  /** The longest match starting at word i (or at word i + 1 after an article); `hash`: word i's hash, when the scan has it. */
  matchAt(text: string, ws: WordSource, i: number, hash?: number): TermMatch<T> | undefined {
    const wi = ws.get(i)!;
    let first = i;
    let node: Node<T> | undefined = this.firstNode(wi.key, false, hash);
    if (!node && articleAt(text, ws, i)) {
      first = i + 1;
      node = this.firstNode(ws.get(first)!.key);
    }
    // a glued article: only the values that take one
    let glued = false;
    if (!node) {
      const rest = this.gluedRest(ws.get(first)!.key);
      node = rest === undefined ? undefined : this.firstNode(rest);
      glued = node !== undefined;
    }
    if (!node) return undefined;
    const allow = this.glued;
    // a node whose values were all taken out (an entity a house pack overrode) ends nothing
    const ends = (x: Node<T>) => x.values !== undefined && x.values.length > 0 && (!glued || x.values.some(allow!));
    // the longest match so far: its end (a word index) and node, in locals (no object per match)
    let bestLast = ends(node) ? first + 1 : -1;
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
      if (ends(node)) {
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
      values: glued ? bestNode.values!.filter(allow!) : bestNode.values!,
      memo: glued ? undefined : bestNode,
    };
  }
}

/** Glued articles are two letters (al, el): their first and second letters, for a quick test in `scan`. */
const GLUED_1 = new Set(GLUED_ARTICLES.map((a) => a[0]));
const GLUED_2 = new Set(GLUED_ARTICLES.map((a) => a[1]));
if (GLUED_ARTICLES.some((a) => a.length !== 2)) throw new Error('glued articles must be two letters');

/** May the word at `start` begin with a glued article? (matchAt decides.) */
function gluedArticleAt(text: string, start: number): boolean {
  return GLUED_2.has(foldChar(text.charCodeAt(start + 1))) && GLUED_1.has(foldChar(text.charCodeAt(start)));
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
