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

describe('fixable counts: what the command would apply', () => {
  const base = { severity: 2 as const, message: 'm', messageId: 'x', line: 1, column: 1, endLine: 1, endColumn: 2, range: [0, 1] as [number, number] };
  const safe: Diagnostic = { ...base, ruleId: 'entity-variant', fix: { range: [0, 1], text: 'a' }, fixSafety: 'safe' };
  const unsafe: Diagnostic = { ...base, ruleId: 'entity-alias', severity: 1, fix: { range: [0, 1], text: 'b' }, fixSafety: 'unsafe' };
  const none: Diagnostic = { ...base, ruleId: 'calque', severity: 1 };

  it('count safe fixes only, in the result and in every format built on it', async () => {
    const { summarise } = await import('../../src/engine/linter.js');
    const r = summarise('a.txt', 'en', [safe, unsafe, none]);
    expect(r).toMatchObject({ errorCount: 1, warningCount: 2, fixableErrorCount: 1, fixableWarningCount: 0 });
    const { json } = await import('../../src/formatters/json.js');
    expect(JSON.parse(json([r], { color: false, cwd: '/' }))[0]).toMatchObject({ fixableErrorCount: 1, fixableWarningCount: 0 });
  });

  it('the stylish closing line adds the unsafe ones as "N more with --unsafe-fixes"', async () => {
    const { summarise } = await import('../../src/engine/linter.js');
    const { stylish } = await import('../../src/formatters/stylish.js');
    const out = stylish([summarise('a.txt', 'en', [safe, unsafe, none])], { color: false, cwd: '/' });
    expect(out).toContain('1 error and 0 warnings potentially fixable with the `--fix` option (1 more with `--unsafe-fixes`).');
    const onlyUnsafe = stylish([summarise('a.txt', 'en', [unsafe])], { color: false, cwd: '/' });
    expect(onlyUnsafe).toContain('1 potentially fixable with the `--fix --unsafe-fixes` options.');
    expect(onlyUnsafe).not.toContain('with the `--fix` option');
    // the per-rule table counts safe fixes too
    expect(onlyUnsafe).toMatch(/entity-alias\s*│\s*0\s*│\s*1\s*│\s*0\s*│\s*0/);
  });

  it('the stylish listing shows a house-style note once per entity and form, with the count', async () => {
    const { summarise } = await import('../../src/engine/linter.js');
    const { stylish } = await import('../../src/formatters/stylish.js');
    const hs = (line: number, actual: string): Diagnostic => ({ ...base, ruleId: 'entity-variant', messageId: 'houseStyle', severity: 1, line, message: `'${actual}' is not the house spelling`, entity: 'e', actual, fix: { range: [0, 1], text: 'X' }, fixSafety: 'safe' });
    const out = stylish([summarise('a.txt', 'en', [hs(1, 'Hifter'), hs(2, 'Hifter'), hs(3, 'HIFTER'), hs(4, 'Hafter')])], { color: false, cwd: '/' });
    expect(out).toContain("'Hifter' is not the house spelling (3 occurrences; --fix changes each)");
    expect(out).toMatch(/4:1\s+warning\s+'Hafter' is not the house spelling\s+entity-variant/);
    expect(out).not.toMatch(/^\s*2:1/m);
    // the counts still count every occurrence
    expect(out).toContain('4 problems (0 errors, 4 warnings, 0 info)');
  });
});
