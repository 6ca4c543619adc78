import { ruleTester } from '../helpers/rule-tester.js';

ruleTester('punctuation-spacing', {
  valid: [
    // ellipses, paths, ranges, decimals, domains
    'He paused... then left. She paused … then spoke.',
    'See ../docs and pages 1..5 of the report.',
    'The rate rose by .5 percent, the site said on example .com today.',
    // balanced quotation marks and brackets, in each language's style
    'He said: “We stay.” The GNA (in Tripoli) agreed [with reservations].',
    'He said "we stay" and left.',
    { text: 'Il a déclaré : « Nous resterons. » Puis il est parti !', language: 'fr' },
    { text: 'Il a déclaré\u00a0: «\u00a0Nous resterons\u00a0», a-t-il dit\u202f!', language: 'fr' },
    { text: '„Wir bleiben“, sagte er. »Wir gehen nicht«, sagte sie. «Niemals», sagte er.', language: 'de' },
    { text: '«Nos quedamos», dijo. “Nunca”, añadió.', language: 'es' },
    { text: '«Restiamo», ha detto. “Mai”, ha aggiunto.', language: 'it' },
    // an excerpt may cut a quotation off: a quotation left open at the end of the text or paragraph
    'He said "we stay.',
    { text: 'Il a ajouté : "Je ne revendique rien, mais je reste.\n\nLe club a confirmé.', language: 'fr' },
    // straight quotes open and close by what stands around them
    { text: 'Il "qui" di cui parla, al telefono, è Roma: "era, penso, il 1971" dice lui.', language: 'it' },
    { text: 'Tras el partido dijo que "sí". Después añadió que "nunca", sintetizó.', language: 'es' },
    // closing, attribution, opening again: the marks are the right way round
    '“We stay,” he said, “and we fight.”',
    'Hamas called the raid a “massacre” and deemed it “conclusive evidence” of intent.',
    // smileys and list markers in mid-line are no brackets or spaced punctuation
    { text: 'Buen lugar para caminar un rato :) y volver :-) mañana.', language: 'es' },
    { text: 'Le domande di cui al punto 10) e le sedi a), b) e c) restano valide.', language: 'it' },
    // a quotation running on over paragraphs opens each one again
    '“We will stay in Sirte.\n\n“We will not leave the city.”',
    // list markers and inch marks
    '1) first point\n2) second point',
    'A 12" gun was fired from the ship.',
    // a no-break space between two words, joiners in Arabic or Persian script
    'Khalifa\u00a0Haftar met him on 5\u00a0June.',
    'The word \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 is Persian.',
  ],
  invalid: [
    {
      text: 'Al-Wefaq adheres to Sirte .. Turkey demands a withdrawal.',
      errors: [{ messageId: 'doubledStop', message: "Doubled full stop '..': write a single full stop.", fix: '.', line: 1, column: 26 }],
      output: 'Al-Wefaq adheres to Sirte. Turkey demands a withdrawal.',
    },
    { text: 'The talks ended.. Both sides left.', errors: [{ messageId: 'doubledStop' }], output: 'The talks ended. Both sides left.' },
    {
      text: 'The talks ended , both sides said.',
      errors: [{ messageId: 'spaceBefore', message: "Space before ',': remove it.", fix: '' }],
      output: 'The talks ended, both sides said.',
    },
    { text: 'He said : no. Is it over ? Yes ; it is .', errors: [{ fix: '' }, { fix: '' }, { fix: '' }, { fix: '' }], output: 'He said: no. Is it over? Yes; it is.' },
    {
      text: 'He said “we will not disband the militias. ”',
      errors: [{ messageId: 'spaceBeforeQuote', message: "Space before the closing quotation mark '”': remove it.", fix: '' }],
      output: 'He said “we will not disband the militias.”',
    },
    { text: 'He said "we stay ".', errors: [{ messageId: 'spaceBeforeQuote' }], output: 'He said "we stay".' },
    {
      text: 'He said we will stay and fight in Sirte. “\n\nThe army replied.',
      errors: [{ messageId: 'unclosedQuote', message: "Quotation mark '“' is not closed in this paragraph: add the closing mark or remove this one.", fix: null, column: 42 }],
    },
    // marks the wrong way round around a quoted word
    { text: 'They are” optimistic “about the talks.', errors: [{ messageId: 'reversedQuotes', column: 9 }] },
    // a curved mark left open at the end of a paragraph that the next paragraph neither reopens nor closes
    {
      text: 'A source said that “the army will not sign the agreement for now.\n\nThe source also said that the talks would go on.',
      errors: [{ messageId: 'unclosedQuote', line: 1, column: 20 }],
    },
    // the quotation runs into its own attribution
    { text: '"We are not leaving, he said, and the talks will go on.\n\nThe army replied.', errors: [{ messageId: 'attributionInQuote', column: 1 }] },
    // a pair whose marks do not match: one finding, at the closing mark
    { text: '"We will not let things get out of control.” Sisi said.', errors: [{ messageId: 'mismatchedQuote', column: 44 }] },
    { text: 'He said we will stay” in Sirte.', errors: [{ messageId: 'unopenedQuote', fix: null }] },
    { text: 'The forces (loyal to Haftar advanced.', errors: [{ messageId: 'unclosedBracket', message: "Bracket '(' is not closed in this paragraph.", fix: null }] },
    { text: 'The forces loyal to Haftar] advanced.', errors: [{ messageId: 'unopenedBracket', fix: null }] },
    {
      text: 'Haf\u200btar arrived.',
      errors: [{ messageId: 'invisible', message: "Invisible zero-width space (U+200B) in 'Haftar': remove it.", fix: '' }],
      output: 'Haftar arrived.',
    },
    { text: 'Mis\u00adrata and Sirte.', errors: [{ message: "Invisible soft hyphen (U+00AD) in 'Misrata': remove it." }], output: 'Misrata and Sirte.' },
    { text: 'Sir\u200dte and Mis\u2060rata.', errors: [{ fix: '' }, { fix: '' }], output: 'Sirte and Misrata.' },
    { text: 'Haf\u00a0tar met the envoy of Haftar.', errors: [{ message: "Invisible no-break space (U+00A0) in 'Haftar': remove it." }], output: 'Haftar met the envoy of Haftar.' },
    { text: 'Il a dit , non .', language: 'fr', errors: [{ messageId: 'spaceBefore' }, { messageId: 'spaceBefore' }], output: 'Il a dit, non.' },
    { text: '„Wir bleiben. “', language: 'de', errors: [{ messageId: 'spaceBeforeQuote' }], output: '„Wir bleiben.“' },
    { text: '„Wir bleiben, sagte er.', language: 'de', errors: [{ messageId: 'attributionInQuote' }] },
  ],
});

// French typographic spacing: any space is accepted by default; opt in to the note
ruleTester(
  'punctuation-spacing',
  {
    valid: [{ text: 'Il a dit\u00a0: «\u00a0non\u202f». Vraiment\u202f?', language: 'fr' }],
    invalid: [
      {
        text: 'Il a dit : « non ». Vraiment ?',
        language: 'fr',
        errors: [
          { messageId: 'frenchSpace', message: "In French, ':' takes a no-break space before it, not a plain space.", severity: 0, fix: '\u00a0' },
          { messageId: 'frenchSpace', severity: 0, fix: '\u202f' },
          { messageId: 'frenchSpace', severity: 0, fix: '\u202f' },
        ],
        output: 'Il a dit\u00a0: « non\u202f». Vraiment\u202f?',
      },
    ],
  },
  { options: { frenchSpacing: true } },
);
