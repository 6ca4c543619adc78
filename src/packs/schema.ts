/**
 * JSON Schema validation of packs and config files (the schemas ship in
 * schemas/ so editors can use them too). Errors point at the offending value.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { YamlSource } from '../io/yaml-source.js';

const validators = new Map<string, ValidateFunction>();

export function schemaPath(name: string): URL {
  return new URL(`../../schemas/${name}.schema.json`, import.meta.url);
}

function validator(name: string): ValidateFunction {
  let v = validators.get(name);
  if (!v) {
    const schema = JSON.parse(readFileSync(schemaPath(name), 'utf8'));
    // ajv is loaded on first use: a run whose packs come from the cache never validates
    const { Ajv } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
    const ajv = new Ajv({ allErrors: true, strict: false });
    v = ajv.compile(schema);
    validators.set(name, v);
  }
  return v;
}

/** Validate `source.data` against the named schema; throws a TranslintError at the first problem. */
export function validateAgainst(name: string, source: YamlSource, what: string): void {
  const validate = validator(name);
  if (validate(source.data)) return;
  const err = pickError(validate.errors ?? []);
  const path = err.instancePath.split('/').slice(1).map(decodePointer);
  if (err.keyword === 'additionalProperties') {
    const key = (err.params as { additionalProperty: string }).additionalProperty;
    throw source.error([...path, key], `unknown key ${shownKey(key)} in ${describe(path, what)}`, true);
  }
  if (err.keyword === 'required') {
    const key = (err.params as { missingProperty: string }).missingProperty;
    throw source.error(path, `missing required key '${key}' in ${describe(path, what)}`);
  }
  if (err.keyword === 'enum') {
    const allowed = (err.params as { allowedValues: unknown[] }).allowedValues.join(', ');
    throw source.error(path, `${describe(path, what)} must be one of: ${allowed}`);
  }
  throw source.error(path, `${describe(path, what)} ${err.message ?? 'is invalid'}`);
}

function decodePointer(part: string): string | number {
  const s = part.replace(/~1/g, '/').replace(/~0/g, '~');
  return /^\d+$/.test(s) ? Number(s) : s;
}

function describe(path: Array<string | number>, what: string): string {
  if (path.length === 0) return what;
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : p)).join('.').replace(/\.\[/g, '[');
}

/** The most useful of ajv's errors: the deepest one, preferring unknown keys and enums over oneOf noise. */
function pickError(errors: ErrorObject[]): ErrorObject {
  const rank = (e: ErrorObject) =>
    e.instancePath.split('/').length * 10 +
    (e.keyword === 'additionalProperties' ? 5 : e.keyword === 'enum' || e.keyword === 'required' ? 4 : e.keyword === 'oneOf' ? 0 : 2);
  return [...errors].sort((a, b) => rank(b) - rank(a))[0];
}

/**
 * A key as a message shows it: quoted when it looks like a key name, else
 * not shown at all. A file that is not a pack (a pack path pointing at
 * /etc/shadow, say) must not have its content printed into a CI log.
 */
export function shownKey(key: string): string {
  return /^[\p{L}\p{N}_][\p{L}\p{N}_ .-]{0,39}$/u.test(key) ? `'${key}'` : '(not shown: it does not look like a key name; is this a translint file?)';
}
