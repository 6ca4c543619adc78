import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../src/config/config.js';
import { Linter } from '../src/engine/linter.js';
import { loadPackText, PackSet } from '../src/packs/load-pack.js';
import type { Diagnostic } from '../src/types.js';
import { NEWS_PACK } from './fixtures-packs.js';
import { makeProject, runCli } from './helpers/ci-project.js';

/** entity-variant (error) and entity-alias (warning) only, over the test pack. */
function linter(reportUnused = false): Linter {
  const config = resolveConfig(
    { language: 'en', packs: [], reportUnusedDisableDirectives: reportUnused },
    process.cwd(),
  );
  for (const id of Object.keys(config.rules)) if (!['entity-variant', 'entity-alias'].includes(id)) config.rules[id].severity = 'off';
  return new Linter(config, new PackSet([loadPackText(NEWS_PACK, 'news.yaml')]));
}

const show = (ms: Diagnostic[]) => ms.map((m) => `${m.line}:${m.column} ${m.ruleId}`);

async function lint(text: string, filePath = 'a.txt', reportUnused = false): Promise<string[]> {
  return show((await linter(reportUnused).lintText(text, { filePath })).messages);
}

// Line 1 and line 3 each hold a variant (col 9) and an alias (col 24).
const LINE = 'Khalifa Hifter met the Al-Wefaq government envoy.';

describe('inline disable directives', () => {
  it('without directives, both rules report on both lines', async () => {
    expect(await lint(`${LINE}\nIntro.\n${LINE}\n`)).toEqual(['1:9 entity-variant', '1:24 entity-alias', '3:9 entity-variant', '3:24 entity-alias']);
  });

  it.each([
    // A disable comment silences exactly the named rule on exactly its line.
    ['next-line, one rule (plain-text line)', `translint-disable-next-line entity-variant\n${LINE}\n${LINE}\n`, ['2:24 entity-alias', '3:9 entity-variant', '3:24 entity-alias']],
    ['next-line, HTML comment in plain text', `<!-- translint-disable-next-line entity-variant -->\n${LINE}\n${LINE}\n`, ['2:24 entity-alias', '3:9 entity-variant', '3:24 entity-alias']],
    ['next-line, all rules', `translint-disable-next-line\n${LINE}\n${LINE}\n`, ['3:9 entity-variant', '3:24 entity-alias']],
    ['next-line, two rules', `translint-disable-next-line entity-variant, entity-alias\n${LINE}\n${LINE}\n`, ['3:9 entity-variant', '3:24 entity-alias']],
    ['same line, comment at the end', `${LINE} <!-- translint-disable-line entity-alias -->\n${LINE}\n`, ['1:9 entity-variant', '2:9 entity-variant', '2:24 entity-alias']],
    ['with a reason', `translint-disable-next-line entity-variant -- quoted as printed\n${LINE}\n`, ['2:24 entity-alias']],
    ['block disable and enable', `${LINE}\ntranslint-disable entity-variant\n${LINE}\n${LINE}\ntranslint-enable entity-variant\n${LINE}\n`, ['1:9 entity-variant', '1:24 entity-alias', '3:24 entity-alias', '4:24 entity-alias', '6:9 entity-variant', '6:24 entity-alias']],
    ['disable all, enable one rule', `translint-disable\n${LINE}\ntranslint-enable entity-alias\n${LINE}\n`, ['4:24 entity-alias']],
    ['disable to the end of the file', `${LINE}\ntranslint-disable\n${LINE}\n`, ['1:9 entity-variant', '1:24 entity-alias']],
  ])('%s', async (_name, text, expected) => {
    expect(await lint(text)).toEqual(expected);
  });

  it.each([
    // Not directives: the text is linted as usual.
    ['mid-sentence words are not a directive', `He typed translint-disable-next-line here.\n${LINE}\n`, ['2:9 entity-variant', '2:24 entity-alias']],
    ['a misspelt directive does nothing', `translint-disable-nextline\n${LINE}\n`, ['2:9 entity-variant', '2:24 entity-alias']],
    ['a directive in a Markdown code block does nothing', '```\n<!-- translint-disable-next-line -->\n```\n' + `${LINE}\n`, ['4:9 entity-variant', '4:24 entity-alias']],
    ['a bare directive line in Markdown is prose, not a directive', `translint-disable-next-line\n${LINE}\n`, ['2:9 entity-variant', '2:24 entity-alias']],
  ])('%s', async (name, text, expected) => {
    expect(await lint(text, name.includes('Markdown') ? 'a.md' : 'a.txt')).toEqual(expected);
  });

  it('works in Markdown and HTML comments', async () => {
    expect(await lint(`# Title\n\n<!-- translint-disable-next-line entity-variant -->\n${LINE}\n`, 'a.md')).toEqual(['4:24 entity-alias']);
    expect(await lint(`<p>Intro</p>\n<!-- translint-disable-next-line entity-alias -->\n<p>${LINE}</p>\n`, 'a.html')).toEqual(['3:12 entity-variant']);
    expect(await lint(`<!-- translint-disable entity-variant -->\n<p>${LINE}</p>\n<!-- translint-enable -->\n<p>${LINE}</p>\n`, 'a.html')).toEqual(['2:27 entity-alias', '4:12 entity-variant', '4:27 entity-alias']);
  });

  it('never lints the directive itself', async () => {
    expect(await lint(`translint-disable-next-line entity-alias -- Hifter is quoted below\n${LINE}\n`)).toEqual(['2:9 entity-variant']);
    expect(await lint(`${LINE} <!-- translint-disable-line entity-alias -- Hifter -->\n`)).toEqual(['1:9 entity-variant']);
  });

  it('reports a directive naming an unknown rule as an error', async () => {
    const { messages } = await linter().lintText(`translint-disable-next-line entity-variant, no-such-rule\n${LINE}\n`, { filePath: 'a.txt' });
    expect(messages.map((m) => [m.line, m.ruleId, m.severity, m.message])).toEqual([
      [1, 'invalid-directive', 2, "Unknown rule 'no-such-rule' in translint-disable-next-line directive."],
      [2, 'entity-alias', 1, expect.any(String)],
    ]);
  });
});

