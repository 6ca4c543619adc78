/**
 * Shared by the entity rules: how often each form of an entity occurs in the
 * document, written for messages ("Haftar ×4, Hifter ×2").
 */
import type { DocumentModel } from '../document/document.js';
import type { Mention } from '../packs/mentions.js';
import { coreKeys, coreWords, type Entity } from '../packs/entities.js';
import { isArticleAt } from '../text/articles.js';
import { applyCaseStyle, isAllCaps } from '../text/case-style.js';
import { dictionariesLoaded, dictionaryFor } from '../text/dictionary.js';
import { words } from '../text/words.js';
import type { Severity } from '../types.js';
import type { RuleContext } from './rule.js';

/**
 * The forms of one entity in the document (as first written: case does not
 * make another form) and how often each occurs, described for a message
 * ("Haftar ×4, Hifter ×2"; '' when the entity has no mention). Counted only
 * when a rule asks (most entities of a document have nothing to report) and
 * once per document for every rule that asks (doc.memo).
 */
export function entityFormsText(doc: RuleContext['doc'], entityId: string): string {
  const described = doc.memo('entity-forms:described', () => new Map<string, string>());
  let text = described.get(entityId);
  if (text === undefined) {
    // a document names few entities with findings: one pass over its mentions for each is cheaper than grouping them all
    const list = doc.mentions.filter((m) => m.entity.id === entityId);
    described.set(entityId, (text = list.length === 0 ? '' : describe(countForms(list))));
  }
  return text;
}

function countForms(list: readonly Mention[]): Map<string, number> {
  const forms = new Map<string, number>();
  // a form's lower case -> the form as first written
  const written = new Map<string, string>();
  for (const m of list) {
    const form = m.kind === 'alias' ? m.term.text : m.found;
    let key = forms.has(form) ? form : undefined;
    if (key === undefined) {
      const lower = form.toLowerCase();
      key = written.get(lower);
      if (key === undefined) written.set(lower, (key = form));
    }
    forms.set(key, (forms.get(key) ?? 0) + 1);
  }
  return forms;
}

function describe(forms: Map<string, number>): string {
  return [...forms.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([f, n]) => `${f} ×${n}`)
    .join(', ');
}

// ---------------------------------------------------------------------------
// How a document writes each entity: the analysis the spelling rules share.

/** A mention of an entity by one of its names (not an alias), as the spelling rules see it. */
export interface FormMention {
  entity: Entity;
  /** house: the house form of the document language; variant: a listed (or derived) variant; foreign: another language's house form. */
  kind: 'house' | 'variant' | 'foreign';
  /** Start of a separate article (al-, El ), of the core words, end. */
  start: number;
  coreStart: number;
  end: number;
  /** The core words as found (with a glued article, Alsarraj, when there is one). */
  found: string;
  /** The house spelling of the canonical words the mention stands for (no article). */
  house: string;
  part: [number, number];
  /** A glued article (Al of Alsarraj), a separate one (al- of al-Sarraj), as written. */
  glued?: string;
  article?: string;
  /** The language of a foreign mention's house form. */
  lang?: string;
  /** Derived in this document from a whole-name variant (bare Aqeela after Aqeela Saleh). */
  derived?: boolean;
  /** Per canonical word range ('0-1'), the spelling written there (folded, articles left out). */
  segments: Array<[string, string]>;
}

export interface EntityForms {
  entity: Entity;
  mentions: FormMention[];
  /** The document names some part of the entity in two or more spellings (accents, case, hyphens and articles aside). */
  mixed: boolean;
  /** Each form and how often it occurs, for messages: "Hifter ×3, Haftar ×1". */
  counts: string;
  /**
   * The document's article convention before each word of the name (al-Sarraj or Sarraj), where its
   * mentions have a majority: the article as most often written, or '' for none.
   */
  articleStyles: Map<number, string>;
}

const analysed = new WeakMap<DocumentModel, Map<string, EntityForms>>();

