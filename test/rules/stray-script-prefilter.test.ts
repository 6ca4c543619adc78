import { describe, expect, it } from 'vitest';
import { hasForeign } from '../../src/rules/stray-script.js';

/** The regex the table stands for (as in src/rules/stray-script.ts). */
const FOREIGN = /(?![\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}])[\p{L}\p{Nd}]/u;

describe('stray-script: the foreign-letter table agrees with the regex', () => {
  it('for every code unit of the BMP, alone and inside Latin text', () => {
    const disagree: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      const text = `Latin text ${ch} and more`;
      if (hasForeign(text) !== FOREIGN.test(text)) disagree.push(c.toString(16));
    }
    expect(disagree).toEqual([]);
  });

  const cases: Array<[string, string, boolean]> = [
    ['plain English with curly quotes and dashes', 'He said: “We stay” — and left’s.', false],
    ['Latin letters with diacritics and Latin Extended', 'Café, Łódź, Ørsted, ǅ, ẞ, Ṭarābulus', false],
    ['a Greek letter just above the Latin range', 'the angle \u0370', true],
    ['Arabic-Indic digits', 'on \u0662\u0663 October', true],
    ['symbols above U+2100 that are not letters', 'a ™ mark, an arrow → and ① circled', false],
    ['a CJK letter above U+2100', 'the word 中 here', true],
    ['an astral letter (CJK extension B) as a surrogate pair', 'the word \u{20000} here', true],
    ['an astral symbol (emoji)', 'a smile \u{1F600} here', false],
    ['a lone surrogate', 'broken \ud800 text', false],
    ['a Latin letter after a lone high surrogate', 'broken \ud800A text', false],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      expect(hasForeign(text)).toBe(expected);
      expect(FOREIGN.test(text)).toBe(expected);
    });
  }
});
