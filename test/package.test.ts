/**
 * The npm package: what `npm pack` puts in the tarball, and the tarball
 * installed into an empty prefix (as `npm install -g` would) running from an
 * unrelated folder. Packs the working tree as built (`npm ci` builds it).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');

function packedFiles(): string[] {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
  return (JSON.parse(out)[0].files as Array<{ path: string }>).map((f) => f.path).sort();
}

describe('npm package', () => {
  it('ships the CLI bundle, the library, rules, schemas, docs, LICENSE, README and the contributor pages, and nothing else', () => {
    const files = packedFiles();
    for (const f of ['LICENSE', 'README.md', 'package.json', 'bin/translint.js', 'dist/bundle/main.js', 'dist/bundle/worker.js', 'dist/bundle/lint-worker.js', 'dist/index.js', 'dist/index.d.ts', 'schemas/config.schema.json', 'schemas/pack.schema.json', 'docs/ci.md', 'docs/rules.md']) {
      expect(files).toContain(f);
    }
    expect(files.some((f) => f.startsWith('rules/entities/') && f.endsWith('.yaml'))).toBe(true);
    const top = new Set(files.map((f) => f.split('/')[0]));
    expect([...top].sort()).toEqual(['ARCHITECTURE.md', 'CHANGELOG.md', 'CONTRIBUTING.md', 'LICENSE', 'README.md', 'bin', 'dist', 'docs', 'package.json', 'rules', 'schemas', 'scripts']);
    // scripts/: only the prepare script package.json names (npm may list it among install scripts)
    expect(files.filter((f) => f.startsWith('scripts/'))).toEqual(['scripts/prepare.mjs']);
    // the CLI runs from the bundle: the compiled dist/cli modules are not shipped
    expect(files.filter((f) => f.startsWith('dist/cli/'))).toEqual([]);
    // every relative link of the README resolves inside the package
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const links = [...readme.matchAll(/\]\((?!https?:|#)([^)#\s]+)/g)].map((m) => m[1].replace(/^\.\//, ''));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(files.some((f) => f === link || f.startsWith(`${link.replace(/\/$/, '')}/`)), link).toBe(true);
    // package.json names a licence file that exists, and where the project lives
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(join(ROOT, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
    expect(pkg.repository.url).toMatch(/^git\+https:\/\/github\.com\/[^/]+\/[^/]+\.git$/);
    expect(pkg.homepage.startsWith(pkg.repository.url.replace(/^git\+/, '').replace(/\.git$/, ''))).toBe(true);
    expect(pkg.bugs.url).toMatch(/\/issues$/);
  }, 120_000);

  it('installed from the tarball into an empty prefix, runs translint, init and rules from an unrelated folder', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'translint-pack-'));
    const tgz = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', tmp], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').pop()!;
    const prefix = join(tmp, 'prefix');
    const install = spawnSync('npm', ['install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', join(tmp, tgz)], { cwd: tmp, encoding: 'utf8' });
    expect(install.status, install.stderr).toBe(0);
    const bin = join(prefix, 'bin/translint');
    expect(existsSync(bin)).toBe(true);
    const work = mkdtempSync(join(tmpdir(), 'translint-elsewhere-'));
    const run = (...args: string[]) => spawnSync(bin, args, { cwd: work, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

    writeFileSync(join(work, 'story.txt'), 'Khalifa Haftar arrived. Hifter then left.\n');
    const lint = run('story.txt', '-f', 'compact');
    expect(lint.status, lint.stderr).toBe(1);
    expect(lint.stdout).toContain("story.txt:1:25: error 'Hifter' is not the house spelling");

    const rules = run('rules');
    expect(rules.status, rules.stderr).toBe(0);
    expect(rules.stdout).toMatch(/^entity-variant\s+error/m);

    const init = run('init');
    expect(init.status, init.stderr).toBe(0);
    const config = readFileSync(join(work, 'translint.config.yaml'), 'utf8');
    expect(config).toMatch(/\$schema=https:\/\/raw\.githubusercontent\.com\/.*\/schemas\/config\.schema\.json/);
    const again = run('story.txt', '-f', 'compact');
    expect(again.status, again.stderr).toBe(1);
    expect(run('--version').stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  }, 600_000);
});
