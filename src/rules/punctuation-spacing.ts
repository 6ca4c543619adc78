/**
 * punctuation-spacing: punctuation and spacing artefacts of scraped and
 * machine-translated text.
 *
 * - a doubled full stop ('Sirte .. Turkey', 'talks..'); an ellipsis ('...',
 *   '…'), paths ('../') and ranges ('1..5') stay clean;
 * - a space before ',', '.', ':', ';', '!', '?' or before a closing quotation
 *   mark. French sets ':', ';', '!', '?' and '»' off with a space: any space
 *   is accepted there; with the option `frenchSpacing: true` a plain
 *   (breaking) space is reported as info, with a fix to the no-break space;
 * - quotation marks or brackets left open or closed without an opening in a
 *   paragraph (the pairs of rules/language/<lang>.yaml and straight quotes,
 *   which open or close by the characters around them); a quotation left
 *   open at the end of a paragraph is reported only when the mark stands
 *   on the wrong side of a space or the quotation runs into its own
 *   attribution (', he said'), since a quotation may run on into the next
 *   paragraph, reopened or not (a closing mark there closes it), or be cut
 *   off by an excerpt; a pair of marks that do not match ('"...”');
 * - invisible characters in words: zero-width space, word joiner, BOM, soft
 *   hyphen; zero-width (non-)joiners between Latin letters; a no-break space
 *   splitting a word that the text also writes whole ('Haf tar' / 'Haftar').
 *
 * Severity: warning (the opt-in French spacing note is info). Fix safety: safe for
 * removing invisible characters, the space before punctuation and the
 * second full stop; quotation marks and brackets get no fix (where the
 * missing mark belongs is a judgement).
 */
import { fold } from '../text/fold.js';
import { langData } from '../text/lang-data.js';
import type { RuleContext, RuleModule } from './rule.js';

const SPACE = '[ \\t\\u00a0\\u202f]';
const NBSP = '\u00a0';
const NNBSP = '\u202f';
/** Punctuation French sets off with a (narrow) no-break space. */
const FRENCH_SPACED = new Set([':', ';', '!', '?']);
const INVISIBLE: Record<string, string> = {
  '\u200b': 'zero-width space',
  '\u2060': 'word joiner',
  '\ufeff': 'byte-order mark',
  '\u00ad': 'soft hyphen',
  '\u200c': 'zero-width non-joiner',
  '\u200d': 'zero-width joiner',
};

export const punctuationSpacing: RuleModule = {
  meta: {
    id: 'punctuation-spacing',
    description: "Doubled full stops, spaces before punctuation, unbalanced quotation marks and brackets, invisible characters in words.",
    type: 'layout',
    defaultSeverity: 'warning',
    fixable: 'safe',
    languages: '*',
    messages: {
      doubledStop: "Doubled full stop '{{found}}': write a single full stop.",
      spaceBefore: "Space before '{{mark}}': remove it.",
      frenchSpace: "In French, '{{mark}}' takes a no-break space before it, not a plain space.",
      spaceBeforeQuote: "Space before the closing quotation mark '{{mark}}': remove it.",
      unclosedQuote: "Quotation mark '{{mark}}' is not closed in this paragraph: add the closing mark or remove this one.",
      unopenedQuote: "Closing quotation mark '{{mark}}' has no opening mark in this paragraph.",
      reversedQuotes: "Quotation marks '{{mark}}' ... '{{open}}' are the wrong way round: write '{{open}}' before the quoted words and '{{mark}}' after them.",
      mismatchedQuote: "Quotation opened with '{{open}}' but closed with '{{mark}}': use a matching pair.",
      attributionInQuote: "Quotation mark '{{mark}}' is not closed before the attribution ('..., he said'): close the quotation before it.",
      unclosedBracket: "Bracket '{{mark}}' is not closed in this paragraph.",
      unopenedBracket: "Closing bracket '{{mark}}' has no opening bracket in this paragraph.",
      invisible: "Invisible {{name}} (U+{{code}}) in '{{word}}': remove it.",
    },
    docs: {
      fixSafety:
        'Safe: removing an invisible character, a space before punctuation or a second full stop changes no word. Unbalanced quotation marks and brackets get no fix.',
    },
    schema: {
      type: 'object',
      properties: { frenchSpacing: { type: 'boolean', description: 'Report a plain, breaking space before French high punctuation as info, with a fix to a no-break space (default false).' } },
      additionalProperties: false,
    },
  },
  check(context) {
    doubledStops(context);
    spaceBeforePunctuation(context);
    // one scan of the document for the marks, then each paragraph takes its share
    // (a regex run per paragraph reads on to the next mark, to the end of a document without one)
    const quoteMarks = new QuoteMarks(langData(context.language).quotes);
    const quoteAt = positions(context.text, quoteMarks.re);
    const bracketAt = positions(context.text, BRACKET);
    let q = 0;
    let b = 0;
    let open = false;
    for (const p of context.doc.paragraphs) {
      while (q < quoteAt.length && quoteAt[q] < p.start) q++;
      while (b < bracketAt.length && bracketAt[b] < p.start) b++;
      [q, open] = quotes(context, p.start, p.end, quoteMarks, quoteAt, q, open);
      b = brackets(context, p.end, bracketAt, b);
    }
    invisibles(context);
  },
};

