/**
 * Name discovery over a corpus: tally the name words of each document (only
 * counts, files and a few context counts per spelling are kept, never the
 * texts), then group the spellings of all documents with clusterNames.
 *
 * A spelling is one name word (Nimroush, Jufrah), folded (case, accents and
 * apostrophes do not make a new spelling; the most frequent written form is
 * shown). Spellings that a loaded pack already knows (a pack term is exactly
 * that word: a house form, a surname, a listed variant) are attached to the
 * pack's entity: a group holding one is reported under that entity, and only
 * groups with no known spelling are new names.
 */
import { fold } from '../text/fold.js';
import { words as splitWords, type Word } from '../text/words.js';
import type { Entity, EntityIndex } from '../packs/entities.js';
import { candidateLists, derivedKeys, documentCandidates, lowerCaseKeys, urlSpans } from './candidates.js';
import { clusterNames } from './cluster.js';
import { translitData } from './translit.js';

export type GuessedType = 'person' | 'place' | 'other';

interface Tally {
  lang: string;
  key: string;
  /** written forms and their counts */
  forms: Map<string, number>;
  count: number;
  /** indexes into NameTally.files */
  files: Set<number>;
  /** in a name of several words / after a locative preposition */
  inFullName: number;
  afterLocative: number;
  /** occurrences capitalised where only a name would be (not at a sentence start or in a headline) */
  midSentence: number;
}

export interface DiscoveredVariant {
  text: string;
  count: number;
  files: string[];
  /** a loaded pack already knows this spelling */
  known?: boolean;
}

export interface DiscoveredCluster {
  /** the suggested form: the entity's house form for known names, else the most frequent spelling */
  canonical: string;
  language: string;
  count: number;
  /** id of the pack entity the group belongs to */
  entity?: string;
  /** several spellings share the top count */
  tie?: boolean;
  /** a guess from the contexts (person: a third or more inside a full name; place: a quarter after 'in', 'near', ...) */
  type: GuessedType;
  /** most frequent first */
  variants: DiscoveredVariant[];
}

export interface DiscoverOptions {
  /** the loaded packs' entities (spellings they know are attached to their entity) */
  entities?: EntityIndex;
  /** spellings seen fewer times are left out before grouping (default 1) */
  minCount?: number;
  /** more known-distinct names */
  distinct?: string[][];
  /**
   * The dictionary of a language (src/text/dictionary.ts): its common words
   * are no names unless a pack knows them or (outside German, which
   * capitalises every noun) the corpus capitalises them in mid-sentence; in
   * German no capitalised dictionary word is. Two common words never make
   * one group.
   */
  dictionary?: (lang: string) => { isWord(word: string): boolean } | undefined;
}

/** Running tallies of name spellings over many documents. */
export class NameTally {
  readonly files: string[] = [];
  private readonly tallies = new Map<string, Tally>();
  /** per language: how often words seen capitalised are also written in lower case */
  private readonly lower = new Map<string, Map<string, number>>();
  /** per language: the folded spellings tallied */
  private readonly keys = new Map<string, Set<string>>();
  private compoundPrefixes?: Set<string>;

  get size(): number {
    return this.tallies.size;
  }

  /** Count the name words of one document (its text as the rules read it). */
  addDocument(file: string, text: string, lang: string, ws?: readonly Word[]): void {
    const fileIndex = this.files.length;
    this.files.push(file);
    const lists = candidateLists(lang);
    this.compoundPrefixes ??= new Set(translitData().compounds.map((c) => c.prefix));
    const words = ws ?? splitWords(text);
    let keys = this.keys.get(lang);
    if (!keys) this.keys.set(lang, (keys = new Set()));
    const spans = urlSpans(text);
    for (const cand of documentCandidates(text, lang, words, spans)) {
      const locative = lists.locatives.has(fold(previousWord(text, cand.start)));
      const full = cand.tokens.length > 1;
      for (const t of cand.tokens) {
        // Abdel, Abdul: the first half of a compound name is not a name of its own
        if (this.compoundPrefixes.has(t.key)) continue;
        const id = `${lang}\u0000${t.key}`;
        let s = this.tallies.get(id);
        if (!s) keys.add(t.key);
        if (!s) this.tallies.set(id, (s = { lang, key: t.key, forms: new Map(), count: 0, files: new Set(), inFullName: 0, afterLocative: 0, midSentence: 0 }));
        s.count++;
        s.forms.set(t.text, (s.forms.get(t.text) ?? 0) + 1);
        s.files.add(fileIndex);
        if (full) s.inFullName++;
        if (locative) s.afterLocative++;
        if (!t.initial) s.midSentence++;
      }
    }
    // lower-case uses of words already seen capitalised (common words are
    // common: their lower-case uses go on after their first capitalised one)
    let lower = this.lower.get(lang);
    if (!lower) this.lower.set(lang, (lower = new Map()));
    for (const [k, n] of lowerCaseKeys(text, words, spans, keys)) lower.set(k, (lower.get(k) ?? 0) + n);
  }

