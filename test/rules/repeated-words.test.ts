import { describe, expect, it } from 'vitest';
import { artefactFixtures, cleanProseGuard } from '../helpers/artefact-fixtures.js';
import { lintWith, ruleTester } from '../helpers/rule-tester.js';

const MT = { builtin: ['mt-common', 'mt-en', 'mt-fr', 'mt-de', 'mt-es', 'mt-it', 'libya'] };

ruleTester(
  'repeated-words',
  {
    valid: [
      // names and titles written twice on purpose
      { text: 'Ganaron Rafael Mena Pérez y Raúl Candebat Candebat tras el curso.', language: 'es' },
      { text: 'Really Really Love You se puso a la venta en agosto.', language: 'es' },
      { text: '„Really really love you“ wurde im August veröffentlicht.', language: 'de' },
      // grammatical doubles in context
      { text: 'Die Frau, die die Zeitung liest, wartet.', language: 'de' },
      { text: 'Der Bericht, der von der Bank vorgelegt wurde, ist lang.', language: 'de' },
      'He likes to call a spade a spade in his reports.',
      'By then the minister had had enough of the talks.',
      { text: 'Vive en la ciudad de Ciudad Juárez desde hace años.', language: 'es' },
      'He had had enough of the talks by Friday.',
      'She argued that that plan would fail.',
      'Duran Duran played in Bora Bora, then in Walla Walla.',
      'The film was directed by J. J. Abrams, or J J Abrams in the credits.',
      'The table read 10 10 12 12 across the columns.',
      'It was a very very long meeting.',
      'They ran out of out-of-date maps.',
      'He spoke to the military\n\nMilitary patrols continued on Sunday.',
      '"Death to the traitors, death to the traitors," the crowd chanted.',
      'The King of Kings title and the Holy of Holies are not repeats.',
      'Talks resume in Geneva\n\nTalks resume in Geneva after a pause',
      'Yes\n\nYes',
      { text: 'Nous nous sommes réunis à Tunis, et vous vous trompez.', language: 'fr' },
      { text: 'Le retour de De Gaulle fut salué par la foule.', language: 'fr' },
      { text: 'Die Frauen, die die Stadt verließen, kehrten zurück.', language: 'de' },
      { text: 'Preguntó que qué pasaba en la capital.', language: 'es' },
      { text: 'Via via che passano i giorni, piano piano la tensione cala.', language: 'it' },
    ],
    invalid: [
      {
        text: 'The military military command met on Monday.',
        errors: [{ messageId: 'word', message: "'military' twice in a row ('military military'): delete the repeat.", actual: 'military military', fix: '', suggestions: [''] }],
        output: 'The military command met on Monday.',
      },
      {
        text: 'The forces moved towards\ntowards Sirte.',
        errors: [{ messageId: 'word', actual: 'towards\ntowards', fix: '', line: 2, column: 1 }],
        output: 'The forces moved towards\nSirte.',
      },
      {
        text: 'He said the the talks would resume.',
        errors: [{ messageId: 'word', actual: 'the the', fix: null, suggestions: [''] }],
      },
      {
        text: 'The the talks resumed.',
        errors: [{ messageId: 'word', actual: 'The the', fix: null }],
      },
      // doubles that are never grammatical, even where the allow-lists would let them through mid-sentence
      { text: 'This is is the plan.', errors: [{ messageId: 'word', actual: 'is is' }] },
      { text: 'Die die Sätze sind lang.', language: 'de', errors: [{ messageId: 'word', actual: 'Die die' }] },
      { text: 'Der der Mann kam spät.', language: 'de', errors: [{ messageId: 'word', actual: 'Der der' }] },
      // a function word repeated with a capital is no name particle
      { text: 'Er sprach am Am Montag vor der Presse.', language: 'de', errors: [{ messageId: 'word', actual: 'am Am' }] },
      {
        text: 'Haftar Haftar said nothing.',
        errors: [{ messageId: 'word', fix: null }],
      },
      {
        text: 'The Libyan government of government is demanding a withdrawal.',
        errors: [
          {
            messageId: 'ofCollapse',
            message: "'government of government' repeats 'government' around 'of', a collapsed translation: delete 'of government' or say what was meant.",
            actual: 'government of government',
            fix: null,
            suggestions: [''],
          },
        ],
      },
      {
        text: 'They attacked the forces of the the forces of the army.',
        errors: [{ messageId: 'ngram', message: "'the forces of the' is repeated back to back: delete the repeat.", actual: 'the forces of the the forces of the', fix: null }],
      },
      {
        text: 'Al-Wefaq Al-Wefaq forces advanced.',
        errors: [{ messageId: 'ngram', actual: 'Al-Wefaq Al-Wefaq' }],
      },
      {
        text: 'Talks resume in Geneva today\n\nTalks  resume in Geneva today \n\nDelegates arrived on Monday.',
        errors: [{ messageId: 'block', message: "This paragraph repeats the one before it ('Talks resume in Geneva today'), a scraping leftover: delete the copy.", line: 3, suggestions: [''] }],
      },
      {
        text: 'Talks resume in Geneva today\nTalks resume in Geneva today\nDelegates arrived on Monday.',
        errors: [{ messageId: 'block', message: /This line repeats/, line: 2 }],
      },
      {
        text: 'Home / news / Talks resume in Geneva after a long pause\n\nTalks resume in Geneva after a long pause\n\nBody.',
        errors: [{ messageId: 'suffix', line: 3 }],
      },
      { text: 'Le gouvernement de gouvernement a réagi.', language: 'fr', errors: [{ messageId: 'ofCollapse', actual: 'gouvernement de gouvernement' }] },
      { text: 'Die Regierung der Regierung schwieg.', language: 'de', errors: [{ messageId: 'ofCollapse', actual: 'Regierung der Regierung' }] },
      { text: 'El gobierno del gobierno no respondió.', language: 'es', errors: [{ messageId: 'ofCollapse', actual: 'gobierno del gobierno' }] },
      { text: 'Il governo del governo non ha risposto.', language: 'it', errors: [{ messageId: 'ofCollapse', actual: 'governo del governo' }] },
      { text: 'Les forces forces ont avancé.', language: 'fr', errors: [{ messageId: 'word', fix: '' }] },
    ],
  },
  MT,
);

