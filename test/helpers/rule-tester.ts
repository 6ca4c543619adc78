/**
 * ESLint-style rule tests: tables of valid texts (no report) and invalid
 * texts with the expected reports and, optionally, the text after fixing.
 */
import { describe, expect, it } from 'vitest';
import { resolveConfig, type Config } from '../../src/config/config.js';
import { Linter } from '../../src/engine/linter.js';
import { loadPackText, PackSet, type LoadedPack } from '../../src/packs/load-pack.js';
import { allRules } from '../../src/rules/index.js';
import type { Diagnostic } from '../../src/types.js';

export interface ExpectedReport {
  messageId?: string;
  message?: string | RegExp;
  actual?: string;
  /** Expected fix text (null: no fix). */
  fix?: string | null;
  /** Expected suggestion replacement texts. */
  suggestions?: string[];
  severity?: 0 | 1 | 2;
  line?: number;
  column?: number;
}

export interface RuleTests {
  valid: Array<string | { text: string; language?: string }>;
  invalid: Array<{ text: string; language?: string; errors: ExpectedReport[]; output?: string; unsafe?: boolean }>;
}

export interface RuleSetup {
  /** YAML texts of packs to load (in addition to `builtin` ones). */
  packs?: string[];
  /** Built-in packs to load (default: none). */
  builtin?: string[];
  options?: Record<string, unknown>;
  language?: string;
}

/** A Linter that runs only `ruleId`. */
export function linterFor(ruleId: string, setup: RuleSetup = {}): Linter {
  const rules: Config['rules'] = {};
  for (const r of allRules) rules[r.meta.id] = r.meta.id === ruleId ? [r.meta.defaultSeverity === 'off' ? 'warning' : r.meta.defaultSeverity, setup.options ?? {}] : 'off';
  const config = resolveConfig({ language: setup.language ?? 'en', packs: setup.builtin ?? [], rules }, process.cwd());
  const extra: LoadedPack[] = (setup.packs ?? []).map((yaml, i) => loadPackText(yaml, `test-pack-${i}.yaml`));
  const base = new Linter(config).packs.packs;
  return new Linter(config, new PackSet([...base, ...extra]));
}

export async function lintWith(ruleId: string, text: string, setup: RuleSetup = {}, language?: string): Promise<Diagnostic[]> {
  return (await linterFor(ruleId, setup).lintText(text, { language })).messages;
}

export function ruleTester(ruleId: string, tests: RuleTests, setup: RuleSetup = {}): void {
  describe(ruleId, () => {
    const linter = linterFor(ruleId, setup);
    if (tests.valid.length) describe('valid', () => {
      for (const v of tests.valid) {
        const { text, language } = typeof v === 'string' ? { text: v, language: undefined } : v;
        it(text.length > 70 ? text.slice(0, 67) + '...' : text, async () => {
          const { messages } = await linter.lintText(text, { language });
          expect(messages.map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([]);
        });
      }
    });
    if (tests.invalid.length) describe('invalid', () => {
      for (const c of tests.invalid) {
        it(c.text.length > 70 ? c.text.slice(0, 67) + '...' : c.text, async () => {
          const { messages } = await linter.lintText(c.text, { language: c.language });
          expect(messages.length, messages.map((m) => m.message).join('\n')).toBe(c.errors.length);
          c.errors.forEach((e, i) => {
            const m = messages[i];
            expect(m.ruleId).toBe(ruleId);
            if (e.messageId) expect(m.messageId).toBe(e.messageId);
            if (typeof e.message === 'string') expect(m.message).toBe(e.message);
            else if (e.message) expect(m.message).toMatch(e.message);
            if (e.actual !== undefined) expect(m.actual ?? c.text.slice(m.range[0], m.range[1])).toBe(e.actual);
            if (e.fix !== undefined) expect(m.fix?.text ?? null).toBe(e.fix);
            if (e.suggestions) expect((m.suggestions ?? []).map((s) => s.fix.text)).toEqual(e.suggestions);
            if (e.severity !== undefined) expect(m.severity).toBe(e.severity);
            if (e.line !== undefined) expect(m.line).toBe(e.line);
            if (e.column !== undefined) expect(m.column).toBe(e.column);
          });
          if (c.output !== undefined) {
            const fixed = await linter.fixText(c.text, { language: c.language, unsafe: c.unsafe });
            expect(fixed.output).toBe(c.output);
          }
        });
      }
    });
  });
}
