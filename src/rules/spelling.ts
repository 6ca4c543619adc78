/**
 * spelling: a lower-case word that the language's Hunspell dictionary does not
 * know and that is one or two edits from a word it does know ('coinceded' ->
 * 'coincided', 'quessta' -> 'questa', 'giovedi' -> 'giovedì'). The
 * dictionaries are those of src/text/dictionary.ts (English accepts US and
 * British spellings).
 *
 * Never a finding: capitalised words (a name more often than a misspelling,
 * even at the start of a sentence), lower-case words the document also
 * writes with a capital in mid-sentence (a name), names known to the packs,
 * acronyms, words with digits, URLs, e-mail addresses, @handles and #tags,
 * words in short quotations or
 * between * or _ (foreign terms), and sentences where many words are unknown
 * (a passage in another language, or a list of names), English words in
 * another language's text (loanwords), accented loanwords in English, the
 * last word of a cut-off text and short words before a full stop
 * (abbreviations). A finding needs a close suggestion: edit distance 1 (2
 * for words of eight letters or more), the same first letter unless the
 * edit swaps the first two, and the same letter case.
 *
 * Off by default: on clean professional prose it reports 8-20 words per
 * 10,000 (rare words the dictionaries lack, loanwords, and the prose's own
 * typos), far above the false-alarm budget; on machine-translated pages most
 * of what it reports is a real slip. Turn it on per project.
 *
 * Fix safety: suggestions only; the dictionary cannot tell a misspelling from
 * a rare word, a new coinage or a name written in lower case.
 */
import { urlSpans } from '../names/candidates.js';
import { dictionaryFor, type Dictionary } from '../text/dictionary.js';
import { stripDiacritics } from '../text/fold.js';
import { atSentenceStart } from '../text/sentence-start.js';
import type { Word } from '../text/words.js';
import type { RuleModule } from './rule.js';

/** Shortest word checked: shorter ones are abbreviations and particles more often than typos. */
const MIN_LENGTH = 4;
/** Hunspell suggestions are slow (milliseconds); at most this many per document. */
const MAX_SUGGEST = 60;
/** A sentence with at least this share of unknown words (and two of them) is another language or a list of names. */
const FOREIGN_SHARE = 0.2;
/** Quotations of at most this many words are taken for cited foreign terms. */
const SHORT_QUOTE_WORDS = 6;

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', fr: 'French', de: 'German', es: 'Spanish', it: 'Italian' };

