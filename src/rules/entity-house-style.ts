/**
 * entity-house-style: a pack entity written consistently in a spelling that
 * is not the house one (AP's Hifter throughout, AFP's Kadhafi in English, a
 * French paper's Saïf al Islam where the French house form is Seif
 * al-Islam). The document is consistent; only the house style differs, so
 * the default severity is `warning` (a team can make it an error or turn it
 * off). A document that mixes forms is entity-variant's (an error).
 *
 * Fix: as entity-variant's, to the house form. Every occurrence carries its
 * own fix; the stylish format shows one line per entity and form.
 *
 * Fix safety: safe, as entity-variant's.
 */
import type { RuleModule } from './rule.js';
import { reportNonHouse } from './entity-forms.js';

export const entityHouseStyle: RuleModule = {
  meta: {
    id: 'entity-house-style',
    description: 'A non-house spelling of a pack entity used consistently throughout a document (Hifter throughout -> Haftar).',
    type: 'suggestion',
    defaultSeverity: 'warning',
    fixable: 'safe',
    languages: '*',
    messages: {
      variant: "'{{found}}' is not the house spelling of {{entity}} (house style: '{{house}}'). Forms in this document: {{counts}}.",
      foreign: "'{{found}}' is the {{lang}} spelling of {{entity}} (house style here: '{{house}}'). Forms in this document: {{counts}}.",
    },
    docs: { fixSafety: 'Safe: the variant is listed for exactly one entity, and only the spelling changes.' },
  },
  check(context) {
    reportNonHouse(context, false);
  },
};
