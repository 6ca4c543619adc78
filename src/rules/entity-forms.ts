/**
 * Shared by the entity rules: how often each form of an entity occurs in the
 * document, written for messages ("Haftar ×4, Hifter ×2").
 */
import type { Mention } from '../match/mentions.js';

export function formCounts(mentions: readonly Mention[]): Map<string, Map<string, number>> {
  const byEntity = new Map<string, Map<string, number>>();
  for (const m of mentions) {
    let forms = byEntity.get(m.entity.id);
    if (!forms) byEntity.set(m.entity.id, (forms = new Map()));
    const form = m.kind === 'alias' ? m.term.text : m.found;
    const key = [...forms.keys()].find((k) => k.toLowerCase() === form.toLowerCase()) ?? form;
    forms.set(key, (forms.get(key) ?? 0) + 1);
  }
  return byEntity;
}

export function describeCounts(forms: Map<string, number> | undefined): string {
  if (!forms) return '';
  return [...forms.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([f, n]) => `${f} ×${n}`)
    .join(', ');
}
