/**
 * name-consistency: one name spelled two ways in one document (Nimrush and
 * Nimroush, Mashri and Mishri), whether or not a pack knows it.
 *
 * The candidate names of the document (src/names/candidates.ts) are compared
 * word by word: each name's last word (a surname, or a name written alone)
 * with every other, grouped by clusterNames (src/names); then, among names
 * whose last words fell in one group (one person), the first words with each
 * other, and the middle words of names of equal length. Spellings that are
 * one word plus a derivation ending (Libya/Libyan, Turkey/Turkish) are kept
 * apart, and so are spellings that packs give to two different entities.
 *
 * Each spelling other than the target is reported. The target is the house
 * form when a pack knows the name (a spelling of the group is a pack
 * mention): a fix, marked unsafe. Otherwise it is the document's most
 * frequent spelling: a suggestion only, since the grouping may be wrong; and
 * when several spellings share the top count nothing is proposed. Spellings
 * that are pack variants or aliases are left to entity-variant and
 * entity-alias.
 *
 * Options: `distinct: [["Name", "Other"], ...]`, more known-distinct names.
 */
import type { Mention } from '../packs/mentions.js';
import { coreWords, type Entity } from '../packs/entities.js';
import { candidateLists, derivedKeys, documentCandidates, type NameCandidate, type NameToken } from '../names/candidates.js';
import { clusterNames } from '../names/cluster.js';
import { blockingKeys } from '../names/key.js';
import type { DistinctIndex } from '../names/distinct.js';
import { normalizeName } from '../names/normalize.js';
import { matchForms, nameForm, type NameForm } from '../names/same.js';
import { applyCaseStyle } from '../text/case-style.js';
import { dictionaryFor, type Dictionary } from '../text/dictionary.js';
import { fold } from '../text/fold.js';
import type { RuleContext, RuleModule } from './rule.js';

interface Cover {
  entity: Entity;
  /** the pack mention the word lies in (its house spelling is looked up only when a group is reported) */
  mention: Mention;
}

interface Occurrence {
  token: NameToken;
  cand: NameCandidate;
  cover?: Cover;
}

export const nameConsistency: RuleModule = {
  meta: {
    id: 'name-consistency',
    description: "One name spelled several ways in a document, known to a pack or not ('Nimrush' beside 'Nimroush').",
    type: 'problem',
    defaultSeverity: 'warning',
    fixable: 'unsafe',
    hasSuggestions: true,
    languages: '*',
    needs: ['dictionary'],
    messages: {
      majority: "{{forms}} look like spellings of one name in this document ({{counts}}): use '{{target}}'.",
      pack: "{{forms}} look like spellings of one name in this document ({{counts}}): {{entity}} is written '{{target}}'.",
      tie: '{{forms}} look like spellings of one name in this document ({{counts}}): choose one.',
      use: "Write '{{target}}'.",
    },
    docs: {
      fixSafety:
        "Unsafe when a pack gives the house form (the spelling is only judged to be the same name); a suggestion when the target is the document's most frequent spelling; nothing on a tie.",
    },
    schema: {
      type: 'object',
      properties: {
        distinct: {
          type: 'array',
          items: { type: 'array', minItems: 2, items: { type: 'string', minLength: 1 } },
          description: 'Groups of spellings that name different people and never merge.',
        },
      },
      additionalProperties: false,
    },
  },
  check(context) {
    const { doc, text, language } = context;
    const all = documentCandidates(text, language, doc.words);
    if (all.length < 2) return;
    const covers = coverTokens(context, all);
    const distinct = Array.isArray(context.options.distinct) ? (context.options.distinct as string[][]) : undefined;
    const lists = candidateLists(language);
    // Most documents have no two spellings of one name: the dictionary (a
    // few hundred milliseconds to read) is consulted only when one does.
    if (!groupsOf(all, covers, language, distinct, lists, undefined).some(reportable)) return;
    const dict = dictionaryFor(language);
    const cands = dict ? withoutCommonWords(all, covers, dict, language) : all;
    if (cands.length < 2) return;
    for (const group of groupsOf(cands, covers, language, distinct, lists, dict)) report(context, group);
  },
};

