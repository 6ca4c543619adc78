/**
 * franc is loaded only when a document or a paragraph needs it: not for a
 * document whose function words decide its language, nor for wrong-language
 * when every paragraph is clearly in the document language. When a rule
 * needs it, the Linter loads it and runs the rule again, and the result is
 * the same as with franc loaded up front. (Order matters: these run before
 * anything in this file loads franc.)
 */
import { describe, expect, it } from 'vitest';
import { languageDetectorLoaded } from '../../src/text/language.js';
import { linterFor } from '../helpers/rule-tester.js';

const EN =
  'The delegations met in Geneva on Tuesday for a third round of talks on a lasting ceasefire, and the United Nations said that both sides had agreed to meet again in the spring.';
const FR = "Les deux camps se sont entendus sur un échange de prisonniers et sur la réouverture de la route côtière entre les deux villes.";

describe('franc is loaded on demand', () => {
  it('not for an English document with English paragraphs (language detected from function words)', async () => {
    const r = await linterFor('wrong-language', { language: 'auto' }).lintText(`${EN}\n\n${EN}`);
    expect(r.language).toBe('en');
    expect(r.messages).toEqual([]);
    expect(languageDetectorLoaded()).toBe(false);
  });

  it('for a paragraph the function words do not settle: the rule runs again with franc and reports it once', async () => {
    const r = await linterFor('wrong-language').lintText(`${EN}\n\n${FR}\n\n${EN}`, { language: 'en' });
    expect(languageDetectorLoaded()).toBe(true);
    expect(r.messages.map((m) => [m.ruleId, m.line])).toEqual([['wrong-language', 3]]);
  });
});
