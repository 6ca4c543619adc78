/**
 * Every rule translint ships, by id. The default preset runs each at its
 * default severity; configuration may change the severity or turn it off.
 */
import { entityAlias } from './entity-alias.js';
import { entityConsistency } from './entity-consistency.js';
import { entityVariant } from './entity-variant.js';
import type { RuleModule } from './rule.js';

export const allRules: RuleModule[] = [
  entityVariant,
  entityAlias,
  entityConsistency,
];

export const rulesById = new Map(allRules.map((r) => [r.meta.id, r]));
