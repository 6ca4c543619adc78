import { describe, expect, it } from 'vitest';
import { lintWith, ruleTester, type RuleTests } from '../helpers/rule-tester.js';

const tests: RuleTests = {
  valid: [
    // a headline and a lead that says more
    'Talks resume in Geneva\n\nTalks between the two delegations resumed in Geneva on Tuesday after a pause of two weeks.',
    // a line repeated word for word right after itself is repeated-words' (not reported twice)
    'Talks resume in Geneva\n\nTalks resume in Geneva\n\nThe delegations met on Tuesday.',
    // a sentence said twice on purpose (a refrain)
    'We will stay.\n\nThe crowd answered with one voice.\n\nWe will stay.',
    // list items that differ in one word
    '1) transfers of teachers within the province\n2) transfers of teachers between the provinces\n3) new posts',
    // idioms that double a word, comparatives, names and numbers
    'The fighting went on again and again, and the crowds grew bigger and bigger.',
    'They waited for hours and hours at the crossing, step by step, day after day.',
    'Bora Bora and Walla Walla are towns; the vote was 12 and 12.',
    // the same word twice a few words apart is often deliberate
    'The government said the government would pay the salaries.',
    // a verb said twice across a comma, and a noun repeated a few words apart
    'The minister stressed the point, and the envoy stressed it again.',
    'The markets reopened, and traders said the markets were calm.',
    // two forms of one stem side by side without a participle
    'Investors invest in the new port.',
    // camel-case names and brands, and one-letter prefixes
    'She posted the video on YouTube from her iPhone, then ate at McDonald and paid with PayPal.',
    { text: 'Les manifestants ont attendu des heures et des heures devant le parlement.', language: 'fr' },
    { text: 'Die Proteste wurden immer und immer lauter.', language: 'de' },
    { text: 'La gente esperó horas y horas en la frontera.', language: 'es' },
    { text: 'La gente ha aspettato ore e ore al confine.', language: 'it' },
    // a relative clause after a comma, and one direction said once
    { text: 'Das ist das Haus, in dem in der Nacht das Feuer ausbrach.', language: 'de' },
    'The eastern city of Tobruk lies near the border with Egypt.',
    'Forces moved from the eastern suburbs, while the army held positions to the west of the city.',
    // no case change at the join: not this rule's (a spelling matter)
    { text: 'Le président a reçu leministre des affaires étrangères.', language: 'fr' },
  ],
  invalid: [
    {
      text: 'Thousands march in the capital\n\nThousands march in the capital.\n\nThe march began at noon.',
      errors: [{ messageId: 'line', message: /^This line repeats line 1 \('Thousands march in the capital'\) apart from punctuation or case/, line: 3, suggestions: [''] }],
    },
    {
      text: 'Army chief visits the front\nThe army chief visited the front on Monday.\nArmy chief visits the front',
      errors: [{ messageId: 'line', line: 3 }],
    },
    {
      text: 'The envoy meets the council in Tripoli today\n\nThe envoy met the council in Tripoli today\n\nThe meeting lasted two hours.',
      errors: [{ message: /with a small change/ }],
    },
    {
      text: 'Forces cleared the remnants and remnants of the armed groups from the valley.',
      errors: [{ messageId: 'doublet', actual: 'remnants and remnants', suggestions: ['remnants'] }],
    },
    { text: 'La police a arrêté les auteurs et auteurs de l’attaque.', language: 'fr', errors: [{ messageId: 'doublet', actual: 'auteurs et auteurs' }] },
    { text: 'Die Behörden prüfen die Vorwürfe und Vorwürfe der Opposition.', language: 'de', errors: [{ messageId: 'doublet' }] },
    { text: 'Marshal Haftar emphasized that the army has always emphasized national unity.', errors: [{ messageId: 'echo', actual: 'emphasized that the army has always emphasized', severity: 0 }] },
    { text: 'El ministerio difundió una publicación publicada por la agencia.', language: 'es', errors: [{ messageId: 'echo', actual: 'publicación publicada', severity: 0 }] },
    { text: 'Il ministero ha diffuso una pubblicazione pubblicata dall’agenzia.', language: 'it', errors: [{ messageId: 'echo', severity: 0 }] },
    { text: 'Le ministère a diffusé la publication publiée par l’agence.', language: 'fr', errors: [{ messageId: 'echo' }] },
    {
      text: 'The speaker of theParliament said the session would go on.',
      errors: [{ messageId: 'glued', message: "'theParliament' looks like two words glued together ('the Parliament'): add the space.", suggestions: [' '] }],
    },
    { text: 'NewsPolitics\n\nThe speaker said the session would go on.', errors: [{ messageId: 'glued', actual: 'NewsPolitics' }] },
    { text: 'Die Zahlen stiegen in den in dem Zeitraum untersuchten Städten.', language: 'de', errors: [{ messageId: 'falseStart', actual: 'in den in dem', suggestions: [''] }] },
    { text: 'The number of attacks rose in the in a short period.', errors: [{ messageId: 'falseStart' }] },
    { text: 'Die Truppen erreichten die östliche Stadt Tobruk im Osten des Landes.', language: 'de', errors: [{ messageId: 'direction', actual: 'östliche Stadt Tobruk im Osten', severity: 0 }] },
    { text: 'Forces entered the eastern city of Tobruk in the east of the country.', errors: [{ messageId: 'direction' }] },
    { text: 'Les forces sont entrées dans la ville orientale de Tobrouk, dans l’est du pays.', language: 'fr', errors: [{ messageId: 'direction' }] },
    { text: 'Las fuerzas entraron en la ciudad oriental de Tobruk, en el este del país.', language: 'es', errors: [{ messageId: 'direction' }] },
    { text: 'Le forze sono entrate nella città orientale di Tobruk, nell’est del paese.', language: 'it', errors: [{ messageId: 'direction' }] },
    { text: 'Le président a reçu lesMinistres des affaires étrangères.', language: 'fr', errors: [{ messageId: 'glued' }] },
  ],
};

ruleTester('near-repetition', tests);

describe('near-repetition echoWindow option', () => {
  it('reports the same word a few words apart in one sentence when the window is widened', async () => {
    // 'complete' is an adjective: by default only past-tense verbs count at that distance
    const text = 'The marshal demanded that the complete control of the city be complete.';
    expect(await lintWith('near-repetition', text)).toEqual([]);
    const wide = await lintWith('near-repetition', text, { options: { echoWindow: 6 } });
    expect(wide.map((m) => m.actual)).toEqual(['complete control of the city be complete']);
  });
});
