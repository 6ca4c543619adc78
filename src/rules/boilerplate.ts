/**
 * boilerplate: page furniture left in the text by scraping or copy-paste:
 * comment forms ("Please enter your comment!"), share bars, "Source link",
 * bylines ("Written By: ..."), breadcrumb trails ("Home / news /"). Only
 * whole lines count (a sentence that merely contains "source link" stays
 * clean); a breadcrumb trail glued before a headline is reported as a prefix.
 *
 * Pack data (`boilerplate:` in rules/phrases/mt-<lang>.yaml and mt-common.yaml):
 * `line` (the line is only this phrase, trailing punctuation allowed),
 * `label` (the line starts with it, with at most `max-words` words after),
 * `breadcrumb` (a crumb followed by ' / ', ' > ', ' » ', ' | ' and more
 * crumbs), `line-of` (a line made only of these words: a share bar), and
 * `regex` (matched against the whole trimmed line).
 *
 * Fix safety: a suggestion to delete the line with its line break (or the
 * breadcrumb prefix); never an automatic fix, since the line may be the
 * author's.
 */
import { PhraseMatcher } from '../match/phrase-matcher.js';
import { compileUserPattern, type UserPattern } from '../match/safe-regex.js';
import type { LoadedPack } from '../packs/load-pack.js';
import { sectionItems, type BoilerplateItem } from '../packs/phrase-data.js';
import type { Word } from '../text/words.js';
import type { Severity } from '../types.js';
import type { RuleContext, RuleModule } from './rule.js';

interface Entry {
  kind: 'line' | 'label' | 'breadcrumb' | 'line-of';
  note: string;
  maxWords: number;
  min: number;
  severity?: Severity;
  /** For line-of: which entry the word belongs to. */
  id: number;
}

interface Compiled {
  matcher: PhraseMatcher<Entry>;
  wordSets: PhraseMatcher<Entry>;
  regexes: Array<{ re: UserPattern; entry: Entry }>;
}

const SEPARATOR = /^[^\S\r\n]*[/>»›|][^\S\r\n]*/u;
const SENTENCE_PUNCT = /[.,;:!?…]/u;
const LEADING_OK = /^[\p{P}\p{S}\s]*$/u;
/** Longer furniture phrases than this are not looked for. */
const MAX_PHRASE_WORDS = 32;

export const boilerplate: RuleModule = {
  meta: {
    id: 'boilerplate',
    description: "Page furniture left in the text: comment forms, share bars, 'Source link', bylines, breadcrumbs.",
    type: 'problem',
    defaultSeverity: 'error',
    hasSuggestions: true,
    languages: '*',
    messages: {
      line: "'{{found}}' is {{what}} left from the web page, not part of the article: delete the line.",
      prefix: "'{{found}}' is {{what}} left from the web page before the text of this line: delete it.",
      deleteLine: 'Delete the line',
      deletePrefix: "Delete '{{found}}'",
    },
    docs: { fixSafety: 'Suggestion only (delete the line, or the breadcrumb prefix): the line might be the author\'s.' },
  },
  check(context) {
    const { text } = context;
    for (const hit of findListedFurniture(context)) {
      const { start, end, lineStart, lineEnd, hasBreak, whole, entry } = hit;
      const found = text.slice(start, end);
      const fix = whole ? lineDeletion(text, lineStart, lineEnd, hasBreak) : prefixDeletion(text, start, end);
      context.report({
        messageId: whole ? 'line' : 'prefix',
        data: { found, what: entry.note },
        range: [start, end],
        suggestions: [whole ? { messageId: 'deleteLine', fix } : { messageId: 'deletePrefix', data: { found }, fix }],
        severity: entry.severity,
        actual: found,
        expected: [''],
      });
    }
  },
};

/** Furniture the packs list, found on one line of the text. */
export interface ListedFurniture {
  /** The furniture: the whole trimmed line, or a breadcrumb prefix. */
  start: number;
  end: number;
  /** The line, with its line break. */
  lineStart: number;
  lineEnd: number;
  hasBreak: boolean;
  whole: boolean;
  entry: Entry;
}

/** The lines (or line prefixes) that the packs' `boilerplate:` lists recognise, in text order. */
export function findListedFurniture(context: RuleContext): ListedFurniture[] {
  const { text } = context;
  const compiled = context.packs.cached(`boilerplate:${context.language}`, (packs) => compile(packs, context.language));
  const ws = context.doc.words;
  const out: ListedFurniture[] = [];
  let w = 0;
  for (const line of text.matchAll(/[^\r\n]*(\r\n|\r|\n|$)/g)) {
    if (line[0] === '') break;
    const lineStart = line.index;
    const body = line[0].slice(0, line[0].length - line[1].length);
    const lineEnd = lineStart + body.length;
    const start = lineStart + (body.length - body.trimStart().length);
    const end = lineStart + body.trimEnd().length;
    const first = w;
    while (w < ws.length && ws[w].start < lineEnd) w++;
    if (start >= end) continue;
    const hit = findFurniture(text, start, end, ws.slice(first, w), compiled);
    if (!hit) continue;
    const whole = hit.end === end;
    const found = text.slice(start, hit.end).trimEnd();
    out.push({ start, end: start + found.length, lineStart, lineEnd: lineStart + line[0].length, hasBreak: line[1] !== '', whole, entry: hit.entry });
  }
  return out;
}

