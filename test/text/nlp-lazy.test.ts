/**
 * The NLP model stays out of the start-up path: only src/text/nlp.ts may
 * import wink-nlp, and only on first use, so a lint where no rule asks for a
 * tag never loads it (odd-capitals asks only at a capitalised word that
 * passed its cheap checks).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EnglishTags } from '../../src/text/english-tags.js';
import { nlpLoaded } from '../../src/text/nlp.js';
import { linterFor } from '../helpers/rule-tester.js';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('wink-nlp is loaded lazily', () => {
  it('no source file imports wink statically', () => {
    const offenders = sources(SRC).filter((f) => /^\s*import\s[^(]*['"]wink-/m.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});

describe('the model is loaded only for an English text where odd-capitals has a candidate', () => {
  // these run in order, before anything else in this file loads the model
  it('not for a rule that uses no tags', async () => {
    await linterFor('orphan-fragment').lintText('The talks ended on Monday in Geneva. Conflict.', { language: 'en' });
    expect(nlpLoaded()).toBe(false);
  });
  it('not for French, German, Spanish or Italian', async () => {
    const linter = linterFor('odd-capitals');
    for (const language of ['fr', 'de', 'es', 'it']) await linter.lintText('Le ministre a parlé Avec les délégués.', { language });
    expect(nlpLoaded()).toBe(false);
  });
  it('not for English text without a capitalised word in mid-sentence that could be a function word or common noun', async () => {
    const linter = linterFor('odd-capitals');
    const clean = [
      'The delegates came in a convoy.', // nothing capitalised mid-sentence
      'The delegates met Haftar in Benghazi.', // names: never written in lower case in the text
      'The talks ended. In a statement, the army said so.', // 'In' starts a sentence
      'The army said: In the end, nothing changed.', // after a colon
      'The Hague and The Times.', // a function word opening a name (next word capitalised)
      'Militias left. The militias came back with the Militias of Misrata.', // inside a name ('X of Y')
    ];
    for (const text of clean) expect((await linter.lintText(text, { language: 'en' })).messages).toEqual([]);
    expect(nlpLoaded()).toBe(false);
  });
  it('for English with a candidate', async () => {
    await linterFor('odd-capitals').lintText('The delegates came In a convoy.', { language: 'en' });
    expect(nlpLoaded()).toBe(true);
  });
});

describe('EnglishTags', () => {
  it('tags the line of the word asked about, with offsets into the text', () => {
    const text = 'Headline without stop\nThe army came In a convoy. It can’t stay.';
    const tags = new EnglishTags(text);
    expect(tags.posAt(text.indexOf('In '))).toBe('ADP');
    expect(tags.posAt(text.indexOf('army'))).toBe('NOUN');
    expect(tags.posAt(text.indexOf('convoy'))).toBe('NOUN');
    expect(tags.posAt(text.indexOf('It '))).toBe('PRON');
    // no token starts inside a word
    expect(tags.posAt(text.indexOf('rmy'))).toBeUndefined();
  });
});