  /** Group the spellings: groups of two spellings or more, largest first. */
  clusters(options: DiscoverOptions = {}): DiscoveredCluster[] {
    const minCount = options.minCount ?? 1;
    const byLang = new Map<string, Tally[]>();
    for (const t of this.tallies.values()) {
      if (t.count < minCount) continue;
      // a word the corpus also writes in lower case is a common word (Note, Build), not a name
      const lower = this.lower.get(t.lang)?.get(t.key) ?? 0;
      if (lower >= 2 && lower * 10 >= t.count) continue;
      let l = byLang.get(t.lang);
      if (!l) byLang.set(t.lang, (l = []));
      l.push(t);
    }
    const out: DiscoveredCluster[] = [];
    for (const [lang, all] of byLang) {
      const dict = options.dictionary?.(lang);
      const german = lang.toLowerCase().startsWith('de');
      const tallies = dict
        ? all.filter((t) => {
            const form = shownForm(t);
            if (options.entities && knownEntity(options.entities, t.key)) return true;
            if (german) return !dict.isWord(form);
            return !(dict.isWord(form.toLowerCase()) && t.midSentence === 0);
          })
        : all;
      out.push(...this.clusterLanguage(lang, tallies, options, dict));
    }
    out.sort((a, b) => b.count - a.count || (a.canonical < b.canonical ? -1 : a.canonical > b.canonical ? 1 : 0));
    return out;
  }

  private clusterLanguage(lang: string, tallies: Tally[], options: DiscoverOptions, dict?: { isWord(word: string): boolean }): DiscoveredCluster[] {
    const lists = candidateLists(lang);
    const byText = new Map<string, Tally>();
    const items = tallies.map((t) => {
      const text = shownForm(t);
      byText.set(text, t);
      return { text, count: t.count };
    });
    const out: DiscoveredCluster[] = [];
    for (const c of clusterNames(items, { lang, distinct: options.distinct })) {
      if (c.members.length < 2) continue;
      let members = c.members.map((m) => byText.get(m.text)!);
      const derived = derivedKeys(
        members.map((m) => m.key),
        lists,
      );
      members = members.filter((m) => !derived.has(m.key));
      // two common words of the language are two words (United, Untied): such a group is no name
      if (dict && members.filter((m) => dict.isWord(shownForm(m).toLowerCase())).length >= 2) continue;
      // attach to pack entities: the entity with most known occurrences takes the group
      const entityOf = new Map<Tally, Entity | null>(); // null: not known to a pack
      const weight = new Map<Entity, number>();
      for (const m of members) {
        const e = options.entities ? knownEntity(options.entities, m.key) : undefined;
        if (e === AMBIGUOUS) continue; // the packs give it to several entities: left alone
        entityOf.set(m, e ?? null);
        if (e) weight.set(e, (weight.get(e) ?? 0) + m.count);
      }
      members = members.filter((m) => entityOf.has(m));
      const entity = [...weight].sort((a, b) => b[1] - a[1] || (a[0].id < b[0].id ? -1 : 1))[0]?.[0];
      // a spelling a pack gives to another entity is not this name
      members = members.filter((m) => entityOf.get(m) === null || entityOf.get(m) === entity);
      if (members.length < 2) continue;
      // spellings seen only at sentence starts and in headlines are no evidence of a name on their own
      if (members.every((m) => m.midSentence === 0)) continue;
      members.sort((a, b) => b.count - a.count || (shownForm(a) < shownForm(b) ? -1 : 1));
      const count = members.reduce((n, m) => n + m.count, 0);
      const full = members.reduce((n, m) => n + m.inFullName, 0);
      const loc = members.reduce((n, m) => n + m.afterLocative, 0);
      const variants: DiscoveredVariant[] = members.map((m) => {
        const v: DiscoveredVariant = { text: shownForm(m), count: m.count, files: [...m.files].sort((a, b) => a - b).map((i) => this.files[i]) };
        if (entityOf.get(m)) v.known = true;
        return v;
      });
      const cluster: DiscoveredCluster = {
        canonical: entity ? (entity.canonical[lang] ?? entity.canonical.en) : members.some((m) => shownForm(m) === c.canonical) ? c.canonical : variants[0].text,
        language: lang,
        count,
        type: entity ? guessFromEntity(entity) : full * 3 >= count ? 'person' : loc * 4 >= count ? 'place' : 'other',
        variants,
      };
      if (entity) cluster.entity = entity.id;
      else if (variants.length > 1 && variants[0].count === variants[1].count) cluster.tie = true;
      out.push(cluster);
    }
    return out;
  }
}

function guessFromEntity(e: Entity): GuessedType {
  return e.type === 'person' || e.type === 'place' ? e.type : 'other';
}

function shownForm(t: Tally): string {
  let best = '';
  let n = -1;
  for (const [form, c] of t.forms) {
    if (c > n || (c === n && form < best)) {
      best = form;
      n = c;
    }
  }
  return best;
}

const AMBIGUOUS = 'ambiguous';

/** The entity a pack term spelled exactly `key` belongs to (AMBIGUOUS: several). */
function knownEntity(index: EntityIndex, key: string): Entity | typeof AMBIGUOUS | undefined {
  const terms = index.matcher.find([key]);
  if (!terms?.length) return undefined;
  const e = terms[0].entity;
  return terms.every((t) => t.entity === e) ? e : AMBIGUOUS;
}

/** The word before `offset` (skipping spaces and an article), folded. */
function previousWord(text: string, offset: number): string {
  let i = offset - 1;
  while (i >= 0 && text[i] === ' ') i--;
  let j = i;
  while (j >= 0 && /[\p{L}\p{M}]/u.test(text[j])) j--;
  const w = text.slice(j + 1, i + 1);
  if (/^(the|la|le|les|el|il|der|die|das)$/i.test(w) && j > 0) return previousWord(text, j + 1);
  return w;
}
