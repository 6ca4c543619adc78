import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { DIRECTIVE_RULES } from '../../src/engine/directives.js';
import { allRules } from '../../src/rules/index.js';
import { makeProject, runCli } from '../helpers/ci-project.js';

/** The SARIF 2.1.0 JSON schema as published on SchemaStore (rtm.5), shipped by @microsoft/jest-sarif. */
const require = createRequire(import.meta.url);
const schemaFile = join(require.resolve('@microsoft/jest-sarif/package.json'), '..', 'lib/schemas/sarif-2.1.0-rtm.5.json');
const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));
// unicodeRegExp off: the published schema's language pattern is not valid with the u flag.
// Both are CommonJS modules: their default export is under `.default`.
const ajv = new ajvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
ajvFormats.default(ajv);
const validate = ajv.compile(schema);

function expectValid(log: unknown): void {
  const ok = validate(log);
  expect(ok ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`)).toEqual([]);
}

const ARTICLE = 'Talks in Geneva with Haftar.\nKhalifa Hifter met the Al-Wefaq government envoy.\nLater Hifter left.\n';

async function sarifOf(dir: string, files: string[]) {
  const r = await runCli([...files, '-f', 'sarif'], dir);
  return { ...r, log: JSON.parse(r.out) };
}

describe('sarif format', () => {
  it('uses a schema that rejects broken logs', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'fatal' }] }] })).toBe(false);
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'error' }] }] })).toBe(true);
  });

  it('is valid SARIF 2.1.0 with the full rule list, regions, fixes and fingerprints', async () => {
    const dir = makeProject({ 'news/a.txt': ARTICLE });
    const { code, log } = await sarifOf(dir, ['news/a.txt']);
    expect(code).toBe(1);
    expectValid(log);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/.*\/$/);
    const driver = run.tool.driver;
    expect(driver).toMatchObject({ name: 'translint', version: expect.stringMatching(/^\d+\.\d+\.\d+/), informationUri: expect.stringMatching(/^https:/) });
    expect(driver.rules.map((r: { id: string }) => r.id)).toEqual([...allRules.map((r) => r.meta.id), ...DIRECTIVE_RULES.map((r) => r.id)]);
    const variantRule = driver.rules.find((r: { id: string }) => r.id === 'entity-variant');
    expect(variantRule).toMatchObject({ shortDescription: { text: expect.any(String) }, defaultConfiguration: { level: 'error' } });

    const results = run.results;
    expect(results.map((r: { ruleId: string; level: string }) => `${r.ruleId}:${r.level}`)).toEqual([
      'entity-variant:error',
      'entity-alias:warning',
      'entity-variant:error',
    ]);
    for (const r of results) expect(driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    const first = results[0];
    expect(first.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'news/a.txt', uriBaseId: '%SRCROOT%' },
      region: { startLine: 2, startColumn: 9, endLine: 2, endColumn: 15 },
    });
    expect(first.message.text).toContain("use 'Haftar'");
    expect(first.fixes[0].artifactChanges[0]).toEqual({
      artifactLocation: { uri: 'news/a.txt', uriBaseId: '%SRCROOT%' },
      replacements: [{ deletedRegion: { startLine: 2, startColumn: 9, endLine: 2, endColumn: 15 }, insertedContent: { text: 'Haftar' } }],
    });
    // The alias finding has no automatic fix (suggestions only).
    expect(results[1].fixes).toBeUndefined();
  });

  it('keeps fingerprints when the file is edited elsewhere, and tells repeats apart', async () => {
    const dir = makeProject({ 'a.txt': ARTICLE });
    const before = (await sarifOf(dir, ['a.txt'])).log.runs[0].results;
    const moved = makeProject({ 'a.txt': 'A new first paragraph.\n\nAnother one, longer than before.\n\n' + ARTICLE });
    const after = (await sarifOf(moved, ['a.txt'])).log.runs[0].results;
    const prints = (rs: Array<{ partialFingerprints: Record<string, string> }>) => rs.map((r) => r.partialFingerprints['translint/v1']);
    expect(prints(after)).toEqual(prints(before));
    expect(after[0].locations[0].physicalLocation.region.startLine).toBe(6);
    // Two findings of the same text in one file: different fingerprints.
    expect(prints(before)[0]).not.toBe(prints(before)[2]);
    expect(new Set(prints(before)).size).toBe(3);
  });

  it('is valid with no findings, for a file whose name needs escaping, and outside the working directory', async () => {
    const dir = makeProject({ 'clean.txt': 'Khalifa Haftar spoke.\n', 'my notes/b #1.txt': 'Hifter spoke.\n' });
    const clean = await sarifOf(dir, ['clean.txt']);
    expect(clean.code).toBe(0);
    expectValid(clean.log);
    expect(clean.log.runs[0].results).toEqual([]);
    const spaced = await sarifOf(dir, ['my notes/b #1.txt']);
    expectValid(spaced.log);
    expect(spaced.log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('my%20notes/b%20%231.txt');
    const elsewhere = makeProject({}, null);
    const outside = await runCli([join(dir, 'my notes/b #1.txt'), '-f', 'sarif', '-c', join(dir, 'translint.config.yaml')], elsewhere);
    const log = JSON.parse(outside.out);
    expectValid(log);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: expect.stringMatching(/^file:\/\/\/.*my%20notes\/b%20%231\.txt$/) });
  });

  it('writes the log with --output-file and prints nothing', async () => {
    const dir = makeProject({ 'a.txt': ARTICLE });
    const r = await runCli(['a.txt', '-f', 'sarif', '-o', 'out/translint.sarif'], dir);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    const log = JSON.parse(readFileSync(join(dir, 'out/translint.sarif'), 'utf8'));
    expectValid(log);
    expect(log.runs[0].results).toHaveLength(3);
  });

  it('describes every rule for code scanning: PascalCase name, full description, help text and Markdown, help URI into docs/rules.md', async () => {
    const dir = makeProject({ 'a.txt': ARTICLE });
    const { log } = await sarifOf(dir, ['a.txt']);
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8'));
    const repo = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
    expect(log.runs[0].tool.driver.informationUri).toBe(pkg.homepage);
    expect(pkg.homepage.startsWith(repo)).toBe(true);
    const docs = readFileSync(join(import.meta.dirname, '../../docs/rules.md'), 'utf8');
    const names = new Set<string>();
    for (const rule of log.runs[0].tool.driver.rules) {
      expect(rule.name).toMatch(/^[A-Z][a-z]+(?:[A-Z][a-z]+)+$/);
      expect(rule.name.toLowerCase()).not.toBe(rule.id.toLowerCase());
      names.add(rule.name);
      expect(rule.fullDescription.text.length).toBeGreaterThan(rule.shortDescription.text.length);
      for (const part of ['What it catches', 'Example', 'How to fix', 'Fix safety']) {
        expect(rule.help.text).toContain(part);
        expect(rule.help.markdown).toContain(`**${part}.**`);
      }
      expect(rule.helpUri).toBe(`${repo}/blob/main/docs/rules.md#${rule.id}`);
      expect(docs).toContain(`\n## ${rule.id}\n`);
      expect(docs).toContain(`\`${rule.name}\``);
    }
    expect(names.size).toBe(log.runs[0].tool.driver.rules.length);
    const variant = log.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'entity-variant');
    expect(variant.help.text).toContain('Fix safety: Safe');
    const wrong = log.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'wrong-language');
    expect(wrong.help.text).toContain('Fix safety: No fix');
  });
});
