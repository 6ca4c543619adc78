/**
 * Entities from packs, compiled into terms for the single-pass matcher.
 *
 * Every spelling an entity is known by becomes a term: its house form in each
 * language (and, for people, the surname alone), the parts variants stand
 * for, the variants themselves and its aliases. Conflicts (one id twice, one
 * spelling claimed by two entities) are load errors naming file and line.
 */
import { LooseNames } from '../match/loose-names.js';
import { TermMatcher } from '../match/term-matcher.js';
import { isArticleAt } from '../text/articles.js';
import { stripDiacritics } from '../text/fold.js';
import { words, type Word } from '../text/words.js';
import type { YamlSource } from '../io/yaml-source.js';

export type EntityType = 'person' | 'place' | 'organisation' | 'other';
export type AliasStatus = 'preferred' | 'allowed' | 'calque' | 'deprecated';

export interface Entity {
  id: string;
  type: EntityType;
  canonical: Record<string, string>;
  original?: string;
  note?: string;
  pack: string;
}

export interface Term {
  entity: Entity;
  /** name: the house form in language `lang` (or a part of it); variant; alias. */
  kind: 'name' | 'variant' | 'alias';
  /** The spelling as written in the pack. */
  text: string;
  keys: string[];
  /** Language of a `name` term. */
  lang?: string;
  /** For names and variants: the canonical core words [from, to) this spelling stands for. */
  part?: [number, number];
  /** Alias fields. */
  status?: AliasStatus;
  use?: string;
  note?: string;
  langs?: string[];
  /** Match only with this capitalisation (acronyms, words that are also common words). */
  matchCase?: boolean;
}

interface RawAlias {
  text: string;
  status: AliasStatus;
  use?: string;
  note?: string;
  'match-case'?: boolean;
  lang?: string | string[];
}

interface RawEntity {
  id: string;
  type: EntityType;
  canonical: Record<string, string>;
  /** Add to the entity of this id from an earlier pack (house forms given here replace those languages'). */
  extends?: boolean;
  /** Replace the entity of this id from an earlier pack. */
  override?: boolean;
  original?: string;
  note?: string;
  surname?: boolean;
  variants?: string[] | Record<string, string[]>;
  aliases?: RawAlias[];
}

/** The core words of a spelling: its words without articles. */
export function coreWords(text: string): Word[] {
  const ws = words(text);
  return ws.filter((_, i) => !isArticleAt(text, ws, i));
}

export function coreKeys(text: string): string[] {
  return coreWords(text).map((w) => w.key);
}

/** The text of core words [from, to) of a spelling, with the article of the first word left out. */
export function coreSlice(text: string, from: number, to: number): string {
  const ws = coreWords(text);
  if (ws.length === 0) return text;
  const a = ws[Math.max(0, Math.min(from, ws.length - 1))];
  const b = ws[Math.max(0, Math.min(to, ws.length) - 1)];
  return text.slice(a.start, b.end);
}

const ACRONYM = /^[\p{Lu}\p{N}]{2,6}$/u;

/**
 * A term as stored by `toCompiled`, positionally: entity index, kind, text,
 * keys joined by spaces (a key never holds one; '' when they are the
 * lower-cased text), lang, part, status, use, note, langs, matchCase (0 or
 * 1). Absent fields are null.
 */
type TermRow = [number, Term['kind'], string, string, ...unknown[]];

/**
 * A compiled index, as JSON made to load fast: entities and terms are rows of
 * JSON text joined by line breaks (JSON text holds none), read one by one
 * when a document needs them; terms are grouped by their first word (the
 * matcher loads a group when a text has that word).
 */
export interface CompiledIndex {
  entities: string;
  terms: string;
  /** The first word of each group, joined by spaces. */
  firstKeys: string;
  /** Term indices, group after group, and where each group ends in that list. */
  groupTerms: number[];
  groupEnds: number[];
  /** The terms matched loosely too (looseEligible): term index, content keys joined by spaces, generic words as a bit mask. */
  loose: Array<[number, string, number]>;
}

