import { ruleTester } from '../helpers/rule-tester.js';
import { NEWS_PACK } from '../fixtures-packs.js';

ruleTester(
  'entity-alias',
  {
    valid: [
      'The GNA and the Government of National Accord agreed.',
      // near-misses: ordinary words
      'The talks ended in accord with the plan. The accord forces a vote.',
      'A reconciliation meeting; the government of Libya; national reconciliation.',
      // the lower-case acronym is not the acronym
      'gna is not an acronym here.',
    ],
    invalid: [
      {
        text: 'The Al-Wefaq government confirmed it.',
        errors: [
          {
            messageId: 'calque',
            actual: 'Al-Wefaq government',
            fix: null,
            suggestions: ['GNA'],
            message: "'Al-Wefaq government' is a literal translation naming the Government of National Accord: use 'GNA'. (Transliteration of the Arabic name.) Forms in this document: Al-Wefaq government ×1.",
          },
        ],
      },
      {
        text: 'The reconciliation forces advanced; the reconciliation government said.',
        errors: [
          { actual: 'reconciliation forces', suggestions: ['GNA forces'], severity: 1 },
          { actual: 'reconciliation government', suggestions: ['Government of National Accord'] },
        ],
      },
      {
        text: 'The Accord forces were ready.',
        errors: [{ messageId: 'deprecated', fix: 'GNA forces', suggestions: ['GNA forces'] }],
        output: 'The Accord forces were ready.',
      },
      {
        text: 'The Accord forces were ready.',
        unsafe: true,
        errors: [{ messageId: 'deprecated' }],
        output: 'The GNA forces were ready.',
      },
    ],
  },
  { packs: [NEWS_PACK] },
);

// language-restricted aliases do not fire in other languages
ruleTester('entity-alias', { valid: [{ text: 'Les reconciliation forces?', language: 'fr' }], invalid: [] }, { packs: [NEWS_PACK] });
