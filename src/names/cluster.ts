/**
 * Clustering of name spellings into variant groups.
 *
 * Spellings are normalised (identical normal forms are one node) and bucketed
 * by blocking keys; only names in one bucket are compared (sameName), and an
 * oversized bucket is searched by sorted neighbourhood, so the work is near
 * linear in the number of spellings.
 *
 * Linkage 'average' (default): spellings are placed most frequent first; each
 * joins the one existing cluster whose members, weighted by count, it mostly
 * (>= half) matches, never a cluster holding a name known to be distinct from
 * it; otherwise it starts a cluster. A rare spelling halfway between two
 * names (Abed between Abd and Abid) therefore cannot chain them together.
 * 'single': matching pairs merge in order of increasing distance unless the
 * merge would join known-distinct names. 'complete': a merge needs every pair
 * across the two clusters to match.
 */

import { budgetForLength } from './distance.js';
import type { DistinctIndex } from './distinct.js';
import { blockingKeys } from './key.js';
import { normalizeName } from './normalize.js';
import { isVowelUnit, unitString, type Units } from './units.js';
import { distinctIndexes, matchForms, matchNormalized, nameForm, nameKey, type NameOptions } from './same.js';

export interface NameItem {
  text: string;
  count: number;
}

export interface NameCluster {
  /** the most frequent member (see `tie`) */
  canonical: string;
  /** members, most frequent first */
  members: NameItem[];
  /** sum of member counts */
  count: number;
  /** true when several members share the top count; canonical is then the
   *  most central member (least total distance to the others) */
  tie?: boolean;
}

export interface ClusterOptions extends Omit<NameOptions, 'normalized'> {
  /** 'average' (default, see above), 'single' or 'complete' */
  linkage?: 'single' | 'complete' | 'average';
  /** buckets larger than this are searched by sorted neighbourhood (default 200) */
  maxBucket?: number;
}

interface Node {
  norm: string;
  items: NameItem[];
  count: number;
}

class UnionFind {
  readonly parent: Int32Array;
  readonly members: number[][];
  constructor(n: number) {
    this.parent = new Int32Array(n);
    this.members = [];
    for (let i = 0; i < n; i++) {
      this.parent[i] = i;
      this.members.push([i]);
    }
  }
  find(x: number): number {
    let r = x;
    while (this.parent[r] !== r) r = this.parent[r];
    while (this.parent[x] !== r) {
      const nx = this.parent[x];
      this.parent[x] = r;
      x = nx;
    }
    return r;
  }
  union(a: number, b: number): void {
    const [big, small] = this.members[a].length >= this.members[b].length ? [a, b] : [b, a];
    this.parent[small] = big;
    for (const m of this.members[small]) this.members[big].push(m);
    this.members[small] = [];
  }
}

/** The consonant units of a word, in order. */
function consonants(u: Units): string {
  let s = '';
  for (const id of u.ids) if (!isVowelUnit(id)) s += unitString(id);
  return s;
}

function blockedAny(distinct: readonly DistinctIndex[], a: string, b: string): boolean {
  const wa = a.split(' ');
  const wb = b.split(' ');
  if (wa.length === wb.length) {
    for (let i = 0; i < wa.length; i++) {
      for (const d of distinct) if (d.blocked(wa[i], wb[i])) return true;
    }
    return false;
  }
  const ja = wa.join('');
  const jb = wb.join('');
  for (const d of distinct) if (d.blocked(ja, jb)) return true;
  return false;
}

/**
 * Group spellings of the same name. Items with the same text are counted
 * together. Clusters are returned largest (by total count) first.
 */
