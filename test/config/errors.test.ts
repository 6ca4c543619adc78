import { describe, expect, it } from 'vitest';
import { makeProject, runCli } from '../helpers/ci-project.js';

describe('configuration errors name file:line:col and exit 2', () => {
  it.each([
    ['unknown top-level key', 'language: en\nlanguge: fr\n', /translint\.config\.yaml:2:1: unknown key 'languge' in configuration/],
    ['bad severity', 'rules:\n  entity-variant: loud\n', /translint\.config\.yaml:2:19: /],
    ['unknown rule', 'rules:\n  entity-varient: error\n', /translint\.config\.yaml:2:3: unknown rule 'entity-varient'/],
    ['unknown built-in pack', 'packs:\n  - libyaa\n', /translint\.config\.yaml:2:5: unknown built-in pack 'libyaa'/],
    ['missing pack file', 'packs:\n  - ./missing.yaml\n', /translint\.config\.yaml:2:5: pack file not found: \.\/missing\.yaml/],
    ['override without files', 'overrides:\n  - language: fr\n', /translint\.config\.yaml:2:5: missing required key 'files' in overrides\[0\]/],
    ['unknown key in an override', 'overrides:\n  - files: ["fr/**"]\n    lang: fr\n', /translint\.config\.yaml:3:5: unknown key 'lang' in overrides\[0\]/],
    ['bad language in an override', 'overrides:\n  - files: ["fr/**"]\n    language: French\n', /translint\.config\.yaml:3:15: overrides\[0\]\.language must match pattern/],
    ['unknown rule in an override', 'overrides:\n  - files: ["fr/**"]\n    rules:\n      nope: error\n', /translint\.config\.yaml:4:7: unknown rule 'nope'/],
    ['missing pack in an override', 'overrides:\n  - files: ["fr/**"]\n    packs: [./fr.yaml]\n', /translint\.config\.yaml:3:13: pack file not found: \.\/fr\.yaml/],
    ['reportUnusedDisableDirectives not a boolean', 'reportUnusedDisableDirectives: yes please\n', /translint\.config\.yaml:1:32: reportUnusedDisableDirectives must be boolean/],
  ])('%s', async (_name, config, message) => {
    const dir = makeProject({ 'a.txt': 'Text.\n' }, config);
    const { code, out, err } = await runCli(['a.txt'], dir);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
  });
});
