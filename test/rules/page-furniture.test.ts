import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusLines } from '../../src/cli/corpus-lines.js';
import { lintWith, ruleTester, type RuleTests } from '../helpers/rule-tester.js';

const BODY =
  'The delegation arrived in the capital on Monday for two days of talks with the transitional council.\n\n' +
  'Officials said the talks would cover the budget, the electricity grid and the return of displaced families.\n\n' +
  'A second round is planned for next month in the coastal city, according to the organisers.';
const FR =
  "La délégation est arrivée lundi dans la capitale pour deux jours d'entretiens avec le conseil de transition.\n\n" +
  'Les responsables ont indiqué que les discussions porteraient sur le budget et le retour des familles déplacées.';
const DE =
  'Die Delegation traf am Montag in der Hauptstadt ein, um zwei Tage lang mit dem Übergangsrat zu verhandeln.\n\n' +
  'Nach Angaben der Beamten geht es um den Haushalt, das Stromnetz und die Rückkehr der Vertriebenen.';
const ES =
  'La delegación llegó el lunes a la capital para mantener dos días de conversaciones con el consejo de transición.\n\n' +
  'Según los funcionarios, las conversaciones tratarán sobre el presupuesto y el regreso de las familias desplazadas.';
const IT =
  'La delegazione è arrivata lunedì nella capitale per due giorni di colloqui con il consiglio di transizione.\n\n' +
  'Secondo i funzionari, i colloqui riguarderanno il bilancio e il ritorno delle famiglie sfollate.';

