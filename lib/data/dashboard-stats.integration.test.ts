import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dashboardTables } from "../../test/dashboard-tables";
import { createTestDatabase } from "../../test/database";
import type { PrismaClient } from "../db-client";
import type { Prisma } from "../generated/sqlite/client";
import { rebuildDashboardStats, rebuildDashboardStatsScopedIn, refreshStreak } from "./dashboard-stats";
import { eraseProspect } from "./gdpr";
import { dialectOf } from "./sql-dialect";
import type { Actor } from "./workspace";

let db: PrismaClient;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ db, cleanup } = createTestDatabase());
}, 60_000);
afterAll(async () => cleanup?.());

const HOUR = 3_600_000;
const RULES = ["mass-template", "value", "hype", "links", "problem"];
const STATUSES = ["pass", "warn", "fail", "skip"];

interface Call {
  model: string;
  operation: string;
  /** Rows the call returned: a list's length, else 1 (0 for none). */
  rows: number;
}

/** A transaction client whose model calls are recorded, with what they returned: the real database underneath. */
function observing(tx: Prisma.TransactionClient, calls: Call[]): Prisma.TransactionClient {
  return new Proxy(tx, {
    get(target, model) {
      const delegate = Reflect.get(target, model);
      if (typeof model !== "string" || model.startsWith("$") || typeof delegate !== "object" || delegate === null) return delegate;
      return new Proxy(delegate, {
        get(d, operation) {
          const fn = Reflect.get(d, operation);
          if (typeof fn !== "function" || typeof operation !== "string") return fn;
          return async (...args: unknown[]) => {
            const result: unknown = await fn.apply(d, args);
            calls.push({ model, operation, rows: Array.isArray(result) ? result.length : result == null ? 0 : 1 });
            return result;
          };
        },
      });
    },
  });
}

/** The client with every transaction's model calls recorded (eraseProspect works in one). */
function observedClient(client: PrismaClient, calls: Call[]): PrismaClient {
  return new Proxy(client, {
    get(target, prop) {
      if (prop === "$transaction") return (fn: (tx: Prisma.TransactionClient) => Promise<unknown>, options?: object) => target.$transaction((tx) => fn(observing(tx, calls)), options);
      return Reflect.get(target, prop);
    },
  });
}

async function workspace(name: string) {
  const ws = await db.workspace.create({
    data: { name, members: { create: [{ name: "Rita", email: `rita@${name}.test` }, { name: "Paul", email: `paul@${name}.test` }] } },
    include: { members: true },
  });
  const [rita, paul] = ws.members.sort((x, y) => x.email.localeCompare(y.email)).map((m) => m.id);
  const actor: Actor = Object.assign({ workspaceId: ws.id, memberId: rita }, { role: "manager" as const });
  return { id: ws.id, rita, paul, actor };
}

/**
 * `count` sent messages to a prospect, `hours` apart from `start`, with varied authors, channels,
 * languages, scores and checks, every third replied to (every ninth twice), and a draft.
 */
async function thread(workspaceId: string, authors: string[], prospectId: string, count: number, start: Date, hours: number, seed: number) {
  const messages = Array.from({ length: count }, (_, i) => {
    const k = i + seed;
    const score = (k * 37) % 101;
    const verdict = score >= 85 ? "send" : score >= 20 ? "revise" : "block";
    const checks = RULES.map((id, r) => ({ id, status: STATUSES[(k + r * (r + 1)) % 4] }));
    return {
      id: `${prospectId}-m${i}`,
      workspaceId,
      authorId: authors[k % authors.length],
      prospectId,
      status: "sent",
      channel: k % 3 === 0 ? "inmail" : "message",
      language: k % 4 === 0 ? "de" : "en",
      body: `Message ${i}`,
      verdict,
      score,
      lintResult: JSON.stringify({ verdict, score, checks }),
      sentAt: new Date(start.getTime() + i * hours * HOUR),
    };
  });
  await db.message.createMany({ data: messages });
  await db.message.create({ data: { workspaceId, authorId: authors[0], prospectId, status: "draft", channel: "message", language: "en", body: "draft", verdict: "block", score: 0, lintResult: "{}" } });
  const replies = messages
    .filter((_, i) => (i + seed) % 3 === 0)
    .flatMap((m, i) => Array.from({ length: i % 3 === 0 ? 2 : 1 }, (_, n) => ({ messageId: m.id, prospectId, receivedAt: new Date(m.sentAt.getTime() + (n + 1) * HOUR) })));
  await db.reply.createMany({ data: replies });
}

