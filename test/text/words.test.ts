import { describe, expect, it } from 'vitest';
import { words } from '../../src/text/words.js';
import { fold } from '../../src/text/fold.js';
import { applyCaseStyle } from '../../src/text/case-style.js';
import { LineIndex } from '../../src/text/lines.js';

const texts = (s: string) => words(s).map((w) => s.slice(w.start, w.end));

describe('words', () => {
  it('splits on hyphens and keeps Unicode letters together', () => {
    expect(texts('Al-Jafra, Çavuşoğlu and Kalın; حفتر قال')).toEqual(['Al', 'Jafra', 'Çavuşoğlu', 'and', 'Kalın', 'حفتر', 'قال']);
  });
  it('keeps inner apostrophes and leading ayn, drops the possessive', () => {
    expect(texts("Hifter's O'Brien Qur’an ʿAbd Libyans' men")).toEqual(['Hifter', "O'Brien", 'Qur’an', 'ʿAbd', 'Libyans', 'men']);
  });
  it('folds keys: case, accents, dotless i, apostrophes', () => {
    expect(words('KALIN Kalın Çavuşoğlu Qur’an').map((w) => w.key)).toEqual(['kalin', 'kalin', 'cavusoglu', "qur'an"]);
    expect(fold('Ḥafṭar ŁÓDŹ straße')).toBe('haftar lodz strasse');
  });
  it('handles combining marks and astral characters', () => {
    const s = 'Kale\u0301m 𝐁old';
    expect(texts(s)).toEqual(['Kale\u0301m', '𝐁old']);
    expect(words(s)[0].key).toBe('kalem');
  });
});

describe('case style', () => {
  it('keeps capitals, otherwise writes the house form', () => {
    expect(applyCaseStyle('HIFTER', 'Haftar')).toBe('HAFTAR');
    expect(applyCaseStyle('Hifter', 'Haftar')).toBe('Haftar');
    expect(applyCaseStyle('hifter', 'Haftar')).toBe('Haftar');
    expect(applyCaseStyle('A', 'Haftar')).toBe('Haftar');
  });
});

describe('LineIndex', () => {
  it('maps offsets to 1-based lines and UTF-16 columns, for LF, CRLF and CR', () => {
    const idx = new LineIndex('ab\r\ncd\nef\rgh');
    expect(idx.position(0)).toEqual({ line: 1, column: 1 });
    expect(idx.position(4)).toEqual({ line: 2, column: 1 });
    expect(idx.position(8)).toEqual({ line: 3, column: 2 });
    expect(idx.position(11)).toEqual({ line: 4, column: 2 });
  });
});

describe('emoji are not word characters; letters of other planes are', () => {
  it('ends a word at an emoji and keeps astral letters inside words', async () => {
    const { words } = await import('../../src/text/words.js');
    const text = 'Hifter👍 met Haftar😀 and ❤️ 𝐀bc 𠀀x.';
    expect(words(text).map((w) => text.slice(w.start, w.end))).toEqual(['Hifter', 'met', 'Haftar', 'and', '𝐀bc', '𠀀x']);
  });

  it('an emoji after a name neither hides the variant nor is lost in the fix', async () => {
    const { lintWith } = await import('../helpers/rule-tester.js');
    const found = await lintWith('entity-variant', 'Khalifa Haftar spoke. Hifter👍 left.', { builtin: ['libya'] });
    expect(found.map((m) => [m.actual, m.fix?.text])).toEqual([['Hifter', 'Haftar']]);
    const { linterFor } = await import('../helpers/rule-tester.js');
    const { output } = await linterFor('entity-variant', { builtin: ['libya'] }).fixText('Khalifa Haftar spoke. Hifter😀 left.', {});
    expect(output).toBe('Khalifa Haftar spoke. Haftar😀 left.');
  });
});
