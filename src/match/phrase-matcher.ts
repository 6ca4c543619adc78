/**
 * Single-pass matcher for the literal phrases of pack data (calques,
 * boilerplate lines, term groups), with word slots.
 *
 * Phrase syntax:
 *   words        matched by folded key: case and accents do not matter
 *                (with `matchCase`, a word written with a capital letter in
 *                the phrase must appear exactly so; lower-case words match
 *                any case, so a sentence-initial capital still matches)
 *   punctuation  between or after words must appear in the text
 *                ("This, and" needs the comma); spaces are not significant
 *   {a|the}      one of the alternatives (each one or more words): a slot
 *   {a|the|}     the same, optional (an empty alternative)
 *   {word}       any one word: a slot
 *   [ ... ]      the part to report and replace (default: the whole phrase)
 * Slots are numbered from 1 in order; a replacement refers to the text a
 * slot matched as {1}, {2}, ... (see `fillSlots`).
 *
 * Every phrase is expanded into its word sequences and stored in one word
 * trie, so the text is read once whatever the number of phrases. Words of a
 * match are separated by spaces and at most one line break (never a blank
 * line). At each word the longest accepted match wins; matches never overlap.
 */
import { words, type Word } from '../text/words.js';

/** Bad phrase syntax; the pack loader turns it into an error naming file and line. */
export class PhraseSyntaxError extends Error {}

interface Choice {
  keys: string[];
  raws: string[];
  /** Punctuation before each word of the alternative (the first is unused). */
  seps: string[];
}

interface Token {
  sep: string;
  choices: Choice[] | 'any';
  optional: boolean;
  slot?: number;
}

export interface ParsedPhrase {
  tokens: Token[];
  coreFrom: number;
  coreTo: number;
  /** Punctuation that must follow the last word. */
  tail: string;
  slotCount: number;
}

/** One word of an expanded phrase: the token it comes from, its slot, its spelling in the phrase. */
interface WordSpec {
  token: number;
  slot?: number;
  raw?: string;
}

interface Entry<T> {
  value: T;
  spec: WordSpec[];
  tail: string;
  core: [number, number];
  slotCount: number;
  matchCase: boolean;
}

interface Node<T> {
  next?: Map<string, Node<T>>;
  /** The children reached over a plain space, by bare word key (made on first use, see `plainChildren`). */
  plain?: Map<string, Node<T>>;
  entries?: Entry<T>[];
}

/** Children whose key has no punctuation before the word: looked up without building a string. */
function plainChildren<T>(next: Map<string, Node<T>>): Map<string, Node<T>> {
  const out = new Map<string, Node<T>>();
  for (const [k, n] of next) if (k.startsWith(SEP)) out.set(k.slice(SEP.length), n);
  return out;
}

export interface PhraseMatch<T> {
  value: T;
  /** The whole match, including required trailing punctuation. */
  start: number;
  end: number;
  /** The part to report (the `[ ]` of the phrase; the whole match by default). */
  coreStart: number;
  coreEnd: number;
  /** Index of the first word and one past the last word in the word list. */
  firstWord: number;
  lastWord: number;
  /** Text matched by each slot (index 0 is slot 1); '' for a skipped optional slot. */
  slots: string[];
}

const MAX_EXPANSIONS = 256;
const ANY = '*';
const SEP = '\u0001';

const SEP_CHARS: Record<string, string> = {
  '’': "'", '‘': "'", 'ʼ': "'", '`': "'", '´': "'",
  '“': '"', '”': '"', '„': '"', '«': '"', '»': '"',
  '‐': '-', '‑': '-', '—': '–',
};

/** Punctuation as compared: no white space, quote and hyphen variants unified. */
export function normalisePunctuation(s: string): string {
  if (s === ' ' || s === '') return '';
  let out = '';
  for (const ch of s) {
    if (/\s/u.test(ch)) continue;
    out += SEP_CHARS[ch] ?? ch;
  }
  return out;
}

