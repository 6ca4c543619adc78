/**
 * calque: literal renderings of source-language expressions that a fluent
 * editor would rewrite ("according to what came in a statement" for the
 * Arabic wafqan li-ma ja'a fi bayan; "on several axes" for 'ala 'iddat
 * mahawir, i.e. fronts). The phrases, each with an explanation and the
 * rewrites to offer, are pack data (`calques:` in rules/phrases/mt-<lang>.yaml), in
 * the phrase syntax of src/match/phrase-matcher.ts or as checked regular
 * expressions; an entry with `start: true` only counts at the start of a
 * sentence.
 *
 * Fix safety: suggestions only, never automatic fixes; the rewrite often
 * needs the rest of the sentence adjusted. A suggestion that deletes a
 * sentence opener ("It is noteworthy that") capitalises the word that then
 * starts the sentence.
 */
import { fillSlots, PhraseMatcher } from '../match/phrase-matcher.js';
import { compileUserPattern, type UserPattern } from '../match/safe-regex.js';
import type { LoadedPack } from '../packs/load-pack.js';
import { asList, sectionItems, type CalqueItem } from '../packs/phrase-data.js';
import { fold } from '../text/fold.js';
import { atSentenceStart, matchCaseStyle } from '../text/sentence-start.js';
import type { Report } from '../types.js';
import type { RuleContext, RuleModule } from './rule.js';

interface Calque {
  use: string[];
  hint?: string;
  note: string;
  start: boolean;
  /** The text just before a match that makes it no calque (`not-after`). */
  notAfter?: RegExp;
  /** The text just after a match that makes it no calque (`not-before`). */
  notBefore?: RegExp;
}

/** How much text before a match `not-after` sees. */
const NOT_AFTER_WINDOW = 40;

function allowedHere(text: string, start: number, end: number, c: Calque): boolean {
  if (c.start && !atSentenceStart(text, start)) return false;
  if (c.notBefore && c.notBefore.test(text.slice(end, end + NOT_AFTER_WINDOW))) return false;
  return !c.notAfter || !c.notAfter.test(text.slice(Math.max(0, start - NOT_AFTER_WINDOW), start));
}

interface Compiled {
  matcher: PhraseMatcher<Calque>;
  /** `words`: the folded words one of which a line must contain for the regex to run on it (a cheap pre-filter). */
  regexes: Array<{ re: UserPattern; calque: Calque; words?: Set<string> }>;
  /** Pre-filter word -> the indexes of the regexes it lets run. */
  byWord: Map<string, number[]>;
}

/** Lines longer than this are not searched with pack regular expressions. */
const MAX_REGEX_LINE = 5000;

export const calque: RuleModule = {
  meta: {
    id: 'calque',
    description: "Literal renderings a fluent editor would rewrite ('according to what came in a statement', 'on several axes').",
    type: 'suggestion',
    defaultSeverity: 'warning',
    hasSuggestions: true,
    languages: '*',
    messages: {
      calque: "'{{found}}' is a literal rendering ({{note}}): {{advice}}.",
      replace: "Replace with '{{use}}'",
      delete: "Delete '{{found}}'",
    },
    docs: { fixSafety: 'Suggestions only: the rewrite often needs the rest of the sentence adjusted.' },
  },
  check(context) {
    reportPatterns(context, 'calques', 'calque');
  },
};

/**
 * Find the phrases and regular expressions of one pack section ('calques',
 * or 'grammar' for the grammar rule) in the text and report each hit with
 * `messageId` (data: found, note, advice) and its rewrites as suggestions.
 */
