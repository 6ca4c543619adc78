/**
 * Which files a run leaves out, in gitignore syntax (the `ignore` package):
 * `.translintignore` in the working directory and `--ignore-pattern`
 * (relative to the working directory), and the configuration's
 * `ignorePatterns` (relative to the folder of the configuration file).
 * Files outside those folders are matched by none of them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { TranslintError } from '../errors.js';

export const IGNORE_FILE = '.translintignore';

export interface IgnoreSources {
  cwd: string;
  /** --ignore-pattern values. */
  patterns?: string[];
  /** The configuration's ignorePatterns and the folder they are relative to. */
  configPatterns?: string[];
  configDir?: string;
}

/** A predicate for files.ts `ignored`, or undefined when nothing is ignored. */
export function buildIgnore(sources: IgnoreSources): ((absolutePath: string) => boolean) | undefined {
  const matchers: Array<{ base: string; ig: Ignore }> = [];
  const here = ignore();
  const file = join(sources.cwd, IGNORE_FILE);
  if (existsSync(file)) {
    try {
      here.add(readFileSync(file, 'utf8'));
    } catch (err) {
      throw new TranslintError(`cannot read ignore file (${(err as Error).message})`, { file });
    }
  }
  here.add(sources.patterns ?? []);
  matchers.push({ base: sources.cwd, ig: here });
  if (sources.configPatterns?.length) {
    matchers.push({ base: sources.configDir ?? sources.cwd, ig: ignore().add(sources.configPatterns) });
  }
  if (!existsSync(file) && !sources.patterns?.length && matchers.length === 1) return undefined;
  return (absolutePath) => {
    for (const { base, ig } of matchers) {
      const rel = relative(base, absolutePath);
      if (!rel || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) continue;
      if (ig.ignores(sep === '/' ? rel : rel.split(sep).join('/'))) return true;
    }
    return false;
  };
}