/** Could a group be reported (two spellings or more)? */
function reportable(group: Occurrence[]): boolean {
  const k = group[0]?.token.key;
  return group.some((o) => o.token.key !== k);
}

/**
 * The groups of one name: level 1, the last words (surnames, names written
 * alone); level 2, within each level-1 group (one person), the other words
 * of the names at one position.
 */
function groupsOf(
  cands: NameCandidate[],
  covers: Map<NameToken, Cover>,
  language: string,
  distinct: string[][] | undefined,
  lists: ReturnType<typeof candidateLists>,
  dict: Dictionary | undefined,
): Occurrence[][] {
  const out: Occurrence[][] = [];
  const last: Occurrence[] = cands.map((cand) => {
    const token = cand.tokens[cand.tokens.length - 1];
    return { token, cand, cover: covers.get(token) };
  });
  for (const group of groupSpellings(last, language, distinct, lists, dict, true)) {
    out.push(group);
    // level 2: the other words of the names of one person (none when all are one word)
    let byPos: Map<string, Occurrence[]> | undefined;
    for (const o of group) {
      const n = o.cand.tokens.length;
      for (let k = 0; k < n - 1; k++) {
        if (k > 0 && n < 3) continue;
        const pos = k === 0 ? 'first' : `${n}:${k}`;
        const token = o.cand.tokens[k];
        byPos ??= new Map();
        let list = byPos.get(pos);
        if (!list) byPos.set(pos, (list = []));
        list.push({ token, cand: o.cand, cover: covers.get(token) });
      }
    }
    if (byPos) for (const occs of byPos.values()) out.push(...groupSpellings(occs, language, distinct, lists, dict, false));
  }
  return out;
}

/**
 * Candidates without the words of the document's language that are no
 * names here (a pack mention always stays): a word whose lower-case form is
 * in the dictionary (Untied, Strich), unless the document capitalises it in
 * mid-sentence in a language that does not capitalise common words; and in
 * German, where every noun is capitalised, any capitalised dictionary word
 * (Kunden, Konten, Bürgerin).
 */
function withoutCommonWords(cands: NameCandidate[], covers: Map<NameToken, Cover>, dict: Dictionary, language: string): NameCandidate[] {
  const german = language.toLowerCase().startsWith('de');
  const midCaps = new Set<string>();
  for (const c of cands) c.tokens.forEach((t, k) => (k > 0 ? !t.initial : !c.initial) && midCaps.add(t.key));
  const common = (t: NameToken): boolean => {
    if (covers.has(t)) return false;
    if (german && dict.isWord(t.text)) return true;
    return dict.isWord(t.text.toLowerCase()) && (german || !midCaps.has(t.key));
  };
  const out: NameCandidate[] = [];
  for (const c of cands) {
    if (!c.tokens.some(common)) {
      out.push(c);
      continue;
    }
    const tokens = c.tokens.filter((t) => !common(t));
    if (tokens.length) out.push({ ...c, tokens, initial: c.initial && tokens[0] === c.tokens[0] });
  }
  return out;
}

/** The pack mention each candidate word lies in, if any, with the house spelling of that word. */
function coverTokens(context: RuleContext, cands: NameCandidate[]): Map<NameToken, Cover> {
  const out = new Map<NameToken, Cover>();
  if (context.packs.entities.entityCount === 0) return out;
  const mentions = context.doc.mentions;
  if (mentions.length === 0) return out;
  let mi = 0;
  for (const c of cands) {
    for (const t of c.tokens) {
      while (mi < mentions.length && mentions[mi].end <= t.start) mi++;
      const m = mentions[mi];
      if (!m || m.start > t.start || m.end < t.end) continue;
      out.set(t, { entity: m.entity, mention: m });
    }
  }
  return out;
}

