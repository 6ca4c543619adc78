/**
 * The fuzz harness (fast-check): documents of random Unicode (astral
 * characters, combining marks, right-to-left text and marks, control
 * characters, very long lines) in plain text, Markdown and HTML; generated
 * packs within the schema (entities, and calque and boilerplate patterns from
 * the allowed pattern language); generated configurations. Properties: no
 * crash (a bad pack or config is a TranslintError, one line, never another
 * error), no hang (a time limit per case), every position inside the text,
 * fixing idempotent, and pack patterns matching as JavaScript's engine does.
 *
 * The short pass runs in the test suite (TRANSLINT_FUZZ_RUNS unset: a few
 * dozen cases per property). The long pass: `npm run fuzz` (2,000 cases per
 * property by default; TRANSLINT_FUZZ_RUNS=n to change it). It prints how
 * many cases each property tried.
 */
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/config.js';
import { loadConfig } from '../../src/config/load-config.js';
import { Linter } from '../../src/engine/linter.js';
import { TranslintError } from '../../src/errors.js';
import { compileUserPattern, regexProblem } from '../../src/match/safe-regex.js';
import { loadPackText, PackSet } from '../../src/packs/load-pack.js';
import type { LintResult } from '../../src/types.js';
import { NEWS_PACK } from '../fixtures-packs.js';

const LONG = process.env.TRANSLINT_FUZZ_RUNS !== undefined;
const RUNS = LONG ? Number(process.env.TRANSLINT_FUZZ_RUNS) : 25;
/** A case taking longer than this is a failure (a hang), generous for a busy 2-core machine. */
const CASE_MS = 20_000;
const SUITE_MS = LONG ? 6 * 3600_000 : 180_000;

const tried: Record<string, number> = {};
afterAll(() => {
  if (LONG) process.stdout.write(`fuzz: cases tried per property: ${JSON.stringify(tried)}\n`);
});

function count(name: string): void {
  tried[name] = (tried[name] ?? 0) + 1;
}

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const NAMES = ['Hifter', 'Haftar', 'Khalifa Hifter', 'Siraj', 'Sarraj', 'Avraik Kalin', 'Qaddafi', 'Jafra', 'GNA', 'reconciliation government', 'Al-Wefaq government'];
const WORDS = ['the', 'said', 'met', 'in', 'of', 'al', 'government', 'forces', 'according', 'to', 'what', 'came', 'statement', 'In', 'A', 'military', 'military'];
const SPECIAL = [
  '😀', '👍', '🇱🇾', '𝒜𝐁', 'e\u0301', 'a\u0308\u0301', 'ﬁ', '\u200d', '\ufe0f', // astral, combining, ligature, joiners
  'حفتر', 'خليفة', '\u200f', '\u200e', '\u202e', '\u2066', 'שלום', // right-to-left text and marks
  '\x1b[2J', '\x07', '\x00', '\x0b', '\x0c', '\x7f', '\x85', '\u2028', '\u2029', '\ufeff', '\r', // control characters
  '<!-- translint-disable -->', '<!-- translint-disable-next-line -->', '> ', '# ', '- ', '```', '`', '*', '[x](http://a)', '<b>', '</p>', '&amp;',
];
const PIECE = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 4, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(' ', ' ', '. ', ', ', '\n', '\r\n', '\n\n', '"', '«', '»', "'s", '’', '(', ')', '\t', '\u00a0') },
  { weight: 3, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
);
/** A document: pieces, sometimes with one very long line (up to 20,000 characters). */
const DOC = fc
  .tuple(fc.array(PIECE, { maxLength: 80 }), fc.option(fc.tuple(fc.constantFrom('word ', 'Hifter ', 'a', '😀', 'x y ', '>'), fc.integer({ min: 100, max: 4000 })), { freq: 4 }))
  .map(([pieces, long]) => pieces.join('') + (long ? `\n${long[0].repeat(long[1])}\n` : ''));
const KIND = fc.constantFrom('a.txt', 'a.md', 'a.html');

const linter = (() => {
  let l: Linter | undefined;
  return () => (l ??= new Linter(resolveConfig({ language: 'en', packs: [] }, process.cwd()), new PackSet([loadPackText(NEWS_PACK, 'news.yaml')])));
})();

