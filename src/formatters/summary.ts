/**
 * The closing summary of the stylish format: findings per rule, and per
 * entity the forms found and the form to use.
 */
import { newTable } from './table.js';
import type { Diagnostic, LintResult } from '../types.js';
import type { SummaryRow } from './types.js';

/** The entity table shows the entities with most findings; an archive can have thousands. */
export const MAX_ENTITY_ROWS = 25;

export function summaryTables(results: LintResult[], color: boolean): string {
  const summary = new Summary();
  for (const r of results) summary.add(r);
  return summary.tables(color);
}

/**
 * The findings of a result as the stylish listing shows them: a house-style
 * note (entity-variant's houseStyle messages) once per entity and form in each file, at its
 * first occurrence, with the count; every occurrence keeps its own fix in
 * the JSON output.
 */
export function listedMessages(messages: readonly Diagnostic[]): Diagnostic[] {
  const keyOf = (m: Diagnostic) => `${m.entity ?? ''}\u0000${(m.actual ?? '').toLowerCase()}`;
  const counts = new Map<string, number>();
  for (const m of messages) if (isHouseStyle(m)) counts.set(keyOf(m), (counts.get(keyOf(m)) ?? 0) + 1);
  if (counts.size === 0) return messages as Diagnostic[];
  const shown = new Set<string>();
  const out: Diagnostic[] = [];
  for (const m of messages) {
    if (!isHouseStyle(m)) out.push(m);
    else if (!shown.has(keyOf(m))) {
      shown.add(keyOf(m));
      const n = counts.get(keyOf(m))!;
      out.push(n === 1 ? m : { ...m, message: `${m.message} (${n} occurrences; --fix changes each)` });
    }
  }
  return out;
}

function isHouseStyle(m: Diagnostic): boolean {
  return m.ruleId === 'entity-variant' && (m.messageId === 'houseStyle' || m.messageId === 'houseStyleForeign');
}

/** What the tables need of each finding of a result. */
export function summaryRows(r: LintResult): SummaryRow[] {
  return r.messages.map((m) => {
    const unsafe = m.fix !== undefined && m.fixSafety === 'unsafe';
    return [m.ruleId, m.severity, m.fix !== undefined && !unsafe, m.entity ?? null, m.actual ?? null, m.expected ?? null, unsafe];
  });
}

/** The counts behind the tables, added to file by file (the stylish stream keeps these, not the findings). */
export class Summary {
  private readonly perRule = new Map<string, { errors: number; warnings: number; info: number; fixable: number }>();
  private readonly perEntity = new Map<string, { findings: number; forms: Map<string, number>; expected: Set<string> }>();
  /** Findings whose fix only `--unsafe-fixes` applies (the "N more" of the closing line). */
  unsafeFixable = 0;

  add(r: LintResult): void {
    this.addRows(summaryRows(r));
  }

  addRows(rows: readonly SummaryRow[]): void {
    const { perRule, perEntity } = this;
    for (const [ruleId, severity, fixable, entity, actual, expected, unsafe] of rows) {
      if (unsafe) this.unsafeFixable++;
      const row = perRule.get(ruleId) ?? { errors: 0, warnings: 0, info: 0, fixable: 0 };
      if (severity === 2) row.errors++;
      else if (severity === 1) row.warnings++;
      else row.info++;
      if (fixable) row.fixable++;
      perRule.set(ruleId, row);
      if (entity) {
        const e = perEntity.get(entity) ?? { findings: 0, forms: new Map(), expected: new Set() };
        e.findings++;
        if (actual) e.forms.set(actual, (e.forms.get(actual) ?? 0) + 1);
        for (const x of expected ?? []) e.expected.add(x);
        perEntity.set(entity, e);
      }
    }
  }

  tables(color: boolean): string {
    const { perRule, perEntity } = this;
    if (perRule.size === 0) return '';
    const style = color ? {} : { head: [], border: [] };
    const rules = newTable({ head: ['Rule', 'Errors', 'Warnings', 'Info', 'Fixable'], style });
    for (const [id, r] of [...perRule.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
      rules.push([id, r.errors, r.warnings, r.info, r.fixable]);
    }
    let out = rules.toString();
    if (perEntity.size > 0) {
      const entities = newTable({ head: ['Entity', 'Findings', 'Forms found', 'Use'], style, colWidths: [26, 10, 50, 32], wordWrap: true });
      const sorted = [...perEntity.entries()].sort((a, b) => b[1].findings - a[1].findings || a[0].localeCompare(b[0]));
      for (const [id, e] of sorted.slice(0, MAX_ENTITY_ROWS)) {
        const forms = [...e.forms.entries()].sort((a, b) => b[1] - a[1]).map(([f, n]) => `${f} ×${n}`).join(', ');
        entities.push([id, e.findings, forms, [...e.expected].join(', ')]);
      }
      out += '\n' + entities.toString();
      if (sorted.length > MAX_ENTITY_ROWS) {
        out += `\n(${sorted.length - MAX_ENTITY_ROWS} more entities with findings; --format json lists every finding)`;
      }
    }
    return out;
  }
}
