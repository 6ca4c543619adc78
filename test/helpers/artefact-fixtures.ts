/**
 * The fixtures of the phrase-pack artefact rules: clean news prose per
 * language (test/fixtures/clean/<lang>.txt, must stay clean) and texts full
 * of artefacts (test/fixtures/mt-artefacts/<lang>.txt), run with the default
 * preset's packs and one rule.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinPackNames } from '../../src/packs/load-pack.js';
import { lintWith } from './rule-tester.js';

export const LANGUAGES = ['en', 'fr', 'de', 'es', 'it'] as const;

export function fixture(kind: 'clean' | 'mt-artefacts', lang: string): string {
  return readFileSync(new URL(`../fixtures/${kind}/${lang}.txt`, import.meta.url), 'utf8');
}

/** What `ruleId` reports on a fixture, as "line: actual" strings. */
export async function findings(ruleId: string, kind: 'clean' | 'mt-artefacts', lang: string): Promise<string[]> {
  const messages = await lintWith(ruleId, fixture(kind, lang), { builtin: builtinPackNames(), language: lang });
  return messages.map((m) => `${m.line}: ${m.actual}`);
}

/** The clean-prose guard for one rule: nothing reported in any language. */
export function cleanProseGuard(ruleId: string): void {
  describe(`${ruleId} on clean news prose`, () => {
    for (const lang of LANGUAGES) {
      it(lang, async () => expect(await findings(ruleId, 'clean', lang)).toEqual([]));
    }
  });
}

/** The artefact fixtures for one rule: exactly the expected findings per language. */
export function artefactFixtures(ruleId: string, expected: Record<(typeof LANGUAGES)[number], string[]>): void {
  describe(`${ruleId} on the artefact fixtures`, () => {
    for (const lang of LANGUAGES) {
      it(lang, async () => expect(await findings(ruleId, 'mt-artefacts', lang)).toEqual(expected[lang]));
    }
  });
}
