/**
 * The command line: parse arguments, load configuration and packs, lint the
 * inputs file by file, print the chosen format, set the exit code.
 * Exit codes: 0 no errors; 1 errors (or more warnings than --max-warnings);
 * 2 usage, configuration or input errors.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { DEFAULT_EXTENSIONS } from '../config/config.js';
import { loadConfig } from '../config/load-config.js';
import { Linter } from '../engine/linter.js';
import { TranslintError } from '../errors.js';
import { formatters, streamingFormatters } from '../formatters/index.js';
import { allRules } from '../rules/index.js';
import type { LintResult } from '../types.js';
import { expandInputs } from './files.js';
import { lintFiles } from './lint-files.js';
import { addFixOptions, fixFiles, isFixing, type FixFlags } from './fix-files.js';
import { buildIgnore } from './ignore.js';
import { addCiOptions, applyBaselineOptions, applyCiConfig, printConfig, type CiFlags } from './ci-options.js';
import { ReportOutput } from './report-output.js';
import { onlyErrors, reportRenderer, type RenderedReport, type ReportSettings } from './report-render.js';
import { initConfig } from './init.js';
import { describeFailure } from './failure.js';
import { escapeControl } from '../formatters/escape.js';
import { removePendingTemps } from '../io/atomic-write.js';

export { processIO, type CliIO } from './io.js';
import { processIO, type CliIO } from './io.js';

interface LintFlags extends FixFlags, CiFlags {
  config?: string;
  format: string;
  junitWarningsAsFailures?: boolean;
  outputFile?: string;
  color?: boolean;
  maxWarnings?: string;
  quiet?: boolean;
  language?: string;
  rules?: string[];
  stdinFilename?: string;
  ext?: string[];
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

export function buildProgram(io: CliIO, done: (code: number) => void): Command {
  const program = new Command('translint')
    .description('Lint translated text: name variants, entity aliases and machine-translation artefacts.')
    .version(VERSION, '-v, --version')
    .argument('[paths...]', "files, directories, globs, or '-' for standard input")
    .option('-c, --config <file>', 'configuration file (default: translint.config.yaml found upward)')
    .addOption(new Option('-f, --format <name>', 'output format').choices(Object.keys(formatters)).default('stylish'))
    .option('--junit-warnings-as-failures', 'junit format: report warnings as failures too (by default only errors fail)')
    .option('-o, --output-file <file>', 'write the report to a file instead of standard output')
    .option('--color', 'force colours')
    .option('--no-color', 'no colours')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
    .option('--quiet', 'report errors only')
    .option('--language <code>', "document language (ISO 639-1) or 'auto'")
    .option('--rules <pack>', 'add a rule pack (file or built-in name); repeatable', collect)
    .option('--stdin-filename <name>', 'file name to report for standard input')
    .option('--ext <ext>', `extension linted in directories (default ${DEFAULT_EXTENSIONS.join(', ')}); repeatable`, collect)
    .option('--debug', 'print stack traces of internal errors')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride()
    .action(async (paths: string[], flags: LintFlags) => {
      done(await lintCommand(paths, flags, io));
    });
  addFixOptions(program);
  addCiOptions(program);

  program
    .command('rules')
    .description('list every rule with its description, default severity and fixability')
    .action(() => {
      if (program.opts().format === 'json') {
        io.stdout(JSON.stringify(allRules.map((r) => ({ id: r.meta.id, description: r.meta.description, type: r.meta.type, defaultSeverity: r.meta.defaultSeverity, fixable: r.meta.fixable ?? null, hasSuggestions: r.meta.hasSuggestions ?? false, languages: r.meta.languages })), null, 2) + '\n');
        return done(0);
      }
      for (const r of allRules) {
        const fix = r.meta.fixable ? `fix: ${r.meta.fixable}` : r.meta.hasSuggestions ? 'suggestions' : 'no fix';
        io.stdout(`${r.meta.id.padEnd(24)} ${r.meta.defaultSeverity.padEnd(8)} ${fix.padEnd(12)} ${r.meta.description}\n`);
      }
      done(0);
    });
  program
    .command('init')
    .description('write a starter translint.config.yaml here (never overwrites one)')
    .action(() => {
      io.stdout(`translint: wrote ${initConfig(io.cwd)}\n`);
      done(0);
    });
  program
    .command('discover')
    .description('group the name spellings of a corpus that look like one name; --write drafts a rule pack')
    .argument('<paths...>', "files, directories, globs, or '-' for standard input")
    .option('--min-count <n>', 'leave out spellings seen fewer than n times (default 1)')
    .option('--write <pack.yaml>', 'write a rule pack draft of the new names')
    .option('--force', 'let --write replace an existing file')
    .action(async (paths: string[], flags: { minCount?: string; write?: string; force?: boolean }) => {
      // loaded on use: name discovery is a dozen modules a lint never needs
      const { discoverCommand } = await import('./discover.js');
      done(await discoverCommand(paths, { ...program.opts(), ...flags }, io));
    });
  program
    .command('import-glossary')
    .description('turn a house glossary (CSV or TBX) into a rule pack: preferred terms house forms, deprecated terms flagged')
    .argument('<glossary>', 'a .csv/.tsv (id, lang, term, status columns) or .tbx file')
    .option('--write <pack.yaml>', 'write the pack to this file (default: print it)')
    .option('--force', 'let --write replace an existing file')
    .option('--pack <name>', 'pack name (default: the glossary file name)')
    .option('--type <type>', 'entity type of the concepts: person, place, organisation or other (default other)')
    .action(async (file: string, flags: { write?: string; force?: boolean; pack?: string; type?: string }) => {
      // loaded on use: the CSV and XML parsers are needed by this command only
      const { importGlossaryCommand } = await import('../glossary/command.js');
      done(await importGlossaryCommand(file, flags, io));
    });
  return program;
}

export const VERSION = '0.1.0';

async function lintCommand(paths: string[], flags: LintFlags, io: CliIO): Promise<number> {
  if (paths.length === 0 && !flags.printConfig) throw new TranslintError("no input: give files, directories, globs, or '-' for standard input");
  if (flags.language !== undefined && !/^(auto|[a-z]{2})$/.test(flags.language)) {
    throw new TranslintError(`--language takes a two-letter ISO 639-1 code in lower case (en, fr, de, es, it, ...) or 'auto', not '${escapeControl(flags.language)}'`);
  }
  const config = loadConfig({ cwd: io.cwd, config: flags.config });
  if (flags.language) config.language = flags.language;
  if (flags.rules) config.packs = [...config.packs, ...flags.rules.map((p) => resolve(io.cwd, p))];
  if (flags.ext) config.extensions = flags.ext.map((e) => (e.startsWith('.') ? e : `.${e}`));
  applyCiConfig(config, flags, io.cwd);
  if (flags.printConfig) {
    io.stdout(printConfig(config, flags.printConfig, io.cwd));
    return 0;
  }
  let maxWarnings: number | undefined;
  if (flags.maxWarnings !== undefined) {
    maxWarnings = Number(flags.maxWarnings);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new TranslintError(`--max-warnings takes a whole number, not '${flags.maxWarnings}'`);
  }
  const linter = new Linter(config);
  const ignored = buildIgnore({ cwd: io.cwd, patterns: flags.ignorePattern, configPatterns: config.ignorePatterns, configDir: config.baseDir });
  // an input that cannot be read is a line naming it (exit 2); the other inputs are still linted
  let expandError = false;
  const onProblem = (message: string) => {
    io.stderr(`translint: ${escapeControl(message)}\n`);
    expandError = true;
  };
  const files = expandInputs(paths, { cwd: io.cwd, extensions: config.extensions, ignored, onProblem });
  refuseOutputsThatAreInputs(files, [
    ['-o', flags.outputFile],
    ['--report-file', flags.reportFile],
    ['--write-baseline', flags.writeBaseline],
  ], io.cwd);
  const color = flags.color ?? (io.isTTY && !flags.outputFile);
  const outputFile = flags.outputFile ? resolve(io.cwd, flags.outputFile) : undefined;
  const stream = isFixing(flags) || flags.writeBaseline ? undefined : streamingFormatters[flags.format];
  if (stream) {
    const report: ReportSettings = { format: flags.format, color, cwd: io.cwd, quiet: flags.quiet ?? false, baseline: flags.baseline ? resolve(io.cwd, flags.baseline) : undefined };
    return Math.max(expandError ? 2 : 0, await streamedLint(files, linter, flags, io, report, outputFile, maxWarnings));
  }

  const fixRun = isFixing(flags) ? await fixFiles(files, linter, flags, io) : undefined;
  if (fixRun?.interrupted) return fixRun.signalCode ?? 130;
  // lint-files.ts: file by file, on worker threads too when there are many files
  const lintRun = fixRun ? undefined : await lintFiles(files, linter, { workers: flags.workers, stdinFilename: flags.stdinFilename }, io);
  const results: LintResult[] = fixRun?.results ?? lintRun!.results;
  const inputError = expandError || (fixRun?.inputError ?? lintRun!.inputError);
  applyBaselineOptions(results, flags, io.cwd, io.stderr);
  const shown = flags.quiet ? results.map(onlyErrors) : results;
  const out = new ReportOutput(fixRun?.reportToStderr ? io.stderr : io.stdout, outputFile);
  out.add(formatters[flags.format](shown, { color, cwd: io.cwd, warningsAsFailures: flags.junitWarningsAsFailures ?? false }));
  out.close();
  fixRun?.printSummary();
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = shown.reduce((n, r) => n + r.warningCount, 0); // as ESLint 9: --quiet warnings do not count
  return exitCode(inputError, errors, warnings, maxWarnings, io);
}

/**
 * A lint run whose report is written file by file as results come (the
 * formats in `streamingFormatters`): memory holds the counts, not the findings.
 */
