/**
 * Regular expressions from packs, checked before use so that a user's pack
 * can never hang a run with catastrophic backtracking.
 *
 * A pattern is rejected when it does not compile (with the `u` flag), uses a
 * back-reference, repeats a group that has alternatives (`(a|ab)+`: the
 * overlapping alternatives backtrack exponentially; use a character class or
 * write the repeat out), or nests quantifiers (`(a+)+`, star height above
 * one, as found by safe-regex2). What remains backtracks at most
 * polynomially, and the rules run patterns on one line at a time.
 */
import { createRequire } from 'node:module';

/** safe-regex2, loaded on first use. */
let safeRegexFn: ((re: string) => boolean) | undefined;
function safeRegex(source: string): boolean {
  safeRegexFn ??= createRequire(import.meta.url)('safe-regex2') as (re: string) => boolean;
  return safeRegexFn(source);
}

/** Why `source` is unsafe or invalid, or undefined when it is fine. */
export function regexProblem(source: string): string | undefined {
  try {
    new RegExp(source, 'iu');
  } catch (err) {
    return `invalid regular expression: ${(err as Error).message.replace(/^Invalid regular expression: /, '')}`;
  }
  const structural = scan(source);
  if (structural) return structural;
  if (!safeRegex(source)) return `regular expression '${source}' nests quantifiers (like (a+)+) and may backtrack catastrophically`;
  return undefined;
}

/** Compile a checked pattern (throws with the reason when unsafe). */
export function compileSafeRegex(source: string, flags = 'iu'): RegExp {
  const problem = regexProblem(source);
  if (problem) throw new Error(problem);
  return new RegExp(source, flags);
}

function scan(source: string): string | undefined {
  const groups: Array<{ alt: boolean }> = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (!inClass && (/[1-9]/.test(next) || (next === 'k' && source[i + 2] === '<'))) {
        return `regular expression '${source}' uses a back-reference, which is not allowed in packs`;
      }
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') groups.push({ alt: false });
    else if (c === '|' && groups.length > 0) groups[groups.length - 1].alt = true;
    else if (c === ')') {
      const g = groups.pop();
      if (g?.alt && repeats(source, i + 1)) {
        return `regular expression '${source}' repeats a group with alternatives (like (a|b)+), which may backtrack catastrophically: use a character class`;
      }
    }
  }
  return undefined;
}

/** Is there a quantifier allowing more than one repetition at `i`? */
function repeats(source: string, i: number): boolean {
  const c = source[i];
  if (c === '*' || c === '+') return true;
  if (c !== '{') return false;
  const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
  if (!m) return false;
  if (m[2] === undefined) return Number(m[1]) > 1;
  return m[3] === '' || Number(m[3]) > 1;
}