const tests: RuleTests = {
  valid: [
    BODY,
    // a short headline of real content, then a dateline and a date alone
    `Ceasefire holds\n\nBEIRUT\n\nMonday, March 4, 2019\n\n${BODY}`,
    // a headline in title case that names an agency but is a sentence-like headline at the top
    `UN Agency Warns Of Famine In The South As Talks Stall\n\n${BODY}`,
    // a dateline with the agency that is part of the story
    `TRIPOLI (Reuters) - ${BODY}`,
    // an agency credit at the end of a long closing paragraph is the paper's style
    `${BODY} The council did not comment on the plan before the end of the meeting on Tuesday evening (AFP, 4.6.2015)`,
    // a one-word answer line in dialogue, and a quoted line
    `"Will you print it?" she asked.\n\nPrint.\n\n${BODY}`,
    `${BODY}\n\n"Follow us," the officer told the reporters.`,
    // a sentence with a call-to-action verb far from the start
    `${BODY}\n\nThe ministry urged residents to read the notice on its page and follow the instructions.`,
    // a closing line that is a signature of the statement, not furniture
    `${BODY}\n\nThe official spokesman for the transitional council`,
    // a label before a quotation
    `He said:\n\n"We will not leave the city until the talks are over and the prisoners are free."\n\n${BODY}`,
    { text: `Le cessez-le-feu tient\n\nBEYROUTH\n\n${FR}`, language: 'fr' },
    { text: `${DE}\n\nMehr als hundert Menschen kamen zur Kundgebung vor dem Parlament.`, language: 'de' },
    { text: `${ES}\n\nMás de cien personas acudieron a la manifestación`, language: 'es' },
    { text: `Tregua in Libia\n\n${IT}`, language: 'it' },
  ],
  invalid: [
    {
      text: `${BODY}\n\nCopyright © 2021 Example Daily. All rights reserved.`,
      errors: [{ messageId: 'line', message: /copyright notice/, actual: 'Copyright © 2021 Example Daily. All rights reserved.', suggestions: [''], fix: null, severity: 1 }],
    },
    {
      text: `Talks resume in the capital\n\nFri, 12 Mar 2021 - 09:15 GMT\n\n${BODY}`,
      errors: [{ message: /date and time stamp/, line: 3 }],
    },
    { text: `${BODY}\n\nLast update: Sunday, 3 March 2019`, errors: [{ message: /date and time stamp/ }] },
    { text: `Talks resume\n\n12\n\n${BODY}`, errors: [{ message: /lone counter/, actual: '12' }] },
    { text: `[ad_2]\n\n${BODY}`, errors: [{ message: /shortcode/ }] },
    { text: `${BODY}\n\n========= R.K`, errors: [{ message: /separator line/ }] },
    { text: `${BODY}\n\n@example_desk`, errors: [{ message: /handle/ }] },
    { text: `${BODY}\n\nTelegram: example_channel`, errors: [{ message: /handle or contact line/ }] },
    { text: `${BODY}\n\nPhone 555-0100 ✉ desk@example.org`, errors: [{ message: /contact line/ }] },
    { text: `${BODY}\n\nShare\n\nTweet`, errors: [{ message: /interface text/ }, { message: /interface text/ }] },
    { text: `en Español\n\n${BODY}`, errors: [{ message: /language switch/ }] },
    { text: `${BODY}\n\nFollow us on Telegram for the latest updates`, errors: [{ message: /call to action/ }] },
    { text: `${BODY}\n\nTo watch the full interview with the minister, click here.`, errors: [{ message: /call to action/ }] },
    { text: `Example Press Agency (EPA)\n\nTalks resume in the capital\n\n${BODY}`, errors: [{ message: /site's or agency's name/, line: 1 }] },
    { text: `Sirte – Example Today\n\n${BODY}`, errors: [{ message: /site's or agency's name/ }] },
    { text: `Talks resume\n\nExample Post | World | Politics\n\n${BODY}`, errors: [{ message: /header or breadcrumb/ }] },
    { text: `${BODY}\n\nSource: Example Daily News`, errors: [{ message: /source credit/ }] },
    { text: `${BODY}\n\nMore from (The War on the Coast)`, errors: [{ message: /more articles/ }] },
    { text: `${BODY}\n\nPermalink:`, errors: [{ message: /interface text/ }] },
    { text: `${BODY}\n\nThe story:\nhttps://example.org/2021/03/talks-resume`, errors: [{ message: /label left without/ }, { message: /link/ }] },
    {
      text: `(FEEDNET- Example News Agency (ENA)) SIRTE, March 2 (ENA) -- ${BODY}`,
      errors: [{ messageId: 'part', message: /feed credit/, actual: '(FEEDNET- Example News Agency (ENA))', suggestions: [''] }],
    },
    {
      text: `Council names new envoy to the talks. (ENA, 18/08/2019)\n\n${BODY}`,
      errors: [{ messageId: 'part', message: /agency credit with a date/, actual: '(ENA, 18/08/2019)' }],
    },
    { text: `${BODY} (end)`, errors: [{ messageId: 'part', actual: '(end)' }] },
    {
      text: `${BODY}\n\n• Example Services\n• Email Alerts\n• Mobile App\n• Contact Us`,
      errors: [{ messageId: 'block', message: /^These 4 short lines look like a site menu/ }],
    },
    // a short line next to other furniture at the end is furniture too (info)
    { text: `${BODY}\n\nPrint this article\n\nStay Connected`, errors: [{ message: /interface text/ }, { message: /among other page furniture/, severity: 0 }] },
    { text: `${FR}\n\nImprimer`, language: 'fr', errors: [{ message: /interface text/ }] },
    { text: `${FR}\n\nSuivez-nous sur Facebook`, language: 'fr', errors: [{ message: /call to action/ }] },
    { text: `${FR}\n\nPlus de (La guerre au Sahel)`, language: 'fr', errors: [{ message: /more articles/ }] },
    { text: `${DE}\n\nWerbung`, language: 'de', errors: [{ message: /interface text/ }] },
    { text: `${DE}\n\nQuelle: Beispiel Nachrichten`, language: 'de', errors: [{ message: /source credit/ }] },
    { text: `Beispiel TV • Politik • 15.07.2018\n\n${DE}`, language: 'de', errors: [{ message: /header or breadcrumb/ }] },
    { text: `${ES}\n\nSíguenos en nuestras redes sociales`, language: 'es', errors: [{ message: /call to action/ }] },
    { text: `${ES}\n\nCompartir\n\n0\n\n148`, language: 'es', errors: [{ message: /interface text/ }, { message: /counter/ }, { message: /counter/ }] },
    { text: `${IT}\n\nPubblicità`, language: 'it', errors: [{ message: /interface text/ }] },
    { text: `${IT}\n\nSeguici sui nostri canali social:\nInstagram: @esempio_it`, language: 'it', errors: [{ message: /call to action/ }, { message: /handle/ }] },
  ],
};

