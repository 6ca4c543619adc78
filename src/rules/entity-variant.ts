/**
 * entity-variant: a document names one pack entity in two or more forms, and
 * some of them are not the house spelling (Haftar and Hifter; Sarraj and
 * Serraj). An error of the document: it is inconsistent. Reported on each
 * non-house form (a listed variant, another language's house form such as
 * Kadhafi in English text, or a bare given name the document derives from a
 * listed whole-name variant), with the count of each form. A document that
 * writes a non-house spelling consistently (AP's Hifter throughout) is a
 * house-style question: entity-house-style reports it.
 *
 * Fix: the house form, keeping the possessive found, a capitals-only style
 * and the document's article convention (al-Sarraj or Sarraj, as most of its
 * mentions write it); a glued article is written apart (Aljafra -> Al-Jufra).
 *
 * Fix safety: safe. The variant is listed for exactly this entity in a pack
 * (the loader rejects a spelling claimed by two entities), so replacing it
 * changes the spelling and nothing else.
 */
import type { RuleModule } from './rule.js';
import { reportNonHouse } from './entity-forms.js';

export const entityVariant: RuleModule = {
  meta: {
    id: 'entity-variant',
    description: 'A document naming one entity in several forms, some not the house spelling (Haftar and Hifter).',
    type: 'problem',
    defaultSeverity: 'error',
    fixable: 'safe',
    languages: '*',
    messages: {
      variant: "'{{found}}' is not the house spelling of {{entity}}, and this document names it in several forms ({{counts}}): use '{{house}}'.",
      foreign: "'{{found}}' is the {{lang}} spelling of {{entity}}, and this document names it in several forms ({{counts}}): use '{{house}}'.",
    },
    docs: { fixSafety: 'Safe: the variant is listed for exactly one entity, and only the spelling changes.' },
  },
  check(context) {
    reportNonHouse(context, true);
  },
};