/** Organisation names and aliases of two words or more are also matched loosely (src/match/loose-names.ts). */
function looseEligible(t: Term): boolean {
  if (t.entity.type !== 'organisation' || t.keys.length < 2) return false;
  return t.kind === 'alias' || (t.kind === 'name' && t.part !== undefined && t.part[0] === 0 && t.part[1] >= coreKeys(t.entity.canonical.en).length);
}

/** Every term has every field, in one order: one object shape for the hot loops that read them. */
function makeTerm(t: Term): Term {
  return {
    entity: t.entity,
    kind: t.kind,
    text: t.text,
    keys: t.keys,
    lang: t.lang,
    part: t.part,
    status: t.status,
    use: t.use,
    note: t.note,
    langs: t.langs,
    matchCase: t.matchCase ? true : undefined,
  };
}

/** One array per distinct part ([0, 1] for most terms), not one per term. */
const parts = new Map<string, [number, number]>();
function sharedPart(p: [number, number] | undefined): [number, number] | undefined {
  if (!p) return undefined;
  const k = `${p[0]},${p[1]}`;
  let shared = parts.get(k);
  if (!shared) parts.set(k, (shared = p));
  return shared;
}

/** Rows of JSON text joined by line breaks, parsed one at a time and kept. */
class Rows<T> {
  private readonly starts: number[] = [0];
  private readonly parsed: Array<T | undefined>;
  constructor(
    private readonly text: string,
    private readonly make: (row: never) => T,
  ) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
    this.parsed = new Array(text === '' ? 0 : this.starts.length);
  }
  get length(): number {
    return this.parsed.length;
  }
  get(i: number): T {
    let v = this.parsed[i];
    if (v === undefined) {
      const end = i + 1 < this.starts.length ? this.starts[i + 1] - 1 : this.text.length;
      this.parsed[i] = v = this.make(JSON.parse(this.text.slice(this.starts[i], end)) as never);
    }
    return v;
  }
}

export class EntityIndex {
  private readonly byId = new Map<string, Entity>();
  /** Names take a glued article (Aljafra, Elsisi); 'other' entities and case-sensitive terms do not. */
  readonly matcher: TermMatcher<Term>;
  /** The terms in the matcher, in the order they were added (index-cache.ts stores them). */
  private readonly added: Term[] = [];
  /** A compiled index's rows, read as needed (fromCompiled). */
  private compiled?: { entities: Rows<Entity>; terms: Rows<Term>; groupTerms: number[]; groupEnds: number[]; loose: CompiledIndex['loose'] };
  private _loose?: LooseNames<Term>;
  /** Where each explicit spelling was declared, for conflict messages. */
  /** Ids of the entities that came from built-in packs (until `seal`). */
  private readonly builtinIds = new Set<string>();
  private readonly owners = new Map<string, { entity: string; source: YamlSource; path: Array<string | number>; explicit: boolean }>();
  private readonly declared = new Map<string, { source: YamlSource; path: Array<string | number>; raw: RawEntity; builtin: boolean }>();

  constructor() {
    this.matcher = new TermMatcher<Term>({ glued: (t) => t.entity.type !== 'other' && !t.matchCase, load: (g) => this.group(g) });
  }

  /** Every entity by id (a compiled index reads them all on first use). */
  get entities(): ReadonlyMap<string, Entity> {
    if (this.compiled && this.byId.size < this.compiled.entities.length) {
      for (let i = 0; i < this.compiled.entities.length; i++) {
        const e = this.compiled.entities.get(i);
        this.byId.set(e.id, e);
      }
    }
    return this.byId;
  }