const snapshot = (workspaceId: string) => dashboardTables(db, workspaceId);

describe("erasing a prospect's messages from the dashboard", () => {
  it("leaves the statistics a full rebuild gives, for many messages over several weeks", async () => {
    const w = await workspace("erase-many");
    const [gone, kept, other] = await Promise.all(["Gone", "Kept", "Other"].map((name) => db.prospect.create({ data: { workspaceId: w.id, name } })));
    const monday = new Date("2026-01-05T08:00:00Z");
    // 300 messages over about eight weeks, sharing their week rows with another prospect's...
    await thread(w.id, [w.rita, w.paul], gone.id, 300, monday, 4.5, 0);
    await thread(w.id, [w.paul, w.rita], kept.id, 40, monday, 30, 1);
    // ...and five years of weekly follow-ups in rows of their own, which go (more than one query's worth)
    await db.message.createMany({
      data: Array.from({ length: 260 }, (_, i) => ({ workspaceId: w.id, authorId: w.paul, prospectId: gone.id, status: "sent", channel: "follow-up", language: "de", body: `Late ${i}`, verdict: "send", score: 90 + (i % 11), lintResult: JSON.stringify({ checks: [{ id: "hype", status: "fail" }] }), sentAt: new Date(Date.UTC(2026, 8, 7 + i * 7, 9)) })),
    });
    // rows the erased prospect has no part in stay as they are
    await thread(w.id, [w.rita], other.id, 5, new Date("2026-06-01T08:00:00Z"), 24, 2);
    await rebuildDashboardStats(db, w.id);
    const before = await snapshot(w.id);
    expect(before.checks.some((c) => c.status === "skip")).toBe(true); // which no weekly count may lose
    const weeks = new Set(before.stats.map((r) => r.week));
    expect(weeks.size).toBeGreaterThan(12);

    expect(await eraseProspect(db, w.actor, gone.id)).toBe(true);
    const erased = await snapshot(w.id);
    // rows of the erased prospect's own went, shared ones stayed
    expect(erased.stats.length).toBeLessThan(before.stats.length);
    expect(erased.stats.length).toBeGreaterThan(0);
    expect(erased.stats.filter((r) => r.channel === "*" && r.language === "*").reduce((n, r) => n + r.sent, 0)).toBe(45);
    await rebuildDashboardStats(db, w.id);
    expect(await snapshot(w.id)).toEqual(erased);
  });

  it("takes no warning out of a shared row for an erased message's skipped check", async () => {
    const w = await workspace("erase-skips");
    const [gone, kept] = await Promise.all(["Gone", "Kept"].map((name) => db.prospect.create({ data: { workspaceId: w.id, name } })));
    // one week, author, channel and language: the same four rows
    const checks = (value: string) => JSON.stringify({ checks: [{ id: "value", status: value }, { id: "hype", status: "fail" }, { id: "links", status: "pass" }] });
    const message = (prospectId: string, value: string, i: number) => ({ workspaceId: w.id, authorId: w.rita, prospectId, status: "sent", channel: "message", language: "en", body: `Hi ${i}`, verdict: "revise", score: 50, lintResult: checks(value), sentAt: new Date(Date.parse("2026-05-04T08:00:00Z") + i * HOUR) });
    await db.message.createMany({ data: [message(kept.id, "warn", 0), message(gone.id, "skip", 1), message(gone.id, "skip", 2)] });
    await rebuildDashboardStats(db, w.id);
    expect(await db.messageCheck.count({ where: { workspaceId: w.id, status: "skip" } })).toBe(2);
    expect(await eraseProspect(db, w.actor, gone.id)).toBe(true);
    const erased = await snapshot(w.id);
    expect(erased.stats.map((r) => [r.sent, r.rules])).toEqual(Array.from({ length: 4 }, () => [1, { value: [0, 1], hype: [1, 0] }]));
    await rebuildDashboardStats(db, w.id);
    expect(await snapshot(w.id)).toEqual(erased);
  });

  it("reads the statistics rows in one query and writes each once, however many messages the prospect has", async () => {
    const w = await workspace("erase-calls");
    const [few, many, stays] = await Promise.all(["Few", "Many", "Stays"].map((name) => db.prospect.create({ data: { workspaceId: w.id, name } })));
    // all over the same three weeks, by one author in one channel and language: the same 3 × 4 rows
    const monday = Date.parse("2026-03-02T08:00:00Z");
    const sent = (prospectId: string, count: number, hoursApart: number) =>
      db.message.createMany({
        data: Array.from({ length: count }, (_, i) => ({ workspaceId: w.id, authorId: w.rita, prospectId, status: "sent", channel: "message", language: "en", body: `Hi ${i}`, verdict: "revise", score: i % 100, lintResult: JSON.stringify({ checks: [{ id: RULES[i % 5], status: i % 2 ? "warn" : "fail" }] }), sentAt: new Date(monday + i * hoursApart * HOUR) })),
      });
    await sent(few.id, 24, 20);
    await sent(many.id, 240, 2);
    await sent(stays.id, 3, 7 * 24);
    await rebuildDashboardStats(db, w.id);
    expect(await db.messageWeekStat.count({ where: { workspaceId: w.id } })).toBe(12);

    const erase = async (prospectId: string) => {
      const calls: Call[] = [];
      expect(await eraseProspect(observedClient(db, calls), w.actor, prospectId)).toBe(true);
      return calls.filter((c) => c.model === "messageWeekStat").map((c) => c.operation);
    };
    const expected = ["findMany", ...Array<string>(12).fill("update")];
    expect(await erase(few.id)).toEqual(expected);
    expect(await erase(many.id)).toEqual(expected);
    const left = await snapshot(w.id);
    expect(left.stats.filter((r) => r.channel === "*" && r.language === "*").map((r) => r.sent)).toEqual([1, 1, 1]);
    await rebuildDashboardStats(db, w.id);
    expect(await snapshot(w.id)).toEqual(left);
  });

  it("deletes the rows only the erased prospect's messages filled, in one statement", async () => {
    const w = await workspace("erase-rows");
    const p = await db.prospect.create({ data: { workspaceId: w.id, name: "Only" } });
    await thread(w.id, [w.rita, w.paul], p.id, 50, new Date("2026-04-06T08:00:00Z"), 20, 0);
    await rebuildDashboardStats(db, w.id);
    const calls: Call[] = [];
    expect(await eraseProspect(observedClient(db, calls), w.actor, p.id)).toBe(true);
    expect(calls.filter((c) => c.model === "messageWeekStat").map((c) => c.operation)).toEqual(["findMany", "deleteMany"]);
    expect(await db.messageWeekStat.count({ where: { workspaceId: w.id } })).toBe(0);
  });
});

