import { describe, expect, it } from 'vitest';
import { regexProblem } from '../../src/match/safe-regex.js';

describe('pack regular expressions', () => {
  it.each([
    ['since (days|weeks)(?! of)'],
    ['[\\p{L} ]{1,40} can also be accessed'],
    ['(?:©|copyright)[^\\n]{0,80}all rights reserved'],
    ['(?:https?://|www\\.)[^\\s]+'],
    ['(?:a|b)?c'],
    ['[(|)]+'],
  ])('accepts %s', (re) => expect(regexProblem(re)).toBeUndefined());

  it.each([
    ['(a+)+$', /nests quantifiers/],
    ['(\\w+\\s?)*$', /nests quantifiers/],
    ['(a|a)*b', /repeats a group with alternatives/],
    ['(?:x|xy){2,}z', /repeats a group with alternatives/],
    ['(a)\\1', /back-reference/],
    ['(?<w>a)\\k<w>', /back-reference/],
    ['(unclosed', /invalid regular expression/],
    ['\\p{Nope}', /invalid regular expression/],
  ])('rejects %s', (re, why) => expect(regexProblem(re)).toMatch(why));
});
