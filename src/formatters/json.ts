/** ESLint's JSON formatter shape: one object per file with its messages and counts. */
import type { LintResult } from '../types.js';
import { collected, countsOf, type StreamingFormatter } from './types.js';

function entry(r: LintResult) {
  return {
    filePath: r.filePath,
    language: r.language,
    messages: r.messages,
    errorCount: r.errorCount,
    warningCount: r.warningCount,
    infoCount: r.infoCount,
    fixableErrorCount: r.fixableErrorCount,
    fixableWarningCount: r.fixableWarningCount,
    ...(r.output !== undefined ? { output: r.output } : {}),
  };
}

/** The array written element by element: the same text as JSON.stringify of the whole list. */
export const jsonStream: StreamingFormatter = () => {
  let first = true;
  return {
    render: (r) => ({ text: JSON.stringify(entry(r)), counts: countsOf(r) }),
    add(f) {
      const s = (first ? '[' : ',') + f.text;
      first = false;
      return s;
    },
    end: () => (first ? '[]' : ']'),
  };
};

export const json = collected(jsonStream);
