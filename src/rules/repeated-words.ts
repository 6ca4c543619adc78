/**
 * repeated-words: text said twice by accident, typical of machine
 * translation and scraping:
 * - an immediate repeat ("military military", also across a line break);
 * - an 'X of X' collapse ("the Libyan government of government"), with the
 *   connectors of each language (of; de; di; von, der, des) from the packs;
 * - a phrase of 2 to 6 words repeated back to back ("the forces of the the
 *   forces of the");
 * - a line or paragraph repeated in a row (a duplicated headline), compared
 *   after folding white space and case; also a paragraph that repeats the
 *   end of the one before it (a headline after a breadcrumb trail).
 * Genuine doubles stay clean: the `repeats.allow` lists of the packs (had
 * had, that that, nous nous, die die, very very), doubled articles only in
 * mid-sentence ('die Frau, die die Zeitung liest'; 'Die die Sätze' is a
 * repeat); numbers (table columns repeat
 * them); initials (J J Abrams); a name or title written twice with capitals
 * (Candebat Candebat, Bora Bora, Really Really Love You) unless a pack
 * knows the name ('Haftar Haftar'); a word before a name that starts with
 * it (de De Gaulle, military Military Parade; but a function word that is
 * no name particle is a repeat: 'am Am Montag'); a word that is not in the language's dictionary but repeated in
 * a foreign-language title; an article and noun said twice ('a spade a
 * spade'); function words around a connector ('der von der Bank'); a
 * lower-case word before a name that starts with it ('ciudad de Ciudad
 * Juárez'); and words differing in accents (Spanish "que qué").
 *
 * Fix safety: deleting an immediate repeat is a safe fix when both copies
 * are identical, lower case and at least four letters long (a content word);
 * other repeats, 'X of X' and duplicated paragraphs get suggestions.
 */
import { parsePhrase } from '../match/phrase-matcher.js';
import type { LoadedPack } from '../packs/load-pack.js';
import { repeatsFor } from '../packs/phrase-data.js';
import { requireDictionary, type Dictionary } from '../text/dictionary.js';
import { langData, type LangData } from '../text/lang-data.js';
import type { Word } from '../text/words.js';
import type { RuleContext, RuleModule } from './rule.js';

interface Compiled {
  /** Allowed doubles by their lower-case unit ("had", "duran", "très"). */
  allow: Set<string>;
  connectors: Set<string>;
}

const MAX_NGRAM = 6;
const NUMERIC = /^[\p{N}.,]+$/u;

export const repeatedWords: RuleModule = {
  meta: {
    id: 'repeated-words',
    description: "Words, phrases, lines or paragraphs repeated by accident ('military military', 'government of government').",
    type: 'problem',
    defaultSeverity: 'error',
    fixable: 'safe',
    hasSuggestions: true,
    languages: '*',
    messages: {
      word: "'{{word}}' twice in a row ('{{found}}'): delete the repeat.",
      ngram: "'{{phrase}}' is repeated back to back: delete the repeat.",
      ofCollapse: "'{{found}}' repeats '{{word}}' around '{{connector}}', a collapsed translation: delete '{{tail}}' or say what was meant.",
      block: "This {{what}} repeats the one before it ('{{preview}}'), a scraping leftover: delete the copy.",
      suffix: "This paragraph repeats the end of the one before it ('{{preview}}'), a scraping leftover: delete one of them.",
      delete: "Delete '{{tail}}'",
      deleteBlock: 'Delete the repeated {{what}}',
    },
    docs: {
      fixSafety:
        'Safe fix for an exact immediate repeat of a lower-case word of four letters or more; suggestions for other repeats, X of X and repeated paragraphs.',
    },
  },
  check(context) {
    const compiled = context.packs.cached(`repeats:${context.language}`, (packs) => compile(packs, context.language));
    const { text } = context;
    const ws = context.doc.words;
    const lower = ws.map((w) => text.slice(w.start, w.end).toLowerCase());
    const covered = new Uint8Array(ws.length);
    const data = langData(context.language);
    findNgrams(context, ws, lower, compiled, covered, data);
    findOfCollapses(context, ws, lower, compiled, covered, data);
    findWordRepeats(context, ws, lower, compiled, covered, data);
    findRepeatedBlocks(context);
  },
};

