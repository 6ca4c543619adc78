import { ruleTester } from '../helpers/rule-tester.js';
import { NEWS_PACK } from '../fixtures-packs.js';

ruleTester(
  'entity-consistency',
  {
    valid: [
      // one spelling throughout, even if not the house one, is consistent
      'Kalın spoke. Kalın left.',
      'Kalin spoke. KALIN left.',
      // listed variants are entity-variant's job, not this rule's
      'Hifter spoke. Haftar left.',
      // a glued article written throughout is one form
      'Alsarraj spoke. Alsarraj left.',
      // full name with the article first, bare surname later: two parts of the name, not two forms
      'Fayez al-Sarraj spoke. Sarraj left.',
    ],
    invalid: [
      {
        // without the house spelling in the document, every accent spelling is fixed to it (the fix converges)
        text: 'Kalın spoke. Kálin left. Kalın returned.',
        errors: [{ actual: 'Kalın', fix: 'Kalin' }, { actual: 'Kálin', fix: 'Kalin' }, { actual: 'Kalın', fix: 'Kalin' }],
        output: 'Kalin spoke. Kalin left. Kalin returned.',
      },
      {
        // a glued article beside the document's al-Sarraj: written as the document writes it
        text: 'Fayez al-Sarraj came; al-Sarraj and Alsarraj spoke.',
        errors: [{ actual: 'Alsarraj', fix: 'al-Sarraj', message: "'Alsarraj' and 'Sarraj' name Fayez al-Sarraj in this document (Sarraj ×1, Alsarraj ×1): use 'al-Sarraj'." }],
        output: 'Fayez al-Sarraj came; al-Sarraj and al-Sarraj spoke.',
      },
      {
        text: 'Kalin spoke. Kalın left. Kalin returned.',
        errors: [
          {
            actual: 'Kalın',
            fix: 'Kalin',
            message: "'Kalın' and 'Kalin' name Ibrahim Kalin in this document (Kalin ×2, Kalın ×1): use 'Kalin'.",
          },
        ],
        output: 'Kalin spoke. Kalin left. Kalin returned.',
      },
    ],
  },
  { packs: [NEWS_PACK] },
);
