import { describe, expect, it } from 'vitest';
import { fillSlots, parsePhrase, PhraseMatcher, PhraseSyntaxError } from '../../src/match/phrase-matcher.js';
import { words } from '../../src/text/words.js';

/** The matched core texts (and slots) of `phrases` in `text`. */
function find(phrases: Array<string | [string, { matchCase?: boolean }]>, text: string): string[] {
  const m = new PhraseMatcher<number>();
  phrases.forEach((p, i) => (typeof p === 'string' ? m.add(p, i) : m.add(p[0], i, p[1])));
  return m.match(text, words(text)).map((x) => text.slice(x.coreStart, x.coreEnd) + (x.slots.length ? ` ${JSON.stringify(x.slots)}` : ''));
}

describe('phrase matcher', () => {
  const cases: Array<[string, Array<string | [string, { matchCase?: boolean }]>, string, string[]]> = [
    ['case- and accent-insensitive', ['according to what came in'], 'It was, According To What Came IN a note.', ['According To What Came IN']],
    ['accents folded', ['selon ce qui est venu dans'], 'selon ce qui est venu dans un communiqué', ['selon ce qui est venu dans']],
    ['whole words only', ['axes'], 'the taxes rose; on three axes', ['axes']],
    ['Unicode word boundaries', ['Libye'], 'la Libyeé et la Libye.', ['Libye']],
    ['required punctuation', ['This, and'], 'This and that. This, and it is', ['This, and']],
    ['trailing punctuation is part of the match', ['Written By:'], 'Written By AbdulX. Written By : Jane', ['Written By :']],
    ['alternatives are a slot', ['on {several|many} axes'], 'on many axes and on several axes', ['on many axes ["many"]', 'on several axes ["several"]']],
    ['multi-word alternative', ['{on|in} {several|all the} axes'], 'in all the axes', ['in all the axes ["in","all the"]']],
    ['optional slot', ['in a {telephone|} intervention'], 'in a intervention; in a telephone intervention', ['in a intervention [""]', 'in a telephone intervention ["telephone"]']],
    ['any word', ['the {word} file'], 'on the Libyan file and the file', ['the Libyan file ["Libyan"]']],
    ['[ ] marks the part to report', ['the [room] said'], 'then the room said so', ['room']],
    ['longest match wins', ['the Chamber', 'the Chamber of Commerce'], 'the Chamber of Commerce and the Chamber', ['the Chamber of Commerce', 'the Chamber']],
    ['a single line break joins words', ['sources of the fire'], 'the sources of\nthe fire', ['sources of\nthe fire']],
    ['a blank line does not', ['sources of the fire'], 'the sources of\n\nthe fire', []],
    ['hyphens must match', ['cease-fire'], 'a cease fire, a cease-fire', ['cease-fire']],
    ['curly and straight apostrophes are the same', ["Press TV's website"], 'Press TV’s website', ['Press TV’s website']],
    ['match case: capitalised words must be capitalised', [['the Chamber', { matchCase: true }]], 'a chamber; The Chamber; the CHAMBER', ['The Chamber']],
  ];
  for (const [name, phrases, text, expected] of cases) {
    it(name, () => expect(find(phrases, text)).toEqual(expected));
  }

  it('the accept callback can refuse a match, and a shorter one is tried', () => {
    const m = new PhraseMatcher<string>();
    m.add('in the same', 'short');
    m.add('in the same regard', 'long');
    const text = 'in the same regard';
    expect(m.match(text, words(text), (x) => x.value !== 'long').map((x) => x.value)).toEqual(['short']);
  });

  it('fills slots into replacements', () => {
    expect(fillSlots('on {2} fronts', ['in', 'several'])).toBe('on several fronts');
    expect(fillSlots('for {1}', [''])).toBe('for');
  });

  it('rejects bad syntax', () => {
    for (const bad of ['on {several axes', 'on several} axes', '{a|{b}}', '[on [several]] axes', 'on [several axes', '{}', '{|}', '{a|}', 'x {.} y', '[] axes', '...']) {
      expect(() => parsePhrase(bad), bad).toThrow(PhraseSyntaxError);
    }
  });

  it('refuses a phrase with too many combinations', () => {
    const slot = '{a|b|c|d}';
    expect(() => new PhraseMatcher().add(`${slot} ${slot} ${slot} ${slot} ${slot}`, 0)).toThrow(/more than 256/);
  });
});

describe('phrase matcher pre-filters (the second word is looked at before a walk starts)', () => {
  const cases: Array<[string, string[], string, string[]]> = [
    // near misses: the first word starts a phrase, the second does not continue it
    ['first word only', ['in the same regard'], 'in a word, in the end, in the same way', []],
    ['the second word decides', ['in the same regard', 'in a related context'], 'in the same regard and in a related context', ['in the same regard', 'in a related context']],
    ['a one-word phrase under a longer one', ['the', 'the same regard'], 'the end; the same regard', ['the', 'the same regard']],
    // the gap before the second word is not a plain space: the full walk decides
    ['punctuation in the gap', ['This, and'], 'This and that; This , and this; This, and', ['This , and', 'This, and']],
    ['a line break in the gap', ['in the same regard'], 'in\nthe same regard; in\n\nthe same regard', ['in\nthe same regard']],
    ['two spaces in the gap', ['in the same regard'], 'in  the same regard', ['in  the same regard']],
    // a {word} slot as the second word: any word continues
    ['a slot as the second word', ['the {word} file'], 'the Libyan file, the file, the Syrian desk', ['the Libyan file ["Libyan"]']],
    // the last word of the text
    ['the phrase start is the last word', ['in the same regard'], 'and then in', []],
  ];
  for (const [name, phrases, text, expected] of cases) {
    it(name, () => expect(find(phrases, text)).toEqual(expected));
  }

  it('canStartWith: true for the first word of a phrase (any case: keys are folded), false otherwise, true for everything with a leading slot', () => {
    const m = new PhraseMatcher<number>();
    m.add('Source link', 1);
    expect(m.canStartWith('source')).toBe(true);
    expect(m.canStartWith('link')).toBe(false);
    expect(m.canStartWith('sources')).toBe(false);
    m.add('{word} said', 2);
    expect(m.canStartWith('link')).toBe(true);
  });
});
