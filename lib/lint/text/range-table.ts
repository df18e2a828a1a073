/**
 * A hash table keyed by strings that are looked up as a range of another string: "is
 * text[start, end) a known word?" without slicing the word out first. A Map would need a new
 * string per lookup, and hashing a fresh string costs more than the lookup (~100 ns; the linter
 * looks up several hundred words per keystroke).
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the char codes of s[start, end). */
export function hashRange(s: string, start: number, end: number): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** hashRange, one character further: hashRange(s, a, b + 1) === extendHash(hashRange(s, a, b), s.charCodeAt(b)). */
export function extendHash(hash: number, charCode: number): number {
  return Math.imul(hash ^ charCode, FNV_PRIME);
}

export const EMPTY_HASH = FNV_OFFSET;

/** Whether s[start, end) is the string key. */
export function equalsRange(key: string, s: string, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== s.charCodeAt(start + i)) return false;
  return true;
}

export class RangeTable<V> {
  private keys: string[] = [];
  private values: V[] = [];
  private slots = new Int32Array(64).fill(-1);

  /** At most this many keys; a full table starts over (a cache of computed values may). */
  constructor(private readonly capacity = Infinity) {}

  get size(): number {
    return this.keys.length;
  }

  get(text: string, start: number, end: number): V | undefined {
    return this.getHashed(hashRange(text, start, end), text, start, end);
  }

  /** get() for a caller that has hashRange(text, start, end) already. */
  getHashed(hash: number, text: string, start: number, end: number): V | undefined {
    const mask = this.slots.length - 1;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const k = this.slots[i];
      if (k < 0) return undefined;
      if (equalsRange(this.keys[k], text, start, end)) return this.values[k];
    }
  }

  clear(): void {
    this.keys = [];
    this.values = [];
    this.slots = new Int32Array(64).fill(-1);
  }

  /** Adds a key that is not in the table yet. */
  add(key: string, value: V): void {
    if (this.keys.length >= this.capacity) this.clear();
    if ((this.keys.length + 1) * 2 > this.slots.length) this.grow();
    this.keys.push(key);
    this.values.push(value);
    this.place(this.keys.length - 1);
  }

  private place(k: number) {
    const key = this.keys[k];
    const mask = this.slots.length - 1;
    let i = hashRange(key, 0, key.length) & mask;
    while (this.slots[i] >= 0) i = (i + 1) & mask;
    this.slots[i] = k;
  }

  private grow() {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    for (let k = 0; k < this.keys.length; k++) this.place(k);
  }
}
