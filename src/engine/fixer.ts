/**
 * Apply fixes to a text, as ESLint does: sorted by position, a fix that
 * overlaps or touches one already taken is left for the next pass, and a
 * byte order mark stays where it is.
 *
 * Line ends are never changed by a fix: a name wrapped over two lines
 * ("Avraik\nKalin") keeps its line break in the replacement ("Ibrahim\nKalin"),
 * and a fix adds no line break of its own, so the lines of a text and their
 * ends (CRLF stays CRLF) are the same after fixing. The one exception is a
 * fix that says it deletes whole lines (`wholeLines`: an unused directive
 * comment on a line of its own), whose line break goes with it.
 */
import type { Diagnostic, Fix, FixSafety } from '../types.js';

export interface AppliedFix extends Fix {
  /** The text replaced. `text` is the text written (line breaks kept). */
  before: string;
  ruleId?: string;
  entity?: string;
  /** Where the replaced text starts in the original text (set by Linter.fixText across passes). */
  origin?: number;
}

export interface FixOutcome {
  output: string;
  /** The fixes applied, in text order; ranges are in the input text. */
  applied: AppliedFix[];
  /** Fixes skipped because they overlapped an earlier one (or were out of range). */
  skipped: number;
}

type FixInput = Fix & { ruleId?: string; entity?: string };

export function applyFixes(text: string, fixes: FixInput[]): FixOutcome {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = '';
  let cursor = 0;
  let lastEnd = -1;
  let skipped = 0;
  const applied: AppliedFix[] = [];
  for (const f of sorted) {
    const [start, end] = f.range;
    if (start <= lastEnd || start < 0 || end > text.length || start > end || splitsCrlf(text, start) || splitsCrlf(text, end)) {
      skipped++;
      continue;
    }
    const before = text.slice(start, end);
    const replacement = !f.wholeLines && (LINE_BREAK.test(before) || LINE_BREAK.test(f.text)) ? keepLineBreaks(before, f.text) : f.text;
    if (before === replacement) continue;
    output += text.slice(cursor, start) + replacement;
    cursor = end;
    lastEnd = end;
    applied.push({ ...f, text: replacement, before });
  }
  output += text.slice(cursor);
  return { output, applied, skipped };
}

/** Is `offset` between the CR and the LF of a CRLF? */
function splitsCrlf(text: string, offset: number): boolean {
  return text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10;
}

const LINE_BREAK = /[\r\n\u2028\u2029]/;
const BREAKS = /\r\n|[\r\n\u2028\u2029]/g;

/**
 * The replacement with exactly the line breaks of the replaced text: breaks
 * of its own become spaces, and each break of `before` takes the place of the
 * space nearest to it in relative position (breaks left over go at the end).
 */
export function keepLineBreaks(before: string, after: string): string {
  const breaks = [...before.matchAll(BREAKS)];
  const flat = after.replace(BREAKS, ' ');
  if (breaks.length === 0) return flat;
  const spaces: number[] = [];
  for (let i = 0; i < flat.length; i++) if (flat[i] === ' ') spaces.push(i);
  const taken = new Map<number, string>();
  let from = 0;
  let left = '';
  for (const b of breaks) {
    const rel = before.length > 1 ? b.index! / (before.length - 1) : 0;
    const distance = (k: number) => Math.abs(spaces[k] / Math.max(flat.length - 1, 1) - rel);
    let best = -1;
    for (let k = from; k < spaces.length; k++) if (best < 0 || distance(k) < distance(best)) best = k;
    if (best < 0) left += b[0];
    else {
      taken.set(spaces[best], b[0]);
      from = best + 1;
    }
  }
  let out = '';
  for (let i = 0; i < flat.length; i++) out += taken.get(i) ?? flat[i];
  return out + left;
}

/**
 * Map an offset of a pass's output back to the pass's input: offsets inside a
 * replacement map to the start of the text it replaced.
 */
export function offsetBefore(applied: readonly AppliedFix[], offset: number): number {
  let shift = 0;
  for (const a of applied) {
    const start = a.range[0] + shift;
    if (offset < start) break;
    if (offset < start + a.text.length) return a.range[0];
    shift += a.text.length - (a.range[1] - a.range[0]);
  }
  return offset - shift;
}

/** The fixes of these diagnostics that a run with the given safety level applies (suggestions never). */
export function selectFixes(messages: Diagnostic[], allowUnsafe: boolean, ruleFilter?: (ruleId: string) => boolean): FixInput[] {
  return messages
    .filter((m) => m.fix && (allowUnsafe || m.fixSafety !== 'unsafe') && (!ruleFilter || ruleFilter(m.ruleId)))
    .map((m) => ({ ...m.fix!, ruleId: m.ruleId, entity: m.entity }));
}

export type { FixSafety };
