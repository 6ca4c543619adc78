/**
 * entity-alias on organisation names matched loosely (src/match/loose-names.ts), with the built-in packs:
 * words in another order, a word added, a name cut down to its distinctive words; near-misses stay clean.
 */
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(
  'entity-alias',
  {
    valid: [
      // the listed forms themselves
      'The Libyan National Army and the Government of National Accord met. The Rapid Support Forces (RSF) withdrew.',
      // ordinary words that hold the words of a name
      'They acted in accord with the national government and in national unity.',
      'The plan won rapid support for the bill, and Rapid support for the bill grew.',
      'Rapid support forces were sent by the national army of volunteers.',
      // a cut-down name when the document never names the entity: no evidence it is that body
      'The National Accord was signed in 2015.',
      // a cut-down name that is part of a longer name
      'The RSF spoke. The Rapid Support Team of the hospital answered.',
      // the words of a name in their order with another connector: a spelling, not a garbled name
      'The Government of the National Accord said so.',
      // words across punctuation are not one name
      'The army, national, Libyan, and free.',
      { text: 'El Gobierno del Acuerdo Nacional (GNA) habló.', language: 'es' },
      { text: 'Die Einheitsregierung und die libysche Armee verhandelten.', language: 'de' },
    ],
    invalid: [
      {
        text: 'Forces of the National Libyan Army advanced.',
        errors: [{ messageId: 'reordered', actual: 'National Libyan Army', fix: null, suggestions: ['Libyan National Army'] }],
      },
      {
        text: 'The RSF said so. Then the Rapid Support said it had won.',
        errors: [{ messageId: 'partial', actual: 'Rapid Support', suggestions: ['Rapid Support Forces'] }],
      },
      {
        text: 'El Ejército de Liberación Nacional Libio (ENL) avanzó.',
        language: 'es',
        errors: [{ messageId: 'extra', actual: 'Ejército de Liberación Nacional Libio', suggestions: ['Ejército Nacional Libio'] }],
      },
      {
        // a literal rendering in another order keeps its status and rewrite
        text: 'Le gouvernement de National Accord (GNA) a dit.',
        language: 'fr',
        errors: [{ messageId: 'reordered', actual: 'gouvernement de National Accord', suggestions: ["gouvernement d'union nationale"] }],
      },
      {
        text: 'Die Regierung des Abkommens Nationalen (GNA) sprach.',
        language: 'de',
        errors: [{ messageId: 'reordered', actual: 'Regierung des Abkommens Nationalen', suggestions: ['Regierung der Nationalen Übereinkunft'] }],
      },
      {
        // German case endings: Nationalen Abkommens is the listed calque, inflected
        text: 'Die Regierung des Nationalen Abkommens sprach.',
        language: 'de',
        errors: [{ messageId: 'calque', actual: 'Regierung des Nationalen Abkommens' }],
      },
      {
        text: 'The Popular Mobilization Body and the Popular Crowd Forces.',
        errors: [
          { messageId: 'calque', actual: 'Popular Mobilization Body', suggestions: ['Popular Mobilization Forces'] },
          { messageId: 'calque', actual: 'Popular Crowd Forces', suggestions: ['Popular Mobilization Forces'] },
        ],
      },
      {
        text: 'The Einigungsregierung in Tripolis sprach.',
        language: 'de',
        errors: [{ messageId: 'calque', actual: 'Einigungsregierung', suggestions: ['Einheitsregierung'] }],
      },
    ],
  },
  { builtin: ['libya', 'sudan', 'iraq'] },
);
