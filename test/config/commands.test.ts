import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { allRules } from '../../src/rules/index.js';
import { makeProject, runCli } from '../helpers/ci-project.js';

describe('translint --print-config <file>', () => {
  it('prints the configuration used for that file, overrides applied', async () => {
    const dir = makeProject({}, 'language: en\npacks: [./news.yaml]\nrules: { entity-alias: info }\noverrides:\n  - files: ["*.md"]\n    language: fr\n');
    const txt = await runCli(['--print-config', 'docs/a.txt'], dir);
    expect(txt.code).toBe(0);
    const t = JSON.parse(txt.out);
    expect(t).toMatchObject({ configFile: join(dir, 'translint.config.yaml'), markup: 'text', language: 'en', packs: [join(dir, 'news.yaml')], reportUnusedDisableDirectives: false });
    expect(t.rules['entity-alias']).toEqual({ severity: 'info', options: {} });
    expect(Object.keys(t.rules)).toEqual(allRules.map((r) => r.meta.id));
    const md = JSON.parse((await runCli(['--print-config', 'docs/a.md', '--report-unused-disable-directives'], dir)).out);
    expect(md).toMatchObject({ markup: 'markdown', language: 'fr', reportUnusedDisableDirectives: true });
  });

  it('works without a config file (the defaults)', async () => {
    const dir = makeProject({}, null);
    const out = JSON.parse((await runCli(['--print-config', 'a.html'], dir)).out);
    expect(out).toMatchObject({ configFile: null, markup: 'html', language: 'auto' });
  });
});

describe('translint rules', () => {
  it('lists every rule with default severity, fixability and description', async () => {
    const { code, out } = await runCli(['rules'], process.cwd());
    expect(code).toBe(0);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(allRules.length);
    expect(lines[0]).toMatch(/^entity-variant\s+error\s+fix: safe\s+Non-house spellings/);
    for (const r of allRules) expect(out).toContain(r.meta.description);
  });

  it('prints JSON with --format json', async () => {
    const { code, out } = await runCli(['rules', '--format', 'json'], process.cwd());
    expect(code).toBe(0);
    const rules = JSON.parse(out);
    expect(rules.map((r: { id: string }) => r.id)).toEqual(allRules.map((r) => r.meta.id));
    expect(rules[0]).toEqual({
      id: 'entity-variant',
      description: allRules[0].meta.description,
      type: 'problem',
      defaultSeverity: 'error',
      fixable: 'safe',
      hasSuggestions: false,
      languages: '*',
    });
  });
});

describe('translint init', () => {
  it('writes a starter config that loads and lists every rule', async () => {
    const dir = makeProject({}, null);
    const { code, out } = await runCli(['init'], dir);
    expect(code).toBe(0);
    expect(out).toContain('translint.config.yaml');
    const text = readFileSync(join(dir, 'translint.config.yaml'), 'utf8');
    for (const r of allRules) expect(text).toContain(`  ${r.meta.id}: ${r.meta.defaultSeverity}\n`);
    const config = loadConfig({ cwd: dir });
    expect(config.file).toBe(join(dir, 'translint.config.yaml'));
    expect(config.language).toBe('auto');
  });

  it.each(['translint.config.yaml', 'translint.config.json'])('refuses to overwrite an existing %s (exit 2)', async (name) => {
    const dir = makeProject({}, null);
    writeFileSync(join(dir, name), name.endsWith('json') ? '{}' : 'language: en\n');
    const { code, err } = await runCli(['init'], dir);
    expect(code).toBe(2);
    expect(err).toMatch(new RegExp(`${name.replace(/\./g, '\\.')}: a configuration file already exists here: not overwritten`));
    expect(readFileSync(join(dir, name), 'utf8')).toBe(name.endsWith('json') ? '{}' : 'language: en\n');
    if (name.endsWith('json')) expect(existsSync(join(dir, 'translint.config.yaml'))).toBe(false);
  });
});
