/**
 * The message ids of the CALLs an endpoint is still answering: a set of
 * strings made for what it does, one add and one delete per asynchronous
 * answer, and a lookup for every CALL that comes in.
 *
 * A JavaScript Set costs here more than all else an asynchronous answer
 * adds: it grows and shrinks its table as the calls in flight come and go,
 * and compares a new id with others by reading their strings, scattered
 * over the heap. This one is an open-addressing table that keeps each
 * key's hash beside it (most probes end on a number), compares strings only
 * when the hashes match, and keeps a large table while a burst of calls
 * comes and goes; an empty set holds no table. The hash is seeded per
 * process, so ids cannot be chosen to collide.
 */

const SEED = (Math.random() * 0x100000000) | 0;
const INITIAL_CAPACITY = 16;
/** Tables up to this size are given back once empty. */
const SMALL_CAPACITY = 256;
// A set that never held an id allocates no table (a CSMS holds one per station); these are never written.
const NO_KEYS: (string | null | undefined)[] = [];
const NO_HASHES = new Int32Array(0);

/** FNV-1a over the UTF-16 code units, seeded, with a final mix. */
function hashOf(id: string): number {
  let h = SEED ^ 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}

/** A set of message ids (see the module comment). */
export class IdSet {
  /** A key, undefined (never used) or null (deleted). */
  private keys = NO_KEYS;
  private hashes = NO_HASHES;
  private mask = 0;
  /** Slots holding a key or a deletion mark. */
  private used = 0;
  private count = 0;
  // `has` then `add` of the same id hash it once.
  private lastId: string | undefined = undefined;
  private lastHash = 0;

  /** How many ids the set holds. */
  get size(): number {
    return this.count;
  }

  private hash(id: string): number {
    if (id === this.lastId) return this.lastHash;
    const h = hashOf(id);
    this.lastId = id;
    this.lastHash = h;
    return h;
  }

  /** The slot holding `id`, or -1. */
  private find(id: string, h: number): number {
    const keys = this.keys;
    const hashes = this.hashes;
    const mask = this.mask;
    for (let i = h & mask; ; i = (i + 1) & mask) {
      const k = keys[i];
      if (k === undefined) return -1;
      if (hashes[i] === h && k === id) return i;
    }
  }

  /** True when the set holds `id`. */
  has(id: string): boolean {
    return this.count !== 0 && this.find(id, this.hash(id)) >= 0;
  }

  /** Adds `id` (nothing changes when it is there already); returns its hash, for `delete`. */
  add(id: string): number {
    const h = this.hash(id);
    if (this.count !== 0 && this.find(id, h) >= 0) return h;
    // At most half the slots used, deletion marks included: probes stay short.
    if ((this.used + 1) * 2 > this.keys.length) this.rebuild();
    const keys = this.keys;
    const mask = this.mask;
    let i = h & mask;
    while (typeof keys[i] === 'string') i = (i + 1) & mask;
    if (keys[i] === undefined) this.used++;
    keys[i] = id;
    this.hashes[i] = h;
    this.count++;
    return h;
  }

  /** Removes `id` (`hash`: what `add` returned for it, to spare hashing it again); false when it was not there. */
  delete(id: string, hash: number = hashOf(id)): boolean {
    if (this.count === 0) return false;
    const i = this.find(id, hash);
    if (i < 0) return false;
    this.keys[i] = null;
    this.count--;
    if (this.count === 0) {
      // Empty again. A small table is given back: most endpoints answer a call or two at a
      // time, and an idle one should hold nothing. A large one (a burst of calls) is kept,
      // its marks cleared when there are enough of them to pay for the pass.
      if (this.keys.length <= SMALL_CAPACITY) this.clear();
      else if (this.used * 8 >= this.keys.length) {
        this.keys.fill(undefined);
        this.used = 0;
      }
    }
    return true;
  }

  /** Removes every id and gives back the memory of its table. */
  clear(): void {
    this.keys = NO_KEYS;
    this.hashes = NO_HASHES;
    this.mask = 0;
    this.used = 0;
    this.count = 0;
    this.lastId = undefined;
  }

  /** A table four times the ids held (at least the initial size), without deletion marks. */
  private rebuild(): void {
    let capacity = INITIAL_CAPACITY;
    while (capacity < this.count * 4) capacity *= 2;
    const oldKeys = this.keys;
    const oldHashes = this.hashes;
    const keys = new Array<string | null | undefined>(capacity).fill(undefined);
    const hashes = new Int32Array(capacity);
    const mask = capacity - 1;
    for (let j = 0; j < oldKeys.length; j++) {
      const k = oldKeys[j];
      if (typeof k !== 'string') continue;
      let i = oldHashes[j]! & mask;
      while (keys[i] !== undefined) i = (i + 1) & mask;
      keys[i] = k;
      hashes[i] = oldHashes[j]!;
    }
    this.keys = keys;
    this.hashes = hashes;
    this.mask = mask;
    this.used = this.count;
  }
}
