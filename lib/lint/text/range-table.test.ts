import { describe, expect, it } from "vitest";
import { rng } from "../../bench/corpus";
import { RangeIndex, RangeTable } from "./range-table";

const random = rng(5);
const CHARS = ["a", "b", "z", "ä", "ß", "1", " ", "-", "'", "😀", "\ud800", "\u0301", "Σ"];

function someKey(): string {
  let key = "";
  const length = Math.floor(random() * 14); // short keys fit the record, longer ones go on in the arena
  for (let i = 0; i < length; i++) key += CHARS[Math.floor(random() * CHARS.length)];
  return key;
}

describe("RangeIndex", () => {
  it("finds exactly the keys it holds, as ranges of other strings, across growth", () => {
    const index = new RangeIndex();
    const known = new Map<string, number>();
    for (let n = 0; n < 5_000; n++) {
      const key = someKey();
      if (!known.has(key)) {
        known.set(key, n);
        index.add(key, n);
      }
      const probe = someKey();
      const text = `«${probe}»`;
      expect(index.get(text, 1, 1 + probe.length)).toBe(known.get(probe) ?? -1);
    }
    for (const [key, value] of known) expect(index.get(`x${key}y`, 1, 1 + key.length)).toBe(value);
    expect(index.size).toBe(known.size);
  });

  it("starts over when full", () => {
    const table = new RangeTable<string>(3);
    for (const w of ["a", "b", "c"]) table.add(w, w.toUpperCase());
    expect(table.get("c", 0, 1)).toBe("C");
    table.add("d", "D");
    expect(table.size).toBe(1);
    expect(table.get("a", 0, 1)).toBeUndefined();
    expect(table.get("d", 0, 1)).toBe("D");
  });
});
