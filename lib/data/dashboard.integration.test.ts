import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/database";
import type { PrismaClient } from "../db-client";
import { failingRules, followUpDiscipline, getDashboard, histogramMedian, massTemplateIncidents, parseDashboardFilters, periodStart, replyRateByBand, weeklyQuality, type DashboardFilters } from "./dashboard";
import { isoWeekLabel, rebuildDashboardStats, weekStart } from "./dashboard-stats";
import { eraseProspect } from "./gdpr";
import { logReply, saveMessage } from "./messages";
import type { Actor } from "./workspace";

let db: PrismaClient;
let cleanup: () => Promise<void>;
let a: Actor; // the workspace under test, acting as rep 1
let rep1: string;
let rep2: string;
let foreignRep: string;

const DAY = 86_400_000;
const now = new Date("2026-11-25T12:00:00Z"); // a Wednesday; its week starts 2026-11-23
const W0 = new Date("2026-11-23T09:00:00Z");
const W1 = new Date("2026-11-16T09:00:00Z");
const W5 = new Date("2026-10-19T09:00:00Z"); // outside "last 4 weeks"
const all: DashboardFilters = { period: "all" };

function lint(score: number, checks: [string, string][]) {
  const verdict = score >= 85 ? "send" : score >= 20 ? "revise" : "block";
  return { verdict, score, lintResult: JSON.stringify({ verdict, score, checks: checks.map(([id, status]) => ({ id, status })) }) };
}

async function sent(workspaceId: string, authorId: string, prospectId: string | null, at: Date, score: number, checks: [string, string][] = [], extra: { channel?: string; language?: string; status?: string } = {}) {
  return db.message.create({
    data: { workspaceId, authorId, prospectId, status: extra.status ?? "sent", channel: extra.channel ?? "message", language: extra.language ?? "en", body: `score ${score}`, ...lint(score, checks), sentAt: extra.status === "draft" ? null : at },
  });
}

beforeAll(async () => {
  ({ db, cleanup } = createTestDatabase());
  const ws = await db.workspace.create({ data: { name: "A", members: { create: [{ name: "Rita Eins", email: "r1@a.test" }, { name: "Paul Zwei", email: "r2@a.test" }] } }, include: { members: true } });
  [rep1, rep2] = ws.members.sort((x, y) => x.email.localeCompare(y.email)).map((m) => m.id);
  // a manager: the team's dashboard (with sign-in, a plain member sees only their own numbers)
  a = Object.assign({ workspaceId: ws.id, memberId: rep1 }, { role: "manager" as const });
  const [p1, p2, p3] = await Promise.all(["P1", "P2", "P3"].map((name) => db.prospect.create({ data: { workspaceId: ws.id, name } })));

  // P1: replied to the week-1 message, then two unanswered messages this week → rep 1 has a streak of 2
  const m30 = await sent(ws.id, rep1, p1.id, W1, 30, [["mass-template", "fail"], ["value", "warn"]]);
  await db.reply.create({ data: { messageId: m30.id, prospectId: p1.id, receivedAt: new Date(W1.getTime() + DAY) } });
  await sent(ws.id, rep1, p1.id, W0, 10, [["hype", "fail"], ["links", "fail"]]);
  await sent(ws.id, rep1, p1.id, new Date(W0.getTime() + 3600_000), 50, [["value", "warn"]]);
  // P2: the latest message got two replies (it counts once) → no streak
  await sent(ws.id, rep1, p2.id, W5, 100, [["follow-up", "skip"]]);
  await sent(ws.id, rep1, p2.id, W1, 70);
  const m90 = await sent(ws.id, rep1, p2.id, new Date(W0.getTime() + 7200_000), 90);
  for (const h of [1, 2]) await db.reply.create({ data: { messageId: m90.id, prospectId: p2.id, receivedAt: new Date(W0.getTime() + h * DAY) } });
  // P3: rep 2, an InMail in German, with skipped checks only (stored, but never counted as raised)
  await sent(ws.id, rep2, p3.id, W0, 80, [["mass-template", "skip"], ["formality", "skip"]], { channel: "inmail", language: "de" });
  // a draft never counts
  await sent(ws.id, rep1, p3.id, W0, 0, [["hype", "fail"]], { status: "draft" });

  // another workspace with its own incidents: must never show up
  const other = await db.workspace.create({ data: { name: "B", members: { create: [{ name: "Mallory", email: "m@b.test" }] } }, include: { members: true } });
  foreignRep = other.members[0].id;
  const bp = await db.prospect.create({ data: { workspaceId: other.id, name: "B1" } });
  for (let i = 0; i < 3; i++) {
    const m = await sent(other.id, foreignRep, bp.id, W0, 0, [["mass-template", "fail"], ["hype", "fail"]]);
    await db.reply.create({ data: { messageId: m.id, prospectId: bp.id, receivedAt: now } });
  }
  await rebuildDashboardStats(db, ws.id);
  await rebuildDashboardStats(db, other.id);
}, 60_000);
afterAll(async () => cleanup?.());

