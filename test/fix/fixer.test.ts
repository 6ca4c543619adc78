import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes, keepLineBreaks, offsetBefore, selectFixes } from '../../src/engine/fixer.js';
import type { Diagnostic } from '../../src/types.js';

const fix = (start: number, end: number, text: string) => ({ range: [start, end] as [number, number], text });

describe('applyFixes', () => {
  it('applies fixes in text order whatever order they come in', () => {
    const text = 'Hifter met Siraj.';
    const out = applyFixes(text, [fix(11, 16, 'Sarraj'), fix(0, 6, 'Haftar')]);
    expect(out.output).toBe('Haftar met Sarraj.');
    expect(out.applied.map((a) => [a.before, a.text, a.range])).toEqual([
      ['Hifter', 'Haftar', [0, 6]],
      ['Siraj', 'Sarraj', [11, 16]],
    ]);
    expect(out.skipped).toBe(0);
  });

  it('leaves overlapping and touching fixes for the next pass (ESLint)', () => {
    const text = 'abcdef';
    const out = applyFixes(text, [fix(0, 3, 'X'), fix(2, 4, 'Y'), fix(3, 5, 'Z'), fix(5, 6, 'W')]);
    // [2,4) overlaps [0,3); [3,5) touches [0,3); [5,6) is apart
    expect(out.output).toBe('XdeW');
    expect(out.skipped).toBe(2);
  });

  it('skips fixes out of range or reversed, and no-op fixes', () => {
    const out = applyFixes('abc', [fix(-1, 1, 'x'), fix(2, 1, 'x'), fix(1, 9, 'x'), fix(0, 1, 'a')]);
    expect(out).toEqual({ output: 'abc', applied: [], skipped: 3 });
  });

  it('never splits a CRLF pair', () => {
    const out = applyFixes('a\r\nb', [fix(2, 3, 'x'), fix(0, 2, 'y')]);
    expect(out.output).toBe('a\r\nb');
    expect(out.skipped).toBe(2);
  });

  it('keeps the line break of a name wrapped over two lines, in the style of the text', () => {
    expect(applyFixes('said Avraik\nKalin.', [fix(5, 17, 'Ibrahim Kalin')]).output).toBe('said Ibrahim\nKalin.');
    expect(applyFixes('said Avraik\r\nKalin.', [fix(5, 18, 'Ibrahim Kalin')]).output).toBe('said Ibrahim\r\nKalin.');
    // more words in the replacement: the break goes to the space nearest its place
    expect(applyFixes('Muhammad al-Tahir\nSiala', [fix(0, 23, 'Mohamed Taher Siala')]).output).toBe('Mohamed Taher\nSiala');
    // no space to put it in: the break follows the replacement
    expect(applyFixes('x Avraik\nKalin y', [fix(2, 14, 'Kalin')]).output).toBe('x Kalin\n y');
  });

  it('a fix adds no line break of its own and removes none', () => {
    expect(applyFixes('a\r\nb c', [fix(5, 6, 'x\ny')]).output).toBe('a\r\nb x y');
    expect(applyFixes('a\r\nb c d', [fix(3, 6, 'x\r\ny\nz')]).output).toBe('a\r\nx y z d');
    expect(applyFixes('a b\nc d', [fix(2, 5, 'x\ny\nz')]).output).toBe('a x\ny z d');
  });

  it('keepLineBreaks is the identity without line breaks', () => {
    expect(keepLineBreaks('Hifter', 'Haftar')).toBe('Haftar');
    expect(keepLineBreaks('a\r\nb', 'c\nd')).toBe('c\r\nd');
  });
});

describe('offsetBefore maps an offset of the fixed text back to the text before', () => {
  it('shifts offsets after a replacement and maps offsets inside it to its start', () => {
    const { applied } = applyFixes('ab Hifter cd Siraj ef', [fix(3, 9, 'Haftar!!'), fix(13, 18, 'S')]);
    // fixed: 'ab Haftar!! cd S ef'
    expect(offsetBefore(applied, 0)).toBe(0);
    expect(offsetBefore(applied, 5)).toBe(3);
    expect(offsetBefore(applied, 12)).toBe(10);
    expect(offsetBefore(applied, 15)).toBe(13);
    expect(offsetBefore(applied, 17)).toBe(19);
  });
});

describe('selectFixes', () => {
  const d = (ruleId: string, fixSafety: 'safe' | 'unsafe' | undefined, withFix = true): Diagnostic => ({
    ruleId,
    severity: 2,
    message: '',
    messageId: 'x',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 2,
    range: [0, 1],
    ...(withFix ? { fix: fix(0, 1, ruleId), fixSafety } : {}),
    suggestions: [{ desc: 'never applied', fix: fix(0, 1, 'suggested') }],
  });
  const msgs = [d('a', 'safe'), d('b', 'unsafe'), d('c', undefined, false)];

  it('takes safe fixes, unsafe ones only when allowed, suggestions never', () => {
    expect(selectFixes(msgs, false).map((f) => f.text)).toEqual(['a']);
    expect(selectFixes(msgs, true).map((f) => f.text)).toEqual(['a', 'b']);
    expect(selectFixes(msgs, true, (id) => id === 'b').map((f) => f.text)).toEqual(['b']);
  });
});

describe('applyFixes properties', () => {
  const textArb = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '\r\n', 'é', 'e\u0301', '😀', '-'), maxLength: 40 });
  const caseArb = textArb.chain((text) =>
    fc.record({
      text: fc.constant(text),
      fixes: fc.array(
        fc.tuple(fc.nat(text.length), fc.nat(text.length), fc.string({ unit: fc.constantFrom('X', 'Y', ' ', 'Z', '\n', '\r\n'), maxLength: 4 })).map(([a, b, t]) => fix(Math.min(a, b), Math.max(a, b), t)),
        { maxLength: 8 },
      ),
    }),
  );

  it('never applies overlapping or touching edits, and keeps the text outside the fixed ranges', () => {
    fc.assert(
      fc.property(caseArb, ({ text, fixes }) => {
        const { output, applied } = applyFixes(text, fixes);
        let rebuilt = '';
        let cursor = 0;
        let lastEnd = -1;
        for (const a of applied) {
          expect(a.range[0]).toBeGreaterThan(lastEnd);
          lastEnd = a.range[1];
          expect(a.before).toBe(text.slice(a.range[0], a.range[1]));
          rebuilt += text.slice(cursor, a.range[0]) + a.text;
          cursor = a.range[1];
        }
        rebuilt += text.slice(cursor);
        expect(output).toBe(rebuilt);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the number and kind of line breaks', () => {
    fc.assert(
      fc.property(caseArb, ({ text, fixes }) => {
        const breaks = (s: string) => s.match(/\r\n|\r|\n/g) ?? [];
        const { output } = applyFixes(text, fixes);
        expect(breaks(output)).toEqual(breaks(text));
      }),
      { numRuns: 500 },
    );
  });
});
