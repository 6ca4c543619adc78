/**
 * The first level of the term trie: first words by the hash `scan` computes,
 * in an open-addressing table of typed arrays. A compiled index of 40,000
 * first words then costs two typed arrays and a list of keys at start-up; a
 * word's trie node (an object) is made only when a text has the word, and
 * its terms (a group, TermMatcher.addLater) loaded then.
 */
export class FirstWords<N> {
  private hashes = new Int32Array(64);
  /** Per slot: 0 = empty, else the word's index + 1. */
  private slots = new Int32Array(64);
  private mask = 63;
  readonly keys: string[] = [];
  private readonly nodes: Array<N | undefined> = [];
  /** Per word: the group of terms still to load, or -1. */
  private readonly groups: number[] = [];

  get count(): number {
    return this.keys.length;
  }

  /** Is there a first word with this hash? (One typed-array read for most words.) */
  has(h: number): boolean {
    for (let i = h & this.mask; this.slots[i] !== 0; i = (i + 1) & this.mask) if (this.hashes[i] === (h | 0)) return true;
    return false;
  }

  /** The index of the first word `key` (hash `h`), or -1. */
  find(h: number, key: string): number {
    for (let i = h & this.mask; this.slots[i] !== 0; i = (i + 1) & this.mask) {
      if (this.hashes[i] === (h | 0) && this.keys[this.slots[i] - 1] === key) return this.slots[i] - 1;
    }
    return -1;
  }

  /** Add a first word (not already in); its index. */
  add(h: number, key: string, group = -1): number {
    if (2 * (this.keys.length + 1) > this.slots.length) this.grow();
    const index = this.keys.length;
    this.keys.push(key);
    this.nodes.push(undefined);
    this.groups.push(group);
    this.place(h, index);
    return index;
  }

  /** The group of terms word `index` still has to load (-1: none); taking it clears it. */
  takeGroup(index: number): number {
    const g = this.groups[index];
    this.groups[index] = -1;
    return g;
  }

  hasGroup(index: number): boolean {
    return this.groups[index] >= 0;
  }

  node(index: number): N | undefined {
    return this.nodes[index];
  }

  setNode(index: number, node: N): void {
    this.nodes[index] = node;
  }

  /** Every first word's hash. */
  forEachHash(cb: (h: number) => void): void {
    for (let i = 0; i < this.slots.length; i++) if (this.slots[i] !== 0) cb(this.hashes[i] >>> 0);
  }

  private place(h: number, index: number): void {
    let i = h & this.mask;
    while (this.slots[i] !== 0) i = (i + 1) & this.mask;
    this.hashes[i] = h | 0;
    this.slots[i] = index + 1;
  }

  private grow(): void {
    const oldHashes = this.hashes;
    const oldSlots = this.slots;
    this.hashes = new Int32Array(oldSlots.length * 2);
    this.slots = new Int32Array(oldSlots.length * 2);
    this.mask = this.slots.length - 1;
    for (let i = 0; i < oldSlots.length; i++) if (oldSlots[i] !== 0) this.place(oldHashes[i], oldSlots[i] - 1);
  }
}
