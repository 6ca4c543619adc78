import type { LintResult } from '../types.js';

export interface FormatContext {
  color: boolean;
  cwd: string;
  /** Rule metadata by id, for formatters that list rules (SARIF). */
  rulesMeta?: Record<string, { description: string; type: string }>;
}

export type Formatter = (results: LintResult[], context: FormatContext) => string;

/**
 * A format that can be written file by file, as results come, so a run over
 * an archive keeps no findings in memory: `file` returns the text for one
 * file's result, `end` what closes the report (totals, summary tables).
 */
export interface FormatStream {
  file(result: LintResult): string;
  end(): string;
}

export type StreamingFormatter = (context: FormatContext) => FormatStream;

/** The whole-report form of a streaming format. */
export function collected(stream: StreamingFormatter): Formatter {
  return (results, context) => {
    const s = stream(context);
    let out = '';
    for (const r of results) out += s.file(r);
    return out + s.end();
  };
}
