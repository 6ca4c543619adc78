/**
 * ESLint's stylish format: findings grouped by file, one line each, a count
 * of problems, then summary tables. Colours only when asked (on a TTY).
 */
import { relative } from 'node:path';
import pc from 'picocolors';
import { escapeControl } from './escape.js';
import { listedMessages, Summary, summaryRows } from './summary.js';
import { collected, countsOf, type StreamingFormatter } from './types.js';

const LABEL = { 2: 'error', 1: 'warning', 0: 'info' } as const;

export const stylishStream: StreamingFormatter = ({ color, cwd }) => {
  const c = pc.createColors(color);
  const paint = { 2: c.red, 1: c.yellow, 0: c.blue } as const;
  const summary = new Summary();
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixErrors = 0;
  let fixWarnings = 0;
  return {
    render(r) {
      const counts = countsOf(r);
      if (r.messages.length === 0) return { text: '', counts };
      const name = escapeControl(r.filePath.startsWith('<') ? r.filePath : relative(cwd, r.filePath) || r.filePath);
      let text = `\n${c.underline(name)}\n`;
      const rows = listedMessages(r.messages).map((m) => [`${m.line}:${m.column}`, LABEL[m.severity], escapeControl(m.message.replace(/\s*\n\s*/g, ' ')), m.ruleId, m.severity] as const);
      // a loop, not Math.max(...rows): a file with 100,000s of findings would overflow the stack
      let w0 = 0;
      let w1 = 0;
      for (const x of rows) {
        if (x[0].length > w0) w0 = x[0].length;
        if (x[1].length > w1) w1 = x[1].length;
      }
      for (const [pos, label, msg, rule, sev] of rows) {
        text += `  ${c.dim(pos.padEnd(w0))}  ${paint[sev](label.padEnd(w1))}  ${msg}  ${c.dim(rule)}\n`;
      }
      return { text, counts, rows: summaryRows(r) };
    },
    add(f) {
      errors += f.counts[0];
      warnings += f.counts[1];
      infos += f.counts[2];
      fixErrors += f.counts[3];
      fixWarnings += f.counts[4];
      if (f.rows) summary.addRows(f.rows);
      return f.text;
    },
    end() {
      const total = errors + warnings + infos;
      if (total === 0) return '';
      const mark = errors > 0 ? c.red : warnings > 0 ? c.yellow : c.blue;
      let out = `\n${mark(c.bold(`✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} info)`))}\n`;
      const fixLine = fixableLine(fixErrors, fixWarnings, summary.unsafeFixable);
      if (fixLine) out += mark(c.bold(fixLine)) + '\n';
      const tables = summary.tables(color);
      if (tables) out += '\n' + tables + '\n';
      return out;
    },
  };
};

export const stylish = collected(stylishStream);

/**
 * The closing line on fixes, counting what `--fix` applies (safe fixes), and
 * the fixes that only `--unsafe-fixes` adds, in Ruff's words.
 */
export function fixableLine(errors: number, warnings: number, unsafe: number): string {
  const more = unsafe > 0 ? ` (${unsafe} more with \`--unsafe-fixes\`)` : '';
  if (errors + warnings > 0) {
    return `  ${errors} error${errors === 1 ? '' : 's'} and ${warnings} warning${warnings === 1 ? '' : 's'} potentially fixable with the \`--fix\` option${more}.`;
  }
  return unsafe > 0 ? `  ${unsafe} potentially fixable with the \`--fix --unsafe-fixes\` options.` : '';
}
