/**
 * term-inconsistency: one source term rendered several ways in one document
 * ('Operations Room', then 'the Chamber', for the one Arabic ghurfat
 * al-amaliyat), so the reader thinks two bodies are meant. Translation
 * groups are pack data (`terms:` in rules/phrases/mt-<lang>.yaml): a preferred
 * rendering and the other members. A generic member ('the Chamber', 'the
 * room') counts only after a specific member appeared earlier in the
 * document, and may be case-sensitive (`match-case`) so 'a chamber of
 * commerce' stays clean; `except` phrases (Chamber of Commerce) block a
 * member inside a longer name (a member overlapping one does not count), and
 * once such a name occurs anywhere in the document the group's generic
 * members no longer count (they may mean it).
 *
 * When a document uses two or more members of a group, each use of a member
 * other than the preferred rendering is reported, naming the other form and
 * where it appeared.
 *
 * Fix safety: suggestions only (replace with the preferred rendering): the
 * generic member may, after all, mean something else.
 */
import { PhraseMatcher, type PhraseMatch } from '../match/phrase-matcher.js';
import type { LoadedPack } from '../packs/load-pack.js';
import { sectionItems, type TermGroupItem } from '../packs/phrase-data.js';
import { matchCaseStyle } from '../text/sentence-start.js';
import type { RuleModule } from './rule.js';

interface Group {
  id: string;
  preferred: string;
  source?: string;
}

interface Member {
  group: Group;
  /** 0 for the preferred rendering. */
  index: number;
  generic: boolean;
  use?: string;
}

export const termInconsistency: RuleModule = {
  meta: {
    id: 'term-inconsistency',
    description: "One source term translated several ways in a document ('Operations Room', then 'the Chamber').",
    type: 'problem',
    defaultSeverity: 'warning',
    hasSuggestions: true,
    languages: '*',
    messages: {
      mixed: "'{{found}}' and '{{other}}' (line {{line}}) render the same term{{source}} in this document: use '{{use}}' throughout.",
      replace: "Replace with '{{use}}'",
    },
    docs: { fixSafety: 'Suggestions only: a generic word may, after all, mean something else.' },
  },
  check(context) {
    const { members, excepts } = context.packs.cached(`terms:${context.language}`, (packs) => compile(packs, context.language));
    if (members.size === 0) return;
    const { text } = context;
    const ws = context.doc.words;
    const exceptions = excepts.match(text, ws);
    // a group whose `except` names occur (Chamber of Deputies) makes its generic members ambiguous
    const ambiguous = new Set(exceptions.map((e) => e.value));
    const inException = (m: PhraseMatch<Member>) => exceptions.some((e) => e.value === m.value.group && e.start < m.end && m.start < e.end);
    const byGroup = new Map<Group, Array<PhraseMatch<Member>>>();
    for (const m of members.match(text, ws)) {
      if ((m.value.generic && ambiguous.has(m.value.group)) || inException(m)) continue;
      let list = byGroup.get(m.value.group);
      if (!list) {
        // a generic member before any specific one does not count
        if (m.value.generic) continue;
        byGroup.set(m.value.group, (list = []));
      }
      list.push(m);
    }
    for (const [group, list] of byGroup) {
      if (new Set(list.map((m) => m.value.index)).size < 2) continue;
      for (const m of list) {
        if (m.value.index === 0) continue;
        const other = list.find((o) => o.value.index === 0) ?? list.find((o) => o.value.index !== m.value.index)!;
        const found = text.slice(m.coreStart, m.coreEnd);
        const use = matchCaseStyle(found, m.value.use ?? group.preferred);
        const data = {
          found,
          other: text.slice(other.coreStart, other.coreEnd),
          line: context.doc.lines.position(other.coreStart).line,
          source: group.source ? ` (${group.source})` : '',
          use: group.preferred,
        };
        context.report({
          messageId: 'mixed',
          data,
          range: [m.coreStart, m.coreEnd],
          suggestions: [{ messageId: 'replace', data: { use }, fix: { range: [m.coreStart, m.coreEnd], text: use } }],
          actual: found,
          expected: [use],
        });
      }
    }
  },
};

/** The words of a phrase without its syntax (for the preferred rendering as replacement). */
function plain(phrase: string): string {
  return phrase.replace(/[[\]]/g, '').replace(/\{[^}]*\}/g, '').replace(/\s+/g, ' ').trim();
}

function compile(packs: LoadedPack[], lang: string): { members: PhraseMatcher<Member>; excepts: PhraseMatcher<Group> } {
  const matcher = new PhraseMatcher<Member>();
  const excepts = new PhraseMatcher<Group>();
  for (const { item } of sectionItems<TermGroupItem>(packs, lang, 'terms')) {
    const group: Group = { id: item.id, preferred: plain(item.preferred), source: item.source };
    matcher.add(item.preferred, { group, index: 0, generic: false });
    item.members.forEach((m, k) => {
      const member = typeof m === 'string' ? { text: m } : m;
      matcher.add(member.text, { group, index: k + 1, generic: member.generic ?? false, use: member.use }, { matchCase: member['match-case'] });
    });
    for (const e of item.except ?? []) excepts.add(e, group);
  }
  return { members: matcher, excepts };
}
