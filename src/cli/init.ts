/**
 * `translint init`: write a starter translint.config.yaml in the working
 * directory, listing every rule at its default severity. Refuses (exit 2)
 * when a configuration file is already there.
 *
 * Its links work for every install: the schema is the project's own copy
 * (./node_modules/translint/...) when translint is installed there, else the
 * schema's URL in the repository (a global install, npx); the documentation
 * is linked by URL.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repositoryFileUrl } from '../io/package-info.js';
import { CONFIG_NAMES } from '../config/load-config.js';
import { TranslintError } from '../errors.js';
import { builtinPackNames } from '../packs/load-pack.js';
import { allRules } from '../rules/index.js';

const LOCAL_SCHEMA = 'node_modules/translint/schemas/config.schema.json';

/** The schema reference for a config written in `dir`: the local install's file, else the repository's URL. */
export function schemaReference(dir: string): string {
  return existsSync(join(dir, LOCAL_SCHEMA)) ? `./${LOCAL_SCHEMA}` : repositoryFileUrl('schemas/config.schema.json', true);
}

export function starterConfig(schema = repositoryFileUrl('schemas/config.schema.json', true)): string {
  const rules = allRules.map((r) => `  ${r.meta.id}: ${r.meta.defaultSeverity}`).join('\n');
  return `# translint configuration: ${repositoryFileUrl('docs/ci.md')}#configuration
# Rules: ${repositoryFileUrl('docs/rules.md')}
# Editors with the YAML language server complete and check this file with the schema below.
# yaml-language-server: $schema=${schema}

# The document language (ISO 639-1), or auto to detect it among \`languages\`.
language: auto
languages: [en, fr, de, es, it]

# Rule packs: built-in names (${builtinPackNames().join(', ')}) or paths relative to this file.
# Leave out to use every built-in pack.
# packs: [libya, ./house-names.yaml]

# Every rule at its default severity: error, warning, info or off.
rules:
${rules}

# Report translint-disable comments that silence nothing.
reportUnusedDisableDirectives: false

# Settings for some files only (globs relative to this file).
# overrides:
#   - files: ["fr/**"]
#     language: fr
`;
}

/** Write the starter config into `dir`; returns its path. */
export function initConfig(dir: string): string {
  for (const name of CONFIG_NAMES) {
    const existing = join(dir, name);
    if (existsSync(existing)) throw new TranslintError('a configuration file already exists here: not overwritten', { file: existing });
  }
  const file = join(dir, CONFIG_NAMES[0]);
  writeFileSync(file, starterConfig(schemaReference(dir)));
  return file;
}