describe("weeks and medians", () => {
  it("finds the Monday of the ISO week and its label", () => {
    expect(weekStart(new Date("2026-11-25T23:59:00Z"))).toBe("2026-11-23");
    expect(weekStart(new Date("2026-11-29T12:00:00Z"))).toBe("2026-11-23"); // Sunday
    expect(weekStart(new Date("2026-11-23T00:00:00Z"))).toBe("2026-11-23");
    expect(isoWeekLabel("2026-11-23")).toBe("2026-W48");
    expect(isoWeekLabel("2026-12-28")).toBe("2026-W53");
    expect(isoWeekLabel("2024-12-30")).toBe("2025-W01");
    expect(periodStart("4", now)).toBe("2026-11-02");
    expect(periodStart("all", now)).toBeNull();
  });

  it("takes the median of a histogram", () => {
    expect(histogramMedian({})).toBeNull();
    expect(histogramMedian({ 10: 1, 50: 1, 90: 1 })).toBe(50);
    expect(histogramMedian({ 10: 1, 50: 1, 80: 1, 90: 1 })).toBe(65);
    expect(histogramMedian({ 40: 3, 100: 1 })).toBe(40);
  });

  it("reads filters from the query string, falling back on anything unknown", () => {
    expect(parseDashboardFilters(new URLSearchParams("period=4&channel=inmail&language=de&rep=abc"))).toEqual({ period: "4", channel: "inmail", language: "de", rep: "abc" });
    expect(parseDashboardFilters({ period: "7", channel: "fax", language: "", rep: "" })).toEqual({ period: "12", channel: undefined, language: undefined, rep: undefined });
  });
});

describe("dashboard queries", () => {
  it("gives the team's weekly median and verdict mix, and each rep's", async () => {
    const q = await weeklyQuality(db, a, all, { now });
    expect(q.sent).toBe(7);
    expect(q.median).toBe(70); // 10 30 50 70 80 90 100
    expect(q.team.map((w) => w.week)).toEqual(["2026-10-19", "2026-10-26", "2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23"]);
    const w0 = q.team.at(-1)!;
    expect(w0).toMatchObject({ label: "2026-W48", sent: 4, median: 65, send: 1, revise: 2, block: 1 });
    expect(q.team.find((w) => w.week === "2026-11-16")).toMatchObject({ sent: 2, median: 50 });
    expect(q.team.find((w) => w.week === "2026-11-09")).toMatchObject({ sent: 0, median: null });
    const byName = Object.fromEntries(q.reps.map((r) => [r.name, r]));
    expect(byName["Rita Eins"]).toMatchObject({ sent: 6, median: 60 });
    expect(byName["Paul Zwei"]).toMatchObject({ sent: 1, median: 80 });
    expect(byName["Paul Zwei"].weeks.at(-1)).toMatchObject({ sent: 1, median: 80 });
  });

  it("applies the period, rep, channel and language filters", async () => {
    expect((await weeklyQuality(db, a, { period: "4" }, { now })).median).toBe(60);
    expect((await weeklyQuality(db, a, { period: "4" }, { now })).team).toHaveLength(4);
    for (const f of [{ rep: rep2 }, { channel: "inmail" as const }, { language: "de" as const }]) {
      const q = await weeklyQuality(db, a, { period: "all", ...f }, { now });
      expect(q.sent).toBe(1);
      expect(q.median).toBe(80);
    }
    expect((await weeklyQuality(db, a, { period: "all", rep: rep1, channel: "message" }, { now })).sent).toBe(6);
  });

  it("counts the rules that fail most, failures before warnings", async () => {
    const rules = await failingRules(db, a, all, { now });
    expect(rules.map((r) => [r.ruleId, r.fail, r.warn])).toEqual([
      ["hype", 1, 0],
      ["links", 1, 0],
      ["mass-template", 1, 0],
      ["value", 0, 2],
    ]);
    expect(rules.find((r) => r.ruleId === "value")!.share).toBeCloseTo(2 / 7);
    expect(await failingRules(db, a, { period: "all", rep: rep2 }, { now })).toEqual([]);
    // the skipped checks are kept for the insights page, and in no weekly rule count
    expect(await db.messageCheck.count({ where: { workspaceId: a.workspaceId, status: "skip" } })).toBe(3);
    const weeks = await db.messageWeekStat.findMany({ where: { workspaceId: a.workspaceId } });
    expect(weeks.flatMap((w) => Object.keys(JSON.parse(w.rules) as object)).filter((id) => ["follow-up", "formality"].includes(id))).toEqual([]);
  });

  it("gives the reply rate by score band, a message with two replies counting once", async () => {
    const bands = await replyRateByBand(db, a, all, { now });
    expect(bands.map((b) => [b.band, b.sent, b.replied, b.rate])).toEqual([
      ["0-39", 2, 1, 0.5],
      ["40-69", 1, 0, 0],
      ["70-84", 2, 0, 0],
      ["85-100", 2, 1, 0.5],
    ]);
    const recent = await replyRateByBand(db, a, { period: "4" }, { now });
    expect(recent.at(-1)).toMatchObject({ sent: 1, replied: 1, rate: 1 });
  });

  it("counts unanswered streaks per rep", async () => {
    const rows = await followUpDiscipline(db, a, all, { now });
    expect(rows.map((r) => [r.name, r.open, r.twoPlus, r.threePlus])).toEqual([
      ["Rita Eins", 1, 1, 0],
      ["Paul Zwei", 1, 0, 0],
    ]);
    expect(await followUpDiscipline(db, a, { period: "all", channel: "inmail" }, { now })).toHaveLength(1);
  });

  it("lists mass-template incidents of this workspace only", async () => {
    const m = await massTemplateIncidents(db, a, all, { now });
    expect(m.total).toBe(1);
    expect(m.recent).toHaveLength(1);
    expect(m.recent[0]).toMatchObject({ author: "Rita Eins", prospect: "P1", score: 30 });
    expect(m.byWeek.find((w) => w.week === "2026-11-16")!.count).toBe(1);
    expect((await massTemplateIncidents(db, a, { period: "4", rep: rep2 }, { now })).recent).toEqual([]);
  });

  it("never shows another workspace's data, even when asked for its rep", async () => {
    const d = await getDashboard(db, a, all, now);
    expect(d.members.map((m) => m.name).sort()).toEqual(["Paul Zwei", "Rita Eins"]);
    expect(d.quality.sent).toBe(7);
    expect(d.massTemplate.total).toBe(1);
    expect(JSON.stringify(d)).not.toContain("Mallory");
    const foreign = await getDashboard(db, a, { period: "all", rep: foreignRep }, now);
    expect(foreign.quality.sent).toBe(0);
    expect(foreign.quality.median).toBeNull();
    expect(foreign.followUp).toEqual([]);
    expect(foreign.massTemplate.recent).toEqual([]);
    expect(foreign.bands.every((b) => b.sent === 0 && b.rate === null)).toBe(true);
  });
});

