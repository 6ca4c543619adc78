import { ruleTester } from '../helpers/rule-tester.js';
import { NEWS_PACK } from '../fixtures-packs.js';

ruleTester(
  'entity-variant',
  {
    valid: [
      'Khalifa Haftar met Fayez al-Sarraj in Sirte and al-Jufra.',
      // near-misses: other names that look alike
      'Hafez al-Assad ruled Syria. Siala spoke in Tripoli. The army withdrew.',
      'Aguila Saleh and Salah al-Namroush spoke; Karim Kalin? No: Karim spoke.',
      // words that contain a variant are not the variant
      'The Hifterman archive and the Sirtean coast.',
      // the house form in capitals is not a variant
      'HAFTAR FORCES WITHDRAW FROM SIRTE',
      // French house form in a French text
      { text: 'Mouammar Kadhafi est né près de Syrte.', language: 'fr' },
    ],
    invalid: [
      {
        text: 'Forces loyal to Khalifa Hifter withdrew.',
        errors: [{ messageId: 'variant', actual: 'Hifter', fix: 'Haftar', line: 1, column: 25 }],
        output: 'Forces loyal to Khalifa Haftar withdrew.',
      },
      {
        text: "Hifter's forces and HIFTER and Haftar.",
        errors: [
          { actual: 'Hifter', fix: 'Haftar', message: "'Hifter' is not the house spelling of Khalifa Haftar: use 'Haftar'. Forms in this document: Hifter ×2, Haftar ×1." },
          { actual: 'HIFTER', fix: 'HAFTAR' },
        ],
        output: "Haftar's forces and HAFTAR and Haftar.",
      },
      {
        text: 'Spokesman Avraik Kalın said so.',
        errors: [{ actual: 'Avraik Kalın', fix: 'Ibrahim Kalin' }],
        output: 'Spokesman Ibrahim Kalin said so.',
      },
      {
        text: 'Convoys moved towards Al-Jafra, al Jufrah, Aljafra and Jafra.',
        errors: [
          { actual: 'Jafra', fix: 'Jufra' },
          { actual: 'Jufrah', fix: 'Jufra' },
          { actual: 'Aljafra', fix: 'Al-Jufra' },
          { actual: 'Jafra', fix: 'Jufra' },
        ],
        output: 'Convoys moved towards Al-Jufra, al Jufra, Al-Jufra and Jufra.',
      },
      {
        text: 'The delegation accompanying Siraj left; al-Serraj stayed.',
        errors: [
          { actual: 'Siraj', fix: 'Sarraj' },
          { actual: 'Serraj', fix: 'Sarraj' },
        ],
        output: 'The delegation accompanying Sarraj left; al-Sarraj stayed.',
      },
      {
        // another language's house form in an English text
        text: 'Kadhafi was born near Sirte.',
        errors: [{ messageId: 'foreign', actual: 'Kadhafi', fix: 'Gaddafi' }],
      },
      {
        // diacritics and Turkish dotless i fold: Kalın = Kalin
        text: 'AVRAİK KALIN spoke.',
        errors: [{ fix: 'IBRAHIM KALIN' }],
      },
    ],
  },
  { packs: [NEWS_PACK] },
);

ruleTester(
  'entity-variant',
  {
    valid: [{ text: 'Chalifa Haftar traf Fayez al-Sarraj.', language: 'de' }],
    invalid: [
      {
        text: 'Khalifa Hifter traf Fayez al-Sarraj in Surt.',
        language: 'de',
        errors: [{ fix: 'Haftar' }, { fix: 'Sirte' }],
      },
      {
        text: 'Qaddafi est né près de Surt.',
        language: 'fr',
        errors: [{ fix: 'Kadhafi' }, { fix: 'Syrte' }],
      },
    ],
  },
  { packs: [NEWS_PACK] },
);
