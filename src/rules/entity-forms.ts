/**
 * Shared by the entity rules: how often each form of an entity occurs in the
 * document, written for messages ("Haftar ×4, Hifter ×2").
 */
import type { Mention } from '../match/mentions.js';
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
