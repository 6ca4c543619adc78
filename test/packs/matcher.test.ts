import { describe, expect, it } from 'vitest';
import { TermMatcher } from '../../src/match/term-matcher.js';
import { coreKeys } from '../../src/packs/entities.js';
import { words } from '../../src/text/words.js';

function matcher(...terms: string[]) {
  const m = new TermMatcher<string>();
  for (const t of terms) m.add(coreKeys(t), t);
  return (text: string) => m.match(text, words(text)).map((x) => [text.slice(x.start, x.end), text.slice(x.coreStart, x.end), x.values[0]]);
}

describe('TermMatcher', () => {
  it('finds the longest match, skipping articles at the start and inside', () => {
    const find = matcher('Khalifa Haftar', 'Haftar', 'Fayez al-Sarraj');
    expect(find('Khalifa Haftar and Haftar and Fayez Al-Sarraj and Fayez el Sarraj.')).toEqual([
      ['Khalifa Haftar', 'Khalifa Haftar', 'Khalifa Haftar'],
      ['Haftar', 'Haftar', 'Haftar'],
      ['Fayez Al-Sarraj', 'Fayez Al-Sarraj', 'Fayez al-Sarraj'],
      ['Fayez el Sarraj', 'Fayez el Sarraj', 'Fayez al-Sarraj'],
    ]);
  });
  it('keeps a leading article outside the core', () => {
    const find = matcher('Jufra');
    expect(find('to Al-Jufra and al Jufra and AL-JUFRA')).toEqual([
      ['Al-Jufra', 'Jufra', 'Jufra'],
      ['al Jufra', 'Jufra', 'Jufra'],
      ['AL-JUFRA', 'JUFRA', 'Jufra'],
    ]);
  });
  it('does not join words across punctuation or treat ordinary words as articles', () => {
    const find = matcher('National Accord', 'Sirte');
    expect(find('national, accord. at Sirte as Sirte')).toEqual([
      ['Sirte', 'Sirte', 'Sirte'],
      ['Sirte', 'Sirte', 'Sirte'],
    ]);
  });
  it('matches across a line break inside a name', () => {
    const find = matcher('Khalifa Haftar');
    expect(find('Khalifa\nHaftar')).toHaveLength(1);
  });
  it('takes a glued article (Aljufra) only for the values that allow it, and only before a first word of 4+ letters', () => {
    const m = new TermMatcher<string>({ glued: (t) => t !== 'Sirte' });
    for (const t of ['Jufra', 'Sirte', 'Nalut', 'Ras', 'Khalifa Haftar']) m.add(coreKeys(t), t);
    const text = 'Aljufra, ELJUFRA, Alsirte, Alras, Elnalut, Alkhalifa Haftar, alternative, Alju';
    expect(m.scan(text).map((x) => [text.slice(x.start, x.end), x.values])).toEqual([
      ['Aljufra', ['Jufra']],
      ['ELJUFRA', ['Jufra']],
      ['Elnalut', ['Nalut']],
      ['Alkhalifa Haftar', ['Khalifa Haftar']],
    ]);
    expect(m.find(['aljufra'])).toEqual(['Jufra']);
    expect(m.find(['alsirte'])).toBeUndefined();
    expect(m.get(['aljufra'])).toBeUndefined();
    // without the option, no glued article is taken
    const plain = new TermMatcher<string>();
    plain.add(['jufra'], 'Jufra');
    expect(plain.scan('Aljufra')).toEqual([]);
  });
  it('addLater: a group of terms is loaded the first time a text has its first word, and matches as if added', () => {
    const groups: Array<Array<[string[], string]>> = [
      [[['khalifa', 'haftar'], 'Khalifa Haftar'], [['khalifa'], 'Khalifa']],
      [[['jufra'], 'Jufra']],
      [[['sirte'], 'Sirte']],
    ];
    const loaded: number[] = [];
    const lazy = new TermMatcher<string>({ glued: () => true, load: (g) => (loaded.push(g), groups[g]) });
    groups.forEach((list, g) => lazy.addLater(list[0][0][0], g, list.length));
    const eager = new TermMatcher<string>({ glued: () => true });
    for (const list of groups) for (const [keys, v] of list) eager.add(keys, v);
    expect(lazy.termCount).toBe(4);
    expect(loaded).toEqual([]);
    const text = 'Khalifa Haftar left Aljufra; Khalifa stayed.';
    const show = (m: TermMatcher<string>) => m.scan(text).map((x) => [x.start, x.end, x.values]);
    expect(show(lazy)).toEqual(show(eager));
    expect(loaded).toEqual([0, 1]); // each once; Sirte never
    expect(lazy.get(['sirte'])).toEqual(['Sirte']);
    expect(loaded).toEqual([0, 1, 2]);
    expect(() => lazy.addLater('jufra', 9, 1)).toThrow(/given twice/);
  });
  it('stays one pass: thousands of terms, one lookup per word', () => {
    const m = new TermMatcher<number>();
    for (let i = 0; i < 5000; i++) m.add([`name${i}`, 'x'], i);
    const text = 'name42 x and name4999 x and name7';
    expect(m.match(text, words(text)).map((x) => x.values[0])).toEqual([42, 4999]);
    expect(m.termCount).toBe(5000);
  });
});

describe('scan (hash pre-filter) agrees with match over tokenised words', () => {
  it('on generated texts mixing terms, articles, case, accents and punctuation', async () => {
    const fc = (await import('fast-check')).default;
    const terms = ['Khalifa Haftar', 'Haftar', 'Hifter', 'al-Jufra', 'Jufra', 'Government of National Accord', 'Kalın', 'Sirte'];
    const m = new TermMatcher<string>({ glued: (t) => t !== 'Sirte' });
    for (const t of terms) m.add(coreKeys(t), t);
    const piece = fc.oneof(
      fc.constantFrom(...terms, 'al', 'Al-', 'El ', 'HIFTER', "Hifter's", 'KALIN', 'Kalin', 'sirte', 'accord', 'National'),
      fc.constantFrom('Aljufra', 'ELHAFTAR', 'Alsirte', 'Elkalin', 'Alhaftar’s', 'Ālhaftar', 'Aljuf', 'Alaljufra'),
      fc.constantFrom(' ', ' ', '-', ', ', '.\n', '\r\n', '’s ', ' ʿ', '\u00a0'),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const slow = m.match(text, words(text)).map((x) => [x.start, x.coreStart, x.end, x.values[0]]);
        const fast = m.scan(text).map((x) => [x.start, x.coreStart, x.end, x.values[0]]);
        expect(fast).toEqual(slow);
      }),
      { numRuns: 500 },
    );
  });
});