function doubledStops(context: RuleContext): void {
  const { text } = context;
  // (?<!space): a match starts at the first space of a run, so a long run is scanned once
  const re = new RegExp(`(?<!${SPACE})${SPACE}*(?<![./\\\\])\\.\\.(?![./\\\\])`, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text[start - 1] ?? '';
    const after = text[end] ?? '';
    if (!/[\p{L}\p{N}”’»")\]]/u.test(before) || !(after === '' || /[\s”’»")\]]/.test(after))) continue;
    context.report({
      messageId: 'doubledStop',
      data: { found: m[0].trim() },
      range: [start, end],
      fix: { range: [start, end], text: '.' },
      actual: m[0],
      expected: ['.'],
    });
  }
}

function spaceBeforePunctuation(context: RuleContext): void {
  const { text, language } = context;
  const re = new RegExp(`(?<!${SPACE})(${SPACE}+)([,.:;!?])`, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const start = m.index;
    const markAt = start + m[1].length;
    const mark = m[2];
    const before = text[start - 1];
    const after = text[markAt + 1] ?? '';
    if (before === undefined || /\s/.test(before)) continue; // line start or indentation
    if (mark === '.' && (after === '.' || text[start - 1] === '.')) continue; // ellipsis, doubled stop
    if (!(after === '' || /[\s”’»"')\]]/.test(after))) continue; // '.5', '.com', ':-)'
    if ((mark === ':' || mark === ';') && /[)(\]]/.test(after)) continue; // a smiley ':)', ';('
    if (language === 'fr' && FRENCH_SPACED.has(mark)) {
      if (m[1] === NBSP || m[1] === NNBSP || context.options.frenchSpacing !== true) continue;
      const space = mark === ':' ? NBSP : NNBSP;
      context.report({
        messageId: 'frenchSpace',
        data: { mark },
        range: [start, markAt + 1],
        fix: { range: [start, markAt], text: space },
        severity: 'info',
      });
      continue;
    }
    context.report({
      messageId: 'spaceBefore',
      data: { mark },
      range: [start, markAt + 1],
      fix: { range: [start, markAt], text: '' },
    });
  }
}

interface Open {
  ch: string;
  at: number;
}

/** Offsets of every match of a global one-character regex in `text`. */
function positions(text: string, re: RegExp): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) out.push(m.index);
  return out;
}

/** The quotation-mark pairs of a language, as sets and as one regex for the scan (the regex made once per set of pairs). */
class QuoteMarks {
  readonly openers: Set<string>;
  readonly closers: Set<string>;
  readonly re: RegExp;

  constructor(readonly pairs: Array<[string, string]>) {
    this.openers = new Set(pairs.map((p) => p[0]));
    this.closers = new Set(pairs.map((p) => p[1]));
    this.re = quoteChars(pairs);
  }
}

