import { describe, expect, it } from 'vitest';
import { dictionaryFor, loadDictionaries } from '../../src/text/dictionary.js';

describe('spelling dictionaries (Hunspell)', () => {
  it('answers undefined before Hunspell is loaded and for languages without a dictionary', async () => {
    // not loaded yet in this file's module instance: no answer rather than a wrong one
    expect(dictionaryFor('en')).toBeUndefined();
    await loadDictionaries();
    expect(dictionaryFor('nl')).toBeUndefined();
  });

  it.each([
    ['en', ['colour', 'color', 'criticised', 'criticized', 'government'], ['goverment', 'coinceded']],
    ['fr', ['gouvernement', 'maréchal', 'déclarent'], ['gouvernemnt', 'quessta']],
    ['de', ['Regierung', 'Österreich', 'Präsidentschaftsrat'], ['Regirung']],
    ['es', ['publicación', 'Ejército'], ['publicacion']],
    ['it', ['giovedì', 'questa'], ['giovedi', 'quessta']],
  ])('%s: knows its words and not the misspellings', async (lang, words, wrong) => {
    await loadDictionaries();
    const d = dictionaryFor(lang)!;
    for (const w of words) expect(d.isWord(w), w).toBe(true);
    for (const w of wrong) expect(d.isWord(w), w).toBe(false);
  });

  it('suggests the near word', async () => {
    await loadDictionaries();
    expect(dictionaryFor('it')!.suggest('giovedi')).toContain('giovedì');
    expect(dictionaryFor('en')!.suggest('coinceded')).toContain('coincided');
  });
});
