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
    ],
    invalid: [
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
