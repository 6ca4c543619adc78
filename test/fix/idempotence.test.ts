/**
 * Property-based: over generated documents mixing variants, house forms and
 * aliases of a small pack (in every capitalisation), punctuation, CRLF and
 * arbitrary Unicode (astral characters, combining marks), fixing is
 * idempotent, leaves nothing safely fixable, and keeps every line break.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/config.js';
import { Linter } from '../../src/engine/linter.js';
import { loadPackText, PackSet } from '../../src/packs/load-pack.js';
import { allRules } from '../../src/rules/index.js';
import { NEWS_PACK } from '../fixtures-packs.js';

function linter(onlyEntityRules: boolean): Linter {
  const rules = Object.fromEntries(allRules.filter((r) => onlyEntityRules && !r.meta.id.startsWith('entity-')).map((r) => [r.meta.id, 'off' as const]));
  const config = resolveConfig({ language: 'en', packs: [], rules }, process.cwd());
  return new Linter(config, new PackSet([loadPackText(NEWS_PACK, 'news.yaml')]));
}

const NAMES = [
  'Hifter', 'Hafter', 'Haftar', 'Khalifa Hifter', 'Khalifa Haftar', 'Siraj', 'Serraj', 'Sarraj', 'Fayez al-Sarraj', 'al-Siraj',
  'Avraik Kalin', 'Ibrahim Kalin', 'Ibrahim Kalın', 'Ibrahim Kálin', 'Kalin', 'Qaddafi', 'Gadhafi', 'Muammar Gaddafi', 'Kadhafi',
  'Akila', 'Aguila Saleh', 'Jafra', 'Al-Jafra', 'Aljafra', 'Jufrah', 'al-Jufra', 'Surt', 'Sirte', 'Syrte',
  'GNA', 'Accord forces', 'Al-Wefaq government', 'reconciliation government', 'reconciliation forces', 'Government of National Accord',
];
const CASED = fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom('as is', 'upper', 'lower')).map(([n, c]) => (c === 'upper' ? n.toUpperCase() : c === 'lower' ? n.toLowerCase() : n));
/** A name wrapped over a line end, as in hard-wrapped copy. */
const WRAPPED = fc.tuple(CASED, fc.constantFrom('\n', '\r\n')).map(([n, eol]) => n.replace(' ', eol));
const PUNCT = fc.constantFrom('.', ',', ';', ':', "'s", '’s', '"', '«', '»', '—', '-', '(', ')', '!', '?', '…', ' ', '  ', '\u00a0', '\t');
const BREAK = fc.constantFrom('\n', '\r\n', '\n\n', '\r\n\r\n');
const MARK = fc.constantFrom('\u0301', '\u0308', '\u0327', '\u200d', '\ufe0f');
const WORD = fc.constantFrom('the', 'said', 'met', 'in', 'forces', 'of', 'al', 'el', 'Al', 'government', 'Field Marshal');
const UNICODE = fc.oneof(fc.string({ unit: 'binary', maxLength: 4 }), fc.string({ unit: 'grapheme', maxLength: 3 }), fc.constantFrom('😀', '𝐀𝐁', '🇱🇾', 'e\u0301', 'ﬁ'));
const PIECE = fc.oneof(
  { weight: 5, arbitrary: CASED },
  { weight: 1, arbitrary: WRAPPED },
  { weight: 3, arbitrary: PUNCT },
  { weight: 2, arbitrary: BREAK },
  { weight: 3, arbitrary: WORD },
  { weight: 2, arbitrary: UNICODE },
  { weight: 1, arbitrary: MARK },
);
/** Pieces joined by a space or nothing (so names also touch punctuation, marks and other scripts). */
const DOC = fc.array(fc.tuple(PIECE, fc.constantFrom(' ', '', ' ', '\n')), { maxLength: 40 }).map((parts) => parts.map(([p, sep]) => p + sep).join(''));

/** FIX_PROPERTY_RUNS=20 multiplies the runs for a deeper search. */
const SCALE = Number(process.env.FIX_PROPERTY_RUNS ?? 1);
const breaks = (s: string) => s.match(/\r\n|\r|\n/g) ?? [];

for (const [label, onlyEntity] of [['entity rules', true], ['all rules', false]] as const) {
  describe(`fixing is idempotent (${label})`, () => {
    const l = linter(onlyEntity);

    it('fix(fix(x)) == fix(x), nothing safe is left to fix, line breaks are kept', async () => {
      await fc.assert(
        fc.asyncProperty(DOC, async (doc) => {
          const once = await l.fixText(doc);
          const twice = await l.fixText(once.output);
          expect(twice.output).toBe(once.output);
          expect(twice.applied).toEqual([]);
          const after = await l.lintText(once.output);
          expect(after.messages.filter((m) => m.fix && m.fixSafety !== 'unsafe').map((m) => `${m.ruleId}: ${m.message}`)).toEqual([]);
          expect(breaks(once.output)).toEqual(breaks(doc));
        }),
        { numRuns: (onlyEntity ? 400 : 200) * SCALE },
      );
    });

    it('the same with unsafe fixes: then nothing fixable is left at all', async () => {
      await fc.assert(
        fc.asyncProperty(DOC, async (doc) => {
          const once = await l.fixText(doc, { unsafe: true });
          const twice = await l.fixText(once.output, { unsafe: true });
          expect(twice.output).toBe(once.output);
          const after = await l.lintText(once.output);
          expect(after.messages.filter((m) => m.fix).map((m) => `${m.ruleId}: ${m.message}`)).toEqual([]);
          expect(breaks(once.output)).toEqual(breaks(doc));
        }),
        { numRuns: (onlyEntity ? 300 : 150) * SCALE },
      );
    });
  });
}

describe('fixing a known document', () => {
  it('changes only the variants (a sanity check that the generator’s names are fixable)', async () => {
    // a name in lower case is an ordinary word, not a variant (mentions.ts): 'hifter' stays
    const out = await linter(true).fixText('HIFTER’s men; Avraik\r\nKalin; AlJafra; Hifter; hifter.');
    expect(out.output).toBe('HAFTAR’s men; Ibrahim\r\nKalin; Al-Jufra; Haftar; hifter.');
  });
});