/**
 * Quotation marks in one paragraph [from, to): a stack of the open ones.
 * A straight quote opens or closes by what stands around it (an opener
 * follows a space or the line start and precedes a word; a closer follows a
 * word and precedes a space, punctuation or the end), and only where that is
 * unclear by the stack. `marksAt` holds the offsets of the document's marks,
 * from index k on; `carried` is true when the paragraph before ended inside
 * a quotation (its first stray closing mark closes that one). Returns the
 * index of the first mark after the paragraph and whether a quotation is
 * still open at its end.
 *
 * A mark left open at the end of a paragraph is reported only when it cannot
 * be the start of a quotation that runs on (a news convention) or that the
 * text cuts off: an opening mark followed by a space or the line end (a
 * closing mark set on the wrong side), or a quotation that runs into its own
 * attribution (', he said' inside the quotation).
 */
function quotes(
  context: RuleContext,
  from: number,
  to: number,
  marks: QuoteMarks,
  marksAt: readonly number[],
  k: number,
  carried: boolean,
): [number, boolean] {
  const { text, language } = context;
  const { pairs, openers, closers } = marks;
  const stack: Open[] = [];
  const problems: Array<{ messageId: string; ch: string; at: number; data?: Record<string, string> }> = [];
  const closings: number[] = [];
  /** Opening marks already reported as the second half of a reversed pair. */
  const consumed = new Set<number>();
  for (; k < marksAt.length && marksAt[k] < to; k++) {
    const i = marksAt[k];
    const c = text[i];
    const before = text[i - 1] ?? '';
    const after = text[i + 1] ?? '';
    if (c === '"') {
      const top = stack[stack.length - 1];
      if (/\d/.test(before) && top?.ch !== '"') continue; // 12" is an inch mark
      const opensHere = (i === from || /[\s([{\-–—\/]/u.test(before)) && /[\p{L}\p{N}‘'(¿¡…]/u.test(after);
      const closesHere = /[\p{L}\p{N}.,;:!?…)\]’'%]/u.test(before) && (after === '' || /[\s.,;:!?)\]…»”]/u.test(after));
      if (top?.ch === '"' && (closesHere || !opensHere)) {
        stack.pop();
        closings.push(i);
      } else if (closesHere && !opensHere) {
        // a straight mark that closes a quotation opened with '"' before this paragraph,
        // one opened with a curved mark (nested marks), or nothing the text shows: no finding
        if (top === undefined && carried) carried = false;
      } else stack.push({ ch: c, at: i });
      continue;
    }
    if (!openers.has(c) && !closers.has(c)) continue;
    if (consumed.has(i)) continue;
    const top = stack[stack.length - 1];
    if (top && (pairs.some((p) => p[0] === top.ch && p[1] === c) || (top.ch === '"' && closers.has(c) && !openers.has(c)))) {
      stack.pop();
      if (top.ch === '"') problems.push({ messageId: 'mismatchedQuote', ch: c, at: i, data: { open: top.ch } });
      else closings.push(i);
    } else if (openers.has(c) && !(closers.has(c) && top === undefined && carried && !/[\p{L}\p{N}]/u.test(after))) stack.push({ ch: c, at: i });
    else if (top === undefined && carried) carried = false;
    else {
      const reversed = reversedOpener(text, i, to, c, marks);
      if (reversed >= 0) {
        consumed.add(reversed);
        problems.push({ messageId: 'reversedQuotes', ch: c, at: i, data: { open: text[reversed] } });
      } else problems.push({ messageId: 'unopenedQuote', ch: c, at: i });
    }
  }
  const continues = stack.length > 0 && continuedQuote(text, to, openers);
  for (const o of stack) {
    const next = text[o.at + 1] ?? '';
    if (o.at + 1 >= text.length) continue; // the text is cut off after the mark
    if (o.ch !== '"' && /\s/u.test(next) && !continues) problems.push({ messageId: 'unclosedQuote', ch: o.ch, at: o.at });
    else if (runsIntoAttribution(text, o.at + 1, to, language)) problems.push({ messageId: 'attributionInQuote', ch: o.ch, at: o.at });
    // a curved quotation mark (not a guillemet, whose conventions for running on vary, nor a straight
    // mark) left open in a paragraph that another paragraph follows, which neither reopens nor closes it
    else if (o.ch !== '"' && o.ch !== '«' && o.ch !== '»' && !continues && nextParagraphLeavesOpen(text, to, marks, o.ch)) {
      problems.push({ messageId: 'unclosedQuote', ch: o.ch, at: o.at });
    }
  }
  for (const p of problems) context.report({ messageId: p.messageId, data: { mark: p.ch, ...p.data }, range: [p.at, p.at + 1] });
  if (problems.length || stack.length) return [k, stack.length > 0]; // where the quotations close is unclear
  for (const at of closings) {
    let s = at;
    while (s > from && /[ \t\u00a0\u202f]/.test(text[s - 1])) s--;
    if (s === at || s === from || /\s/.test(text[s - 1])) continue;
    const mark = text[at];
    if (language === 'fr' && mark === '»') {
      const space = text.slice(s, at);
      if (space === NBSP || space === NNBSP || context.options.frenchSpacing !== true) continue;
      context.report({ messageId: 'frenchSpace', data: { mark }, range: [s, at + 1], fix: { range: [s, at], text: NNBSP }, severity: 'info' });
      continue;
    }
    context.report({ messageId: 'spaceBeforeQuote', data: { mark }, range: [s, at + 1], fix: { range: [s, at], text: '' } });
  }
  return [k, false];
}

/**
 * Marks set the wrong way round around a quoted word or two: 'rely on the”
 * win-win “partnership' (a closing mark that closes nothing, after a word,
 * then a few words, then an opening mark before a word, nothing else
 * between). Returns the offset of that opening mark, or -1.
 */
function reversedOpener(text: string, at: number, to: number, close: string, marks: QuoteMarks): number {
  const open = marks.pairs.find((p) => p[1] === close && p[0] !== close)?.[0];
  if (!open || marks.closers.has(open) || marks.openers.has(close) || !/\p{L}/u.test(text[at - 1] ?? '')) return -1;
  const m = new RegExp(`^[ \\t]+[\\p{L}\\p{N}][\\p{L}\\p{N}\\- ]{0,40}?[ \\t]+${open}\\p{L}`, 'u').exec(text.slice(at + 1, Math.min(to, at + 60)));
  return m ? at + m[0].length - 1 : -1;
}

/**
 * Does an open quotation run into its own attribution: ', he said', ', said
 * Sisi', ', the head of the committee told reporters' (a speech verb of
 * rules/language/<lang>.yaml after a comma,
 * within the first seven words of a clause of two words or more)?
 */
function runsIntoAttribution(text: string, from: number, to: number, language: string): boolean {
  const verbs = langData(language).speechVerbs;
  if (verbs.size === 0) return false;
  for (const m of text.slice(from, to).matchAll(/,\s+([^,.;:!?()"“”«»„]{1,80})/gu)) {
    const words = m[1].trim().split(/\s+/).slice(0, 7);
    if (words.length >= 2 && words.some((w) => verbs.has(fold(w)))) return true;
  }
  return false;
}

const quoteRes = new Map<string, RegExp>();

/** A global regex matching the straight quote and every mark of `pairs` (one per set of pairs). */
function quoteChars(pairs: Array<[string, string]>): RegExp {
  const chars = [...new Set(['"', ...pairs.flat()])].join('');
  let re = quoteRes.get(chars);
  if (!re) {
    re = new RegExp(`[${chars.replace(/[\]\\^-]/g, '\\$&')}]`, 'g');
    quoteRes.set(chars, re);
  }
  return re;
}

/**
 * Is there a next paragraph, and is its first quotation mark (if any) not the
 * closing mark of `open`'s pair? Then a quotation left open before it is not
 * running on (the convention reopens it, or the next paragraph closes it).
 */
function nextParagraphLeavesOpen(text: string, end: number, marks: QuoteMarks, open: string): boolean {
  const rest = /^\s*\n\s*(\S[^]*?)(?:\n\s*\n|$)/.exec(text.slice(end, end + 4000));
  if (!rest) return false;
  const closers = new Set(marks.pairs.filter((p) => p[0] === open).map((p) => p[1]));
  for (const ch of rest[1]) {
    if (closers.has(ch)) return false;
    if (marks.openers.has(ch) || ch === '"') return true;
  }
  return true;
}

/** Does the next paragraph open with a quotation mark (a quotation running on over paragraphs)? */
function continuedQuote(text: string, end: number, openers: Set<string>): boolean {
  const m = /^\s*(\S)/.exec(text.slice(end, end + 200));
  return !!m && (openers.has(m[1]) || m[1] === '"');
}

const CLOSE_OF: Record<string, string> = { ')': '(', ']': '[' };

const BRACKET = /[()[\]]/g;

/** Brackets in one paragraph (ending at `to`), from index k of the document's bracket offsets `at`; returns the index after the paragraph. */
function brackets(context: RuleContext, to: number, at: readonly number[], k: number): number {
  const { text } = context;
  const stack: Open[] = [];
  for (; k < at.length && at[k] < to; k++) {
    const i = at[k];
    const c = text[i];
    if (c === '(' || c === '[') stack.push({ ch: c, at: i });
    else if (c === ')' || c === ']') {
      if (stack.length && stack[stack.length - 1].ch === CLOSE_OF[c]) stack.pop();
      else if (!listMarker(text, i) && !/[:;]/.test(text[i - 1] ?? '')) {
        context.report({ messageId: 'unopenedBracket', data: { mark: c }, range: [i, i + 1] });
      }
    }
  }
  for (const o of stack) context.report({ messageId: 'unclosedBracket', data: { mark: o.ch }, range: [o.at, o.at + 1] });
  return k;
}

/**
 * A list or clause marker, not a bracket: '1)' or 'a)' at the start of a line,
 * and within a line a number, one or two lower-case letters or a small Roman
 * numeral after a space ('a), b), c)', 'al punto 10)', 'ii)'), or a smiley (':-)').
 */
function listMarker(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (/^\s*[\p{L}\p{N}]{1,3}$/u.test(text.slice(lineStart, at))) return true;
  const before = text.slice(Math.max(lineStart, at - 6), at);
  return /(?:^|[\s,;(])(?:\p{Ll}{1,2}|\p{N}{1,3}|[ivx]{1,4})$/u.test(before) || /[:;]-?$/.test(before);
}

function invisibles(context: RuleContext): void {
  const { text, doc } = context;
  const re = /[\u200b\u2060\ufeff\u00ad\u200c\u200d\u00a0]+/g;
  let wholeWords: Set<string> | undefined;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text[start - 1] ?? '';
    const after = text[end] ?? '';
    const letterBefore = /[\p{L}\p{N}]/u.test(before);
    const letterAfter = /[\p{L}\p{N}]/u.test(after);
    const chars = [...new Set(m[0])];
    if (chars.some((c) => c === NBSP)) {
      // a no-break space between two words is typography; inside one word it is an artefact
      if (!(chars.length === 1 && letterBefore && letterAfter)) continue;
      const left = /[\p{L}\p{M}\p{N}]*$/u.exec(text.slice(Math.max(0, start - 40), start))![0];
      const right = /^[\p{L}\p{M}\p{N}]*/u.exec(text.slice(end, end + 40))![0];
      wholeWords ??= new Set(doc.words.map((w) => w.key));
      if (!wholeWords.has(fold(left + right))) continue;
    } else if (chars.every((c) => c === '\u200c' || c === '\u200d')) {
      if (!/\p{Script=Latin}/u.test(before) || !/\p{Script=Latin}/u.test(after)) continue; // Arabic, Persian, emoji use them
    } else if (!letterBefore && !letterAfter) continue;
    const left = /[\p{L}\p{M}\p{N}]*$/u.exec(text.slice(Math.max(0, start - 40), start))![0];
    const right = /^[\p{L}\p{M}\p{N}]*/u.exec(text.slice(end, end + 40))![0];
    const first = m[0][0];
    context.report({
      messageId: 'invisible',
      data: { name: INVISIBLE[first] ?? 'no-break space', code: first.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0'), word: left + right },
      range: [start, end],
      fix: { range: [start, end], text: '' },
    });
  }
}