describe('repeated-words fixes', () => {
  it('deletes the repeated paragraph with the blank line before it', async () => {
    const text = 'Talks resume in Geneva today\n\nTalks resume in Geneva today\n\nBody.';
    const [m] = await lintWith('repeated-words', text, MT);
    const [s] = m.suggestions!;
    expect(text.slice(0, s.fix.range[0]) + s.fix.text + text.slice(s.fix.range[1])).toBe('Talks resume in Geneva today\n\nBody.');
  });

  it('deletes the collapsed X of X', async () => {
    const text = 'The government of government said so.';
    const [m] = await lintWith('repeated-words', text, MT);
    const [s] = m.suggestions!;
    expect(text.slice(0, s.fix.range[0]) + s.fix.text + text.slice(s.fix.range[1])).toBe('The government said so.');
  });
});

cleanProseGuard('repeated-words');
artefactFixtures('repeated-words', {
  en: ['3: Libya: talks in Geneva end without a date for elections', '12: committee of committee', '12: the the', '12: military military', '12: the forces of the the forces of the'],
  fr: ["3: Libye : les pourparlers de Genève s'achèvent sans date", '9: commission de commission'],
  de: ['3: Libyen: Gespräche in Genf enden ohne Wahltermin', '9: Regierung der Regierung'],
  es: ['3: Libia: las conversaciones de Ginebra terminan sin fecha', '9: gobierno del gobierno'],
  it: ['3: Libia: i colloqui di Ginevra si chiudono senza una data', '9: governo del governo'],
});

// words are compared by number (one per distinct lower-case word): case folds; accents, plurals and other words do not
ruleTester(
  'repeated-words',
  {
    valid: [
      'The governments of government agencies met.',
      { text: 'El gobierno de gobiernos se reunió.', language: 'es' },
      { text: 'Dijo que qué haría.', language: 'es' },
      'The Government of the government met.',
      // a lower-case word before the same word capitalised: a particle before a name
      'A military Military parade.',
    ],
    invalid: [
      { text: 'The Government of government met.', errors: [{ messageId: 'ofCollapse', actual: 'Government of government' }] },
      { text: 'The forces of the FORCES OF THE city.', errors: [{ messageId: 'ngram', actual: 'The forces of the FORCES OF' }] },
      { text: 'Military military parade.', errors: [{ messageId: 'word', actual: 'Military military' }] },
    ],
  },
  MT,
);
