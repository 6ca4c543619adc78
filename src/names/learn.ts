/**
 * Training of the learned name key (src/names/learned-model.ts): EM over
 * Latin-Arabic name pairs, as joint-sequence (many-to-many) aligners do.
 *
 * Each pair is a lattice of segmentations into units: a Latin chunk of one to
 * `maxLatin` letters (keyed with ^ at the word's start and $ at its end)
 * paired with zero to `maxArabic` Arabic letters. EM finds the unit
 * probabilities that make the training pairs likeliest: the E step sums, with
 * forward and backward passes, how often each unit is used over all
 * segmentations; the M step makes those counts the new probabilities. Pairs
 * are weighted by 1 + ln(count), so frequent names teach more without
 * drowning the rest.
 *
 * Used by bench/train-names.mjs (which writes the model file) and by the
 * cross-validation in bench/eval-names.mjs (which trains on part of the data).
 * Not loaded when linting.
 */
import { readFileSync } from 'node:fs';
import { arabicSkeleton, chunkKey, compileModel, decodeForms, formatUnits, type Model, type ModelFile } from './learned-model.js';
import { normalizeName } from './normalize.js';

export interface TrainPair {
  /** a Latin name token as written */
  latin: string;
  /** its Arabic spelling as written */
  arabic: string;
  count: number;
}

export interface TrainOptions {
  maxLatin?: number;
  maxArabic?: number;
  iterations?: number;
  /** units whose expected count stays below this are dropped (default 0.3) */
  minCount?: number;
  /** letters compared as another (stored in the model, see ModelFile.merge) */
  merge?: Record<string, string>;
  /** decision parameters stored in the model (see NameKey in same.ts) */
  threshold?: number;
  veto?: number;
  reach?: number;
}

/** A training pair prepared: normalised Latin word, Arabic skeleton, weight. */
export interface PreparedPair {
  x: string;
  y: string;
  w: number;
}

/** Normalise pairs for training (Latin with the English rules, Arabic to its skeleton); pairs that cannot be aligned are left out. */
export function preparePairs(pairs: readonly TrainPair[], maxArabic = 2): PreparedPair[] {
  const out: PreparedPair[] = [];
  for (const p of pairs) {
    const x = normalizeName(p.latin, 'en');
    const y = arabicSkeleton(p.arabic);
    if (!x || !y || x.includes(' ') || /[^a-z]/.test(x)) continue;
    if (y.length > maxArabic * x.length) continue;
    out.push({ x, y, w: 1 + Math.log(Math.max(1, p.count)) });
  }
  return out;
}

