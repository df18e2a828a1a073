import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test/database";
import type { PrismaClient } from "../db-client";
import { RULE_IDS } from "../lint";
import { rebuildDashboardStats, recordSent } from "./dashboard-stats";
import { saveMessage } from "./messages";
import { rate, replyInsights, type ReplyInsights, type RuleReplyRate } from "./reply-insights";
import { dialectOf } from "./sql-dialect";
import { seesTeam, type Actor } from "./workspace";

/**
 * replyInsights as it was before it read MessageCheck: every sent message's lint JSON scanned. The
 * reference the derived counts must equal exactly.
 */
async function jsonScanInsights(db: PrismaClient, actor: Actor, memberId?: string | null): Promise<ReplyInsights> {
  const member = !seesTeam(actor) ? actor.memberId : memberId && memberId.length <= 100 ? memberId : null;
  const params: string[] = member ? [actor.workspaceId, member] : [actor.workspaceId];
  const scope = `m."workspaceId" = ? AND m."status" = 'sent'${member ? ` AND m."authorId" = ?` : ""}`;
  const replied = `CASE WHEN EXISTS (SELECT 1 FROM "Reply" r WHERE r."messageId" = m."id") THEN 1 ELSE 0 END`;
  const dialect = dialectOf(db);
  const rows = await db.$queryRawUnsafe<{ rule: string; status: string; n: bigint | number; replied: bigint | number }[]>(
    dialect.sql(`SELECT c.value ->> 'id' AS rule, c.value ->> 'status' AS status, count(*) AS n, sum(${replied}) AS replied
       FROM "Message" m, ${dialect.jsonArrayElements(`m."lintResult"`, "checks", "c")}
      WHERE ${scope}
      GROUP BY 1, 2`),
    ...params,
  );
  const bandRows = await db.$queryRawUnsafe<{ band: string; n: bigint | number; replied: bigint | number }[]>(
    dialect.sql(`SELECT CASE WHEN m."score" < 40 THEN '0–39' WHEN m."score" < 70 THEN '40–69' WHEN m."score" < 85 THEN '70–84' ELSE '85–100' END AS band,
            count(*) AS n, sum(${replied}) AS replied
       FROM "Message" m WHERE ${scope} GROUP BY 1`),
    ...params,
  );
  const num = (v: bigint | number | null) => Number(v ?? 0);
  const rules: RuleReplyRate[] = RULE_IDS.map((id) => {
    const mine = rows.filter((r) => r.rule === id);
    const sum = (statuses: string[]) => mine.filter((r) => statuses.includes(r.status)).reduce((a, r) => ({ n: a.n + num(r.n), replied: a.replied + num(r.replied) }), { n: 0, replied: 0 });
    const p = sum(["pass"]);
    const x = sum(["warn", "fail"]);
    return { id, passed: rate(p.replied, p.n), raised: rate(x.replied, x.n) };
  });
  const totals = bandRows.reduce((a, r) => ({ n: a.n + num(r.n), replied: a.replied + num(r.replied) }), { n: 0, replied: 0 });
  return {
    total: rate(totals.replied, totals.n),
    rules,
    bands: ["0–39", "40–69", "70–84", "85–100"].map((band) => {
      const r = bandRows.find((b) => b.band === band);
      return { band, rate: rate(num(r?.replied ?? 0), num(r?.n ?? 0)) };
    }),
  };
}

let t: TestDatabase;
let db: PrismaClient;
let workspaceId: string;
let rita: string; // a member
let paul: string; // a member
let mara: string; // a manager, who sends a few herself
let other: Actor; // another workspace, which must not count

const STATUSES = ["pass", "warn", "fail", "skip"] as const;
const HOUR = 3_600_000;

/** A small seeded generator (mulberry32): the same messages on every run. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let x = Math.imul(s ^ (s >>> 15), 1 | s);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 2 ** 32;
  };
}

/**
 * A lint result with one check per rule, as the linter writes it. The first rule always passes, the
 * second is always skipped in the messages of author 1 (Paul), the third passes or fails, some
 * others only pass or warn, the rest take any status: so that empty sides and both sides of "not
 * enough data" come up.
 */
function lintResult(r: () => number, authorIndex: number) {
  const checks = RULE_IDS.map((id, i) => {
    const status = i === 0 ? "pass" : i === 1 && authorIndex === 1 ? "skip" : i === 2 ? (r() < 0.5 ? "fail" : "pass") : STATUSES[Math.floor(r() * (i % 3 === 0 ? 2 : 4))];
    return { id, status, messageId: "m", message: "", spans: [], source: "heuristic" };
  });
  const score = Math.floor(r() * 101);
  const verdict = score >= 85 ? "send" : score >= 40 ? "revise" : "block";
  return { verdict, score, language: "en", channel: "message", checks, llm: { status: "off" } };
}

/** Sends `count` messages through recordSent (as a save does), replies to some (a few twice). */
async function sendMany(wsId: string, authors: string[], prospectId: string, count: number, seed: number) {
  const r = lcg(seed);
  const start = Date.parse("2026-09-07T08:00:00Z");
  for (let i = 0; i < count; i++) {
    const authorIndex = i % authors.length;
    const result = lintResult(r, authorIndex);
    const sentAt = new Date(start + i * 7 * HOUR);
    const row = await db.message.create({
      data: { workspaceId: wsId, authorId: authors[authorIndex], prospectId, status: "sent", channel: "message", language: "en", body: `Message ${i}`, verdict: result.verdict, score: result.score, lintResult: JSON.stringify(result), sentAt },
    });
    await recordSent(db, { ...row, sentAt, lintResult: result });
    // more replies to better scores, so that the rates differ between the sides
    if (r() < 0.15 + result.score / 250) {
      const replies = r() < 0.2 ? 2 : 1;
      for (let n = 1; n <= replies; n++) await db.reply.create({ data: { messageId: row.id, prospectId, receivedAt: new Date(sentAt.getTime() + n * HOUR) } });
    }
  }
}

