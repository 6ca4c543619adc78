import { describe, expect, it } from 'vitest';
import { FirstWords } from '../../src/match/first-words.js';
import { TermMatcher } from '../../src/match/term-matcher.js';
import { hashKey } from '../../src/text/words.js';

describe('FirstWords (the trie first level)', () => {
  it('finds words by hash and key, through growth and hash collisions', () => {
    const t = new FirstWords<string>();
    const words = Array.from({ length: 500 }, (_, i) => `w${i}`);
    words.forEach((w) => t.add(hashKey(w), w));
    // two words under one hash (as if FNV collided): both found, each by its key
    t.add(hashKey('w7'), 'other', 3);
    expect(t.count).toBe(501);
    for (const w of words) expect(t.keys[t.find(hashKey(w), w)]).toBe(w);
    expect(t.keys[t.find(hashKey('w7'), 'other')]).toBe('other');
    expect(t.find(hashKey('w7'), 'w8')).toBe(-1); // the hash matches, the key does not
    expect(t.find(hashKey('nope'), 'nope')).toBe(-1);
    expect(t.has(hashKey('w499'))).toBe(true);
    expect(t.has(hashKey('nope'))).toBe(false);
    const hashes: number[] = [];
    t.forEachHash((h) => hashes.push(h));
    expect(hashes).toHaveLength(501);
    expect(new Set(hashes)).toEqual(new Set(words.map(hashKey)));
  });

  it('keeps a group to load until it is taken once', () => {
    const t = new FirstWords<string>();
    const i = t.add(hashKey('jufra'), 'jufra', 4);
    expect(t.hasGroup(i)).toBe(true);
    expect(t.takeGroup(i)).toBe(4);
    expect(t.hasGroup(i)).toBe(false);
    expect(t.takeGroup(i)).toBe(-1);
  });

  it('a matcher with thousands of first words matches as one built word by word', () => {
    const lazy = new TermMatcher<number>({ load: (g) => [[[`name${g}`, 'x'], g]] });
    const eager = new TermMatcher<number>();
    for (let i = 0; i < 3000; i++) {
      lazy.addLater(`name${i}`, i, 1);
      eager.add([`name${i}`, 'x'], i);
    }
    const text = 'name42 x and name2999 x, name7 y and name7 x.';
    const show = (m: TermMatcher<number>) => m.scan(text).map((x) => [x.start, x.end, x.values]);
    expect(show(lazy)).toEqual(show(eager));
    expect(show(lazy)).toEqual([
      [0, 8, [42]],
      [13, 23, [2999]],
      [37, 44, [7]],
    ]);
  });
});
