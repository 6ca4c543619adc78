/** translint init: a starter config whose schema and documentation links work for local and global installs. */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { allRules } from '../../src/rules/index.js';
import { runCli } from '../helpers/ci-project.js';

const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8'));
const repo = pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');

describe('translint init', () => {
  it('without a local install: the schema and the docs by absolute URL into the repository; the config loads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-init-'));
    const r = await runCli(['init'], dir);
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, 'translint.config.yaml'), 'utf8');
    const schema = /\$schema=(\S+)/.exec(text)![1];
    expect(schema).toBe(`${repo.replace('https://github.com/', 'https://raw.githubusercontent.com/')}/main/schemas/config.schema.json`);
    expect(text).toContain(`${repo}/blob/main/docs/ci.md#configuration`);
    expect(text).not.toMatch(/[^/]docs\/ci\.md(?!#)/);
    expect(Object.keys(parse(text).rules)).toEqual(allRules.map((r) => r.meta.id));
    writeFileSync(join(dir, 'a.txt'), 'Khalifa Hifter left.\n');
    const lint = await runCli(['a.txt', '-f', 'compact'], dir);
    expect(lint.err).toBe('');
    expect(lint.out).toContain('[entity-variant]');
  }, 60_000);

  it('with translint installed in the project: the installed schema, by a relative path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-init-'));
    mkdirSync(join(dir, 'node_modules/translint/schemas'), { recursive: true });
    writeFileSync(join(dir, 'node_modules/translint/schemas/config.schema.json'), '{}');
    expect((await runCli(['init'], dir)).code).toBe(0);
    expect(readFileSync(join(dir, 'translint.config.yaml'), 'utf8')).toContain('# yaml-language-server: $schema=./node_modules/translint/schemas/config.schema.json\n');
  });

  it('never overwrites a configuration', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'translint-init-'));
    writeFileSync(join(dir, 'translint.config.json'), '{}');
    const r = await runCli(['init'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/translint\.config\.json: a configuration file already exists here/);
  });
});
