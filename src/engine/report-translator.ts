/**
 * The one place where rule reports become diagnostics: message templates
 * filled, offsets turned into 1-based lines and columns, fixes and
 * suggestions attached, severity applied.
 */
import type { LineIndex } from '../text/lines.js';
import type { Diagnostic, Report, RuleMeta, Severity } from '../types.js';

const SEVERITY_NUMBER: Record<Exclude<Severity, 'off'>, 0 | 1 | 2> = { error: 2, warning: 1, info: 0 };

/** A template split at its {{placeholders}}: [text, whole placeholder, name, text, ...] (split once per template). */
const compiled = new Map<string, string[]>();

export function fillTemplate(template: string, data: Record<string, string | number> = {}): string {
  let parts = compiled.get(template);
  if (!parts) compiled.set(template, (parts = template.split(/(\{\{\s*(\w+)\s*\}\})/)));
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 3) out += (parts[i + 1] in data ? String(data[parts[i + 1]]) : parts[i]) + parts[i + 2];
  return out;
}

export function toDiagnostic(meta: RuleMeta, severity: Exclude<Severity, 'off'>, report: Report, lines: LineIndex): Diagnostic {
  const template = meta.messages[report.messageId];
  if (template === undefined) throw new Error(`rule ${meta.id} reported unknown message id '${report.messageId}'`);
  const start = lines.position(report.range[0]);
  const end = lines.position(report.range[1]);
  const level = report.severity && report.severity !== 'off' ? lowest(severity, report.severity) : severity;
  const d: Diagnostic = {
    ruleId: meta.id,
    severity: SEVERITY_NUMBER[level],
    message: fillTemplate(template, report.data),
    messageId: report.messageId,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    range: report.range,
  };
  if (report.fix) {
    d.fix = { range: report.fix.range, text: report.fix.text };
    d.fixSafety = report.fix.safety ?? meta.fixable ?? 'safe';
  }
  if (report.suggestions?.length) {
    d.suggestions = report.suggestions.map((s) => ({
      desc: s.desc ?? fillTemplate(meta.messages[s.messageId ?? ''] ?? s.messageId ?? '', s.data ?? report.data),
      fix: s.fix,
    }));
  }
  if (report.actual !== undefined) d.actual = report.actual;
  if (report.expected) d.expected = report.expected;
  if (report.entity) d.entity = report.entity;
  return d;
}

/** A report may lower its severity (a deliberate gloss is info at most), never raise it. */
function lowest(a: Exclude<Severity, 'off'>, b: Exclude<Severity, 'off'>): Exclude<Severity, 'off'> {
  return SEVERITY_NUMBER[a] <= SEVERITY_NUMBER[b] ? a : b;
}
