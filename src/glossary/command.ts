/**
 * `translint import-glossary <terms.csv|terms.tbx>`: a house glossary as a
 * rule pack (model.ts says how terms map to entities). The pack is checked by
 * the pack loader before it is written, so what is written loads.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import type { CliIO } from '../cli/io.js';
import { TranslintError } from '../errors.js';
import { writeTextAtomic } from '../io/atomic-write.js';
import { loadPackText } from '../packs/load-pack.js';
import type { EntityType } from '../packs/entities.js';
import { parseCsvGlossary } from './csv.js';
import { glossaryPackYaml, type Concept } from './model.js';
import { parseTbxGlossary } from './tbx.js';

export interface ImportGlossaryFlags {
  write?: string;
  force?: boolean;
  pack?: string;
  type?: string;
}

const TYPES = new Set(['person', 'place', 'organisation', 'other']);

/** The concepts of a glossary file, by its extension (.csv, .tsv, .tbx, .xml). */
export function readGlossary(file: string, text: string): Concept[] {
  const ext = extname(file).toLowerCase();
  if (ext === '.csv' || ext === '.tsv') return parseCsvGlossary(text, file);
  if (ext === '.tbx' || ext === '.xml') return parseTbxGlossary(text, file);
  throw new TranslintError('unknown glossary format: give a .csv, .tsv, .tbx or .xml file', { file });
}

export async function importGlossaryCommand(input: string, flags: ImportGlossaryFlags, io: CliIO): Promise<number> {
  const file = resolve(io.cwd, input);
  if (!existsSync(file)) throw new TranslintError('glossary file not found', { file: input });
  if (flags.type && !TYPES.has(flags.type)) throw new TranslintError(`--type takes person, place, organisation or other, not '${flags.type}'`);
  const target = flags.write ? resolve(io.cwd, flags.write) : undefined;
  if (target && existsSync(target) && !flags.force) throw new TranslintError('file exists: not overwritten (use --force to replace it)', { file: flags.write });
  const concepts = readGlossary(input, readFileSync(file, 'utf8'));
  if (concepts.length === 0) throw new TranslintError('no terms found in the glossary', { file: input });
  const pack = flags.pack ?? (basename(file, extname(file)).toLowerCase().replace(/[^a-z0-9._-]+/g, '-') || 'glossary');
  const yaml = glossaryPackYaml(concepts, { pack, file: input, type: flags.type as EntityType | undefined });
  // the pack loader's checks (schema, one spelling per entity): an error names the glossary, since the pack is not written yet
  const label = `${input} (as a pack)`;
  try {
    loadPackText(yaml, label);
  } catch (err) {
    if (!(err instanceof TranslintError)) throw err;
    // the position in the generated YAML means nothing to the reader: name the concept's line in the glossary instead
    const message = err.message.startsWith(label) ? err.message.slice(label.length).replace(/^(:\d+)*: /, '') : err.message;
    const entity = /entities\[(\d+)\]/.exec(message);
    throw new TranslintError(`the glossary does not make a valid pack: ${message}`, { file: input, line: entity ? concepts[Number(entity[1])]?.line : undefined });
  }
  if (!target) {
    io.stdout(yaml);
    return 0;
  }
  await writeTextAtomic(target, yaml, { bom: false, mode: 0o644 });
  const terms = concepts.reduce((n, c) => n + c.terms.length, 0);
  io.stderr(`translint: wrote ${flags.write} (${concepts.length} concepts, ${terms} terms)\n`);
  return 0;
}
