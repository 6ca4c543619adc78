import { mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TranslintError } from '../../src/errors.js';
import { loadPackFile, loadPacks } from '../../src/packs/load-pack.js';
import { CACHE_LIMITS, cacheKey, pruneCache, writeCached } from '../../src/io/pack-cache.js';
import { MIN_TERMS } from '../../src/packs/index-cache.js';
import type { EntityIndex } from '../../src/packs/entities.js';
import { findMentions } from '../../src/packs/mentions.js';

const PACK = (variant: string, id = 'a', canonical = 'Haftar') =>
  `pack: cached\nentities:\n  - id: ${id}\n    type: person\n    canonical: { en: ${canonical} }\n    variants: [${variant}]\n`;

let dir: string;
let cache: string;
let saved: { dir?: string; debug?: string; off?: string };
let debugLines: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'translint-cache-test-'));
  cache = join(dir, 'cache');
  saved = { dir: process.env.TRANSLINT_CACHE_DIR, debug: process.env.TRANSLINT_DEBUG, off: process.env.TRANSLINT_CACHE };
  process.env.TRANSLINT_CACHE_DIR = cache;
  process.env.TRANSLINT_DEBUG = 'cache';
  delete process.env.TRANSLINT_CACHE;
  debugLines = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => {
    debugLines.push(String(s));
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  for (const [k, v] of [['TRANSLINT_CACHE_DIR', saved.dir], ['TRANSLINT_DEBUG', saved.debug], ['TRANSLINT_CACHE', saved.off]] as const) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

function write(name: string, text: string): string {
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

const hits = () => debugLines.filter((l) => l.includes('cache: hit')).length;
const entries = () => readdirSync(cache).filter((f) => f.endsWith('.json'));

describe('pack cache', () => {
  it('stores a checked pack and reads it back on the next load (same data)', () => {
    const file = write('p.yaml', PACK('Hifter'));
    const first = loadPackFile(file);
    expect(hits()).toBe(0);
    expect(entries()).toHaveLength(1);
    const second = loadPackFile(file);
    expect(hits()).toBe(1);
    expect(second.data).toEqual(first.data);
    expect(second.name).toBe('cached');
    expect(second.source.file).toBe(file);
  });

  it('a changed pack file is a miss: the new content is used, not the cached one', () => {
    const file = write('p.yaml', PACK('Hifter'));
    loadPackFile(file);
    writeFileSync(file, PACK('Hiftar')); // same size, same second: only the bytes differ
    const again = loadPackFile(file);
    expect(hits()).toBe(0);
    expect(JSON.stringify(again.data)).toContain('Hiftar');
    expect(JSON.stringify(again.data)).not.toContain('Hifter');
    expect(entries()).toHaveLength(2);
  });

  it('a corrupt cache entry is ignored, then rewritten', () => {
    const file = write('p.yaml', PACK('Hifter'));
    loadPackFile(file);
    const [entry] = entries();
    writeFileSync(join(cache, entry), '{"format": 1, "key": "tru');
    const again = loadPackFile(file);
    expect(hits()).toBe(0);
    expect(debugLines.some((l) => l.includes('ignored a corrupt entry'))).toBe(true);
    expect(JSON.stringify(again.data)).toContain('Hifter');
    // rewritten whole: a header line, then a payload whose hash the header holds
    const [header, payload] = readFileSync(join(cache, entry), 'utf8').split('\n');
    expect(JSON.parse(header)).toMatchObject({ key: entry.replace('.json', '') });
    expect(() => JSON.parse(payload)).not.toThrow();
    loadPackFile(file);
    expect(hits()).toBe(1);
  });

  it('an entry with another key inside (a stray file under this name) is a miss', () => {
    const file = write('p.yaml', PACK('Hifter'));
    loadPackFile(file);
    const [entry] = entries();
    writeFileSync(join(cache, entry), JSON.stringify({ format: 2, key: 'other', data: { pack: 'evil', entities: [] } }));
    expect(loadPackFile(file).name).toBe('cached');
    expect(hits()).toBe(0);
  });

  it('errors found in cached packs still name file:line:col', () => {
    const a = write('a.yaml', PACK('Hifter'));
    const b = write('b.yaml', PACK('Hifter', 'b', 'Haftarov'));
    // each pack alone is valid: both are cached
    loadPacks([a], '/');
    loadPacks([b], '/');
    debugLines = [];
    let error: unknown;
    try {
      loadPacks([a, b], '/');
    } catch (err) {
      error = err;
    }
    expect(hits()).toBe(2);
    expect(error).toBeInstanceOf(TranslintError);
    expect((error as Error).message).toMatch(/b\.yaml:6:16: 'Hifter' is claimed by entity 'b' and by entity 'a' \(.*a\.yaml:6\)/);
  });

  it('an invalid pack is never cached, and its error is the same every time', () => {
    const file = write('bad.yaml', 'pack: x\nentities:\n  - id: a\n    type: persn\n    canonical: { en: X }\n');
    const messages = [0, 1].map(() => {
      try {
        loadPackFile(file);
      } catch (err) {
        return (err as Error).message;
      }
      return 'no error';
    });
    expect(messages[0]).toMatch(/bad\.yaml:4:11: entities\[0\]\.type must be one of/);
    expect(messages[1]).toBe(messages[0]);
    expect(entries()).toHaveLength(0);
  });

  it('a cache that cannot be written is not fatal (directory under a file; entry path taken by a directory)', () => {
    const file = write('p.yaml', PACK('Hifter'));
    process.env.TRANSLINT_CACHE_DIR = join(write('plain-file', 'x'), 'cache');
    expect(JSON.stringify(loadPackFile(file).data)).toContain('Hifter');
    expect(debugLines.some((l) => l.includes('cannot use'))).toBe(true);

    process.env.TRANSLINT_CACHE_DIR = cache;
    mkdirSync(join(cache, `${cacheKey('pack', readFileSync(file))}.json`), { recursive: true });
    expect(JSON.stringify(loadPackFile(file).data)).toContain('Hifter');
    expect(debugLines.some((l) => l.includes('cannot write'))).toBe(true);
    expect(readdirSync(cache).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('TRANSLINT_CACHE=0 turns the cache off', () => {
    process.env.TRANSLINT_CACHE = '0';
    const file = write('p.yaml', PACK('Hifter'));
    loadPackFile(file);
    loadPackFile(file);
    expect(hits()).toBe(0);
    expect(() => readdirSync(cache)).toThrow();
  });
});

describe('compiled entity index cache (index-cache.ts)', () => {
  /** A pack of `n` generated people plus hand-written entities that exercise every kind of term. */
  function bigPack(n: number): string {
    const lines = ['pack: big', 'entities:'];
    lines.push(
      '  - id: haftar',
      '    type: person',
      '    canonical: { en: Khalifa Haftar, fr: Khalifa Haftar }',
      '    variants: { Haftar: [Hifter, Haftarr] }',
      '  - id: jufra',
      '    type: place',
      '    canonical: { en: Al-Jufra }',
      '    variants: [Jafra, Jufrah]',
      '  - id: gna',
      '    type: organisation',
      '    canonical: { en: Government of National Accord }',
      '    aliases:',
      '      - { text: GNA, status: allowed }',
      '      - { text: reconciliation government, status: calque, use: Government of National Accord }',
      '  - id: sarraj',
      '    type: person',
      '    canonical: { en: Fayez al-Sarrāj }',
    );
    for (let i = 0; i < n; i++) {
      lines.push(`  - id: g${i}`, '    type: person', `    canonical: { en: Qadir Zumal${i}x }`, `    variants: [Zoumal${i}x, Zumaal${i}x]`);
    }
    return lines.join('\n') + '\n';
  }
  const TEXT =
    'Khalifa Haftar met Hifter and HAFTARR in Aljufra, al Jufrah and Jafra. The GNA and the gna, the reconciliation government, ' +
    'Fayez al-Sarraj and Sarrāj, Qadir Zumal7x, Zoumal42x, Elzumaal99x and zumal0x.';
  const mentionsOf = (set: { entities: EntityIndex }) =>
    findMentions(TEXT, set.entities, 'en').map((m) => [m.start, m.end, m.kind, m.entity.id, m.term.text, m.term.keys.join(' '), m.house, m.term.part, m.term.status ?? null, m.term.matchCase ?? null]);
  const indexEntries = () => entries().filter((f) => readFileSync(join(cache, f), 'utf8').includes('"terms"'));

  it('stores a large index once and rebuilds the same matcher from it', () => {
    const file = write('big.yaml', bigPack(800));
    const built = loadPacks([file], '/');
    expect(built.entities.matcher.termCount).toBeGreaterThanOrEqual(MIN_TERMS);
    expect(indexEntries()).toHaveLength(1);
    debugLines = [];
    const cached = loadPacks([file], '/');
    expect(hits()).toBe(2); // the pack's data and its compiled index
    expect(cached.entities.matcher.termCount).toBe(built.entities.matcher.termCount);
    expect([...cached.entities.entities.keys()]).toEqual([...built.entities.entities.keys()]);
    const expected = mentionsOf(built);
    expect(expected.length).toBeGreaterThan(12);
    expect(mentionsOf(cached)).toEqual(expected);
    // the pack's entities were stored as text and not parsed: the compiled index had all it needed
    const desc = Object.getOwnPropertyDescriptor(cached.packs[0].data, 'entities');
    expect(typeof desc?.get).toBe('function');
    expect((cached.packs[0].data.entities as unknown[]).length).toBe(804); // parsed when read
    expect(Object.getOwnPropertyDescriptor(cached.packs[0].data, 'entities')?.get).toBeUndefined();
  });

  it('keys the index by every pack in the set, in order: another set is built, not read', () => {
    const big = write('big.yaml', bigPack(800));
    const extra = write('extra.yaml', PACK('Zoumalov', 'other', 'Zumalov'));
    loadPacks([big], '/');
    debugLines = [];
    const both = loadPacks([big, extra], '/');
    expect(hits()).toBe(1); // big.yaml's data only
    expect(findMentions('Zoumalov and Zoumal5x', both.entities, 'en').map((m) => m.entity.id)).toEqual(['other', 'g5']);
    expect(indexEntries()).toHaveLength(2);
  });

  it('caches no small index, and no index of a pack set with a conflict', () => {
    loadPacks([write('small.yaml', PACK('Hifter'))], '/');
    expect(indexEntries()).toHaveLength(0);
    const big = write('big.yaml', bigPack(800));
    const clash = write('clash.yaml', PACK('Zumaal3x', 'clash', 'Zumaal'));
    for (let i = 0; i < 2; i++) expect(() => loadPacks([big, clash], '/')).toThrow(/clash\.yaml:6:16: 'Zumaal3x' is claimed by entity 'clash' and by entity 'g3'/);
    expect(indexEntries()).toHaveLength(0);
  });

  it('an index entry of another shape is ignored and rebuilt', () => {
    const file = write('big.yaml', bigPack(800));
    const expected = mentionsOf(loadPacks([file], '/'));
    const [entry] = indexEntries();
    // a well-formed, verified entry whose data is not an index
    writeCached(entry.replace('.json', ''), { entities: 'none', terms: 7 });
    expect(mentionsOf(loadPacks([file], '/'))).toEqual(expected);
  });
});

/** An entry name as the cache writes them (a SHA-256 in hex): pruning touches only such names. */
const hex = (i: number, tag = 'e') => `${tag === 'e' ? 'e' : 'f'}${i.toString(16).padStart(63, '0')}`;

describe('cache size (pruneCache)', () => {
  const entry = (name: string, bytes: number, ageSeconds: number) => {
    const file = join(cache, name);
    writeFileSync(file, 'x'.repeat(bytes));
    const t = Date.now() / 1000 - ageSeconds;
    utimesSync(file, t, t);
  };
  it('removes the entries written longest ago until under both limits; old temporary files too, fresh ones stay', () => {
    mkdirSync(cache, { recursive: true });
    for (let i = 0; i < 6; i++) entry(`${hex(i)}.json`, 100, 600 - i * 60); // 0 the oldest
    entry(`${hex(1, 'f')}.json.1.abc.tmp`, 10, 7200);
    entry(`${hex(2, 'f')}.json.2.abc.tmp`, 10, 10);
    entry('notes.txt', 10, 9000); // not an entry: left alone
    entry('someone-else.json', 10, 9000); // not a name this cache writes: left alone
    pruneCache(cache, { entries: 4, bytes: 10_000 });
    expect(readdirSync(cache).sort()).toEqual([...[2, 3, 4, 5].map((i) => `${hex(i)}.json`), `${hex(2, 'f')}.json.2.abc.tmp`, 'notes.txt', 'someone-else.json']);
    pruneCache(cache, { entries: 100, bytes: 250 }); // bytes: 400 -> 200
    expect(readdirSync(cache).filter((f) => /^[0-9a-f]{64}\.json$/.test(f)).sort()).toEqual([`${hex(4)}.json`, `${hex(5)}.json`]);
    pruneCache(cache, { entries: 100, bytes: 250 }); // under both limits: nothing goes
    expect(readdirSync(cache).filter((f) => /^[0-9a-f]{64}\.json$/.test(f))).toHaveLength(2);
  });

  it('runs after each write: a full cache keeps the newest entries, the one just written among them', () => {
    mkdirSync(cache, { recursive: true });
    for (let i = 0; i < CACHE_LIMITS.entries; i++) entry(`${hex(i)}.json`, 10, 3600 + i);
    const file = write('p.yaml', PACK('Hifter'));
    loadPackFile(file); // a miss: writes one entry, then prunes
    const left = readdirSync(cache).filter((f) => f.endsWith('.json'));
    expect(left).toHaveLength(CACHE_LIMITS.entries);
    expect(left).toContain(`${cacheKey('pack', readFileSync(file))}.json`);
    expect(left).not.toContain(`${hex(CACHE_LIMITS.entries - 1)}.json`); // the oldest went
  });
});