/** Train a model (see the module comment). Deterministic: the same pairs give the same model. */
export function trainModel(pairs: readonly PreparedPair[], opts: TrainOptions = {}): ModelFile {
  const L = opts.maxLatin ?? 3;
  const A = opts.maxArabic ?? 2;
  const iterations = opts.iterations ?? 12;
  const minCount = opts.minCount ?? 0.3;
  const ids = new Map<string, number>();
  const unitKey: string[] = [];
  const unitAr: string[] = [];
  // per pair: the unit id of every edge, in the fixed order (i, j, l, a)
  const edges: Int32Array[] = [];
  for (const { x, y } of pairs) {
    const n = x.length;
    const m = y.length;
    const list: number[] = [];
    for (let i = 0; i < n; i++) {
      for (let j = 0; j <= m; j++) {
        for (let l = 1; l <= L && i + l <= n; l++) {
          const key = chunkKey(x, i, l);
          for (let a = 0; a <= A && j + a <= m; a++) {
            const s = key + '\t' + y.slice(j, j + a);
            let id = ids.get(s);
            if (id === undefined) {
              id = unitKey.length;
              ids.set(s, id);
              unitKey.push(key);
              unitAr.push(y.slice(j, j + a));
            }
            list.push(id);
          }
        }
      }
    }
    edges.push(Int32Array.from(list));
  }
  const U = unitKey.length;
  let prob = new Float64Array(U).fill(1 / U);
  for (let it = 0; it < iterations; it++) {
    const counts = new Float64Array(U);
    for (let k = 0; k < pairs.length; k++) {
      const { x, y, w } = pairs[k];
      const n = x.length;
      const m = y.length;
      const e = edges[k];
      const W = m + 1;
      const alpha = new Float64Array((n + 1) * W);
      const beta = new Float64Array((n + 1) * W);
      alpha[0] = 1;
      let c = 0;
      for (let i = 0; i < n; i++) {
        for (let j = 0; j <= m; j++) {
          const from = alpha[i * W + j];
          for (let l = 1; l <= L && i + l <= n; l++) {
            for (let a = 0; a <= A && j + a <= m; a++) {
              alpha[(i + l) * W + j + a] += from * prob[e[c++]];
            }
          }
        }
      }
      const Z = alpha[n * W + m];
      if (!(Z > 0)) continue;
      beta[n * W + m] = 1;
      // backward: the same edges in reverse order
      const starts: number[] = [];
      c = 0;
      for (let i = 0; i < n; i++) {
        for (let j = 0; j <= m; j++) {
          starts.push(c);
          for (let l = 1; l <= L && i + l <= n; l++) for (let a = 0; a <= A && j + a <= m; a++) c++;
        }
      }
      for (let i = n - 1; i >= 0; i--) {
        for (let j = m; j >= 0; j--) {
          let c2 = starts[i * W + j];
          let b = 0;
          for (let l = 1; l <= L && i + l <= n; l++) {
            for (let a = 0; a <= A && j + a <= m; a++) {
              b += prob[e[c2++]] * beta[(i + l) * W + j + a];
            }
          }
          beta[i * W + j] = b;
        }
      }
      c = 0;
      const scale = w / Z;
      for (let i = 0; i < n; i++) {
        for (let j = 0; j <= m; j++) {
          const from = alpha[i * W + j];
          for (let l = 1; l <= L && i + l <= n; l++) {
            for (let a = 0; a <= A && j + a <= m; a++) {
              const u = e[c++];
              if (from > 0) counts[u] += from * prob[u] * beta[(i + l) * W + j + a] * scale;
            }
          }
        }
      }
    }
    let total = 0;
    const last = it === iterations - 1;
    for (let u = 0; u < U; u++) {
      if (last && counts[u] < minCount) counts[u] = 0;
      total += counts[u];
    }
    prob = counts.map((v) => v / total);
  }
  const lists: Record<string, [string, number][]> = {};
  const order = [...Array(U).keys()].filter((u) => prob[u] > 0).sort((p, q) => (unitKey[p] < unitKey[q] ? -1 : unitKey[p] > unitKey[q] ? 1 : prob[q] - prob[p]));
  for (const u of order) {
    (lists[unitKey[u]] ??= []).push([unitAr[u], Math.round(Math.log(prob[u]) * 1000) / 1000]);
  }
  const units: Record<string, string> = {};
  for (const [k, outs] of Object.entries(lists)) units[k] = formatUnits(outs);
  return { version: 1, maxLatin: L, threshold: opts.threshold ?? 0.3, veto: opts.veto ?? 0, reach: opts.reach ?? 2, merge: opts.merge ?? {}, units };
}

/** A trained model file, compiled for use. */
export function modelOf(file: ModelFile): Model {
  return compileModel(file);
}

export { compileModel, decodeForms };

/** Training settings of the built-in model (bench/train-names.mjs and the cross-validation use the same). */
export const TRAIN_DEFAULTS: TrainOptions = {
  maxLatin: 2,
  maxArabic: 2,
  iterations: 8,
  minCount: 0.3,
  // chosen on the cross-validation of the training file (bench/eval-names.mjs), not on the dev set
  threshold: 0.3,
  veto: 0,
  reach: 2,
  merge: { 'ط': 'ت', 'ض': 'د', 'ذ': 'د', 'ظ': 'د', 'ص': 'س', 'ث': 'س', 'ح': 'ه', 'ق': 'ك', 'ة': 'ه', 'ء': '', 'ع': '' },
};

/** Arabic letters that European names transliterated into Arabic hardly use: a form with one is taken as Arabic-origin. */
const ARABIC_OWN = /[عحخقصضطظذثةءئؤإ]/;

/** Is this Arabic spelling of a name Arabic-origin (see ARABIC_OWN)? */
export function arabicOrigin(arabic: string): boolean {
  return ARABIC_OWN.test(arabic);
}

