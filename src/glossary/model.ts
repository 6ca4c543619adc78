/**
 * A term base (a house glossary) as concepts with terms per language, and its
 * rule pack: one entity per concept. Per language, the preferred term is the
 * house form (`canonical`), admitted terms are `allowed` aliases and
 * deprecated (or superseded) terms are `deprecated` aliases whose `use` is the
 * preferred term of that language, so entity-alias flags them and suggests
 * the preferred term.
 */
import { stringify } from 'yaml';
import { TranslintError } from '../errors.js';
import type { EntityType } from '../packs/entities.js';

export type TermStatus = 'preferred' | 'admitted' | 'deprecated';

export interface GlossaryTerm {
  text: string;
  lang: string;
  status?: TermStatus;
  line: number;
}

export interface Concept {
  /** The concept's id in the source (TBX id, CSV id column), if any. */
  id?: string;
  type?: EntityType;
  note?: string;
  terms: GlossaryTerm[];
  line: number;
}

const STATUS: Record<string, TermStatus> = {
  preferred: 'preferred',
  preferredterm: 'preferred',
  'preferredterm-admn-sts': 'preferred',
  admitted: 'admitted',
  allowed: 'admitted',
  admittedterm: 'admitted',
  'admittedterm-admn-sts': 'admitted',
  deprecated: 'deprecated',
  deprecatedterm: 'deprecated',
  'deprecatedterm-admn-sts': 'deprecated',
  superseded: 'deprecated',
  supersededterm: 'deprecated',
  'supersededterm-admn-sts': 'deprecated',
};

/** A status as written in a glossary (TBX administrativeStatus values or plain words), or an error naming the place. */
export function termStatus(value: string, where: { file: string; line: number; column?: number }): TermStatus {
  const s = STATUS[value.trim().toLowerCase()];
  if (!s) throw new TranslintError(`unknown term status '${value}' (expected preferred, admitted or deprecated, or TBX preferredTerm-admn-sts, admittedTerm-admn-sts, deprecatedTerm-admn-sts, supersededTerm-admn-sts)`, where);
  return s;
}

/** A language tag as a pack language: en-GB -> en. */
export function packLanguage(tag: string, where: { file: string; line: number; column?: number }): string {
  const lang = tag.trim().toLowerCase().split(/[-_]/)[0];
  if (!/^[a-z]{2,3}$/.test(lang)) throw new TranslintError(`'${tag}' is not a language code (ISO 639-1, e.g. en, fr, de-DE)`, where);
  return lang;
}

function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+|-+$/g, '');
}

interface PackAlias {
  text: string;
  status: 'allowed' | 'deprecated' | 'preferred';
  use?: string;
  lang?: string;
}

export interface GlossaryPackOptions {
  pack: string;
  file: string;
  /** Entity type for concepts that do not give one. */
  type?: EntityType;
}

/** The rule pack (as an object in the pack schema) for these concepts. */
export function glossaryPack(concepts: Concept[], options: GlossaryPackOptions) {
  const ids = new Set<string>();
  // one spelling, one concept: a term listed under two concepts (in one language) could not say which to use
  const seen = new Map<string, { concept: Concept; line: number }>();
  for (const c of concepts) {
    for (const t of c.terms) {
      const key = `${t.lang}\u0000${t.text.toLowerCase()}`;
      const first = seen.get(key);
      if (first && first.concept !== c) throw new TranslintError(`'${t.text}' (${t.lang}) is a term of two concepts (the other at line ${first.line})`, { file: options.file, line: t.line });
      if (!first) seen.set(key, { concept: c, line: t.line });
    }
  }
  const entities = concepts.map((c) => {
    const where = { file: options.file, line: c.line };
    const byLang = new Map<string, GlossaryTerm[]>();
    for (const t of c.terms) byLang.set(t.lang, [...(byLang.get(t.lang) ?? []), t]);
    if (byLang.size === 0) throw new TranslintError('a concept with no terms', where);
    const canonical: Record<string, string> = {};
    const aliases: PackAlias[] = [];
    const notes: string[] = [];
    for (const [lang, terms] of byLang) {
      // a term without a status is the preferred one when its language has no other, else admitted
      const preferred = terms.filter((t) => t.status === 'preferred');
      const house = preferred[0] ?? terms.find((t) => t.status === undefined);
      if (!house) throw new TranslintError(`no preferred term in '${lang}' for the concept (its deprecated terms need one to point to)`, { file: options.file, line: terms[0].line });
      canonical[lang] = house.text;
      for (const t of terms) {
        if (t === house) continue;
        if (t.text.toLowerCase() === house.text.toLowerCase()) continue;
        const status = t.status === 'deprecated' ? 'deprecated' : t.status === 'preferred' ? 'preferred' : 'allowed';
        aliases.push({ text: t.text, status, ...(status === 'deprecated' ? { use: house.text } : {}), lang });
      }
    }
    if (!canonical.en) {
      // packs need an English house form: the first language's stands in, as the note says
      const [lang, text] = Object.entries(canonical)[0];
      canonical.en = text;
      notes.push(`No English term in the glossary: the ${lang} term stands in for English.`);
    }
    // ids are namespaced by the pack, so they never clash with another pack's
    const base = `${slug(options.pack) || 'glossary'}.${slug(canonical.en) || slug(c.id ?? '') || 'concept'}`;
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    if (c.note) notes.unshift(c.note);
    return {
      id,
      type: c.type ?? options.type ?? 'other',
      canonical: Object.fromEntries(Object.entries(canonical).sort(([a], [b]) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)))),
      ...(notes.length ? { note: notes.join(' ') } : {}),
      ...(aliases.length ? { aliases } : {}),
    };
  });
  return { pack: options.pack, description: `Imported from the glossary ${options.file.split(/[\\/]/).pop()}.`, entities };
}

/** The pack as YAML, with a header saying where it came from. */
export function glossaryPackYaml(concepts: Concept[], options: GlossaryPackOptions): string {
  const header = `# translint rule pack imported from ${options.file.split(/[\\/]/).pop()} (translint import-glossary).\n# Preferred terms are the house forms (canonical), admitted terms allowed aliases,\n# deprecated terms deprecated aliases (entity-alias flags them and suggests the preferred term).\n`;
  return header + stringify(glossaryPack(concepts, options), { lineWidth: 0 });
}