export function parsePhrase(phrase: string): ParsedPhrase {
  const tokens: Token[] = [];
  let pending = '';
  let coreFrom = -1;
  let coreTo = -1;
  let slotCount = 0;
  let i = 0;
  const literal = (text: string) => {
    const ws = words(text);
    let cursor = 0;
    for (const w of ws) {
      const sep = pending + normalisePunctuation(text.slice(cursor, w.start));
      const raw = text.slice(w.start, w.end);
      tokens.push({ sep, choices: [{ keys: [w.key], raws: [raw], seps: [''] }], optional: false });
      pending = '';
      cursor = w.end;
    }
    pending += normalisePunctuation(text.slice(cursor));
  };
  while (i < phrase.length) {
    const ch = phrase[i];
    if (ch === '{') {
      const close = phrase.indexOf('}', i);
      if (close < 0) throw new PhraseSyntaxError(`unclosed '{' in phrase '${phrase}'`);
      const body = phrase.slice(i + 1, close);
      if (body.includes('{')) throw new PhraseSyntaxError(`nested '{' in phrase '${phrase}'`);
      slotCount++;
      if (body.trim() === 'word') {
        tokens.push({ sep: pending, choices: 'any', optional: false, slot: slotCount });
      } else {
        const alts = body.split('|').map((a) => a.trim());
        const choices: Choice[] = [];
        for (const alt of alts.filter((a) => a !== '')) {
          const ws = words(alt);
          if (ws.length === 0) throw new PhraseSyntaxError(`alternative '${alt}' has no word in phrase '${phrase}'`);
          choices.push({
            keys: ws.map((w) => w.key),
            raws: ws.map((w) => alt.slice(w.start, w.end)),
            seps: ws.map((w, k) => (k === 0 ? '' : normalisePunctuation(alt.slice(ws[k - 1].end, w.start)))),
          });
        }
        if (choices.length === 0) throw new PhraseSyntaxError(`empty slot '{${body}}' in phrase '${phrase}'`);
        tokens.push({ sep: pending, choices, optional: alts.includes(''), slot: slotCount });
      }
      pending = '';
      i = close + 1;
    } else if (ch === '[' || ch === ']') {
      if (ch === '[' ? coreFrom >= 0 : coreFrom < 0 || coreTo >= 0) {
        throw new PhraseSyntaxError(`misplaced '${ch}' in phrase '${phrase}' (one [ ] pair marks the part to report)`);
      }
      if (ch === '[') coreFrom = tokens.length;
      else coreTo = tokens.length;
      i++;
    } else if (ch === '}') {
      throw new PhraseSyntaxError(`unmatched '}' in phrase '${phrase}'`);
    } else {
      let j = i;
      while (j < phrase.length && !'{}[]'.includes(phrase[j])) j++;
      literal(phrase.slice(i, j));
      i = j;
    }
  }
  if (coreFrom >= 0 && coreTo < 0) throw new PhraseSyntaxError(`unclosed '[' in phrase '${phrase}'`);
  if (tokens.length === 0 || tokens.every((t) => t.optional)) {
    throw new PhraseSyntaxError(`phrase '${phrase}' has no required word`);
  }
  if (coreFrom === coreTo && coreFrom >= 0) throw new PhraseSyntaxError(`empty [ ] in phrase '${phrase}'`);
  // the number of word sequences the phrase stands for, checked here so that a pack that loads also compiles
  let sequences = 1;
  for (const t of tokens) sequences *= (t.choices === 'any' ? 1 : t.choices.length) + (t.optional ? 1 : 0);
  if (sequences > MAX_EXPANSIONS) {
    throw new PhraseSyntaxError(`phrase '${phrase}' expands to more than ${MAX_EXPANSIONS} word sequences (${sequences}): split it`);
  }
  return {
    tokens,
    coreFrom: coreFrom < 0 ? 0 : coreFrom,
    coreTo: coreTo < 0 ? tokens.length : coreTo,
    tail: pending,
    slotCount,
  };
}

interface Path {
  keys: string[];
  spec: WordSpec[];
  /** Punctuation carried over from a skipped optional token. */
  carry: string;
}

