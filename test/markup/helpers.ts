/** Linters for the markup tests: the test pack, English. */
import { resolveConfig } from '../../src/config/config.js';
import { Linter } from '../../src/engine/linter.js';
import { builtinPackNames, loadPackText, loadPacks, PackSet } from '../../src/packs/load-pack.js';
import type { Diagnostic } from '../../src/types.js';
import { NEWS_PACK } from '../fixtures-packs.js';

/** Only these rules on (default: entity-variant), test pack only. */
export function entityLinter(rules: string[] = ['entity-variant']): Linter {
  const config = resolveConfig({ language: 'en', packs: [] }, process.cwd());
  for (const [id, r] of Object.entries(config.rules)) if (!rules.includes(id)) r.severity = 'off';
  return new Linter(config, new PackSet([loadPackText(NEWS_PACK, 'news.yaml')]));
}

/** Every rule, the built-in phrase packs and the test entity pack (not the shipped Libya pack). */
export function fullLinter(): Linter {
  const config = resolveConfig({ language: 'en', packs: builtinPackNames().filter((n) => n !== 'libya') }, process.cwd());
  const base = loadPacks(config.packs, process.cwd());
  return new Linter(config, new PackSet([...base.packs, loadPackText(NEWS_PACK, 'news.yaml')]));
}

export const where = (ms: Diagnostic[]) => ms.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId} ${m.actual}`);
