/**
 * Shared by the fix tests: a project in a temp folder (the test pack, a
 * config that runs only the entity rules), the CLI run in-process, and the
 * built CLI for the tests that spawn it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { run } from '../../src/cli/main.js';
import { allRules } from '../../src/rules/index.js';
import { NEWS_PACK } from '../fixtures-packs.js';
import { fakeIO } from '../helpers/io.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const BIN = join(ROOT, 'bin/translint.js');

/** A config with the test pack and only the entity rules on (other rules are other tests' business). */
export function entityConfig(extra = ''): string {
  const off = allRules.filter((r) => !r.meta.id.startsWith('entity-')).map((r) => `  ${r.meta.id}: off`);
  return `language: en\npacks: [./news.yaml]\n${off.length ? `rules:\n${off.join('\n')}\n` : ''}${extra}`;
}

const made: string[] = [];

/** Remove the temporary folders made so far (call in afterAll). */
export function removeProjects(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A temporary folder, removed by removeProjects. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'translint-fix-'));
  made.push(dir);
  return dir;
}

/** A project folder: the test pack, the config, and these files (strings or bytes). */
export function project(files: Record<string, string | Buffer>, config = entityConfig()): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'news.yaml'), NEWS_PACK);
  writeFileSync(join(dir, 'translint.config.yaml'), config);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

export async function cli(args: string[], cwd: string, stdin?: string) {
  const io = fakeIO({ cwd, stdin });
  const code = await run(args, io);
  return { code, out: io.out, err: io.err };
}

export function read(dir: string, name: string): string {
  return readFileSync(join(dir, name), 'utf8');
}

export function bytes(dir: string, name: string): Buffer {
  return readFileSync(join(dir, name));
}

export function mtime(dir: string, name: string): bigint {
  return statSync(join(dir, name), { bigint: true }).mtimeNs;
}

/** Run the built CLI. */
export function spawnCli(args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CI: 'true', ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
