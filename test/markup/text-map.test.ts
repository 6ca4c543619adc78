import { describe, expect, it } from 'vitest';
import { prepareMarkup } from '../../src/markup/index.js';
import { PLACEHOLDER, TextMapBuilder } from '../../src/markup/text-map.js';

describe('TextMap offsets', () => {
  // source: 'ab<x>cd&amp;e'  ->  linted: 'abcd&e'
  const src = 'ab<x>cd&amp;e';
  const b = new TextMapBuilder('html', src);
  b.copy(2);
  b.replace(5, '', 'syntax');
  b.copy(7);
  b.replace(12, '&', 'text');
  const map = b.build();

  it('builds the linted text and knows it is not 1:1', () => {
    expect(map.text).toBe('abcd&e');
    expect(map.identity).toBe(false);
    expect(map.syntax).toEqual([{ start: 2, end: 5 }]);
  });

  it.each([
    // linted offset, source offset as a start, as an end
    [0, 0, 0],
    [1, 1, 1],
    [2, 5, 2], // after 'ab': a start skips the deleted tag, an end stays before it
    [3, 6, 6],
    [4, 7, 7],
    [5, 12, 12], // after the decoded entity: its whole source span
    [6, 13, 13],
  ])('linted %i -> start %i, end %i', (offset, start, end) => {
    expect(map.toSource(offset, 'start')).toBe(start);
    expect(map.toSource(offset, 'end')).toBe(end);
  });

  it('masks are 1:1 and keep line breaks', () => {
    const m = prepareMarkup('Intro `co\nde` end\n', 'markdown');
    expect(m.identity).toBe(true);
    expect(m.text).toBe(`Intro ${PLACEHOLDER}  \n    end\n`);
    expect(m.text.length).toBe('Intro `co\nde` end\n'.length);
  });

  it('plain text masks directive lines only', () => {
    const m = prepareMarkup('One.\n  translint-disable-next-line a -- b\nTwo <!-- translint-disable-line --> x\n<!-- other -->\n', 'text');
    const blank = (s: string) => ' '.repeat(s.length);
    expect(m.text).toBe(`One.\n  ${blank('translint-disable-next-line a -- b')}\nTwo ${blank('<!-- translint-disable-line -->')} x\n<!-- other -->\n`);
    expect(m.comments.map((c) => c.body.trim())).toEqual(['translint-disable-next-line a -- b', 'translint-disable-line']);
  });
});
