/**
 * Regular expressions from packs, run by a linear-time engine so that a
 * user's pack can never hang a run: `compileUserPattern` translates the
 * pattern (JavaScript syntax, as packs write it) for RE2JS, the JavaScript
 * port of RE2, whose matching time grows linearly with the text (no
 * backtracking: `.*\s.*\s.*zzz` on a long line takes time proportional to
 * the line, where JavaScript's engine takes cubic time).
 *
 * The pattern language is JavaScript's without what RE2 cannot do in linear
 * time: no back-references, no lookbehind, and a lookahead only as a
 * negative lookahead of literal words at the very end of a pattern of
 * bounded length (`since (days|weeks)(?! of| ago)`), checked after each
 * match. `\s`, `.`, `\uXXXX` and `\p{Script=X}` keep their JavaScript
 * meanings.
 *
 * Load-time checks (regexProblem) also stay:
 * A pattern is rejected when it does not compile (with the `u` flag), uses a
 * back-reference, repeats a group that has alternatives (`(a|ab)+`: the
 * overlapping alternatives backtrack exponentially; use a character class or
 * write the repeat out), or nests quantifiers (`(a+)+`, star height above
 * one, as found by safe-regex2). What remains backtracks at most
 * polynomially, and the rules run patterns on one line at a time.
 */
import { createRequire } from 'node:module';
import type { RE2JS as RE2JSType } from 're2js';

/** re2js, loaded on first use (only packs with regex entries need it). */
let re2Lib: typeof RE2JSType | undefined;
function re2(): typeof RE2JSType {
  return (re2Lib ??= (createRequire(import.meta.url)('re2js') as { RE2JS: typeof RE2JSType }).RE2JS);
}

/** safe-regex2, loaded on first use. */
let safeRegexFn: ((re: string) => boolean) | undefined;
function safeRegex(source: string): boolean {
  safeRegexFn ??= createRequire(import.meta.url)('safe-regex2') as (re: string) => boolean;
  return safeRegexFn(source);
}

/** Why `source` is unsafe or invalid, or undefined when it is fine. */
export function regexProblem(source: string, trusted = false): string | undefined {
  try {
    new RegExp(source, 'iu');
  } catch (err) {
    return `invalid regular expression: ${(err as Error).message.replace(/^Invalid regular expression: /, '')}`;
  }
  // a built-in pack's pattern runs on JavaScript's engine; only nested quantifiers are refused there
  if (trusted) return safeRegex(source) ? undefined : `regular expression '${source}' nests quantifiers (like (a+)+) and may backtrack catastrophically`;
  const structural = scan(source);
  if (structural) return structural;
  try {
    compileUserPattern(source, { ignoreCase: true, bounds: 'none' });
  } catch (err) {
    return (err as Error).message;
  }
  if (!safeRegex(source)) return `regular expression '${source}' nests quantifiers (like (a+)+) and may backtrack catastrophically`;
  return undefined;
}

/** A pack pattern compiled for the linear-time engine; used as a RegExp is by `str.matchAll(p)` and `p.test(str)`. */
export interface UserPattern {
  readonly source: string;
  /** Whether the pattern matches (for bounds 'whole': the whole string). */
  test(s: string): boolean;
  /** Every match, left to right, not overlapping: [text, ...groups] with `index`, as String.prototype.matchAll gives. */
  [Symbol.matchAll](s: string): IterableIterator<RegExpMatchArray>;
}

export interface UserPatternOptions {
  ignoreCase: boolean;
  /**
   * 'word': a match neither starts nor ends inside a word (no letter or digit
   * on either side, as (?<![\p{L}\p{N}])...(?![\p{L}\p{N}]) would say);
   * 'whole': the whole string must match; 'none': anywhere.
   */
  bounds: 'word' | 'whole' | 'none';
}

/** JavaScript's \s (the u flag), for RE2, whose \s is ASCII only. */
const JS_SPACE = '\\t\\n\\x{0b}\\f\\r \\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}';