export function clusterNames(items: readonly NameItem[], opts: ClusterOptions = {}): NameCluster[] {
  const lang = opts.lang ?? 'en';
  const tolerance = opts.tolerance ?? 1;
  const distinct = distinctIndexes(opts);
  const linkage = opts.linkage ?? 'average';
  const maxBucket = opts.maxBucket ?? 200;
  const key = nameKey(opts.learned);
  const reach = key ? Math.max(1, key.reach) : 1;

  // merge identical texts, then identical normal forms
  const byText = new Map<string, NameItem>();
  for (const it of items) {
    const prev = byText.get(it.text);
    if (prev) prev.count += it.count;
    else byText.set(it.text, { text: it.text, count: it.count });
  }
  const nodes: Node[] = [];
  const byNorm = new Map<string, number>();
  const loose: NameItem[] = []; // spellings that normalise to nothing
  for (const it of byText.values()) {
    const norm = normalizeName(it.text, lang);
    if (!norm) {
      loose.push(it);
      continue;
    }
    let i = byNorm.get(norm);
    if (i === undefined) {
      i = nodes.length;
      byNorm.set(norm, i);
      nodes.push({ norm, items: [], count: 0 });
    }
    nodes[i].items.push(it);
    nodes[i].count += it.count;
  }

  // blocking: key ids per node, buckets of nodes
  const N = nodes.length;
  const forms = nodes.map((n) => nameForm(n.norm));
  const keyIds = new Map<string, number>();
  const nodeKeys: number[][] = [];
  const buckets: number[][] = [];
  for (let i = 0; i < N; i++) {
    const ks: number[] = [];
    for (const k of blockingKeys(nodes[i].norm)) {
      let id = keyIds.get(k);
      if (id === undefined) {
        id = buckets.length;
        keyIds.set(k, id);
        buckets.push([]);
      }
      ks.push(id);
      buckets[id].push(i);
    }
    ks.sort((p, q) => p - q);
    nodeKeys.push(ks);
  }

  // candidate edges: pairs within a bucket (a pair sharing several buckets is
  // compared in the first one only)
  const edges: { a: number; b: number; d: number }[] = [];
  const firstCommon = (i: number, j: number): number => {
    const ki = nodeKeys[i];
    const kj = nodeKeys[j];
    let x = 0;
    let y = 0;
    while (x < ki.length && y < kj.length) {
      if (ki[x] === kj[y]) return ki[x];
      if (ki[x] < kj[y]) x++;
      else y++;
    }
    return -1;
  };
  const units = forms.map((f) => f.words.reduce((t, w) => t + w.ids.length, 0));
  const tryPair = (i: number, j: number, b: number) => {
    if ((nodeKeys[i].length > 1 || nodeKeys[j].length > 1) && firstCommon(i, j) !== b) return;
    const d = matchForms(forms[i], forms[j], distinct, tolerance, key);
    if (d >= 0) edges.push({ a: i, b: j, d });
  };
  for (let b = 0; b < buckets.length; b++) {
    const bucket = buckets[b];
    if (bucket.length < 2) continue;
    if (bucket.length > maxBucket) {
      neighbourhood(bucket, b);
      continue;
    }
    // by number of units: every unit added or dropped costs at least 0.25,
    // so a name is compared only with names of close unit counts
    bucket.sort((p, q) => units[p] - units[q]);
    for (let x = 0; x < bucket.length; x++) {
      const i = bucket[x];
      // (+1 per extra word: run together, two vowel clusters may become one)
      const maxDiff = (reach * budgetForLength(forms[i].letters, tolerance)) / 0.25 + forms[i].words.length - 1;
      for (let y = x + 1; y < bucket.length; y++) {
        const j = bucket[y];
        if (units[j] - units[i] > maxDiff) break;
        tryPair(i, j, b);
      }
    }
  }
  // An oversized bucket (a short consonant skeleton shared by very many
  // spellings) is searched by sorted neighbourhood: each name is compared
  // with the `window` names next to it when the bucket is sorted by exact
  // consonants, and when sorted by the reversed name.
  function neighbourhood(bucket: number[], b: number): void {
    const window = Math.max(8, Math.floor(maxBucket / 4));
    const byKey = (keys: string[]) =>
      bucket.map((_, k) => k).sort((p, q) => (keys[p] < keys[q] ? -1 : keys[p] > keys[q] ? 1 : 0));
    const first = byKey(bucket.map((i) => consonants(forms[i].joined) + ' ' + nodes[i].norm));
    const second = byKey(bucket.map((i) => [...nodes[i].norm].reverse().join('')));
    const pos1 = new Int32Array(bucket.length);
    first.forEach((k, x) => (pos1[k] = x));
    for (const [order, isSecond] of [[first, false], [second, true]] as const) {
      for (let x = 0; x < order.length; x++) {
        for (let y = x + 1; y < order.length && y <= x + window; y++) {
          // pairs already neighbours in the first order are done
          if (isSecond && Math.abs(pos1[order[x]] - pos1[order[y]]) <= window) continue;
          tryPair(bucket[order[x]], bucket[order[y]], b);
        }
      }
    }
  }
  edges.sort((p, q) => p.d - q.d || nodes[q.a].count + nodes[q.b].count - nodes[p.a].count - nodes[p.b].count);

  const matched = new Map<number, number>();
  const adj: { n: number; d: number }[][] = nodes.map(() => []);
  for (const e of edges) {
    matched.set(e.a < e.b ? e.a * N + e.b : e.b * N + e.a, e.d);
    adj[e.a].push({ n: e.b, d: e.d });
    adj[e.b].push({ n: e.a, d: e.d });
  }
  const isMatch = (x: number, y: number) => matched.has(x < y ? x * N + y : y * N + x);
  const uf = new UnionFind(N);

  if (linkage === 'average') {
    // Frequent spellings first; each joins the one cluster whose members
    // (weighted by count) it mostly matches, so rare in-between spellings
    // cannot chain two names together.
    const order = nodes.map((_, i) => i).sort((p, q) => nodes[q].count - nodes[p].count || (nodes[p].norm < nodes[q].norm ? -1 : nodes[p].norm > nodes[q].norm ? 1 : 0));
    const placed = new Uint8Array(N);
    const w = (i: number) => Math.max(nodes[i].count, 1e-3); // count 0 still weighs
    const weight = new Float64Array(N); // total weight of a cluster (by root)
    for (const x of order) {
      let best = -1;
      let bestScore = 0;
      let bestD = Infinity;
      const seenRoots = new Set<number>();
      for (const { n: y } of adj[x]) {
        if (!placed[y]) continue;
        const r = uf.find(y);
        if (seenRoots.has(r)) continue;
        seenRoots.add(r);
        let hit = 0;
        let dsum = 0;
        let blocked = false;
        for (const m of uf.members[r]) {
          const id = x < m ? x * N + m : m * N + x;
          const d = matched.get(id);
          if (d !== undefined) {
            hit += w(m);
            dsum += d * w(m);
          } else if (distinct.length && blockedAny(distinct, nodes[x].norm, nodes[m].norm)) {
            blocked = true;
            break;
          }
        }
        if (blocked) continue;
        const score = hit / weight[r];
        const meanD = dsum / Math.max(hit, 1e-9);
        if (score > bestScore + 1e-12 || (Math.abs(score - bestScore) <= 1e-12 && meanD < bestD)) {
          best = r;
          bestScore = score;
          bestD = meanD;
        }
      }
      placed[x] = 1;
      if (best >= 0 && bestScore >= 0.5) {
        const total = weight[best] + w(x);
        uf.union(best, x);
        weight[uf.find(x)] = total;
      } else weight[x] = w(x);
    }
  } else {
    // single or complete linkage over edges by increasing distance
    for (const e of edges) {
      const ra = uf.find(e.a);
      const rb = uf.find(e.b);
      if (ra === rb) continue;
      let ok = true;
      outer: for (const x of uf.members[ra]) {
        for (const y of uf.members[rb]) {
          if (linkage === 'complete' ? !isMatch(x, y) : blockedAny(distinct, nodes[x].norm, nodes[y].norm)) {
            ok = false;
            break outer;
          }
        }
      }
      if (ok) uf.union(ra, rb);
    }
  }

  const clusters: NameCluster[] = [];
  for (let r = 0; r < N; r++) {
    if (uf.find(r) !== r) continue;
    const ns = uf.members[r].map((i) => nodes[i]);
    clusters.push(makeCluster(ns, distinct, tolerance, key));
  }
  for (const it of loose) clusters.push({ canonical: it.text, members: [it], count: it.count });
  clusters.sort((p, q) => q.count - p.count || (p.canonical < q.canonical ? -1 : p.canonical > q.canonical ? 1 : 0));
  return clusters;
}

