/** Name-variant keys and comparison for transliterated names. */
export { normalizeName, foldedTokens, transliterateToken, gluedAlternatives } from './normalize.js';
export { blockingKey, blockingKeys, CONSONANT_CLASS, SECONDARY_CLASS } from './key.js';
export { wordDistance, wordBudget, budgetForLength, CONSONANT_PAIRS, type BudgetOptions } from './distance.js';
export { nameDistance, sameName, type NameOptions } from './same.js';
export { clusterNames, type NameItem, type NameCluster, type ClusterOptions } from './cluster.js';
export { DistinctIndex, builtinDistinct, parseDistinct } from './distinct.js';
export { translitData, parseTranslit, type TranslitData } from './translit.js';