/** Every position of a result lies inside the text it was computed on. */
function checkPositions(result: LintResult, text: string): void {
  const lines = text.split(/\r\n|\r|\n/).length;
  for (const m of result.messages) {
    const where = `${m.ruleId} ${JSON.stringify(m.range)} in a text of ${text.length}`;
    expect(m.range[0], where).toBeGreaterThanOrEqual(0);
    expect(m.range[1], where).toBeLessThanOrEqual(text.length);
    expect(m.range[0], where).toBeLessThanOrEqual(m.range[1]);
    expect(m.line, where).toBeGreaterThanOrEqual(1);
    expect(m.line, where).toBeLessThanOrEqual(lines);
    expect(m.endLine, where).toBeLessThanOrEqual(lines);
    expect(m.column, where).toBeGreaterThanOrEqual(1);
    for (const f of [m.fix, ...(m.suggestions ?? []).map((s) => s.fix)]) {
      if (!f) continue;
      expect(f.range[0], where).toBeGreaterThanOrEqual(0);
      expect(f.range[1], where).toBeLessThanOrEqual(text.length);
    }
  }
}

const params = { numRuns: RUNS, timeout: CASE_MS, interruptAfterTimeLimit: SUITE_MS, markInterruptAsFailure: false, endOnFailure: true };

describe('fuzz: documents', () => {
  it('lint never crashes, positions are inside the text, fixing is idempotent', async () => {
    await fc.assert(
      fc.asyncProperty(DOC, KIND, async (text, kind) => {
        count('documents');
        const l = linter();
        let result;
        try {
          result = await l.lintText(text, { filePath: `/fuzz/${kind}` });
        } catch (err) {
          // an input refused with a reason (Markdown nested past the limit) is a line for that file, not a crash
          expect(err, String((err as Error).stack)).toBeInstanceOf(TranslintError);
          return;
        }
        checkPositions(result, text);
        const once = await l.fixText(text, { filePath: `/fuzz/${kind}` });
        const twice = await l.fixText(once.output, { filePath: `/fuzz/${kind}` });
        expect(twice.output).toBe(once.output);
      }),
      params,
    );
  }, SUITE_MS + 60_000);
});

/** A name-like word: letters only, capitalised. */
const NAME = fc.string({ unit: fc.constantFrom(...'abdefhiklmnorstuyzé'), minLength: 3, maxLength: 8 }).map((s) => s[0].toUpperCase() + s.slice(1));
/** A pattern of the allowed language: literals, classes, groups with alternatives, bounded and unbounded repeats. */
const ATOM: fc.Arbitrary<string> = fc.letrec((tie) => ({
  atom: fc.oneof(
    { maxDepth: 3, depthIdentifier: 'pattern' },
    { weight: 5, arbitrary: fc.constantFrom('a', 'b', 'the', 'said', ' ', 'al', 'É', 'ç') },
    { weight: 2, arbitrary: fc.constantFrom('.', '\\s', '\\d', '\\w', '[ab]', '[^a ]', '\\p{L}', '[\\p{L}\\p{N}]', '\\.', '\\u00e9') },
    { weight: 1, arbitrary: fc.array(tie('seq') as fc.Arbitrary<string>, { minLength: 1, maxLength: 3 }).map((alts) => `(${alts.join('|')})`) },
    { weight: 1, arbitrary: fc.array(tie('seq') as fc.Arbitrary<string>, { minLength: 1, maxLength: 2 }).map((alts) => `(?:${alts.join('|')})`) },
  ),
  quantified: fc.tuple(tie('atom') as fc.Arbitrary<string>, fc.constantFrom('', '', '', '?', '*', '+', '{0,3}', '{2}', '*?', '+?')).map(([a, q]) => a + q),
  seq: fc.array(tie('quantified') as fc.Arbitrary<string>, { minLength: 1, maxLength: 4 }).map((xs) => xs.join('')),
})).seq as fc.Arbitrary<string>;
const LINE = fc.array(fc.constantFrom('a', 'b', 'the', 'said', ' ', 'al', 'É', 'é', 'ç', 'A', '1', '.', ',', '😀', '\u00a0', 'x'), { maxLength: 60 }).map((xs) => xs.join(''));

