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
      // after a capitalised word the word continues a name: regnal numerals, surnames that are function words
      { text: 'Nel 1100 il regno passò a Enrico I, e il re Enrico I regnò a lungo; i baroni lo seguirono.', language: 'it' },
      { text: 'Secondo la biografia, Kim Jong Il scrisse sei opere e il leader ne era fiero.', language: 'it' },
      { text: 'Il concerto di Lucio Dalla a Bologna fu un successo, dalla sera alla mattina.', language: 'it' },
      'The report by BBC News said the news had reached the capital before noon.',
      // titles of works: an article after a preposition or a conjunction ('de Il ...', 'e Un ...')
      { text: 'Le vendite de Il giardino segreto e Un altro mondo furono alte, e il libro vendette ancora.', language: 'it' },
      { text: 'Die Ausstellung zeigt die Erzählung Die rote Brücke und die Bilder der Stadt.', language: 'de' },
      { text: 'Er präsentierte die Kampagne Für eine Zukunft ohne Hunger in Graz.', language: 'de' },
      // a company name that folds to a function word: 'Uber' is not 'über'
      // ... but a capitalised preposition after a common noun in mid-sentence is an artefact
      // (see the invalid cases); a glued headline before it looks the same and is left alone when a noun follows
      { text: 'Mehr Diesel als Benzin Bei Benzin ergab die Schätzung ein Plus.', language: 'de' },
      { text: 'Im Gegenzug wird Uber eine Milliarde investieren, sagte er über die Pläne.', language: 'de' },
      // French peoples and institutions after the article; the lower-case form is an adjective
      { text: "Les Grecs adoptent l'alphabet et le commerce grec se développe vers les Romains et l'Empire romain.", language: 'fr' },
      { text: 'Il a été suivi par le Fonds de stratégie mixte, un fonds à rendement cible.', language: 'fr' },
      // a name the dictionary knows as a name: the lower-case form in a web address is no evidence
      { text: 'Lo que pasó ayer en Madrid se publicó en www.madrid.es y en la prensa.', language: 'es' },
      // a title-case run across 'of the'
      'It was named the most influential car of the century in the international Car of the Century awards.',
      // French, German, Spanish, Italian
      { text: 'Selon Le Monde, le GNA a refusé la proposition du Premier ministre.', language: 'fr' },
      { text: 'Il a déclaré : Nous resterons à Syrte, a répété le Conseil présidentiel.', language: 'fr' },
      { text: 'Laut Der Spiegel hat die Regierung die Partei Die Linke kritisiert.', language: 'de' },
      { text: 'Die Regierung sagte, Sie werde die Gespräche mit der Armee fortsetzen.', language: 'de' },
      { text: 'Según El País, el Estado libio perdió ingresos y la Corporación Nacional de Petróleo también.', language: 'es' },
      { text: 'Secondo La Repubblica, lo Stato ha perso entrate e il Governo di Accordo Nazionale tace.', language: 'it' },
    ],
    invalid: [
      // German: a capitalised preposition after a common noun, before a lower-case word
      { text: 'Das teilte die UN-Mission Am späten Abend in einer Erklärung mit.', language: 'de', errors: [{ messageId: 'functionWord', actual: 'Am', fix: 'am' }] },
      // Italian: a capitalised preposition in mid-sentence (articles are left alone: titles are in sentence case)
      { text: 'Le truppe sono entrate nella città Dopo una lunga battaglia.', language: 'it', errors: [{ messageId: 'functionWord', actual: 'Dopo', fix: 'dopo' }] },
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
