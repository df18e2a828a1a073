/**
 * Hash tables keyed by strings that are looked up as a range of another string: "is
 * text[start, end) a known word?" without slicing the word out first. A Map would need a new
 * string per lookup, and hashing a fresh string costs more than the lookup (the linter looks up
 * several hundred words per keystroke).
 *
 * The tables hold thousands of words (every word seen, for the stems and the phrase index), and
 * a lookup that has to visit a slot array, a key string and a value object waits on memory three
 * or four times. So each slot is one record in a flat Int32Array: the hash, the length, the first
 * eight characters packed two to an int (longer keys continue in a character arena) and the
 * value. A lookup mostly touches a single cache line.
 */

const FNV_OFFSET = 0x811c9dc5 | 0; // as an int32, as the hashes are stored
const FNV_PRIME = 0x01000193;

/** FNV-1a over the char codes of s[start, end). */
export function hashRange(s: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** Whether s[start, end) is the string key. */
export function equalsRange(key: string, s: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== s.charCodeAt(start + i)) return false;
  return true;
}

// A record: hash, length (-1: empty slot), four ints of packed characters, arena offset, value.
const RECORD = 8;
const HASH = 0;
const LENGTH = 1;
const PACKED = 2;
const PACKED_CHARS = 8;
const ARENA = 6;
const VALUE = 7;

/** Strings mapped to non-negative ints; get() answers -1 for a string that is not there. */
export class RangeIndex {
  private records = new Int32Array(64 * RECORD).fill(-1);
  private mask = 63;
  private arena = new Uint16Array(256);
  private arenaUsed = 0;
  private count = 0;

  /** At most this many keys; a full table starts over (a cache of computed values may). */
  constructor(private readonly capacity = Infinity) {}

  get size(): number {
    return this.count;
  }

  get(text: string, start: number, end: number): number {
    const h = hashRange(text, start, end);
    const records = this.records;
    const length = end - start;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const r = slot * RECORD;
      const l = records[r + LENGTH];
      if (l === -1) return -1;
      if (l === length && records[r + HASH] === h && this.keyEquals(r, text, start, end)) return records[r + VALUE];
    }
  }

  private keyEquals(r: number, text: string, start: number, end: number): boolean {
    const records = this.records;
    const packedEnd = Math.min(end, start + PACKED_CHARS);
    for (let i = start, p = r + PACKED; i < packedEnd; i += 2, p++) {
      const pair = text.charCodeAt(i) | (i + 1 < packedEnd ? text.charCodeAt(i + 1) << 16 : 0);
      if (records[p] !== pair) return false;
    }
    const arena = this.arena;
    for (let i = start + PACKED_CHARS, a = records[r + ARENA]; i < end; i++, a++) if (arena[a] !== text.charCodeAt(i)) return false;
    return true;
  }

  /** Adds a key that is not in the table yet. */
  add(key: string, value: number): void {
    if (this.count >= this.capacity) this.clear();
    if ((this.count + 1) * 2 > this.mask + 1) this.grow();
    this.place(key, hashRange(key, 0, key.length), value);
    this.count++;
  }

  clear(): void {
    this.records = new Int32Array(64 * RECORD).fill(-1);
    this.mask = 63;
    this.arenaUsed = 0;
    this.count = 0;
  }

  private place(key: string, h: number, value: number) {
    let slot = h & this.mask;
    while (this.records[slot * RECORD + LENGTH] !== -1) slot = (slot + 1) & this.mask;
    const r = slot * RECORD;
    const records = this.records;
    records[r + HASH] = h;
    records[r + LENGTH] = key.length;
    for (let i = 0, p = r + PACKED; i < PACKED_CHARS; i += 2, p++) {
      records[p] = i < key.length ? key.charCodeAt(i) | (i + 1 < key.length ? key.charCodeAt(i + 1) << 16 : 0) : 0;
    }
    records[r + ARENA] = this.arenaUsed;
    records[r + VALUE] = value;
    if (key.length > PACKED_CHARS) {
      const rest = key.length - PACKED_CHARS;
      if (this.arenaUsed + rest > this.arena.length) {
        const grown = new Uint16Array(Math.max(this.arena.length * 2, this.arenaUsed + rest));
        grown.set(this.arena);
        this.arena = grown;
      }
      for (let i = 0; i < rest; i++) this.arena[this.arenaUsed + i] = key.charCodeAt(PACKED_CHARS + i);
      this.arenaUsed += rest;
    }
  }

  private grow() {
    const old = this.records;
    this.records = new Int32Array(old.length * 2).fill(-1);
    this.mask = this.mask * 2 + 1;
    for (let r = 0; r < old.length; r += RECORD) {
      const length = old[r + LENGTH];
      if (length === -1) continue;
      let slot = old[r + HASH] & this.mask;
      while (this.records[slot * RECORD + LENGTH] !== -1) slot = (slot + 1) & this.mask;
      this.records.set(old.subarray(r, r + RECORD), slot * RECORD);
    }
  }
}

/** Strings mapped to values of any kind, looked up as ranges (see RangeIndex). */
export class RangeTable<V> {
  private readonly index = new RangeIndex();
  private values: V[] = [];

  /** At most this many keys; a full table starts over (a cache of computed values may). */
  constructor(private readonly capacity = Infinity) {}

  get size(): number {
    return this.index.size;
  }

  get(text: string, start: number, end: number): V | undefined {
    const i = this.index.get(text, start, end);
    return i === -1 ? undefined : this.values[i];
  }

  /** Adds a key that is not in the table yet. */
  add(key: string, value: V): void {
    if (this.index.size >= this.capacity) this.clear();
    this.index.add(key, this.values.length);
    this.values.push(value);
  }

  clear(): void {
    this.index.clear();
    this.values = [];
  }
}