beforeAll(async () => {
  t = createTestDatabase();
  db = t.db;
  const ws = await db.workspace.create({
    data: { name: "Insights", members: { create: [{ name: "Rita", email: "rita@i.test" }, { name: "Paul", email: "paul@i.test" }, { name: "Mara", email: "mara@i.test", role: "manager" }] } },
    include: { members: true },
  });
  workspaceId = ws.id;
  [mara, paul, rita] = ws.members.sort((x, y) => x.email.localeCompare(y.email)).map((m) => m.id);
  const prospect = await db.prospect.create({ data: { workspaceId, name: "Anna Schmidt", company: "Kontor" } });
  await sendMany(workspaceId, [rita, paul, rita, mara], prospect.id, 200, 7);
  // a few through the real save, with the linter's own skips
  const manager: Actor = { workspaceId, memberId: mara, role: "manager" };
  for (const body of ["Hi Anna, your post on onboarding rang true. We halved ramp-up time at two teams. Worth a look?", "Hallo Frau Schmidt, kurze Frage zu Ihrem Vertrieb: passt ein Gespräch nächste Woche?"]) {
    expect((await saveMessage(db, { ...manager, memberId: rita }, { prospectId: prospect.id, channel: "message", body }, true)).ok).toBe(true);
  }
  // a draft with raised checks never counts
  await db.message.create({ data: { workspaceId, authorId: rita, prospectId: prospect.id, status: "draft", channel: "message", language: "en", body: "draft", verdict: "block", score: 5, lintResult: JSON.stringify(lintResult(lcg(1), 0)) } });
  // nor does another workspace
  const ows = await db.workspace.create({ data: { name: "Other", members: { create: [{ name: "Mallory", email: "m@o.test" }] } }, include: { members: true } });
  other = { workspaceId: ows.id, memberId: ows.members[0].id, role: "manager" };
  const op = await db.prospect.create({ data: { workspaceId: ows.id, name: "Otto" } });
  await sendMany(ows.id, [other.memberId], op.id, 30, 11);
}, 120_000);
afterAll(async () => t?.cleanup());

/** Every view the page offers: the team, each member as picked by a manager, and members on their own. */
function views(): [string, Actor, string | null][] {
  const manager: Actor = { workspaceId, memberId: mara, role: "manager" };
  return [
    ["the team (a manager)", manager, null],
    ["Rita, picked by a manager", manager, rita],
    ["Paul, picked by a manager", manager, paul],
    ["the manager's own", manager, mara],
    ["a member id not in the workspace", manager, other.memberId],
    ["Rita on her own (asking for Paul's)", { workspaceId, memberId: rita, role: "member" }, paul],
    ["Paul on his own", { workspaceId, memberId: paul }, null],
    ["the other workspace", other, null],
  ];
}

async function expectSameAsJsonScan() {
  for (const [label, actor, memberId] of views()) {
    expect(await replyInsights(db, actor, memberId), label).toEqual(await jsonScanInsights(db, actor, memberId));
  }
}

const allChecks = () => db.messageCheck.findMany({ orderBy: [{ messageId: "asc" }, { ruleId: "asc" }] });

describe("reply insights from the derived checks", () => {
  it("gives exactly the numbers of the lint JSON scan, for the team and each member", async () => {
    await expectSameAsJsonScan();
    // the data reaches both sides of "not enough data" and has skips, empty sides and replies
    const team = await replyInsights(db, { workspaceId, memberId: mara, role: "manager" });
    expect(team.total.n).toBe(202);
    expect(team.rules.some((r) => r.passed.rate !== null && r.raised.rate !== null)).toBe(true);
    expect(team.rules.some((r) => r.raised.n === 0)).toBe(true);
    const maras = await replyInsights(db, { workspaceId, memberId: mara, role: "manager" }, mara);
    expect(maras.rules.some((r) => r.raised.n > 0 && r.raised.rate === null)).toBe(true);
    const paulsOwn = await replyInsights(db, { workspaceId, memberId: paul });
    expect(paulsOwn.rules[1].passed.n).toBe(0); // always skipped in his messages: neither passed nor raised
    expect(await db.messageCheck.count({ where: { workspaceId, status: "skip" } })).toBeGreaterThan(100);
  });

  it("gives them after a rebuild of the dashboard tables too, which writes the same checks as the sends did", async () => {
    const incremental = await allChecks();
    await rebuildDashboardStats(db, workspaceId);
    await rebuildDashboardStats(db, other.workspaceId);
    expect(await allChecks()).toEqual(incremental);
    await expectSameAsJsonScan();
  });

  it("the migration fills in the skipped checks of messages sent before it", async () => {
    const expected = await allChecks();
    await db.messageCheck.deleteMany({ where: { status: "skip" } });
    const folder = t.kind === "postgres" ? "prisma/postgres/migrations" : "prisma/migrations";
    await db.$executeRawUnsafe(readFileSync(path.join(folder, "20261127090000_message_check_skips", "migration.sql"), "utf8"));
    expect(await allChecks()).toEqual(expected);
    await expectSameAsJsonScan();
    // run again (rows already there), it changes nothing
    await db.$executeRawUnsafe(readFileSync(path.join(folder, "20261127090000_message_check_skips", "migration.sql"), "utf8"));
    expect(await allChecks()).toEqual(expected);
  });
});
