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
import type { RuleModule } from './rule.js';

const FRAGMENT = /^(\p{Lu}[\p{Ll}\p{M}'’-]*)(?:[ \t]+(\p{L}[\p{L}\p{M}'’-]*))?\.$/u;
const MIN_SENTENCE_WORDS = 4;
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
    for (const p of doc.paragraphs) {
      if (!FRAGMENT_END.test(text.slice(Math.max(p.start, p.end - 200), p.end))) continue;
      // the fragment and the sentence before it are on the paragraph's last line (sentences never cross lines):
      // split that line only, not the whole document
      let lineStart = p.end;
      while (lineStart > p.start && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
      const ss = splitSentences(text.slice(lineStart, p.end), language, data);
      if (ss.length < 2) continue;
      const last = { start: lineStart + ss[ss.length - 1].start, end: lineStart + ss[ss.length - 1].end };
      const prev = { start: lineStart + ss[ss.length - 2].start, end: lineStart + ss[ss.length - 2].end };
      if (last.end !== p.end) continue;
      const found = text.slice(last.start, last.end);
      const m = FRAGMENT.exec(found);
      if (!m) continue;
      const keys = [m[1], m[2]].filter((x): x is string => !!x).map(fold);
      if (keys.some((w) => data.speechVerbs.has(w) || data.abbreviations.has(w))) continue;
      if (data.shortReplies.has(keys[0]) || data.functionWords.has(keys[0])) continue;
      if (m[1].length < 2) continue;
      const prevText = text.slice(prev.start, prev.end);
      if (!/[\p{L}\p{N}][.!?]$/u.test(prevText)) continue; // after a quotation: a speech tag
      const prevWords = prevText.match(/[\p{L}\p{N}]+/gu) ?? [];
      if (prevWords.length < MIN_SENTENCE_WORDS) continue;
      const lastWord = prevWords[prevWords.length - 1];
      if (/^\p{L}$/u.test(lastWord) || data.abbreviations.has(fold(lastWord))) continue;
      const data_ = { found, count: keys.length === 1 ? 'one' : 'two' };
      context.report({
        messageId: 'orphan',
        data: data_,
        range: [last.start, last.end],
        suggestions: [{ messageId: 'delete', data: data_, fix: { range: [prev.end, last.end], text: '' } }],
        actual: found,
      });
    }
  },
};
