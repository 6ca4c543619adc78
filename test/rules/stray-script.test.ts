import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('stray-script', {
  valid: [
    // Latin letters with diacritics, symbols, a lone Greek letter
    'Café, Müller, Ørsted, Łódź and Türkiye; the price was 5 € and rose 10 % — see § 3.',
    'The angle α was measured, and μ stands for the mean.',
    // Western digits and Arabic punctuation only in Arabic text
    'The ceasefire began on 23 October 2020 at 06:00.',
    { text: 'Le cessez-le-feu a commencé le 23 octobre 2020.', language: 'fr' },
  ],
  invalid: [
    {
      text: 'Field Marshal H\u0430ftar met the delegation.',
      errors: [
        {
          messageId: 'homoglyph',
          message: "'H\u0430ftar' mixes Latin and Cyrillic letters ('\u0430' U+0430): a look-alike letter from another alphabet. Write 'Haftar'.",
          fix: 'Haftar',
          column: 15,
        },
      ],
      output: 'Field Marshal Haftar met the delegation.',
    },
    { text: 'The talks in Sirt\u0435 ended.', errors: [{ messageId: 'homoglyph', fix: 'Sirte' }], output: 'The talks in Sirte ended.' },
    { text: 'The \u039fperation ended.', errors: [{ messageId: 'homoglyph', fix: 'Operation' }], output: 'The Operation ended.' },
    // a foreign letter with no Latin look-alike: no fix
    { text: 'Forces loyal to Haf\u0442ar withdrew.', errors: [{ messageId: 'mixed', fix: null }] },
    // a whole word of look-alikes: a suggestion
    { text: 'The \u0410\u0412\u0421 network reported it.', errors: [{ messageId: 'lookalikeWord', fix: null, suggestions: ['ABC'] }] },
    {
      text: 'The governor said that \u0627\u0644\u062d\u0643\u0648\u0645\u0629 \u0644\u0646 \u062a\u062a\u0631\u0627\u062c\u0639 before leaving.',
      errors: [
        {
          messageId: 'run',
          message: "Arabic text '\u0627\u0644\u062d\u0643\u0648\u0645\u0629 \u0644\u0646 \u062a\u062a\u0631\u0627\u062c\u0639' in Latin-script text: an untranslated segment? Translate or transliterate it.",
          actual: '\u0627\u0644\u062d\u0643\u0648\u0645\u0629 \u0644\u0646 \u062a\u062a\u0631\u0627\u062c\u0639',
          fix: null,
          severity: 1,
        },
      ],
    },
    // a whole paragraph in Arabic: one report
    {
      text: 'The patrols continued.\n\n\u0648\u0623\u0643\u062f\u062a \u0627\u0644\u063a\u0631\u0641\u0629 \u0623\u0646 \u0627\u0644\u062f\u0648\u0631\u064a\u0627\u062a \u0633\u062a\u0633\u062a\u0645\u0631\u060c \u0648\u0641\u0642 \u0627\u0644\u0628\u064a\u0627\u0646.\n\nThe army replied.',
      errors: [{ messageId: 'run', line: 3, column: 1 }],
    },
    // a gloss next to its translation: info
    {
      text: 'The Government of National Accord (\u062d\u0643\u0648\u0645\u0629 \u0627\u0644\u0648\u0641\u0627\u0642 \u0627\u0644\u0648\u0637\u0646\u064a) rejected the plan.',
      errors: [{ messageId: 'gloss', severity: 0, fix: null }],
    },
    { text: 'The operation is called “\u0628\u0631\u0643\u0627\u0646 \u0627\u0644\u063a\u0636\u0628”, or Volcano of Rage.', errors: [{ messageId: 'gloss', severity: 0 }] },
    {
      text: 'Russia said: \u041c\u043e\u0441\u043a\u0432\u0430 \u043f\u043e\u0434\u0434\u0435\u0440\u0436\u0438\u0432\u0430\u0435\u0442 \u043f\u0435\u0440\u0435\u0433\u043e\u0432\u043e\u0440\u044b.',
      errors: [{ messageId: 'run', message: /^Cyrillic text/ }],
    },
    {
      text: 'The ceasefire began on \u0662\u0663 October.',
      errors: [{ messageId: 'digits', message: "Arabic-Indic digits '\u0662\u0663' in Latin-script text: write '23'.", fix: '23' }],
      output: 'The ceasefire began on 23 October.',
    },
    { text: 'Il y avait \u06f4\u06f5\u06f0 soldats.', language: 'fr', errors: [{ messageId: 'digits', fix: '450' }], output: 'Il y avait 450 soldats.' },
  ],
});
