import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rebuildDashboardStats } from "../lib/data/dashboard-stats";
import { eraseProspect } from "../lib/data/gdpr";
import { saveMessage } from "../lib/data/messages";
import type { Actor } from "../lib/data/workspace";
import { dashboardTables } from "./dashboard-tables";
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

  it("erasing a prospect while others send: the dashboard's week rows equal a rebuild", async () => {
    const ws = actors[0].workspaceId;
    const [gone, stays] = await Promise.all(["Gone Prospect", "Stays Prospect"].map((name) => t.db.prospect.create({ data: { workspaceId: ws, name } })));
    for (let i = 0; i < 12; i++) {
      const r = await saveMessage(t.db, actors[i % actors.length], { channel: "message", prospectId: gone.id, body: `Hi Gone, your post on onboarding stalls rang true (${i}). Worth a look?`, idempotencyKey: `erase-gone-${i}` }, true);
      expect(r.ok, JSON.stringify(r)).toBe(true);
    }
    // the erase reads and rewrites the week rows the sends increment (under the workspace's lock)
    const sends = Array.from({ length: 16 }, (_, i) =>
      saveMessage(t.db, actors[i % actors.length], { channel: "message", prospectId: stays.id, body: `Hi Stays, your post on pricing pages rang true (${i}). Worth a look?`, idempotencyKey: `erase-stays-${i}` }, true),
    );
    const [erased, ...results] = await Promise.all([eraseProspect(t.db, actors[0], gone.id), ...sends]);
    expect(erased).toBe(true);
    expect(results.every((r) => r.ok)).toBe(true);
    // (the streaks' latest author aside: sends within the same millisecond tie, and which one a
    // rebuild takes as the latest is arbitrary)
    const tables = async () => {
      const { streaks, ...rest } = await dashboardTables(t.db, ws);
      return { ...rest, streaks: streaks.map(({ authorId: _, ...s }) => s) };
    };
    const incremental = await tables();
    await rebuildDashboardStats(t.db, ws);
    expect(incremental).toEqual(await tables());
  }, 60_000);

  // (SQLite runs one write transaction at a time: no lock to wait for)
  if (TEST_DATABASE_KIND === "postgres") it("an erase waits for the workspace's dashboard lock, as sends do", async () => {
    const ws = actors[0].workspaceId;
    const p = await t.db.prospect.create({ data: { workspaceId: ws, name: "Locked Prospect" } });
    const sent = await saveMessage(t.db, actors[0], { channel: "message", prospectId: p.id, body: "Hi Locked, your post on churn rang true. Worth a look?", idempotencyKey: "erase-locked-1" }, true);
    expect(sent.ok).toBe(true);
    // another transaction holds the lock a send takes while it changes the week rows
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let locked!: () => void;
    const lockTaken = new Promise<void>((r) => (locked = r));
    const holder = t.db.$transaction(async (tx) => {
      await tx.$queryRawUnsafe(`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtext($1))) AS l`, `dashboard-stats:${ws}`);
      locked();
      await held;
    }, { timeout: 30_000 });
    await lockTaken;
    let done = false;
    const erase = eraseProspect(t.db, actors[0], p.id).then((r) => ((done = true), r));
    await new Promise((r) => setTimeout(r, 700));
    expect(done).toBe(false);
    release();
    await holder;
    expect(await erase).toBe(true);
  }, 60_000);

  // a send to the prospect being erased holds the prospect's row (its message's foreign key) and
  // then asks for the dashboard lock: the erase must not hold that lock while it waits for the row
  if (TEST_DATABASE_KIND === "postgres") it("an erase and a send to the same prospect do not deadlock", async () => {
    const ws = actors[0].workspaceId;
    const p = await t.db.prospect.create({ data: { workspaceId: ws, name: "Contested Prospect" } });
    let proceed!: () => void;
    const go = new Promise<void>((r) => (proceed = r));
    let rowHeld!: () => void;
    const held = new Promise<void>((r) => (rowHeld = r));
    // what a send does, in its order: the row (as an insert's foreign key check does), then the lock
    const send = t.db.$transaction(async (tx) => {
      await tx.$queryRawUnsafe(`SELECT "id" FROM "Prospect" WHERE "id" = $1 FOR KEY SHARE`, p.id);
      rowHeld();
      await go;
      await tx.$queryRawUnsafe(`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtext($1))) AS l`, `dashboard-stats:${ws}`);
    }, { timeout: 30_000 });
    await held;
    const erase = eraseProspect(t.db, actors[0], p.id);
    await new Promise((r) => setTimeout(r, 500)); // the erase gets as far as it can
    proceed();
    await expect(send).resolves.toBeUndefined();
    await expect(erase).resolves.toBe(true);
  }, 60_000);
});
