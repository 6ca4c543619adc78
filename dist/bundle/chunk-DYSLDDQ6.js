import { createRequire as __translintRequire } from 'node:module'; const require = __translintRequire(import.meta.url);

// src/markup/text-map.ts
var TextMap = class {
  constructor(kind, source, text, pieces, opaque, syntax, comments) {
    this.kind = kind;
    this.source = source;
    this.text = text;
    this.pieces = pieces;
    this.opaque = opaque;
    this.syntax = syntax;
    this.comments = comments;
    this.identity = pieces.every((p) => p.srcEnd - p.src === p.outEnd - p.out);
  }
  /** Whether linted offsets are source offsets (copies and same-length masks only). */
  identity;
  /**
   * The source offset of a linted offset. A start offset maps to the start of
   * the text after it (past deleted markup); an end offset to the end of the
   * text before it.
   */
  toSource(offset, side) {
    const ps = this.pieces;
    if (ps.length === 0) return offset;
    let lo = 0;
    let hi = ps.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      const ok = side === "start" ? ps[mid].out <= offset : ps[mid].out < offset;
      if (ok) lo = mid;
      else hi = mid - 1;
    }
    let p = ps[lo];
    const linear = (q) => q.copy || q.srcEnd - q.src === q.outEnd - q.out;
    if (side === "start") {
      while (p.outEnd === p.out && lo + 1 < ps.length && ps[lo + 1].out === offset) p = ps[++lo];
      if (offset >= p.outEnd) return p.srcEnd;
      return linear(p) ? p.src + (offset - p.out) : p.src;
    }
    while (p.outEnd === p.out && lo > 0) p = ps[--lo];
    if (offset <= p.out) return p.src;
    return linear(p) ? p.src + (offset - p.out) : p.srcEnd;
  }
  /** Whether the source span [start, end) overlaps any of these spans. */
  static overlaps(spans, start, end) {
    for (const s of spans) {
      if (s.start < end && start < s.end) return true;
      if (start === end && s.start < start && start < s.end) return true;
    }
    return false;
  }
};
var TextMapBuilder = class {
  constructor(kind, source) {
    this.kind = kind;
    this.source = source;
  }
  out = "";
  cursor = 0;
  pieces = [];
  opaque = [];
  syntax = [];
  comments = [];
  /** Where the next piece starts. */
  get position() {
    return this.cursor;
  }
  /** Copy source text up to `end`. */
  copy(end) {
    if (end <= this.cursor) return;
    this.push(end, this.source.slice(this.cursor, end), true);
  }
  /** Replace the source up to `end` with `text`; `role` says how findings and fixes treat the span. */
  replace(end, text, role) {
    if (end <= this.cursor) return;
    const span = { start: this.cursor, end };
    if (role === "opaque") this.opaque.push(span);
    else if (role === "syntax") this.syntax.push(span);
    this.push(end, text, role === "text" && text === this.source.slice(this.cursor, end));
  }
  /**
   * Mask the source up to `end`: every character becomes a space, line
   * breaks stay, offsets stay 1:1. An `inline` mask starts with the object
   * replacement character (U+FFFC) so that the words on either side of
   * inline code do not read as neighbours ("the `x` the" is no repeat).
   */
  mask(end, role, inline = false) {
    const masked = blank(this.source.slice(this.cursor, end));
    this.replace(end, inline ? masked.replace(/^([\r\n]*) /, `$1${PLACEHOLDER}`) : masked, role);
  }
  build() {
    this.copy(this.source.length);
    return new TextMap(this.kind, this.source, this.out, this.pieces, this.opaque, this.syntax, this.comments);
  }
  push(end, text, copy) {
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
};
var PLACEHOLDER = "\uFFFC";
function blank(s) {
  return s.replace(/[^\r\n]/g, " ");
}

export {
  TextMap,
  TextMapBuilder,
  PLACEHOLDER
};
