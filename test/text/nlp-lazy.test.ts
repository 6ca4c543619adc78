/**
 * The NLP model stays out of the start-up path: only src/text/nlp.ts may
 * import wink-nlp, and only dynamically (so a lint without an NLP rule never
 * loads it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyseEnglish } from '../../src/text/english-tags.js';
import { loadNlp, nlpLoaded } from '../../src/text/nlp.js';
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

describe('the model is loaded only for an English text with an NLP rule on', () => {
  // these run in order, before anything else in this file loads the model
  it('not for a rule without needs', async () => {
    await linterFor('orphan-fragment').lintText('The talks ended on Monday in Geneva. Conflict.', { language: 'en' });
    expect(nlpLoaded()).toBe(false);
  });
  it('not for French, German, Spanish or Italian', async () => {
    const linter = linterFor('odd-capitals');
    for (const language of ['fr', 'de', 'es', 'it']) await linter.lintText('Le ministre a parlé Avec les délégués.', { language });
    expect(nlpLoaded()).toBe(false);
  });
  it('for English', async () => {
    await linterFor('odd-capitals').lintText('The delegates came In a convoy.', { language: 'en' });
    expect(nlpLoaded()).toBe(true);
  });
});

describe('analyseEnglish', () => {
  it('gives wink tokens offsets into the text and keeps sentences within lines', async () => {
    await loadNlp();
    const text = 'Headline without stop\nThe army came In a convoy. It can’t stay.';
    const { sentences, tokens } = analyseEnglish(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Headline without stop', 'The army came In a convoy.', 'It can’t stay.']);
    for (const t of tokens) expect(text.slice(t.start, t.end).trim()).not.toBe('');
    const inTok = tokens.find((t) => text.slice(t.start, t.end) === 'In');
    expect(inTok?.pos).toBe('ADP');
    expect(inTok?.sentence).toBe(1);
  });
});
