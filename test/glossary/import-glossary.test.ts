/**
 * translint import-glossary: CSV and TBX term bases to rule packs, end to end
 * (the written pack flags deprecated terms and suggests the preferred one),
 * and one-line errors with file and line for malformed input.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCsvGlossary } from '../../src/glossary/csv.js';
import { parseTbxGlossary } from '../../src/glossary/tbx.js';
import { makeProject, runCli } from '../helpers/ci-project.js';

const TBX = `<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX-Basic" xml:lang="en">
  <martifHeader><fileDesc><sourceDesc><p>Desk glossary</p></sourceDesc></fileDesc></martifHeader>
  <text><body>
    <termEntry id="c1">
      <descrip type="definition">Body that monitors the truce line.</descrip>
      <langSet xml:lang="en">
        <tig><term>ceasefire commission</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
        <tig><term>truce committee</term><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></tig>
        <tig><term>armistice council</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
      </langSet>
      <langSet xml:lang="fr-FR">
        <ntig><termGrp><term>commission du cessez-le-feu</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termGrp></ntig>
        <ntig><termGrp><term>conseil de l'armistice</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termGrp></ntig>
      </langSet>
    </termEntry>
    <termEntry id="c2">
      <langSet xml:lang="en"><tig><term>coastal guard</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
        <tig><term>coastguard</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig></langSet>
    </termEntry>
  </body></text>
</martif>
`;

const TBX3 = `<?xml version="1.0"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <text><body>
    <conceptEntry id="x">
      <langSec xml:lang="de">
        <termSec><term>Waffenstillstandskommission</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
        <termSec><term>Waffenruhe-Rat</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></termSec>
      </langSec>
    </conceptEntry>
  </body></text>
</tbx>
`;

describe('import-glossary', () => {
  it('a TBX file with preferred, admitted and deprecated terms in two languages becomes a pack that flags the deprecated term and suggests the preferred one', async () => {
    const dir = makeProject({
      'terms.tbx': TBX,
      'en.txt': 'The armistice council met on Monday. The truce committee agreed with the ceasefire commission.\n',
      'fr.txt': "Le conseil de l'armistice s'est réuni lundi.\n",
      'clean.txt': 'The ceasefire commission met on Monday. The truce committee agreed. The coastguard left.\n',
    });
    const imported = await runCli(['import-glossary', 'terms.tbx', '--write', 'desk.yaml'], dir);
    expect(imported.err).toBe('translint: wrote desk.yaml (2 concepts, 7 terms)\n');
    expect(imported.code).toBe(0);
    const pack = parse(readFileSync(join(dir, 'desk.yaml'), 'utf8'));
    expect(pack.entities[0]).toMatchObject({
      id: 'terms.ceasefire-commission',
      canonical: { en: 'ceasefire commission', fr: 'commission du cessez-le-feu' },
      note: 'Body that monitors the truce line.',
      aliases: [
        { text: 'truce committee', status: 'allowed', lang: 'en' },
        { text: 'armistice council', status: 'deprecated', use: 'ceasefire commission', lang: 'en' },
        { text: "conseil de l'armistice", status: 'deprecated', use: 'commission du cessez-le-feu', lang: 'fr' },
      ],
    });

    const en = await runCli(['--rules', 'desk.yaml', '-f', 'json', 'en.txt'], dir);
    const enMessages = JSON.parse(en.out)[0].messages;
    expect(enMessages.map((m: { ruleId: string; actual: string; expected: string[] }) => [m.ruleId, m.actual, m.expected])).toEqual([['entity-alias', 'armistice council', ['ceasefire commission']]]);
    expect(enMessages[0].fix.text).toBe('ceasefire commission');

    const fr = await runCli(['--rules', 'desk.yaml', '--language', 'fr', '-f', 'json', 'fr.txt'], dir);
    const frMessages = JSON.parse(fr.out)[0].messages;
    expect(frMessages.map((m: { ruleId: string; actual: string; expected: string[] }) => [m.ruleId, m.actual, m.expected])).toEqual([['entity-alias', "conseil de l'armistice", ['commission du cessez-le-feu']]]);

    const clean = await runCli(['--rules', 'desk.yaml', '-f', 'json', 'clean.txt'], dir);
    expect(JSON.parse(clean.out)[0].messages).toEqual([]);
    expect(clean.code).toBe(0);
  }, 60_000);

  it('reads TBX 3 (conceptEntry, langSec, termSec) and superseded terms; prints the pack without --write', async () => {
    const dir = makeProject({ 'de.tbx': TBX3 });
    const r = await runCli(['import-glossary', 'de.tbx', '--type', 'organisation'], dir);
    expect(r.code).toBe(0);
    const pack = parse(r.out);
    expect(pack.pack).toBe('de');
    expect(pack.entities[0]).toMatchObject({
      type: 'organisation',
      canonical: { en: 'Waffenstillstandskommission', de: 'Waffenstillstandskommission' },
      aliases: [{ text: 'Waffenruhe-Rat', status: 'deprecated', use: 'Waffenstillstandskommission', lang: 'de' }],
    });
    expect(pack.entities[0].note).toMatch(/No English term/);
  });

  it('reads CSV: rows grouped by id, columns by name, an empty status is the preferred term', async () => {
    const csv = 'Term;Language;Status;ID;Type\n"Central Electoral Commission";en;;cec;organisation\n"Elections Chamber";en;deprecated;cec;\n"CEC";en;admitted;cec;\n"Commission électorale centrale";fr;preferred;cec;\n';
    const concepts = parseCsvGlossary(csv, 'g.csv');
    expect(concepts).toHaveLength(1);
    expect(concepts[0]).toMatchObject({ id: 'cec', type: 'organisation' });
    expect(concepts[0].terms.map((t) => [t.text, t.lang, t.status ?? null, t.line])).toEqual([
      ['Central Electoral Commission', 'en', null, 2],
      ['Elections Chamber', 'en', 'deprecated', 3],
      ['CEC', 'en', 'admitted', 4],
      ['Commission électorale centrale', 'fr', 'preferred', 5],
    ]);
    const dir = makeProject({ 'g.csv': csv, 'a.txt': 'The Elections Chamber said on Monday that the CEC would publish results.\n' });
    expect((await runCli(['import-glossary', 'g.csv', '--write', 'g.yaml'], dir)).code).toBe(0);
    const lint = await runCli(['--rules', 'g.yaml', '-f', 'json', 'a.txt'], dir);
    expect(JSON.parse(lint.out)[0].messages.map((m: { actual: string; expected: string[] }) => [m.actual, m.expected])).toEqual([['Elections Chamber', ['Central Electoral Commission']]]);
  });

  it.each([
    ['bad.tbx', TBX.replace('</tig>\n        <tig><term>truce', '</tig>\n        <tig><term>truce</tig>'), /^translint: bad\.tbx:9:\d+: malformed XML: /],
    ['bad.tbx', TBX.replace('admittedTerm-admn-sts', 'approvedTerm-admn-sts'), /^translint: bad\.tbx:9: unknown term status 'approvedTerm-admn-sts'/],
    ['bad.tbx', TBX.replace('xml:lang="fr-FR"', 'xml:lang="french!"'), /^translint: bad\.tbx:12:\d+: 'french!' is not a language code/],
    ['bad.tbx', '<glossary><entry/></glossary>\n', /^translint: bad\.tbx:1:\d+: not a TBX file: the root element is <glossary>/],
    ['bad.tbx', TBX.replace(/preferredTerm-admn-sts/g, 'deprecatedTerm-admn-sts').replace('admittedTerm-admn-sts', 'deprecatedTerm-admn-sts'), /^translint: bad\.tbx:8: no preferred term in 'en'/],
    ['bad.csv', 'id,lang,term,status\na,en,"unclosed,preferred\nb,en,x,preferred\n', /^translint: bad\.csv:\d+: malformed CSV: /],
    ['bad.csv', 'id,lang,term,status\na,en,Alpha,preferred\na,en,Alfa,obsolete\n', /^translint: bad\.csv:3: unknown term status 'obsolete'/],
    ['bad.csv', 'id,lang,term,status\na,en,Alpha,preferred,extra\n', /^translint: bad\.csv:2: malformed CSV: /],
    ['bad.csv', 'id,language,status\na,en,preferred\n', /^translint: bad\.csv:1: no 'term' column/],
    ['bad.csv', 'id,lang,term,status\na,en,Alpha,preferred\nb,en,Beta,preferred\nb,en,alpha,deprecated\n', /^translint: bad\.csv:4: 'alpha' \(en\) is a term of two concepts \(the other at line 2\)/],
    ['bad.csv', 'id,lang,term,status\na,en,Alpha,preferred\nb,en,"--",preferred\n', /^translint: bad\.csv:3: the glossary does not make a valid pack: entities\[1\]\.canonical\.en must match/],
    ['bad.txt', 'a,b\n', /^translint: bad\.txt: unknown glossary format/],
  ])('%s: one-line error with file and line, exit 2 (%#)', async (name, text, message) => {
    const dir = makeProject({ [name]: text });
    const r = await runCli(['import-glossary', name, '--write', 'out.yaml'], dir);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
  });

  it('never overwrites a file without --force', async () => {
    const dir = makeProject({ 'terms.tbx': TBX });
    writeFileSync(join(dir, 'desk.yaml'), 'keep\n');
    const r = await runCli(['import-glossary', 'terms.tbx', '--write', 'desk.yaml'], dir);
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, 'desk.yaml'), 'utf8')).toBe('keep\n');
    expect((await runCli(['import-glossary', 'terms.tbx', '--write', 'desk.yaml', '--force'], dir)).code).toBe(0);
  });

  it('parseTbxGlossary keeps each term with its language and status', () => {
    const concepts = parseTbxGlossary(TBX, 't.tbx');
    expect(concepts.map((c) => c.terms.map((t) => `${t.lang}:${t.status}:${t.text}`))).toEqual([
      ['en:preferred:ceasefire commission', 'en:admitted:truce committee', 'en:deprecated:armistice council', 'fr:preferred:commission du cessez-le-feu', "fr:deprecated:conseil de l'armistice"],
      ['en:deprecated:coastal guard', 'en:preferred:coastguard'],
    ]);
  });
});
