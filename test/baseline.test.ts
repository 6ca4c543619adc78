import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyBaseline, createBaseline } from '../src/engine/baseline.js';
import { summarise } from '../src/engine/linter.js';
import type { Diagnostic } from '../src/types.js';
import { makeProject, runCli } from './helpers/ci-project.js';

const ARTICLE = 'Intro line.\nKhalifa Hifter met the Al-Wefaq government envoy.\nLater Hifter left for Jafra.\n';

function finding(ruleId: string, actual: string, line: number): Diagnostic {
  return { ruleId, severity: 2, message: `m ${line}`, messageId: 'x', line, column: 1, endLine: line, endColumn: 2, range: [line, line + 1], actual };
}

describe('baseline matching', () => {
  const dir = '/w';
  const result = (messages: Diagnostic[]) => summarise('/w/docs/a.txt', 'en', messages);

  it('records rule, relative file, found text and count', () => {
    const b = createBaseline([result([finding('entity-variant', 'Hifter', 2), finding('entity-alias', 'Al-Wefaq government', 2), finding('entity-variant', 'Hifter', 3)])], dir);
    expect(b.findings).toEqual([
      { file: 'docs/a.txt', rule: 'entity-alias', text: 'Al-Wefaq government', count: 1 },
      { file: 'docs/a.txt', rule: 'entity-variant', text: 'Hifter', count: 2 },
    ]);
  });

  it.each([
    // baseline findings, current findings, expected reported (rule:text@line)
    ['same findings, other lines', [['entity-variant', 'Hifter', 2]], [['entity-variant', 'Hifter', 9]], []],
    ['one more of the same', [['entity-variant', 'Hifter', 2]], [['entity-variant', 'Hifter', 2], ['entity-variant', 'Hifter', 5]], ['entity-variant:Hifter@5']],
    ['same text, other rule', [['entity-variant', 'Hifter', 2]], [['entity-consistency', 'Hifter', 2]], ['entity-consistency:Hifter@2']],
    ['same rule, other text', [['entity-variant', 'Hifter', 2]], [['entity-variant', 'Hafter', 2]], ['entity-variant:Hafter@2']],
    ['fewer than recorded', [['entity-variant', 'Hifter', 2], ['entity-variant', 'Hifter', 3]], [['entity-variant', 'Hifter', 7]], []],
  ] as Array<[string, Array<[string, string, number]>, Array<[string, string, number]>, string[]]>)('%s', (_name, before, now, expected) => {
    const baseline = createBaseline([result(before.map((f) => finding(...f)))], dir);
    const { results, suppressed } = applyBaseline([result(now.map((f) => finding(...f)))], baseline, dir);
    expect(results[0].messages.map((m) => `${m.ruleId}:${m.actual}@${m.line}`)).toEqual(expected);
    expect(suppressed).toBe(now.length - expected.length);
    expect(results[0].errorCount).toBe(expected.length);
  });

  it('does not carry findings to another file', () => {
    const baseline = createBaseline([result([finding('entity-variant', 'Hifter', 2)])], dir);
    const other = summarise('/w/docs/b.txt', 'en', [finding('entity-variant', 'Hifter', 2)]);
    expect(applyBaseline([other], baseline, dir).results[0].messages).toHaveLength(1);
  });
});

describe('--write-baseline and --baseline', () => {
  it('records today, then reports only what is new; edits elsewhere do not bring findings back', async () => {
    const dir = makeProject({ 'docs/a.txt': ARTICLE });
    const write = await runCli(['docs', '--write-baseline', 'translint-baseline.json', '-f', 'compact'], dir);
    expect(write).toMatchObject({ code: 0, out: '' });
    expect(write.err).toContain('wrote 4 findings to the baseline translint-baseline.json');
    const saved = JSON.parse(readFileSync(join(dir, 'translint-baseline.json'), 'utf8'));
    expect(saved.findings).toContainEqual({ file: 'docs/a.txt', rule: 'entity-variant', text: 'Hifter', count: 2 });

    expect(await runCli(['docs', '--baseline', 'translint-baseline.json', '-f', 'compact'], dir)).toEqual({ code: 0, out: '', err: '' });

    // An edit elsewhere: new paragraphs above, the old findings move down.
    writeFileSync(join(dir, 'docs/a.txt'), 'A new opening paragraph.\n\nAnd a second one.\n\n' + ARTICLE);
    expect(await runCli(['docs', '--baseline', 'translint-baseline.json', '-f', 'compact'], dir)).toEqual({ code: 0, out: '', err: '' });

    // A third Hifter (beyond the two recorded) and a new kind of finding are reported.
    // (Siraj beside Sarraj mixes two forms: an error, so the exit code is 1)
    writeFileSync(join(dir, 'docs/a.txt'), ARTICLE + 'Hifter returned. Fayez al-Siraj stayed. Sarraj left the room.\n');
    const after = await runCli(['docs', '--baseline', 'translint-baseline.json', '-f', 'compact'], dir);
    expect(after.code).toBe(1);
    expect(after.out.trimEnd().split('\n').map((l) => `${l.split(' ')[0]} ${l.slice(l.lastIndexOf('['))}`)).toEqual([
      'docs/a.txt:4:1: [entity-variant]',
      'docs/a.txt:4:27: [entity-variant]',
    ]);
    expect(after.out).toContain("'Siraj'");
  });

  it('refuses a missing or malformed baseline with exit 2, naming file and line', async () => {
    const dir = makeProject({ 'a.txt': ARTICLE, 'bad.json': '{\n  "translint": "baseline",\n  "version": 1,\n  "findings": [{ "file": "a.txt", "rule": "entity-variant", "text": "Hifter", "count": 0 }]\n}\n' });
    const missing = await runCli(['a.txt', '--baseline', 'nope.json'], dir);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/nope\.json: baseline file not found/);
    const bad = await runCli(['a.txt', '--baseline', 'bad.json'], dir);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/bad\.json:4:\d+: findings\[0\]\.count must be >= 1/);
  });
});
