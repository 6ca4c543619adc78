/**
 * Clustering of name spellings into variant groups.
 *
 * Spellings are normalised (identical normal forms are one node), bucketed by
 * blocking keys, and compared only within a bucket, so the work is near
 * linear in the number of spellings. Matching pairs are merged in order of
 * increasing distance (single linkage) except that a merge is refused when it
 * would put two known-distinct names in one cluster, or (linkage 'complete')
 * when any pair across the two clusters fails the same-name test.
 */

import type { DistinctIndex } from './distinct.js';
import { blockingKeys } from './key.js';
import { normalizeName } from './normalize.js';
import { distinctIndexes, matchNormalized, type NameOptions } from './same.js';

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
  /** 'single' (default): merge on any matching pair unless it joins known-
   *  distinct names; 'complete': every pair across the merge must match */
  linkage?: 'single' | 'complete';
}

interface Node {
  norm: string;
  items: NameItem[];
  count: number;
  len: number;
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
  const linkage = opts.linkage ?? (process.env.NAMES_LINK as 'single' | 'complete' | undefined) ?? 'single';

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
      nodes.push({ norm, items: [], count: 0, len: norm.replace(/ /g, '').length });
    }
    nodes[i].items.push(it);
    nodes[i].count += it.count;
  }

  // blocking
  const buckets = new Map<string, number[]>();
  const multiKey = new Uint8Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) {
    const keys = blockingKeys(nodes[i].norm);
    if (keys.length > 1) multiKey[i] = 1;
    for (const k of keys) {
      const b = buckets.get(k);
      if (b) b.push(i);
      else buckets.set(k, [i]);
    }
  }

  // candidate edges
  const edges: { a: number; b: number; d: number }[] = [];
  const seen = new Set<number>();
  const N = nodes.length;
  const tryPair = (i: number, j: number) => {
    if (multiKey[i] || multiKey[j]) {
      const id = i < j ? i * N + j : j * N + i;
      if (seen.has(id)) return;
      seen.add(id);
    }
    const d = matchNormalized(nodes[i].norm, nodes[j].norm, distinct, tolerance);
    if (d >= 0) edges.push({ a: i, b: j, d });
  };
  for (const bucket of buckets.values()) {
    if (bucket.length < 2) continue;
    for (let x = 0; x < bucket.length; x++) for (let y = x + 1; y < bucket.length; y++) tryPair(bucket[x], bucket[y]);
  }
  edges.sort((p, q) => p.d - q.d || nodes[q.a].count + nodes[q.b].count - nodes[p.a].count - nodes[p.b].count);

  // merging
  const uf = new UnionFind(N);
  for (const e of edges) {
    const ra = uf.find(e.a);
    const rb = uf.find(e.b);
    if (ra === rb) continue;
    const A = uf.members[ra];
    const B = uf.members[rb];
    let ok = true;
    outer: for (const x of A) {
      for (const y of B) {
        if (linkage === 'complete') {
          if (matchNormalized(nodes[x].norm, nodes[y].norm, distinct, tolerance) < 0) {
            ok = false;
            break outer;
          }
        } else if (blockedAny(distinct, nodes[x].norm, nodes[y].norm)) {
          ok = false;
          break outer;
        }
      }
    }
    if (ok) uf.union(ra, rb);
  }

  const clusters: NameCluster[] = [];
  for (let r = 0; r < N; r++) {
    if (uf.find(r) !== r) continue;
    const ns = uf.members[r].map((i) => nodes[i]);
    clusters.push(makeCluster(ns, distinct, tolerance));
  }
  for (const it of loose) clusters.push({ canonical: it.text, members: [it], count: it.count });
  clusters.sort((p, q) => q.count - p.count || (p.canonical < q.canonical ? -1 : p.canonical > q.canonical ? 1 : 0));
  return clusters;
}

function makeCluster(ns: Node[], distinct: readonly DistinctIndex[], tolerance: number): NameCluster {
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
        const d = matchNormalized(t.node.norm, m.node.norm, distinct, tolerance);
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