describe("the unanswered streak", () => {
  it("is counted, not loaded: a long unanswered run reads one message row", async () => {
    const w = await workspace("streak");
    const p = await db.prospect.create({ data: { workspaceId: w.id, name: "Silent" } });
    const start = new Date("2026-02-02T08:00:00Z");
    await db.message.createMany({
      data: Array.from({ length: 600 }, (_, i) => ({ workspaceId: w.id, authorId: i === 599 ? w.paul : w.rita, prospectId: p.id, status: "sent", channel: i === 599 ? "inmail" : "message", language: "en", body: `Ping ${i}`, verdict: "revise", score: 50, lintResult: "{}", sentAt: new Date(start.getTime() + i * HOUR) })),
    });
    // a reply to the 100th: the 500 after it are the run
    await db.reply.create({ data: { messageId: (await db.message.findFirstOrThrow({ where: { prospectId: p.id, body: "Ping 99" } })).id, prospectId: p.id, receivedAt: new Date(start.getTime() + 99.5 * HOUR) } });

    const calls: Call[] = [];
    await db.$transaction((tx) => refreshStreak(observing(tx, calls), w.id, p.id));
    const expected = { prospectId: p.id, workspaceId: w.id, authorId: w.paul, channel: "inmail", language: "en", unanswered: 500, lastSentAt: new Date(start.getTime() + 599 * HOUR) };
    expect(await db.followUpStreak.findUnique({ where: { prospectId: p.id } })).toEqual(expected);
    expect(calls.filter((c) => c.model === "message").reduce((n, c) => n + (c.operation === "count" ? 0 : c.rows), 0)).toBe(1);
    // as a rebuild counts it
    await rebuildDashboardStats(db, w.id);
    expect(await db.followUpStreak.findUnique({ where: { prospectId: p.id } })).toEqual(expected);
  });
});