export function reportPatterns(context: RuleContext, section: 'calques' | 'grammar', messageId: string): void {
    const { matcher, regexes, byWord } = context.packs.cached(`${section}:${context.language}`, (packs) => compile(packs, context.language, section));
    const { text } = context;
    const hits: Array<{ start: number; end: number; calque: Calque; slots: string[] }> = [];
    if (matcher.size > 0) {
      for (const m of matcher.match(text, context.doc.words, (m) => allowedHere(text, m.coreStart, m.end, m.value))) {
        hits.push({ start: m.coreStart, end: m.coreEnd, calque: m.value, slots: m.slots });
      }
    }
    if (regexes.length > 0) {
      // where the pre-filter words of each regex occur (word starts, in order): a regex with `words` runs only on those lines
      const at = regexes.map((r) => (r.words ? ([] as number[]) : undefined));
      if (byWord.size > 0) {
        for (const w of context.doc.words) {
          const ks = byWord.get(w.key);
          if (ks) for (const k of ks) at[k]!.push(w.start);
        }
      }
      const cursor = regexes.map(() => 0);
      for (const line of text.matchAll(/[^\r\n]+/g)) {
        if (line[0].length > MAX_REGEX_LINE) continue;
        const lineEnd = line.index + line[0].length;
        for (let k = 0; k < regexes.length; k++) {
          const { re, calque: c } = regexes[k];
          const starts = at[k];
          if (starts) {
            while (cursor[k] < starts.length && starts[cursor[k]] < line.index) cursor[k]++;
            if (cursor[k] >= starts.length || starts[cursor[k]] >= lineEnd) continue;
          }
          for (const m of re[Symbol.matchAll](line[0])) {
            if (m[0] === '') continue;
            const start = line.index + m.index!;
            if (!allowedHere(text, start, start + m[0].length, c)) continue;
            if (hits.some((h) => h.start < start + m[0].length && start < h.end)) continue;
            hits.push({ start, end: start + m[0].length, calque: c, slots: m.slice(1).map((s) => s ?? '') });
          }
        }
      }
    }
    for (const h of hits) {
      const found = text.slice(h.start, h.end);
      const uses = h.calque.use.map((u) => matchCaseStyle(found, fillSlots(u, h.slots)));
      const data = { found, note: h.calque.note, advice: advice(uses, h.calque.hint) };
      context.report({
        messageId,
        data,
        range: [h.start, h.end],
        suggestions: uses.map((use): NonNullable<Report['suggestions']>[number] =>
          use === ''
            ? { messageId: 'delete', data: { found }, fix: deletion(text, h.start, h.end) }
            : { messageId: 'replace', data: { use }, fix: { range: [h.start, h.end] as [number, number], text: use } },
        ),
        actual: found,
        expected: uses,
      });
    }
}

function compile(packs: LoadedPack[], lang: string, section: 'calques' | 'grammar'): Compiled {
  const matcher = new PhraseMatcher<Calque>();
  const regexes: Compiled['regexes'] = [];
  for (const { item, pack } of sectionItems<CalqueItem>(packs, lang, section)) {
    const c: Calque = { use: asList(item.use), hint: item.hint, note: item.note.replace(/\.$/, ''), start: item.start ?? false };
    // checked like `regex` when the pack loaded; anchored at the end of the text before the match
    if (item['not-after'] !== undefined) c.notAfter = new RegExp(`(?:${item['not-after']})\\s*$`, 'iu');
    if (item['not-before'] !== undefined) c.notBefore = new RegExp(`^(?:${item['not-before']})`, item['match-case'] ? 'u' : 'iu');
    if (item.phrase !== undefined) matcher.add(item.phrase, c, { matchCase: item['match-case'] });
    if (item.regex !== undefined) {
      const flags = item['match-case'] ? 'gu' : 'giu';
      // run by the linear-time engine (match/safe-regex.ts): a pack's pattern can never hang a run
      const words = item.words?.length ? new Set(item.words.map((w) => fold(w))) : undefined;
      regexes.push({ re: compileUserPattern(item.regex, { ignoreCase: flags.includes('i'), bounds: 'word' }, pack.builtin), calque: c, words });
    }
  }
  const byWord = new Map<string, number[]>();
  regexes.forEach((r, k) => {
    for (const w of r.words ?? []) {
      const list = byWord.get(w) ?? [];
      if (!list.includes(k)) list.push(k);
      byWord.set(w, list);
    }
  });
  return { matcher, regexes, byWord };
}

/** "write 'a', 'b' or 'c'", "write 'a' or delete it", "delete it", or the pack's hint. */
function advice(uses: string[], hint?: string): string {
  const quoted = uses.filter((u) => u !== '').map((u) => `'${u}'`);
  const parts: string[] = [];
  if (quoted.length > 0) parts.push(`write ${quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}` : quoted[0]}`);
  if (uses.includes('')) parts.push('delete it');
  if (hint) parts.push(hint.replace(/\.$/, ''));
  return parts.join(' or ');
}

/**
 * Delete text[start, end) with the spaces after it; when it opened a sentence,
 * the next word takes the capital.
 */
export function deletion(text: string, start: number, end: number): { range: [number, number]; text: string } {
  let e = end;
  while (e < text.length && (text[e] === ' ' || text[e] === '\u00a0')) e++;
  const first = text[start];
  const next = text[e];
  if (first && next && first !== first.toLowerCase() && next !== next.toUpperCase()) {
    return { range: [start, e + 1], text: next.toUpperCase() };
  }
  if (e === end && start > 0 && text[start - 1] === ' ') return { range: [start - 1, end], text: '' };
  return { range: [start, e], text: '' };
}