function compile(packs: LoadedPack[], lang: string): Compiled {
  const matcher = new PhraseMatcher<Entry>();
  const wordSets = new PhraseMatcher<Entry>();
  const regexes: Compiled['regexes'] = [];
  sectionItems<BoilerplateItem>(packs, lang, 'boilerplate').forEach(({ item, pack }, id) => {
    const base = { note: item.note ?? 'page furniture', maxWords: item['max-words'] ?? 6, min: item.min ?? 2, severity: item.severity, id };
    if (item.line !== undefined) matcher.add(item.line, { ...base, kind: 'line' });
    if (item.label !== undefined) matcher.add(item.label, { ...base, kind: 'label' });
    if (item.breadcrumb !== undefined) matcher.add(item.breadcrumb, { ...base, kind: 'breadcrumb', note: item.note ?? 'a breadcrumb trail' });
    for (const word of item['line-of'] ?? []) wordSets.add(word, { ...base, kind: 'line-of' });
    // checked for catastrophic backtracking when the pack loaded (phrase-data.ts)
    if (item.regex !== undefined) regexes.push({ re: compileUserPattern(item.regex, { ignoreCase: true, bounds: 'whole' }, pack.builtin), entry: { ...base, kind: 'line' } });
  });
  return { matcher, wordSets, regexes };
}

/** The furniture on the line text[start, end) (trimmed), and where it ends (end: the whole line). */
function findFurniture(text: string, start: number, end: number, lineWords: Word[], c: Compiled): { entry: Entry; end: number } | undefined {
  const body = text.slice(start, end);
  // furniture starts the line: a line whose first word begins no phrase has none (most lines)
  const first = lineWords[0];
  if (first && (c.matcher.canStartWith(first.key) || c.wordSets.canStartWith(first.key)) && LEADING_OK.test(text.slice(start, first.start))) {
    let hit: { entry: Entry; end: number } | undefined;
    // furniture starts the line: only its first words can begin a match
    c.matcher.match(text, lineWords.slice(0, MAX_PHRASE_WORDS), (m) => {
      if (m.firstWord !== 0 || hit) return false;
      const restStart = m.end;
      const rest = text.slice(restStart, end);
      const e = m.value;
      if (e.kind === 'line' && !/[\p{L}\p{N}]/u.test(rest)) hit = { entry: e, end };
      else if (e.kind === 'label' && countWords(lineWords, restStart) <= e.maxWords) hit = { entry: e, end };
      else if (e.kind === 'breadcrumb') {
        const crumbEnd = breadcrumbEnd(text, restStart, end);
        if (crumbEnd !== undefined) hit = { entry: e, end: crumbEnd };
      }
      return hit !== undefined;
    });
    if (hit) return hit;
    const set = wordSet(text, lineWords, c.wordSets, start, end);
    if (set) return { entry: set, end };
  }
  if (body.length <= 300) {
    for (const { re, entry } of c.regexes) if (re.test(body)) return { entry, end };
  }
  return undefined;
}

function countWords(lineWords: Word[], from: number): number {
  return lineWords.filter((x) => x.start >= from).length;
}

/**
 * After a root crumb ending at `pos`: the end of the trail. The whole line
 * (`end`) when the last crumb is short and unpunctuated, else the offset just
 * after the last separator; undefined when no separator follows the root.
 */
function breadcrumbEnd(text: string, pos: number, end: number): number | undefined {
  let p = pos;
  let sep = SEPARATOR.exec(text.slice(p, end));
  if (!sep) return undefined;
  p += sep[0].length;
  for (;;) {
    const rest = text.slice(p, end);
    const crumb = /^[^/>»›|]*/u.exec(rest)![0];
    const short = crumb.trim().split(/\s+/u).filter(Boolean).length <= 4 && !SENTENCE_PUNCT.test(crumb);
    if (crumb.length === rest.length) return short ? end : p;
    if (!short) return p;
    sep = SEPARATOR.exec(rest.slice(crumb.trimEnd().length));
    if (!sep) return p;
    p += crumb.trimEnd().length + sep[0].length;
  }
}

/** A line made only of the words of one `line-of` entry (at least `min` of them), else undefined. */
function wordSet(text: string, lineWords: Word[], matcher: PhraseMatcher<Entry>, start: number, end: number): Entry | undefined {
  if (matcher.size === 0 || lineWords.length === 0) return undefined;
  const ms = matcher.match(text, lineWords);
  if (ms.length === 0 || ms[0].firstWord !== 0) return undefined;
  const entry = ms[0].value;
  let covered = 0;
  for (let i = 0; i < ms.length; i++) {
    if (ms[i].value.id !== entry.id || ms[i].firstWord !== covered) return undefined;
    covered = ms[i].lastWord;
  }
  if (covered !== lineWords.length || ms.length < entry.min) return undefined;
  // between the words only separators: spaces, bullets, bars, commas
  let prev = start;
  for (const m of ms) {
    if (/[\p{L}\p{N}]/u.test(text.slice(prev, m.start))) return undefined;
    prev = m.end;
  }
  return /[\p{L}\p{N}]/u.test(text.slice(prev, end)) ? undefined : entry;
}

/** Delete a whole line with its line break (the last line: with the line break before it). */
export function lineDeletion(text: string, lineStart: number, afterBreak: number, hasBreak: boolean): { range: [number, number]; text: string } {
  if (hasBreak || lineStart === 0) return { range: [lineStart, afterBreak], text: '' };
  let s = lineStart - 1;
  if (text[s] === '\n' && text[s - 1] === '\r') s--;
  return { range: [s, afterBreak], text: '' };
}

/** Delete a breadcrumb prefix and the spaces after it. */
function prefixDeletion(text: string, start: number, end: number): { range: [number, number]; text: string } {
  let e = end;
  while (text[e] === ' ' || text[e] === '\t') e++;
  return { range: [start, e], text: '' };
}
