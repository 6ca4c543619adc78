import { describe, expect, it } from 'vitest';
import { clusterNames, type NameCluster } from '../../src/names/index.js';

const fixture = [
  { text: 'Haftar', count: 31 },
  { text: 'Hifter', count: 3 },
  { text: 'Hafter', count: 1 },
  { text: 'Sarraj', count: 12 },
  { text: 'al-Sarraj', count: 4 },
  { text: 'Serraj', count: 2 },
  { text: 'Siraj', count: 1 },
  { text: 'Siala', count: 3 },
  { text: 'Sirte', count: 23 },
  { text: 'Syrte', count: 1 },
  { text: 'Kalin', count: 5 },
  { text: 'Karim', count: 2 },
  { text: 'Gaddafi', count: 2 },
  { text: 'Qaddafi', count: 1 },
  { text: 'Kadhafi', count: 1 },
  { text: 'Gadhafi', count: 1 },
  { text: 'Namroush', count: 4 },
  { text: 'Nimroush', count: 2 },
  { text: 'Nemroush', count: 1 },
  { text: 'Nimrush', count: 1 },
  { text: 'Jafra', count: 3 },
  { text: 'Al-Jufra', count: 2 },
  { text: 'Jufrah', count: 2 },
  { text: 'Salah', count: 3 },
  { text: 'Saleh', count: 1 },
  { text: 'Khalifa', count: 8 },
  { text: 'Khaled', count: 4 },
  { text: 'Hafez', count: 1 },
  { text: 'Hassan', count: 2 },
  { text: 'Hussein', count: 2 },
];

function clusterOf(cl: NameCluster[], text: string): NameCluster {
  const c = cl.find((x) => x.members.some((m) => m.text === text));
  if (!c) throw new Error(`${text} not clustered`);
  return c;
}

