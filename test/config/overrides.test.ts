import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { configForFile, overrideMatches } from '../../src/config/overrides.js';
import { Linter } from '../../src/engine/linter.js';
import { makeProject, runCli } from '../helpers/ci-project.js';

/** A French-only pack, written for these tests. */
const FR_PACK = `
pack: test-fr
entities:
  - id: abdelhamid-dbeibah
    type: person
    canonical: { en: Abdul Hamid Dbeibah, fr: Abdelhamid Dbeibah }
    variants:
      Dbeibah: [Dbeiba, Dbeibeh]
`;

const CONFIG = `language: en
packs: [./news.yaml]
overrides:
  - files: ["fr/**"]
    excludedFiles: ["fr/drafts/**"]
    language: fr
    packs: [./news.yaml, ./fr.yaml]
    rules:
      entity-alias: "off"
  - files: "*.brief.txt"
    rules:
      entity-variant: warning
`;

const FR_TEXT = 'Abdelhamid Dbeiba est arrivé à Tripoli avec le gouvernement Al-Wefaq.\n';

function project() {
  return makeProject(
    {
      'fr.yaml': FR_PACK,
      'fr/depeche.txt': FR_TEXT,
      'fr/drafts/brouillon.txt': FR_TEXT,
      'en/story.txt': FR_TEXT,
      'en/a.brief.txt': 'Khalifa Hifter spoke.\n',
      'fr/b.brief.txt': 'Khalifa Hifter spoke.\n',
    },
    CONFIG,
  );
}

describe('overrides', () => {
  it('give a French folder French packs and language; other folders keep the base', async () => {
    const dir = project();
    const { out } = await runCli(['fr', 'en', '-f', 'json'], dir);
    const byFile = Object.fromEntries(JSON.parse(out).map((r: { filePath: string; language: string; messages: Array<{ ruleId: string; actual: string }> }) => [
      r.filePath.slice(dir.length + 1),
      { language: r.language, found: r.messages.map((m) => `${m.ruleId}:${m.actual}`) },
    ]));
    expect(byFile['fr/depeche.txt']).toEqual({ language: 'fr', found: ['entity-variant:Dbeiba'] });
    expect(byFile['fr/drafts/brouillon.txt'].language).toBe('en');
    expect(byFile['fr/drafts/brouillon.txt'].found).not.toContain('entity-variant:Dbeiba');
    expect(byFile['en/story.txt'].language).toBe('en');
    expect(byFile['en/story.txt'].found).not.toContain('entity-variant:Dbeiba');
  });

  it('match names without a slash in any folder, and apply later matches over earlier ones', async () => {
    const dir = project();
    const { out } = await runCli(['en/a.brief.txt', 'fr/b.brief.txt', '-f', 'json'], dir);
    const [en, fr] = JSON.parse(out);
    expect(en.messages.map((m: { ruleId: string; severity: number }) => `${m.ruleId}:${m.severity}`)).toEqual(['entity-variant:1']);
    expect(fr.language).toBe('fr');
    expect(fr.messages.map((m: { ruleId: string; severity: number }) => `${m.ruleId}:${m.severity}`)).toEqual(['entity-variant:1']);
  });

  it('share one Linter per distinct configuration', () => {
    const dir = project();
    const linter = new Linter(loadConfig({ cwd: dir }));
    const fr1 = linter.forFile(join(dir, 'fr/a.txt'));
    expect(fr1).not.toBe(linter);
    expect(linter.forFile(join(dir, 'fr/sub/b.txt'))).toBe(fr1);
    expect(linter.forFile(join(dir, 'en/a.txt'))).toBe(linter);
    expect(linter.forFile(join(dir, 'fr/drafts/x.txt'))).toBe(linter);
    expect(linter.forFile('<stdin>')).toBe(linter);
    // Same packs as the base: the pack set is shared too.
    expect(linter.forFile(join(dir, 'en/x.brief.txt')).packs).toBe(linter.packs);
    expect(fr1.packs).not.toBe(linter.packs);
  });

  it.each([
    ['fr/a.txt', true],
    ['fr/deep/er/a.md', true],
    ['fr/drafts/a.txt', false],
    ['frx/a.txt', false],
    ['en/fr/a.txt', false],
    ['../fr/a.txt', false],
  ])('fr/** minus fr/drafts/** matches %s: %s', (file, expected) => {
    const dir = '/p';
    const o = { files: ['fr/**'], excludedFiles: ['fr/drafts/**'], baseDir: dir };
    expect(overrideMatches(o, join(dir, file))).toBe(expected);
  });

  it('lose to --language and keep --rules packs', async () => {
    const dir = project();
    const config = loadConfig({ cwd: dir });
    config.cli = { language: 'de', packs: ['/x/extra.yaml'] };
    const fr = configForFile(config, join(dir, 'fr/a.txt'));
    expect(fr.language).toBe('de');
    expect(fr.packs).toEqual([join(dir, 'news.yaml'), join(dir, 'fr.yaml'), '/x/extra.yaml']);
    const printed = JSON.parse((await runCli(['--print-config', 'fr/a.txt', '--language', 'it'], dir)).out);
    expect(printed.language).toBe('it');
  });
});
