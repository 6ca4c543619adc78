/**
 * The kernel: text and configuration in, results out. No file system here
 * beyond loading the packs the configuration names (once per Linter).
 *
 * lintText: detect the language if asked, run every enabled rule for that
 * language over one shared DocumentModel, turn reports into diagnostics.
 * fixText: lint, apply the fixes, repeat until nothing changes (at most 10
 * passes), then lint the result once more so the caller knows what remains.
 */
import type { ResolvedConfig } from '../config/config.js';
import { configForFile, configKey } from '../config/overrides.js';
import { prepareSourceAsync } from '../markup/source.js';
import type { MarkupKind } from '../markup/text-map.js';
import { loadPacks, type PackSet } from '../packs/load-pack.js';
import { allRules } from '../rules/index.js';
import type { CorpusInfo, RuleContext, RuleModule } from '../rules/rule.js';
import { functionWordLanguage } from '../text/function-word-language.js';
import { DetectorNotLoaded, languageScoresSync, loadLanguageDetector } from '../text/language.js';
import { words, type Word } from '../text/words.js';
import type { Diagnostic, LintResult, Report, RuleMeta, Severity } from '../types.js';
import { DocumentModel } from '../document/document.js';
import { applyFixes, offsetBefore, selectFixes, type FixOutcome } from './fixer.js';
import { toDiagnostic } from './report-translator.js';
import { applyDirectives, parseDirectives } from './directives.js';

type Need = NonNullable<RuleMeta['needs']>[number];

/**
 * Loaders for what rules may need up front; each runs once, and only if an
 * enabled rule declares it. Rules of their own need not declare either: the
 * NLP model loads synchronously on first use (src/text/nlp.ts), and franc and
 * Hunspell are loaded when a rule meets DetectorNotLoaded (the rule then runs
 * again).
 */
const LOADERS: Record<Need, () => Promise<void>> = {
  franc: loadLanguageDetector,
  nlp: async () => (await import('../text/nlp.js')).loadNlp(),
  dictionary: async () => (await import('../text/dictionary.js')).loadDictionaries(),
};

export interface LintOptions {
  filePath?: string;
  /** Overrides the configured language for this text. */
  language?: string;
  /** The text's markup; by default chosen by the file extension (src/markup/). */
  markup?: MarkupKind;
  /** What is known of the other files linted with this one (the CLI's corpus pass). */
  corpus?: CorpusInfo;
}

export interface FixOptions extends LintOptions {
  /** Apply unsafe fixes too. */
  unsafe?: boolean;
  /** Only fixes of these rules. */
  ruleFilter?: (ruleId: string) => boolean;
}

export interface FixResult {
  result: LintResult;
  output: string;
  applied: FixOutcome['applied'];
  passes: number;
}

export const MAX_FIX_PASSES = 10;

/** Language detection reads this many characters of a document at most (as franc always did). */
const DETECT_CHARS = 20000;

/** A text of fewer words is in the default language (the first candidate): too short to detect with confidence. */
export const MIN_DETECT_WORDS = 20;

/** How far (in franc's relative scores) the default language must trail the best guess to be replaced. */
const FRANC_MARGIN = 0.05;

export class Linter {
  readonly packs: PackSet;
  private readonly loaded = new Set<Need>();
  /** One Linter per distinct configuration that `overrides` give some files. */
  private readonly byConfig = new Map<string, Linter>();

  constructor(
    readonly config: ResolvedConfig,
    packs?: PackSet,
  ) {
    this.packs = packs ?? loadPacks(config.packs, config.baseDir);
  }

  /** Rules that run on a document of this language, with their severity. */
  activeRules(language: string): Array<{ rule: RuleModule; severity: Exclude<Severity, 'off'>; options: Record<string, unknown> }> {
    const out = [];
    for (const rule of allRules) {
      const setting = this.config.rules[rule.meta.id];
      if (!setting || setting.severity === 'off') continue;
      if (rule.meta.languages !== '*' && !rule.meta.languages.includes(language)) continue;
      out.push({ rule, severity: setting.severity, options: setting.options });
    }
    return out;
  }

  private async ensure(needs: Iterable<Need>): Promise<void> {
    for (const n of needs) {
      if (this.loaded.has(n)) continue;
      await LOADERS[n]();
      this.loaded.add(n);
    }
  }

  /**
   * The document language: given, configured, or detected. With `auto` the
   * first candidate language is the default, and detection changes it only
   * when the text is long enough to be sure: at least MIN_DETECT_WORDS words
   * (a one-line English text, "Hifter spoke.", is never German), then from
   * function words when they are decisive, else with franc when its best
   * guess is clearly ahead of the default. `ws` are the words of `text`, when
   * the caller has them. Both look at the first 20,000 characters only.
   */
  async languageOf(text: string, given?: string, ws?: Word[]): Promise<string> {
    const lang = given ?? this.config.language;
    if (lang !== 'auto') return lang;
    const fallback = this.config.languages[0] ?? 'en';
    const sample = ws ?? words(text.length > DETECT_CHARS ? text.slice(0, DETECT_CHARS) : text);
    let n = sample.length;
    while (n > 0 && sample[n - 1].end > DETECT_CHARS) n--;
    if (n < MIN_DETECT_WORDS) return fallback;
    const quick = functionWordLanguage(sample, this.config.languages, 0, n);
    if (quick) return quick;
    await this.ensure(['franc']);
    const scores = languageScoresSync(text, this.config.languages);
    if (scores.length === 0) return fallback;
    const [best, bestScore] = scores[0];
    if (best === fallback) return best;
    // franc's scores are relative to the best (1): the default stays unless it is clearly behind
    const ofDefault = scores.find(([l]) => l === fallback)?.[1] ?? 0;
    return bestScore - ofDefault >= FRANC_MARGIN ? best : fallback;
  }

