import { describe, expect, it } from 'vitest';
import { MAX_ENTITY_ROWS, summaryTables } from '../../src/formatters/summary.js';
import type { Diagnostic, LintResult } from '../../src/types.js';

function result(entities: number): LintResult {
  const messages: Diagnostic[] = [];
  for (let i = 0; i < entities; i++) {
    for (let k = 0; k <= i % 3; k++) {
      messages.push({ ruleId: 'entity-variant', severity: 2, message: 'm', messageId: 'variant', line: 1, column: 1, endLine: 1, endColumn: 2, range: [0, 1], entity: `e${String(i).padStart(3, '0')}`, actual: `V${i}`, expected: [`C${i}`] });
    }
  }
  return { filePath: 'a.txt', messages, errorCount: messages.length, warningCount: 0, infoCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, language: 'en' };
}

describe('summary tables', () => {
  it('list each entity with its findings, forms found and the form to use', () => {
    const out = summaryTables([result(3)], false);
    expect(out).toMatch(/e002\s*│\s*3\s*│\s*V2 ×3\s*│\s*C2/);
    expect(out).toMatch(/entity-variant\s*│\s*6\s*│\s*0/);
  });

  it('cap the entity table and say how many more there are', () => {
    const out = summaryTables([result(MAX_ENTITY_ROWS + 7)], false);
    expect(out).toContain('(7 more entities with findings; --format json lists every finding)');
    // the entities with most findings come first
    expect(out).toMatch(/e002\s*│\s*3/);
    expect(out).not.toMatch(/e030\s*│/);
  });

  it('print nothing when there is nothing to report', () => {
    expect(summaryTables([result(0)], false)).toBe('');
  });
});
