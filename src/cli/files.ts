/**
 * Turn command-line inputs into files: files as given, directories walked
 * recursively for the configured extensions, globs expanded. `-` is stdin.
 */
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, resolve } from 'node:path';
import { TranslintError } from '../errors.js';

/** tinyglobby (with picomatch and fdir, about 15 ms), loaded only when an input is not a file or directory. */
let globLib: typeof import('tinyglobby') | undefined;
const glob = () => (globLib ??= createRequire(import.meta.url)('tinyglobby') as typeof import('tinyglobby'));

export const STDIN = '-';
const SKIP_DIRS = new Set(['node_modules', '.git', '.hg', '.svn']);

export interface ExpandOptions {
  cwd: string;
  extensions: string[];
  /** Returns true for files to leave out (ignore files, --ignore-pattern). */
  ignored?: (absolutePath: string) => boolean;
}

export function expandInputs(inputs: string[], options: ExpandOptions): string[] {
  const out = new Set<string>();
  const exts = new Set(options.extensions.map((e) => e.toLowerCase()));
  const keep = (f: string) => !options.ignored?.(f);
  for (const input of inputs) {
    if (input === STDIN) {
      out.add(STDIN);
      continue;
    }
    const abs = resolve(options.cwd, input);
    let stat;
    try {
      stat = statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isFile()) {
      if (keep(abs)) out.add(abs);
    } else if (stat?.isDirectory()) {
      for (const f of walk(abs)) if (exts.has(extname(f).toLowerCase()) && keep(f)) out.add(f);
    } else if (glob().isDynamicPattern(input)) {
      const matches = glob().globSync(input, { cwd: options.cwd, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**'] });
      if (matches.length === 0) throw new TranslintError(`no files match the pattern '${input}'`);
      for (const f of matches.sort()) if (keep(f)) out.add(f);
    } else {
      throw new TranslintError('no such file or directory', { file: input });
    }
  }
  return [...out];
}

function walk(dir: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || SKIP_DIRS.has(e.name)) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else if (e.isFile()) out.push(p);
  }
  return out;
}
