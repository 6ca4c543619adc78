/**
 * The clean-prose guard: ordinary, professional news prose in every supported
 * language (test/fixtures/clean/<lang>.txt, written for translint) must lint
 * clean with the default preset: every rule at its default severity, the
 * built-in packs, the language detected. A rule that fires here has a false
 * positive to fix, whichever rule it is.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/config/config.js';
import { Linter } from '../src/engine/linter.js';

const LANGUAGES = ['en', 'fr', 'de', 'es', 'it'];

describe('clean prose lints clean with the default preset', () => {
  const linter = new Linter(resolveConfig({}, process.cwd()));
  for (const lang of LANGUAGES) {
    it(lang, async () => {
      const file = new URL(`./fixtures/clean/${lang}.txt`, import.meta.url);
      const text = readFileSync(file, 'utf8');
      // the fixture is real prose: several paragraphs, long enough for every rule to look at it
      expect(text.split(/\n\s*\n/).length).toBeGreaterThanOrEqual(6);
      const result = await linter.lintText(text, { filePath: `clean/${lang}.txt` });
      expect(result.language).toBe(lang);
      expect(result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`)).toEqual([]);
    });
  }
});
