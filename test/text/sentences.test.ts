import { describe, expect, it } from 'vitest';
import { langData } from '../../src/text/lang-data.js';
import { splitSentences } from '../../src/text/sentences.js';

function sentences(text: string, lang: string): string[] {
  return splitSentences(text, lang, langData(lang)).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences (Intl.Segmenter with language data)', () => {
  const cases: Array<[string, string, string[]]> = [
    ['en', 'The talks failed. Conflict.', ['The talks failed.', 'Conflict.']],
    // abbreviations and initials do not end a sentence
    ['en', 'Dr. Sanalla met officers of the U.S. Army on Jan. 5. They talked.', ['Dr. Sanalla met officers of the U.S. Army on Jan. 5.', 'They talked.']],
    // a sentence never crosses a line break
    ['en', 'Large delegation\nEarlier today, Akar arrived.', ['Large delegation', 'Earlier today, Akar arrived.']],
    // a French closing guillemet stays with its sentence
    ['fr', 'Il a dit : « Non. » Puis il est parti. M. Dupont est resté.', ['Il a dit : « Non. »', 'Puis il est parti.', 'M. Dupont est resté.']],
    // German ordinals
    ['de', 'Er kam am 5. Januar 2020. Dann ging er.', ['Er kam am 5. Januar 2020.', 'Dann ging er.']],
    ['es', 'El Sr. López llegó a Trípoli. Luego habló.', ['El Sr. López llegó a Trípoli.', 'Luego habló.']],
    ['it', 'Il gen. Haftar è partito. Poi ha parlato.', ['Il gen. Haftar è partito.', 'Poi ha parlato.']],
  ];
  for (const [lang, text, expected] of cases) {
    it(`${lang}: ${text}`, () => {
      expect(sentences(text, lang)).toEqual(expected);
    });
  }

  it('gives offsets into the whole text, trimmed', () => {
    const text = '  First one.  Second one.\n\nThird.';
    const spans = splitSentences(text, 'en', langData('en'));
    expect(spans).toEqual([
      { start: 2, end: 12 },
      { start: 14, end: 25 },
      { start: 27, end: 33 },
    ]);
  });
});