  /** Organisation names matched loosely (in another order, cut down, with a word added), made on first use. */
  get loose(): LooseNames<Term> {
    if (!this._loose) {
      const loose = new LooseNames<Term>();
      if (this.compiled) {
        const terms = this.compiled.terms;
        for (const [k, content, mask] of this.compiled.loose) {
          const keys = content.split(' ');
          loose.addBag(keys, keys.map((_, i) => (mask & (1 << i)) !== 0), () => terms.get(k));
        }
      } else for (const t of this.added) if (looseEligible(t)) loose.add(t.keys, t);
      this._loose = loose;
    }
    return this._loose;
  }

  /** How many entities the packs have (without reading a compiled index's rows). */
  get entityCount(): number {
    return this.compiled ? this.compiled.entities.length : this.byId.size;
  }

  /** Forget what only the conflict checks need (where each spelling was declared): call once every pack is in. */
  seal(): void {
    this.owners.clear();
    this.declared.clear();
    this.builtinIds.clear();
  }

  /** The entities and the matcher's terms as JSON-ready data, for `fromCompiled` (an index built from packs only). */
  toCompiled(): CompiledIndex {
    if (this.compiled) throw new Error('this index was itself loaded from a compiled index');
    const entities = [...this.byId.values()];
    const at = new Map(entities.map((e, i) => [e, i]));
    const groups = new Map<string, number[]>();
    this.added.forEach((t, i) => {
      const g = groups.get(t.keys[0]);
      if (g) g.push(i);
      else groups.set(t.keys[0], [i]);
    });
    const groupTerms: number[] = [];
    const groupEnds: number[] = [];
    for (const list of groups.values()) {
      groupTerms.push(...list);
      groupEnds.push(groupTerms.length);
    }
    const terms = this.added.map((t) => {
      const keys = t.keys.join(' ');
      const row: unknown[] = [at.get(t.entity)!, t.kind, t.text, keys === t.text.toLowerCase() ? '' : keys];
      row.push(t.lang ?? null, t.part ?? null, t.status ?? null, t.use ?? null, t.note ?? null, t.langs ?? null, t.matchCase ? 1 : 0);
      while (row.length > 4 && (row[row.length - 1] === null || row[row.length - 1] === 0)) row.pop();
      return JSON.stringify(row);
    });
    return {
      entities: entities.map((e) => JSON.stringify(e)).join('\n'),
      terms: terms.join('\n'),
      firstKeys: [...groups.keys()].join(' '),
      groupTerms,
      groupEnds,
      loose: this.added.flatMap((t, i): CompiledIndex['loose'] => {
        const bag = looseEligible(t) ? LooseNames.bag(t.keys) : undefined;
        return bag ? [[i, bag.content.join(' '), bag.generic.reduce((m, g, j) => (g ? m | (1 << j) : m), 0)]] : [];
      }),
    };
  }

  /**
   * An index from `toCompiled` data: no folding, tokenising or conflict
   * checks (they passed when it was compiled), and a term or entity is read
   * from its row only when a document has its first word.
   */
  static fromCompiled(data: CompiledIndex): EntityIndex {
    const { groupTerms, groupEnds } = data;
    const firstKeys = data.firstKeys.split(' ');
    if (!Array.isArray(groupTerms) || !Array.isArray(groupEnds) || !Array.isArray(data.loose) || firstKeys.length !== groupEnds.length) {
      throw new Error('not a compiled index');
    }
    const index = new EntityIndex();
    const entities = new Rows<Entity>(data.entities, (e: Entity) => e);
    const opt = <V>(v: unknown) => (v === null ? undefined : (v as V));
    const terms = new Rows<Term>(data.terms, (r: TermRow) => ({
      entity: entities.get(r[0]),
      kind: r[1],
      text: r[2],
      keys: (r[3] || r[2].toLowerCase()).split(' '),
      lang: opt(r[4]),
      part: sharedPart(opt(r[5])),
      status: opt(r[6]),
      use: opt(r[7]),
      note: opt(r[8]),
      langs: opt(r[9]),
      matchCase: r[10] === 1 ? true : undefined,
    }));
    index.compiled = { entities, terms, groupTerms, groupEnds, loose: data.loose };
    firstKeys.forEach((key, g) => index.matcher.addLater(key, g, groupEnds[g] - (g === 0 ? 0 : groupEnds[g - 1])));
    return index;
  }

