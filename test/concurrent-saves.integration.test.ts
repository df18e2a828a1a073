import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveMessage } from "../lib/data/messages";
import type { Actor } from "../lib/data/workspace";
import { createTestDatabase, TEST_DATABASE_KIND, type TestDatabase } from "./database";

// Many members sending at once in one workspace (SQLite and PostgreSQL): every message is stored
// once, and the dashboard's week rows count every one of them (read-modify-write under a lock).

let t: TestDatabase;
let actors: Actor[];

beforeAll(async () => {
  t = createTestDatabase();
  const ws = await t.db.workspace.create({
    data: { name: "Busy", members: { create: Array.from({ length: 4 }, (_, i) => ({ name: `Rep ${i}`, email: `rep${i}@busy.test` })) } },
    include: { members: true },
  });
  actors = ws.members.map((m) => ({ workspaceId: ws.id, memberId: m.id }));
}, 60_000);
afterAll(async () => t?.cleanup());

describe(`concurrent saves (${TEST_DATABASE_KIND})`, () => {
  it("40 sends at once: 40 messages, 40 counted on the dashboard, retries with the same key stored once", async () => {
    const sends = Array.from({ length: 40 }, (_, i) =>
      saveMessage(t.db, actors[i % actors.length], { channel: "message", body: `Hi Anna, your post on onboarding stalls rang true (${i}). Worth a look?`, idempotencyKey: `concurrent-${i}` }, true),
    );
    // every fifth save is sent twice at once, as a double click would
    const retries = Array.from({ length: 8 }, (_, j) =>
      saveMessage(t.db, actors[(j * 5) % actors.length], { channel: "message", body: `Hi Anna, your post on onboarding stalls rang true (${j * 5}). Worth a look?`, idempotencyKey: `concurrent-${j * 5}` }, true),
    );
    const results = await Promise.all([...sends, ...retries]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(await t.db.message.count({ where: { status: "sent" } })).toBe(40);
    const all = await t.db.messageWeekStat.findMany({ where: { channel: "*", language: "*" } });
    expect(all.reduce((s, r) => s + r.sent, 0)).toBe(40);
    const perRep = await t.db.messageWeekStat.groupBy({ by: ["authorId"], where: { channel: "*", language: "*" }, _sum: { sent: true } });
    expect(perRep.map((r) => r._sum.sent).sort()).toEqual([10, 10, 10, 10]);
  }, 60_000);
});
