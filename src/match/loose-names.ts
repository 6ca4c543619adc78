/**
 * Loose matching of organisation names: a name (or alias) of several words
 * found with its words in another order ("National Libyan Army",
 * "gouvernement de National Accord"), with one word added ("Ejército de
 * Liberación Nacional Libio"), or cut down to its distinctive words without
 * its head noun ("the Rapid Support" for the Rapid Support Forces).
 *
 * A form is matched as a bag of its content words (articles, prepositions
 * and elided d'/l' left out; German and Romance plural and case endings
 * folded) within one run of words joined by spaces or hyphens, in which only
 * the form's own words, name connectors (of, de, der, del, di ...) and at
 * most one other capitalised word may stand. What keeps it precise:
 * - every content word of the form must be there (a cut-down form: every
 *   word but generic heads such as forces, government, council), so a bag
 *   never matches on common words alone;
 * - at least two of the words found are capitalised, as in a name ("in
 *   accord with the national government" is not a name; "Rapid support for
 *   the bill" at the start of a sentence has one capital);
 * - a capitalised word just before or after the run (not a function word)
 *   means a longer name: no match;
 * - a cut-down form counts only when the document also names the entity by
 *   one of its listed forms, and only in the form's order;
 * - the same words in the form's own order with other connectors ("Gobierno
 *   del Acuerdo Nacional") are a spelling, not a garbled name: no match;
 * - text an exact pack term covers is never matched loosely.
 */
import { stripDiacritics } from '../text/fold.js';
import type { Word } from '../text/words.js';

export type LooseKind = 'reordered' | 'extra' | 'partial';

export interface LooseForm<T> {
  readonly value: T;
  /** Content keys (folded, stemmed), in the form's order. */
  content: string[];
  /** Per content word: a generic head (forces, government) that a cut-down form may leave out. */
  generic: boolean[];
}

export interface LooseMatch<T> {
  value: T;
  kind: LooseKind;
  start: number;
  end: number;
}

/** Words that join the words of a name and are left out of its bag. */
const CONNECTORS = new Set(
  [
    'of', 'the', 'for', 'and', 'in', 'on',
    'de', 'du', 'des', 'la', 'le', 'les', 'pour', 'et', 'en', 'au', 'aux',
    'der', 'die', 'das', 'den', 'dem', 'von', 'fur', 'und', 'zur', 'zum', 'im',
    'del', 'el', 'los', 'las', 'para', 'por', 'y',
    'di', 'della', 'dei', 'degli', 'delle', 'dello', 'per', 'e', 'il', 'lo', 'i', 'gli', 'nella', 'nel',
  ].map((w) => stripDiacritics(w)),
);

/** Generic heads of organisation names, which a cut-down form may leave out (folded; stemmed when used). */
const GENERIC = [
  'forces', 'force', 'army', 'government', 'council', 'party', 'movement', 'front', 'organization', 'organisation', 'committee',
  'commission', 'authority', 'body', 'units', 'unit', 'brigades', 'brigade', 'group', 'assembly', 'parliament', 'house', 'union',
  'alliance', 'coalition', 'agency', 'ministry', 'court', 'corporation', 'company', 'mission', 'association', 'current', 'bloc',
  'league', 'militia', 'militias', 'forum', 'office', 'service',
  'armee', 'gouvernement', 'conseil', 'parti', 'mouvement', 'comite', 'autorite', 'unites', 'groupe', 'assemblee', 'parlement',
  'chambre', 'agence', 'ministere', 'courant', 'milice',
  'krafte', 'streitkrafte', 'regierung', 'rat', 'partei', 'bewegung', 'komitee', 'kommission', 'behorde', 'einheiten', 'brigaden',
  'gruppe', 'versammlung', 'parlament', 'allianz', 'koalition', 'agentur', 'ministerium', 'verband', 'miliz',
  'fuerzas', 'ejercito', 'gobierno', 'consejo', 'partido', 'movimiento', 'frente', 'organizacion', 'comision', 'autoridad',
  'unidades', 'brigadas', 'grupo', 'asamblea', 'parlamento', 'camara', 'union', 'alianza', 'coalicion', 'agencia', 'ministerio',
  'asociacion', 'milicia',
  'forze', 'esercito', 'governo', 'consiglio', 'partito', 'movimento', 'fronte', 'organizzazione', 'comitato', 'commissione',
  'autorita', 'unita', 'brigate', 'gruppo', 'assemblea', 'camera', 'unione', 'alleanza', 'coalizione', 'agenzia', 'ministero',
  'associazione', 'milizia',
];

