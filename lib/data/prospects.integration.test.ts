import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/database";
import type { PrismaClient } from "../db-client";
import { createProspect, findProspects, PAGE_SIZE } from "./prospects";
import type { Actor } from "./workspace";

let db: PrismaClient;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ db, cleanup } = createTestDatabase());
}, 60_000);
afterAll(async () => cleanup?.());

async function workspace(name: string): Promise<Actor> {
  const w = await db.workspace.create({ data: { name, members: { create: { name: "Sam", email: `sam@${name}.test` } } }, include: { members: true } });
  return { workspaceId: w.id, memberId: w.members[0].id };
}

describe("a prospect search is a literal substring search on both databases", () => {
  it("takes %, _ and \\ in the search text as themselves", async () => {
    const actor = await workspace("literal");
    for (const form of [
      { name: "Percent Paula", role: "Cut churn by 50%" },
      { name: "Plain Pete", role: "Cut churn by 500 accounts" },
      { name: "Under Uwe", company: "a_b GmbH" },
      { name: "Axb Anton", company: "axb AG" },
      { name: "Slash Sina", role: "Admin of C:\\Temp\\50%" },
      { name: "Temp Tom", role: "Admin of C:Temp" },
    ]) {
      expect((await createProspect(db, actor, form)).ok).toBe(true);
    }
    const names = async (q: string) => (await findProspects(db, actor, { q, sort: "name" })).items.map((p) => p.name);
    expect(await names("50%")).toEqual(["Percent Paula", "Slash Sina"]);
    expect(await names("a_b")).toEqual(["Under Uwe"]);
    expect(await names("A_B")).toEqual(["Under Uwe"]);
    expect(await names("C:\\Temp")).toEqual(["Slash Sina"]);
    expect(await names("\\50%")).toEqual(["Slash Sina"]);
    expect(await names("\\")).toEqual(["Slash Sina"]);
    expect(await names("%_%")).toEqual([]);
  });

  it("passes a backslash-escaped term to LIKE as PostgreSQL does, on SQLite too", async () => {
    const actor = await workspace("escape");
    for (const name of ["a_b", "axb", "100%", "1000", "back\\slash"]) await db.prospect.create({ data: { workspaceId: actor.workspaceId, name } });
    const names = async (contains: string) => (await db.prospect.findMany({ where: { workspaceId: actor.workspaceId, name: { contains } }, orderBy: { name: "asc" } })).map((p) => p.name);
    expect(await names("a\\_b")).toEqual(["a_b"]);
    expect(await names("100\\%")).toEqual(["100%"]);
    expect(await names("k\\\\s")).toEqual(["back\\slash"]);
    // unescaped, they are wildcards on both
    expect(await names("a_b")).toEqual(["a_b", "axb"]);
  });

  it("reads no more than a page of prospects for a search with % or _", async () => {
    const actor = await workspace("paged");
    await db.prospect.createMany({ data: Array.from({ length: PAGE_SIZE + 30 }, (_, i) => ({ workspaceId: actor.workspaceId, name: `Deal 10% ${String(i).padStart(3, "0")}` })) });
    // the prospects' rows as they come back from the database
    const read: number[] = [];
    const counted = new Proxy(db, {
      get(target, prop) {
        if (prop !== "prospect") return Reflect.get(target, prop);
        return new Proxy(target.prospect, {
          get(delegate, operation) {
            const fn = Reflect.get(delegate, operation);
            if (operation !== "findMany" || typeof fn !== "function") return fn;
            return async (...args: unknown[]) => {
              const rows: unknown[] = await fn.apply(delegate, args);
              read.push(rows.length);
              return rows;
            };
          },
        });
      },
    });
    // in exact case: databaseKindOf does not know the proxy, and PostgreSQL minds case without the insensitive mode
    const page = await findProspects(counted, actor, { q: "Deal 10%", sort: "name" });
    expect(page.total).toBe(PAGE_SIZE + 30);
    expect(page.items).toHaveLength(PAGE_SIZE);
    expect(Math.max(...read)).toBe(PAGE_SIZE);
  });
});