function houseWord(text: string, m: Mention, t: NameToken): string | undefined {
  if (m.kind === 'alias' || !m.house) return undefined;
  const found = coreWords(text.slice(m.coreStart, m.end));
  const idx = found.findIndex((w) => w.start + m.coreStart === t.start);
  if (idx < 0) return undefined;
  const house = coreWords(m.house);
  const w = house.length === found.length ? house[idx] : idx === found.length - 1 ? house[house.length - 1] : undefined;
  return w && m.house.slice(w.start, w.end);
}

const NO_DISTINCT: DistinctIndex[] = [];

/** What grouping needs of one spelling: its normal form, and its blocking keys as small numbers (cheap to bucket). */
interface Spelling {
  form: NameForm;
  keys: number[];
}

const SPELLING_CACHE_MAX = 100_000;
let spellings = new Map<string, Map<string, Spelling>>();
let keyIds = new Map<string, number>();
let cached = 0;

/**
 * The Spelling of `text` in `lang`, kept across documents (most names come
 * back in many): a bounded cache, emptied whole (key numbers included) when full.
 */
function spellingOf(text: string, lang: string): Spelling {
  let byText = spellings.get(lang);
  if (!byText) spellings.set(lang, (byText = new Map()));
  let s = byText.get(text);
  if (s) return s;
  if (cached >= SPELLING_CACHE_MAX) {
    spellings = new Map([[lang, (byText = new Map())]]);
    keyIds = new Map();
    cached = 0;
  }
  const norm = normalizeName(text, lang);
  const keys: number[] = [];
  if (norm) {
    for (const k of blockingKeys(norm)) {
      let id = keyIds.get(k);
      if (id === undefined) keyIds.set(k, (id = keyIds.size));
      keys.push(id);
    }
  }
  s = { form: nameForm(norm), keys };
  byText.set(text, s);
  cached++;
  return s;
}

/**
 * Could two spellings be grouped by clusterNames? It links only spellings
 * whose normal forms are equal or match (matchForms) within its budget; the
 * same test without the known-distinct lists lets through every pair it
 * could link, and a few more.
 */
function mayMatch(a: Spelling, b: Spelling): boolean {
  return matchForms(a.form, b.form, NO_DISTINCT) >= 0;
}

/** Occurrences grouped as one name (groups of one spelling included). */
function groupSpellings(
  occs: Occurrence[],
  lang: string,
  distinct: string[][] | undefined,
  lists: ReturnType<typeof candidateLists>,
  dict: Dictionary | undefined,
  alone: boolean,
): Occurrence[][] {
  const byKey = new Map<string, Occurrence[]>();
  for (const o of occs) {
    const l = byKey.get(o.token.key);
    if (l) l.push(o);
    else byKey.set(o.token.key, [o]);
  }
  if (byKey.size === 1) return [occs];
  // Only spellings that share a blocking key with another can be grouped:
  // the others are groups of their own. And when no two spellings sharing a
  // key could match, clusterNames would group nothing: every spelling is a
  // group of its own, without its cost (most documents: their names differ).
  const bySpelling = [...byKey.values()];
  const infos = bySpelling.map((l) => spellingOf(l[0].token.text, lang));
  const buckets = new Map<number, number[]>();
  const shared = new Uint8Array(bySpelling.length);
  let linked = false;
  for (let i = 0; i < infos.length; i++) {
    for (const k of infos[i].keys) {
      const bucket = buckets.get(k);
      if (!bucket) {
        buckets.set(k, [i]);
        continue;
      }
      for (const j of bucket) {
        shared[i] = shared[j] = 1;
        if (!linked && mayMatch(infos[i], infos[j])) linked = true;
      }
      bucket.push(i);
    }
  }
  if (!linked) return bySpelling;
  const out: Occurrence[][] = [];
  const keyOfText = new Map<string, string>();
  const items: { text: string; count: number }[] = [];
  for (let i = 0; i < bySpelling.length; i++) {
    const l = bySpelling[i];
    if (!shared[i]) {
      out.push(l);
      continue;
    }
    keyOfText.set(l[0].token.text, l[0].token.key);
    items.push({ text: l[0].token.text, count: l.length });
  }
  for (const c of clusterNames(items, { lang, distinct })) {
    const keys = c.members.map((m) => keyOfText.get(m.text)!);
    // Two words of the language's dictionary are two words, not two spellings:
    // common words always (United, Untied); names (Kristin, Kristen; Denis,
    // Denise) when compared alone or as surnames. Given names beside one
    // surname are still compared (Ahmed and Ahmad Saleh).
    if (dict && c.members.filter((m) => dict.isWord(alone ? m.text : m.text.toLowerCase())).length >= 2) {
      for (const k of keys) out.push(byKey.get(k)!);
      continue;
    }
    // a derivation (Libyan beside Libya) is a word of its own
    const derived = derivedKeys(keys, lists);
    for (const k of derived) out.push(byKey.get(k)!);
    out.push(keys.filter((k) => !derived.has(k)).flatMap((k) => byKey.get(k)!));
  }
  return out;
}