ruleTester('page-furniture', tests);

describe('page-furniture with the phrase packs', () => {
  it('leaves a line the boilerplate lists know to that rule', async () => {
    const messages = await lintWith('page-furniture', `${BODY}\n\nLeave a Comment`, { builtin: ['mt-en'] });
    expect(messages).toEqual([]);
  });
});

describe('page-furniture across a corpus', () => {
  const dir = mkdtempSync(join(tmpdir(), 'translint-corpus-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };
  const story = (lead: string) => `${lead} the council met on Monday to discuss the budget and the grid, officials said today.`;

  it('counts a short line shared by unrelated stories, and not one shared by copies of a story', () => {
    const a = write('a.txt', `Desk Of The Coast\n\n${story('In Sirte,')}`);
    const b = write('b.txt', `Desk Of The Coast\n\n${story('In Derna,')}`);
    const c = write('c.txt', `Talks resume\n\n${story('In Misrata,')}`);
    const d = write('d.txt', `Talks resume\n\n${story('In Misrata,')}`);
    const { repeatedLines } = corpusLines([a, b, c, d]);
    expect(repeatedLines.get('desk of the coast')).toBe(2);
    expect(repeatedLines.has('talks resume')).toBe(false);
    // long lines and lines ending like a sentence are never counted
    expect([...repeatedLines.keys()]).toEqual(['desk of the coast']);
  });

  it('reports a line that the corpus pass found in other files', async () => {
    const text = `Desk Of The Coast Updates\n\nTalks resume\n\n${BODY}`;
    const { linterFor } = await import('../helpers/rule-tester.js');
    const linter = linterFor('page-furniture');
    const alone = await linter.lintText(text);
    expect(alone.messages).toEqual([]);
    const withCorpus = await linter.lintText(text, { corpus: { repeatedLines: new Map([['desk of the coast updates', 3]]) } });
    expect(withCorpus.messages.map((m) => m.message)).toEqual([
      "'Desk Of The Coast Updates' looks like a line that stands in 3 files of this corpus (the site's header or footer), left from the web page: delete the line unless it belongs to the article.",
    ]);
  });
});

describe('page-furniture in a CLI run over several files', () => {
  const story = (place: string) =>
    `Talks in ${place} resume\n\nIn ${place}, the council met on Monday to discuss the budget, the grid and the return of families.\n`;

  it('reports the line several unrelated files share, only when they are linted together, and not when the rule is off', async () => {
    const { makeProject, runCli } = await import('../helpers/ci-project.js');
    const footer = 'Desk Of The Coast Bulletin\n';
    const dir = makeProject({ 'docs/a.txt': story('Sirte') + footer, 'docs/b.txt': story('Derna') + footer, 'docs/c.txt': story('Misrata') });
    const together = await runCli(['docs', '-f', 'compact'], dir);
    const lines = together.out.split('\n').filter((l) => l.includes('page-furniture'));
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.includes("'Desk Of The Coast Bulletin' looks like a line that stands in 2 files of this corpus"))).toBe(true);
    const alone = await runCli(['docs/a.txt', '-f', 'compact'], dir);
    expect(alone.out).not.toContain('page-furniture');
    rmSync(join(dir, 'translint.config.yaml'));
    writeFileSync(join(dir, 'translint.config.yaml'), 'language: en\npacks: [./news.yaml]\nrules:\n  page-furniture: off\n');
    expect((await runCli(['docs', '-f', 'compact'], dir)).out).not.toContain('page-furniture');
  }, 60_000);
});
