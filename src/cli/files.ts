/**
 * Turn command-line inputs into files: files as given, directories walked
 * recursively for the configured extensions, globs expanded. `-` is stdin.
 */
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, resolve } from 'node:path';
import { TranslintError } from '../errors.js';
import { errorCode, kindOf } from '../io/atomic-write.js';
import { describeErrno } from '../io/read-file.js';

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
  /**
   * Told of an input that cannot be used (missing, a device, a FIFO, a
   * symbolic link loop, an unreadable folder), one line naming it; the other
   * inputs are still expanded. Without it the first such input throws.
   */
  onProblem?: (message: string) => void;
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
    const problem = (err: TranslintError) => {
      if (!options.onProblem) throw err;
      options.onProblem(err.message);
    };
    const abs = resolve(options.cwd, input);
    let stat;
    let statError: unknown;
    try {
      stat = statSync(abs);
    } catch (err) {
      statError = err;
    }
    if (stat?.isFile()) {
      if (keep(abs)) out.add(abs);
    } else if (stat?.isDirectory()) {
      for (const f of walk(abs, problem)) if (exts.has(extname(f).toLowerCase()) && keep(f)) out.add(f);
    } else if (stat) {
      const hint = stat.isFIFO() || stat.isCharacterDevice() ? " (use '-' for standard input)" : '';
      problem(new TranslintError(`${kindOf(stat)}, not a regular file: not linted${hint}`, { file: input }));
    } else if (errorCode(statError) !== 'ENOENT' && errorCode(statError) !== 'ENOTDIR') {
      problem(new TranslintError(`cannot read: ${describeErrno(statError)}`, { file: input }));
    } else if (glob().isDynamicPattern(input)) {
      const matches = glob().globSync(input, { cwd: options.cwd, absolute: true, onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**'] });
      if (matches.length === 0) problem(new TranslintError(`no files match the pattern '${input}'`));
      for (const f of matches.sort()) if (keep(f)) out.add(f);
    } else {
      problem(new TranslintError('no such file or directory', { file: input }));
    }
  }
  return [...out];
}

const byName = (a: { name: string }, b: { name: string }) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/**
 * The files under `root`, depth first in name order, with an explicit stack
 * (no recursion and no spread of a folder's listing: a folder of 100,000s of
 * files or a very deep tree cannot overflow the call stack). A folder that
 * cannot be read is a problem naming it; the walk goes on.
 */
function walk(root: string, problem: (err: TranslintError) => void): string[] {
  const out: string[] = [];
  const list = (dir: string) => {
    try {
      return { dir, entries: readdirSync(dir, { withFileTypes: true }).sort(byName), i: 0 };
    } catch (err) {
      problem(new TranslintError(`cannot read folder: ${describeErrno(err)}`, { file: dir }));
      return undefined;
    }
  };
  const first = list(root);
  const stack = first ? [first] : [];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (top.i >= top.entries.length) {
      stack.pop();
      continue;
    }
    const e = top.entries[top.i++];
    if (e.name.startsWith('.') || SKIP_DIRS.has(e.name)) continue;
    const p = join(top.dir, e.name);
    if (e.isDirectory()) {
      // a subfolder is walked where it stands in name order, as a recursive walk would
      const sub = list(p);
      if (sub) stack.push(sub);
    } else if (e.isFile()) out.push(p);
  }
  return out;
}
