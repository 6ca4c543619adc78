import { ruleTester } from '../helpers/rule-tester.js';
import { NEWS_PACK } from '../fixtures-packs.js';

ruleTester(
  'odd-capitals',
  {
    valid: [
      // names: institutions, 'X of Y', titles, a name's particle, pack entities
      'The Government of National Accord said the Ministry of Defense would comment later.',
      'The Minister said the Council would meet again, and the Prime Minister agreed.',
      'The talks took place in The Hague on Monday, far from Tripoli.',
      'Brigadier Khaled Mahjoub, director of the Moral Guidance Department, spoke.',
      'Forces loyal to Field Marshal Khalifa Haftar advanced on Sirte.',
      // sentence starts, after a colon, a quotation mark, a bracket, a dash
      'He said: The army will not withdraw.',
      'He said the army would “Never withdraw” from the city.',
      'The source (Who asked not to be named) spoke to reporters.',
      'TRIPOLI — Military delegates met on Tuesday in the capital.',
      'TRIPOLI (Reuters) The army said on Tuesday that the talks had ended.',
      'The talks failed. In the end both sides left. Which side will return?',
      // headline case
      'Tripoli and Ankara Coordinate to Repel Any Hostile Move Near Sirte',
      // acronyms, 'I', mixed case, hyphens, apostrophes
      'US and UN officials met; I think the LNA and the GNA will talk again.',
      'The army’s Anti-Aircraft systems and the Commander-in-Chief of the army.',
      // regions are written with a capital
      'Sirte lies between East and West, in the east of the country.',
      // a label after a noun, not an article
      'The children were placed in group A of the trial before the summer.',
      // a capitalised noun with no lower-case use elsewhere may be a name
      'It was the first time the Militias appeared in the report.',
      // a word capitalised twice in mid-sentence is a name of this text
      'the Chamber met on Monday and the Chamber said the patrols would continue; the chamber of commerce was closed.',
      // French, German, Spanish, Italian
      { text: 'Selon Le Monde, le GNA a refusé la proposition du Premier ministre.', language: 'fr' },
      { text: 'Il a déclaré : Nous resterons à Syrte, a répété le Conseil présidentiel.', language: 'fr' },
      { text: 'Laut Der Spiegel hat die Regierung die Partei Die Linke kritisiert.', language: 'de' },
      { text: 'Die Regierung sagte, Sie werde die Gespräche mit der Armee fortsetzen.', language: 'de' },
      { text: 'Según El País, el Estado libio perdió ingresos y la Corporación Nacional de Petróleo también.', language: 'es' },
      { text: 'Secondo La Repubblica, lo Stato ha perso entrate e il Governo di Accordo Nazionale tace.', language: 'it' },
    ],
    invalid: [
      {
        text: 'The talks went well, according to what came In a statement by the council.',
        errors: [
          {
            messageId: 'functionWord',
            message: "'In' is capitalised in mid-sentence, but it is a function word: write 'in'.",
            fix: 'in',
            line: 1,
            column: 45,
          },
        ],
        output: 'The talks went well, according to what came in a statement by the council.',
      },
      {
        text: 'The delegation does not want to specify A time to disband the militias.',
        errors: [{ messageId: 'functionWord', actual: 'A', fix: 'a' }],
        output: 'The delegation does not want to specify a time to disband the militias.',
      },
      {
        text: 'Forces advanced towards the strategic city, Which the army refuses to abandon.',
        errors: [{ messageId: 'functionWord', actual: 'Which', fix: 'which' }],
        output: 'Forces advanced towards the strategic city, which the army refuses to abandon.',
      },
      {
        text: 'The plan covers the dismantling Militias, not their funding. The militia leaders refused.',
        errors: [
          {
            messageId: 'commonNoun',
            message:
              "'Militias' is capitalised in mid-sentence, but it is not a name here (the text has 'militia' elsewhere): write 'militias' unless it is part of a name.",
            fix: null,
            suggestions: ['militias'],
          },
        ],
      },
      {
        text: 'Khalifa Haftar said The army would stay, and Haftar repeated it.',
        errors: [{ actual: 'The', fix: 'the' }],
      },
      { text: 'Le ministre a parlé Avec les délégués de la commission.', language: 'fr', errors: [{ actual: 'Avec', fix: 'avec' }] },
      {
        text: 'Les délégués ont discuté du retrait des Milices, mais les milices restent.',
        language: 'fr',
        errors: [{ messageId: 'commonNoun', actual: 'Milices', suggestions: ['milices'] }],
      },
      { text: 'Die Regierung kam In einer Erklärung zu diesem Schluss.', language: 'de', errors: [{ actual: 'In', fix: 'in' }] },
      { text: 'Die Truppen zogen sich zurück Und die Gespräche begannen.', language: 'de', errors: [{ actual: 'Und', fix: 'und' }] },
      { text: 'El ministro habló Con los delegados en Trípoli.', language: 'es', errors: [{ actual: 'Con', fix: 'con' }] },
      {
        text: 'El acuerdo prevé el desarme de las Milicias, aunque las milicias se niegan.',
        language: 'es',
        errors: [{ messageId: 'commonNoun', actual: 'Milicias', suggestions: ['milicias'] }],
      },
      { text: 'Il ministro ha parlato Con i delegati a Tripoli.', language: 'it', errors: [{ actual: 'Con', fix: 'con' }] },
      {
        text: "L'accordo prevede lo scioglimento delle Milizie, ma le milizie rifiutano.",
        language: 'it',
        errors: [{ messageId: 'commonNoun', actual: 'Milizie', suggestions: ['milizie'] }],
      },
    ],
  },
  { packs: [NEWS_PACK] },
);
