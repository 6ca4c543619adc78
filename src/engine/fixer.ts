/**
 * Apply fixes to a text, as ESLint does: sorted by position, a fix that
 * overlaps one already taken is left for the next pass, and a byte order
 * mark stays where it is.
 */
import type { Diagnostic, Fix, FixSafety } from '../types.js';

export interface FixOutcome {
  output: string;
  /** The fixes applied, in text order, with the text they replaced. */
  applied: Array<Fix & { before: string; ruleId?: string; entity?: string }>;
  /** Fixes skipped because they overlapped an earlier one. */
  skipped: number;
}

export function applyFixes(text: string, fixes: Array<Fix & { ruleId?: string; entity?: string }>): FixOutcome {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = '';
  let cursor = 0;
  let lastEnd = -1;
  let skipped = 0;
  const applied: FixOutcome['applied'] = [];
  for (const f of sorted) {
    const [start, end] = f.range;
    if (start < lastEnd || start < 0 || end > text.length || start > end) {
      skipped++;
      continue;
    }
    const before = text.slice(start, end);
    if (before === f.text) continue;
    output += text.slice(cursor, start) + f.text;
    cursor = end;
    lastEnd = end;
    applied.push({ ...f, before });
  }
  output += text.slice(cursor);
  return { output, applied, skipped };
}

/** The fixes of these diagnostics that a run with the given safety level applies. */
export function selectFixes(messages: Diagnostic[], allowUnsafe: boolean, ruleFilter?: (ruleId: string) => boolean) {
  return messages
    .filter((m) => m.fix && (allowUnsafe || m.fixSafety !== 'unsafe') && (!ruleFilter || ruleFilter(m.ruleId)))
    .map((m) => ({ ...m.fix!, ruleId: m.ruleId, entity: m.entity }));
}

export type { FixSafety };
