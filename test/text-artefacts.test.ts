/**
 * The text artefact rules (odd-capitals, punctuation-spacing, orphan-fragment,
 * stray-script, wrong-language) on news articles of our own in each
 * supported language, each with the same planted artefacts
 * (test/fixtures/text-artefacts/<lang>.txt), linted with the default preset
 * and the language detected: every artefact is found, nothing else is.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/config/config.js';
import { Linter } from '../src/engine/linter.js';

const RULES = new Set(['odd-capitals', 'punctuation-spacing', 'orphan-fragment', 'stray-script', 'wrong-language']);
const GLOSS = 'حكومة الوفاق الوطني';

/** [rule, text found, severity (2 error, 1 warning, 0 info)], in text order. */
const EXPECTED: Record<string, Array<[string, string, number]>> = {
  en: [
    ['punctuation-spacing', ' ..', 1],
    ['odd-capitals', 'In', 1],
    ['odd-capitals', 'A', 1],
    ['odd-capitals', 'Mercenaries', 1],
    ['punctuation-spacing', ' ,', 1],
    ['punctuation-spacing', '“', 1],
    ['stray-script', 'H\u0430ftar', 1],
    ['stray-script', '٢٣', 1],
    ['orphan-fragment', 'Agreement.', 1],
    ['wrong-language', 'Les délégués', 1],
    ['stray-script', GLOSS, 0],
  ],
  fr: [
    ['punctuation-spacing', ' ..', 1],
    ['odd-capitals', 'Dans', 1],
    ['odd-capitals', 'Mercenaires', 1],
    ['punctuation-spacing', ' ,', 1],
    ['punctuation-spacing', '«', 1],
    ['stray-script', 'H\u0430ftar', 1],
    ['stray-script', '٢٣', 1],
    ['orphan-fragment', 'Accord.', 1],
    ['wrong-language', 'The delegates', 1],
    ['stray-script', GLOSS, 0],
  ],
  de: [
    ['punctuation-spacing', ' ..', 1],
    ['odd-capitals', 'Am', 1],
    ['punctuation-spacing', ' ,', 1],
    ['punctuation-spacing', '„', 1],
    ['stray-script', 'H\u0430ftar', 1],
    ['stray-script', '٢٣', 1],
    ['orphan-fragment', 'Abkommen.', 1],
    ['wrong-language', 'Les délégués', 1],
    ['stray-script', GLOSS, 0],
  ],
  es: [
    ['punctuation-spacing', ' ..', 1],
    ['odd-capitals', 'Por', 1],
    ['odd-capitals', 'Mercenarios', 1],
    ['punctuation-spacing', ' ,', 1],
    ['punctuation-spacing', '«', 1],
    ['stray-script', 'H\u0430ftar', 1],
    ['stray-script', '٢٣', 1],
    ['orphan-fragment', 'Acuerdo.', 1],
    ['wrong-language', 'The delegates', 1],
    ['stray-script', GLOSS, 0],
  ],
  it: [
    ['punctuation-spacing', ' ..', 1],
    ['odd-capitals', 'In', 1],
    ['odd-capitals', 'Mercenari', 1],
    ['punctuation-spacing', ' ,', 1],
    ['punctuation-spacing', '«', 1],
    ['stray-script', 'H\u0430ftar', 1],
    ['stray-script', '٢٣', 1],
    ['orphan-fragment', 'Accordo.', 1],
    ['wrong-language', 'Les délégués', 1],
    ['stray-script', GLOSS, 0],
  ],
};

const read = (lang: string) => readFileSync(new URL(`./fixtures/text-artefacts/${lang}.txt`, import.meta.url), 'utf8');

describe('text artefacts in every supported language (default preset)', () => {
  const linter = new Linter(resolveConfig({}, process.cwd()));
  for (const lang of Object.keys(EXPECTED)) {
    it(lang, async () => {
      const text = read(lang);
      const result = await linter.lintText(text, { filePath: `${lang}.txt` });
      expect(result.language).toBe(lang);
      const found = result.messages
        .filter((m) => RULES.has(m.ruleId))
        .map((m) => {
          const t = text.slice(m.range[0], m.range[1]);
          return [m.ruleId, m.ruleId === 'wrong-language' ? t.split(' ').slice(0, 2).join(' ') : t, m.severity];
        });
      expect(found).toEqual(EXPECTED[lang]);
    });
  }

  it('safe fixes repair what is certain and leave the rest', async () => {
    const { output } = await linter.fixText(read('en'), { filePath: 'en.txt' });
    expect(output).toContain('Ceasefire monitors reach Sirte. talks move to Tunis');
    expect(output).toContain('published in the evening');
    expect(output).toContain('to set a date');
    expect(output).toContain('the foreign Mercenaries, and'); // a common noun: a suggestion only
    expect(output).toContain('Field Marshal Khalifa Haftar said');
    expect(output).toContain('began on 23 October');
    expect(output).toContain('after five days of talks. Agreement.'); // suggestion only
    expect(output).toContain(`(${GLOSS})`);
  });
});