/** The entity whose house form (or house surname) is exactly this folded word, when one pack entity has it. */
function houseTerm(context: RuleContext, key: string): Entity | undefined {
  if (context.packs.entities.entityCount === 0) return undefined;
  const terms = context.packs.entities.matcher.find([key])?.filter((t) => t.kind === 'name');
  if (!terms?.length) return undefined;
  return terms.every((t) => t.entity === terms[0].entity) ? terms[0].entity : undefined;
}

/** Connecting words of a text that names two spellings side by side: X or Y, X (also Y), X, also spelled Y. */
const ALTERNATIVE_WORDS =
  'or|ou|oder|bzw|o|u|oppure|ovvero|also|aussi|auch|también|anche|sometimes|often|spelled|spelt|written|transliterated|rendered|écrit|orthographié|geschrieben|escrito|scritto|known|as|connu|comme|sous|nom|aka|alias|i\\.e|formerly|ou encore|and|et|und|y|e|the|le|la|der|die|el|il|form|forme|spelling|graphie|schreibweise|variante?|variant';
const SEP = `[\\s,;:()\\[\\]"'«»“”„‘’/.–—-]`;
const BETWEEN = new RegExp(`^${SEP}*(?:(?:${ALTERNATIVE_WORDS})${SEP}+){0,6}$`, 'iu');
const CUE = new RegExp(`[(/]|\\b(?:${ALTERNATIVE_WORDS.replace('|and|et|und|y|e|the|le|la|der|die|el|il', '')})\\b`, 'iu');

/** Do two different spellings of the group stand side by side, joined as alternatives? */
function discussed(text: string, group: Occurrence[]): boolean {
  const occs = [...group].sort((a, b) => a.token.start - b.token.start);
  for (let i = 0; i + 1 < occs.length; i++) {
    const a = occs[i].token;
    const b = occs[i + 1].token;
    if (a.key === b.key || b.start - a.end > 80) continue;
    const between = text.slice(a.end, b.start);
    if (BETWEEN.test(between) && CUE.test(between)) return true;
  }
  return false;
}