describe('clusterNames', () => {
  const cl = clusterNames(fixture);

  it('places every item in exactly one cluster', () => {
    const texts = cl.flatMap((c) => c.members.map((m) => m.text)).sort();
    expect(texts).toEqual(fixture.map((f) => f.text).sort());
  });

  it.each([
    [['Haftar', 'Hifter', 'Hafter']],
    [['Sarraj', 'al-Sarraj', 'Serraj', 'Siraj']],
    [['Gaddafi', 'Qaddafi', 'Kadhafi', 'Gadhafi']],
    [['Namroush', 'Nimroush', 'Nemroush', 'Nimrush']],
    [['Jafra', 'Al-Jufra', 'Jufrah']],
  ])('groups %j', (names) => {
    const c = clusterOf(cl, names[0]);
    expect(c.members.map((m) => m.text).sort()).toEqual([...names].sort());
  });

  it.each([
    ['Siala', 'Sirte'],
    ['Kalin', 'Karim'],
    ['Salah', 'Saleh'],
    ['Hassan', 'Hussein'],
    ['Hafez', 'Haftar'],
    ['Khaled', 'Khalifa'],
  ])('keeps %s apart from %s', (a, b) => {
    expect(clusterOf(cl, a)).not.toBe(clusterOf(cl, b));
  });

  it('picks the most frequent spelling as canonical and sums counts', () => {
    const c = clusterOf(cl, 'Hifter');
    expect(c.canonical).toBe('Haftar');
    expect(c.count).toBe(35);
    expect(c.members[0]).toEqual({ text: 'Haftar', count: 31 });
    expect(c.tie).toBeUndefined();
  });

  it('orders clusters by total count', () => {
    for (let i = 1; i < cl.length; i++) expect(cl[i - 1].count).toBeGreaterThanOrEqual(cl[i].count);
    expect(cl[0].canonical).toBe('Haftar');
  });

  it('reports a tie and picks the most central spelling', () => {
    const t = clusterNames([
      { text: 'Qaddafi', count: 2 },
      { text: 'Gaddafi', count: 2 },
      { text: 'Gadhafi', count: 1 },
      { text: 'Gadafi', count: 1 },
    ]);
    expect(t).toHaveLength(1);
    expect(t[0].tie).toBe(true);
    // Gaddafi is nearer than Qaddafi to Gadhafi and Gadafi
    expect(t[0].canonical).toBe('Gaddafi');
  });

  it('adds up repeated texts', () => {
    const t = clusterNames([
      { text: 'Tahir', count: 2 },
      { text: 'Tahir', count: 3 },
      { text: 'Taher', count: 4 },
    ]);
    expect(t).toHaveLength(1);
    expect(t[0].canonical).toBe('Tahir');
    expect(t[0].members).toEqual([
      { text: 'Tahir', count: 5 },
      { text: 'Taher', count: 4 },
    ]);
  });

  it('keeps names that normalise to nothing as their own clusters', () => {
    const t = clusterNames([
      { text: "'", count: 1 },
      { text: 'Tahir', count: 1 },
    ]);
    expect(t).toHaveLength(2);
  });

  it('clusters multi-word names word by word', () => {
    const t = clusterNames([
      { text: 'Khalifa Haftar', count: 5 },
      { text: 'Khalifa Hifter', count: 1 },
      { text: 'Khaled Haftar', count: 1 },
      { text: 'Abdel Fattah el-Sisi', count: 3 },
      { text: 'Abd al-Fattah al-Sisi', count: 1 },
    ]);
    expect(clusterOf(t, 'Khalifa Hifter')).toBe(clusterOf(t, 'Khalifa Haftar'));
    expect(clusterOf(t, 'Khaled Haftar')).not.toBe(clusterOf(t, 'Khalifa Haftar'));
    expect(clusterOf(t, 'Abd al-Fattah al-Sisi').canonical).toBe('Abdel Fattah el-Sisi');
  });

  it('does not let a rare in-between spelling chain two names (average linkage)', () => {
    // Abed matches both Abd and Abid, which do not match each other
    const items = [
      { text: 'Abd', count: 20 },
      { text: 'Abed', count: 2 },
      { text: 'Abid', count: 10 },
    ];
    const avg = clusterNames(items);
    expect(clusterOf(avg, 'Abd')).not.toBe(clusterOf(avg, 'Abid'));
    const single = clusterNames(items, { linkage: 'single' });
    expect(clusterOf(single, 'Abd')).toBe(clusterOf(single, 'Abid'));
    const complete = clusterNames(items, { linkage: 'complete' });
    expect(clusterOf(complete, 'Abd')).not.toBe(clusterOf(complete, 'Abid'));
  });

  it('never puts a known-distinct pair together, whatever the linkage', () => {
    const items = [
      { text: 'Salah', count: 5 },
      { text: 'Slah', count: 1 },
      { text: 'Saleh', count: 5 },
      { text: 'Salih', count: 1 },
    ];
    for (const linkage of ['average', 'single', 'complete'] as const) {
      const t = clusterNames(items, { linkage });
      expect(clusterOf(t, 'Salah')).not.toBe(clusterOf(t, 'Saleh'));
      expect(clusterOf(t, 'Salih')).toBe(clusterOf(t, 'Saleh'));
    }
  });

  it('gives the same clusters when oversized buckets use sorted neighbourhood', () => {
    const a = clusterNames(fixture).map((c) => c.members.map((m) => m.text).sort().join(',')).sort();
    const b = clusterNames(fixture, { maxBucket: 2 }).map((c) => c.members.map((m) => m.text).sort().join(',')).sort();
    expect(b).toEqual(a);
  });

  it('puts each of 20,000 spellings in exactly one cluster (speed: bench/name-consistency-bench.mjs)', () => {
    const cons = ['b', 't', 'j', 'h', 'kh', 'd', 'r', 'z', 's', 'sh', 'f', 'q', 'k', 'l', 'm', 'n', 'w'];
    const vows = ['a', 'i', 'u', 'e', 'ou'];
    let seed = 7;
    const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
    const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
    const set = new Set<string>();
    while (set.size < 20000) {
      let s = '';
      const k = 3 + Math.floor(rnd() * 3);
      for (let i = 0; i < k; i++) s += pick(cons) + pick(vows);
      set.add(s);
    }
    const out = clusterNames([...set].map((text) => ({ text, count: 1 })));
    const members = out.flatMap((c) => c.members.map((m) => m.text));
    expect(members).toHaveLength(20000);
    expect(new Set(members)).toEqual(set);
  }, 180000);
});
