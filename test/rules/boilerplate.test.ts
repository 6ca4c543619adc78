import { describe, expect, it } from 'vitest';
import { artefactFixtures, cleanProseGuard } from '../helpers/artefact-fixtures.js';
import { lintWith, ruleTester } from '../helpers/rule-tester.js';

const MT = { builtin: ['mt-common', 'mt-en', 'mt-fr', 'mt-de', 'mt-es', 'mt-it'] };

ruleTester(
  'boilerplate',
  {
    valid: [
      'The minister did not give a source link for the claim.',
      'Readers were asked to leave a reply in the comments, the site said.',
      'Home is where the heart is, the refugee said.',
      'News from Tripoli / Benghazi was scarce on Monday.',
      'Read more about the plan in the report published on Monday.',
      'Written By: the team that spent three months reporting from the front lines of the war',
      'Facebook and Twitter removed the accounts on Monday.',
      'Visit www.example.org for the full text of the agreement.',
      'He wanted to share this article with the committee.',
      { text: "Il a refusé de laisser un commentaire sur l'affaire.", language: 'fr' },
      { text: 'Er wollte keinen Kommentar schreiben, sagte ein Sprecher.', language: 'de' },
      // English furniture is not looked for in a French document
      { text: 'Leave a Reply', language: 'fr' },
    ],
    invalid: [
      {
        text: 'The talks ended.\n\nPlease enter your comment!\nPlease enter your name here',
        errors: [
          { message: "'Please enter your comment!' is the comment form left from the web page, not part of the article: delete the line.", line: 3, fix: null, suggestions: [''] },
          { actual: 'Please enter your name here', line: 4, suggestions: [''] },
        ],
      },
      { text: 'Body.\n\nSource link\n', errors: [{ actual: 'Source link', severity: 2 }] },
      { text: '   SHARE THIS ARTICLE  \nBody.', errors: [{ actual: 'SHARE THIS ARTICLE', column: 4 }] },
      { text: 'Leave a Reply', errors: [{ actual: 'Leave a Reply' }] },
      { text: 'Subscribe to receive the most important news\n\nBody.', errors: [{ message: /is a newsletter box left from the web page/ }] },
      { text: 'Title\nPosted in:\nWritten By: Jane Doe\n\nBody.', errors: [{ actual: 'Posted in:', line: 2 }, { actual: 'Written By: Jane Doe', line: 3 }] },
      {
        text: 'Home / news / Talks resume in Geneva after a pause\n\nBody.',
        errors: [{ messageId: 'prefix', message: "'Home / news /' is a breadcrumb trail left from the web page before the text of this line: delete it.", suggestions: [''] }],
      },
      { text: 'News   /   North Africa\n\nBody.', errors: [{ messageId: 'line', actual: 'News   /   North Africa' }] },
      { text: 'Home » Politics » Libya\n\nBody.', errors: [{ messageId: 'line' }] },
      { text: 'Read more\n\nBody.', errors: [{ message: /a link label/ }] },
      { text: 'Read more: Talks in Geneva end without a date\n\nBody.', errors: [{ message: /a link to another article/ }] },
      { text: 'Facebook Twitter WhatsApp\nBody.', errors: [{ message: /a share bar/ }] },
      { text: 'Body.\n\nwww.example.co.uk\n', errors: [{ message: /a bare web address/, severity: 0 }] },
      { text: 'Body.\n\nThe Daily Planet’s site can also be accessed at the following alternative addresses\n', errors: [{ message: /a site notice/ }] },
      { text: '© 2020 Example News. All rights reserved.', errors: [{ message: /a copyright line/ }] },
      { text: 'Corps.\n\nLaisser un commentaire\n', language: 'fr', errors: [{ actual: 'Laisser un commentaire', message: /the comment form/ }] },
      { text: 'Lire aussi : Les pourparlers reprennent à Genève\n\nCorps.', language: 'fr', errors: [{ message: /a link to another article/ }] },
      { text: 'Accueil > Monde > Libye\n\nCorps.', language: 'fr', errors: [{ messageId: 'line' }] },
      { text: 'Text.\n\nKommentar schreiben\n', language: 'de', errors: [{ actual: 'Kommentar schreiben' }] },
      { text: 'Texto.\n\nDeja un comentario\n', language: 'es', errors: [{ actual: 'Deja un comentario' }] },
      { text: 'Testo.\n\nLascia un commento\nCondividi\n', language: 'it', errors: [{ actual: 'Lascia un commento' }, { actual: 'Condividi' }] },
    ],
  },
  MT,
);

describe('boilerplate suggestions delete the whole line', () => {
  const apply = (text: string, fix: { range: [number, number]; text: string }) => text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);

  it('a line with its line break', async () => {
    const text = 'Body.\nSource link\nMore body.';
    const [m] = await lintWith('boilerplate', text, MT);
    expect(apply(text, m.suggestions![0].fix)).toBe('Body.\nMore body.');
  });

  it('the last line with the line break before it', async () => {
    const text = 'Body.\r\nLeave a Reply';
    const [m] = await lintWith('boilerplate', text, MT);
    expect(apply(text, m.suggestions![0].fix)).toBe('Body.');
  });

  it('a breadcrumb prefix with the spaces after it', async () => {
    const text = 'Home / news / Talks resume in Geneva after a pause';
    const [m] = await lintWith('boilerplate', text, MT);
    expect(apply(text, m.suggestions![0].fix)).toBe('Talks resume in Geneva after a pause');
  });
});

cleanProseGuard('boilerplate');
artefactFixtures('boilerplate', {
  en: ['1: Home / world /', '5: Written By: Staff Writer', '6: Posted in: Africa, Politics', '18: Source link', '20: Leave a Reply', '21: Please enter your comment!'],
  fr: ['1: Accueil / Monde /', '13: Lire aussi', '15: Laisser un commentaire'],
  de: ['1: Startseite / Welt /', '13: Kommentar schreiben', '15: Lesen Sie auch'],
  es: ['1: Inicio / Mundo /', '13: Deja un comentario', '15: Compartir'],
  it: ['1: Home / Mondo /', '13: Lascia un commento', '15: Condividi'],
});
