/**
 * The closing table of a fix run: replacements made per entity, each form
 * found with the form written, how many times and in how many files (the
 * most frequent first, at most MAX_ROWS rows).
 */
import { newTable } from '../formatters/table.js';
import type { Change } from './fix-file.js';

/** The table shows the most frequent replacements; the report file has them all. */
export const MAX_ROWS = 50;

interface Row {
  entity: string;
  before: string;
  after: string;
  count: number;
  files: number;
}

export class ReplacementTally {
  private readonly rows = new Map<string, Row>();
  total = 0;
  files = 0;

  /** Add the changes of one file. */
  add(changes: readonly Change[]): void {
    if (changes.length === 0) return;
    this.files++;
    const seen = new Set<string>();
    for (const c of changes) {
      const entity = c.entity ?? `(${c.rule})`;
      const key = `${entity}\u0000${c.before}\u0000${c.after}`;
      let row = this.rows.get(key);
      if (!row) this.rows.set(key, (row = { entity, before: c.before, after: c.after, count: 0, files: 0 }));
      row.count++;
      this.total++;
      if (!seen.has(key)) {
        seen.add(key);
        row.files++;
      }
    }
  }

  /** The table, or '' when nothing was replaced. */
  table(options: { color: boolean; dryRun: boolean }): string {
    if (this.rows.size === 0) return '';
    const style = options.color ? {} : { head: [], border: [] };
    const t = newTable({ head: ['Entity', 'Found', options.dryRun ? 'Would write' : 'Written', 'Count', 'Files'], style });
    const rows = [...this.rows.values()].sort((a, b) => b.count - a.count || a.entity.localeCompare(b.entity) || a.before.localeCompare(b.before));
    for (const r of rows.slice(0, MAX_ROWS)) t.push([r.entity, shown(r.before), shown(r.after), r.count, r.files]);
    const verb = options.dryRun ? 'would be made' : 'made';
    const more = rows.length > MAX_ROWS ? `... and ${rows.length - MAX_ROWS} more rows (every change is in --report-file)\n` : '';
    return `${this.total} replacement${this.total === 1 ? '' : 's'} ${verb} in ${this.files} file${this.files === 1 ? '' : 's'}:\n${t.toString()}\n${more}`;
  }
}

/** A form as the table shows it: line breaks as ⏎, invisible characters escaped, quoted when empty or edged with spaces. */
export function shown(s: string): string {
  const visible = s
    .replace(/\r\n|\r|\n/g, '⏎')
    .replace(/[\p{Cf}\p{Zs}\t]/gu, (c) => (c === ' ' ? c : `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`));
  return visible === '' || /^ | $/.test(visible) ? `"${visible}"` : visible;
}
