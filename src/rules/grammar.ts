/**
 * grammar: high-precision patterns for the grammar slips machine translation
 * makes, per language. Most are pack data (`grammar:` in
 * rules/phrases/mt-<lang>.yaml, the same fields as calques): an article
 * followed by a function word ('one of the and national figures'), two
 * different articles or modals in a row ('eine ein', 'will can'), a verb form
 * after an infinitive 'to' ('decided to extended'), a plural people-name
 * with an -s verb or noun ('The Russians strikes'), a country name that
 * takes no article ('the Egypt is'), two finite verbs joined by a hyphen
 * ('déclarent-ont'), adjective declension after 'mehrere' ('mehreren
 * weitere').
 *
 * One check is code, for English: a quantifier that needs a plural
 * ('several', 'many', 'a number of', 'various', 'numerous', 'multiple')
 * followed by a singular noun that ends the phrase ('in several province').
 * The noun must be lower case, have no plural ending, be tagged NOUN by the
 * English NLP model and be followed by punctuation or a function word, so
 * 'several key officials', 'many fear that' and 'several of the province's
 * towns' stay clean. The model is loaded only when such a candidate appears.
 *
 * Fix safety: suggestions only; the right rewrite depends on the sentence.
 */
import { atSentenceStart } from '../text/sentence-start.js';
import type { Word } from '../text/words.js';
import { reportPatterns } from './calque.js';
import type { RuleContext, RuleModule } from './rule.js';

export const grammar: RuleModule = {
  meta: {
    id: 'grammar',
    description: "Grammar slips of machine translation: 'in several province', 'The Russians strikes', 'eine ein', 'déclarent-ont'.",
    type: 'problem',
    defaultSeverity: 'warning',
    hasSuggestions: true,
    languages: '*',
    messages: {
      pattern: "'{{found}}' looks like a grammar slip ({{note}}): {{advice}}.",
      plural: "'{{found}}': '{{quantifier}}' takes a plural noun, but '{{noun}}' is singular: write '{{use}}'.",
      replace: "Replace with '{{use}}'",
      delete: "Delete '{{found}}'",
    },
    docs: { fixSafety: 'Suggestions only: the right rewrite depends on the rest of the sentence.' },
  },
  check(context) {
    reportPatterns(context, 'grammar', 'pattern');
    if (context.language === 'en') quantifiedSingular(context);
  },
};

/** Quantifiers that take a plural count noun, by the folded keys of their words. */
const QUANTIFIERS: string[][] = [['several'], ['many'], ['numerous'], ['multiple'], ['various'], ['a', 'number', 'of'], ['a', 'few']];

/** Words after a quantifier that are not singular count nouns (numbers, invariant plurals, determiners). */
const NOT_SINGULAR = new Set(
  (
    'other others more most of hundred thousand million billion dozen score times people children men women police personnel staff media ' +
    'data criteria phenomena cattle clergy youth military militia security such than as a an the those these their its his her our your ' +
    'fellow local foreign new old other different further additional key top senior major minor former recent previous successive ' +
    'civilian armed unarmed government opposition rebel tribal'
  ).split(' '),
);

/** Function words and punctuation that can follow a noun phrase's last word. */
const AFTER_NOUN = new Set('in of and or on at for with from which who were have had are was is by as but during after before across near since'.split(' '));

/** Where a quantifier may start: found by one scan of the text, so the words between cost nothing. */
const QUANTIFIER_RE = /(?<![\p{L}\p{N}])(?:several|many|numerous|multiple|various|a number of|a few)(?![\p{L}\p{N}])/giu;

function quantifiedSingular(context: RuleContext): void {
  const { text, doc } = context;
  let ws: readonly Word[] | undefined;
  for (const hit of text.matchAll(QUANTIFIER_RE)) {
    ws ??= doc.words;
    const i = wordAt(ws, hit.index);
    if (i < 0) continue;
    const q = QUANTIFIERS.find((k) => k.every((key, n) => ws![i + n]?.key === key));
    if (!q) continue;
    // a sentence-initial 'Many' or 'Several' is often a pronoun with a verb ('Many fear that ...')
    if (q.length === 1 && atSentenceStart(text, ws[i].start)) continue;
    const nIndex = i + q.length;
    const noun = ws[nIndex];
    if (!noun || !adjacent(text, ws, i + q.length - 1, nIndex)) continue;
    const raw = text.slice(noun.start, noun.end);
    if (raw.length < 4 || raw !== raw.toLowerCase() || /\P{L}/u.test(raw) || /s$/.test(raw) || NOT_SINGULAR.has(noun.key)) continue;
    if (/(?:ing|ed|ly|ic|al|ous|ive|ful|less|ary|ish|ese|an|ian)$/.test(raw)) continue; // participles, adverbs and adjectives
    // what follows: punctuation, or a function word
    const next = ws[nIndex + 1];
    const gap = next ? text.slice(noun.end, next.start) : text.slice(noun.end);
    const endsPhrase = /^\s*[.,;:!?)]/.test(gap) || (next !== undefined && /^ $/.test(gap) && AFTER_NOUN.has(next.key)) || !next;
    if (!endsPhrase) continue;
    // the possessive and the hyphenated compound are not the noun ('several province's', 'many year-old')
    if (/^['’-]/.test(gap)) continue;
    const tags = doc.englishTags;
    if (!tags || tags.posAt(noun.start) !== 'NOUN') continue;
    const qStart = ws[i].start;
    const found = text.slice(qStart, noun.end);
    const plural = pluralOf(raw);
    const use = `${text.slice(qStart, noun.start)}${plural}`;
    context.report({
      messageId: 'plural',
      data: { found, quantifier: text.slice(qStart, ws[nIndex - 1].end), noun: raw, use },
      range: [qStart, noun.end],
      suggestions: [{ messageId: 'replace', data: { use }, fix: { range: [qStart, noun.end], text: use } }],
      actual: found,
      expected: [use],
    });
  }
}

/** The index of the word starting at `offset`, or -1. */
function wordAt(ws: readonly Word[], offset: number): number {
  let lo = 0;
  let hi = ws.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ws[mid].start < offset) lo = mid + 1;
    else if (ws[mid].start > offset) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** Are words a and b separated by one plain space (no punctuation, no line break)? */
function adjacent(text: string, ws: readonly Word[], a: number, b: number): boolean {
  return ws[b].start === ws[a].end + 1 && text[ws[a].end] === ' ';
}

/** The regular English plural of a singular noun. */
export function pluralOf(noun: string): string {
  if (/[^aeiou]y$/.test(noun)) return noun.slice(0, -1) + 'ies';
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return noun + 'es';
  return noun + 's';
}