  /** The terms of a compiled group, for the matcher. */
  private *group(g: number): Iterable<readonly [readonly string[], Term]> {
    const c = this.compiled!;
    for (let k = g === 0 ? 0 : c.groupEnds[g - 1]; k < c.groupEnds[g]; k++) {
      const t = c.terms.get(c.groupTerms[k]);
      yield [t.keys, t];
    }
  }

  /**
   * Add the `entities` of one pack file. `builtin`: a pack shipped with
   * translint, which the user's own packs may extend or override: an entity
   * with `extends: true` adds to the earlier entity of its id, one with
   * `override: true` (or a user entity with a built-in entity's id, or one
   * claiming a built-in entity's spelling) replaces it. Between two user
   * packs, the same id without either key, or one spelling claimed by two
   * entities, is an error.
   */
  addPack(source: YamlSource, packName: string, builtin = false): void {
    const raw = (source.data as { entities?: RawEntity[] }).entities ?? [];
    raw.forEach((e, i) => this.addEntity(e, source, packName, ['entities', i], builtin));
  }

  private addEntity(given: RawEntity, source: YamlSource, pack: string, path: Array<string | number>, builtin: boolean): void {
    let raw = given;
    const prev = this.declared.get(raw.id);
    if ((raw.extends || raw.override) && !prev) {
      throw source.error([...path, raw.extends ? 'extends' : 'override'], `no entity '${raw.id}' to ${raw.extends ? 'extend' : 'override'} in the packs loaded before this one`);
    }
    if (prev) {
      if (raw.extends) raw = mergeEntity(prev.raw, raw);
      else if (!raw.override && !(prev.builtin && !builtin)) {
        // a built-in pack loaded after a user pack never replaces the user's entity
        if (builtin && !prev.builtin) return;
        const line = prev.source.locate([...prev.path, 'id']).line;
        throw source.error([...path, 'id'], `duplicate entity id '${raw.id}' (first declared at ${prev.source.file}:${line}; to replace it, add \`override: true\`, to add to it, \`extends: true\`)`);
      }
      this.removeEntity(raw.id);
    }
    this.builtinIds[builtin ? 'add' : 'delete'](raw.id);
    this.declared.set(raw.id, { source, path, raw, builtin });
    const entity: Entity = { id: raw.id, type: raw.type, canonical: raw.canonical, original: raw.original, note: raw.note, pack };
    this.byId.set(entity.id, entity);
    const enKeys = coreKeys(raw.canonical.en);
    const n = enKeys.length;

    // house forms, in every language, and (people) the surname alone
    for (const [lang, form] of Object.entries(raw.canonical)) {
      const keys = coreKeys(form);
      const full: [number, number] = [0, n];
      this.addTerm({ entity, kind: 'name', text: form, keys, lang, part: full }, source, [...path, 'canonical', lang], true);
      if (raw.type === 'person' && raw.surname !== false && keys.length > 1 && (keys.length === n || lang === 'en')) {
        const last = coreSlice(form, keys.length - 1, keys.length);
        this.addTerm({ entity, kind: 'name', text: last, keys: keys.slice(-1), lang, part: [n - 1, n] }, source, [...path, 'canonical', lang], false);
      }
    }

    // variants: a list (each stands for the whole name) or a map from a part of the name to its variants
    const variants = raw.variants ?? [];
    const groups: Array<[string | undefined, string[], Array<string | number>]> = Array.isArray(variants)
      ? [[undefined, variants, [...path, 'variants']]]
      : Object.entries(variants).map(([k, v]) => [k, v, [...path, 'variants', k]]);
    for (const [houseForm, list, vpath] of groups) {
      let part: [number, number] = [0, n];
      if (houseForm !== undefined) {
        const found = findRun(enKeys, coreKeys(houseForm));
        if (found < 0) {
          throw source.error(vpath, `variant key '${houseForm}' is not part of the canonical form '${raw.canonical.en}'`, true);
        }
        part = [found, found + coreKeys(houseForm).length];
        // the part itself is a house form: count it as a mention
        for (const [lang, form] of Object.entries(raw.canonical)) {
          const keys = coreKeys(form);
          if (lang !== 'en' && keys.length !== n) continue;
          const text = coreSlice(form, part[0], part[1]);
          this.addTerm({ entity, kind: 'name', text, keys: keys.slice(part[0], part[1]), lang, part }, source, vpath, false);
        }
      }
      list.forEach((v, k) => {
        this.addTerm({ entity, kind: 'variant', text: v, keys: coreKeys(v), part }, source, [...vpath, k], true);
      });
    }

    (raw.aliases ?? []).forEach((a, k) => {
      const langs = a.lang === undefined ? undefined : Array.isArray(a.lang) ? a.lang : [a.lang];
      const matchCase = a['match-case'] ?? ACRONYM.test(a.text);
      this.addTerm(
        { entity, kind: 'alias', text: a.text, keys: coreKeys(a.text), status: a.status, use: a.use, note: a.note, langs, matchCase },
        source,
        [...path, 'aliases', k, 'text'],
        true,
      );
    });
  }

