/**
 * `translint discover <paths...>`: find the name spellings of a corpus that
 * look like one name (src/names/discovery.ts), print them as a table or JSON,
 * and optionally write a rule pack draft (src/names/draft-pack.ts).
 *
 * Files are read one at a time and only counts are kept. The configuration's
 * extensions, ignore patterns, language (or --language; 'auto' detects each
 * file's) and packs apply as for linting: spellings the packs know are shown
 * under their entity. Exit codes: 0, or 2 for usage and input errors (a file
 * that cannot be read is named and skipped; the others are still counted).
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { newTable } from '../formatters/table.js';
import { loadConfig } from '../config/load-config.js';
import { Linter } from '../engine/linter.js';
import { TranslintError } from '../errors.js';
import { writeTarget, writeTextAtomic } from '../io/atomic-write.js';
import { describeErrno } from '../io/read-file.js';
import { prepareSourceAsync } from '../markup/source.js';
import { NameTally, type DiscoveredCluster } from '../names/discovery.js';
import { dictionaryFor, loadDictionaries } from '../text/dictionary.js';
import { draftPack } from '../names/draft-pack.js';
import { expandInputs, STDIN } from './files.js';
import { buildIgnore } from './ignore.js';
import type { CliIO } from './io.js';
import { readTextFile } from './read-input.js';

export interface DiscoverFlags {
  config?: string;
  format?: string;
  language?: string;
  rules?: string[];
  ext?: string[];
  ignorePattern?: string[];
  color?: boolean;
  minCount?: string;
  write?: string;
  force?: boolean;
}

export async function discoverCommand(paths: string[], flags: DiscoverFlags, io: CliIO): Promise<number> {
  if (paths.length === 0) throw new TranslintError("discover: no input: give files, directories, globs, or '-' for standard input");
  const minCount = flags.minCount === undefined ? 1 : Number(flags.minCount);
  if (!Number.isInteger(minCount) || minCount < 1) throw new TranslintError(`--min-count takes a whole number of 1 or more, not '${flags.minCount}'`);
  const target = flags.write ? resolve(io.cwd, flags.write) : undefined;
  if (target && existsSync(target) && !flags.force) throw new TranslintError('file exists: not overwritten (use --force to replace it)', { file: target });
  // checked before the work, not after it: a folder, a device or a missing folder is refused now
  if (target) {
    writeTarget(target);
    let dir;
    try {
      dir = statSync(dirname(target));
    } catch (err) {
      throw new TranslintError(`cannot write: its folder ${describeErrno(err) === 'no such file or directory' ? 'does not exist' : `cannot be used (${describeErrno(err)})`}`, { file: target });
    }
    if (!dir.isDirectory()) throw new TranslintError('cannot write: its folder is not a folder', { file: target });
  }

  const config = loadConfig({ cwd: io.cwd, config: flags.config });
  if (flags.language) config.language = flags.language;
  if (flags.rules) config.packs = [...config.packs, ...flags.rules.map((p) => resolve(io.cwd, p))];
  if (flags.ext) config.extensions = flags.ext.map((e) => (e.startsWith('.') ? e : `.${e}`));
  config.cli = { language: flags.language, packs: flags.rules?.map((p) => resolve(io.cwd, p)) };
  const linter = new Linter(config);
  const ignored = buildIgnore({ cwd: io.cwd, patterns: flags.ignorePattern, configPatterns: config.ignorePatterns, configDir: config.baseDir });
  const files = expandInputs(paths, { cwd: io.cwd, extensions: config.extensions, ignored });

  const tally = new NameTally();
  let inputError = false;
  for (const file of files) {
    try {
      const raw = file === STDIN ? await io.readStdin() : readTextFile(file).text;
      const own = linter.forFile(file === STDIN ? undefined : file);
      const text = (await prepareSourceAsync(raw, file === STDIN ? undefined : file)).text;
      const lang = await own.languageOf(text);
      tally.addDocument(file === STDIN ? '<stdin>' : relative(io.cwd, file) || file, text, lang);
    } catch (err) {
      if (!(err instanceof TranslintError)) throw err;
      io.stderr(`translint: ${err.message}\n`);
      inputError = true;
    }
  }

  const distinct = linter.config.rules['name-consistency']?.options?.distinct;
  // common words of each language are no names (the Hunspell dictionaries)
  await loadDictionaries();
  const clusters = tally.clusters({
    dictionary: dictionaryFor,
    entities: linter.packs.entities,
    minCount,
    distinct: Array.isArray(distinct) ? (distinct as string[][]) : undefined,
  });
  if (flags.format === 'json') io.stdout(JSON.stringify({ clusters }, null, 2) + '\n');
  else io.stdout(table(clusters, tally.files.length, flags.color ?? io.isTTY));

  if (target) {
    const fresh = clusters.filter((c) => !c.entity).length;
    await writeTextAtomic(target, draftPack(clusters, { takenIds: linter.packs.entities.entities.keys(), fileCount: tally.files.length }), { bom: false, mode: 0o644 });
    io.stderr(`translint: wrote a draft pack of ${fresh} entit${fresh === 1 ? 'y' : 'ies'} to ${relative(io.cwd, target) || target}: review it before use\n`);
  }
  return inputError ? 2 : 0;
}

function table(clusters: DiscoveredCluster[], fileCount: number, color: boolean): string {
  const files = `${fileCount} file${fileCount === 1 ? '' : 's'}`;
  if (clusters.length === 0) return `No spellings that look like one name in ${files}.\n`;
  const style = color ? {} : { head: [], border: [] };
  const t = newTable({ head: ['Suggested form', 'Spellings (count, files)', 'Entity'], style, wordWrap: true });
  for (const c of clusters) {
    const spellings = c.variants.map((v) => `${v.text} ×${v.count} (${v.files.length} file${v.files.length === 1 ? '' : 's'})${c.entity && !v.known ? ' new' : ''}`).join('\n');
    t.push([c.canonical + (c.tie ? ' (tie)' : ''), spellings, c.entity ?? '']);
  }
  const known = clusters.filter((c) => c.entity).length;
  return `${t.toString()}\n${clusters.length} group${clusters.length === 1 ? '' : 's'} of spellings in ${files} (${clusters.length - known} new, ${known} of pack entities).\n`;
}
