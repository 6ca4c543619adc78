import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TranslintError } from '../../src/errors.js';
import { loadPacks } from '../../src/packs/load-pack.js';
import { run } from '../../src/cli/main.js';
import { fakeIO } from '../helpers/io.js';

function packFile(text: string, name = 'pack.yaml'): string {
  const dir = mkdtempSync(join(tmpdir(), 'translint-pack-'));
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

function loadError(...texts: string[]): TranslintError {
  const files = texts.map((t, i) => packFile(t, `p${i}.yaml`));
  try {
    loadPacks(files, '/');
  } catch (err) {
    expect(err).toBeInstanceOf(TranslintError);
    return err as TranslintError;
  }
  throw new Error('expected a load error');
}

const ENTITY = (id: string, canonical: string, extra = '') => `  - id: ${id}\n    type: person\n    canonical: { en: ${canonical} }\n${extra}`;

describe('pack loading errors name the file, line and column', () => {
  it('bad YAML', () => {
    const e = loadError('pack: p\nentities:\n  - id: a\n    type: [person\n');
    expect(e.message).toMatch(/p0\.yaml:\d+:\d+: invalid YAML/);
    expect(e.line).toBeGreaterThanOrEqual(4);
  });

  it('unknown key', () => {
    const e = loadError(`pack: p\nentities:\n${ENTITY('a', 'Khalifa Haftar', '    spellings: [Hifter]\n')}`);
    expect(e.message).toMatch(/p0\.yaml:6:5: unknown key 'spellings'/);
  });

  it('unknown top-level key', () => {
    const e = loadError('pack: p\nentitys: []\n');
    expect(e.message).toMatch(/p0\.yaml:2:1: unknown key 'entitys'/);
  });

  it('bad enum value', () => {
    const e = loadError('pack: p\nentities:\n  - id: a\n    type: human\n    canonical: { en: X }\n');
    expect(e.message).toMatch(/p0\.yaml:4:11: .*type must be one of: person, place, organisation, other/);
  });

  it('duplicate entity id, within a pack and across packs', () => {
    const e = loadError(`pack: p\nentities:\n${ENTITY('a', 'Khalifa Haftar')}${ENTITY('a', 'Fayez Sarraj')}`);
    expect(e.message).toMatch(/p0\.yaml:6:9: duplicate entity id 'a' \(first declared at .*p0\.yaml:3;/);
    const e2 = loadError(`pack: p\nentities:\n${ENTITY('a', 'Khalifa Haftar')}`, `pack: q\nentities:\n${ENTITY('a', 'Fayez Sarraj')}`);
    expect(e2.message).toMatch(/p1\.yaml:3:9: duplicate entity id 'a'/);
  });

  it('one variant claimed by two entities (folded: case, accents, articles)', () => {
    const e = loadError(
      `pack: p\nentities:\n${ENTITY('a', 'Khalifa Haftar', '    variants: [Hifter]\n')}${ENTITY('b', 'Other Person', '    variants: [al-HIFTÉR]\n')}`,
    );
    expect(e.message).toMatch(/p0\.yaml:10:16: 'al-HIFTÉR' is claimed by entity 'b' and by entity 'a' \(.*p0\.yaml:6\)/);
  });

  it('a variant equal to another entity\'s house form', () => {
    const e = loadError(`pack: p\nentities:\n${ENTITY('a', 'Salah Namroush')}${ENTITY('b', 'Aguila Saleh', '    variants: [Salah Namroush]\n')}`);
    expect(e.message).toMatch(/claimed by entity 'b' and by entity 'a'/);
  });

  it('a variant key that is not part of the canonical form', () => {
    const e = loadError(`pack: p\nentities:\n${ENTITY('a', 'Khalifa Haftar', '    variants:\n      Hafter: [Hifter]\n')}`);
    expect(e.message).toMatch(/p0\.yaml:7:7: variant key 'Hafter' is not part of the canonical form 'Khalifa Haftar'/);
  });

  it('a surname shared by two people is not an error: it just is not counted for either', () => {
    const files = [packFile(`pack: p\nentities:\n${ENTITY('a', 'Aguila Saleh')}${ENTITY('b', 'Saleh Saleh')}`)];
    expect(() => loadPacks(files, '/')).not.toThrow();
  });

  it('the CLI exits 2 with a one-line message', async () => {
    const file = packFile('pack: p\nentities:\n  - id: a\n    type: person\n    canonical: { en: X }\n    bogus: 1\n');
    const target = packFile('Some text.', 'a.txt');
    const io = fakeIO();
    const code = await run([target, '--rules', file, '--language', 'en'], io);
    expect(code).toBe(2);
    expect(io.err.trim().split('\n')).toHaveLength(1);
    expect(io.err).toMatch(/^translint: .*pack\.yaml:6:5: unknown key 'bogus'/);
  });
});