async function streamedLint(files: string[], linter: Linter, flags: LintFlags, io: CliIO, settings: ReportSettings, outputFile: string | undefined, maxWarnings: number | undefined): Promise<number> {
  const { format, render } = reportRenderer(settings);
  const out = new ReportOutput(io.stdout, outputFile);
  let errors = 0;
  let warnings = 0;
  const onRendered = (r: RenderedReport) => {
    errors += r.errors;
    warnings += r.warnings;
    out.add(format.add(r.file));
  };
  let inputError: boolean;
  // a signal while a report file is being written: drop the temporary file, then stop (never a stray *.tmp)
  const onSignal = (signal: NodeJS.Signals) => {
    out.abandon();
    removePendingTemps();
    process.exit(signal === 'SIGINT' ? 130 : signal === 'SIGHUP' ? 129 : 143);
  };
  const signals: NodeJS.Signals[] = outputFile ? ['SIGINT', 'SIGTERM', 'SIGHUP'] : [];
  for (const sig of signals) process.on(sig, onSignal);
  try {
    const pause = outputFile ? undefined : io.stdoutBackpressure;
    ({ inputError } = await lintFiles(files, linter, { workers: flags.workers, stdinFilename: flags.stdinFilename, report: { settings, render, onRendered }, pause }, io));
    out.add(format.end());
  } catch (err) {
    out.abandon();
    throw err;
  } finally {
    for (const sig of signals) process.off(sig, onSignal);
  }
  out.close();
  return exitCode(inputError, errors, warnings, maxWarnings, io);
}

