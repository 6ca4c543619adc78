import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { configForFile } from '../../src/config/overrides.js';
import { builtinPackNames } from '../../src/packs/load-pack.js';
import { makeProject, runCli } from '../helpers/ci-project.js';

describe('extends', () => {
  it('merges a base file: rules rule by rule, packs relative to the base, overrides relative to the project', async () => {
    const dir = makeProject(
      {
        'shared/base.yaml': 'language: en\npacks: [./base-pack.yaml]\nrules:\n  entity-alias: "off"\n  entity-consistency: info\noverrides:\n  - files: ["fr/**"]\n    language: fr\n',
        'shared/base-pack.yaml': 'pack: base\nentities: []\n',
        'a.txt': 'Khalifa Hifter met the Al-Wefaq government envoy.\n',
      },
      'extends: ./shared/base.yaml\nrules:\n  entity-consistency: warning\n',
    );
    const config = loadConfig({ cwd: dir });
    expect(config.language).toBe('en');
    expect(config.packs).toEqual([join(dir, 'shared/base-pack.yaml')]);
    expect(config.rules['entity-alias'].severity).toBe('off');
    expect(config.rules['entity-consistency'].severity).toBe('warning');
    expect(config.rules['entity-variant'].severity).toBe('error');
    expect(configForFile(config, join(dir, 'fr/x.txt')).language).toBe('fr');
    expect(configForFile(config, join(dir, 'shared/fr/x.txt')).language).toBe('en');
  });

  it('applies a list in order, the file itself last', () => {
    const dir = makeProject(
      { 'one.yaml': 'language: fr\nrules: { entity-alias: info }\n', 'two.yaml': 'language: de\nrules: { entity-variant: warning }\n' },
      'extends: [./one.yaml, ./two.yaml]\nrules: { entity-variant: "off" }\n',
    );
    const config = loadConfig({ cwd: dir });
    expect(config.language).toBe('de');
    expect(config.rules['entity-alias'].severity).toBe('info');
    expect(config.rules['entity-variant'].severity).toBe('off');
  });

  it("accepts 'translint:recommended' (the defaults)", () => {
    const dir = makeProject({}, 'extends: translint:recommended\n');
    const config = loadConfig({ cwd: dir });
    expect(config.packs).toEqual(builtinPackNames());
    expect(config.language).toBe('auto');
  });

  it.each([
    ['an unknown preset', 'extends: translint:strict\n', {}, /translint\.config\.yaml:1:10: unknown preset 'translint:strict' \(presets: translint:recommended\)/],
    ['a missing file', 'language: en\nextends:\n  - ./nope.yaml\n', {}, /translint\.config\.yaml:3:5: extended configuration not found: \.\/nope\.yaml/],
    ['a cycle', 'extends: ./b.yaml\n', { 'b.yaml': 'extends: ./translint.config.yaml\n' }, /b\.yaml: configuration extends itself: .*translint\.config\.yaml -> .*b\.yaml -> .*translint\.config\.yaml/],
    ['an error inside the base', 'extends: ./b.yaml\n', { 'b.yaml': 'rules:\n  no-such-rule: error\n' }, /b\.yaml:2:3: unknown rule 'no-such-rule'/],
  ] as Array<[string, string, Record<string, string>, RegExp]>)('refuses %s with exit 2, naming file, line and column', async (_name, config, files, message) => {
    const dir = makeProject({ 'a.txt': 'Text.\n', ...files }, config);
    const { code, err } = await runCli(['a.txt'], dir);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
  });
});