export const spelling: RuleModule = {
  meta: {
    id: 'spelling',
    description: "Lower-case words the language's Hunspell dictionary does not know, with a close correction ('coinceded' -> 'coincided').",
    type: 'problem',
    defaultSeverity: 'off',
    hasSuggestions: true,
    languages: ['en', 'fr', 'de', 'es', 'it'],
    needs: ['dictionary'],
    messages: {
      misspelt: "'{{word}}' is not in the {{language}} dictionary and looks like a misspelling of {{candidates}}: correct it (or add it to the rule's `allow` option if it is a name or a term).",
      replace: "Replace with '{{use}}'",
    },
    docs: { fixSafety: 'Suggestions only: the dictionary cannot tell a misspelling from a rare word or a name written in lower case.' },
    schema: { type: 'object', properties: { allow: { type: 'array', items: { type: 'string' }, description: 'Words never reported (house terms, names the dictionaries lack).' } }, additionalProperties: false },
  },
  check(context) {
    const dict = dictionaryFor(context.language);
    if (!dict) return;
    const { text, doc } = context;
    const ws = doc.words;
    const allow = new Set(
      (Array.isArray(context.options.allow) ? (context.options.allow as unknown[]) : []).filter((x): x is string => typeof x === 'string').map((s) => s.toLowerCase()),
    );
    let capitalised: Set<string> | undefined;
    let skip: Array<[number, number]> | undefined;
    let suggestCalls = 0;
    const sentenceVerdict = new Map<number, boolean>();
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i];
      if (w.end - w.start < MIN_LENGTH) continue;
      const raw = text.slice(w.start, w.end).replace(/[’ʼ]/g, "'");
      if (!plainWord(raw) || raw[0] !== raw[0].toLowerCase()) continue; // capitalised: a name, or a sentence start
      if (dict.isWord(raw) || allow.has(w.key)) continue;
      if (w.end === text.length || (text[w.end] === '.' && w.end - w.start < 6)) continue; // a cut-off last word, an abbreviation
      if (inCompound(text, w, dict)) continue;
      // only now the costlier document-wide checks, built once
      capitalised ??= capitalisedKeys(text, ws);
      if (capitalised.has(w.key)) continue;
      skip ??= skippedSpans(text, doc.mentions);
      if (inSpans(skip, w.start)) continue;
      if (markedOff(text, w)) continue;
      const s = sentenceOf(doc.sentences, w.start);
      if (s) {
        let foreign = sentenceVerdict.get(s.start);
        if (foreign === undefined) sentenceVerdict.set(s.start, (foreign = manyUnknown(text, ws, s, dict)));
        if (foreign) continue;
      }
      if (suggestCalls >= MAX_SUGGEST) break;
      suggestCalls++;
      // an English word in another language's text is a loanword or a quotation, not a misspelling
      if (context.language !== 'en' && dictionaryFor('en')?.isWord(raw)) continue;
      const candidates = closeSuggestions(raw, dict.suggest(raw), context.language);
      if (candidates.length === 0) continue;
      context.report({
        messageId: 'misspelt',
        data: {
          word: raw,
          language: LANGUAGE_NAMES[context.language] ?? context.language,
          candidates: candidates.map((c) => `'${c}'`).join(' or '),
        },
        range: [w.start, w.end],
        suggestions: candidates.map((use) => ({ messageId: 'replace', data: { use }, fix: { range: [w.start, w.end] as [number, number], text: use } })),
        actual: raw,
        expected: candidates,
      });
    }
  },
};

/** Letters only (with inner apostrophes), not all capitals, no capital after the first letter. */
function plainWord(raw: string): boolean {
  if (/[\p{N}_]/u.test(raw)) return false;
  if (/.\p{Lu}/u.test(raw)) return false; // acronyms, camelCase, handles glued to words
  return /^\p{L}/u.test(raw);
}

/**
 * Part of a hyphenated or slashed compound the dictionary knows as a whole
 * ('well-known', 'Abu-Dhabi'), or a part of a compound whose other parts
 * are names ('al-Sistani'): left to the compound.
 */
