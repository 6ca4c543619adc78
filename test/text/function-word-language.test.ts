/**
 * The function-word pass that decides a language before franc is asked: it
 * must name the language of ordinary prose, and stay undecided (leaving the
 * text to franc) when the evidence is thin or mixed.
 */
import { describe, expect, it } from 'vitest';
import { functionWordLanguage } from '../../src/text/function-word-language.js';
import { DEFAULT_LANGUAGES } from '../../src/text/language.js';
import { words } from '../../src/text/words.js';

const guess = (text: string, candidates = DEFAULT_LANGUAGES) => functionWordLanguage(words(text), candidates);

describe('functionWordLanguage', () => {
  const decided: Array<[string, string]> = [
    ['en', 'The delegation arrived in the capital on Monday and met the head of the council, who said that the talks would go on.'],
    ['fr', "La délégation est arrivée dans la capitale lundi et a rencontré le chef du conseil, qui a dit que les discussions allaient continuer."],
    ['de', 'Die Delegation traf am Montag in der Hauptstadt ein und sprach mit dem Leiter des Rates, der sagte, dass die Gespräche weitergehen.'],
    ['es', 'La delegación llegó a la capital el lunes y se reunió con el jefe del consejo, que dijo que las conversaciones seguirían.'],
    ['it', 'La delegazione è arrivata nella capitale lunedì e ha incontrato il capo del consiglio, che ha detto che i colloqui sarebbero continuati.'],
  ];
  for (const [lang, text] of decided) it(`decides ${lang}`, () => expect(guess(text)).toBe(lang));

  const undecided: Array<[string, string, string[]?]> = [
    ['names and numbers only', 'Haftar Sarraj Bashagha Misrata Sirte Tripoli 2020 Benghazi Tobruk Jufra'],
    ['English and French half and half', 'The delegation arrived in the capital. La délégation est arrivée dans la capitale.'],
    ['a language without a word list among the candidates', 'The delegation arrived in the capital on Monday and met the head of the council.', ['en', 'ru']],
    ['nothing to count', ''],
  ];
  for (const [what, text, candidates] of undecided) it(`stays undecided: ${what}`, () => expect(guess(text, candidates)).toBeUndefined());

  it('counts only the words in [from, to)', () => {
    const ws = words('Haftar Sarraj Bashagha Misrata. The army and the council met in the city of Sirte.');
    expect(functionWordLanguage(ws, DEFAULT_LANGUAGES, 0, 4)).toBeUndefined();
    expect(functionWordLanguage(ws, DEFAULT_LANGUAGES, 4)).toBe('en');
  });
});
