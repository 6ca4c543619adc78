#!/usr/bin/env node
/**
 * `npm prepare`: build when the development tools are installed (a clone after
 * `npm ci`); otherwise use the committed CLI bundle in dist/bundle/.
 *
 * An install from a git revision without development dependencies (the
 * pre-commit hook's environment, `npm install --omit=dev`, a GitHub Action's
 * `npm ci --omit=dev`) cannot run TypeScript or esbuild. The CLI bundle is
 * committed for those installs, and a test checks that it is what
 * `npm run build` makes from the committed sources.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = new URL('../', import.meta.url);

function installed(name) {
  try {
    require.resolve(`${name}/package.json`, { paths: [root.pathname] });
    return true;
  } catch {
    return false;
  }
}

if (installed('typescript') && installed('esbuild')) {
  const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];
  const r = spawnSync(npm[0], [...npm.slice(1), 'run', 'build', '--silent'], { stdio: 'inherit', cwd: root });
  process.exit(r.status ?? 1);
}
if (!existsSync(new URL('dist/bundle/main.js', root))) {
  console.error('translint: cannot build (typescript and esbuild are development dependencies, not installed) and dist/bundle/main.js is missing');
  process.exit(1);
}
console.error('translint: development dependencies not installed; using the committed CLI bundle in dist/bundle/');
