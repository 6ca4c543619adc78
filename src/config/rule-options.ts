/**
 * Rule options checked against the JSON Schema in each rule's meta
 * (`meta.schema`, as in ESLint): the second item of `[severity, options]`.
 * A rule without a schema takes no options. A wrong option is a
 * TranslintError naming the configuration file, line and column (exit 2).
 * ajv is loaded only when a configuration gives options and is checked
 * (a configuration that passed before comes from the cache).
 */
import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { TranslintError } from '../errors.js';
import type { YamlSource } from '../io/yaml-source.js';
import { rulesById } from '../rules/index.js';
import type { Config, RuleSetting } from './config.js';

/** The schema of a rule that declares none: no options at all. */
export const NO_OPTIONS = { type: 'object', additionalProperties: false } as const;

const validators = new Map<string, ValidateFunction>();

function validator(id: string): ValidateFunction {
  let v = validators.get(id);
  if (!v) {
    const { Ajv } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
    v = new Ajv({ allErrors: true, strict: false }).compile(rulesById.get(id)?.meta.schema ?? NO_OPTIONS);
    validators.set(id, v);
  }
  return v;
}

export interface OptionProblem {
  /** Path inside the options object. */
  path: Array<string | number>;
  message: string;
  /** Whether the problem is a key (an unknown option) rather than a value. */
  key: boolean;
}

/** The first problem with a known rule's options, or undefined when they are valid. */
export function ruleOptionsProblem(id: string, options: unknown): OptionProblem | undefined {
  const validate = validator(id);
  if (validate(options)) return undefined;
  const err = pickError(validate.errors ?? []);
  const path = err.instancePath.split('/').slice(1).map(decodePointer);
  const where = path.length ? `option ${describe(path)} of rule '${id}'` : `the options of rule '${id}'`;
  if (err.keyword === 'additionalProperties') {
    const key = (err.params as { additionalProperty: string }).additionalProperty;
    const takesNone = !rulesById.get(id)?.meta.schema;
    const message = takesNone ? `rule '${id}' takes no options (unknown option '${key}')` : `unknown option '${describe([...path, key])}' for rule '${id}'`;
    return { path: [...path, key], message, key: true };
  }
  if (err.keyword === 'enum') {
    const allowed = (err.params as { allowedValues: unknown[] }).allowedValues.join(', ');
    return { path, message: `${where} must be one of: ${allowed}`, key: false };
  }
  return { path, message: `${where} ${err.message ?? 'is invalid'}`, key: false };
}

function settingsOptions(setting: RuleSetting | undefined): unknown {
  return Array.isArray(setting) && setting.length > 1 ? setting[1] : undefined;
}

/** Check the rule options of a configuration file (top level and overrides); throws at the first wrong one. */
export function checkRuleOptions(source: YamlSource): void {
  const data = source.data as Config;
  const check = (rules: Config['rules'], at: Array<string | number>) => {
    for (const [id, setting] of Object.entries(rules ?? {})) {
      const options = settingsOptions(setting);
      if (options === undefined || !rulesById.has(id)) continue; // unknown rules are reported by checkReferences
      const problem = ruleOptionsProblem(id, options);
      if (problem) throw source.error([...at, id, 1, ...problem.path], problem.message, problem.key);
    }
  };
  check(data.rules, ['rules']);
  (data.overrides ?? []).forEach((o, i) => check(o.rules, ['overrides', i, 'rules']));
}

/** Check options given without a file (a Config object passed to the library); files are checked as they load. */
export function assertRuleOptions(id: string, options: unknown): void {
  if (options === undefined || isEmptyObject(options)) return;
  const problem = ruleOptionsProblem(id, options);
  if (problem) throw new TranslintError(problem.message);
}

function isEmptyObject(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0;
}

function decodePointer(part: string): string | number {
  const s = part.replace(/~1/g, '/').replace(/~0/g, '~');
  return /^\d+$/.test(s) ? Number(s) : s;
}

function describe(path: Array<string | number>): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : p)).join('.').replace(/\.\[/g, '[');
}

/** The most useful of ajv's errors: the deepest one, preferring unknown keys and enums. */
function pickError(errors: ErrorObject[]): ErrorObject {
  const rank = (e: ErrorObject) =>
    e.instancePath.split('/').length * 10 + (e.keyword === 'additionalProperties' ? 5 : e.keyword === 'enum' || e.keyword === 'required' ? 4 : e.keyword === 'oneOf' ? 0 : 2);
  return [...errors].sort((a, b) => rank(b) - rank(a))[0];
}
