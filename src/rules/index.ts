/**
 * Every rule translint ships, by id. The default preset runs each at its
 * default severity; configuration may change the severity or turn it off.
 */
import { boilerplate } from './boilerplate.js';
import { calque } from './calque.js';
import { entityAlias } from './entity-alias.js';
import { entityConsistency } from './entity-consistency.js';
import { entityVariant } from './entity-variant.js';
import { grammar } from './grammar.js';
import { nameConsistency } from './name-consistency.js';
import { oddCapitals } from './odd-capitals.js';
import { nearRepetition } from './near-repetition.js';
import { orphanFragment } from './orphan-fragment.js';
import { pageFurniture } from './page-furniture.js';
import { punctuationSpacing } from './punctuation-spacing.js';
import { repeatedWords } from './repeated-words.js';
import { spelling } from './spelling.js';
import type { RuleModule } from './rule.js';
import { strayScript } from './stray-script.js';
import { termInconsistency } from './term-inconsistency.js';
import { wrongLanguage } from './wrong-language.js';

export const allRules: RuleModule[] = [
  entityVariant,
  entityAlias,
  entityConsistency,
  nameConsistency,
  repeatedWords,
  nearRepetition,
  calque,
  grammar,
  boilerplate,
  pageFurniture,
  termInconsistency,
  oddCapitals,
  punctuationSpacing,
  orphanFragment,
  strayScript,
  wrongLanguage,
  spelling,
];

export const rulesById = new Map(allRules.map((r) => [r.meta.id, r]));
