/**
 * The rule interface. A rule is an object with `meta` and `check(context)`;
 * it only reports data (range, message id, fix or suggestions) through
 * `context.report`. It reads the document through `context.doc` and the
 * loaded packs through `context.packs`, and touches nothing else.
 */
import type { DocumentModel } from '../document/document.js';
import type { PackSet } from '../packs/load-pack.js';
import type { Report, RuleMeta } from '../types.js';

export interface RuleContext {
  readonly filePath: string;
  readonly text: string;
  /** ISO 639-1 code of the document language. */
  readonly language: string;
  /** The configured candidate languages (config `languages`), for rules that detect a language per passage. */
  readonly languages?: readonly string[];
  /** Rule options from the configuration (the second item of `[severity, options]`). */
  readonly options: Record<string, unknown>;
  readonly doc: DocumentModel;
  readonly packs: PackSet;
  /** What the CLI learnt of the other files linted with this one (several files at once). */
  readonly corpus?: CorpusInfo;
  report(report: Report): void;
}

export interface CorpusInfo {
  /** Short lines (keyed by corpusLineKey) that stand in several files that are not copies of one story: how many files. */
  readonly repeatedLines: ReadonlyMap<string, number>;
}

export interface RuleModule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}
