import { describe, expect, it } from 'vitest';
import { candidateLists, derivedKeys, documentCandidates, extractCandidates, isDerivation } from '../../src/names/candidates.js';

/** Each candidate as its span text and its name words. */
function names(text: string, lang = 'en'): string[] {
  return documentCandidates(text, lang).map((c) => `${text.slice(c.start, c.end)} = ${c.tokens.map((t) => t.text).join('|')}`);
}

describe('candidate names', () => {
  it.each([
    // multi-word names with particles and articles inside
    ['Forces loyal to Muhammad al-Tahir Siala arrived.', ['Muhammad al-Tahir Siala = Muhammad|Tahir|Siala']],
    ['The envoy met Ursula von der Leyen in Brussels.', ['Ursula von der Leyen = Ursula|Leyen', 'Brussels = Brussels']],
    ['He spoke to Fayez al-Sarraj and Abu Qirin residents.', ['Fayez al-Sarraj = Fayez|Sarraj', 'Abu Qirin = Qirin']],
    // a leading article belongs to the name's span, not to its words
    ['In addition to al-Mishri, the envoy came.', ['al-Mishri = Mishri']],
    ['The patrols reached Al Washaka on time.', ['Al Washaka = Washaka']],
    // possessives are not part of the name, and a name does not run on past one
    ["The convoy of Haftar's forces met Haftar’s allies.", ['Haftar = Haftar', 'Haftar = Haftar']],
    // titles split names and are never name words
    ['Foreign Minister Mevlut Cavusoglu met President Recep Tayyip Erdogan.', ['Foreign = Foreign', 'Mevlut Cavusoglu = Mevlut|Cavusoglu', 'Recep Tayyip Erdogan = Recep|Tayyip|Erdogan']],
    ['Field Marshal Khalifa Haftar said so.', ['Khalifa Haftar = Khalifa|Haftar']],
    // months and days are not names
    ['The talks in Geneva on Monday ended in March.', ['Geneva = Geneva']],
    // all-caps lines (headlines, datelines) are left out
    ['HAFTAR FORCES WITHDRAW FROM SIRTE\nThe army left Sirte.', ['Sirte = Sirte']],
    // acronyms, digits and function words are not names
    ['The GNA and the LNA met at the 5+5 talks in S1 of Tobruk.', ['Tobruk = Tobruk']],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('leaves out common words at a sentence start', () => {
    expect(names('Meanwhile the army waited. Officials said Haftar left. However, Sirte was calm.')).toEqual(['Haftar = Haftar', 'Sirte = Sirte']);
  });

  it('leaves out a word written in lower case elsewhere in the document', () => {
    // 'Fighting' opens a sentence, and 'fighting' is a common word here; 'Militias' is an odd capital
    expect(names('Fighting continued near Sirte. The fighting and the militias. The dismantling Militias.')).toEqual(['Sirte = Sirte']);
  });

  it('counts a sentence-initial common word the document also capitalises in mid-sentence', () => {
    expect(names('Sources said so. He spoke to Sources magazine.')).toEqual(['Sources = Sources', 'Sources = Sources']);
    // a sentence-initial word that is no common word counts anyway
    expect(names('Jufrah was quiet.')).toEqual(['Jufrah = Jufrah']);
  });

  it('strips a sentence-initial common word from the front of a name', () => {
    expect(names('Both Turkey and France agreed.')).toEqual(['Turkey = Turkey', 'France = France']);
  });

  it('gives offsets into the text', () => {
    const text = 'The talks with Salah Al-Nimroush ended.';
    const [c] = documentCandidates(text, 'en');
    expect([c.start, c.end]).toEqual([15, 32]);
    expect(c.tokens.map((t) => [t.start, t.end, t.key])).toEqual([
      [15, 20, 'salah'],
      [24, 32, 'nimroush'],
    ]);
    expect(c.initial).toBe(false);
  });

  it('marks the words of a headline-case line as sentence-initial', () => {
    const text = 'Haftar Forces Must Leave Sirte Says Ankara\n\nThe army left.';
    expect(extractCandidates(text, 'en').every((c) => c.initial)).toBe(true);
  });

  it('reads French elided articles and German and Spanish lists', () => {
    expect(names("Les forces d'Haftar et l'Égypte se sont retirées de Syrte en janvier.", 'fr')).toEqual(['Haftar = Haftar', 'Égypte = Égypte', 'Syrte = Syrte']);
    expect(names('Die Truppen von Chalifa Haftar zogen am Montag aus Sirte ab.', 'de')).toEqual(['Truppen = Truppen', 'Chalifa Haftar = Chalifa|Haftar', 'Sirte = Sirte']);
    // 'y' joins two places in Spanish, not two parts of one name
    expect(names('Las tropas llegaron a Trípoli y Bengasi el lunes.', 'es')).toEqual(['Trípoli = Trípoli', 'Bengasi = Bengasi']);
  });
});

describe('derivations', () => {
  const en = candidateLists('en');
  it.each([
    ['libya', 'libyan'],
    ['turkey', 'turkish'],
    ['egypt', 'egyptian'],
    ['emirates', 'emirati'],
    ['libyan', 'libyans'],
    ['syria', 'syrians'],
  ])('%s / %s are one word and its derivation', (a, b) => {
    expect(isDerivation(a, b, en)).toBe(true);
    expect(isDerivation(b, a, en)).toBe(true);
  });
  it.each([
    ['jufra', 'jufrah'],
    ['sirt', 'sirte'],
    ['misrata', 'misurata'],
    ['tripoli', 'tripolitania'],
    ['haftar', 'hifter'],
  ])('%s / %s are not', (a, b) => {
    expect(isDerivation(a, b, en)).toBe(false);
  });
  it('knows genders in Spanish and Italian only', () => {
    expect(isDerivation('libia', 'libio', candidateLists('es'))).toBe(true);
    expect(isDerivation('libia', 'libio', en)).toBe(false);
  });
  it('picks the derived spellings of a group', () => {
    expect([...derivedKeys(['libya', 'libyan', 'lybia'], en)]).toEqual(['libyan']);
  });
});