function makeCluster(ns: Node[], distinct: readonly DistinctIndex[], tolerance: number, key: ReturnType<typeof nameKey>): NameCluster {
  const members: { item: NameItem; node: Node }[] = [];
  for (const n of ns) for (const it of n.items) members.push({ item: it, node: n });
  members.sort((p, q) => q.item.count - p.item.count || (p.item.text < q.item.text ? -1 : p.item.text > q.item.text ? 1 : 0));
  const total = members.reduce((s, m) => s + m.item.count, 0);
  const top = members.filter((m) => m.item.count === members[0].item.count);
  const out: NameCluster = { canonical: members[0].item.text, members: members.map((m) => m.item), count: total };
  if (top.length > 1) {
    // the most central spelling: least count-weighted distance to the others
    let best = top[0];
    let bestScore = Infinity;
    for (const t of top) {
      let s = 0;
      for (const m of members) {
        if (m === t) continue;
        const d = matchNormalized(t.node.norm, m.node.norm, distinct, tolerance, key);
        s += m.item.count * (d < 0 ? 2 : d);
      }
      // prefer plain ASCII spellings on equal centrality
      if (!/^[\x20-\x7e]*$/.test(t.item.text)) s += 1e-6;
      if (s < bestScore - 1e-12) {
        bestScore = s;
        best = t;
      }
    }
    out.canonical = best.item.text;
    out.tie = true;
  }
  return out;
}
