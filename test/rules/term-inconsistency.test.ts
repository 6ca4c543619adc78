import { describe, expect, it } from 'vitest';
import { artefactFixtures, cleanProseGuard } from '../helpers/artefact-fixtures.js';
import { lintWith, ruleTester } from '../helpers/rule-tester.js';

const MT = { builtin: ['mt-common', 'mt-en', 'mt-fr', 'mt-de', 'mt-es', 'mt-it'] };

ruleTester(
  'term-inconsistency',
  {
    valid: [
      'The Sirte Operations Room said units moved. The Operations Room added that the move was defensive.',
      'The Chamber met on Monday.\n\nLater the Operations Room said units had moved.',
      'The Operations Room said units moved. He later addressed a chamber of commerce in Misrata.',
      'The Operations Room said units moved. The Chamber of Commerce protested.',
      'The Operations Room said units moved. The Chamber of Deputies met. The Chamber said it would vote.',
      'The Presidency Council met. The Presidency Council then left for Tunis.',
      'The Operations Room said units moved. Reporters waited in the room for hours.',
      'A ceasefire was agreed. The ceasefire held.',
      // the verb phrase is not the noun
      'A ceasefire was agreed, and both sides promised to cease fire at midnight; they did not cease fire.',
      { text: 'La salle des opérations a annoncé des renforts. La Chambre des représentants a siégé. La Chambre a voté.', language: 'fr' },
      { text: 'La sala operativa ha annunciato rinforzi. La Camera dei deputati ha votato. La Camera ha approvato.', language: 'it' },
    ],
    invalid: [
      {
        text: 'The Sirte Operations Room said units moved.\n\nThe Chamber said the move was defensive.',
        errors: [
          {
            message: "'The Chamber' and 'Operations Room' (line 1) render the same term (Arabic ghurfat al-amaliyat) in this document: use 'Operations Room' throughout.",
            actual: 'The Chamber',
            line: 3,
            fix: null,
            suggestions: ['The Operations Room'],
          },
        ],
      },
      {
        text: 'The Operations Room said units moved. Later the room said it had lost contact.',
        errors: [{ actual: 'room', suggestions: ['Operations Room'] }],
      },
      {
        text: 'The operations chamber said units moved. The Operations Room confirmed it.',
        errors: [{ actual: 'operations chamber', suggestions: ['Operations Room'] }],
      },
      {
        text: 'The Presidential Council met. The Presidency Council then left for Tunis.',
        errors: [{ actual: 'Presidency Council', message: /use 'Presidential Council' throughout/ }],
      },
      { text: 'A ceasefire was agreed. The cease-fire held.', errors: [{ actual: 'cease-fire', suggestions: ['ceasefire'] }] },
      { text: 'A ceasefire was agreed. They asked to cease fire, but the cease fire failed.', errors: [{ actual: 'cease fire', suggestions: ['ceasefire'] }] },
      {
        text: 'La salle des opérations a annoncé des renforts. La Chambre a précisé que le mouvement était défensif.',
        language: 'fr',
        errors: [{ actual: 'La Chambre', suggestions: ['La salle des opérations'] }],
      },
      {
        text: 'Die Operationszentrale meldete Verstärkung. Die Kammer erklärte, der Schritt sei defensiv.',
        language: 'de',
        errors: [{ actual: 'Die Kammer', suggestions: ['Die Operationszentrale'] }],
      },
      {
        text: 'La sala de operaciones anunció refuerzos. La Cámara aseguró que era defensivo.',
        language: 'es',
        errors: [{ actual: 'La Cámara', suggestions: ['La sala de operaciones'] }],
      },
      {
        text: 'La sala operativa ha annunciato rinforzi. La Camera ha precisato che era difensivo.',
        language: 'it',
        errors: [{ actual: 'La Camera', suggestions: ['La sala operativa'] }],
      },
    ],
  },
  MT,
);

describe('term groups from a user pack', () => {
  it('flags a mix of the user group', async () => {
    const pack = 'pack: user\nlanguage: en\nterms:\n  - id: council\n    preferred: Municipal Council\n    members: [Municipal Board]\n';
    const messages = await lintWith('term-inconsistency', 'The Municipal Board met. The Municipal Council voted.', { packs: [pack] });
    expect(messages.map((m) => m.actual)).toEqual(['Municipal Board']);
  });
});

cleanProseGuard('term-inconsistency');
artefactFixtures('term-inconsistency', {
  en: ['16: The Chamber'],
  fr: ['11: La Chambre'],
  de: ['11: Die Kammer'],
  es: ['11: La Cámara'],
  it: ['11: La Camera'],
});
