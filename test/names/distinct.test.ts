import { describe, expect, it } from 'vitest';
import { builtinDistinct, clusterNames, DistinctIndex, normalizeName, parseDistinct, sameName } from '../../src/names/index.js';

describe('built-in distinct list (rules/names/distinct.yaml)', () => {
  it('holds the documented pairs, normalised', () => {
    const sets = builtinDistinct().entries().map((s) => [...s].sort().join('|'));
    expect(sets).toContain(['salah', 'saleh'].join('|'));
    expect(sets).toContain(['hasan', 'husein'].join('|'));
    expect(sets).toContain(['siala', 'sirte'].join('|'));
    expect(sets).toContain(['kalin', 'karim'].join('|'));
  });

  it.each([
    ['Salah', 'Saleh'],
    ['Hamid', 'Hamad'],
    ['Omar', 'Ammar'],
    ['Jamal', 'Jamil'],
    ['Samir', 'Samer'],
  ])('keeps %s and %s apart only because of the list', (a, b) => {
    expect(sameName(a, b, { builtinDistinct: false })).toBe(true);
    expect(sameName(a, b)).toBe(false);
  });

  it('keeps Hassan and Hussein apart even with a wider budget', () => {
    expect(sameName('Hassan', 'Hussein', { builtinDistinct: false, tolerance: 1.5 })).toBe(true);
    expect(sameName('Hassan', 'Hussein', { tolerance: 1.5 })).toBe(false);
  });

  it('extends to variants by nearest member', () => {
    // Salih is nearest to Saleh, Slah and Salaah to Salah
    expect(sameName('Salih', 'Saleh')).toBe(true);
    expect(sameName('Salih', 'Salah')).toBe(false);
    expect(sameName('Salaah', 'Saleh')).toBe(false);
    expect(sameName('Umar', 'Ammar')).toBe(false);
    expect(sameName('Umar', 'Omar')).toBe(true);
    expect(sameName('Husain', 'Hasan')).toBe(false);
  });

  it('does not block unrelated names', () => {
    expect(sameName('Tarek', 'Tariq')).toBe(true);
    expect(sameName('Haftar', 'Hifter')).toBe(true);
  });
});

describe('user-supplied distinct pairs', () => {
  it('keeps a user pair apart in sameName', () => {
    expect(sameName('Tarek', 'Tariq')).toBe(true);
    expect(sameName('Tarek', 'Tariq', { distinct: [['Tarek', 'Tariq']] })).toBe(false);
    // other names unaffected
    expect(sameName('Tahir', 'Taher', { distinct: [['Tarek', 'Tariq']] })).toBe(true);
  });

  it('keeps a user pair apart in clusterNames, variants going to the nearer name', () => {
    const items = [
      { text: 'Tarek', count: 10 },
      { text: 'Tariq', count: 9 },
      { text: 'Tareq', count: 2 },
      { text: 'Tarik', count: 2 },
    ];
    expect(clusterNames(items)).toHaveLength(1);
    const cl = clusterNames(items, { distinct: [['Tarek', 'Tariq']] });
    const of = (t: string) => cl.findIndex((c) => c.members.some((m) => m.text === t));
    expect(of('Tarek')).not.toBe(of('Tariq'));
    // Tareq is nearer Tariq (e/i) than Tarek (q/k); Tarik nearer Tarek
    expect(of('Tareq')).toBe(of('Tariq'));
    expect(of('Tarik')).toBe(of('Tarek'));
  });

  it('accepts sets of pairwise distinct names', () => {
    const d = [['Hamid', 'Hamed', 'Hamad']];
    expect(sameName('Hamid', 'Hamed', { distinct: d })).toBe(false);
    expect(sameName('Hamed', 'Hamad', { distinct: d })).toBe(false);
  });

  it('ignores a set whose members normalise alike', () => {
    const idx = new DistinctIndex();
    idx.add(['Sarraj', 'Saraj']);
    expect(idx.size).toBe(0);
    idx.add(['Sarraj', 'Siala']);
    expect(idx.size).toBe(1);
    expect(idx.blocked(normalizeName('Serraj'), normalizeName('Siala'))).toBe(true);
  });
});

describe('parseDistinct', () => {
  it('reads a list of lists, or an object with `distinct:`', () => {
    expect(parseDistinct('- [A, B]\n- [C, D, E]\n')).toEqual([['A', 'B'], ['C', 'D', 'E']]);
    expect(parseDistinct('distinct:\n  - [A, B]\n')).toEqual([['A', 'B']]);
  });

  it('rejects entries with fewer than two names', () => {
    expect(() => parseDistinct('- [A]\n')).toThrow(/at least two/);
  });
});
