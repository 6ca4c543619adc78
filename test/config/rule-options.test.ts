import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/config.js';
import { TranslintError } from '../../src/errors.js';
import { allRules } from '../../src/rules/index.js';
import { makeProject, runCli } from '../helpers/ci-project.js';

const ROOT = resolve(import.meta.dirname, '..', '..');

describe('rule options are checked against the rule schema when the configuration loads', () => {
  it.each([
    ['an option of the wrong type', 'rules:\n  wrong-language: [warning, { minLength: long }]\n', /translint\.config\.yaml:2:42: option minLength of rule 'wrong-language' must be integer$/],
    ['a number out of range', 'rules:\n  wrong-language: [warning, { margin: 2 }]\n', /translint\.config\.yaml:2:39: option margin of rule 'wrong-language' must be <= 1$/],
    ['a bad item in a list', 'rules:\n  wrong-language: [warning, { languages: [en, French] }]\n', /translint\.config\.yaml:2:47: option languages\[1\] of rule 'wrong-language' must match pattern/],
    ['a misspelt option', 'rules:\n  punctuation-spacing: [warning, { frenchSpacin: true }]\n', /translint\.config\.yaml:2:36: unknown option 'frenchSpacin' for rule 'punctuation-spacing'$/],
    ['an option to a rule that takes none', 'rules:\n  calque: [warning, { level: 2 }]\n', /translint\.config\.yaml:2:23: rule 'calque' takes no options \(unknown option 'level'\)$/],
    ['a group of one in name-consistency', 'rules:\n  name-consistency: [warning, { distinct: [[Omar]] }]\n', /translint\.config\.yaml:2:44: option distinct\[0\] of rule 'name-consistency' must NOT have fewer than 2 items$/],
    [
      'a wrong option in an override',
      'overrides:\n  - files: ["fr/**"]\n    rules:\n      wrong-language: [warning, { margin: -1 }]\n',
      /translint\.config\.yaml:4:43: option margin of rule 'wrong-language' must be >= 0$/,
    ],
  ])('%s: exit 2, one line naming file:line:col', async (_name, config, message) => {
    const dir = makeProject({ 'a.txt': 'Text.\n' }, config);
    const { code, out, err } = await runCli(['a.txt'], dir);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err.trim()).toMatch(message);
  });

  it.each([
    ['wrong-language', 'rules:\n  wrong-language: [warning, { minLength: 120, margin: 0.2, languages: [en, fr] }]\n'],
    ['punctuation-spacing', 'rules:\n  punctuation-spacing: [warning, { frenchSpacing: true }]\n'],
    ['name-consistency', 'rules:\n  name-consistency: [warning, { distinct: [[Omar, Amr]] }]\n'],
    ['an empty options object', 'rules:\n  calque: [warning, {}]\n'],
    ['a severity alone', 'rules:\n  calque: warning\n'],
  ])('accepts valid options (%s)', async (_name, config) => {
    const dir = makeProject({ 'a.txt': 'Text.\n' }, config);
    const { code, err } = await runCli(['a.txt'], dir);
    expect(err).toBe('');
    expect(code).toBe(0);
  });

  it('checks options given to the library without a file', () => {
    expect(() => resolveConfig({ rules: { 'wrong-language': ['warning', { margin: 'wide' }] } }, ROOT)).toThrow(TranslintError);
    expect(() => resolveConfig({ rules: { 'wrong-language': ['warning', { margin: 'wide' }] } }, ROOT)).toThrow("option margin of rule 'wrong-language' must be number");
    expect(resolveConfig({ rules: { 'wrong-language': ['warning', { margin: 0.3 }] } }, ROOT).rules['wrong-language'].options).toEqual({ margin: 0.3 });
  });

  it('every rule that reads options declares a schema for them', () => {
    for (const rule of allRules) {
      const source = readFileSync(join(ROOT, 'src/rules', `${rule.meta.id}.ts`), 'utf8');
      if (/\boptions\b[.[]|\{[^}]*\boptions\b[^}]*\}\s*=\s*context/.test(source)) expect(rule.meta.schema, rule.meta.id).toBeDefined();
    }
    expect(allRules.filter((r) => r.meta.schema).map((r) => r.meta.id).sort()).toEqual(['entity-variant', 'name-consistency', 'near-repetition', 'punctuation-spacing', 'spelling', 'wrong-language']);
  });
});
