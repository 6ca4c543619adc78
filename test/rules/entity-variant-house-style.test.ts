import { ruleTester } from '../helpers/rule-tester.js';
import { NEWS_PACK } from '../fixtures-packs.js';

// entity-variant on one non-house spelling used throughout: a house-style note (messageId houseStyle, a warning)
ruleTester(
  'entity-variant',
  {
    valid: [
      'Khalifa Haftar met Fayez al-Sarraj in Sirte.',
      // the house form is never reported against itself
      'Zawiya and al-Jufra. Al-Jufra, Jufra and JUFRA.',
    ],
    invalid: [
      {
        text: 'Forces loyal to Khalifa Hifter withdrew. Hifter said so.',
        errors: [
          {
            messageId: 'houseStyle',
            actual: 'Hifter',
            fix: 'Haftar',
            severity: 1,
            message: "'Hifter' is not the house spelling of Khalifa Haftar: use 'Haftar'. House style only: this document writes it one way (Hifter ×2).",
          },
          { actual: 'Hifter', fix: 'Haftar', severity: 1 },
        ],
        output: 'Forces loyal to Khalifa Haftar withdrew. Haftar said so.',
      },
      {
        // AFP's spelling in English copy
        text: 'Kadhafi was born near Sirte.',
        errors: [{ messageId: 'houseStyleForeign', actual: 'Kadhafi', fix: 'Gaddafi', severity: 1 }],
      },
    ],
  },
  { packs: [NEWS_PACK] },
);

// a bare given name after a whole-name variant names the same man, and is fixed with it
ruleTester(
  'entity-variant',
  {
    valid: [
      // the given name alone is not mapped: without the whole-name variant, another Aqeela is untouched
      'Aguila Saleh spoke. Aqeela, a teacher, said no.',
    ],
    invalid: [
      {
        text: 'Aqeela Saleh spoke. Later Aqeela said no, and aqeela is lower case.',
        errors: [
          { actual: 'Aqeela Saleh', fix: 'Aguila Saleh' },
          { actual: 'Aqeela', fix: 'Aguila' },
        ],
        output: 'Aguila Saleh spoke. Later Aguila said no, and aqeela is lower case.',
      },
    ],
  },
  {
    packs: [`
pack: whole-names
entities:
  - id: aguila-saleh
    type: person
    canonical: { en: Aguila Saleh }
    variants: [Aqeela Saleh]
`],
  },
);

// a one-line English text is never German with \`auto\` (German would make Chalifa the house form)
ruleTester(
  'entity-variant',
  {
    valid: ['Khalifa Haftar spoke.'],
    invalid: [{ text: 'Hifter spoke.', errors: [{ fix: 'Haftar' }] }],
  },
  { packs: [NEWS_PACK], language: 'auto' },
);

// a spelling that is a common word of the document's language is matched only where it is clearly a name
const COMMON = `
pack: common-words
entities:
  - id: misrata
    type: place
    canonical: { en: Misrata }
    variants: [Misurata]
  - id: sirte
    type: place
    canonical: { en: Sirte }
    variants: [Sirt]
  - id: brega
    type: place
    canonical: { en: Brega }
`;
ruleTester(
  'entity-variant',
  {
    valid: [
      { text: 'Il lavoro è misurata in ore, e la spesa è misurata anche.', language: 'it' },
      // sentence-initial: a capital proves nothing
      { text: 'Misurata la distanza, partirono.', language: 'it' },
      // a pack spelling in lower case is an ordinary word, even where the dictionary does not know it
      { text: 'They reached misurata at dawn.', language: 'en' },
      // Spanish "brega" (a struggle) is a word and the house form of Brega: no finding either way
      { text: 'La brega diaria de los pescadores. Brega es un puerto.', language: 'es' },
    ],
    invalid: [
      // capitalised mid-sentence: a name, in Italian too
      { text: 'Le milizie di Misurata sono arrivate.', language: 'it', errors: [{ actual: 'Misurata', fix: 'Misrata' }] },
      // with an article it is a name whatever the language
      { text: 'Il porto di al-Misurata.', language: 'it', errors: [{ actual: 'Misurata', fix: 'Misrata' }] },
    ],
  },
  { packs: [COMMON] },
);

// "è misurata" does not make an Italian text about Misrata mixed
ruleTester(
  'entity-variant',
  {
    valid: [{ text: 'Misrata è una città. La distanza è misurata in chilometri da Misrata.', language: 'it' }],
    invalid: [{ text: 'Misrata è una città; le milizie di Misurata.', language: 'it', errors: [{ actual: 'Misurata', fix: 'Misrata' }] }],
  },
  { packs: [COMMON] },
);

// the houseStyle option: a team makes house style an error, or turns it off (mixed documents are still reported)
ruleTester(
  'entity-variant',
  { valid: [], invalid: [{ text: 'Hifter spoke. Hifter left.', errors: [{ messageId: 'houseStyle', severity: 2 }, { severity: 2 }] }] },
  { packs: [NEWS_PACK], options: { houseStyle: 'error' } },
);
ruleTester(
  'entity-variant',
  {
    valid: ['Hifter spoke. Hifter left.', 'Kadhafi was born near Sirte.'],
    invalid: [{ text: 'Hifter spoke. Haftar left.', errors: [{ messageId: 'variant', severity: 2 }] }],
  },
  { packs: [NEWS_PACK], options: { houseStyle: 'off' } },
);
