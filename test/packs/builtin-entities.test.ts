/**
 * The built-in entity packs as data: they load together, every entity of a
 * regional pack carries a house form per language, the Arabic original and a
 * note naming the wire service followed, and no spelling a pack reports
 * (a variant, another language's house form, a calque or deprecated alias)
 * is an ordinary word of a language in which it would be reported.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findMentions } from '../../src/packs/mentions.js';
import { BUILTIN_DIR, loadPacks, type PackSet } from '../../src/packs/load-pack.js';
import { coreWords } from '../../src/packs/entities.js';
import { dictionaryFor, loadDictionaries } from '../../src/text/dictionary.js';
import { stripDiacritics } from '../../src/text/fold.js';

const LANGS = ['en', 'fr', 'de', 'es', 'it'];
const ENTITY_PACKS = readdirSync(join(BUILTIN_DIR, 'entities'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.slice(0, -'.yaml'.length));
const REGIONAL = ENTITY_PACKS.filter((p) => p !== 'libya');

interface RawEntity {
  id: string;
  type: string;
  canonical: Record<string, string>;
  original?: string;
  note?: string;
  variants?: string[] | Record<string, string[]>;
  aliases?: Array<{ text: string; status: string; lang?: string | string[] }>;
}

/**
 * German Hunspell accepts any compound of its nouns: these calques are compounds no German text uses for
 * anything but the entity they name (Einigungsregierung: 'agreement government' for the GNA).
 */
const HUNSPELL_COMPOUNDS = new Set(['Einigungsregierung']);

let packs: PackSet;
beforeAll(async () => {
  packs = loadPacks(ENTITY_PACKS, BUILTIN_DIR);
  await loadDictionaries();
}, 60_000);

function rawEntities(pack: string): RawEntity[] {
  const p = packs.packs.find((x) => x.name === pack)!;
  return (p.data.entities as RawEntity[]) ?? [];
}

/** Every spelling of an entity as written in its pack, and (people) each house form's last word. */
function spellings(e: RawEntity): string[] {
  const out = new Set<string>(Object.values(e.canonical));
  if (e.type === 'person') {
    for (const form of Object.values(e.canonical)) {
      const ws = coreWords(form);
      if (ws.length > 1) out.add(form.slice(ws[ws.length - 1].start, ws[ws.length - 1].end));
    }
  }
  const v = e.variants ?? [];
  for (const list of Array.isArray(v) ? [v] : Object.values(v)) for (const s of list) out.add(s);
  for (const a of e.aliases ?? []) out.add(a.text);
  return [...out];
}

