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
 *   paragraph (the pairs of rules/language/<lang>.yaml and straight quotes; a
 *   quotation continued in the next paragraph, which opens with a quotation
 *   mark again, is the news convention and stays clean);
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
    for (const p of context.doc.paragraphs) {
      while (q < quoteAt.length && quoteAt[q] < p.start) q++;
      while (b < bracketAt.length && bracketAt[b] < p.start) b++;
      q = quotes(context, p.start, p.end, quoteMarks, quoteAt, q);
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
    if (!(after === '' || /[\s”’»"')\]]/.test(after))) continue; // '.5', '.com', ':)'
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
 * Quotation marks in one paragraph [from, to): a stack of the open ones;
 * straight quotes alternate. `marksAt` holds the offsets of the document's
 * marks, from index k on; returns the index of the first mark after the paragraph.
 */
function quotes(context: RuleContext, from: number, to: number, marks: QuoteMarks, marksAt: readonly number[], k: number): number {
  const { text, language } = context;
  const { pairs, openers, closers } = marks;
  const stack: Open[] = [];
  const problems: Array<{ messageId: string; ch: string; at: number }> = [];
  const closings: number[] = [];
  for (; k < marksAt.length && marksAt[k] < to; k++) {
    const i = marksAt[k];
    const c = text[i];
    if (c === '"') {
      const top = stack[stack.length - 1];
      if (top?.ch === '"') {
        stack.pop();
        closings.push(i);
      } else if (!/\d/.test(text[i - 1] ?? '')) stack.push({ ch: c, at: i }); // 12" is an inch mark
      continue;
    }
    if (!openers.has(c) && !closers.has(c)) continue;
    const top = stack[stack.length - 1];
    if (top && pairs.some((p) => p[0] === top.ch && p[1] === c)) {
      stack.pop();
      closings.push(i);
    } else if (openers.has(c)) stack.push({ ch: c, at: i });
    else problems.push({ messageId: 'unopenedQuote', ch: c, at: i });
  }
  if (stack.length && !continuedQuote(text, to, openers)) {
    for (const o of stack) problems.push({ messageId: 'unclosedQuote', ch: o.ch, at: o.at });
  }
  for (const p of problems) context.report({ messageId: p.messageId, data: { mark: p.ch }, range: [p.at, p.at + 1] });
  if (problems.length || stack.length) return k; // where the quotations close is unclear
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
  return k;
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

/** '1)' or 'a)' at the start of a line: a list marker, not a bracket. */
function listMarker(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return /^\s*[\p{L}\p{N}]{1,3}$/u.test(text.slice(lineStart, at));
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
