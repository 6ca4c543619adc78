/**
 * The closing summary of the stylish format: findings per rule, and per
 * entity the forms found and the form to use.
 */
import { newTable } from './table.js';
import type { LintResult } from '../types.js';

/** The entity table shows the entities with most findings; an archive can have thousands. */
export const MAX_ENTITY_ROWS = 25;

export function summaryTables(results: LintResult[], color: boolean): string {
  const summary = new Summary();
  for (const r of results) summary.add(r);
  return summary.tables(color);
}

/** The counts behind the tables, added to file by file (the stylish stream keeps these, not the findings). */
export class Summary {
  private readonly perRule = new Map<string, { errors: number; warnings: number; info: number; fixable: number }>();
  private readonly perEntity = new Map<string, { findings: number; forms: Map<string, number>; expected: Set<string> }>();

  add(r: LintResult): void {
    const { perRule, perEntity } = this;
    for (const m of r.messages) {
      const row = perRule.get(m.ruleId) ?? { errors: 0, warnings: 0, info: 0, fixable: 0 };
      if (m.severity === 2) row.errors++;
      else if (m.severity === 1) row.warnings++;
      else row.info++;
      if (m.fix) row.fixable++;
      perRule.set(m.ruleId, row);
      if (m.entity) {
        const e = perEntity.get(m.entity) ?? { findings: 0, forms: new Map(), expected: new Set() };
        e.findings++;
        if (m.actual) e.forms.set(m.actual, (e.forms.get(m.actual) ?? 0) + 1);
        for (const x of m.expected ?? []) e.expected.add(x);
        perEntity.set(m.entity, e);
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