/**
 * Compile a pack pattern for the linear-time engine (see the top of this
 * file). Throws an Error saying why when the pattern uses what the engine
 * cannot run.
 */
export function compileUserPattern(source: string, options: UserPatternOptions, trusted = false): UserPattern {
  if (trusted) return nativePattern(source, options);
  const { body, lookahead } = splitLookahead(source);
  let translated: string;
  try {
    translated = translate(body);
  } catch (err) {
    throw new Error(`regular expression '${source}': ${(err as Error).message}`, { cause: err });
  }
  const RE2JS = re2();
  const flags = options.ignoreCase ? RE2JS.CASE_INSENSITIVE : 0;
  const full =
    options.bounds === 'word' ? `(?:^|[^\\p{L}\\p{N}])(${translated})(?:[^\\p{L}\\p{N}]|$)` : options.bounds === 'whole' ? `^(?:${translated})$` : `(${translated})`;
  let re: RE2JSType;
  // 'word' after the start: the character before the match is consumed, never ^ (which would find a match before `from` again)
  let mid: RE2JSType | undefined;
  try {
    re = RE2JS.compile(full, flags);
    if (options.bounds === 'word') mid = RE2JS.compile(`[^\\p{L}\\p{N}](${translated})(?:[^\\p{L}\\p{N}]|$)`, flags);
  } catch (err) {
    const why = (err as Error).message.replace(/^error parsing regexp: /, '');
    throw new Error(`regular expression '${source}' cannot run in linear time (${why}): lookbehind, back-references and lookaheads other than a final (?!word|word) are not allowed in packs`, { cause: err });
  }
  const ahead = lookahead === undefined ? undefined : new RegExp(`^(?:${lookahead})`, options.ignoreCase ? 'iu' : 'u');
  const aheadMax = lookahead === undefined ? 0 : Math.max(...lookahead.split('|').map((w) => w.length)) + 2;
  // the user's groups are 2.. in 'word' and 'none' (group 1 is the match); 1.. in 'whole'
  const shift = options.bounds === 'whole' ? 0 : 1;
  const userGroups = re.groupCount() - shift;
  const rejected = (s: string, end: number) => ahead !== undefined && ahead.test(s.slice(end, end + aheadMax));
  function* all(s: string): IterableIterator<RegExpMatchArray> {
    if (options.bounds === 'whole') {
      const m = re!.matcher(s);
      if (m.matches()) yield toMatch(s, 0, s.length, m, 0, userGroups);
      return;
    }
    const first = re!.matcher(s);
    const later = mid?.matcher(s);
    let from = 0;
    while (from <= s.length) {
      // 'word' consumes the character before a match: after the start, search from one before `from`
      const m = from > 0 && later ? later : first;
      if (!m.find(from > 0 && later ? from - 1 : from)) return;
      const start = m.start(1);
      const end = m.end(1);
      if (rejected(s, end)) {
        from = start + (isPair(s, start) ? 2 : 1);
        continue;
      }
      yield toMatch(s, start, end, m, shift, userGroups);
      // after an empty match, one character on (a whole surrogate pair, as the u flag does)
      from = end > start ? end : end + (isPair(s, end) ? 2 : 1);
    }
  }
  return {
    source,
    test: (s) => !all(s).next().done,
    [Symbol.matchAll]: all,
  };
}

function isPair(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
}

function toMatch(s: string, start: number, end: number, m: { group(i: number): string | null }, shift: number, groups: number): RegExpMatchArray {
  const out: string[] = [s.slice(start, end)];
  for (let g = 1; g <= groups; g++) out.push(m.group(g + shift) ?? (undefined as unknown as string));
  return Object.assign(out, { index: start, input: s }) as RegExpMatchArray;
}

/**
 * A final negative lookahead of literal words, split off: 'since (days)(?! of| ago)'
 * gives the body 'since (days)' and the lookahead ' of| ago'. Allowed only when the
 * body's matches have a bounded length (no *, + or {n,}), so that checking it after
 * each match keeps the search linear.
 */
