import { describe, expect, it } from 'vitest';
import { createProgress } from '../../src/cli/progress.js';
import { MAX_ROWS, ReplacementTally, shown } from '../../src/cli/replacements.js';

describe('progress bar', () => {
  it('draws at most ten times a second, always the last tick, and erases itself', () => {
    let out = '';
    let now = 0;
    const p = createProgress(4, { enabled: true, label: 'fix', write: (s) => (out += s), now: () => now });
    p.tick(); // drawn (first)
    now = 50;
    p.tick(); // too soon: not drawn
    now = 160;
    p.tick(); // drawn
    now = 170;
    p.tick(); // last: drawn
    p.done();
    expect(out.split('\r').filter(Boolean)).toEqual([
      'fix [########----------------------] 1/4 files 25%',
      'fix [#######################-------] 3/4 files 75%',
      'fix [##############################] 4/4 files 100%',
      '\x1b[K',
    ]);
  });

  it('writes a note on a line of its own and draws the bar again', () => {
    let out = '';
    const p = createProgress(2, { enabled: true, label: 'fix', write: (s) => (out += s), now: () => 0 });
    p.tick();
    p.note('translint: bad.txt: refused\n');
    expect(out).toBe('\rfix [###############---------------] 1/2 files 50%\r\x1b[Ktranslint: bad.txt: refused\n\rfix [###############---------------] 1/2 files 50%');
  });

  it('draws nothing when disabled, but still passes notes through', () => {
    let out = '';
    const p = createProgress(10, { enabled: false, label: 'fix', write: (s) => (out += s) });
    p.tick();
    p.note('a note\n');
    p.done();
    expect(out).toBe('a note\n');
  });
});

describe('table of replacements', () => {
  const change = (file: string, before: string, after: string, entity?: string) => ({ file, line: 1, column: 1, rule: 'entity-variant', before, after, ...(entity ? { entity } : {}) });

  it('counts replacements and the files they were made in, most frequent first', () => {
    const t = new ReplacementTally();
    t.add([change('a', 'Hifter', 'Haftar', 'haftar'), change('a', 'Hifter', 'Haftar', 'haftar'), change('a', 'Siraj', 'Sarraj', 'sarraj')]);
    t.add([change('b', 'Hifter', 'Haftar', 'haftar'), change('b', 'x  y', 'x y')]);
    t.add([]);
    const out = t.table({ color: false, dryRun: false });
    expect(out).toMatch(/^5 replacements made in 2 files:\n/);
    const rows = out.split('\n').filter((l) => l.startsWith('│') && !l.includes('Entity')).map((l) => l.split('│').slice(1, -1).map((c) => c.trim()));
    expect(rows).toEqual([
      ['haftar', 'Hifter', 'Haftar', '3', '2'],
      ['(entity-variant)', 'x  y', 'x y', '1', '1'],
      ['sarraj', 'Siraj', 'Sarraj', '1', '1'],
    ]);
    expect(new ReplacementTally().table({ color: false, dryRun: false })).toBe('');
  });

  it(`shows at most ${MAX_ROWS} rows and says how many more there are`, () => {
    const t = new ReplacementTally();
    t.add(Array.from({ length: MAX_ROWS + 7 }, (_, i) => change('a', `V${i}`, `H${i}`, `e${i}`)));
    const out = t.table({ color: false, dryRun: true });
    expect(out).toMatch(/^57 replacements would be made in 1 file:\n/);
    expect(out.split('\n').filter((l) => /^│ e\d+/.test(l))).toHaveLength(MAX_ROWS);
    expect(out).toMatch(/\.\.\. and 7 more rows \(every change is in --report-file\)\n$/);
  });
});

describe('forms in the table', () => {
  it.each([
    ['Hifter', 'Hifter'],
    ['Avraik\r\nKalin', 'Avraik⏎Kalin'],
    ['', '""'],
    [' ..', '" .."'],
    ['a\u200bb', 'a\\u200bb'],
    ['x\u00a0y', 'x\\u00a0y'],
  ])('%j is shown as %s', (form, expected) => {
    expect(shown(form)).toBe(expected);
  });
});
