import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { fakeIO } from '../helpers/io.js';

// our own writing: one name in several spellings across files, and near-misses
const DOCS: Record<string, string> = {
  'a.txt':
    'Defence Minister Salah al-Nimroush visited Misrata on Monday. Al-Nimroush said the talks with Ankara went well. ' +
    'Later the minister, Nimroush, met the Jufra commanders.\n',
  'b.txt': 'The minister, Salah al-Nimrush, flew to Jafra on Tuesday. Reporters asked Nimroush about the Jufrah airbase. The base at Jufra was quiet.\n',
  'c.txt': 'Mohamed Siala met Karim Benzema in Sirte. Ibrahim Kalin flew home from Sirte, and Siala stayed.\n',
};

interface Cluster {
  canonical: string;
  entity?: string;
  variants: Array<{ text: string; count: number; files: string[]; known?: boolean }>;
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'translint-discover-'));
  for (const [name, text] of Object.entries(DOCS)) writeFileSync(join(dir, name), text);
  // no built-in packs: every name is new
  writeFileSync(join(dir, 'translint.config.yaml'), 'packs: []\nlanguage: en\n');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function discover(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const io = fakeIO({ cwd: dir });
  const code = await run(['discover', ...args], io);
  return { code, out: io.out, err: io.err };
}

async function clusters(...args: string[]): Promise<Cluster[]> {
  const r = await discover('.', '--format', 'json', ...args);
  expect(r.code, r.err).toBe(0);
  return (JSON.parse(r.out) as { clusters: Cluster[] }).clusters;
}

const short = (cs: Cluster[]) => cs.map((c) => `${c.canonical}${c.entity ? ` [${c.entity}]` : ''}: ${c.variants.map((v) => `${v.text} ${v.count}/${v.files.length}`).join(', ')}`);

describe('translint discover', () => {
  it('groups the spellings of one name across files, and nothing else (JSON)', async () => {
    const cs = await clusters();
    expect(short(cs)).toEqual(['Nimroush: Nimroush 4/2, Nimrush 1/1', 'Jufra: Jufra 2/2, Jafra 1/1, Jufrah 1/1']);
    expect(cs[0].variants[1].files).toEqual(['b.txt']);
    expect(cs[1].variants[0].files).toEqual(['a.txt', 'b.txt']);
  });

  it('prints a table with the suggested form, each spelling with its count and files', async () => {
    const r = await discover('.');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Suggested form');
    expect(r.out).toMatch(/Nimroush\s+│ Nimroush ×4 \(2 files\)/);
    expect(r.out).toMatch(/│ Nimrush ×1 \(1 file\)/);
    expect(r.out).toContain('2 groups of spellings in 3 files (2 new, 0 of pack entities).');
  });

  it('leaves out spellings seen fewer than --min-count times', async () => {
    expect(short(await clusters('--min-count', '2'))).toEqual([]);
    const r = await discover('.', '--min-count', 'zero');
    expect(r.code).toBe(2);
    expect(r.err).toContain("--min-count takes a whole number of 1 or more, not 'zero'");
  });

  it('writes a draft pack that the linter then enforces and fixes', async () => {
    const w = await discover('.', '--write', 'draft.yaml');
    expect(w.code, w.err).toBe(0);
    const draft = readFileSync(join(dir, 'draft.yaml'), 'utf8');
    expect(draft).toContain('  - id: nimroush\n    type: person  # TODO: check type');
    expect(draft).toContain('    canonical: { en: Nimroush }  # 4 in 2 files\n    variants:\n      - Nimrush  # 1 in 1 file\n');
    expect(draft).toContain('  - id: jufra\n    type: place  # TODO: check type (a guess from the contexts)\n');
    expect(draft).toContain('      - Jafra  # 1 in 1 file\n      - Jufrah  # 1 in 1 file\n');

    const lint = fakeIO({ cwd: dir });
    expect(await run(['b.txt', '--rules', 'draft.yaml', '--format', 'json'], lint)).toBe(1);
    const found = (JSON.parse(lint.out) as Array<{ messages: Array<{ ruleId: string; actual: string; fix?: { text: string } }> }>)[0].messages
      .filter((m) => m.ruleId === 'entity-variant')
      .map((m) => `${m.actual} -> ${m.fix?.text}`);
    expect(found).toEqual(['Nimrush -> Nimroush', 'Jafra -> Jufra', 'Jufrah -> Jufra']);

    const fix = fakeIO({ cwd: dir });
    await run(['.', '--rules', 'draft.yaml', '--fix'], fix);
    expect(readFileSync(join(dir, 'b.txt'), 'utf8')).toBe(
      'The minister, Salah al-Nimroush, flew to Jufra on Tuesday. Reporters asked Nimroush about the Jufra airbase. The base at Jufra was quiet.\n',
    );
    expect(short(await clusters())).toEqual([]);
  });

  it('refuses to overwrite a file with --write unless --force', async () => {
    expect((await discover('.', '--write', 'draft.yaml')).code).toBe(0);
    writeFileSync(join(dir, 'draft.yaml'), '# edited by hand\n');
    const again = await discover('.', '--write', 'draft.yaml');
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/draft\.yaml: file exists: not overwritten \(use --force to replace it\)/);
    expect(readFileSync(join(dir, 'draft.yaml'), 'utf8')).toBe('# edited by hand\n');
    expect((await discover('.', '--write', 'draft.yaml', '--force')).code).toBe(0);
    expect(readFileSync(join(dir, 'draft.yaml'), 'utf8')).toContain('id: nimroush');
  });

  it('attaches spellings a loaded pack knows to its entity, and leaves them out of the draft', async () => {
    writeFileSync(
      join(dir, 'known.yaml'),
      'pack: known\nentities:\n  - id: salah-al-namroush\n    type: person\n    canonical: { en: Salah al-Namroush }\n    variants:\n      Namroush: [Nimroush]\n',
    );
    const cs = await clusters('--rules', 'known.yaml');
    expect(short(cs)).toEqual(['Salah al-Namroush [salah-al-namroush]: Nimroush 4/2, Nimrush 1/1', 'Jufra: Jufra 2/2, Jafra 1/1, Jufrah 1/1']);
    expect(cs[0].variants.map((v) => v.known ?? false)).toEqual([true, false]);
    const table = await discover('.', '--rules', 'known.yaml');
    expect(table.out).toMatch(/Nimrush ×1 \(1 file\) new/);
    expect(table.out).toContain('salah-al-namroush');

    expect((await discover('.', '--rules', 'known.yaml', '--write', 'draft.yaml')).code).toBe(0);
    const draft = readFileSync(join(dir, 'draft.yaml'), 'utf8');
    expect(draft).not.toContain('id: nimroush');
    expect(draft).toContain('id: jufra');
    expect(draft).toContain('# salah-al-namroush (Salah al-Namroush):\n#   - Nimrush  # 1 in 1 file\n');
    // the draft loads next to the pack it complements
    const lint = fakeIO({ cwd: dir });
    expect(await run(['a.txt', '--rules', 'known.yaml', '--rules', 'draft.yaml'], lint)).toBe(0); // Nimroush is a variant of the known pack, used throughout: house style (a warning)
    expect(lint.err).toBe('');
    expect(lint.out).toContain("'Nimroush' is not the house spelling of Salah al-Namroush");
  });

  it('names a file it cannot read and exits 2', async () => {
    const r = await discover('missing.txt');
    expect(r.code).toBe(2);
    expect(r.err).toContain('missing.txt');
  });
});
