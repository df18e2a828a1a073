import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { registerUnicodeLike, unicodeLike } from "./sqlite-like";

describe("unicodeLike", () => {
  it("ignores the case of every letter, not only ASCII", () => {
    expect(unicodeLike("%özd%", "Özdemir")).toBe(1);
    expect(unicodeLike("ärzte%", "Ärztekammer")).toBe(1);
    expect(unicodeLike("%ÉLAN%", "élan vital")).toBe(1);
    expect(unicodeLike("%oz%", "Özdemir")).toBe(0);
  });

  it("keeps SQLite's wildcards, escape and NULL", () => {
    expect(unicodeLike("a_c", "abc")).toBe(1);
    expect(unicodeLike("a_c", "ac")).toBe(0);
    // _ is one character, not one UTF-16 unit
    expect(unicodeLike("_", "😀")).toBe(1);
    expect(unicodeLike("%", "")).toBe(1);
    expect(unicodeLike("a%", "a\nb")).toBe(1);
    expect(unicodeLike("%50\\%%", "Cut by 50%", "\\")).toBe(1);
    expect(unicodeLike("%50\\%%", "Cut by 500", "\\")).toBe(0);
    expect(unicodeLike("a\\_b", "axb", "\\")).toBe(0);
    expect(unicodeLike("a\\_b", "A_B", "\\")).toBe(1);
    expect(unicodeLike("abc\\", "abc", "\\")).toBe(0);
    expect(unicodeLike(null, "x")).toBeNull();
    expect(unicodeLike("x", null)).toBeNull();
    expect(() => unicodeLike("x", "x", "ab")).toThrow("single character");
    // the escape character is taken as written: with ESCAPE 'X', a lower-case x is a plain letter
    expect(unicodeLike("aX_b", "A_B", "X")).toBe(1);
    expect(unicodeLike("ax%", "AXYZ", "X")).toBe(1);
    // the common search, %text%, is a substring test
    expect(unicodeLike("%özdemir%", "Ayşe ÖZDEMIR")).toBe(1);
    expect(unicodeLike("%özdemir%", "Ayşe Özdem")).toBe(0);
  });

  it("stays fast on a pattern that would make a regular expression backtrack for ages", () => {
    const started = performance.now();
    expect(unicodeLike("%a%a%a%a%a%a%a%a%b", "a".repeat(2_000))).toBe(0);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe("registerUnicodeLike", () => {
  const db = new Database(":memory:");
  afterAll(() => db.close());

  it("replaces LIKE with and without ESCAPE on a connection", () => {
    registerUnicodeLike(db);
    const row = db.prepare("SELECT 'Özdemir' LIKE '%özd%' AS plain, 'a_b' LIKE ? ESCAPE '\\' AS escaped, 'axb' LIKE ? ESCAPE '\\' AS literal").get("%A\\_B%", "%a\\_b%");
    expect(row).toEqual({ plain: 1, escaped: 1, literal: 0 });
  });

  it("takes a backslash as the escape of a LIKE without ESCAPE, as PostgreSQL does (Prisma's contains writes none)", () => {
    registerUnicodeLike(db);
    const like = (text: string, pattern: string) => (db.prepare("SELECT ? LIKE ? AS m").get(text, pattern) as { m: number }).m;
    expect(like("Cut by 50%", "%50\\%%")).toBe(1);
    expect(like("Cut by 500", "%50\\%%")).toBe(0);
    expect(like("A_B GmbH", "%a\\_b%")).toBe(1);
    expect(like("axb", "%a\\_b%")).toBe(0);
    expect(like("C:\\Temp", "%c:\\\\temp%")).toBe(1);
    expect(like("C:Temp", "%c:\\\\temp%")).toBe(0);
    // unescaped, % and _ stay wildcards
    expect(like("axb", "%a_b%")).toBe(1);
  });
});