  private addTerm(found: Term, source: YamlSource, path: Array<string | number>, explicit: boolean): void {
    const term = makeTerm(found);
    if (term.keys.length === 0) throw source.error(path, `'${term.text}' has no letters to match`);
    const sig = term.keys.join(' ') + (term.matchCase ? `|${stripDiacritics(term.text)}` : '');
    const owner = this.owners.get(sig);
    if (owner && owner.entity !== term.entity.id && explicit && owner.explicit && this.builtinIds.has(owner.entity) !== this.builtinIds.has(term.entity.id)) {
      // a user entity and a built-in one claim one spelling: the user's entity replaces the built-in one
      if (this.builtinIds.has(term.entity.id)) return;
      this.removeEntity(owner.entity);
      return this.addTerm(found, source, path, explicit);
    }
    if (owner && owner.entity !== term.entity.id) {
      if (explicit && owner.explicit) {
        throw source.error(
          path,
          `'${term.text}' is claimed by entity '${term.entity.id}' and by entity '${owner.entity}' (${owner.source.file}:${owner.source.locate(owner.path).line})`,
        );
      }
      // an implicit form (a surname alone) shared by two entities written alike is a family name (Muammar and
      // Saif al-Islam Gaddafi): the first entity keeps it, so its spelling is still checked; written differently
      // (one surname's variant spelled like another's house form), it is ambiguous and neither keeps it
      if (!owner.explicit && !explicit && this.sameImplicit(term, owner.entity)) return;
      if (!owner.explicit) {
        this.dropImplicit(term.keys, owner.entity);
        this.owners.set(sig, { entity: term.entity.id, source, path, explicit });
      }
      if (!explicit) return;
    }
    if (!owner) this.owners.set(sig, { entity: term.entity.id, source, path, explicit });
    this.matcher.add(term.keys, term);
    this.added.push(term);
  }

  /** Take out every term of an entity (replaced by a user pack's, or merged with an extension). */
  private removeEntity(id: string): void {
    for (let i = this.added.length - 1; i >= 0; i--) {
      const t = this.added[i];
      if (t.entity.id !== id) continue;
      const values = this.matcher.get(t.keys);
      const k = values ? values.indexOf(t) : -1;
      if (k >= 0) values!.splice(k, 1);
      this.added.splice(i, 1);
    }
    for (const [sig, o] of this.owners) if (o.entity === id) this.owners.delete(sig);
    this.byId.delete(id);
    this.declared.delete(id);
    this.builtinIds.delete(id);
  }

