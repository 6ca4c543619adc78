import { describe, expect, it } from 'vitest';
import { DocumentModel } from '../src/document/document.js';
import { entityFormsText } from '../src/rules/entity-forms.js';
import { loadPackText, PackSet } from '../src/packs/load-pack.js';
import { NEWS_PACK } from './fixtures-packs.js';

const EMPTY = new PackSet([]);

describe('DocumentModel.memo: work shared by rules, once per document', () => {
  it('runs the function once per key and returns the kept value after', () => {
    const doc = new DocumentModel('Some text.', 'en', EMPTY);
    let calls = 0;
    const a = doc.memo('test:a', () => ({ n: ++calls }));
    const b = doc.memo('test:a', () => ({ n: ++calls }));
    expect(b).toBe(a);
    expect(calls).toBe(1);
    expect(doc.memo('test:b', () => ++calls)).toBe(2);
  });

  it('keeps undefined and other falsy values instead of recomputing them', () => {
    const doc = new DocumentModel('Some text.', 'en', EMPTY);
    let calls = 0;
    for (let i = 0; i < 3; i++) doc.memo('test:none', () => void calls++);
    for (let i = 0; i < 3; i++) doc.memo('test:zero', () => (calls++, 0));
    expect(calls).toBe(2);
  });

  it('is per document: another document with the same text computes again', () => {
    const one = new DocumentModel('Same.', 'en', EMPTY);
    const two = new DocumentModel('Same.', 'en', EMPTY);
    expect(one.memo('test:k', () => 'one')).toBe('one');
    expect(two.memo('test:k', () => 'two')).toBe('two');
  });

  it('entity forms are counted per document (a second document is not given the first one\'s counts)', () => {
    const packs = new PackSet([loadPackText(NEWS_PACK, 'news.yaml')]);
    const first = new DocumentModel('Hifter spoke. Haftar left. Haftar returned.', 'en', packs);
    const second = new DocumentModel('Hifter spoke.', 'en', packs);
    const id = first.mentions[0]?.entity.id;
    expect(id).toBeDefined();
    expect(entityFormsText(first, id!)).toBe('Haftar ×2, Hifter ×1');
    expect(entityFormsText(second, id!)).toBe('Hifter ×1');
    expect(entityFormsText(second, 'no-such-entity')).toBe('');
  });
});
