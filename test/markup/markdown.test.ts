import { describe, expect, it } from 'vitest';
import { markupOf, prepareMarkup } from '../../src/markup/index.js';
import { makeProject, runCli } from '../helpers/ci-project.js';
import { entityLinter, fullLinter, where } from './helpers.js';

const lint = async (text: string, rules?: string[]) => where((await entityLinter(rules).lintText(text, { filePath: 'doc.md' })).messages);

describe('Markdown: what is linted', () => {
  it.each([
    ['heading', '# Hifter spoke\n', '1:3'],
    ['setext heading', 'Hifter spoke\n============\n', '1:1'],
    ['paragraph', 'Intro.\n\nThen Hifter spoke.\n', '3:6'],
    ['list item', '- Hifter spoke\n', '1:3'],
    ['ordered list item', '1. Hifter spoke\n', '1:4'],
    ['block quote', '> Hifter spoke\n', '1:3'],
    ['nested quote and list', '> - Hifter spoke\n', '1:5'],
    ['link text', '[Hifter spoke](https://example.com/a)\n', '1:2'],
    ['reference link text', '[Hifter spoke][r]\n\n[r]: https://example.com/a\n', '1:2'],
    ['emphasis', 'It was *Hifter* again.\n', '1:9'],
    ['strong', 'It was **Hifter** again.\n', '1:10'],
    ['table cell', '| who | what |\n|---|---|\n| Hifter | spoke |\n', '3:3'],
    ['text around inline code', 'Run `x` and Hifter spoke.\n', '1:13'],
  ])('%s', async (_name, text, at) => {
    const found = await lint(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(new RegExp(`^${at}-\\d+:\\d+ entity-variant Hifter$`));
  });
});

describe('Markdown: what is skipped', () => {
  it.each([
    ['fenced code block', 'Intro.\n\n```\nHifter spoke\n```\n'],
    ['tilde fence with info', '~~~text\nHifter spoke\n~~~\n'],
    ['indented code block', 'Intro.\n\n    Hifter spoke\n'],
    ['inline code', 'Run `Hifter spoke` now.\n'],
    ['YAML front matter', '---\ntitle: Hifter spoke\n---\n\nIntro.\n'],
    ['TOML front matter', '+++\ntitle = "Hifter spoke"\n+++\n\nIntro.\n'],
    ['link target', 'See [the report](https://example.com/Hifter).\n'],
    ['link title', 'See [the report](https://example.com/a "Hifter").\n'],
    ['autolink', 'See <https://example.com/Hifter>.\n'],
    ['bare URL (GFM)', 'See https://example.com/Hifter today.\n'],
    ['www link (GFM)', 'See www.example.com/Hifter today.\n'],
    ['e-mail autolink', 'Write to <hifter@example.com>.\n'],
    ['raw HTML block', '<div class="x">\nHifter spoke\n</div>\n'],
    ['inline HTML attribute', 'A <span title="Hifter">word</span> here.\n'],
    ['HTML comment', '<!-- Hifter spoke -->\n'],
    ['image', '![Hifter spoke](hifter.png)\n'],
    ['link definition', '[r]: https://example.com/Hifter\n'],
  ])('%s', async (_name, text) => {
    expect(await lint(text)).toEqual([]);
  });
});

describe('Markdown: the done-when case', () => {
  // One paragraph with name variants and machine-translation artefacts, written for this test.
  const P =
    'The Al-Wefaq government said that Khalifa Hifter had to leave Jafra, and the the military military council agreed. ' +
    'According to what came in the statement, talks resume on Monday.';
  const DOC = `# Weekly notes\n\n${P}\n\n\`\`\`\n${P}\n\`\`\`\n\nThe command \`Hifter the the\` prints a report for the desk.\n`;

  it('reports nothing for code and everything for the prose (as for the same prose in plain text)', async () => {
    const linter = fullLinter();
    const plain = (await linter.lintText(P + '\n', { filePath: 'p.txt' })).messages;
    const md = (await linter.lintText(DOC, { filePath: 'notes.md' })).messages;
    expect(plain.map((m) => m.ruleId)).toEqual(expect.arrayContaining(['entity-alias', 'entity-variant', 'repeated-words']));
    expect(plain.length).toBeGreaterThanOrEqual(5);
    // Same findings, two lines down (the heading and a blank line above the paragraph).
    expect(md.map((m) => `${m.line - 2}:${m.column} ${m.ruleId} ${m.actual}`)).toEqual(plain.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.actual}`));
    expect(md.every((m) => m.line === 3)).toBe(true);
  });

  it('fixes the prose and leaves the code as it was', async () => {
    const linter = entityLinter();
    const { output } = await linter.fixText(DOC, { filePath: 'notes.md' });
    const code = DOC.slice(DOC.indexOf('```'));
    expect(output.slice(output.indexOf('```'))).toBe(code);
    expect(output).toContain('Khalifa Haftar had to leave Jufra, and');
    expect(output.split('Hifter')).toHaveLength(3);
  });

  it('runs so through the CLI, with --stdin-filename choosing Markdown', async () => {
    const dir = makeProject({ 'notes.md': DOC });
    const file = await runCli(['notes.md', '-f', 'compact', '--rules', './news.yaml'], dir);
    const stdin = await runCli(['-', '--stdin-filename', 'notes.md', '-f', 'compact'], dir, DOC);
    const plainStdin = await runCli(['-', '-f', 'compact'], dir, DOC);
    expect(file.out.split('\n').filter(Boolean).every((l) => l.startsWith('notes.md:3:'))).toBe(true);
    expect(stdin.out.replace(/^[^:]+/gm, '')).toBe(file.out.replace(/^[^:]+/gm, ''));
    // As plain text, the code block is linted too.
    expect(plainStdin.out).toMatch(/^<stdin>:6:/m);
  });
});

describe('Markdown: findings across skipped text', () => {
  it('drops a finding that spans inline code (the words are not adjacent for a reader)', async () => {
    expect(await lint('We read the `x` the notes.\n', ['repeated-words'])).toEqual([]);
    expect(await lint('We read the the notes.\n', ['repeated-words'])).toEqual(['1:13-1:16 repeated-words the the']);
  });

  it('keeps a finding across emphasis marks, without a fix that would break them', async () => {
    const { messages } = await entityLinter(['repeated-words']).lintText('We read **the** the notes.\n', { filePath: 'a.md' });
    expect(where(messages)).toEqual(['1:17-1:20 repeated-words the   the']);
    expect(messages[0].fix).toBeUndefined();
  });

  it('keeps paragraphs apart around a code block', async () => {
    expect(await lint('Khalifa Hifter spoke.\n```\nx\n```\nHifter again.\n')).toHaveLength(2);
    const masked = prepareMarkup('Para one.\n```\ncode\n```\nPara two.\n', 'markdown').text;
    expect(masked.split(/\n\s*\n/).map((p) => p.trim())).toEqual(['Para one.', 'Para two.']);
  });
});

describe('markup by file name', () => {
  it.each([
    ['a.md', 'markdown'],
    ['A.MARKDOWN', 'markdown'],
    ['a.html', 'html'],
    ['a.htm', 'html'],
    ['a.txt', 'text'],
    ['<stdin>', 'text'],
    [undefined, 'text'],
  ])('%s is %s', (file, kind) => {
    expect(markupOf(file)).toBe(kind);
  });
});