function exitCode(inputError: boolean, errors: number, warnings: number, maxWarnings: number | undefined, io: CliIO): number {
  if (inputError) return 2;
  if (errors > 0) return 1;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr(`translint found too many warnings (${warnings}; maximum allowed is ${maxWarnings}).\n`);
    return 1;
  }
  return 0;
}

/** Run the CLI with these arguments; resolves to the exit code. */
export async function run(argv: string[], io: CliIO = processIO()): Promise<number> {
  let code = 0;
  const program = buildProgram(io, (c) => (code = c));
  // --debug: stack traces of internal errors, in worker threads too (they inherit the environment)
  if (argv.includes('--debug')) process.env.TRANSLINT_DEBUG = [process.env.TRANSLINT_DEBUG, 'stack'].filter(Boolean).join(',');
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return 0;
      return 2;
    }
    if (err instanceof TranslintError) {
      io.stderr(`translint: ${escapeControl(err.message)}\n`);
      return 2;
    }
    io.stderr(`translint: ${escapeControl(describeFailure(err, 'translint', 'running'))}\n`);
    return 2;
  }
}

/**
 * An output that is also an input would destroy it (-o in.txt in.txt used to
 * leave in.txt empty): refused before any work, whatever path names it
 * (symbolic links and hard links included).
 */
function refuseOutputsThatAreInputs(files: string[], outputs: Array<[string, string | undefined]>, cwd: string): void {
  const ids = new Map<string, string>();
  for (const f of files) {
    const id = fileId(f);
    if (id) ids.set(id, f);
  }
  for (const [option, out] of outputs) {
    if (out === undefined) continue;
    const id = fileId(resolve(cwd, out));
    if (id && ids.has(id)) throw new TranslintError(`${option} names an input file: refusing to overwrite it (choose another output file)`, { file: out });
  }
}

function fileId(file: string): string | undefined {
  if (file === '-') return undefined;
  try {
    const st = statSync(file);
    return `${st.dev}:${st.ino}`;
  } catch {
    return undefined;
  }
}
