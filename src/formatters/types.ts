import type { LintResult } from '../types.js';

export interface FormatContext {
  color: boolean;
  cwd: string;
  /** Rule metadata by id, for formatters that list rules (SARIF). */
  rulesMeta?: Record<string, { description: string; type: string }>;
  /** junit: warnings (and infos) become failures too (--junit-warnings-as-failures). */
  warningsAsFailures?: boolean;
}

export type Formatter = (results: LintResult[], context: FormatContext) => string;

/**
 * What a report's closing text needs of one finding (the stylish summary tables). `fixable`: the fix `--fix`
 * applies (a safe one); `unsafe`: a fix only `--unsafe-fixes` applies.
 */
export type SummaryRow = [
  ruleId: string,
  severity: 0 | 1 | 2,
  fixable: boolean,
  entity: string | null,
  actual: string | null,
  expected: string[] | null,
  unsafe?: boolean,
];

/** One file's part of a report, made where the file was linted: its text and what the closing text needs. */
export interface RenderedFile {
  text: string;
  /** errors, warnings, infos, fixable errors, fixable warnings. */
  counts: [number, number, number, number, number];
  /** Only for formats that summarise findings at the end. */
  rows?: SummaryRow[];
}

/**
 * A format that can be written file by file, as results come, so a run over
 * an archive keeps no findings in memory. In two halves: `render` depends on
 * the result alone (it runs in whichever thread linted the file, so worker
 * threads send text, not findings), `add` takes the rendered files in input
 * order and returns the text to write (with what joins files, such as JSON's
 * commas), `end` what closes the report (totals, summary tables).
 */
export interface SplitFormat {
  render(result: LintResult): RenderedFile;
  add(file: RenderedFile): string;
  end(): string;
}

export type StreamingFormatter = (context: FormatContext) => SplitFormat;

/** A result's counts, as RenderedFile keeps them. */
export function countsOf(r: LintResult): RenderedFile['counts'] {
  return [r.errorCount, r.warningCount, r.infoCount, r.fixableErrorCount, r.fixableWarningCount];
}

/** The whole-report form of a streaming format. */
export function collected(stream: StreamingFormatter): Formatter {
  return (results, context) => {
    const s = stream(context);
    let out = '';
    for (const r of results) out += s.add(s.render(r));
    return out + s.end();
  };
}