function splitLookahead(source: string): { body: string; lookahead?: string } {
  if (!source.endsWith(')')) return { body: source };
  // the group that closes at the end
  let depth = 0;
  let open = -1;
  const opens: number[] = [];
  forEachSyntaxChar(source, (c, i) => {
    if (c === '(') {
      opens.push(i);
      depth++;
    } else if (c === ')') {
      depth--;
      const at = opens.pop()!;
      if (i === source.length - 1 && depth === 0) open = at;
    }
  });
  if (open < 0 || !source.startsWith('(?!', open)) return { body: source };
  const words = source.slice(open + 3, -1);
  const body = source.slice(0, open);
  if (!/^(?:[^\\()[\]{}*+?.^$|]|\\[^\p{L}\p{N}])+(?:\|(?:[^\\()[\]{}*+?.^$|]|\\[^\p{L}\p{N}])+)*$/u.test(words)) {
    throw new Error(`regular expression '${source}': a lookahead may only list literal words ((?!word|word)), at the end of the pattern`);
  }
  if (unbounded(body)) throw new Error(`regular expression '${source}': a final lookahead is allowed only after a pattern of bounded length (no *, + or {n,})`);
  return { body, lookahead: words };
}

/** Whether a pattern has an unbounded repetition (*, + or {n,}) outside character classes. */
function unbounded(source: string): boolean {
  let found = false;
  forEachSyntaxChar(source, (c, i) => {
    if (c === '*' || c === '+' || (c === '{' && /^\{\d+,\}/.test(source.slice(i)))) found = true;
  });
  return found;
}

/** Call `each` for every character of a pattern that is syntax: not escaped, not inside a character class (the '[' itself is passed). */
function forEachSyntaxChar(source: string, each: (c: string, i: number) => void): void {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    each(c, i);
  }
}

/** JavaScript pattern syntax to RE2's, keeping JavaScript's meanings (see the top of this file). */
function translate(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const n = source[i + 1] ?? '';
      if (n === 'u') {
        const braced = /^\{([0-9a-fA-F]{1,6})\}/.exec(source.slice(i + 2));
        const four = /^[0-9a-fA-F]{4}/.exec(source.slice(i + 2));
        if (braced) {
          out += `\\x{${braced[1]}}`;
          i += 1 + braced[0].length;
        } else if (four) {
          out += `\\x{${four[0]}}`;
          i += 5;
        } else throw new Error('a \\u escape needs four hex digits or {hex}');
        continue;
      }
      if (n === 's') {
        out += inClass ? JS_SPACE : `[${JS_SPACE}]`;
        i++;
        continue;
      }
      if (n === 'S') {
        if (inClass) throw new Error('\\S inside a character class is not supported: list what to match instead');
        out += `[^${JS_SPACE}]`;
        i++;
        continue;
      }
      if (n === 'p' || n === 'P') {
        const m = /^\{(?:(?:Script|sc|Script_Extensions|scx)=)?([A-Za-z_]+)\}/.exec(source.slice(i + 2));
        if (m) {
          out += `\\${n}{${m[1]}}`;
          i += 1 + m[0].length;
          continue;
        }
      }
      out += c + n;
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') inClass = true;
    // JavaScript's . stops at every line terminator, RE2's only at \n
    out += c === '.' ? '[^\\n\\r\\x{2028}\\x{2029}]' : c;
  }
  return out;
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

/**
 * A built-in pack's pattern on JavaScript's engine (lookarounds allowed; the
 * pack is shipped and tested with the code, and nested quantifiers are still
 * refused when it loads), behind the same interface as a user's pattern.
 */
function nativePattern(source: string, options: UserPatternOptions): UserPattern {
  const flags = options.ignoreCase ? 'giu' : 'gu';
  const body =
    options.bounds === 'word' ? `(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])` : options.bounds === 'whole' ? `^(?:${source})$` : source;
  const re = new RegExp(body, flags);
  return {
    source,
    test: (s) => {
      re.lastIndex = 0;
      return re.test(s);
    },
    [Symbol.matchAll]: (s) => s.matchAll(new RegExp(re)),
  };
}