/** Elided articles and prepositions glued to the next word by an apostrophe (d'accord, l'Etat, dell'accordo). */
const ELISION = /^(?:d|l|qu|dell|dall|all|nell|sull|un)'/;

/** A folded word key as the bag compares it: elision removed, a plural or case ending folded (nationalen, forces). */
export function looseKey(key: string): string {
  let k = key.indexOf("'") > 0 ? key.replace(ELISION, '') : key;
  if (k.length > 5 && k.endsWith('s')) k = k.slice(0, -1);
  if (k.length > 6 && k.endsWith('en')) k = k.slice(0, -1);
  if (k.length > 5 && k.endsWith('e')) k = k.slice(0, -1);
  return k;
}

const GENERIC_KEYS = new Set(GENERIC.map(looseKey));
const isConnector = (key: string) => CONNECTORS.has(key) || key === 'd' || key === 'l';

/** Function words that may stand capitalised before a name (The Rapid Support, La Forza ...) without making it longer. */
const FUNCTION_BEFORE = CONNECTORS;

export class LooseNames<T> {
  /** Forms by each of their non-generic content keys. */
  private readonly byKey = new Map<string, LooseForm<T>[]>();
  private size = 0;

  /**
   * The bag of a form from the folded keys of its words (without articles):
   * undefined when it has fewer than two content words, a word twice, or
   * generic words only (such a form is never matched loosely).
   */
  static bag(keys: readonly string[]): { content: string[]; generic: boolean[] } | undefined {
    const content: string[] = [];
    for (const k of keys) {
      const bare = k.replace(ELISION, '');
      if (isConnector(bare)) continue;
      content.push(looseKey(k));
    }
    if (content.length < 2 || new Set(content).size !== content.length) return undefined;
    const generic = content.map((k) => GENERIC_KEYS.has(k));
    if (generic.every(Boolean)) return undefined;
    return { content, generic };
  }

  /** Add a form from the folded keys of its words (without articles); ignored when it has no bag (see `bag`). */
  add(keys: readonly string[], value: T): void {
    const bag = LooseNames.bag(keys);
    if (bag) this.addBag(bag.content, bag.generic, () => value);
  }

  /** Add a form by its bag, the value read only when a text has one of its words (a compiled index's term rows). */
  addBag(content: string[], generic: boolean[], get: () => T): void {
    let value: T | undefined;
    const form: LooseForm<T> = {
      get value() {
        return (value ??= get());
      },
      content,
      generic,
    };
    for (const k of new Set(content)) {
      if (GENERIC_KEYS.has(k)) continue;
      let list = this.byKey.get(k);
      if (!list) this.byKey.set(k, (list = []));
      list.push(form);
    }
    this.size++;
  }

  get formCount(): number {
    return this.size;
  }

  /**
   * Loose matches in `text` (its words given), outside the ranges `taken`
   * (sorted, non-overlapping: what exact terms matched). `applies` says
   * whether a form is for this document (its language); `named` whether the
   * document names the form's entity by a listed form (for cut-down forms).
   */
  find(text: string, ws: readonly Word[], taken: ReadonlyArray<{ start: number; end: number }>, applies: (v: T) => boolean, named: (v: T) => boolean): LooseMatch<T>[] {
    const out: LooseMatch<T>[] = [];
    if (this.size === 0) return out;
    const keys: string[] = new Array(ws.length);
    for (let j = 0; j < ws.length; j++) keys[j] = looseKey(ws[j].key);
    let t = 0;
    let free = 0; // words before this index are inside a match found here
    for (let i = 0; i < ws.length; i++) {
      if (i < free) continue;
      const forms = this.byKey.get(keys[i]);
      if (!forms) continue;
      while (t < taken.length && taken[t].end <= ws[i].start) t++;
      if (t < taken.length && taken[t].start < ws[i].end) continue;
      let best: { m: LooseMatch<T>; last: number; size: number } | undefined;
      let listed = -1;
      for (const f of forms) {
        if (!applies(f.value)) continue;
        const m = this.matchForm(text, ws, keys, i, f, taken, named, free);
        if (typeof m === 'number') listed = Math.max(listed, m);
        else if (m && (!best || m.size > best.size)) best = m;
      }
      // the words of one listed form in its own order: a spelling of that form, whatever other forms say
      if (listed >= 0) {
        free = listed + 1;
        continue;
      }
      if (best) {
        out.push(best.m);
        free = best.last + 1;
      }
    }
    return out;
  }

