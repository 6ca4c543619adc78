import { beforeAll, describe } from 'vitest';
import { loadNlp } from '../../src/text/nlp.js';
import { ruleTester, type RuleTests } from '../helpers/rule-tester.js';

const tests: RuleTests = {
  valid: [
    // a paragraph that is only a short line is a heading
    'Conflict.\n\nThe talks resumed in Geneva on Tuesday after a pause of two weeks.',
    'Military patrols\nThe patrols started from the west of Sirte on Monday.',
    // on a line of its own, not glued to a sentence
    'The ministers met in Tripoli on Monday to discuss security.\nConflict.',
    // speech tags
    '"Turkey sent experts to Libya to train its forces." Al-Namroush said.',
    '“We are now preparing to enter the city and there is no delay.” He added.',
    'The army withdrew from the town late on Monday. He said.',
    'The army withdrew from the town late on Monday, he said.',
    // short replies of ordinary prose
    'Asked whether the talks would resume, the spokesman shrugged. Not yet.',
    'The two sides said they were close to a deal. Again.',
    // quoted, abbreviations, initials, acronyms, numbers
    'The session ended with a short speech by the envoy. “Thank you.”',
    'The delegation flew to Washington to meet officers of the U.S. Army.',
    'The talks on the ceasefire were chaired by Gen. Dundar.',
    'The report was filed by its correspondent in Tripoli. AFP.',
    'The last prisoner exchange took place in the autumn of 2020.',
    // a short previous sentence: a dialogue, not a glued fragment
    'He nodded. Good.',
    { text: 'Die Truppen zogen sich am Montag aus der Stadt zurück. So Müller.', language: 'de' },
    // the last paragraph of a text cut short may end anywhere
    'The ministers met in Tripoli to discuss the security agreement signed last year. The talks',
    // a bare ending of function words only, and a lower-case word after an abbreviation or an initial
    'The ministers met in Tripoli to discuss the agreement signed last year. And then\n\nMore later.',
    'The delegation flew to meet officers of the army of the U.S. too.',
    'The shipment weighed 40 kg. approx.',
    { text: 'Der bekannteste Fund der Kupferzeit ist ein Mann, der um 3300 v. Chr. lebte.', language: 'de' },
    { text: 'Les troupes se sont retirées de la ville lundi soir, selon le porte-parole. Merci.', language: 'fr' },
  ],
  invalid: [
    {
      text: 'Both delegations signed the prisoner exchange deal in Geneva after a week of talks. Conflict.',
      errors: [
        {
          messageId: 'orphan',
          message:
            "'Conflict.' is a one-word sentence glued to the end of the paragraph: probably a leftover tag or heading. Delete it or work it into the sentence before.",
          actual: 'Conflict.',
          fix: null,
          suggestions: [''],
          column: 85,
        },
      ],
    },
    {
      text: 'The ministers met in Tripoli to discuss the security agreement signed last year. Military patrols.\n\nNext paragraph here.',
      errors: [{ message: /^'Military patrols\.' is a two-word sentence/, suggestions: [''] }],
    },
    { text: 'Les deux camps ont signé un accord de cessez-le-feu à Genève mardi dernier. Conflit.', language: 'fr', errors: [{ actual: 'Conflit.' }] },
    { text: 'Beide Seiten haben am Dienstag in Genf ein Abkommen unterzeichnet. Konflikt.', language: 'de', errors: [{ actual: 'Konflikt.' }] },
    { text: 'Ambas partes firmaron el martes en Ginebra un acuerdo de alto el fuego. Conflicto.', language: 'es', errors: [{ actual: 'Conflicto.' }] },
    { text: 'Le due parti hanno firmato martedì a Ginevra un accordo di cessate il fuoco. Conflitto.', language: 'it', errors: [{ actual: 'Conflitto.' }] },
    // a tag with no full stop at the end of a paragraph that is not the last
    {
      text: 'The council said the unit is part of the armed forces and was approved by the parliament. Against terrorism\n\nThe statement ended there.',
      errors: [{ actual: 'Against terrorism', message: /^'Against terrorism' is a two-word sentence/, suggestions: [''] }],
    },
    // lower-case words after a full stop: left over from the source's word order
    { text: 'The president suspended parliament and sacked the government. has.', errors: [{ actual: 'has.', suggestions: [''] }] },
    { text: 'Le président a suspendu le parlement et limogé le gouvernement. accepter.', language: 'fr', errors: [{ actual: 'accepter.' }] },
    { text: 'Der Präsident hat das Parlament aufgelöst und die Regierung entlassen. hat.', language: 'de', errors: [{ actual: 'hat.' }] },
    { text: 'El presidente suspendió el parlamento y destituyó al gobierno. aceptar.', language: 'es', errors: [{ actual: 'aceptar.' }] },
    { text: 'Il presidente ha sospeso il parlamento e licenziato il governo. accettare.', language: 'it', errors: [{ actual: 'accettare.' }] },
  ],
};

// sentences from Intl.Segmenter ...
ruleTester('orphan-fragment', tests);

// ... whether or not the NLP model is loaded (English sentences came from wink when it was)
describe('with the NLP model loaded', () => {
  beforeAll(async () => {
    await loadNlp();
  });
  ruleTester('orphan-fragment', tests);
});
