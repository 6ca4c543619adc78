import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig, type Config } from '../../src/config/config.js';
import { Linter } from '../../src/engine/linter.js';
import { loadPacks } from '../../src/packs/load-pack.js';
import { allRules } from '../../src/rules/index.js';

function packFile(text: string, name: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'translint-ext-'));
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/** A Linter over the built-in libya pack and the given house packs, entity rules only. */
function linter(...house: string[]): Linter {
  const rules: Config['rules'] = {};
  for (const r of allRules) rules[r.meta.id] = r.meta.id.startsWith('entity-') ? r.meta.defaultSeverity : 'off';
  const files = house.map((t, i) => packFile(t, `house${i}.yaml`));
  return new Linter(resolveConfig({ language: 'en', packs: ['libya', ...files], rules }, '/'));
}

async function findings(l: Linter, text: string): Promise<string[]> {
  return (await l.lintText(text)).messages.map((m) => `${m.ruleId} ${m.actual} -> ${m.fix?.text ?? ''}`);
}

describe('house packs over the built-in pack', () => {
  it('override: true replaces a built-in entity (AP style: Hifter is the house form)', async () => {
    const l = linter(`pack: ap
entities:
  - id: khalifa-haftar
    override: true
    type: person
    canonical: { en: Khalifa Hifter }
    variants:
      Hifter: [Haftar]
`);
    expect(await findings(l, 'Khalifa Hifter spoke. Hifter left.')).toEqual([]);
    expect(await findings(l, 'Khalifa Haftar spoke. Haftar left.')).toEqual(['entity-variant Haftar -> Hifter', 'entity-variant Haftar -> Hifter']);
  });

  it('override: true gives the same findings with the compiled-index cache off (the built-in full name is taken out of the trie)', async () => {
    const before = process.env.TRANSLINT_CACHE;
    process.env.TRANSLINT_CACHE = '0';
    try {
      const l = linter(`pack: ap
entities:
  - id: khalifa-haftar
    override: true
    type: person
    canonical: { en: Khalifa Hifter }
    variants:
      Hifter: [Haftar]
`);
      expect(await findings(l, 'Khalifa Haftar spoke. Haftar left.')).toEqual(['entity-variant Haftar -> Hifter', 'entity-variant Haftar -> Hifter']);
    } finally {
      if (before === undefined) delete process.env.TRANSLINT_CACHE;
      else process.env.TRANSLINT_CACHE = before;
    }
  });

  it('a user entity with a built-in id replaces it without a key (no "claimed by" error)', async () => {
    const l = linter(`pack: ap
entities:
  - id: khalifa-haftar
    type: person
    canonical: { en: Khalifa Hifter }
`);
    expect(await findings(l, 'Khalifa Hifter spoke.')).toEqual([]);
  });

  it('a user entity claiming a built-in spelling under another id replaces the built-in entity', async () => {
    const l = linter(`pack: ap
entities:
  - id: hifter
    type: person
    canonical: { en: Khalifa Hifter }
    variants: [Khalifa Haftar]
`);
    expect(await findings(l, 'Khalifa Hifter spoke. Khalifa Haftar left.')).toEqual(['entity-variant Khalifa Haftar -> Khalifa Hifter']);
  });

  it('extends: true adds variants and aliases, and keeps the built-in ones', async () => {
    const l = linter(`pack: desk
entities:
  - id: khalifa-haftar
    extends: true
    variants:
      Haftar: [Haftarr]
`);
    expect(await findings(l, 'Haftarr spoke. Hifter left. Haftar stayed.')).toEqual(['entity-variant Haftarr -> Haftar', 'entity-variant Hifter -> Haftar']);
  });

  it('extends: true with another house form: the old house spelling becomes a variant, the new one is never reported', async () => {
    const l = linter(`pack: ap
entities:
  - id: khalifa-haftar
    extends: true
    canonical: { en: Khalifa Hifter }
`);
    expect(await findings(l, 'Khalifa Hifter spoke. Hifter left.')).toEqual([]);
    expect(await findings(l, 'Hifter spoke. Haftar and Hafter left.')).toEqual(['entity-variant Haftar -> Hifter', 'entity-variant Hafter -> Hifter']);
  });

  it('extends or override of an id no earlier pack has is an error naming the line', () => {
    const file = packFile('pack: p\nentities:\n  - id: nobody\n    extends: true\n', 'p.yaml');
    expect(() => loadPacks(['libya', file], '/')).toThrow(/p\.yaml:4:\d+: no entity 'nobody' to extend/);
  });

  it('two user packs with one id and neither key: a real conflict, an error naming both places', () => {
    const a = packFile('pack: a\nentities:\n  - id: x\n    type: person\n    canonical: { en: Xavier Ab }\n', 'a.yaml');
    const b = packFile('pack: b\nentities:\n  - id: x\n    type: person\n    canonical: { en: Xavier Cd }\n', 'b.yaml');
    expect(() => loadPacks([a, b], '/')).toThrow(/b\.yaml:3:\d+: duplicate entity id 'x' \(first declared at .*a\.yaml:3; to replace it, add `override: true`/);
  });

  it('two user packs claiming one spelling for different entities: an error', () => {
    const a = packFile('pack: a\nentities:\n  - id: x\n    type: person\n    canonical: { en: Xavier Ab }\n', 'a.yaml');
    const b = packFile('pack: b\nentities:\n  - id: y\n    type: person\n    canonical: { en: Yann Cd }\n    variants: [Xavier Ab]\n', 'b.yaml');
    expect(() => loadPacks([a, b], '/')).toThrow(/'Xavier Ab' is claimed by entity 'y' and by entity 'x'/);
  });

  it('a surname two pack entities share is still checked (Muammar and Saif al-Islam Gaddafi)', async () => {
    const l = linter();
    expect(await findings(l, 'Saif al-Islam Gaddafi spoke. Gaddafi left. Gadhafi returned.')).toEqual(['entity-variant Gadhafi -> Gaddafi']);
    // near-miss: one spelling throughout stays clean
    expect(await findings(l, 'Saif al-Islam Gaddafi spoke. Gaddafi left; Muammar Gaddafi had ruled.')).toEqual([]);
  });
});