function expand(p: ParsedPhrase, source: string): Path[] {
  let paths: Path[] = [{ keys: [], spec: [], carry: '' }];
  p.tokens.forEach((t, ti) => {
    const next: Path[] = [];
    for (const path of paths) {
      if (t.optional) next.push({ ...path, carry: path.carry + t.sep });
      const first = (sep: string) => (path.keys.length === 0 ? '' : path.carry + sep);
      if (t.choices === 'any') {
        next.push({ keys: [...path.keys, first(t.sep) + SEP + ANY], spec: [...path.spec, { token: ti, slot: t.slot }], carry: '' });
        continue;
      }
      for (const c of t.choices) {
        const keys = [...path.keys];
        const spec = [...path.spec];
        c.keys.forEach((k, n) => {
          keys.push((n === 0 ? first(t.sep) : c.seps[n]) + SEP + k);
          spec.push({ token: ti, slot: t.slot, raw: c.raws[n] });
        });
        next.push({ keys, spec, carry: '' });
      }
    }
    if (next.length > MAX_EXPANSIONS) {
      throw new PhraseSyntaxError(`phrase '${source}' expands to more than ${MAX_EXPANSIONS} word sequences`);
    }
    paths = next;
  });
  return paths.filter((x) => x.keys.length > 0);
}

export class PhraseMatcher<T> {
  private readonly root: Node<T> = { next: new Map() };
  private count = 0;
  /** The root's children by bare word key: the scan looks each word up without building a string (made on first match). */
  private firstWords?: Map<string, Node<T>>;

  /** Add a phrase (throws PhraseSyntaxError on bad syntax). */
  add(phrase: string, value: T, options: { matchCase?: boolean } = {}): void {
    const parsed = parsePhrase(phrase);
    this.firstWords = undefined;
    for (const path of expand(parsed, phrase)) {
      let node = this.root;
      for (const k of path.keys) {
        node.next ??= new Map();
        node.plain = undefined;
        let child = node.next.get(k);
        if (!child) node.next.set(k, (child = {}));
        node = child;
      }
      const inCore = path.spec.map((s) => s.token >= parsed.coreFrom && s.token < parsed.coreTo);
      const a = inCore.indexOf(true);
      const core: [number, number] = a < 0 ? [0, path.spec.length] : [a, inCore.lastIndexOf(true) + 1];
      (node.entries ??= []).push({
        value,
        spec: path.spec,
        tail: parsed.tail,
        core,
        slotCount: parsed.slotCount,
        matchCase: options.matchCase ?? false,
      });
    }
    this.count++;
  }

  get size(): number {
    return this.count;
  }

  /** Can a match begin at a word of this folded key? (A caller that only wants matches at one word asks first.) */
  canStartWith(key: string): boolean {
    const byWord = (this.firstWords ??= plainChildren(this.root.next ?? new Map()));
    return byWord.has(key) || byWord.has(ANY);
  }