/** Read the training file (TSV: latin, arabic, count, with a header line). */
export function readTrainingFile(path: string): TrainPair[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(
      `no training file at ${path}: it is the team's shared data (shared/data/name-translit-train.tsv, 31,724 Latin-Arabic name pairs from Wikidata), kept outside the repository; put the shared/ folder next to the repository or give the file's path`,
    );
  }
  const out: TrainPair[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 1; i < lines.length; i++) {
    if (!lines[i]) continue;
    const [latin, arabic, count] = lines[i].split('\t');
    const c = Number(count);
    if (!latin || !arabic || !Number.isFinite(c)) throw new Error(`${path}:${i + 1}: expected latin<TAB>arabic<TAB>count`);
    out.push({ latin, arabic, count: c });
  }
  return out;
}

/** The pairs the built-in model learns from: Arabic-origin names. */
export function trainingSelection(rows: readonly TrainPair[]): TrainPair[] {
  return rows.filter((r) => arabicOrigin(r.arabic));
}

function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** An Arabic form without its long vowels, hamza and ta marbuta: names that differ only there look alike in Latin letters. */
function consonantSkeleton(ar: string): string {
  return arabicSkeleton(ar).replace(/[اويءة]/g, '');
}

export interface EvalGroup {
  arabic: string;
  variants: string[];
  counts: number[];
}

/**
 * Cross-validation sets built from the training file: groups of Latin
 * spellings (two or more) sharing one Arabic-origin form, and pairs of
 * distinct look-alike names (two groups of one fold whose forms differ only in
 * long vowels, hamza or ta marbuta). Folds are by Arabic form (its
 * skeleton, so spellings of one Arabic name never straddle two folds); the
 * training pairs of fold k are all Arabic-origin pairs of the other folds.
 * `minCount`: only spellings seen that often make groups (2 is how the dev
 * set was built; the training file holds few such groups, and its groups of
 * spellings seen once include noise such as a title for a name).
 */
export function crossValidationSets(rows: readonly TrainPair[], folds: number, minCount = 1) {
  const sel = trainingSelection(rows);
  const foldOf = (ar: string) => hash(arabicSkeleton(ar)) % folds;
  const byForm = new Map<string, TrainPair[]>();
  for (const r of sel) {
    const l = byForm.get(r.arabic);
    if (l) l.push(r);
    else byForm.set(r.arabic, [r]);
  }
  const test: { groups: EvalGroup[]; distinct: [string, string][] }[] = [];
  const train: TrainPair[][] = [];
  for (let k = 0; k < folds; k++) {
    test.push({ groups: [], distinct: [] });
    train.push(sel.filter((r) => foldOf(r.arabic) !== k));
  }
  let groupCount = 0;
  const forms = [...byForm.keys()].sort();
  for (const ar of forms) {
    const rs = byForm.get(ar)!.filter((r) => r.count >= minCount).sort((a, b) => b.count - a.count || (a.latin < b.latin ? -1 : 1));
    const variants = [...new Set(rs.map((r) => r.latin.toLowerCase()))];
    if (variants.length < 2) continue;
    test[foldOf(ar)].groups.push({ arabic: ar, variants, counts: variants.map((v) => rs.filter((r) => r.latin.toLowerCase() === v).reduce((n, r) => n + r.count, 0)) });
    groupCount++;
  }
  for (const t of test) {
    const bySkeleton = new Map<string, EvalGroup[]>();
    for (const g of t.groups) {
      const s = consonantSkeleton(g.arabic);
      const l = bySkeleton.get(s);
      if (l) l.push(g);
      else bySkeleton.set(s, [g]);
    }
    const seen = new Set(t.groups.flatMap((g) => g.variants));
    for (const gs of bySkeleton.values()) {
      for (let i = 0; i < gs.length; i++) {
        for (let j = i + 1; j < gs.length; j++) {
          if (arabicSkeleton(gs[i].arabic) === arabicSkeleton(gs[j].arabic)) continue;
          const a = gs[i].variants[0];
          const b = gs[j].variants[0];
          // a spelling in two groups is no evidence of distinct names
          if (a !== b && seen.has(a) && seen.has(b) && !gs[j].variants.includes(a) && !gs[i].variants.includes(b)) t.distinct.push([a, b]);
        }
      }
    }
  }
  return { test, train, groupCount };
}