describe('unused disable directives', () => {
  it('are reported only on request, as warnings', async () => {
    const text = `translint-disable-next-line entity-variant\nNothing to see.\n${LINE} <!-- translint-disable-line entity-variant, entity-alias -->\n`;
    expect(await lint(text)).toEqual([]);
    const { messages } = await linter(true).lintText(text, { filePath: 'a.txt' });
    expect(messages.map((m) => [m.line, m.column, m.ruleId, m.severity, m.message])).toEqual([
      [1, 1, 'unused-disable', 1, "Unused translint-disable-next-line directive (no problems were reported from 'entity-variant')."],
    ]);
  });

  it('names the rules of a list that silenced nothing', async () => {
    const { messages } = await linter(true).lintText(`translint-disable-next-line entity-variant, entity-alias\nKhalifa Hifter spoke.\n`, { filePath: 'a.txt' });
    expect(messages.map((m) => m.message)).toEqual(["Unused translint-disable-next-line directive (no problems were reported from 'entity-alias')."]);
    expect(messages[0].fix).toBeUndefined();
  });

  it('offer a fix that removes a wholly unused directive line', async () => {
    const text = `First line.\ntranslint-disable-next-line\nClean line.\n`;
    const { messages } = await linter(true).lintText(text, { filePath: 'a.txt' });
    expect(messages).toHaveLength(1);
    expect(messages[0].message).toBe('Unused translint-disable-next-line directive (no problems were reported).');
    const [s, e] = messages[0].fix!.range;
    expect(text.slice(0, s) + messages[0].fix!.text + text.slice(e)).toBe('First line.\nClean line.\n');
  });

  it('are reported by the CLI with --report-unused-disable-directives (config key too)', async () => {
    const dir = makeProject({ 'a.md': '<!-- translint-disable-next-line entity-variant -->\nKhalifa Haftar spoke.\n' });
    expect((await runCli(['a.md', '-f', 'compact'], dir)).out).toBe('');
    const flagged = await runCli(['a.md', '-f', 'compact', '--report-unused-disable-directives'], dir);
    expect(flagged.out).toMatch(/^a\.md:1:1: warning Unused translint-disable-next-line directive .* \[unused-disable\]\n$/);
    expect(flagged.code).toBe(0);
    const viaConfig = makeProject({ 'a.md': '<!-- translint-disable-next-line entity-variant -->\nKhalifa Haftar spoke.\n' }, 'language: en\npacks: [./news.yaml]\nreportUnusedDisableDirectives: true\n');
    expect((await runCli(['a.md', '-f', 'compact'], viaConfig)).out).toContain('[unused-disable]');
  });
});