function compile(packs: LoadedPack[], lang: string): Compiled {
  const allow = new Set<string>();
  const connectors = new Set<string>();
  for (const { item } of repeatsFor(packs, lang)) {
    for (const a of item.allow ?? []) {
      const raws = parsePhrase(a).tokens.map((t) => (t.choices === 'any' ? '' : t.choices[0].raws.join(' ').toLowerCase()));
      const half = raws.length % 2 === 0 ? raws.length / 2 : 0;
      const unit = half > 0 && raws.slice(0, half).join(' ') === raws.slice(half).join(' ') ? raws.slice(0, half) : raws;
      allow.add(unit.join(' '));
    }
    for (const c of item.connectors ?? []) connectors.add(c.trim().toLowerCase());
  }
  return { allow, connectors };
}

/** Only white space between words i-1 and i, with at most one line break (or none). */
function spaced(text: string, ws: readonly Word[], i: number, lineBreak: boolean): boolean {
  const gap = text.slice(ws[i - 1].end, ws[i].start);
  if (gap === ' ') return true;
  if (!/^\s+$/u.test(gap)) return false;
  const breaks = (gap.match(/\r\n|\r|\n/g) ?? []).length;
  return breaks === 0 || (lineBreak && breaks === 1);
}

function punctuationBetween(text: string, ws: readonly Word[], i: number): string {
  return text.slice(ws[i - 1].end, ws[i].start).replace(/\s+/gu, ' ');
}

function findNgrams(context: RuleContext, ws: readonly Word[], lower: string[], c: Compiled, covered: Uint8Array, data: LangData): void {
  const { text } = context;
  for (let i = 0; i < ws.length; i++) {
    for (let n = MAX_NGRAM; n >= 2; n--) {
      if (i + 2 * n > ws.length) continue;
      let same = true;
      for (let k = 0; k < n && same; k++) {
        same = lower[i + k] === lower[i + n + k] && !covered[i + k];
        if (same && k > 0) same = punctuationBetween(text, ws, i + k) === punctuationBetween(text, ws, i + n + k);
      }
      if (!same || !spaced(text, ws, i + n, false)) continue;
      const unit = lower.slice(i, i + n);
      if (unit.every((u) => NUMERIC.test(u)) || c.allow.has(unit.join(' '))) continue;
      // 'calls a spade a spade', 'une fois une fois': an article and its noun said twice is a figure of speech
      if (n === 2 && data.functionWords.get(ws[i].key) === 'articles') continue;
      const phrase = text.slice(ws[i + n].start, ws[i + 2 * n - 1].end);
      const tail = text.slice(ws[i + n - 1].end, ws[i + 2 * n - 1].end);
      context.report({
        messageId: 'ngram',
        data: { phrase, tail: tail.trim() },
        range: [ws[i + n].start, ws[i + 2 * n - 1].end],
        suggestions: [{ messageId: 'delete', fix: { range: [ws[i + n - 1].end, ws[i + 2 * n - 1].end], text: '' } }],
        actual: text.slice(ws[i].start, ws[i + 2 * n - 1].end),
        expected: [text.slice(ws[i].start, ws[i + n - 1].end)],
      });
      covered.fill(1, i, i + 2 * n);
      i += 2 * n - 1;
      break;
    }
  }
}

function hyphenated(text: string, ws: readonly Word[], i: number): boolean {
  const before = ws[i].start > 0 && /[-‐‑]/u.test(text[ws[i].start - 1]);
  const after = /[-‐‑]/u.test(text[ws[i].end] ?? '');
  return before || after;
}

