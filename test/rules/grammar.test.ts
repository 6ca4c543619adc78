import { describe, expect, it } from 'vitest';
import { pluralOf } from '../../src/rules/grammar.js';
import { lintWith, ruleTester } from '../helpers/rule-tester.js';

const MT = { builtin: ['mt-common', 'mt-en', 'mt-fr', 'mt-de', 'mt-es', 'mt-it'] };

ruleTester(
  'grammar',
  {
    valid: [
      // near-misses that must stay clean
      "Shells fell on several of the province's towns.",
      "The Russians' strikes targeted the airport.",
      'The Russians strike back, and the Americans always answer.',
      'The news is bad, and the United States is worried.',
      'The Tigris flows south; the Paris talks resumed.',
      'Many fear that the truce will fail.',
      'Several key officials left in several provinces.',
      'Many local residents fled; a number of people died.',
      'He respected the will of the people.',
      'The in-laws and the by-election were discussed.',
      'The army decided to extend the truce and tried to bring aid.',
      'He is committed to ending the war and looking to extended talks.',
      'During talks with Prime Minister Boris Johnson, after meeting with the envoy, he watched Prime Video.',
      'A number of people met with a number of officials.',
      'Egypt is a partner, and the Egyptian army was deployed.',
      { text: 'Er traf eine der Delegationen und einen einzigen Vertreter.', language: 'de' },
      { text: 'An mehreren weiteren Orten und bei mehreren großen Städten kämpften viele weitere Soldaten.', language: 'de' },
      { text: 'Die Männer, die die Stadt verteidigten, sagten, dass vielen Dank gebühre.', language: 'de' },
      { text: 'Ont-ils déclaré une offensive? Peut-être. Déclarent-ils la guerre?', language: 'fr' },
      { text: 'Los combates continuaron y siguen; empezó a llover.', language: 'es' },
      { text: 'Vuole aiutarli a stabilirsi; siamo stati perseguitati; il sostegno a Sarraj continua.', language: 'it' },
    ],
    invalid: [
      {
        text: 'Clashes broke out in several province, officials said.',
        errors: [{ messageId: 'plural', actual: 'several province', suggestions: ['several provinces'], message: /'several' takes a plural noun, but 'province' is singular: write 'several provinces'/ }],
      },
      { text: 'Troops were sent to a number of city in the south.', errors: [{ actual: 'a number of city', suggestions: ['a number of cities'] }] },
      {
        text: 'The Russians strikes targeted the town.',
        errors: [{ messageId: 'pattern', actual: 'The Russians strikes', suggestions: ["The Russians' strikes"], message: /make the verb plural/ }],
      },
      { text: 'Officials said the Iraqis was ready.', errors: [{ actual: 'the Iraqis was' }] },
      { text: 'He is one of the and national figures.', errors: [{ actual: 'the and' }] },
      { text: 'It was a the decision of the council.', errors: [{ actual: 'a the' }] },
      { text: 'The council will can meet on Monday.', errors: [{ actual: 'will can' }] },
      { text: 'The army decided to extended the truce.', errors: [{ actual: 'decided to extended' }] },
      { text: 'They refused to signing the deal.', errors: [{ actual: 'refused to signing' }] },
      { text: 'He said that the Egypt is intensifying its efforts.', errors: [{ actual: 'the Egypt', suggestions: ['Egypt'] }] },
      { text: 'Earlier during meeting with the envoy, he spoke.', errors: [{ actual: 'during meeting', suggestions: ['during a meeting'] }] },
      { text: 'He met with number of media figures.', errors: [{ actual: 'with number of', suggestions: ['with a number of', 'with the number of'] }] },
      { text: 'UK Prime Boris Johnson spoke.', errors: [{ actual: 'Prime', suggestions: ['Prime Minister'] }] },
      { text: 'Sie nannten eine ein Präsidentschaftsrat.', language: 'de', errors: [{ actual: 'eine ein' }] },
      { text: 'Mit mehreren weitere EU-Staaten wurde verhandelt.', language: 'de', errors: [{ actual: 'mehreren weitere' }] },
      { text: 'Es kamen mehrere weiteren Soldaten.', language: 'de', errors: [{ actual: 'mehrere weiteren' }] },
      { text: 'Les forces déclarent-ont une offensive.', language: 'fr', errors: [{ actual: 'déclarent-ont' }] },
      { text: 'Vuole aiutarli di stabilirsi.', language: 'it', errors: [{ actual: 'aiutarli di', suggestions: ['aiutarli a'] }] },
      { text: 'Sarete perseguitato.', language: 'it', errors: [{ actual: 'Sarete perseguitato' }] },
      { text: 'Conferma il suo sostegno Sarraj.', language: 'it', errors: [{ actual: 'sostegno' }] },
      { text: 'Quieren ayudarles de instalarse.', language: 'es', errors: [{ actual: 'ayudarles de', suggestions: ['ayudarles a'] }] },
    ],
  },
  MT,
);

describe('grammar', () => {
  it('English patterns do not apply to a German document', async () => {
    expect(await lintWith('grammar', 'The Russians strikes and the and.', MT, 'de')).toEqual([]);
  });
  it('never makes an automatic fix', async () => {
    const ms = await lintWith('grammar', 'Clashes broke out in several province. The Russians strikes hit.', MT, 'en');
    expect(ms.length).toBe(2);
    for (const m of ms) expect(m.fix).toBeUndefined();
  });
  it('forms regular plurals', () => {
    expect([pluralOf('province'), pluralOf('city'), pluralOf('church'), pluralOf('day')]).toEqual(['provinces', 'cities', 'churches', 'days']);
  });
});
