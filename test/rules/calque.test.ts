import { describe, expect, it } from 'vitest';
import { artefactFixtures, cleanProseGuard } from '../helpers/artefact-fixtures.js';
import { lintWith, ruleTester } from '../helpers/rule-tester.js';

const MT = { builtin: ['mt-common', 'mt-en', 'mt-fr', 'mt-de', 'mt-es', 'mt-it'] };

ruleTester(
  'calque',
  {
    valid: [
      'The army said so, according to a statement on Monday.',
      'He told the others this, and they agreed.',
      'He said it is noteworthy that the ministry replied at all.',
      'Fighting resumed on several fronts, and the axis of the advance shifted.',
      'The taxes on fuel rose on several occasions.',
      'The brigade is affiliated with the ministry.',
      'He spoke in an interview with a local channel about the NATO intervention.',
      'The attackers fled; the sources of fire were never found.',
      'Talks have stalled since weeks of fighting ended in June.',
      'Meanwhile, the delegation left for Istanbul.',
      'Such letters as came in the post were burned.',
      { text: "Le ministre a jugé qu'il est à noter que rien n'a changé.", language: 'fr' },
      { text: 'Selon un communiqué, les combats ont repris sur plusieurs fronts.', language: 'fr' },
      { text: 'Dies und das wurde besprochen, laut einer Erklärung der Regierung.', language: 'de' },
      { text: 'Según un comunicado, los combates se reanudaron en varios frentes.', language: 'es' },
      { text: 'Secondo una dichiarazione, i combattimenti sono ripresi su più fronti.', language: 'it' },
      // English phrases do not apply to a French document
      { text: 'It is noteworthy that the English phrase is not French.', language: 'fr' },
    ],
    invalid: [
      {
        text: 'The army said so, according to what came in a statement on Monday.',
        errors: [
          {
            message:
              "'according to what came in' is a literal rendering (Arabic wafqan li-ma ja'a fi, 'according to what came in'): write 'according to'.",
            actual: 'according to what came in',
            fix: null,
            suggestions: ['according to'],
          },
        ],
      },
      {
        text: 'It is noteworthy that the city lies on the coast.',
        errors: [{ message: /write 'Notably,' or delete it\.$/, actual: 'It is noteworthy that', suggestions: ['Notably,', 'T'] }],
      },
      {
        text: 'This, and it is expected that a summit will be held.',
        errors: [{ actual: 'This, and', suggestions: ['I'] }],
      },
      { text: 'Fighting resumed in several axes.', errors: [{ actual: 'in several axes', suggestions: ['on several fronts'] }] },
      { text: 'Fighting resumed on many axes.', errors: [{ actual: 'on many axes', suggestions: ['on many fronts'] }] },
      {
        text: 'He said so in an intervention with a local channel.',
        errors: [{ actual: 'in an intervention with', suggestions: ['in an interview with', 'speaking to'] }],
      },
      { text: 'They did not answer the sources of the fire.', errors: [{ suggestions: ['the sources of fire', 'the attackers'] }] },
      { text: 'In the same regard, the delegation left.', errors: [{ actual: 'In the same regard', suggestions: ['Meanwhile', 'Separately'] }] },
      { text: 'The ministry affiliated to the government said so.', errors: [{ suggestions: ['affiliated with', 'loyal to', 'of'] }] },
      { text: '“IT IS NOTEWORTHY THAT the city lies on the coast.”', errors: [{ suggestions: ['NOTABLY,', 'T'] }] },
      { text: 'The army is ready, as came In a statement on Friday.', errors: [{ actual: 'as came In', suggestions: ['according to'] }] },
      { text: 'Talks have stalled since weeks.', errors: [{ actual: 'since weeks', suggestions: ['for weeks', 'weeks ago'] }] },
      { text: 'They will not sit on the same table.', errors: [{ suggestions: ['sit at the same table'] }] },
      {
        text: 'Les combats ont repris, selon ce qui est venu dans un communiqué.',
        language: 'fr',
        errors: [{ actual: 'selon ce qui est venu dans', suggestions: ['selon'] }],
      },
      { text: 'Il est à noter que la ville est sur la côte.', language: 'fr', errors: [{ suggestions: ['Par ailleurs,', 'L'] }] },
      { text: 'Les combats ont repris sur plusieurs axes.', language: 'fr', errors: [{ suggestions: ['sur plusieurs fronts'] }] },
      {
        text: 'Die Truppen zogen ab, laut dem, was in einer Erklärung kam.',
        language: 'de',
        errors: [{ actual: 'laut dem, was in einer Erklärung kam', suggestions: ['laut einer Erklärung'] }],
      },
      {
        text: 'Es ist erwähnenswert, dass die Stadt an der Küste liegt.',
        language: 'de',
        errors: [{ message: /make it a main clause, or open with 'Zudem'\.$/, suggestions: [] }],
      },
      { text: 'Die Kämpfe gingen an mehreren Achsen weiter.', language: 'de', errors: [{ suggestions: ['an mehreren Fronten'] }] },
      { text: 'Cabe destacar que la ciudad está en la costa.', language: 'es', errors: [{ suggestions: ['Además,', 'L'] }] },
      { text: 'Según lo que vino en un comunicado, hubo combates.', language: 'es', errors: [{ suggestions: ['Según'] }] },
      { text: 'Vale la pena notare che la città è sulla costa.', language: 'it', errors: [{ suggestions: ['Inoltre,', 'L'] }] },
      { text: 'I combattimenti sono ripresi su più assi.', language: 'it', errors: [{ suggestions: ['su più fronti'] }] },
    ],
  },
  MT,
);

describe('calque suggestions', () => {
  it('deleting a sentence opener gives the next word its capital', async () => {
    const text = 'Talks ended. It is noteworthy that the city lies on the coast.';
    const [m] = await lintWith('calque', text, MT);
    const del = m.suggestions!.find((s) => s.desc.startsWith('Delete'))!;
    expect(text.slice(0, del.fix.range[0]) + del.fix.text + text.slice(del.fix.range[1])).toBe('Talks ended. The city lies on the coast.');
  });

  it('never makes an automatic fix', async () => {
    const messages = await lintWith('calque', 'This, and it is expected that talks resume on several axes.', MT);
    expect(messages).toHaveLength(2);
    expect(messages.every((m) => m.fix === undefined)).toBe(true);
  });

  it("a user pack's calques apply, with regex slots", async () => {
    const pack = 'pack: user\nlanguage: en\ncalques:\n  - regex: "the (\\\\w+) side"\n    use: "{1}"\n    note: Arabic al-janib\n';
    const [m] = await lintWith('calque', 'The talks with the Turkish side ended.', { packs: [pack] });
    expect(m.actual).toBe('the Turkish side');
    expect(m.suggestions!.map((s) => s.fix.text)).toEqual(['Turkish']);
  });
});

cleanProseGuard('calque');
artefactFixtures('calque', {
  en: ['8: according to what came in', '10: This, and', '12: in an intervention with', '14: It is noteworthy that', '14: on several axes', '14: the sources of the fire'],
  fr: ['5: selon ce qui est venu dans', '7: Ceci, et', '9: dans une intervention avec', '9: sur plusieurs axes', '11: Il est à noter que'],
  de: ['5: laut dem, was in einer Erklärung kam', '7: Dies, und', '9: Es ist erwähnenswert, dass', '9: an mehreren Achsen'],
  es: ['5: según lo que vino en', '7: Esto, y', '9: Cabe destacar que', '9: en varios ejes'],
  it: ['5: secondo quanto è venuto in', '7: Questo, e', '9: Vale la pena notare che', '9: su più assi'],
});