describe("kept current on send and reply", () => {
  it("matches a full rebuild after sending through saveMessage and logging a reply", async () => {
    const ws = await db.workspace.create({ data: { name: "C", members: { create: [{ name: "Cora", email: "c@c.test" }] } }, include: { members: true } });
    const c: Actor = Object.assign({ workspaceId: ws.id, memberId: ws.members[0].id }, { role: "manager" as const });
    const p = await db.prospect.create({ data: { workspaceId: ws.id, name: "Anna Schmidt", company: "Kontor" } });
    const template = "I noticed you lead marketing at your company. Many SaaS teams struggle to publish enough expert content; our writers turn 30 minutes of interviews into two articles a month, and clients double demo requests within six months. Worth a look?";
    const q = await db.prospect.create({ data: { workspaceId: ws.id, name: "Marco Rossi" } });
    const first = await saveMessage(db, c, { prospectId: q.id, channel: "message", body: `Hi Marco,\n\n${template}` }, true, now);
    const second = await saveMessage(db, c, { prospectId: p.id, channel: "message", body: `Hi Anna,\n\n${template}` }, true, now);
    await saveMessage(db, c, { prospectId: p.id, channel: "message", body: "Hi Anna, a draft" }, false, now);
    expect(first.ok && second.ok).toBe(true);
    const secondId = second.ok ? second.value.id : "";
    expect((await logReply(db, c, { messageId: secondId, receivedAt: now.toISOString() })).ok).toBe(true);
    expect((await logReply(db, c, { messageId: secondId, receivedAt: now.toISOString() })).ok).toBe(true);

    const snapshot = async () => {
      const rows = await db.messageWeekStat.findMany({ where: { workspaceId: ws.id }, orderBy: [{ week: "asc" }, { authorId: "asc" }] });
      const drop0 = (s: string) => Object.fromEntries(Object.entries(JSON.parse(s) as Record<string, unknown>).filter(([, v]) => v !== 0));
      return {
        stats: rows.map((r) => ({ ...r, scores: drop0(r.scores), replied: drop0(r.replied), rules: JSON.parse(r.rules) })),
        checks: await db.messageCheck.findMany({ where: { workspaceId: ws.id }, orderBy: [{ messageId: "asc" }, { ruleId: "asc" }] }),
        streaks: await db.followUpStreak.findMany({ where: { workspaceId: ws.id }, orderBy: { prospectId: "asc" } }),
      };
    };
    const incremental = await snapshot();
    expect(incremental.stats).toHaveLength(4); // message/en and the three roll-ups
    expect(incremental.checks.some((c) => c.status === "skip")).toBe(true); // kept on send as by a rebuild
    for (const row of incremental.stats) expect([row.sent, row.massTemplate]).toEqual([2, 1]);
    expect(incremental.streaks.map((s) => s.unanswered)).toEqual([1]); // Marco; Anna replied
    await rebuildDashboardStats(db, ws.id);
    expect(await snapshot()).toEqual(incremental);
    const d = await getDashboard(db, c, all, now);
    expect(d.bands.reduce((s, b) => s + b.replied, 0)).toBe(1);
    expect(d.massTemplate.recent.map((r) => r.prospect)).toEqual(["Anna Schmidt"]);

    // erasing a prospect (GDPR) takes their messages out of the aggregates, as a rebuild would
    expect(await eraseProspect(db, c, p.id)).toBe(true);
    const afterErase = await snapshot();
    expect(afterErase.stats.map((r) => [r.sent, r.massTemplate])).toEqual([[1, 0], [1, 0], [1, 0], [1, 0]]);
    await rebuildDashboardStats(db, ws.id);
    expect(await snapshot()).toEqual(afterErase);
  });

  it("a rebuild (after an archive import) and sends at the same moment: none fails, no count is lost", async () => {
    const ws = await db.workspace.create({ data: { name: "D", members: { create: [{ name: "Dana", email: "d@d.test" }] } }, include: { members: true } });
    const d: Actor = Object.assign({ workspaceId: ws.id, memberId: ws.members[0].id }, { role: "manager" as const });
    const prospects = await Promise.all(["Anna Schmidt", "Marco Rossi", "Lena Vogel", "Jonas Weber"].map((name) => db.prospect.create({ data: { workspaceId: ws.id, name } })));
    const send = (i: number) =>
      saveMessage(db, d, { prospectId: prospects[i % 4].id, channel: "message", body: `Hi ${prospects[i % 4].name.split(" ")[0]}, your post on onboarding (${i}) rang true. We halved ramp-up time at two teams. Worth a look?` }, true, now);
    const outcomes = await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 3 === 0 ? rebuildDashboardStats(db, ws.id).then(() => "rebuilt") : send(i).then((r) => (r.ok ? "sent" : "refused")))));
    expect(outcomes.filter((o) => o === "sent")).toHaveLength(8);
    const rows = async () => (await db.messageWeekStat.findMany({ where: { workspaceId: ws.id }, orderBy: [{ channel: "asc" }, { language: "asc" }] })).map((r) => [r.channel, r.language, r.sent]);
    const settled = await rows();
    expect(settled.find(([channel, language]) => channel === "*" && language === "*")?.[2]).toBe(8);
    await rebuildDashboardStats(db, ws.id);
    expect(await rows()).toEqual(settled);
  });

  it("two replies logged at once to one message count it as replied once, as a rebuild does", async () => {
    const ws = await db.workspace.create({ data: { name: "E", members: { create: [{ name: "Emil", email: "e@e.test" }] } }, include: { members: true } });
    const e: Actor = Object.assign({ workspaceId: ws.id, memberId: ws.members[0].id }, { role: "manager" as const });
    const p = await db.prospect.create({ data: { workspaceId: ws.id, name: "Anna Schmidt" } });
    const sentMessage = await saveMessage(db, e, { prospectId: p.id, channel: "message", body: "Hi Anna, your post on onboarding rang true. We halved ramp-up time at two teams. Worth a look?" }, true, now);
    if (!sentMessage.ok) throw new Error("not sent");
    const replies = await Promise.all([1, 2].map(() => logReply(db, e, { messageId: sentMessage.value.id, receivedAt: now.toISOString() })));
    expect(replies.every((r) => r.ok)).toBe(true);
    const replied = async () => {
      const row = await db.messageWeekStat.findFirstOrThrow({ where: { workspaceId: ws.id, channel: "*", language: "*" } });
      return Object.values(JSON.parse(row.replied) as Record<string, number>).reduce((a, b) => a + b, 0);
    };
    expect(await replied()).toBe(1);
    await rebuildDashboardStats(db, ws.id);
    expect(await replied()).toBe(1);
  });
});