describe("rebuilding one author's statistics (an archive import's)", () => {
  it("gives what a full rebuild gives, and leaves other authors' rows and untouched prospects' streaks as they are", async () => {
    const w = await workspace("scoped");
    const [shared, pauls] = await Promise.all(["Shared", "Paul's"].map((name) => db.prospect.create({ data: { workspaceId: w.id, name } })));
    const monday = new Date("2026-03-02T08:00:00Z");
    await thread(w.id, [w.rita, w.paul], shared.id, 60, monday, 10, 0);
    await thread(w.id, [w.paul], pauls.id, 20, monday, 30, 1);
    await rebuildDashboardStats(db, w.id);

    // what an import of Rita's adds: messages to the shared prospect (after Paul's latest there) and
    // to more new prospects than one streak statement takes, some replied to, and a reply to an
    // earlier message of hers
    const fresh = Array.from({ length: 1_100 }, (_, i) => ({ id: `scoped-p${i}`, workspaceId: w.id, name: `New ${i}` }));
    await db.prospect.createMany({ data: fresh });
    const checks = (i: number) => JSON.stringify({ checks: RULES.map((id, r) => ({ id, status: STATUSES[(i + r) % 4] })) });
    const added = [...fresh.map((p) => p.id), shared.id, shared.id].map((prospectId, i) => ({ id: `scoped-m${i}`, workspaceId: w.id, authorId: w.rita, prospectId, status: "sent", channel: i % 2 ? "follow-up" : "message", language: i % 3 ? "en" : "de", body: `Imported ${i}`, verdict: "revise", score: i % 101, lintResult: checks(i), sentAt: new Date(Date.UTC(2026, 5, 1 + (i % 90), 9)) }));
    await db.message.createMany({ data: added });
    const earlier = await db.message.findFirstOrThrow({ where: { authorId: w.rita, prospectId: shared.id, status: "sent", replies: { none: {} } }, orderBy: { sentAt: "asc" } });
    const replies = [...added.filter((_, i) => i % 5 === 0 && i < 1_100), earlier].map((m) => ({ messageId: m.id, prospectId: m.prospectId!, receivedAt: new Date(m.sentAt!.getTime() + HOUR) }));
    await db.reply.createMany({ data: replies });

    // rows a full rebuild would put right, which the scoped one must not touch
    const paulsRow = await db.messageWeekStat.findFirstOrThrow({ where: { workspaceId: w.id, authorId: w.paul } });
    const paulsKey = { workspaceId: w.id, week: paulsRow.week, authorId: w.paul, channel: paulsRow.channel, language: paulsRow.language };
    await db.messageWeekStat.update({ where: { workspaceId_week_authorId_channel_language: paulsKey }, data: { sent: { increment: 1_000 } } });
    const paulsCheck = await db.messageCheck.findFirstOrThrow({ where: { workspaceId: w.id, status: "skip", message: { authorId: w.paul } } });
    await db.messageCheck.delete({ where: { messageId_ruleId: { messageId: paulsCheck.messageId, ruleId: paulsCheck.ruleId } } });
    const untouched = await db.followUpStreak.findUniqueOrThrow({ where: { prospectId: pauls.id } });
    await db.followUpStreak.update({ where: { prospectId: pauls.id }, data: { unanswered: { increment: 1_000 } } });

    const prospectIds = new Set([...added, ...replies].map((m) => m.prospectId!));
    await db.$transaction((tx) => rebuildDashboardStatsScopedIn(tx, dialectOf(db), w.id, { authorIds: [w.rita], prospectIds }), { timeout: 60_000 });
    expect((await db.messageWeekStat.findUniqueOrThrow({ where: { workspaceId_week_authorId_channel_language: paulsKey } })).sent).toBe(paulsRow.sent + 1_000);
    expect(await db.messageCheck.findUnique({ where: { messageId_ruleId: { messageId: paulsCheck.messageId, ruleId: paulsCheck.ruleId } } })).toBeNull();
    expect((await db.followUpStreak.findUniqueOrThrow({ where: { prospectId: pauls.id } })).unanswered).toBe(untouched.unanswered + 1_000);

    // put back, the tables are what a full rebuild makes of them
    await db.messageWeekStat.update({ where: { workspaceId_week_authorId_channel_language: paulsKey }, data: { sent: paulsRow.sent } });
    await db.messageCheck.create({ data: paulsCheck });
    await db.followUpStreak.update({ where: { prospectId: pauls.id }, data: { unanswered: untouched.unanswered } });
    const scoped = await snapshot(w.id);
    // 880 of the new prospects were not answered: those after the first thousand came in a second statement
    expect(scoped.streaks.filter((s) => s.prospectId.startsWith("scoped-p")).length).toBe(880);
    expect(scoped.streaks.find((s) => s.prospectId === shared.id)?.authorId).toBe(w.rita);
    await rebuildDashboardStats(db, w.id);
    expect(await snapshot(w.id)).toEqual(scoped);
  }, 60_000);
});
