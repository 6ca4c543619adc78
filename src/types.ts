/**
 * The data that flows through translint: rule metadata, the reports rules
 * make, and the diagnostics the engine turns them into.
 */

export type Severity = 'error' | 'warning' | 'info' | 'off';

/** A text replacement: `range` is [start, end) in UTF-16 code units. */
export interface Fix {
  range: [number, number];
  text: string;
  /** The fix deletes whole lines (a directive comment on a line of its own): the fixer keeps no line break of the range. */
  wholeLines?: boolean;
}

export interface Suggestion {
  desc: string;
  fix: Fix;
}

/** Ruff-style fix safety: safe fixes are applied by `--fix`, unsafe ones only on request. */
export type FixSafety = 'safe' | 'unsafe';

export interface RuleMeta {
  /** Stable rule id, kebab-case. */
  id: string;
  description: string;
  /** problem: wrong; suggestion: could be better; layout: spacing and punctuation. */
  type: 'problem' | 'suggestion' | 'layout';
  defaultSeverity: Severity;
  /** Whether the rule makes automatic fixes, and how safe they are. Absent: no fixes. */
  fixable?: FixSafety;
  /** Whether the rule offers suggestions (never applied automatically). */
  hasSuggestions?: boolean;
  /** Languages the rule works in ('*' for all). */
  languages: string[] | '*';
  /** Message templates by id; `{{name}}` placeholders are filled from report data. */
  messages: Record<string, string>;
  /** What the rule needs loaded before it runs: language detection, the English NLP model, the spelling dictionaries (src/text/dictionary.ts). */
  needs?: Array<'franc' | 'nlp' | 'dictionary'>;
  /** Documentation: why the rule exists, and when its fix is safe. */
  docs?: { fixSafety?: string; url?: string };
  /**
   * JSON Schema of the rule's options (the second item of `[severity, options]`
   * in a configuration), checked when the configuration loads. Absent: the rule
   * takes no options, and any option is an error.
   */
  schema?: Record<string, unknown>;
}

/** What a rule hands to `context.report`. */
export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  range: [number, number];
  fix?: Fix & { safety?: FixSafety };
  suggestions?: Array<{ messageId?: string; desc?: string; data?: Record<string, string | number>; fix: Fix }>;
  /** The text found and the forms expected (vfile-message's actual/expected). */
  actual?: string;
  expected?: string[];
  /** Overrides the configured severity for this one report (e.g. 'info' for a deliberate gloss). */
  severity?: Severity;
  /** Entity id, for entity rules (used in summaries and reports of replacements). */
  entity?: string;
}

/** A diagnostic as formatters and the JSON output see it (ESLint's message shape plus a few fields). */
export interface Diagnostic {
  ruleId: string;
  /** 2 error, 1 warning, 0 info. */
  severity: 0 | 1 | 2;
  message: string;
  messageId: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  range: [number, number];
  fix?: Fix;
  fixSafety?: FixSafety;
  suggestions?: Suggestion[];
  actual?: string;
  expected?: string[];
  entity?: string;
}

export interface LintResult {
  filePath: string;
  messages: Diagnostic[];
  errorCount: number;
  warningCount: number;
  infoCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** The document language the rules ran with. */
  language: string;
  /** Set when fixing: the fixed text. */
  output?: string;
  /** The text that was linted (kept only when asked, for formatters that show source). */
  source?: string;
}

/** A half-open range of offsets in a text. */
export interface Span {
  start: number;
  end: number;
}
