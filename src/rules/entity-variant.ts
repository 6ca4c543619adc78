/**
 * entity-variant: a non-house spelling of a pack entity: a listed variant
 * (Hifter for Haftar), another language's house form (Kadhafi in English
 * text), or a bare given name the document derives from a listed whole-name
 * variant (Aqeela after Aqeela Saleh). What is wrong decides the message and
 * the severity:
 *
 * - `variant`, `foreign`: the document names the entity in two or more forms
 *   (Haftar and Hifter). An error of the document; the rule's severity
 *   (default `error`).
 * - `houseStyle`, `houseStyleForeign`: the document writes one non-house
 *   spelling throughout (AP's Hifter, AFP's Kadhafi, a French paper's Saïf al
 *   Islam). It is consistent; only the house style differs. Severity: the
 *   rule option `houseStyle` (default `warning`; `error` keeps the rule's, `off`
 *   turns these off). The stylish format lists them once per entity and form.
 *
 * Fix: the house form, keeping the possessive found, a capitals-only style
 * and the document's article convention (al-Sarraj or Sarraj, as most of its
 * mentions write it); a glued article is written apart (Aljafra -> Al-Jufra).
 *
 * Fix safety: safe. The variant is listed for exactly this entity in a pack
 * (the loader rejects a spelling claimed by two entities), so replacing it
 * changes the spelling and nothing else.
 */
import type { Severity } from '../types.js';
import type { RuleModule } from './rule.js';
import { reportNonHouse } from './entity-forms.js';

export const entityVariant: RuleModule = {
  meta: {
    id: 'entity-variant',
    description: 'Non-house spellings of names known to a pack: an error where a document mixes forms (Haftar and Hifter), house style where it writes one throughout.',
    type: 'problem',
    defaultSeverity: 'error',
    fixable: 'safe',
    languages: '*',
    messages: {
      variant: "'{{found}}' is not the house spelling of {{entity}}: use '{{house}}'. This document names it in several forms: {{counts}}.",
      foreign: "'{{found}}' is the {{lang}} spelling of {{entity}}: in this document use '{{house}}'. This document names it in several forms: {{counts}}.",
      houseStyle: "'{{found}}' is not the house spelling of {{entity}}: use '{{house}}'. House style only: this document writes it one way ({{counts}}).",
      houseStyleForeign: "'{{found}}' is the {{lang}} spelling of {{entity}}: in this document use '{{house}}'. House style only: this document writes it one way ({{counts}}).",
    },
    docs: { fixSafety: 'Safe: the variant is listed for exactly one entity, and only the spelling changes.' },
    schema: { type: 'object', properties: { houseStyle: { enum: ['error', 'warning', 'info', 'off'], description: 'Severity of a consistent non-house spelling (default warning).' } }, additionalProperties: false },
  },
  check(context) {
    const option = context.options.houseStyle;
    const houseStyle: Severity = option === 'error' || option === 'info' || option === 'off' ? option : 'warning';
    reportNonHouse(context, houseStyle);
  },
};
