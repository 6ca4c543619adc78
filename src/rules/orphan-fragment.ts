/**
 * orphan-fragment: a one- or two-word sentence glued to the end of a
 * paragraph, on the same line as a full sentence ('... between the two
 * parties. Conflict.'): a tag, caption or heading that scraping or machine
 * translation ran into the text.
 *
 * Clean: a paragraph that is one short line (a heading); a speech tag after a
 * quotation ('"..." He added.') or with a speech verb ('Al-Namroush said.');
 * short replies of ordinary prose ('Not yet.', 'Never.'); a fragment in
 * quotation marks ('"Thank you."'); abbreviations, initials, acronyms and
 * numbers ('U.S.', 'Dr.', 'AFP.', '2020.'); a fragment after a sentence that
 * ends on an abbreviation (a mis-split). Word lists: rules/language/<lang>.yaml.
 *
 * Severity: warning. No automatic fix: a suggestion deletes the fragment,
 * since only a reader can tell a leftover from a deliberate fragment.
 */
import { fold } from '../text/fold.js';
import { langData } from '../text/lang-data.js';
import { splitSentences } from '../text/sentences.js';
import type { RuleContext, RuleModule } from './rule.js';

const FRAGMENT = /^(\p{Lu}[\p{Ll}\p{M}'’-]*)(?:[ \t]+(\p{L}[\p{L}\p{M}'’-]*))?\.$/u;
const MIN_SENTENCE_WORDS = 4;
/** Up to three words with no final punctuation, at the end of a paragraph that is not the text's last (a page cut short may end anywhere). */
const BARE_FRAGMENT = /^(\p{Lu}[\p{Ll}\p{M}'’-]*)(?:[ \t]+(\p{L}[\p{L}\p{M}'’-]*))?(?:[ \t]+(\p{L}[\p{L}\p{M}'’-]*))?$/u;
const BARE_END = /[.!?][ \t]+\p{Lu}[\p{Ll}\p{M}'’-]*(?:[ \t]+\p{L}[\p{L}\p{M}'’-]*){0,2}$/u;
/** A sentence, then one or two lower-case words and a full stop at the end of the paragraph. */
const LOWER_FRAGMENT = /([\p{L}\p{N}]\.)[ \t]+(\p{Ll}[\p{Ll}\p{M}'’-]*(?:[ \t]+\p{Ll}[\p{Ll}\p{M}'’-]*)?\.)$/u;
/** A paragraph can end on a fragment only if its text ends like one (a capitalised word, maybe one more, a full stop). */
const FRAGMENT_END = /\p{Lu}[\p{Ll}\p{M}'’-]*(?:[ \t]+\p{L}[\p{L}\p{M}'’-]*)?\.$/u;

export const orphanFragment: RuleModule = {
  meta: {
    id: 'orphan-fragment',
    description: "A one- or two-word sentence glued to the end of a paragraph ('... between the two parties. Conflict.').",
    type: 'problem',
    defaultSeverity: 'warning',
    hasSuggestions: true,
    languages: ['en', 'fr', 'de', 'es', 'it'],
    messages: {
      orphan:
        "'{{found}}' is a {{count}}-word sentence glued to the end of the paragraph: probably a leftover tag or heading. Delete it or work it into the sentence before.",
      delete: "Delete '{{found}}'.",
    },
    docs: { fixSafety: 'No automatic fix; a suggestion deletes the fragment (only a reader can tell a leftover from a deliberate fragment).' },
  },
  check(context) {
    const { doc, text, language } = context;
    const data = langData(language);
    const paragraphs = doc.paragraphs;
    paragraphs.forEach((p, index) => {
      const tail = text.slice(Math.max(p.start, p.end - 200), p.end);
      // a lower-case word or two after a full stop ('... sacked the government. has.'): the sentence splitter keeps them in the sentence
      const low = LOWER_FRAGMENT.exec(tail);
      if (low) {
        const start = p.end - low[2].length;
        const prevWords = text.slice(p.start, start).match(/[\p{L}\p{N}]+/gu) ?? [];
        const lastWord = prevWords[prevWords.length - 1] ?? '';
        const keys = low[2].replace(/\.$/u, '').split(/[ \t]+/u).map(fold);
        // a short capitalised word before the full stop is an abbreviation no list has ('v. Chr. lebte.')
        if (prevWords.length >= MIN_SENTENCE_WORDS && !/^\p{L}$/u.test(lastWord) && !/^\p{Lu}\p{L}{0,2}$/u.test(lastWord) && !data.abbreviations.has(fold(lastWord)) && !keys.some((k) => data.abbreviations.has(k))) {
          report(context, low[2], start, p.end, p.end - low[0].length + low[1].length, keys.length);
        }
        return;
      }
      const last = index === paragraphs.length - 1;
      const unpunctuated = !last && BARE_END.test(tail);
      if (!unpunctuated && !FRAGMENT_END.test(tail)) return;
      // the fragment and the sentence before it are on the paragraph's last line (sentences never cross lines):
      // split that line only, not the whole document
      let lineStart = p.end;
      while (lineStart > p.start && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
      const ss = splitSentences(text.slice(lineStart, p.end), language, data);
      if (ss.length < 2) return;
      const lastS = { start: lineStart + ss[ss.length - 1].start, end: lineStart + ss[ss.length - 1].end };
      const prev = { start: lineStart + ss[ss.length - 2].start, end: lineStart + ss[ss.length - 2].end };
      if (lastS.end !== p.end) return;
      const found = text.slice(lastS.start, lastS.end);
      const m = FRAGMENT.exec(found) ?? (unpunctuated ? BARE_FRAGMENT.exec(found) : null);
      if (!m) return;
      const keys = [m[1], m[2], m[3]].filter((x): x is string => !!x).map(fold);
      if (keys.some((w) => data.speechVerbs.has(w) || data.abbreviations.has(w))) return;
      if (data.shortReplies.has(keys[0])) return;
      // a function word may start a bare tag ('Against terrorism'), not a sentence of its own ('And then.')
      if (found.endsWith('.') ? data.functionWords.has(keys[0]) : !keys.some((k) => k.length >= 5 && !data.functionWords.has(k))) return;
      if (m[1].length < 2) return;
      const prevText = text.slice(prev.start, prev.end);
      if (!/[\p{L}\p{N}][.!?]$/u.test(prevText)) return; // after a quotation: a speech tag
      const prevWords = prevText.match(/[\p{L}\p{N}]+/gu) ?? [];
      if (prevWords.length < MIN_SENTENCE_WORDS) return;
      const lastWord = prevWords[prevWords.length - 1];
      if (/^\p{L}$/u.test(lastWord) || data.abbreviations.has(fold(lastWord))) return;
      report(context, found, lastS.start, lastS.end, prev.end, keys.length);
    });
  },
};

function report(context: RuleContext, found: string, start: number, end: number, deleteFrom: number, count: number): void {
  const data = { found, count: count === 1 ? 'one' : count === 2 ? 'two' : 'three' };
  context.report({
    messageId: 'orphan',
    data,
    range: [start, end],
    suggestions: [{ messageId: 'delete', data, fix: { range: [deleteFrom, end], text: '' } }],
    actual: found,
  });
}
