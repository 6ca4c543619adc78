import type { LintResult } from '../types.js';

export interface FormatContext {
  color: boolean;
  cwd: string;
  /** Rule metadata by id, for formatters that list rules (SARIF). */
  rulesMeta?: Record<string, { description: string; type: string }>;
}

export type Formatter = (results: LintResult[], context: FormatContext) => string;
