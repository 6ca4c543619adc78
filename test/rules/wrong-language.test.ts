import { ruleTester } from '../helpers/rule-tester.js';

const EN = 'The delegations met in Geneva on Tuesday for a third round of talks on a lasting ceasefire, the United Nations said.';
const EN2 = 'Residents of the coastal city remain cautious, and many families have still not returned to their homes.';
const FR = "Les deux camps se sont entendus sur un échange de prisonniers et sur la réouverture de la route côtière entre les deux villes.";
const DE = 'Beide Seiten einigten sich auf einen Gefangenenaustausch und auf die Wiedereröffnung der Küstenstraße zwischen den beiden Städten.';
const ES = 'Ambas partes acordaron un intercambio de prisioneros y la reapertura de la carretera costera entre las dos ciudades.';
const IT = 'Le due parti hanno concordato uno scambio di prigionieri e la riapertura della strada costiera tra le due città.';
const PT = 'As duas partes acordaram uma troca de prisioneiros e a reabertura da estrada costeira entre as duas cidades do país.';
const NAMES =
  'Field Marshal Khalifa Haftar, Fayez al-Sarraj, Aguila Saleh, Khaled al-Mishri and Ahmed Maiteeq met Mevlut Cavusoglu, Hulusi Akar and Sergei Lavrov in Moscow.';

ruleTester('wrong-language', {
  valid: [
    `${EN}\n\n${EN2}`,
    // short lines never trigger it: a French quotation, a German heading
    `${EN}\n\n« Nous resterons à Syrte », a-t-il dit.\n\nWaffenruhe in Libyen\n\n${EN2}`,
    // an English paragraph made of names
    `${EN}\n\n${NAMES}\n\n${EN2}`,
    // another script is stray-script's finding, not this rule's
    `${EN}\n\n\u0648\u0623\u0643\u062f\u062a \u0627\u0644\u063a\u0631\u0641\u0629 \u0623\u0646 \u0627\u0644\u062f\u0648\u0631\u064a\u0627\u062a \u0633\u062a\u0633\u062a\u0645\u0631 \u0641\u064a \u0627\u0644\u0645\u0646\u0637\u0642\u0629 \u0627\u0644\u062c\u0646\u0648\u0628\u064a\u0629 \u0645\u0646 \u0627\u0644\u0645\u062f\u064a\u0646\u0629 \u062d\u062a\u0649 \u0646\u0647\u0627\u064a\u0629 \u0627\u0644\u0634\u0647\u0631 \u0627\u0644\u062c\u0627\u0631\u064a\n\n${EN2}`,
    { text: `${FR}\n\n${FR}`, language: 'fr' },
  ],
  invalid: [
    {
      text: `${EN}\n\n${FR}\n\n${EN2}`,
      errors: [
        {
          messageId: 'wrongLanguage',
          message: 'This paragraph reads as French, not English like the rest of the document: an untranslated segment? Translate it.',
          fix: null,
          line: 3,
          column: 1,
        },
      ],
    },
    { text: `${EN}\n\n${DE}`, errors: [{ message: /reads as German, not English/ }] },
    { text: `${EN}\n\n${ES}`, errors: [{ message: /reads as Spanish, not English/ }] },
    { text: `${EN}\n\n${IT}`, errors: [{ message: /reads as Italian, not English/ }] },
    { text: `${FR}\n\n${EN}`, language: 'fr', errors: [{ message: /reads as English, not French/, line: 3 }] },
    { text: `${DE}\n\n${IT}\n\n${DE}`, language: 'de', errors: [{ message: /reads as Italian, not German/ }] },
  ],
});

// options: candidate languages and the minimum length
ruleTester(
  'wrong-language',
  {
    valid: [`${EN}\n\n${FR}`],
    invalid: [{ text: `${EN}\n\n${PT}`, errors: [{ message: /reads as Portuguese, not English/ }] }],
  },
  { options: { languages: ['en', 'pt'] } },
);

ruleTester(
  'wrong-language',
  {
    valid: [`${EN}\n\n${FR}`],
    invalid: [{ text: `${EN}\n\n${FR} ${FR}`, errors: [{ message: /reads as French/ }] }],
  },
  // the paragraph check alone (the short-segment pass has its own tests)
  { options: { minLength: 200, short: false } },
);

const EN3 = 'Officials said the talks would cover the budget, the electricity grid and the return of displaced families.';

// short segments: whole lines and sentences down to four words
ruleTester('wrong-language', {
  valid: [
    // a quoted foreign title, a foreign name of a newspaper, a bracketed gloss
    `${EN}\n\nShe read "La verdad sobre el caso de la familia" on the plane.\n\n${EN2}`,
    `${EN}\n\n"Sur la route de Damas", the film, opens on Friday.\n\n${EN2}`,
    `${EN} The motto of the force (Pour la patrie et pour le roi) is old. ${EN3}`,
    // a line of names and titles in another language: title case
    `${EN}\n\nLa Casa de Papel and El Hijo del Desierto\n\n${EN2}`,
    // a French sentence whose only function words Dutch shares too
    { text: `${FR}\n\nJean de Gand est mort en 1399.\n\n${FR}`, language: 'fr' },
    // too short: three words
    `${EN}\n\nMuerte a EEUU.\n\n${EN2}`,
  ],
  invalid: [
    {
      text: `${EN}\n\nLa delegación llegó el lunes para las conversaciones.\n\n${EN2}`,
      errors: [{ messageId: 'wrongSegment', message: 'This sentence reads as Spanish, not English like the rest of the document: an untranslated segment or a leftover of the page? Translate or delete it.', line: 3, fix: null }],
    },
    // a sentence inside an English paragraph
    { text: `${EN} O ministro disse que a reunião foi um sucesso para o país. ${EN3}`, errors: [{ messageId: 'wrongSegment', message: /reads as Portuguese/ }] },
    { text: `${EN}\n\nDe minister zei dat het overleg een succes was voor het land.\n\n${EN2}`, errors: [{ message: /reads as Dutch/ }] },
    { text: `${EN}\n\nBakan, görüşmenin ülke için bir başarı olduğunu ve devam edeceğini söyledi.\n\n${EN2}`, errors: [{ message: /reads as Turkish/ }] },
    { text: `${FR}\n\nThe minister said that the meeting was a success for the country.\n\n${FR}`, language: 'fr', errors: [{ message: /reads as English, not French/ }] },
    { text: `${DE}\n\nLe ministre a dit que la réunion était un succès pour le pays.\n\n${DE}`, language: 'de', errors: [{ message: /reads as French, not German/ }] },
    { text: `${ES}\n\nIl ministro ha detto che la riunione è stata un successo per il paese.\n\n${ES}`, language: 'es', errors: [{ message: /reads as Italian, not Spanish/ }] },
    { text: `${IT}\n\nDer Minister sagte, das Treffen sei ein Erfolg für das Land gewesen.\n\n${IT}`, language: 'it', errors: [{ message: /reads as German, not Italian/ }] },
  ],
});
