/**
 * Baselines, so a team can adopt translint on a legacy archive: record
 * today's findings, then report only new ones.
 *
 * A finding is known by its rule, its file (relative to the baseline file's
 * folder, with / separators) and the text it found, never by its line: an
 * edit elsewhere in the file does not bring it back. Repeats are counted: a
 * baseline that holds 2 × 'Hifter' for a file silences the first two such
 * findings in that file and reports a third.
 *
 * The same key, with the occurrence index, gives SARIF its stable fingerprints.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import { TranslintError } from '../errors.js';
import { validateAgainst } from '../packs/schema.js';
import { readYamlFile } from '../io/yaml-source.js';
import type { Diagnostic, LintResult } from '../types.js';
import { summarise } from './linter.js';

export interface BaselineEntry {
  file: string;
  rule: string;
  text: string;
  count: number;
}

export interface Baseline {
  translint: 'baseline';
  version: 1;
  findings: BaselineEntry[];
}

/** A file path as baselines and reports name it: relative to `baseDir`, / separators; <stdin> as is. */
export function portablePath(filePath: string, baseDir: string): string {
  if (filePath.startsWith('<') || !isAbsolute(filePath)) return filePath.split(sep).join('/');
  return relative(baseDir, filePath).split(sep).join('/');
}

/** The text a diagnostic found (the engine fills `actual` for every finding). */
export function foundText(m: Diagnostic): string {
  return m.actual ?? '';
}

/** For each message of a result, its key (rule, file, text) and its occurrence index among equal keys. */
export function findingKeys(result: LintResult, file: string): Array<{ key: string; occurrence: number }> {
  const seen = new Map<string, number>();
  return result.messages.map((m) => {
    const key = JSON.stringify([m.ruleId, file, foundText(m)]);
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return { key, occurrence };
  });
}

/** A stable fingerprint of a finding: hash of rule, file, found text and occurrence index (no line numbers). */
export function fingerprint(key: string, occurrence: number): string {
  return createHash('sha256').update(`${key}#${occurrence}`).digest('hex').slice(0, 32);
}

export function createBaseline(results: LintResult[], baseDir: string): Baseline {
  const counts = new Map<string, BaselineEntry>();
  for (const r of results) {
    const file = portablePath(r.filePath, baseDir);
    for (const m of r.messages) {
      const key = JSON.stringify([m.ruleId, file, foundText(m)]);
      const e = counts.get(key);
      if (e) e.count++;
      else counts.set(key, { file, rule: m.ruleId, text: foundText(m), count: 1 });
    }
  }
  const findings = [...counts.values()].sort(
    (a, b) => cmp(a.file, b.file) || cmp(a.rule, b.rule) || cmp(a.text, b.text),
  );
  return { translint: 'baseline', version: 1, findings };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function readBaseline(file: string): Baseline {
  if (!existsSync(file)) throw new TranslintError('baseline file not found (write one with --write-baseline)', { file });
  const source = readYamlFile(file);
  const version = (source.data as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > 1) {
    throw new TranslintError(`baseline version ${version} was written by a later translint (this one reads version 1): upgrade translint or write the baseline again`, { file });
  }
  if (source.data === null || typeof source.data !== 'object' || Array.isArray(source.data)) {
    throw new TranslintError('a baseline must be a JSON object written by --write-baseline', { file, line: 1, column: 1 });
  }
  validateAgainst('baseline', source, 'baseline');
  return source.data as Baseline;
}

/** Results without the findings the baseline holds (counts recomputed); `suppressed` says how many went. */
export function applyBaseline(results: LintResult[], baseline: Baseline, baseDir: string): { results: LintResult[]; suppressed: number } {
  const filter = baselineFilter(baseline, baseDir);
  const out = results.map(filter);
  return { results: out, suppressed: filter.suppressed() };
}

/** applyBaseline one result at a time (a streamed report): the filter, and how many findings it has dropped so far. */
export function baselineFilter(baseline: Baseline, baseDir: string): ((r: LintResult) => LintResult) & { suppressed: () => number } {
  const budget = new Map<string, number>();
  for (const e of baseline.findings) {
    const key = JSON.stringify([e.rule, e.file, e.text]);
    budget.set(key, (budget.get(key) ?? 0) + e.count);
  }
  let suppressed = 0;
  const filter = (r: LintResult): LintResult => {
    const file = portablePath(r.filePath, baseDir);
    const keys = findingKeys(r, file);
    const messages = r.messages.filter((_, i) => {
      const { key, occurrence } = keys[i];
      if (occurrence < (budget.get(key) ?? 0)) {
        suppressed++;
        return false;
      }
      return true;
    });
    return messages.length === r.messages.length ? r : { ...r, ...summarise(r.filePath, r.language, messages) };
  };
  return Object.assign(filter, { suppressed: () => suppressed });
}