describe('fuzz: pack patterns', () => {
  it('every accepted pattern runs and matches as JavaScript does (word bounds, groups, case)', () => {
    fc.assert(
      fc.property(ATOM, LINE, fc.boolean(), (source, line, ignoreCase) => {
        count('patterns');
        if (regexProblem(source) !== undefined) return;
        const ours = compileUserPattern(source, { ignoreCase, bounds: 'word' });
        const js = new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, ignoreCase ? 'giu' : 'gu');
        // empty matches are never reported (the calque rule skips them); the others must agree
        const a = [...line.matchAll(js)].filter((m) => m[0] !== '').map((m) => [m.index, ...m]);
        const b = [...ours[Symbol.matchAll](line)].filter((m) => m[0] !== '').map((m) => [m.index, ...m]);
        expect(b, `/${source}/ on ${JSON.stringify(line)}`).toEqual(a);
        const whole = compileUserPattern(source, { ignoreCase, bounds: 'whole' });
        expect(whole.test(line), `whole /${source}/ on ${JSON.stringify(line)}`).toBe(new RegExp(`^(?:${source})$`, ignoreCase ? 'iu' : 'u').test(line));
      }),
      params,
    );
  }, SUITE_MS + 60_000);

  it('generated packs load or fail with a TranslintError, and lint without crashing', async () => {
    const ENTITY = fc.record({ canonical: NAME, variants: fc.array(NAME, { minLength: 1, maxLength: 3 }) });
    const PACK = fc.record({
      entities: fc.array(ENTITY, { maxLength: 5 }),
      calques: fc.array(fc.record({ regex: ATOM, use: fc.constantFrom('x', '') }), { maxLength: 3 }),
      boilerplate: fc.array(fc.record({ regex: ATOM }), { maxLength: 2 }),
    });
    await fc.assert(
      fc.asyncProperty(PACK, DOC, async (p, text) => {
        count('packs');
        const data = {
          pack: 'fuzz',
          entities: p.entities.map((e, i) => ({ id: `e${i}`, type: 'person', canonical: { en: e.canonical }, variants: e.variants })),
          calques: p.calques.map((c) => ({ ...c, note: 'fuzz' })),
          boilerplate: p.boilerplate.map((b) => ({ ...b, note: 'fuzz' })),
        };
        let pack;
        try {
          pack = loadPackText(JSON.stringify(data), 'fuzz.yaml');
        } catch (err) {
          expect(err, String((err as Error).stack)).toBeInstanceOf(TranslintError);
          expect((err as Error).message).not.toContain('\n');
          return;
        }
        let l: Linter;
        try {
          l = new Linter(resolveConfig({ language: 'en', packs: [] }, process.cwd()), new PackSet([pack]));
        } catch (err) {
          expect(err, String((err as Error).stack)).toBeInstanceOf(TranslintError);
          return;
        }
        const doc = `${p.entities.flatMap((e) => e.variants).join(' met ')} ${text}`;
        const result = await l.lintText(doc, { filePath: '/fuzz/a.txt' });
        checkPositions(result, doc);
        const once = await l.fixText(doc, { filePath: '/fuzz/a.txt' });
        expect((await l.fixText(once.output, { filePath: '/fuzz/a.txt' })).output).toBe(once.output);
      }),
      { ...params, numRuns: Math.max(5, Math.floor(RUNS / 4)) },
    );
  }, SUITE_MS + 60_000);
});

describe('fuzz: configurations', () => {
  it('a generated configuration loads or fails with a one-line TranslintError', () => {
    const VALUE = fc.oneof(fc.constantFrom('error', 'warning', 'info', 'off', 'on', 'warn', 2, 0, true, null, [], {}), fc.string({ maxLength: 6 }));
    const CONFIG = fc.record(
      {
        language: fc.oneof(fc.constantFrom('en', 'fr', 'auto', 'EN', 'klingon', ''), fc.string({ maxLength: 3 })),
        languages: fc.array(fc.constantFrom('en', 'fr', 'de', 'xx', '', 'es'), { maxLength: 3 }),
        rules: fc.dictionary(fc.constantFrom('entity-variant', 'calque', 'odd-capitals', 'no-such-rule', 'repeated-words'), VALUE, { maxKeys: 3 }),
        packs: fc.array(fc.constantFrom('./missing.yaml', 'libya', 'nope'), { maxLength: 2 }),
        extends: fc.constantFrom('translint:recommended', './other.yaml', 'translint:nothing'),
        ignorePatterns: fc.array(fc.string({ maxLength: 5 }), { maxLength: 2 }),
        unknownKey: fc.string({ maxLength: 4 }),
      },
      { requiredKeys: [] },
    );
    const dir = mkdtempSync(join(tmpdir(), 'translint-fuzz-config-'));
    dirs.push(dir);
    fc.assert(
      fc.property(CONFIG, fc.boolean(), (config, asYaml) => {
        count('configs');
        const file = join(dir, asYaml ? 'translint.config.yaml' : 'translint.config.json');
        writeFileSync(file, JSON.stringify(config));
        try {
          loadConfig({ cwd: dir, config: file });
        } catch (err) {
          expect(err, String((err as Error).stack)).toBeInstanceOf(TranslintError);
          expect((err as Error).message).not.toContain('\n');
        }
      }),
      params,
    );
  }, SUITE_MS + 60_000);
});
