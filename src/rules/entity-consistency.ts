/**
 * entity-consistency: one document writes the same house name of an entity
 * in more than one way that no variant list covers (Kalın and Kalin,
 * Abdul-Hamid and Abdul Hamid, Alsarraj beside al-Sarraj). Reported on each
 * form that is not the house spelling, with the count of each form.
 *
 * Fix: the house form, keeping the document's article convention (a glued
 * Alsarraj beside five al-Sarraj becomes al-Sarraj), so that after --fix
 * the document writes the name one way.
 *
 * Fix safety: safe. Only accents, hyphens, spacing or a glued article differ
 * from the pack's house form of this very entity.
 */
import type { RuleModule } from './rule.js';
import { entityForms, houseFix, type FormMention } from './entity-forms.js';

export const entityConsistency: RuleModule = {
  meta: {
    id: 'entity-consistency',
    description: 'One name spelled several ways in a document (accents, hyphens, spacing, a glued article).',
    type: 'problem',
    defaultSeverity: 'warning',
    fixable: 'safe',
    hasSuggestions: true,
    languages: '*',
    messages: {
      mixed: "'{{found}}' and '{{other}}' name {{entity}} in this document ({{counts}}): use '{{use}}'.",
      replace: "Replace with '{{use}}'",
    },
    docs: { fixSafety: 'Safe: only accents, hyphens, spacing or a glued article differ from the house form of the same entity.' },
  },
  check(context) {
    for (const e of entityForms(context.doc).values()) {
      const groups = new Map<string, FormMention[]>();
      for (const f of e.mentions) {
        if (f.kind !== 'house') continue;
        const key = `${f.part[0]}-${f.part[1]}`;
        let list = groups.get(key);
        if (!list) groups.set(key, (list = []));
        list.push(f);
      }
      for (const list of groups.values()) {
        const counts = new Map<string, number>();
        const written = new Map<string, string>();
        for (const f of list) {
          const s = spelling(f.found);
          counts.set(s, (counts.get(s) ?? 0) + 1);
          if (!written.has(s)) written.set(s, f.found.replace(/\s+/g, ' '));
        }
        if (counts.size < 2) continue;
        const countText = [...counts.entries()]
          .sort((a, b) => b[1] - a[1])
          .map(([s, n]) => `${written.get(s)} ×${n}`)
          .join(', ');
        for (const f of list) {
          if (spelling(f.found) === spelling(f.house)) continue;
          const other = [...written.entries()].find(([s]) => s !== spelling(f.found))![1];
          const fix = houseFix(context.text, f, e);
          const data = { found: f.found, other, use: fix.text, entity: e.entity.canonical.en, counts: countText };
          context.report({
            messageId: 'mixed',
            data,
            range: fix.range,
            fix,
            suggestions: [{ messageId: 'replace', data, fix }],
            actual: f.found,
            expected: [fix.text],
            entity: e.entity.id,
          });
        }
      }
    }
  },
};

/**
 * A spelling as compared here: case does not count (HAFTAR in a headline is not a variant), nor does the kind of
 * space between words (a name wrapped over two lines is the same spelling; a fix keeps line breaks anyway);
 * accents, hyphens and a glued article do.
 */
function spelling(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ');
}
