/**
 * entity-alias: an entity named by an alias whose status in the pack is
 * `calque` (a literal translation: "reconciliation government" for al-Wifaq)
 * or `deprecated` ("Accord government"). Suggests the alias's `use` form or
 * the house form.
 *
 * Fix safety: calques get suggestions only (the surrounding sentence often
 * needs rewording: "the reconciliation forces" -> "GNA forces"); deprecated
 * aliases get an unsafe fix, applied only with --unsafe-fixes.
 */
import { applyCaseStyle } from '../text/case-style.js';
import { houseLanguage } from '../packs/mentions.js';
import type { RuleModule } from './rule.js';
import { entityFormsText } from './entity-forms.js';

export const entityAlias: RuleModule = {
  meta: {
    id: 'entity-alias',
    description: 'Calques and deprecated names of an entity (reconciliation government -> GNA).',
    type: 'suggestion',
    defaultSeverity: 'warning',
    fixable: 'unsafe',
    hasSuggestions: true,
    languages: '*',
    messages: {
      calque: "'{{found}}' is a literal translation naming the {{entity}}: use '{{use}}'.{{note}} Forms in this document: {{counts}}.",
      deprecated: "'{{found}}' is a deprecated name of the {{entity}}: use '{{use}}'.{{note}} Forms in this document: {{counts}}.",
      reordered: "'{{found}}' names the {{entity}} with its words in another order: write '{{use}}'. Forms in this document: {{counts}}.",
      extra: "'{{found}}' names the {{entity}} with a word that is not in its name: write '{{use}}'. Forms in this document: {{counts}}.",
      partial: "'{{found}}' is the name of the {{entity}} cut short: write '{{use}}'. Forms in this document: {{counts}}.",
      replace: "Replace with '{{use}}'",
    },
    docs: { fixSafety: 'Calques: suggestions only. Deprecated aliases: unsafe fix (the sentence may need rewording).' },
  },
  check(context) {
    const mentions = context.doc.mentions;
    for (const m of mentions) {
      if (m.kind !== 'alias' || (m.term.status !== 'calque' && m.term.status !== 'deprecated')) continue;
      const found = context.text.slice(m.start, m.end);
      const entity = m.entity.canonical[houseLanguage(m.entity, context.language)];
      const use = applyCaseStyle(found, m.term.use ?? entity);
      const data = {
        found,
        entity,
        use,
        note: m.term.note ? ` (${m.term.note.replace(/\.$/, '')}.)` : '',
        counts: entityFormsText(context.doc, m.entity.id),
      };
      const fix = { range: [m.start, m.end] as [number, number], text: use };
      context.report({
        messageId: m.loose ?? m.term.status,
        data,
        range: fix.range,
        // a loosely matched name: a suggestion only (the words around it may belong to it)
        fix: m.term.status === 'deprecated' && !m.loose ? { ...fix, safety: 'unsafe' } : undefined,
        suggestions: [{ messageId: 'replace', data, fix }],
        actual: found,
        expected: [use],
        entity: m.entity.id,
      });
    }
  },
};