function findOfCollapses(context: RuleContext, ws: readonly Word[], lower: string[], c: Compiled, covered: Uint8Array, data: LangData): void {
  if (c.connectors.size === 0) return;
  const { text } = context;
  for (let i = 0; i + 2 < ws.length; i++) {
    if (!c.connectors.has(lower[i + 1]) || lower[i] !== lower[i + 2] || covered[i] || covered[i + 2]) continue;
    if (!/^\p{L}{3,}$/u.test(lower[i]) || c.allow.has(`${lower[i]} ${lower[i + 1]} ${lower[i + 2]}`)) continue;
    if (!spaced(text, ws, i + 1, true) || !spaced(text, ws, i + 2, true)) continue;
    if (hyphenated(text, ws, i) || hyphenated(text, ws, i + 2)) continue;
    // 'der von der Bank', 'la de la': function words around a connector are grammar, not a collapse
    if (data.functionWords.has(ws[i].key)) continue;
    // 'la ciudad de Ciudad Juárez': the second copy opens a name
    if (isLowerInitial(text.slice(ws[i].start, ws[i].end)) && !isLowerInitial(text.slice(ws[i + 2].start, ws[i + 2].end))) continue;
    const found = text.slice(ws[i].start, ws[i + 2].end);
    const tail = text.slice(ws[i].end, ws[i + 2].end).trim();
    context.report({
      messageId: 'ofCollapse',
      data: { found, word: text.slice(ws[i].start, ws[i].end), connector: text.slice(ws[i + 1].start, ws[i + 1].end), tail },
      range: [ws[i].start, ws[i + 2].end],
      suggestions: [{ messageId: 'delete', fix: { range: [ws[i].end, ws[i + 2].end], text: '' } }],
      actual: found,
      expected: [text.slice(ws[i].start, ws[i].end)],
    });
    covered.fill(1, i, i + 3);
    i += 2;
  }
}

function findWordRepeats(context: RuleContext, ws: readonly Word[], lower: string[], c: Compiled, covered: Uint8Array, data: LangData): void {
  const { text } = context;
  let dict: Dictionary | null | undefined = null;
  const inMention = (w: Word) => context.doc.mentions.some((m) => m.start <= w.start && w.end <= m.end);
  for (let i = 1; i < ws.length; i++) {
    if (lower[i] !== lower[i - 1] || covered[i] || covered[i - 1]) continue;
    if (!spaced(text, ws, i, true) || NUMERIC.test(lower[i])) continue;
    const first = text.slice(ws[i - 1].start, ws[i - 1].end);
    const second = text.slice(ws[i].start, ws[i].end);
    // the allowed doubles are grammatical in mid-sentence ('that had had', 'die Frau, die die Zeitung liest'),
    // never at the start of a sentence ('Die die Sätze', 'This is is' is not allowed at all)
    if (c.allow.has(lower[i]) && ((isLowerInitial(first) && isLowerInitial(second)) || data.functionWords.get(ws[i].key) !== 'articles')) continue;
    // initials (J J Abrams); names and titles written twice on purpose (Candebat Candebat, Really
    // Really Love You), unless a pack knows the name as one word ('Haftar Haftar')
    if (/^\p{Lu}$/u.test(second)) continue;
    const packName = inMention(ws[i - 1]) && inMention(ws[i]);
    if (!isLowerInitial(first) && !isLowerInitial(second) && !packName) continue;
    // a word before a name that starts with it (de De Gaulle, military Military Parade); but a
    // function word that is no name particle is a repeat ('am Am Montag')
    if (isLowerInitial(first) && !isLowerInitial(second) && (!data.functionWords.has(ws[i].key) || data.nameConnectors.has(ws[i].key) || PARTICLES.has(lower[i]))) continue;
    // a word of another language (a quoted title: „Really really love you“) is not this text's repeat
    if (dict === null) dict = requireDictionary(context.language);
    if (!packName && dict && !dict.isWord(first) && !dict.isWord(lower[i]) && /^\p{L}+$/u.test(first)) continue;
    const safe = first === second && isLowerInitial(first) && [...first].length >= 4;
    // across a line break, delete the second copy and the spaces after it, keeping the line break
    let after = ws[i].end;
    while (text[after] === ' ') after++;
    const range: [number, number] = /[\r\n]/.test(text.slice(ws[i - 1].end, ws[i].start)) ? [ws[i].start, after] : [ws[i - 1].end, ws[i].end];
    const fix = { range, text: '' };
    context.report({
      messageId: 'word',
      data: { word: second, found: text.slice(ws[i - 1].start, ws[i].end), tail: second },
      range: [ws[i].start, ws[i].end],
      fix: safe ? fix : undefined,
      suggestions: [{ messageId: 'delete', fix }],
      actual: text.slice(ws[i - 1].start, ws[i].end),
      expected: [first],
    });
    covered[i] = 1;
  }
}