  private matchForm(
    text: string,
    ws: readonly Word[],
    keys: readonly string[],
    i: number,
    f: LooseForm<T>,
    taken: ReadonlyArray<{ start: number; end: number }>,
    named: (v: T) => boolean,
    /** Words before this index belong to a match already made. */
    floor: number,
  ): { m: LooseMatch<T>; last: number; size: number } | number | undefined {
    const inForm = (j: number) => f.content.indexOf(keys[j]);
    const maxLen = f.content.length + 4;
    // the run: from i, left and right over joined words that are the form's words or connectors, with at most one other
    // capitalised word inside
    let extra = -1;
    // a word of the form seen twice ends the run: two names side by side are not one
    const inRun = new Set<number>([inForm(i)]);
    const fits = (j: number) => {
      const k = inForm(j);
      if (k >= 0) {
        if (inRun.has(k)) return false;
        inRun.add(k);
        return true;
      }
      if (isConnector(bareKey(ws[j].key))) return true;
      if (extra < 0 && f.content.length >= 3 && capitalised(text, ws[j])) {
        extra = j;
        return true;
      }
      return false;
    };
    let lo = i;
    while (lo > floor && i - lo < maxLen && joined(text, ws[lo - 1].end, ws[lo].start) && !isTaken(ws[lo - 1], taken) && fits(lo - 1)) lo--;
    let hi = i;
    while (hi + 1 < ws.length && hi - lo < maxLen && joined(text, ws[hi].end, ws[hi + 1].start) && !isTaken(ws[hi + 1], taken) && fits(hi + 1)) hi++;
    // trim the ends to the form's words
    while (lo < hi && inForm(lo) < 0) lo++;
    while (hi > lo && inForm(hi) < 0) hi--;
    if (extra > hi || extra < lo) extra = -1;
    const order: number[] = [];
    const seen = new Set<number>();
    let caps = 0;
    let lowerContent = 0;
    for (let j = lo; j <= hi; j++) {
      const k = inForm(j);
      if (k < 0) continue;
      if (seen.has(k)) return undefined; // a word twice: not one name
      seen.add(k);
      order.push(k);
      if (capitalised(text, ws[j])) caps++;
      else lowerContent++;
    }
    if (caps < 2) return undefined;
    // a capitalised word (not a function word) right before or after: part of a longer name
    if (lo > 0 && joined(text, ws[lo - 1].end, ws[lo].start) && capitalised(text, ws[lo - 1]) && !FUNCTION_BEFORE.has(bareKey(ws[lo - 1].key))) return undefined;
    if (hi + 1 < ws.length && joined(text, ws[hi].end, ws[hi + 1].start) && capitalised(text, ws[hi + 1]) && !isConnector(bareKey(ws[hi + 1].key))) return undefined;
    const all = seen.size === f.content.length;
    const inOrder = order.every((k, n) => n === 0 || k > order[n - 1]);
    let kind: LooseKind;
    if (all) {
      if (extra >= 0) kind = 'extra';
      else if (!inOrder) kind = 'reordered';
      else return hi; // the form's words in its order: another spelling of it, not a garbled name (the caller skips it)
    } else {
      // a cut-down form: every distinctive word, in order, each capitalised, no extra word, and the entity named elsewhere
      if (extra >= 0 || !inOrder || lowerContent > 0 || seen.size < 2) return undefined;
      for (let k = 0; k < f.content.length; k++) if (!seen.has(k) && !f.generic[k]) return undefined;
      if (!named(f.value)) return undefined;
      kind = 'partial';
    }
    return { m: { value: f.value, kind, start: ws[lo].start, end: ws[hi].end }, last: hi, size: seen.size };
  }
}

function bareKey(key: string): string {
  return key.replace(ELISION, '');
}

function isTaken(w: Word, taken: ReadonlyArray<{ start: number; end: number }>): boolean {
  for (const r of taken) if (r.start < w.end && w.start < r.end) return true;
  return false;
}

/** The word's first letter is a capital; for an elided word (d'Accord), the letter after the apostrophe. */
function capitalised(text: string, w: Word): boolean {
  let i = w.start;
  const apo = w.key.search(/'/);
  if (apo > 0 && apo <= 4 && ELISION.test(w.key)) i = w.start + apo + 1;
  const c = text.charAt(i);
  return c !== c.toLowerCase();
}

/** Words of one name: separated by one space, a hyphen or a no-break space (no punctuation, no line break). */
function joined(text: string, end: number, start: number): boolean {
  if (start - end !== 1) return false;
  const c = text.charCodeAt(end);
  return c === 32 || c === 45 || c === 0xa0 || c === 0x2010 || c === 0x2011;
}