/**
 * Every entity the document names by a name (not an alias), with its
 * mentions and whether it is written in more than one form. Mentions that
 * are a common word of the document's language and not clearly a name
 * ("è misurata" in Italian for Misrata) are left out. Computed once per
 * document.
 */
export function entityForms(doc: DocumentModel): Map<string, EntityForms> {
  let known = analysed.get(doc);
  if (known) return known;
  const text = doc.text;
  const byEntity = new Map<string, FormMention[]>();
  const all: FormMention[] = [];
  for (const m of doc.mentions) if (m.kind !== 'alias') all.push(toFormMention(text, m));
  // spellings the document writes as a name somewhere (capitalised mid-sentence, with an article, in a longer name)
  const named = new Set<string>();
  for (const f of all) if (clearlyName(text, f)) named.add(f.found.toLowerCase());
  for (const f of all) {
    if (!clearlyName(text, f) && !(isCapitalised(f.found) && named.has(f.found.toLowerCase())) && commonWord(doc, f)) continue;
    let list = byEntity.get(f.entity.id);
    if (!list) byEntity.set(f.entity.id, (list = []));
    list.push(f);
  }
  derive(doc, byEntity);
  known = new Map();
  for (const [id, list] of byEntity) {
    list.sort((a, b) => a.start - b.start);
    known.set(id, { entity: list[0].entity, mentions: list, mixed: isMixed(list), counts: formCounts(list), articleStyles: articleStyles(list) });
  }
  analysed.set(doc, known);
  return known;
}

function toFormMention(text: string, m: Mention): FormMention {
  const term = m.term;
  const n = coreKeys(m.entity.canonical.en).length;
  const part: [number, number] = term.part ?? [0, n];
  let house = m.house;
  let glued: string | undefined;
  const first = words(m.found)[0];
  if (first && first.key !== term.keys[0] && first.key.endsWith(term.keys[0])) {
    glued = m.found.slice(0, first.key.length - term.keys[0].length);
    // findMentions wrote the glued article into the house form (Al-Jufra): the analysis keeps them apart
    const prefix = `${glued}-`;
    if (house.startsWith(prefix)) house = house.slice(prefix.length);
  }
  const core = glued ? m.found.slice(glued.length) : m.found;
  const coreWs = coreWords(core);
  const segments: Array<[string, string]> = [];
  if (coreWs.length === part[1] - part[0]) {
    coreWs.forEach((w, i) => segments.push([`${part[0] + i}-${part[0] + i + 1}`, w.key]));
  } else {
    segments.push([`${part[0]}-${part[1]}`, coreWs.map((w) => w.key).join(' ')]);
  }
  return {
    entity: m.entity,
    kind: m.kind as FormMention['kind'],
    start: m.start,
    coreStart: m.coreStart,
    end: m.end,
    found: m.found,
    house,
    part,
    lang: m.term.lang,
    glued,
    article: m.start < m.coreStart ? text.slice(m.start, m.coreStart) : undefined,
    segments,
  };
}

/**
 * Is this mention clearly a name? It is when it has an article, more than
 * one word, or a capital letter away from the start of a sentence.
 */
function clearlyName(text: string, f: FormMention): boolean {
  if (f.article || f.glued || f.derived) return true;
  if (/[\s\u00a0\u2010\u2011-]/.test(f.found)) return true;
  return isCapitalised(f.found) && !sentenceInitial(text, f.start);
}

function isCapitalised(s: string): boolean {
  const initial = s.charAt(0);
  return initial !== initial.toLowerCase();
}

/**
 * Is a mention that is not clearly a name a common word of the document's
 * language ("è misurata" in Italian for Misrata)? Asked only of lower-case
 * mentions and of capitalised ones at the start of a sentence that the
 * document never writes as a name elsewhere. The dictionary is loaded the
 * first time a document needs it (the Linter catches NeedNotLoaded and runs
 * the rule again).
 */