  /**
   * All non-overlapping matches, left to right; at each word the longest match
   * that `accept` takes wins.
   */
  match(text: string, ws: readonly Word[], accept?: (m: PhraseMatch<T>) => boolean): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    // every phrase's first word is keyed SEP + word (nothing precedes it)
    const byWord = (this.firstWords ??= plainChildren(this.root.next ?? new Map()));
    const anyWord = byWord.get(ANY);
    const found: Array<{ node: Node<T>; last: number }> = [];
    const stack: Array<{ node: Node<T>; j: number }> = [];
    let i = 0;
    while (i < ws.length) {
      const start = byWord.get(ws[i].key);
      if (!start && !anyWord) {
        i++; // the common case: no phrase starts with this word
        continue;
      }
      // phrases often begin with common words ('the', 'in'): before walking, see that the next word can follow
      if (!anyWord && !start!.entries && !mayContinue(text, ws, start!, i + 1)) {
        i++;
        continue;
      }
      found.length = 0;
      if (start) stack.push({ node: start, j: i + 1 });
      if (anyWord) stack.push({ node: anyWord, j: i + 1 });
      while (stack.length) {
        const { node, j } = stack.pop()!;
        if (node.entries) found.push({ node, last: j });
        if (!node.next || j >= ws.length) continue;
        if (plainGap(text, ws, j)) {
          // the common case: no punctuation to compare
          const plain = (node.plain ??= plainChildren(node.next));
          const a = plain.get(ws[j].key);
          if (a) stack.push({ node: a, j: j + 1 });
          const b = plain.get(ANY);
          if (b) stack.push({ node: b, j: j + 1 });
          continue;
        }
        const gap = text.slice(ws[j - 1].end, ws[j].start);
        if (gap.length > 16 || /\n[^\S\n]*\n/.test(gap) || /\r[^\S\r\n]*\r/.test(gap)) continue;
        const sep = normalisePunctuation(gap);
        for (const k of [sep + SEP + ws[j].key, sep + SEP + ANY]) {
          const n = node.next.get(k);
          if (n) stack.push({ node: n, j: j + 1 });
        }
      }
      found.sort((a, b) => b.last - a.last);
      let taken: PhraseMatch<T> | undefined;
      outer: for (const f of found) {
        for (const e of f.node.entries!) {
          const m = this.build(text, ws, i, f.last, e);
          if (m && (!accept || accept(m))) {
            taken = m;
            break outer;
          }
        }
      }
      if (taken) {
        out.push(taken);
        i = taken.lastWord;
      } else i++;
    }
    return out;
  }

  private build(text: string, ws: readonly Word[], first: number, last: number, e: Entry<T>): PhraseMatch<T> | undefined {
    if (e.matchCase) {
      for (let n = 0; n < e.spec.length; n++) {
        const raw = e.spec[n].raw;
        if (raw && raw !== raw.toLowerCase() && text.slice(ws[first + n].start, ws[first + n].end) !== raw) return undefined;
      }
    }
    let end = ws[last - 1].end;
    if (e.tail) {
      const after = matchTail(text, end, e.tail);
      if (after < 0) return undefined;
      end = after;
    }
    const slots: string[] = Array.from({ length: e.slotCount }, () => '');
    for (let n = 0; n < e.spec.length; n++) {
      const s = e.spec[n].slot;
      if (s === undefined) continue;
      const w = ws[first + n];
      const prev = n > 0 && e.spec[n - 1].slot === s ? ws[first + n - 1] : undefined;
      slots[s - 1] = prev ? slots[s - 1] + text.slice(prev.end, w.end) : text.slice(w.start, w.end);
    }
    const coreEnd = e.core[1] === e.spec.length ? end : ws[first + e.core[1] - 1].end;
    return {
      value: e.value,
      start: ws[first].start,
      end,
      coreStart: ws[first + e.core[0]].start,
      coreEnd,
      firstWord: first,
      lastWord: last,
      slots,
    };
  }
}

/** Is the gap before word j a single plain space (the common case, seen without slicing the text)? */
function plainGap(text: string, ws: readonly Word[], j: number): boolean {
  const at = ws[j - 1].end;
  return ws[j].start === at + 1 && text.charCodeAt(at) === 32;
}

/**
 * Pre-filter for a node that ends no phrase: can word j continue it? False
 * only when the gap is a plain space and neither word j nor a {word} slot
 * follows the node; any other gap is left to the full walk.
 */
function mayContinue<T>(text: string, ws: readonly Word[], node: Node<T>, j: number): boolean {
  if (!node.next || j >= ws.length) return false;
  if (!plainGap(text, ws, j)) return true;
  const plain = (node.plain ??= plainChildren(node.next));
  return plain.has(ws[j].key) || plain.has(ANY);
}

/** Where required trailing punctuation ends in `text` from `pos` (spaces skipped), or -1. */
function matchTail(text: string, pos: number, tail: string): number {
  let p = pos;
  for (const ch of tail) {
    while (p < text.length && (text[p] === ' ' || text[p] === '\t' || text[p] === '\u00a0')) p++;
    if (p >= text.length || normalisePunctuation(text[p]) !== ch) return -1;
    p++;
  }
  return p;
}

/** Replace {1}, {2}, ... in a replacement with the text the slots matched. */
export function fillSlots(template: string, slots: readonly string[]): string {
  return template.replace(/\{(\d)\}/g, (whole, n: string) => slots[Number(n) - 1] ?? whole).replace(/\s{2,}/g, ' ').trim();
}