/** Particles that stand before names in many languages (de Gaulle, van Gogh, al-Sisi). */
const PARTICLES = new Set(['de', 'da', 'di', 'do', 'du', 'del', 'della', 'dos', 'das', 'van', 'von', 'der', 'den', 'ter', 'ten', 'le', 'la', 'al', 'el', 'ben', 'bin', 'ibn', 'abu', 'mac', 'mc', 'san', 'santa', 'st']);

function isLowerInitial(word: string): boolean {
  const ch = word[0];
  return ch === ch.toLowerCase() && ch !== ch.toUpperCase();
}

interface Block {
  start: number;
  end: number;
  /** The last word, lower case: two blocks can only be equal, or one end the other, when these are. */
  last: string;
  /** White space folded, lower case: made only when the last words agree (most blocks never need it). */
  key?: string;
}

/** A trimmed span of text (a paragraph or a line). */
function block(text: string, start: number, end: number): Block {
  let i = end;
  while (i > start && !/\s/u.test(text[i - 1])) i--;
  return { start, end, last: text.slice(i, end).toLowerCase() };
}

function keyOf(text: string, b: Block): string {
  return (b.key ??= text.slice(b.start, b.end).replace(/\s+/gu, ' ').trim().toLowerCase());
}

/** Words of a block (runs with a letter or digit). */
function wordCount(text: string, b: Block): number {
  return keyOf(text, b).split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function preview(text: string, b: Block): string {
  const body = text.slice(b.start, b.end).replace(/\s+/gu, ' ').trim();
  return body.length > 60 ? `${body.slice(0, 57).trimEnd()}...` : body;
}

function findRepeatedBlocks(context: RuleContext): void {
  const { text } = context;
  const paragraphs = context.doc.paragraphs.map((p) => block(text, p.start, p.end));
  const report = (what: 'paragraph' | 'line', prev: Block, cur: Block, messageId = 'block') =>
    context.report({
      messageId,
      data: { what, preview: preview(text, cur) },
      range: [cur.start, cur.end],
      suggestions: [{ messageId: 'deleteBlock', data: { what }, fix: { range: [prev.end, cur.end], text: '' } }],
      actual: text.slice(cur.start, cur.end),
    });
  for (let p = 0; p < paragraphs.length; p++) {
    const cur = paragraphs[p];
    const prev = paragraphs[p - 1];
    const sameEnd = prev !== undefined && cur.last === prev.last;
    if (sameEnd && keyOf(text, cur) === keyOf(text, prev) && wordCount(text, cur) >= 3) {
      report('paragraph', prev, cur);
      continue;
    }
    if (sameEnd && keyOf(text, prev).endsWith(` ${keyOf(text, cur)}`) && wordCount(text, cur) >= 5 && wordCount(text, prev) - wordCount(text, cur) <= 8) {
      report('paragraph', prev, cur, 'suffix');
      continue;
    }
    // repeated lines inside one paragraph
    let last: Block | undefined;
    for (const line of text.slice(cur.start, cur.end).matchAll(/[^\r\n]+/g)) {
      const lead = line[0].length - line[0].trimStart().length;
      const b = block(text, cur.start + line.index + lead, cur.start + line.index + line[0].trimEnd().length);
      if (!/[\p{L}\p{N}]/u.test(text.slice(b.start, b.end))) continue;
      if (last && b.last === last.last && keyOf(text, b) === keyOf(text, last) && wordCount(text, b) >= 3) report('line', last, b);
      last = b;
    }
  }
}