function commonWord(doc: DocumentModel, f: FormMention): boolean {
  if (!dictionariesLoaded()) throw new NeedNotLoaded('dictionary');
  const dict = dictionaryFor(doc.language);
  return dict !== undefined && dict.isWord(f.found);
}

/** Thrown when a rule needs something loaded that is not yet: the Linter loads it and runs the rule again. */
export class NeedNotLoaded extends Error {
  constructor(readonly need: 'dictionary') {
    super(`${need} not loaded`);
  }
}

/** Does a sentence start at `offset` (nothing before it on the line but opening punctuation, or a sentence end before)? */
function sentenceInitial(text: string, offset: number): boolean {
  let i = offset - 1;
  while (i >= 0 && /[\s"'“‘«»„(\[*_#>–—-]/.test(text[i]) && text[i] !== '\n') i--;
  if (i < 0 || text[i] === '\n') return true;
  return /[.!?:…]/.test(text[i]);
}

/**
 * Forms a document derives from its own whole-name variants: after "Aqeela
 * Saleh" (a listed variant of Aguila Saleh), a bare "Aqeela" names him too,
 * though the pack never maps the given name alone (other people share it).
 * Only capitalised words outside other mentions are taken.
 */
function derive(doc: DocumentModel, byEntity: Map<string, FormMention[]>): void {
  const wanted = new Map<string, { entity: Entity; index: number; house: string; kind: FormMention['kind'] }>();
  for (const list of byEntity.values()) {
    for (const f of list) {
      if (f.kind === 'house' || f.part[1] - f.part[0] < 2 || f.segments.length !== f.part[1] - f.part[0]) continue;
      const houseWs = coreWords(f.house);
      if (houseWs.length !== f.segments.length) continue;
      f.segments.forEach(([, key], i) => {
        if (key === houseWs[i].key || key.length < 3 || wanted.has(key)) return;
        wanted.set(key, { entity: f.entity, index: f.part[0] + i, house: f.house.slice(houseWs[i].start, houseWs[i].end), kind: f.kind });
      });
    }
  }
  if (wanted.size === 0) return;
  const taken = [...byEntity.values()].flat().map((f) => [f.start, f.end] as const);
  const text = doc.text;
  for (const w of doc.words) {
    const d = wanted.get(w.key);
    if (!d) continue;
    const initial = text.charAt(w.start);
    if (initial === initial.toLowerCase()) continue;
    if (taken.some(([s, e]) => w.start < e && w.end > s)) continue;
    const found = text.slice(w.start, w.end);
    byEntity.get(d.entity.id)!.push({
      entity: d.entity,
      kind: d.kind,
      start: w.start,
      coreStart: w.start,
      end: w.end,
      found,
      house: d.house,
      part: [d.index, d.index + 1],
      derived: true,
      segments: [[`${d.index}-${d.index + 1}`, w.key]],
    });
  }
}

/** Two spellings of one part of the name (case, accents, hyphens and articles aside: entity-consistency's). */
function isMixed(list: readonly FormMention[]): boolean {
  const seen = new Map<string, string>();
  for (const f of list) {
    for (const [range, spelling] of f.segments) {
      const s = seen.get(range);
      if (s === undefined) seen.set(range, spelling);
      else if (s !== spelling) return true;
    }
  }
  return false;
}

function formCounts(list: readonly FormMention[]): string {
  const forms = new Map<string, number>();
  const written = new Map<string, string>();
  for (const f of list) {
    const lower = f.found.toLowerCase().replace(/\s+/g, ' ');
    let key = written.get(lower);
    if (key === undefined) written.set(lower, (key = f.found.replace(/\s+/g, ' ')));
    forms.set(key, (forms.get(key) ?? 0) + 1);
  }
  return describe(forms);
}

/**
 * The article convention before each word of the name that mentions start
 * with or contain (al-Sarraj or Sarraj): votes from the article written
 * before that word, in every mention that has it.
 */
function articleStyles(list: readonly FormMention[]): Map<number, string> {
  const votes = new Map<number, Map<string, number>>();
  const vote = (index: number, art: string) => {
    let v = votes.get(index);
    if (!v) votes.set(index, (v = new Map()));
    v.set(art, (v.get(art) ?? 0) + 1);
  };
  for (const f of list) {
    vote(f.part[0], f.article !== undefined ? f.article.replace(/\s+$/, ' ') : f.glued ? `${f.glued}-` : '');
    if (f.segments.length < 2) continue;
    const core = f.glued ? f.found.slice(f.glued.length) : f.found;
    const ws = words(core);
    let k = 0;
    for (let i = 0; i < ws.length; i++) {
      if (isArticleAt(core, ws, i)) {
        if (k > 0) vote(f.part[0] + k, core.slice(ws[i].start, ws[i + 1].start));
        i++;
      } else if (k > 0) vote(f.part[0] + k, '');
      k++;
    }
  }
  const out = new Map<number, string>();
  for (const [index, v] of votes) {
    let without = 0;
    let withN = 0;
    let best = '';
    let bestN = 0;
    for (const [art, n] of v) {
      if (art === '') without += n;
      else {
        withN += n;
        if (n > bestN || (n === bestN && art < best)) {
          best = art;
          bestN = n;
        }
      }
    }
    if (withN > without) out.set(index, best);
    else if (without > withN) out.set(index, '');
  }
  return out;
}

/**
 * The fix that writes a mention in the house form, keeping the document's
 * article convention: the core is replaced (a separate article stays as
 * written); a glued article (Alsarraj) is written apart, or dropped when the
 * document writes the name without one; a bare leading word gets the
 * document's article when the document writes it with one.
 */
export function houseFix(text: string, f: FormMention, forms: EntityForms): { range: [number, number]; text: string } {
  let house = applyCaseStyle(f.found, f.house);
  const style = forms.articleStyles.get(f.part[0]);
  if (f.glued) {
    const art = style === undefined ? `${f.glued}-` : style === '' ? '' : articleFor(text, f, style);
    return { range: [f.coreStart, f.end], text: art + house };
  }
  if (!f.article && style && (f.entity.type === 'person' || f.entity.type === 'place')) {
    house = articleFor(text, f, style) + house;
  }
  return { range: [f.coreStart, f.end], text: house };
}

/** The document's article as written before this mention: capitalised at the start of a sentence, in capitals in capitals. */
function articleFor(text: string, f: FormMention, style: string): string {
  if (isAllCaps(f.found)) return style.toUpperCase();
  return sentenceInitial(text, f.start) ? style.charAt(0).toUpperCase() + style.slice(1) : style;
}

/** Is the mention written in its house form (case, accents, hyphens and spacing aside)? */
function isHouseSpelling(f: FormMention): boolean {
  const core = f.glued ? f.found.slice(f.glued.length) : f.found;
  return coreKeys(core).join(' ') === coreKeys(f.house).join(' ');
}

/**
 * Report each mention written in a non-house spelling: as an inconsistency
 * of the document where it names the entity in several forms, else as
 * house style, with severity `houseStyle`.
 */
export function reportNonHouse(context: RuleContext, houseStyle: Severity): void {
  const forms = entityForms(context.doc);
  for (const e of forms.values()) {
    if (!e.mixed && houseStyle === 'off') continue;
    for (const f of e.mentions) {
      if (f.kind === 'house' || isHouseSpelling(f)) continue;
      const fix = houseFix(context.text, f, e);
      context.report({
        messageId: e.mixed ? f.kind : f.kind === 'foreign' ? 'houseStyleForeign' : 'houseStyle',
        severity: e.mixed ? undefined : houseStyle,
        data: {
          found: f.found,
          house: fix.text,
          entity: e.entity.canonical[context.language] ?? e.entity.canonical.en,
          counts: e.counts,
          lang: f.kind === 'foreign' ? (f.lang ?? '') : '',
        },
        range: fix.range,
        fix,
        actual: f.found,
        expected: [fix.text],
        entity: e.entity.id,
      });
    }
  }
}
