/**
 * Shared by the entity rules: how often each form of an entity occurs in the
 * document, written for messages ("Haftar ×4, Hifter ×2").
 */
import type { Mention } from '../match/mentions.js';

/**
 * The forms of one entity in a document (as first written: case does not
 * make another form) and how often each occurs, counted
 * only when a rule asks (most entities of a document have nothing to report)
 * and once per document for every rule that asks.
 */
export function entityFormCounts(mentions: readonly Mention[], entityId: string): Map<string, number> | undefined {
  let done = counted.get(mentions);
  if (!done) counted.set(mentions, (done = new Map()));
  let forms = done.get(entityId);
  if (forms === undefined) {
    // a document names few entities with findings: one pass over its mentions for each is cheaper than grouping them all
    const list = mentions.filter((m) => m.entity.id === entityId);
    if (list.length === 0) return undefined;
    done.set(entityId, (forms = countForms(list)));
  }
  return forms;
}

const counted = new WeakMap<readonly Mention[], Map<string, Map<string, number>>>();

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

/** The description of each entity's forms is built once per document (the form counts are the cache key). */
const described = new WeakMap<Map<string, number>, string>();

export function describeCounts(forms: Map<string, number> | undefined): string {
  if (!forms) return '';
  const known = described.get(forms);
  if (known !== undefined) return known;
  const s = describe(forms);
  described.set(forms, s);
  return s;
}

function describe(forms: Map<string, number>): string {
  return [...forms.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([f, n]) => `${f} ×${n}`)
    .join(', ');
}
