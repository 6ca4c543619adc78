/**
 * Known-distinct names: spellings that look alike but name different people
 * (Salah/Saleh, Hassan/Hussein). Data in rules/names/distinct.yaml, extendable
 * by the user.
 *
 * Each entry is a set of names that are pairwise distinct. A spelling is
 * *attached* to the member of a set it is nearest to (uniquely, and within the
 * same-name budget), so variants inherit the separation: Salih attaches to
 * Saleh and is kept apart from Salah. Two spellings attached to different
 * members of one set are never merged.
 */

import { loadNamesData, parseYamlText } from './yaml-data.js';
import { wordBudget, wordDistanceWithArticles } from './distance.js';
import { blockingKeys } from './key.js';
import { normalizeName } from './normalize.js';

export const DISTINCT_URL = new URL('../../rules/names/distinct.yaml', import.meta.url);

export class DistinctIndex {
  /** normalised members of each set */
  private readonly sets: string[][] = [];
  private readonly byKey = new Map<string, number[]>();
  private readonly attached = new Map<string, Map<number, number>>();

  /** Add a set of pairwise distinct names (raw spellings, normalised with `lang`). */
  add(names: readonly string[], lang = 'en'): void {
    const norm = [...new Set(names.map((n) => normalizeName(n, lang)).filter(Boolean))];
    if (norm.length < 2) return; // all members normalise alike: nothing can separate them
    const idx = this.sets.length;
    this.sets.push(norm);
    for (const m of norm) {
      for (const k of blockingKeys(m)) {
        const l = this.byKey.get(k);
        if (!l) this.byKey.set(k, [idx]);
        else if (!l.includes(idx)) l.push(idx);
      }
    }
    this.attached.clear();
  }

  get size(): number {
    return this.sets.length;
  }

  /** The sets, normalised. */
  entries(): readonly (readonly string[])[] {
    return this.sets;
  }

  /** Set index -> member index for every set this normalised word is attached to. */
  attachments(word: string): Map<number, number> {
    let out = this.attached.get(word);
    if (out) return out;
    out = new Map();
    const cand = new Set<number>();
    for (const k of blockingKeys(word)) for (const s of this.byKey.get(k) ?? []) cand.add(s);
    for (const s of cand) {
      const members = this.sets[s];
      let best = -1;
      let bestD = Infinity;
      let second = Infinity;
      for (let i = 0; i < members.length; i++) {
        const m = members[i];
        const budget = wordBudget(word, m);
        const d = m === word ? 0 : wordDistanceWithArticles(word, m, budget);
        if (d > budget) continue;
        if (d < bestD) {
          second = bestD;
          bestD = d;
          best = i;
        } else if (d < second) second = d;
      }
      if (best >= 0 && bestD < second - 1e-9) out.set(s, best);
    }
    if (this.attached.size > 200_000) this.attached.clear();
    this.attached.set(word, out);
    return out;
  }

  /** Are these two normalised words known to be different names? */
  blocked(a: string, b: string): boolean {
    if (a === b || this.sets.length === 0) return false;
    const aa = this.attachments(a);
    if (aa.size === 0) return false;
    const bb = this.attachments(b);
    for (const [s, i] of aa) {
      const j = bb.get(s);
      if (j !== undefined && j !== i) return true;
    }
    return false;
  }
}

/** Parse distinct.yaml text: a list of lists of names (or an object with `distinct:`). */
export function parseDistinct(text: string): string[][] {
  return distinctFromData(parseYamlText(text));
}

function distinctFromData(raw: unknown): string[][] {
  const list = Array.isArray(raw) ? raw : ((raw as { distinct?: unknown } | null)?.distinct ?? []);
  if (!Array.isArray(list)) throw new Error('distinct.yaml: expected a list of name lists');
  return list.map((e) => {
    if (!Array.isArray(e) || e.length < 2) throw new Error('distinct.yaml: each entry must list at least two names');
    return e.map(String);
  });
}

let builtin: DistinctIndex | undefined;

/** The built-in list of known-distinct names, loaded on first use. */
export function builtinDistinct(): DistinctIndex {
  if (!builtin) {
    const idx = new DistinctIndex();
    for (const set of loadNamesData(DISTINCT_URL, 'names-distinct', distinctFromData)) idx.add(set);
    builtin = idx;
  }
  return builtin;
}

const userCache = new WeakMap<object, DistinctIndex>();

/** Index for user-supplied distinct pairs or sets (cached per array). */
export function userDistinct(pairs: readonly (readonly string[])[], lang = 'en'): DistinctIndex {
  let idx = userCache.get(pairs);
  if (!idx) {
    idx = new DistinctIndex();
    for (const p of pairs) idx.add(p, lang);
    userCache.set(pairs, idx);
  }
  return idx;
}