/** Report the spellings of one group other than its target. */
function report(context: RuleContext, group: Occurrence[]): void {
  // most groups are one spelling: nothing to report, nothing to build
  const key0 = group[0]?.token.key;
  if (group.every((o) => o.token.key === key0)) return;
  const spellings = new Map<string, { text: string; occs: Occurrence[]; first: number }>();
  for (const o of group) {
    const s = spellings.get(o.token.key);
    if (s) s.occs.push(o);
    else spellings.set(o.token.key, { text: o.token.text, occs: [o], first: o.token.start });
  }
  if (spellings.size < 2) return;
  // some spelling must be capitalised where only a name would be (not just at a sentence start or in a headline)
  if (group.every((o) => o.token.initial)) return;
  const entities = new Map<string, { entity: Entity; houses: Map<string, number> }>();
  for (const o of group) {
    if (!o.cover) continue;
    let e = entities.get(o.cover.entity.id);
    if (!e) entities.set(o.cover.entity.id, (e = { entity: o.cover.entity, houses: new Map() }));
    const house = houseWord(context.text, o.cover.mention, o.token);
    if (house) e.houses.set(house, (e.houses.get(house) ?? 0) + 1);
  }
  // entities that write this word alike (Muammar and Saif al-Islam Gaddafi) are one name here;
  // entities that write it differently are different names
  const houseWords = new Set([...entities.values()].flatMap((e) => [...e.houses.keys()].map((h) => fold(h))));
  if (entities.size > 1 && houseWords.size !== 1) return;
  // a text that names the spellings side by side (X or Y, X (Y), also spelled Y) knows they are two
  if (discussed(context.text, group)) return;

  const ranked = [...spellings.values()].sort((a, b) => b.occs.length - a.occs.length || a.first - b.first);
  const counts = ranked.map((s) => `${s.text} ×${s.occs.length}`).join(', ');
  let known = [...entities.values()].sort((a, b) => b.houses.size - a.houses.size || (a.entity.id < b.entity.id ? -1 : 1))[0];
  if (!known) {
    // a spelling that is a pack's house form is never to be replaced: it is the target
    for (const s of ranked) {
      const house = houseTerm(context, s.occs[0].token.key);
      if (house) {
        known = { entity: house, houses: new Map([[s.text, s.occs.length]]) };
        break;
      }
    }
  }
  let target: string | undefined;
  let mode: 'pack' | 'majority' | 'tie';
  if (known && known.houses.size) {
    mode = 'pack';
    target = [...known.houses].sort((a, b) => b[1] - a[1])[0][0];
  } else if (ranked.length > 1 && ranked[0].occs.length === ranked[1].occs.length) {
    mode = 'tie';
  } else {
    mode = 'majority';
    target = ranked[0].text;
  }
  // on a tie, the top spelling used first stands; the others are reported
  const reference = mode === 'tie' ? ranked.filter((r) => r.occs.length === ranked[0].occs.length).sort((a, b) => a.first - b.first)[0] : undefined;
  const targetKey = target !== undefined ? fold(target) : undefined;
  for (const s of ranked) {
    if (s === reference || fold(s.text) === targetKey) continue;
    const all = [s, ...ranked.filter((r) => r !== s)].map((r) => `'${r.text}'`);
    const forms = `${all.slice(0, -1).join(', ')} and ${all[all.length - 1]}`;
    for (const o of s.occs) {
      // a house form is right; pack variants and aliases are entity-variant's and entity-alias's to report
      if (o.cover) continue;
      const range: [number, number] = [o.token.start, o.token.end];
      const found = o.token.text;
      const data: Record<string, string> = { forms, counts, target: target ?? '', found };
      if (mode === 'pack') {
        const e = known!.entity;
        const fix = applyCaseStyle(found, target!);
        context.report({
          messageId: 'pack',
          data: { ...data, entity: e.canonical[context.language] ?? e.canonical.en },
          range,
          fix: { range, text: fix, safety: 'unsafe' },
          actual: found,
          expected: [fix],
          entity: e.id,
        });
      } else if (mode === 'majority') {
        const fix = applyCaseStyle(found, target!);
        context.report({
          messageId: 'majority',
          data,
          range,
          suggestions: [{ messageId: 'use', data: { target: fix }, fix: { range, text: fix } }],
          actual: found,
          expected: [fix],
        });
      } else {
        context.report({ messageId: 'tie', data, range, actual: found, expected: ranked.filter((r) => r !== s).map((r) => r.text) });
      }
    }
  }
}
