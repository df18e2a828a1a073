import { describe, expect, it } from "vitest";
import { memoize } from "./memo";

function counted(capacity?: number, maxChars?: number) {
  const calls: string[] = [];
  const f = memoize((key: string) => {
    calls.push(key);
    return { key };
  }, capacity, maxChars);
  return { f, calls };
}

describe("memoize", () => {
  it("computes a key once while it is kept", () => {
    const { f, calls } = counted();
    const first = f("Anna Schmidt");
    expect(f("Anna Schmidt")).toBe(first);
    expect(calls).toEqual(["Anna Schmidt"]);
  });

  it("drops the oldest entry when the number of entries is at its bound", () => {
    const { f, calls } = counted(2);
    f("a");
    f("b");
    f("c"); // drops "a"
    f("b");
    f("a");
    expect(calls).toEqual(["a", "b", "c", "a"]);
  });

  it("keeps the characters of its keys within the budget, dropping the oldest", () => {
    const { f, calls } = counted(100, 40);
    const [a, b, c] = ["a".repeat(10), "b".repeat(10), "c".repeat(10)];
    f(a);
    f(b);
    f(c);
    f(a); // kept: 30 characters in all
    f("d".repeat(10)); // 40: still within
    f("e".repeat(10)); // would be 50: "a…" goes, the oldest
    f(b);
    f(a);
    expect(calls).toEqual([a, b, c, "d".repeat(10), "e".repeat(10), a]);
  });

  it("keeps only the last key larger than a quarter of the budget, apart from the others", () => {
    const { f, calls } = counted(100, 40);
    f("small");
    const [big, other] = ["x".repeat(11), "y".repeat(11)];
    f(big);
    f(big); // kept
    f(other); // replaces it
    f(big);
    f("small"); // never pushed out by the large ones
    expect(calls).toEqual(["small", big, other, big]);
  });
});
