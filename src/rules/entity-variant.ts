/**
 * entity-variant: a known non-house spelling of a pack entity (Hifter for
 * Haftar, Avraik Kalin for Ibrahim Kalin), or another language's house form
 * (Kadhafi in English text). Fix: the house form, keeping the article and
 * possessive found and a capitals-only style.
 *
 * Fix safety: safe. The variant is listed for exactly this entity in a pack
 * (the loader rejects a spelling claimed by two entities), so replacing it
 * changes the spelling and nothing else.
 */
import { applyCaseStyle } from '../text/case-style.js';
import type { RuleModule } from './rule.js';
import { entityFormsText } from './entity-forms.js';

export const entityVariant: RuleModule = {
  meta: {
    id: 'entity-variant',
    description: 'Non-house spellings of names and places known to a pack (Hifter -> Haftar).',
    type: 'problem',
    defaultSeverity: 'error',
    fixable: 'safe',
    languages: '*',
    messages: {
      variant: "'{{found}}' is not the house spelling of {{entity}}: use '{{house}}'. Forms in this document: {{counts}}.",
      foreign: "'{{found}}' is the {{lang}} spelling of {{entity}}: in this document use '{{house}}'. Forms in this document: {{counts}}.",
    },
    docs: { fixSafety: 'Safe: the variant is listed for exactly one entity, and only the spelling changes.' },
  },
  check(context) {
    const mentions = context.doc.mentions;
    for (const m of mentions) {
      if (m.kind !== 'variant' && m.kind !== 'foreign') continue;
      if (m.found.toLowerCase() === m.house.toLowerCase()) continue;
      const house = applyCaseStyle(m.found, m.house);
      context.report({
        messageId: m.kind,
        data: {
          found: m.found,
          house,
          entity: m.entity.canonical[context.language] ?? m.entity.canonical.en,
          counts: entityFormsText(context.doc, m.entity.id),
          lang: m.term.lang ?? '',
        },
        range: [m.coreStart, m.end],
        fix: { range: [m.coreStart, m.end], text: house },
        actual: m.found,
        expected: [house],
        entity: m.entity.id,
      });
    }
  },
};
