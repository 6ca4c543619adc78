/**
 * entity-consistency: one document spells the same name of an entity in more
 * than one way that no variant list covers (Kalın and Kalin, Abdul-Hamid and
 * Abdul Hamid). Reported on each form that is not the house form (or, when
 * the house form is absent, not the most frequent one), with the count of
 * each form.
 *
 * Fix safety: safe when the form to use is the pack's house form (the words
 * match letter for letter once accents, case and hyphens are folded);
 * otherwise a suggestion only.
 */
import type { Mention } from '../match/mentions.js';
import type { Term } from '../packs/entities.js';
import type { RuleModule } from './rule.js';

export const entityConsistency: RuleModule = {
  meta: {
    id: 'entity-consistency',
    description: 'One name spelled several ways in a document (accents, hyphens, spacing).',
    type: 'problem',
    defaultSeverity: 'warning',
    fixable: 'safe',
    hasSuggestions: true,
    languages: '*',
    messages: {
      mixed: "'{{found}}' and '{{use}}' name {{entity}} in this document ({{counts}}): use '{{use}}'.",
      replace: "Replace with '{{use}}'",
    },
    docs: { fixSafety: 'Safe when the form used is the house form; a suggestion when it is only the majority form.' },
  },
  check(context) {
    const groups = new Map<string, Mention[]>();
    for (const m of context.doc.mentions) {
      if (m.kind !== 'house') continue;
      const key = groupKey(m.term);
      let list = groups.get(key);
      if (!list) groups.set(key, (list = []));
      list.push(m);
    }
    for (const list of groups.values()) {
      // the common case: every mention written alike
      if (list.every((m) => m.found === list[0].found)) continue;
      const counts = new Map<string, number>();
      for (const m of list) {
        const f = spelling(m.found);
        counts.set(f, (counts.get(f) ?? 0) + 1);
      }
      if (counts.size < 2) continue;
      const houseForm = list.find((m) => m.kind === 'house' && spelling(m.found) === spelling(m.house));
      const use = houseForm ? houseForm.found : majority(list, counts);
      const countText = [...counts.entries()]
        .sort((a, b) => b[1] - a[1])
        .map(([f, n]) => `${list.find((m) => spelling(m.found) === f)!.found} ×${n}`)
        .join(', ');
      for (const m of list) {
        if (spelling(m.found) === spelling(use)) continue;
        const fix = { range: [m.coreStart, m.end] as [number, number], text: use };
        const data = { found: m.found, use, entity: m.entity.canonical.en, counts: countText };
        context.report({
          messageId: 'mixed',
          data,
          range: fix.range,
          fix: houseForm ? fix : undefined,
          suggestions: [{ messageId: 'replace', data, fix }],
          actual: m.found,
          expected: [use],
          entity: m.entity.id,
        });
      }
    }
  },
};

/** Mentions of one entity by the same words (one key per term, made once). */
const groupKeys = new WeakMap<Term, string>();
function groupKey(t: Term): string {
  let k = groupKeys.get(t);
  if (k === undefined) groupKeys.set(t, (k = `${t.entity.id}\u0000${t.keys.join(' ')}`));
  return k;
}

/**
 * A spelling as compared here: case does not count (HAFTAR in a headline is not a variant), nor does the kind of
 * space between words (a name wrapped over two lines is the same spelling; a fix keeps line breaks anyway);
 * accents and hyphens do.
 */
function spelling(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ');
}

function majority(list: Mention[], counts: Map<string, number>): string {
  let best = list[0].found;
  for (const m of list) if ((counts.get(spelling(m.found)) ?? 0) > (counts.get(spelling(best)) ?? 0)) best = m.found;
  return best;
}
