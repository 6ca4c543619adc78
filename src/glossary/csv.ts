/**
 * A glossary as CSV: a header row, then one term per row.
 *
 *   id,lang,term,status,type,note
 *   gna,en,Government of National Accord,preferred,organisation,
 *   gna,en,Accord government,deprecated,,
 *   gna,fr,Gouvernement d'union nationale,preferred,,
 *
 * Rows with the same id are one concept (rows without an id: each its own
 * concept). Columns are found by name, in any order, case-insensitively:
 * id (or concept), lang (or language), term, status (or
 * administrativeStatus; empty = preferred when the language has no other),
 * and optionally type and note. Parsed by csv-parse (quoted fields, a
 * byte-order mark, comma, semicolon or tab separators).
 */
import { parse } from 'csv-parse/sync';
import { TranslintError } from '../errors.js';
import type { EntityType } from '../packs/entities.js';
import { packLanguage, termStatus, type Concept } from './model.js';

const COLUMNS: Record<string, string> = {
  id: 'id',
  concept: 'id',
  'concept id': 'id',
  lang: 'lang',
  language: 'lang',
  term: 'term',
  status: 'status',
  administrativestatus: 'status',
  type: 'type',
  note: 'note',
};
const TYPES = new Set(['person', 'place', 'organisation', 'other']);

function delimiter(text: string): string {
  const first = text.split(/\r?\n/, 1)[0];
  const counts = [',', ';', '\t'].map((d) => [d, first.split(d).length] as const);
  return counts.sort((a, b) => b[1] - a[1])[0][0];
}

export function parseCsvGlossary(text: string, file: string): Concept[] {
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, { bom: true, delimiter: delimiter(text), info: true, relax_column_count: false, skip_empty_lines: true, trim: true }) as unknown as typeof records;
  } catch (err) {
    const e = err as Error & { lines?: number };
    throw new TranslintError(`malformed CSV: ${e.message.replace(/^Invalid [^:]*: /, '').replace(/\s*at line \d+.*$/i, '')}`, { file, line: e.lines });
  }
  if (records.length === 0) throw new TranslintError('empty glossary: a header row (id, lang, term, status) and one row per term expected', { file });
  const header = records[0].record.map((h) => COLUMNS[h.toLowerCase()] ?? '');
  const col = (name: string) => header.indexOf(name);
  for (const required of ['lang', 'term']) {
    if (col(required) < 0) throw new TranslintError(`no '${required}' column in the header (columns: id, lang, term, status, type, note)`, { file, line: records[0].info.lines });
  }
  const concepts = new Map<string, Concept>();
  const list: Concept[] = [];
  for (const { record, info } of records.slice(1)) {
    const line = info.lines;
    const get = (name: string) => (col(name) >= 0 ? record[col(name)] ?? '' : '');
    const term = get('term');
    if (!term) throw new TranslintError('a row with no term', { file, line });
    const lang = packLanguage(get('lang'), { file, line });
    const status = get('status') ? termStatus(get('status'), { file, line }) : undefined;
    const type = get('type');
    if (type && !TYPES.has(type)) throw new TranslintError(`unknown type '${type}' (person, place, organisation or other)`, { file, line });
    const id = get('id');
    let concept = id ? concepts.get(id) : undefined;
    if (!concept) {
      concept = { ...(id ? { id } : {}), terms: [], line };
      if (id) concepts.set(id, concept);
      list.push(concept);
    }
    if (type) concept.type = type as EntityType;
    if (get('note')) concept.note = get('note');
    concept.terms.push({ text: term, lang, status, line });
  }
  return list;
}
