/**
 * Global setup of the cli test project: build dist/ once, before any test
 * file of the project starts, when the bundle is missing or older than a
 * source file (or package.json / package-lock.json). Test files never build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BUNDLE = ['main.js', 'worker.js', 'lint-worker.js'].map((f) => join(ROOT, 'dist/bundle', f));

/** Newest modification time among the inputs of the build. */
function newestSource(): number {
  let newest = 0;
  for (const f of readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })) {
    if (f.endsWith('.ts')) newest = Math.max(newest, statSync(join(ROOT, 'src', f)).mtimeMs);
  }
  for (const f of ['package.json', 'package-lock.json', 'tsconfig.json']) {
    if (existsSync(join(ROOT, f))) newest = Math.max(newest, statSync(join(ROOT, f)).mtimeMs);
  }
  return newest;
}

export function bundleIsCurrent(): boolean {
  if (!BUNDLE.every((f) => existsSync(f))) return false;
  const built = Math.min(...BUNDLE.map((f) => statSync(f).mtimeMs));
  return built >= newestSource();
}

export default function setup(): void {
  if (bundleIsCurrent()) return;
  const r = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`npm run build failed before the cli tests:\n${r.stdout}${r.stderr}`);
  if (!bundleIsCurrent()) throw new Error('dist/bundle is still older than src/ after npm run build');
}
