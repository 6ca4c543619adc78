import { describe, expect, it } from 'vitest';
import { closeSuggestions, editDistance } from '../../src/rules/spelling.js';
import { lintWith, ruleTester } from '../helpers/rule-tester.js';

const LIBYA = { builtin: ['libya'] };

ruleTester(
  'spelling',
  {
    valid: [
      // British and American spellings both count
      'The minister criticised the plan; the council criticized it too, and the colour of the flag changed.',
      // names: capitalised anywhere, known to the packs, or written in capitals
      'Haftar met Dbeibah in Tripoli. Qarabulli is a town east of the capital.',
      'Naort said so. Hifter said so too.',
      'The UNSMIL envoy and the LNA spoke to HoR members.',
      // a lower-case word the document also capitalises is a name
      'The Misrata brigades left; misrata fighters stayed.',
      // URLs, e-mail addresses, handles, tags, words with digits
      'See www.exampel.org/newz or write to desk@exampel.org; follow @libyaobsrver and #Libyya; the T72 and 4x4 tankks2 arrived.',
      // foreign words in quotation marks or between asterisks, and hyphenated compounds
      'The so-called "mukhabarat" and the *wilayat* system, a well-known state-owned firm.',
      // a passage in another language
      'He said: la situazione è molto difficile e preoccupante per tutti noi.',
      // a word with no close suggestion is left alone
      'The fighters shouted takbir and zzxqvw.',
      { text: 'Le gouvernement a critiqué la maîtrise et la maitrise du dossier.', language: 'fr' },
      { text: 'Die Bundesregierung und die Landesverteidigungsministerin sprachen über Grenzschutzmaßnahmen.', language: 'de' },
      { text: 'El gobierno habló con los leaders y el rally de la oposición.', language: 'es' },
      { text: "L'esercito è entrato nell’area dell’aeroporto giovedì.", language: 'it' },
    ],
    invalid: [
      {
        text: 'The attacks coinceded with the talks.',
        errors: [{ actual: 'coinceded', message: /^'coinceded' is not in the English dictionary and looks like a misspelling of .*'coincided'/, fix: null }],
      },
      { text: 'The goverment said so.', errors: [{ actual: 'goverment', suggestions: ['government'] }] },
      { text: 'Il presidente è arrivato giovedi a Roma.', language: 'it', errors: [{ actual: 'giovedi', suggestions: ['giovedì'] }] },
      { text: 'Il ministro ha parlato quessta mattina.', language: 'it', errors: [{ actual: 'quessta', suggestions: ['questa'] }] },
      { text: 'Le gouvernement a propablement menti.', language: 'fr', errors: [{ actual: 'propablement', suggestions: ['probablement'] }] },
      { text: 'Die Truppen sind beträchlich stärker.', language: 'de', errors: [{ actual: 'beträchlich', suggestions: ['beträchtlich'] }] },
      { text: 'El hombre no fue indetificado por la policía.', language: 'es', errors: [{ actual: 'indetificado', suggestions: ['identificado'] }] },
    ],
  },
  LIBYA,
);

describe('spelling', () => {
  it('is off by default and reports only when turned on', async () => {
    const { allRules } = await import('../../src/rules/index.js');
    expect(allRules.find((r) => r.meta.id === 'spelling')?.meta.defaultSeverity).toBe('off');
    const ms = await lintWith('spelling', 'The goverment said so.', LIBYA, 'en');
    expect(ms.map((m) => m.severity)).toEqual([1]);
  });
  it("accepts words listed in the rule's allow option", async () => {
    expect(await lintWith('spelling', 'The goverment said so.', { ...LIBYA, options: { allow: ['Goverment'] } }, 'en')).toEqual([]);
  });
  it('keeps only close suggestions', () => {
    expect(closeSuggestions('coinceded', ['conceded', 'coincided', 'coin ceded', 'Coinceded'])).toEqual(['conceded', 'coincided']);
    expect(closeSuggestions('hte', ['the', 'hate'])).toEqual(['the', 'hate']);
    expect(closeSuggestions('wilaya', ['villa', 'Wilay'])).toEqual([]);
    expect(closeSuggestions('communiqué', ['communique'], 'en')).toEqual([]);
    expect(closeSuggestions('maitrise', ['maîtrisé', 'maîtrise'], 'fr')).toEqual([]);
  });
  it('counts a transposition as one edit', () => {
    expect([editDistance('hte', 'the'), editDistance('quessta', 'questa'), editDistance('abc', 'xyz')]).toEqual([1, 1, 3]);
  });
});
