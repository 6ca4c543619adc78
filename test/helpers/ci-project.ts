/** Temporary project folders and an in-process CLI runner for the CI-workflow tests. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { run } from '../../src/cli/main.js';
import { NEWS_PACK } from '../fixtures-packs.js';
import { fakeIO } from './io.js';

export const BASIC_CONFIG = 'language: en\npacks: [./news.yaml]\n';

/** A folder with the test pack (news.yaml), a config and these files. */
export function makeProject(files: Record<string, string>, config: string | null = BASIC_CONFIG): string {
  const dir = mkdtempSync(join(tmpdir(), 'translint-ci-'));
  writeFileSync(join(dir, 'news.yaml'), NEWS_PACK);
  if (config !== null) writeFileSync(join(dir, 'translint.config.yaml'), config);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

export async function runCli(args: string[], cwd: string, stdin?: string): Promise<{ code: number; out: string; err: string }> {
  const io = fakeIO({ cwd, stdin });
  const code = await run(args, io);
  return { code, out: io.out, err: io.err };
}
