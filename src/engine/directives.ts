/**
 * Inline disable directives, applied after the rules have run (as ESLint's
 * apply-disable-directives does): the rules never know about them.
 *
 *   translint-disable [rule, ...] [-- reason]            from here on
 *   translint-enable [rule, ...]                         from here on again
 *   translint-disable-line [rule, ...] [-- reason]       this line
 *   translint-disable-next-line [rule, ...] [-- reason]  the next line
 *
 * Without rule ids a directive covers every rule. Directives live in
 * comments, found by the markup processors (src/markup/): HTML comments in
 * Markdown and HTML; in plain text, HTML comments and lines holding only a
 * directive. A directive naming an unknown rule is an error
 * ('invalid-directive'); a disable directive that silenced nothing is
 * reported on request ('unused-disable', a warning, with a fix removing it).
 */
import { rulesById } from '../rules/index.js';
import type { LineIndex } from '../text/lines.js';
import type { Diagnostic } from '../types.js';
import type { Comment } from '../markup/text-map.js';

export type DirectiveType = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

export interface Directive {
  type: DirectiveType;
  /** Rule ids; empty for every rule. */
  rules: string[];
  reason?: string;
  /** The comment holding the directive, in source offsets. */
  start: number;
  end: number;
  /** For line directives: the line they cover. */
  line: number;
}

/** The ids of what the engine itself reports about directives, with their descriptions (for SARIF and docs). */
export const DIRECTIVE_RULES = [
  { id: 'unused-disable', description: 'A translint-disable directive that silenced nothing.', defaultSeverity: 'warning' as const },
  { id: 'invalid-directive', description: 'A translint directive naming a rule that does not exist.', defaultSeverity: 'error' as const },
];

const SYNTAX = /^translint-(disable-next-line|disable-line|disable|enable)(?=\s|$)([\s\S]*)$/;

/** Parse the directives in these comments; errors for unknown rule ids come back as diagnostics. */
export function parseDirectives(comments: Comment[], lines: LineIndex): { directives: Directive[]; problems: Diagnostic[] } {
  const directives: Directive[] = [];
  const problems: Diagnostic[] = [];
  for (const c of comments) {
    const m = SYNTAX.exec(c.body.trim());
    if (!m) continue;
    const type = m[1] as DirectiveType;
    const [list, ...reason] = m[2].split(/\s-{2,}\s/);
    const rules = list.split(',').map((r) => r.trim()).filter(Boolean);
    const startLine = lines.position(c.start).line;
    const endLine = lines.position(c.end).line;
    const d: Directive = { type, rules, start: c.start, end: c.end, line: type === 'disable-next-line' ? endLine + 1 : startLine };
    if (reason.length) d.reason = reason.join(' -- ').trim();
    for (const r of rules) {
      if (!rulesById.has(r)) problems.push(directiveDiagnostic('invalid-directive', 2, `Unknown rule '${r}' in translint-${type} directive.`, c, lines));
    }
    d.rules = rules.filter((r) => rulesById.has(r));
    if (rules.length > 0 && d.rules.length === 0) continue;
    directives.push(d);
  }
  return { directives, problems };
}

/**
 * Drop the problems the directives silence. With `reportUnused`, add a
 * warning for each disable directive (or each of its rule ids) that silenced
 * nothing. `source` is the text the offsets refer to (for the removal fix).
 */
export function applyDirectives(
  problems: Diagnostic[],
  directives: Directive[],
  options: { reportUnused?: boolean; lines: LineIndex; source: string },
): Diagnostic[] {
  if (directives.length === 0) return problems;
  const used = new Map<Directive, Set<string>>();
  const kept: Diagnostic[] = [];
  for (const p of problems) {
    const by = silencer(p, directives);
    if (!by) {
      kept.push(p);
      continue;
    }
    const set = used.get(by) ?? new Set<string>();
    set.add(p.ruleId);
    used.set(by, set);
  }
  if (!options.reportUnused) return kept;
  for (const d of directives) {
    if (d.type === 'enable') continue;
    const hits = used.get(d);
    const comment = { start: d.start, end: d.end, body: '' };
    if (d.rules.length === 0) {
      if (!hits) kept.push(unused(`Unused translint-${d.type} directive (no problems were reported).`, comment, options, true));
      continue;
    }
    const idle = d.rules.filter((r) => !hits?.has(r));
    if (idle.length === 0) continue;
    const names = idle.map((r) => `'${r}'`).join(', ');
    kept.push(unused(`Unused translint-${d.type} directive (no problems were reported from ${names}).`, comment, options, idle.length === d.rules.length));
  }
  return kept;
}

/** The directive that silences this problem, if any. */
function silencer(p: Diagnostic, directives: Directive[]): Directive | undefined {
  const covers = (d: Directive) => d.rules.length === 0 || d.rules.includes(p.ruleId);
  for (const d of directives) {
    if ((d.type === 'disable-line' || d.type === 'disable-next-line') && d.line === p.line && covers(d)) return d;
  }
  let all: Directive | undefined;
  const perRule = new Map<string, Directive>();
  const reenabled = new Set<string>();
  for (const d of directives) {
    if (d.start > p.range[0]) break;
    if (d.type === 'disable') {
      if (d.rules.length === 0) {
        all = d;
        perRule.clear();
        reenabled.clear();
      } else {
        for (const r of d.rules) {
          perRule.set(r, d);
          reenabled.delete(r);
        }
      }
    } else if (d.type === 'enable') {
      if (d.rules.length === 0) {
        all = undefined;
        perRule.clear();
        reenabled.clear();
      } else {
        for (const r of d.rules) {
          perRule.delete(r);
          reenabled.add(r);
        }
      }
    }
  }
  return perRule.get(p.ruleId) ?? (all && !reenabled.has(p.ruleId) ? all : undefined);
}

function unused(message: string, c: Comment, options: { lines: LineIndex; source: string }, removable: boolean): Diagnostic {
  const d = directiveDiagnostic('unused-disable', 1, message, c, options.lines);
  if (removable) {
    const range = removalRange(options.source, c.start, c.end);
    // a comment on a line of its own goes with its line (no blank line is left to split a paragraph)
    d.fix = { range, text: '', ...(range[0] !== c.start || range[1] !== c.end ? { wholeLines: true } : {}) };
    d.fixSafety = 'safe';
  }
  return d;
}

/** The comment, or its whole line when nothing else is on it. */
function removalRange(source: string, start: number, end: number): [number, number] {
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = source.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = source.length;
  const before = source.slice(lineStart, start);
  const after = source.slice(end, lineEnd).replace(/\r$/, '');
  if (before.trim() === '' && after.trim() === '') return [lineStart, Math.min(lineEnd + 1, source.length)];
  // a comment at the end of a line of text: the spaces before it go too
  if (after.trim() === '') return [lineStart + before.trimEnd().length, end];
  return [start, end];
}

function directiveDiagnostic(ruleId: string, severity: 1 | 2, message: string, c: Comment, lines: LineIndex): Diagnostic {
  const s = lines.position(c.start);
  const e = lines.position(c.end);
  return {
    ruleId,
    severity,
    message,
    messageId: ruleId === 'unused-disable' ? 'unused' : 'unknownRule',
    line: s.line,
    column: s.column,
    endLine: e.line,
    endColumn: e.column,
    range: [c.start, c.end],
  };
}