  /** The Linter for this file: this one, or one for the configuration its overrides give it (cached). */
  forFile(filePath?: string): Linter {
    const config = configForFile(this.config, filePath);
    if (config === this.config) return this;
    const key = configKey(config);
    let linter = this.byConfig.get(key);
    if (!linter) {
      const samePacks = config.packs.length === this.config.packs.length && config.packs.every((p, i) => p === this.config.packs[i]);
      linter = new Linter(config, samePacks ? this.packs : undefined);
      this.byConfig.set(key, linter);
    }
    return linter;
  }

  async lintText(input: string, options: LintOptions = {}): Promise<LintResult> {
    const own = this.forFile(options.filePath);
    if (own !== this) return own.lintText(input, options);
    const filePath = options.filePath ?? '<text>';
    const source = await prepareSourceAsync(input, options.filePath, options.markup);
    const text = source.text;
    const ws = (options.language ?? this.config.language) === 'auto' ? words(text) : undefined;
    const language = await this.languageOf(text, options.language, ws);
    const active = this.activeRules(language);
    // the NLP model is English-only: other languages never load it
    await this.ensure(active.flatMap((a) => a.rule.meta.needs ?? []).filter((n) => n !== 'nlp' || language === 'en'));
    const doc = new DocumentModel(text, language, this.packs, ws);
    const messages: Diagnostic[] = [];
    for (const { rule, severity, options: ruleOptions } of active) {
      let reports: Diagnostic[] = [];
      const context: RuleContext = {
        filePath,
        text,
        language,
        languages: this.config.languages,
        options: ruleOptions,
        doc,
        packs: this.packs,
        corpus: options.corpus,
        report: (r: Report) => {
          reports.push(toDiagnostic(rule.meta, severity, r, doc.lines));
        },
      };
      try {
        try {
          rule.check(context);
        } catch (err) {
          // franc or the dictionaries were needed and are not loaded yet: load them, run the rule again from the start
          const need = neededBy(err);
          if (need === undefined || this.loaded.has(need)) throw err;
          await this.ensure([need]);
          reports = [];
          rule.check(context);
        }
        // a loop, not push(...reports): a rule with 100,000s of findings on one file would overflow the stack
        for (const r of reports) messages.push(r);
      } catch (err) {
        const e = err as Error;
        e.message = `rule '${rule.meta.id}' failed on ${filePath}: ${e.message}`;
        throw e;
      }
    }
    // disable directives are applied after the rules ran, to the findings in source terms
    let final = source.toSource(messages);
    if (source.map.comments.length > 0) {
      const { directives, problems } = parseDirectives(source.map.comments, source.lines());
      final = [...applyDirectives(final, directives, { reportUnused: this.config.reportUnusedDisableDirectives, lines: source.lines(), source: source.source }), ...problems];
    }
    final.sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1] || a.ruleId.localeCompare(b.ruleId));
    return summarise(filePath, language, final);
  }

  async fixText(text: string, options: FixOptions = {}): Promise<FixResult> {
    const own = this.forFile(options.filePath);
    if (own !== this) return own.fixText(text, options);
    const language = await this.languageOf(text, options.language);
    const opts = { ...options, language };
    let output = text;
    const applied: FixOutcome['applied'] = [];
    let passes = 0;
    /** The fixes of each pass, to map their positions back to the original text. */
    const history: FixOutcome['applied'][] = [];
    let result = await this.lintText(output, opts);
    while (passes < MAX_FIX_PASSES) {
      const fixes = selectFixes(result.messages, options.unsafe ?? false, options.ruleFilter);
      if (fixes.length === 0) break;
      const outcome = applyFixes(output, fixes);
      if (outcome.output === output) break;
      passes++;
      for (const a of outcome.applied) a.origin = history.reduceRight((at, pass) => offsetBefore(pass, at), a.range[0]);
      history.push(outcome.applied);
      for (const a of outcome.applied) applied.push(a);
      output = outcome.output;
      result = await this.lintText(output, opts);
    }
    return { result: { ...result, output: output === text ? undefined : output }, output, applied, passes };
  }
}

/**
 * A result's counts. The fixable counts are what `--fix` applies: safe fixes
 * only (an unsafe fix waits for --unsafe-fixes; `unsafeFixCount` counts those).
 */
export function summarise(filePath: string, language: string, messages: Diagnostic[]): LintResult {
  let errorCount = 0;
  let warningCount = 0;
  let infoCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  for (const m of messages) {
    if (m.severity === 2) {
      errorCount++;
      if (safeFix(m)) fixableErrorCount++;
    } else if (m.severity === 1) {
      warningCount++;
      if (safeFix(m)) fixableWarningCount++;
    } else infoCount++;
  }
  return { filePath, messages, errorCount, warningCount, infoCount, fixableErrorCount, fixableWarningCount, language };
}

/** Whether `--fix` applies this diagnostic's fix (it has one, and it is not unsafe). */
export function safeFix(m: Diagnostic): boolean {
  return m.fix !== undefined && m.fixSafety !== 'unsafe';
}

/** How many findings have a fix that only `--unsafe-fixes` applies. */
export function unsafeFixCount(messages: readonly Diagnostic[]): number {
  let n = 0;
  for (const m of messages) if (m.fix !== undefined && m.fixSafety === 'unsafe') n++;
  return n;
}

/** What a rule's error says it needs loaded (DetectorNotLoaded, NeedNotLoaded), if anything. */
function neededBy(err: unknown): Need | undefined {
  if (err instanceof DetectorNotLoaded) return err.need;
  const need = (err as { need?: unknown } | null)?.need;
  return typeof need === 'string' && need in LOADERS ? (need as Need) : undefined;
}
