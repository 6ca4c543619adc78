import { describe, expect, it } from 'vitest';
import { prepareMarkup } from '../../src/markup/index.js';
import { entityLinter, where } from './helpers.js';

const lint = async (html: string, rules?: string[]) => where((await entityLinter(rules).lintText(html, { filePath: 'page.html' })).messages);

describe('HTML: text nodes are linted, positions in the source', () => {
  it.each([
    ['paragraph', '<p>Khalifa Hifter spoke.</p>', '1:12-1:18'],
    ['heading on line 2', '<body>\n<h2 class="t">Hifter spoke</h2>', '2:15-2:21'],
    ['list item', '<ul><li>Hifter</li></ul>', '1:9-1:15'],
    ['table cell', '<table><tr><td>Hifter</td></tr></table>', '1:16-1:22'],
    ['after entities', '<p>Caf&eacute; &amp; Hifter</p>', '1:22-1:28'],
    ['entity inside the name', '<p>Khalifa Hift&#101;r spoke.</p>', '1:12-1:23'],
    ['split by an inline tag', '<p>Khalifa <b>Hif</b>ter spoke.</p>', '1:15-1:25'],
    ['unclosed paragraphs', '<p>One.<p>Hifter spoke.', '1:11-1:17'],
  ])('%s', async (_name, html, at) => {
    expect(await lint(html)).toEqual([`${at} entity-variant Hifter`]);
  });
});

describe('HTML: what is skipped', () => {
  it.each([
    ['script', '<script>const who = "Hifter";</script>'],
    ['style', '<style>/* Hifter */ p { color: red }</style>'],
    ['code', '<p>Run <code>Hifter</code> now.</p>'],
    ['pre', '<pre>Hifter spoke</pre>'],
    ['nested pre and code', '<pre><code>Hifter</code> and <b>Hifter</b></pre>'],
    ['attribute values', '<p title="Hifter"><img alt="Hifter" src="hifter.png">Intro.</p>'],
    ['comments', '<p>Intro.</p><!-- Hifter spoke -->'],
    ['textarea', '<textarea>Hifter</textarea>'],
  ])('%s', async (_name, html) => {
    expect(await lint(html)).toEqual([]);
  });

  it('lints the text after a skipped element', async () => {
    expect(await lint('<pre>Hifter</pre>\n<p>Then Hifter spoke.</p>')).toEqual(['2:9-2:15 entity-variant Hifter']);
  });
});

describe('HTML: fixes', () => {
  it('replace text (entities included), never tags or code', async () => {
    const html = '<p>Khalifa Hift&#101;r and <i>Hif</i>ter, not <code>Hifter</code>; Hifter.</p>';
    const { output } = await entityLinter().fixText(html, { filePath: 'page.html' });
    expect(output).toBe('<p>Khalifa Haftar and <i>Hif</i>ter, not <code>Hifter</code>; Haftar.</p>');
  });

  it('block elements separate paragraphs, inline ones join words', () => {
    const t = prepareMarkup('<p>One.</p><p>Two <b>th</b>ree.</p><br>x', 'html').text;
    expect(t.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)).toEqual(['One.', 'Two three.', 'x']);
  });
});
