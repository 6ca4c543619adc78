/**
 * stray-script: letters of another script in a Latin-script document.
 *
 * - a run of Arabic, Cyrillic, Greek, Hebrew, CJK ... text (one report per
 *   run; spaces and punctuation between letters of one script stay in the
 *   run): an untranslated segment. A run that is the whole content of
 *   brackets or quotation marks after Latin text on the same line is a
 *   deliberate gloss ('Government of National Accord (حكومة الوفاق الوطني)'):
 *   info only. A lone Greek letter (α, μ, Ω) is a symbol and stays clean.
 * - a word that mixes Latin with Cyrillic or Greek letters ('Hаftar' with a
 *   Cyrillic 'а'): a homoglyph, which breaks search and name matching. A
 *   whole word of Cyrillic or Greek look-alikes in a Latin line ('Ѕirte'
 *   typed in Cyrillic) gets a suggestion of its Latin spelling.
 * - Arabic-Indic digits (٠-٩, ۰-۹) in Latin text.
 *
 * Whole paragraphs in another script are reported here, as runs; the
 * wrong-language rule leaves them alone, so nothing is reported twice.
 *
 * Severity: warning (a gloss: info). Fix safety: safe for Arabic-Indic digits
 * (Western digits of the same value) and for a mixed word whose foreign
 * letters all have an unambiguous Latin look-alike and whose Latin letters
 * are the majority; otherwise no fix (a whole foreign word: a suggestion).
 */
import { latinLookalike } from '../text/homoglyphs.js';
import type { RuleContext, RuleModule } from './rule.js';

const LATIN_LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'ca', 'ro', 'pl', 'cs', 'sk', 'sl', 'hr', 'hu', 'sv', 'da', 'no', 'fi', 'tr', 'id', 'ms'];
const SCRIPTS = [
  'Arabic', 'Cyrillic', 'Greek', 'Hebrew', 'Han', 'Hiragana', 'Katakana', 'Hangul', 'Thai', 'Devanagari', 'Armenian',
  'Georgian', 'Syriac', 'Thaana', 'Ethiopic', 'Bengali', 'Tamil', 'Tifinagh',
].map((name) => ({ name, re: new RegExp(`\\p{Script=${name}}`, 'u') }));
/** Anything that is a letter or digit of a script other than Latin, Common and Inherited. */
const FOREIGN = /(?![\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}])[\p{L}\p{Nd}]/u;
/**
 * FOREIGN as a table for the code units below U+2100, which hold the letters
 * of Latin text and its punctuation: a document is checked without running
 * the regex on each character (built from one regex run over those 8,448
 * characters; above them, and for surrogate pairs, the regex decides).
 */
const TABLE_END = 0x2100;
const FOREIGN_LOW = (() => {
  const table = new Uint8Array(TABLE_END);
  let all = '';
  for (let c = 0; c < TABLE_END; c++) all += String.fromCharCode(c);
  for (const m of all.matchAll(new RegExp(FOREIGN.source, 'gu'))) table[m.index] = 1;
  return table;
})();

/** Is there a letter or digit of another script than Latin anywhere in `text`? (FOREIGN.test(text), faster.) */
export function hasForeign(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < TABLE_END) {
      if (FOREIGN_LOW[c]) return true;
      continue;
    }
    const cp = text.codePointAt(i)!;
    if (FOREIGN.test(String.fromCodePoint(cp))) return true;
    if (cp > 0xffff) i++;
  }
  return false;
}
const NEUTRAL = /[\p{Script=Common}\p{Script=Inherited}]/u;
const OPEN_CLOSE: Record<string, string> = { '(': ')', '[': ']', '“': '”', '«': '»', '„': '“', '"': '"', '‘': '’', '‹': '›', '»': '«' };
const LONG = 40;

const scriptCache = new Map<string, string>();
function scriptOf(ch: string): string {
  let s = scriptCache.get(ch);
  if (s === undefined) {
    if (/\p{Script=Latin}/u.test(ch)) s = 'Latin';
    else if (NEUTRAL.test(ch)) s = '';
    else s = SCRIPTS.find((x) => x.re.test(ch))?.name ?? 'non-Latin';
    scriptCache.set(ch, s);
  }
  return s;
}

export const strayScript: RuleModule = {
  meta: {
    id: 'stray-script',
    description: 'Letters of another script in Latin-script text: untranslated runs, homoglyphs in words, Arabic-Indic digits.',
    type: 'problem',
    defaultSeverity: 'warning',
    fixable: 'safe',
    hasSuggestions: true,
    languages: LATIN_LANGUAGES,
    messages: {
      run: "{{script}} text '{{found}}' in Latin-script text: an untranslated segment? Translate or transliterate it.",
      gloss: "{{script}} gloss '{{found}}': fine if deliberate; check that it matches the text it glosses.",
      homoglyph: "'{{word}}' mixes Latin and {{script}} letters ({{letters}}): a look-alike letter from another alphabet. Write '{{fixed}}'.",
      mixed: "'{{word}}' mixes Latin and {{script}} letters ({{letters}}): retype it in one alphabet.",
      lookalikeWord: "'{{word}}' is written in {{script}} letters that look Latin: probably '{{fixed}}'.",
      useLatin: "Write '{{fixed}}'.",
      digits: "Arabic-Indic digits '{{found}}' in Latin-script text: write '{{fixed}}'.",
    },
    docs: {
      fixSafety:
        'Safe for Arabic-Indic digits and for homoglyphs in a mostly Latin word when every foreign letter has one unambiguous Latin look-alike; other findings get no fix.',
    },
  },
  check(context) {
    const { text } = context;
    if (!hasForeign(text)) return;
    const handled = mixedWords(context);
    runs(context, handled);
  },
};