function inCompound(text: string, w: Word, dict: Dictionary): boolean {
  const before = text[w.start - 1];
  const after = text[w.end];
  const joined = (c: string | undefined) => c === '-' || c === '‑' || c === '/';
  if (!joined(before) && !joined(after)) return false;
  let a = w.start;
  while (a > 0 && /[\p{L}\p{M}\-‑'’]/u.test(text[a - 1])) a--;
  let b = w.end;
  while (b < text.length && /[\p{L}\p{M}\-‑'’]/u.test(text[b])) b++;
  const whole = text.slice(a, b).replace(/^[-‑]+|[-‑]+$/g, '');
  if (dict.isWord(whole)) return true;
  // a compound with a capitalised part is a name ('Abu-Salim', 'al-Sistani')
  return /(^|[-‑])\p{Lu}/u.test(whole);
}

/** Folded keys of the words the document writes with a capital in mid-sentence. */
function capitalisedKeys(text: string, ws: readonly Word[]): Set<string> {
  const out = new Set<string>();
  for (const w of ws) {
    const c = text[w.start];
    if (c !== c.toLowerCase() && !atSentenceStart(text, w.start)) out.add(w.key);
  }
  return out;
}

/** URLs, e-mail addresses, handles and tags, and pack entity mentions. */
function skippedSpans(text: string, mentions: ReadonlyArray<{ start: number; end: number }>): Array<[number, number]> {
  const out: Array<[number, number]> = [...urlSpans(text)];
  for (const m of text.matchAll(/[@#][\p{L}\p{N}_.-]+/gu)) out.push([m.index, m.index + m[0].length]);
  for (const m of mentions) out.push([m.start, m.end]);
  return out;
}

function inSpans(spans: ReadonlyArray<[number, number]>, at: number): boolean {
  return spans.some(([a, b]) => at >= a && at < b);
}

const OPENERS: Record<string, string> = { '"': '"', '“': '”', '„': '“', '«': '»', '‘': '’', "'": "'", '‹': '›' };

/** Between * or _ (emphasis in plain text), or in a quotation of a few words (a cited foreign term). */
function markedOff(text: string, w: Word): boolean {
  const before = text[w.start - 1];
  const after = text[w.end];
  if ((before === '*' || before === '_') && (after === '*' || after === '_')) return true;
  // a quotation opening within a few words before and closing within a few words after
  const left = text.slice(Math.max(0, w.start - 60), w.start);
  for (const [open, close] of Object.entries(OPENERS)) {
    const o = left.lastIndexOf(open);
    if (o < 0) continue;
    const inner = left.slice(o + 1);
    if (inner.includes(close) && close !== open) continue;
    if (open === "'" && /\p{L}/u.test(left[o - 1] ?? '')) continue; // an apostrophe, not a quotation mark
    if (inner.split(/\s+/).filter(Boolean).length >= SHORT_QUOTE_WORDS) continue;
    const right = text.slice(w.end, w.end + 60);
    const c = right.indexOf(close);
    if (c < 0) continue;
    const between = inner + ' ' + right.slice(0, c);
    if (between.split(/\s+/).filter(Boolean).length < SHORT_QUOTE_WORDS) return true;
  }
  return false;
}

function sentenceOf(sentences: ReadonlyArray<{ start: number; end: number }>, at: number): { start: number; end: number } | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** Does the sentence have many words the dictionary does not know (another language, or a list of names)? */
function manyUnknown(text: string, ws: readonly Word[], s: { start: number; end: number }, dict: Dictionary): boolean {
  let n = 0;
  let unknown = 0;
  for (const w of ws) {
    if (w.start < s.start) continue;
    if (w.start >= s.end) break;
    const raw = text.slice(w.start, w.end);
    if (raw.length < 3 || /\p{N}/u.test(raw) || raw[0] !== raw[0].toLowerCase()) continue;
    n++;
    if (!dict.isWord(raw)) unknown++;
  }
  return unknown >= 2 && unknown / Math.max(n, 1) >= FOREIGN_SHARE;
}

/**
 * The dictionary's suggestions close enough to count: at most one edit (two
 * for long words), the same first letter unless the first two are swapped,
 * the same letter case, one word.
 */
export function closeSuggestions(word: string, suggestions: readonly string[], lang = 'en'): string[] {
  const out: string[] = [];
  const bare = stripDiacritics(word);
  // the 1990 French spellings drop the circumflex on i and u ('maitrise'): a valid word, whatever else is suggested
  if (lang === 'fr' && suggestions.some((s) => s.replace(/î/g, 'i').replace(/û/g, 'u') === word)) return [];
  const max = [...word].length >= 8 ? 2 : 1;
  for (const s of suggestions) {
    if (/[\s-]/.test(s) || s.toLowerCase() === word.toLowerCase()) continue;
    // English keeps the accents of loanwords ('communiqué')
    if (lang === 'en' && bare !== word && stripDiacritics(s) === bare) continue;
    if ((s[0] === s[0].toLowerCase()) !== (word[0] === word[0].toLowerCase())) continue;
    const sameStart = s[0].toLowerCase() === word[0].toLowerCase() || (s[0] === word[1] && s[1] === word[0]);
    if (!sameStart) continue;
    if (editDistance(word.toLowerCase(), s.toLowerCase()) > max) continue;
    out.push(s);
    if (out.length === 3) break;
  }
  return out;
}

/** Optimal string alignment distance (insertions, deletions, substitutions, adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const d: number[][] = Array.from({ length: x.length + 1 }, (_, i) => {
    const row = new Array<number>(y.length + 1).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j <= y.length; j++) d[0][j] = j;
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[x.length][y.length];
}