  /** Does entity `ownerId` keep an implicit form spelled as `term` is (the same house surname)? */
  private sameImplicit(term: Term, ownerId: string): boolean {
    const values = this.matcher.get(term.keys);
    return values?.some((t) => t.entity.id === ownerId && t.kind === 'name' && stripDiacritics(t.text).toLowerCase() === stripDiacritics(term.text).toLowerCase()) ?? false;
  }

  private dropImplicit(keys: string[], entityId: string): void {
    const values = this.matcher.get(keys);
    if (!values) return;
    for (let i = values.length - 1; i >= 0; i--) {
      const t = values[i];
      if (t.entity.id === entityId && t.kind === 'name' && t.part && t.part[1] - t.part[0] < coreKeys(t.entity.canonical.en).length) {
        values.splice(i, 1);
        this.added.splice(this.added.lastIndexOf(t), 1);
      }
    }
  }
}

/**
 * An entity extended by a later pack (`extends: true`): house forms given in
 * the extension replace those languages' forms; variants and aliases are
 * added; type, original and note are replaced when given. When the English
 * house form changes, the base's variant keys follow the words' positions
 * (Haftar: [Hifter] becomes Hifter: [Haftar] when the extension's house form
 * is Khalifa Hifter): the old house spelling becomes a variant, and a variant
 * equal to the new house spelling is dropped. Base keys that no longer fit
 * (the name has another number of words) are dropped, and the old English
 * house form becomes a variant of the whole name.
 */
function mergeEntity(base: RawEntity, ext: RawEntity): RawEntity {
  const canonical = { ...base.canonical, ...(ext.canonical ?? {}) };
  const oldEn = base.canonical.en;
  const newEn = canonical.en;
  const oldKeys = coreKeys(oldEn);
  const newKeys = coreKeys(newEn);
  const variants = new Map<string, string[]>();
  const add = (key: string, list: string[]) => {
    const k = [...variants.keys()].find((x) => coreKeys(x).join(' ') === coreKeys(key).join(' ')) ?? key;
    const keyFold = coreKeys(k).join(' ');
    const have = variants.get(k) ?? [];
    for (const v of list) {
      const f = coreKeys(v).join(' ');
      if (f !== keyFold && !have.some((h) => coreKeys(h).join(' ') === f)) have.push(v);
    }
    variants.set(k, have);
  };
  const groups = (e: RawEntity, en: string): Array<[string, string[]]> =>
    Array.isArray(e.variants) ? [[en, e.variants]] : Object.entries(e.variants ?? {});
  const changed = oldKeys.join(' ') !== newKeys.join(' ');
  for (const [key, list] of groups(base, oldEn)) {
    if (!changed) {
      add(key, list);
      continue;
    }
    const at = findRun(oldKeys, coreKeys(key));
    if (at >= 0 && oldKeys.length === newKeys.length) {
      const len = coreKeys(key).length;
      add(coreSlice(newEn, at, at + len), [...list, coreSlice(oldEn, at, at + len)]);
    } else if (findRun(newKeys, coreKeys(key)) >= 0) add(key, list);
  }
  if (changed && oldKeys.length !== newKeys.length) add(newEn, [oldEn]);
  const extEn = ext.canonical?.en ?? newEn;
  for (const [key, list] of groups(ext, extEn)) add(key, list);
  for (const [k, list] of variants) if (list.length === 0) variants.delete(k);
  const aliases = [...(base.aliases ?? [])];
  for (const a of ext.aliases ?? []) {
    const i = aliases.findIndex((b) => b.text === a.text);
    if (i >= 0) aliases[i] = a;
    else aliases.push(a);
  }
  return {
    id: base.id,
    type: ext.type ?? base.type,
    canonical,
    original: ext.original ?? base.original,
    note: ext.note ?? base.note,
    variants: Object.fromEntries(variants),
    aliases,
  };
}

function findRun(hay: string[], needle: string[]): number {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}
