/**
 * The names data files (rules/names/*.yaml) read through the pack cache, so
 * that a run whose data files are unchanged loads neither `yaml` nor parses
 * YAML; `yaml` itself is loaded on first use only (for text given directly).
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { loadCheckedYaml } from '../io/pack-cache.js';

let yamlLib: typeof import('yaml') | undefined;

/** YAML text -> data (the yaml package, loaded on first use). */
export function parseYamlText(text: string): unknown {
  yamlLib ??= createRequire(import.meta.url)('yaml') as typeof import('yaml');
  return yamlLib.parse(text);
}

/**
 * The data of a names file, made into a T by `build` (which throws on bad
 * data): cached as JSON once it passed `build`, and built from the cached
 * data on later runs.
 */
export function loadNamesData<T>(url: URL, kind: string, build: (data: unknown) => T): T {
  let built: { value: T } | undefined;
  const source = loadCheckedYaml(fileURLToPath(url), kind, (src) => {
    built = { value: build(src.data) };
  });
  return (built ??= { value: build(source.data) }).value;
}