describe('built-in entity packs', () => {
  it('load together, with no spelling claimed by two entities', () => {
    expect(packs.entities.entityCount).toBeGreaterThan(200);
    const regional = REGIONAL.reduce((n, p) => n + rawEntities(p).length, 0);
    expect(regional).toBeGreaterThanOrEqual(150);
    expect(REGIONAL).toEqual(expect.arrayContaining(['syria', 'yemen', 'iraq', 'sudan', 'egypt', 'lebanon', 'palestine', 'gulf', 'maghreb']));
  });

  it.each(REGIONAL)('%s: every entity has a house form in en, fr, de, es and it, the Arabic original and a note naming the wire service', (pack) => {
    for (const e of rawEntities(pack)) {
      expect(Object.keys(e.canonical).sort(), e.id).toEqual([...LANGS].sort());
      expect(e.original, e.id).toMatch(/\p{Script=Arabic}/u);
      expect(e.note, e.id).toMatch(/Reuters|AP\b|AFP|dpa|EFE|ANSA|agenc/);
    }
  });

  it('names the region: the main armed groups, leaders and cities are known in every language', () => {
    const cases: Array<[string, string, string]> = [
      ['en', 'The Rapid Support Forces entered the city.', 'rapid-support-forces'],
      ['fr', 'Les Forces de soutien rapide sont entrées dans la ville.', 'rapid-support-forces'],
      ['en', 'The Popular Mobilization Forces said so.', 'popular-mobilization-forces'],
      ['de', 'Die Huthi griffen Schiffe an.', 'houthis'],
      ['es', 'Las Fuerzas Democráticas Sirias avanzaron.', 'syrian-democratic-forces'],
      ['it', 'Hayat Tahrir al-Sham ha preso Aleppo.', 'hayat-tahrir-al-sham'],
      ['en', 'Hezbollah and Hamas issued statements.', 'hezbollah'],
    ];
    for (const [lang, text, id] of cases) {
      const ms = findMentions(text, packs.entities, lang);
      expect(ms.map((m) => m.entity.id), text).toContain(id);
      expect(ms.filter((m) => m.entity.id === id).every((m) => m.kind === 'house' || m.kind === 'alias'), text).toBe(true);
    }
  });

  it('report no ordinary word of a language in which they would report it', () => {
    const problems: string[] = [];
    for (const pack of ENTITY_PACKS) {
      for (const e of rawEntities(pack)) {
        for (const s of spellings(e)) {
          // as written (a capital, as at the start of a sentence) and, for German, where nouns have one anyway
          for (const lang of LANGS) {
            const dict = dictionaryFor(lang)!;
            for (const m of findMentions(s, packs.entities, lang)) {
              const reported =
                ((m.kind === 'variant' || m.kind === 'foreign') && m.found.toLowerCase() !== m.house.toLowerCase()) ||
                (m.kind === 'alias' && (m.term.status === 'calque' || m.term.status === 'deprecated') && coreWords(m.term.text).length === 1);
              if (!reported) continue;
              // one word: a name of several words is not an ordinary phrase even when each word is a word
              const ws = coreWords(m.found).map((w) => m.found.slice(w.start, w.end));
              // as written, in lower case, and without accents (Saná matches Sana): a proper noun of the dictionary
              // (Arabia) is a word too, since the text may use it in another name (Saudi Arabia)
              const forms = ws.length === 1 ? [ws[0], ws[0].toLowerCase(), stripDiacritics(ws[0]), stripDiacritics(ws[0]).toLowerCase()] : [];
              const common = forms.some((w) => dict.isWord(w));
              if (common && !HUNSPELL_COMPOUNDS.has(m.found)) problems.push(`${pack}/${e.id}: '${m.found}' is a ${lang} word and would be reported as ${m.kind}`);
            }
          }
        }
      }
    }
    expect(problems).toEqual([]);
  }, 120_000);

  it('never take a common surname alone for one person (surname: false)', () => {
    const ms = findMentions('Abbas Araghchi met Hadi Amiri and Riyad al-Malki.', packs.entities, 'en');
    expect(ms.filter((m) => m.entity.id !== 'riyadh').map((m) => m.entity.id)).toEqual([]);
    // Riyad is a given name as well as the French house form of Riyadh: never reported
    expect(ms.every((m) => m.kind === 'alias' && m.term.status === 'allowed')).toBe(true);
    expect(findMentions('Mahmoud Abbas and Nouri al-Maliki spoke; Sarraj answered.', packs.entities, 'en').map((m) => m.entity.id)).toEqual([
      'mahmoud-abbas',
      'nouri-al-maliki',
      'fayez-al-sarraj',
    ]);
  });

  it('match a lower-case ordinary word only through a lower-case alias', () => {
    // Spanish 'damas' (ladies) is the French house form of Damascus; English 'said' a Spanish surname form
    expect(findMentions('Las damas y los caballeros.', packs.entities, 'es')).toEqual([]);
    expect(findMentions('He said that the misurata test failed.', packs.entities, 'en').filter((m) => m.kind !== 'house')).toEqual([]);
    // a capitalised foreign house form is still reported
    expect(findMentions('Les forces sont entrées à Damascus.', packs.entities, 'fr').map((m) => m.kind)).toEqual(['foreign']);
  });
});
