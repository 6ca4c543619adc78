/**
 * The per-file half of a streamed report, the same in the main thread and in
 * lint workers: --baseline and --quiet applied to a result, then the file's
 * text rendered by the format (formatters/types.ts SplitFormat). A worker
 * sends this text and a few counts back, not the findings, so the main thread
 * only writes.
 */
import { dirname } from 'node:path';
import { baselineFilter, readBaseline } from '../engine/baseline.js';
import { streamingFormatters, type RenderedFile, type SplitFormat } from '../formatters/index.js';
import type { LintResult } from '../types.js';

export interface ReportSettings {
  format: string;
  color: boolean;
  cwd: string;
  quiet: boolean;
  /** --baseline, resolved. */
  baseline?: string;
}

export interface RenderedReport {
  file: RenderedFile;
  /** Errors after the baseline; warnings after the baseline and --quiet (as ESLint 9 counts them). */
  errors: number;
  warnings: number;
}

export function reportRenderer(settings: ReportSettings): { format: SplitFormat; render: (result: LintResult) => RenderedReport } {
  const stream = streamingFormatters[settings.format];
  if (!stream) throw new Error(`format ${settings.format} cannot be streamed`);
  const format = stream({ color: settings.color, cwd: settings.cwd });
  const baseline = settings.baseline ? baselineFilter(readBaseline(settings.baseline), dirname(settings.baseline)) : undefined;
  return {
    format,
    render(result) {
      const r = baseline ? baseline(result) : result;
      const shown = settings.quiet ? onlyErrors(r) : r;
      return { file: format.render(shown), errors: r.errorCount, warnings: shown.warningCount };
    },
  };
}

/** --quiet: the result with its errors only. */
export function onlyErrors(r: LintResult): LintResult {
  const messages = r.messages.filter((m) => m.severity === 2);
  return { ...r, messages, warningCount: 0, infoCount: 0, fixableWarningCount: 0 };
}
