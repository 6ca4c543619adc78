/**
 * Shared by the entity rules: how often each form of an entity occurs in the
 * document, written for messages ("Haftar ×4, Hifter ×2").
 */
import type { Mention } from '../match/mentions.js';

/** Per entity, each form (as first written; case does not make another form) and how often it occurs. */
export function formCounts(mentions: readonly Mention[]): Map<string, Map<string, number>> {
  const byEntity = new Map<string, Map<string, number>>();
  // per entity, a form's lower case -> the form as first written
  const firstWritten = new Map<string, Map<string, string>>();
  for (const m of mentions) {
    let forms = byEntity.get(m.entity.id);
    let written = firstWritten.get(m.entity.id);
    if (!forms || !written) {
      byEntity.set(m.entity.id, (forms = new Map()));
      firstWritten.set(m.entity.id, (written = new Map()));
    }
    const form = m.kind === 'alias' ? m.term.text : m.found;
    let key = forms.has(form) ? form : undefined;
    if (key === undefined) {
      const lower = form.toLowerCase();
      key = written.get(lower);
      if (key === undefined) written.set(lower, (key = form));
    }
    forms.set(key, (forms.get(key) ?? 0) + 1);
  }
  return byEntity;
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
