import { ruleTester } from '../helpers/rule-tester.js';

// quotation marks and brackets are found in one scan of the document and shared out by paragraph:
// each paragraph must see its own marks only, whatever lies between or after the paragraphs
ruleTester('punctuation-spacing', {
  valid: [
    // balanced in each paragraph, with paragraphs without marks between them and after them
    'He said “we stay” (in Sirte).\n\nNo marks here.\n\nShe said “we go” [soon].\n\nNone here either.',
    // marks only in the last paragraph, at its very end
    'First paragraph.\n\nThe army (the LNA)',
    // the blank line between paragraphs holds spaces
    '“Yes,” he said.\n   \n(Then) he left.',
    // a quotation that runs on into the next paragraph without reopening: the closing mark there closes it
    'He said “we stay.\n\nWe will not leave,” he added.',
    'He said “we stay.\n\nShe said” nothing.',
  ],
  invalid: [
    // an opening mark in one paragraph is not closed by a mark in the next
    {
      text: 'The forces (loyal to Haftar.\n\nThey advanced) on Sirte.',
      errors: [
        { messageId: 'unclosedBracket', line: 1, column: 12 },
        { messageId: 'unopenedBracket', line: 3, column: 14 },
      ],
    },
    // a problem in a middle paragraph, clean ones around it
    {
      text: '“Fine,” he said.\n\nThe talks [in Geneva ended.\n\n“Also fine,” she said (twice).',
      errors: [{ messageId: 'unclosedBracket', line: 3, column: 11 }],
    },
    // the closing mark is the last character of the text
    { text: 'Clean first paragraph.\n\nthe end”', errors: [{ messageId: 'unopenedQuote', line: 3, column: 8 }] },
  ],
});
