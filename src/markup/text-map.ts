/**
 * The text rules see, built from a source file piece by piece, with the way
 * back: every offset in the linted text maps to an offset in the source.
 *
 * A piece either copies source text (offsets shift 1:1) or replaces a source
 * span with other text: markup syntax with spaces or nothing, an HTML entity
 * with the character it stands for, a code block with blank lines. Replaced
 * spans are remembered: `opaque` ones (code, URLs, raw HTML, comments) hold
 * text a reader does not read as prose, so a finding reaching into one is
 * dropped; `syntax` ones are markup around prose (emphasis marks, tags), so a
 * finding may span them but a fix may not touch them. Decoded entities are
 * text, neither.
 */
import type { Span } from '../types.js';

export type MarkupKind = 'text' | 'markdown' | 'html';

/** A comment in the source where a directive may live (`<!-- ... -->`, or a plain-text directive line). */
export interface Comment {
  start: number;
  end: number;
  /** The comment's text without its delimiters. */
  body: string;
}

interface Piece {
  src: number;
  srcEnd: number;
  out: number;
  outEnd: number;
  copy: boolean;
}

export class TextMap {
  constructor(
    readonly kind: MarkupKind,
    readonly source: string,
    readonly text: string,
    private readonly pieces: Piece[],
    readonly opaque: Span[],
    readonly syntax: Span[],
    readonly comments: Comment[],
  ) {
    this.identity = pieces.every((p) => p.srcEnd - p.src === p.outEnd - p.out);
  }

  /** Whether linted offsets are source offsets (copies and same-length masks only). */
  readonly identity: boolean;

  /**
   * The source offset of a linted offset. A start offset maps to the start of
   * the text after it (past deleted markup); an end offset to the end of the
   * text before it.
   */
  toSource(offset: number, side: 'start' | 'end'): number {
    const ps = this.pieces;
    if (ps.length === 0) return offset;
    let lo = 0;
    let hi = ps.length - 1;
    // Last piece whose output start is <= offset (start side) or < offset (end side).
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      const ok = side === 'start' ? ps[mid].out <= offset : ps[mid].out < offset;
      if (ok) lo = mid;
      else hi = mid - 1;
    }
    let p = ps[lo];
    const linear = (q: Piece) => q.copy || q.srcEnd - q.src === q.outEnd - q.out;
    if (side === 'start') {
      // Skip deleted pieces (empty output) at this offset, to the text after them.
      while (p.outEnd === p.out && lo + 1 < ps.length && ps[lo + 1].out === offset) p = ps[++lo];
      if (offset >= p.outEnd) return p.srcEnd;
      return linear(p) ? p.src + (offset - p.out) : p.src;
    }
    while (p.outEnd === p.out && lo > 0) p = ps[--lo];
    if (offset <= p.out) return p.src;
    return linear(p) ? p.src + (offset - p.out) : p.srcEnd;
  }

  /** Whether the source span [start, end) overlaps any of these spans. */
  static overlaps(spans: Span[], start: number, end: number): boolean {
    for (const s of spans) {
      if (s.start < end && start < s.end) return true;
      if (start === end && s.start < start && start < s.end) return true;
    }
    return false;
  }
}

/** Builds a TextMap; pieces are added in source order and must cover the whole source. */
export class TextMapBuilder {
  private out = '';
  private cursor = 0;
  private readonly pieces: Piece[] = [];
  private readonly opaque: Span[] = [];
  private readonly syntax: Span[] = [];
  readonly comments: Comment[] = [];

  constructor(
    readonly kind: MarkupKind,
    readonly source: string,
  ) {}

  /** Where the next piece starts. */
  get position(): number {
    return this.cursor;
  }

  /** Copy source text up to `end`. */
  copy(end: number): void {
    if (end <= this.cursor) return;
    this.push(end, this.source.slice(this.cursor, end), true);
  }

  /** Replace the source up to `end` with `text`; `role` says how findings and fixes treat the span. */
  replace(end: number, text: string, role: 'opaque' | 'syntax' | 'text'): void {
    if (end <= this.cursor) return;
    const span = { start: this.cursor, end };
    if (role === 'opaque') this.opaque.push(span);
    else if (role === 'syntax') this.syntax.push(span);
    this.push(end, text, role === 'text' && text === this.source.slice(this.cursor, end));
  }

  /**
   * Mask the source up to `end`: every character becomes a space, line
   * breaks stay, offsets stay 1:1. An `inline` mask starts with the object
   * replacement character (U+FFFC) so that the words on either side of
   * inline code do not read as neighbours ("the `x` the" is no repeat).
   */
  mask(end: number, role: 'opaque' | 'syntax', inline = false): void {
    const masked = blank(this.source.slice(this.cursor, end));
    this.replace(end, inline ? masked.replace(/^([\r\n]*) /, `$1${PLACEHOLDER}`) : masked, role);
  }

  build(): TextMap {
    this.copy(this.source.length);
    return new TextMap(this.kind, this.source, this.out, this.pieces, this.opaque, this.syntax, this.comments);
  }

  private push(end: number, text: string, copy: boolean): void {
    const last = this.pieces[this.pieces.length - 1];
    const out = this.out.length;
    if (copy && last?.copy && last.srcEnd === this.cursor && last.outEnd === out) {
      last.srcEnd = end;
      last.outEnd = out + text.length;
    } else {
      this.pieces.push({ src: this.cursor, srcEnd: end, out, outEnd: out + text.length, copy });
    }
    this.out += text;
    this.cursor = end;
  }
}

/** Stands for skipped inline content (code, URLs) in the linted text. */
export const PLACEHOLDER = '\uFFFC';

/** Spaces for every character but line breaks. */
export function blank(s: string): string {
  return s.replace(/[^\r\n]/g, ' ');
}
