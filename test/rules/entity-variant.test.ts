import { ruleTester } from '../helpers/rule-tester.js';
import { NEWS_PACK } from '../fixtures-packs.js';

// entity-variant on a document that names one entity in several forms: an error of the document (messageId variant)
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
      // the house form is never reported against itself, with or without an article or accents
      'Zawiya and al-Jufra. Al-Jufra, Jufra and JUFRA.',
      // full name first, bare surname later: one form of each word
      'Fayez al-Sarraj arrived. Sarraj spoke.',
    ],
    invalid: [
      {
        text: "Hifter's forces and HIFTER and Haftar.",
        errors: [
          {
            actual: 'Hifter',
            fix: 'Haftar',
            severity: 2,
            message: "'Hifter' is not the house spelling of Khalifa Haftar: use 'Haftar'. This document names it in several forms: Hifter ×2, Haftar ×1.",
          },
          { actual: 'HIFTER', fix: 'HAFTAR' },
        ],
        output: "Haftar's forces and HAFTAR and Haftar.",
      },
      {
        text: 'Spokesman Avraik Kalın said so. Ibrahim Kalin agreed.',
        errors: [{ actual: 'Avraik Kalın', fix: 'Ibrahim Kalin' }],
        output: 'Spokesman Ibrahim Kalin said so. Ibrahim Kalin agreed.',
      },
      {
        // the article convention of the document (Al- three times, bare once) is kept by every fix
        text: 'Convoys moved towards Al-Jafra, al Jufrah, Aljafra and al-Jufra.',
        errors: [
          { actual: 'Jafra', fix: 'Jufra' },
          { actual: 'Jufrah', fix: 'Jufra' },
          { actual: 'Aljafra', fix: 'Al-Jufra' },
        ],
        output: 'Convoys moved towards Al-Jufra, al Jufra, Al-Jufra and al-Jufra.',
      },
      {
        text: 'The delegation accompanying Siraj left; al-Serraj stayed.',
        errors: [
          { actual: 'Siraj', fix: 'Sarraj' },
          { actual: 'Serraj', fix: 'Sarraj' },
        ],
      },
      {
        // another language's house form beside the house form
        text: 'Kadhafi was born near Sirte. Gaddafi ruled.',
        errors: [{ messageId: 'foreign', actual: 'Kadhafi', fix: 'Gaddafi', severity: 2 }],
      },
      {
        // diacritics and Turkish dotless i fold: Kalın = Kalin
        text: 'AVRAİK KALIN spoke. Ibrahim Kalin left.',
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
        text: 'Khalifa Hifter traf Fayez al-Sarraj in Surt. Haftar blieb in Sirte.',
        language: 'de',
        errors: [{ fix: 'Haftar' }, { fix: 'Sirte' }],
      },
      {
        text: 'Qaddafi est né près de Surt. Kadhafi a grandi à Syrte.',
        language: 'fr',
        errors: [{ fix: 'Kadhafi' }, { fix: 'Syrte' }],
      },
    ],
  },
  { packs: [NEWS_PACK] },
);