/** Words with Latin and foreign letters; returns their ranges so runs skip them. */
function mixedWords(context: RuleContext): Array<[number, number]> {
  const { text, doc } = context;
  const out: Array<[number, number]> = [];
  for (const w of doc.words) {
    const word = text.slice(w.start, w.end);
    if (!FOREIGN.test(word) || !/\p{Script=Latin}/u.test(word)) continue;
    out.push([w.start, w.end]);
    let latin = 0;
    const foreign: string[] = [];
    const scripts = new Set<string>();
    for (const ch of word) {
      const s = scriptOf(ch);
      if (s === 'Latin') latin++;
      else if (s) {
        foreign.push(ch);
        scripts.add(s);
      }
    }
    const script = [...scripts].join('/');
    const letters = [...new Set(foreign)].map((c) => `'${c}' U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(', ');
    const repairable = latin >= foreign.length && foreign.every((c) => latinLookalike(c));
    if (repairable) {
      const fixed = [...word].map((c) => latinLookalike(c) ?? c).join('');
      context.report({
        messageId: 'homoglyph',
        data: { word, script, letters, fixed },
        range: [w.start, w.end],
        fix: { range: [w.start, w.end], text: fixed },
        actual: word,
        expected: [fixed],
      });
    } else {
      context.report({ messageId: 'mixed', data: { word, script, letters }, range: [w.start, w.end], actual: word });
    }
  }
  return out;
}

function runs(context: RuleContext, skip: Array<[number, number]>): void {
  const { text } = context;
  let k = 0;
  let i = 0;
  while (i < text.length) {
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    const script = scriptOf(ch);
    if (!script || script === 'Latin') {
      i += ch.length;
      continue;
    }
    while (k < skip.length && skip[k][1] <= i) k++;
    if (k < skip.length && skip[k][0] <= i) {
      i = skip[k][1];
      continue;
    }
    // extend over letters of this script and neutral characters between them, within the line
    const start = i;
    let end = i + ch.length;
    let j = end;
    while (j < text.length) {
      const c = String.fromCodePoint(text.codePointAt(j)!);
      if (c === '\n' || c === '\r') break;
      const s = scriptOf(c);
      if (s === script) end = j + c.length;
      else if (s !== '') break;
      j += c.length;
    }
    report(context, script, start, end);
    i = end;
  }
}

function report(context: RuleContext, script: string, start: number, end: number): void {
  const { text } = context;
  const found = text.slice(start, end);
  const shown = found.length > LONG ? `${found.slice(0, LONG)}…` : found;
  const letters = found.match(/\p{L}/gu) ?? [];
  if (letters.length === 0) {
    const fixed = westernDigits(found);
    if (fixed === found) return context.report({ messageId: 'run', data: { script, found: shown }, range: [start, end], actual: found });
    return context.report({ messageId: 'digits', data: { found, fixed }, range: [start, end], fix: { range: [start, end], text: fixed }, actual: found, expected: [fixed] });
  }
  if (script === 'Greek' && letters.length === 1) return; // α, μ, Ω: symbols
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = (text.indexOf('\n', end) + 1 || text.length + 1) - 1;
  const line = text.slice(lineStart, lineEnd);
  if ((script === 'Cyrillic' || script === 'Greek') && !/\s/.test(found) && letters.every((c) => latinLookalike(c)) && /\p{Script=Latin}/u.test(line)) {
    const fixed = [...found].map((c) => latinLookalike(c) ?? c).join('');
    return context.report({
      messageId: 'lookalikeWord',
      data: { word: found, script, fixed },
      range: [start, end],
      suggestions: [{ messageId: 'useLatin', data: { fixed }, fix: { range: [start, end], text: fixed } }],
      actual: found,
    });
  }
  if (isGloss(text, start, end, lineStart)) {
    return context.report({ messageId: 'gloss', data: { script, found: shown }, range: [start, end], severity: 'info', actual: found });
  }
  context.report({ messageId: 'run', data: { script, found: shown }, range: [start, end], actual: found });
}

/** The whole content of brackets or quotation marks, after Latin text on the same line. */
function isGloss(text: string, start: number, end: number, lineStart: number): boolean {
  let a = start - 1;
  while (a >= lineStart && /[ \t\u00a0]/.test(text[a])) a--;
  let b = end;
  while (b < text.length && /[ \t\u00a0]/.test(text[b])) b++;
  const open = text[a];
  if (a < lineStart || OPEN_CLOSE[open] === undefined || text[b] !== OPEN_CLOSE[open]) return false;
  return /\p{Script=Latin}/u.test(text.slice(lineStart, a));
}

function westernDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => {
    const c = d.charCodeAt(0);
    return String(c >= 0x06f0 ? c - 0x06f0 : c - 0x0660);
  });
}
