import { z } from "zod";
import type { PrismaClient } from "../db-client";
import { CHANNELS, LANGUAGES, RULE_IDS, type Channel, type Language } from "../lint/schema";
import { ALL, isoWeekLabel, weekStart } from "./dashboard-stats";
import { seesTeam, type Actor } from "./workspace";

/**
 * The team dashboard's reads. Everything comes from the derived tables that sending and replying
 * keep current (lib/data/dashboard-stats.ts), always scoped to the actor's workspace, so that a
 * query stays well under 300 ms with a million messages. Only sent messages count.
 */

const DAY = 86_400_000;

export const PERIODS = ["4", "12", "26", "all"] as const;
export type Period = (typeof PERIODS)[number];

export interface DashboardFilters {
  period: Period;
  rep?: string;
  channel?: Channel;
  language?: Language;
}

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const emptyToUndefined = (v: unknown) => {
  const x = one(v);
  return typeof x === "string" && x.trim() !== "" ? x.trim() : undefined;
};

export const dashboardFiltersSchema = z.object({
  period: z.preprocess(emptyToUndefined, z.enum(PERIODS).catch("12").default("12")),
  rep: z.preprocess(emptyToUndefined, z.string().max(64).optional().catch(undefined)),
  channel: z.preprocess(emptyToUndefined, z.enum(CHANNELS).optional().catch(undefined)),
  language: z.preprocess(emptyToUndefined, z.enum(LANGUAGES).optional().catch(undefined)),
});

/** Filters from a query string or Next's searchParams; anything unknown falls back to the default. */
export function parseDashboardFilters(params: URLSearchParams | Record<string, string | string[] | undefined>): DashboardFilters {
  const obj = params instanceof URLSearchParams ? Object.fromEntries(params.entries()) : params;
  const parsed = dashboardFiltersSchema.parse(obj);
  return { period: parsed.period, rep: parsed.rep, channel: parsed.channel, language: parsed.language };
}

/** The filters as a query string (for the export link). */
export function filtersToQuery(f: DashboardFilters): string {
  const q = new URLSearchParams({ period: f.period });
  if (f.rep) q.set("rep", f.rep);
  if (f.channel) q.set("channel", f.channel);
  if (f.language) q.set("language", f.language);
  return q.toString();
}

/** The first week (Monday, YYYY-MM-DD) the period covers, or null for all. */
export function periodStart(period: Period, now = new Date()): string | null {
  if (period === "all") return null;
  const current = new Date(`${weekStart(now)}T00:00:00Z`).getTime();
  return new Date(current - (Number(period) - 1) * 7 * DAY).toISOString().slice(0, 10);
}

export const SCORE_BANDS = [
  { id: "0-39", min: 0, max: 39 },
  { id: "40-69", min: 40, max: 69 },
  { id: "70-84", min: 70, max: 84 },
  { id: "85-100", min: 85, max: 100 },
] as const;

export interface WeekStatRow {
  week: string;
  authorId: string;
  sent: number;
  send: number;
  revise: number;
  block: number;
  massTemplate: number;
  scores: Record<string, number>;
  replied: Record<string, number>;
  rules: Record<string, [number, number]>;
}

interface Options {
  now?: Date;
  /** Rows already loaded with loadWeekStats for the same filters (the page loads them once). */
  rows?: WeekStatRow[];
}

/** The weekly aggregate rows matching the filters: one per week and rep (the roll-up for channel and language). */
export async function loadWeekStats(db: PrismaClient, actor: Actor, f: DashboardFilters, now = new Date()): Promise<WeekStatRow[]> {
  const since = periodStart(f.period, now);
  const rows = await db.messageWeekStat.findMany({
    where: {
      workspaceId: actor.workspaceId,
      ...(since ? { week: { gte: since } } : {}),
      ...(f.rep ? { authorId: f.rep } : {}),
      channel: f.channel ?? ALL,
      language: f.language ?? ALL,
    },
    select: { week: true, authorId: true, sent: true, send: true, revise: true, block: true, massTemplate: true, scores: true, replied: true, rules: true },
  });
  return rows.map((r) => ({ ...r, scores: JSON.parse(r.scores), replied: JSON.parse(r.replied), rules: JSON.parse(r.rules) }));
}

/** The median of a score histogram ({score: count}); null when empty. */
export function histogramMedian(hist: Map<number, number> | Record<string, number>): number | null {
  const entries = (hist instanceof Map ? [...hist.entries()] : Object.entries(hist).map(([k, v]) => [Number(k), v] as [number, number]))
    .filter(([, n]) => n > 0)
    .sort((a, b) => a[0] - b[0]);
  const total = entries.reduce((s, [, n]) => s + n, 0);
  if (total === 0) return null;
  const at = (pos: number) => {
    let seen = 0;
    for (const [score, n] of entries) {
      seen += n;
      if (seen >= pos) return score;
    }
    return entries[entries.length - 1][0];
  };
  return total % 2 === 1 ? at((total + 1) / 2) : (at(total / 2) + at(total / 2 + 1)) / 2;
}

/** Score histograms as dense arrays (scores are whole numbers 0–100): cheap to add and to take the median of. */
type Dense = Float64Array;
const dense = (): Dense => new Float64Array(101);
function addHist(into: Dense, hist: Record<string, number>) {
  for (const k in hist) into[Math.min(100, Math.max(0, Math.round(Number(k))))] += hist[k];
}
function denseMedian(h: Dense): number | null {
  let total = 0;
  for (let i = 0; i <= 100; i++) total += h[i];
  if (total === 0) return null;
  const at = (pos: number) => {
    let seen = 0;
    for (let i = 0; i <= 100; i++) if ((seen += h[i]) >= pos) return i;
    return 100;
  };
  return total % 2 === 1 ? at((total + 1) / 2) : (at(total / 2) + at(total / 2 + 1)) / 2;
}

/**
 * The most weeks the charts and the CSV export show: ten years, the newest. Dates are checked where
 * they come in; a week stored long ago (before that check) would make a point per week since then.
 */
export const MAX_WEEKS = 520;

/** Every week from the period's start (or the first week with data) to the current week, at most MAX_WEEKS. */
function weekAxis(f: DashboardFilters, rows: WeekStatRow[], now: Date): string[] {
  const end = weekStart(now);
  const first = periodStart(f.period, now) ?? rows.reduce<string | null>((min, r) => (min === null || r.week < min ? r.week : min), null);
  if (!first) return [];
  const earliest = new Date(new Date(`${end}T00:00:00Z`).getTime() - (MAX_WEEKS - 1) * 7 * DAY).toISOString().slice(0, 10);
  const weeks: string[] = [];
  for (let t = new Date(`${first < earliest ? earliest : first}T00:00:00Z`).getTime(); ; t += 7 * DAY) {
    const w = new Date(t).toISOString().slice(0, 10);
    if (w > end) break;
    weeks.push(w);
  }
  return weeks;
}

export interface WeekPoint {
  week: string;
  label: string;
  sent: number;
  median: number | null;
  send: number;
  revise: number;
  block: number;
}

export interface RepSeries {
  memberId: string;
  name: string;
  sent: number;
  median: number | null;
  weeks: { week: string; label: string; sent: number; median: number | null }[];
}

export interface WeeklyQuality {
  team: WeekPoint[];
  reps: RepSeries[];
  sent: number;
  median: number | null;
}

/** Per ISO week: the team's median score and verdict mix, and each rep's median. */
export async function weeklyQuality(db: PrismaClient, actor: Actor, f: DashboardFilters, opts: Options & { members?: { id: string; name: string }[] } = {}): Promise<WeeklyQuality> {
  const now = opts.now ?? new Date();
  const rows = opts.rows ?? (await loadWeekStats(db, actor, f, now));
  const members = opts.members ?? (await listReps(db, actor));
  const weeks = weekAxis(f, rows, now);
  const labels = new Map(weeks.map((w) => [w, isoWeekLabel(w)]));
  const team = new Map(weeks.map((w) => [w, { hist: dense(), sent: 0, send: 0, revise: 0, block: 0 }]));
  const perRep = new Map<string, Map<string, { hist: Dense; sent: number }>>();
  const all = dense();
  const repAll = new Map<string, Dense>();
  for (const r of rows) {
    const t = team.get(r.week);
    if (t) {
      addHist(t.hist, r.scores);
      t.sent += r.sent;
      t.send += r.send;
      t.revise += r.revise;
      t.block += r.block;
    }
    addHist(all, r.scores);
    let rep = perRep.get(r.authorId);
    if (!rep) perRep.set(r.authorId, (rep = new Map()));
    let rw = rep.get(r.week);
    if (!rw) rep.set(r.week, (rw = { hist: dense(), sent: 0 }));
    addHist(rw.hist, r.scores);
    rw.sent += r.sent;
    let ra = repAll.get(r.authorId);
    if (!ra) repAll.set(r.authorId, (ra = dense()));
    addHist(ra, r.scores);
  }
  const names = new Map(members.map((m) => [m.id, m.name]));
  const reps: RepSeries[] = [...perRep.keys()]
    .map((id) => {
      const rep = perRep.get(id)!;
      const series = weeks.map((w) => ({ week: w, label: labels.get(w)!, sent: rep.get(w)?.sent ?? 0, median: rep.get(w) ? denseMedian(rep.get(w)!.hist) : null }));
      return { memberId: id, name: names.get(id) ?? "—", sent: series.reduce((s, x) => s + x.sent, 0), median: denseMedian(repAll.get(id)!), weeks: series };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
  return {
    team: weeks.map((w) => {
      const t = team.get(w)!;
      return { week: w, label: labels.get(w)!, sent: t.sent, median: denseMedian(t.hist), send: t.send, revise: t.revise, block: t.block };
    }),
    reps,
    sent: rows.reduce((s, r) => s + r.sent, 0),
    median: denseMedian(all),
  };
}

export interface RuleFailure {
  ruleId: string;
  fail: number;
  warn: number;
  /** Share of the sent messages where the rule failed or warned. */
  share: number;
}

/** The rules that fail most: fail and warn counts per rule id, most failures first. */
export async function failingRules(db: PrismaClient, actor: Actor, f: DashboardFilters, opts: Options = {}): Promise<RuleFailure[]> {
  const rows = opts.rows ?? (await loadWeekStats(db, actor, f, opts.now ?? new Date()));
  const sent = rows.reduce((s, r) => s + r.sent, 0);
  const totals = new Map<string, [number, number]>();
  for (const r of rows)
    for (const [id, [fail, warn]] of Object.entries(r.rules)) {
      const t = totals.get(id) ?? [0, 0];
      t[0] += fail;
      t[1] += warn;
      totals.set(id, t);
    }
  return [...totals.entries()]
    .filter(([, [fail, warn]]) => fail + warn > 0)
    .map(([ruleId, [fail, warn]]) => ({ ruleId, fail, warn, share: sent ? (fail + warn) / sent : 0 }))
    .sort((a, b) => b.fail - a.fail || b.warn - a.warn || RULE_IDS.indexOf(a.ruleId as never) - RULE_IDS.indexOf(b.ruleId as never));
}

export interface BandRate {
  band: (typeof SCORE_BANDS)[number]["id"];
  min: number;
  max: number;
  sent: number;
  replied: number;
  /** replied / sent, null without sent messages. */
  rate: number | null;
}

/** Reply rate by score band: a sent message counts as replied when it has at least one logged reply. */
export async function replyRateByBand(db: PrismaClient, actor: Actor, f: DashboardFilters, opts: Options = {}): Promise<BandRate[]> {
  const rows = opts.rows ?? (await loadWeekStats(db, actor, f, opts.now ?? new Date()));
  const out = SCORE_BANDS.map((b) => ({ band: b.id, min: b.min, max: b.max, sent: 0, replied: 0, rate: null as number | null }));
  const bandOf = (score: number) => out.find((b) => score >= b.min && score <= b.max) ?? out[score < 0 ? 0 : out.length - 1];
  for (const r of rows) {
    for (const [k, n] of Object.entries(r.scores)) bandOf(Number(k)).sent += n;
    for (const [k, n] of Object.entries(r.replied)) bandOf(Number(k)).replied += n;
  }
  for (const b of out) b.rate = b.sent ? b.replied / b.sent : null;
  return out;
}

export interface FollowUpRow {
  memberId: string;
  name: string;
  /** Prospects whose latest message is this rep's and is unanswered. */
  open: number;
  twoPlus: number;
  threePlus: number;
}

/**
 * Follow-up discipline per rep: prospects whose current streak of unanswered messages (since
 * their last reply) is 2+ or 3+, counted for the rep who sent the latest of them, within the
 * period (by that latest message) and the channel and language filters (of that message).
 */
export async function followUpDiscipline(db: PrismaClient, actor: Actor, f: DashboardFilters, opts: Options & { members?: { id: string; name: string }[] } = {}): Promise<FollowUpRow[]> {
  const now = opts.now ?? new Date();
  const since = periodStart(f.period, now);
  const where = {
    workspaceId: actor.workspaceId,
    ...(since ? { lastSentAt: { gte: new Date(`${since}T00:00:00Z`) } } : {}),
    ...(f.rep ? { authorId: f.rep } : {}),
    ...(f.channel ? { channel: f.channel } : {}),
    ...(f.language ? { language: f.language } : {}),
  };
  const [open, two, three, members] = await Promise.all([
    db.followUpStreak.groupBy({ by: ["authorId"], where, _count: { _all: true } }),
    db.followUpStreak.groupBy({ by: ["authorId"], where: { ...where, unanswered: { gte: 2 } }, _count: { _all: true } }),
    db.followUpStreak.groupBy({ by: ["authorId"], where: { ...where, unanswered: { gte: 3 } }, _count: { _all: true } }),
    opts.members ? Promise.resolve(opts.members) : listReps(db, actor),
  ]);
  const names = new Map(members.map((m) => [m.id, m.name]));
  const count = (xs: { authorId: string; _count: { _all: number } }[], id: string) => xs.find((x) => x.authorId === id)?._count._all ?? 0;
  return open
    .map((o) => ({ memberId: o.authorId, name: names.get(o.authorId) ?? "—", open: o._count._all, twoPlus: count(two, o.authorId), threePlus: count(three, o.authorId) }))
    .sort((a, b) => b.threePlus - a.threePlus || b.twoPlus - a.twoPlus || a.name.localeCompare(b.name));
}

export interface MassTemplateIncident {
  id: string;
  sentAt: string;
  author: string;
  prospect: string | null;
  channel: string;
  language: string;
  score: number;
}

export interface MassTemplateSummary {
  total: number;
  byWeek: { week: string; label: string; count: number }[];
  recent: MassTemplateIncident[];
}

/** Sent messages whose mass-template check failed: per week, and the latest ones. */
export async function massTemplateIncidents(db: PrismaClient, actor: Actor, f: DashboardFilters, opts: Options & { limit?: number } = {}): Promise<MassTemplateSummary> {
  const now = opts.now ?? new Date();
  const rows = opts.rows ?? (await loadWeekStats(db, actor, f, now));
  const since = periodStart(f.period, now);
  const weeks = weekAxis(f, rows, now);
  const perWeek = new Map(weeks.map((w) => [w, 0]));
  for (const r of rows) if (perWeek.has(r.week)) perWeek.set(r.week, perWeek.get(r.week)! + r.massTemplate);
  const recent = await db.messageCheck.findMany({
    where: {
      workspaceId: actor.workspaceId,
      ruleId: "mass-template",
      status: "fail",
      ...(since ? { sentAt: { gte: new Date(`${since}T00:00:00Z`) } } : {}),
      message: {
        workspaceId: actor.workspaceId,
        status: "sent",
        ...(f.rep ? { authorId: f.rep } : {}),
        ...(f.channel ? { channel: f.channel } : {}),
        ...(f.language ? { language: f.language } : {}),
      },
    },
    orderBy: { sentAt: "desc" },
    take: opts.limit ?? 10,
    select: {
      sentAt: true,
      message: { select: { id: true, channel: true, language: true, score: true, author: { select: { name: true } }, prospect: { select: { name: true } } } },
    },
  });
  return {
    total: rows.reduce((s, r) => s + r.massTemplate, 0),
    byWeek: weeks.map((w) => ({ week: w, label: isoWeekLabel(w), count: perWeek.get(w) ?? 0 })),
    recent: recent.map((c) => ({
      id: c.message.id,
      sentAt: c.sentAt.toISOString(),
      author: c.message.author.name,
      prospect: c.message.prospect?.name ?? null,
      channel: c.message.channel,
      language: c.message.language,
      score: c.message.score,
    })),
  };
}

/** The workspace's members, for names and the rep filter. */
export async function listReps(db: PrismaClient, actor: Actor): Promise<Rep[]> {
  // a member sees only themselves; managers and admins the team, including reps whose access was
  // removed: their messages stay in the history, and the filter says who they were
  const rows = await db.member.findMany({ where: { workspaceId: actor.workspaceId, ...(seesTeam(actor) ? {} : { id: actor.memberId }) }, select: { id: true, name: true, role: true, disabledAt: true }, orderBy: { name: "asc" } });
  return rows.map(({ disabledAt, ...m }) => ({ ...m, removed: disabledAt !== null }));
}

export interface Rep {
  id: string;
  name: string;
  role: string;
  /** Their access was removed (Member.disabledAt). */
  removed: boolean;
}

export interface Dashboard {
  filters: DashboardFilters;
  members: Rep[];
  quality: WeeklyQuality;
  rules: RuleFailure[];
  bands: BandRate[];
  followUp: FollowUpRow[];
  massTemplate: MassTemplateSummary;
}

/** Everything the dashboard page and its CSV export show, loading the weekly rows once. */
export async function getDashboard(db: PrismaClient, actor: Actor, filters: DashboardFilters, now = new Date()): Promise<Dashboard> {
  // members see their own numbers only, whatever the rep filter says
  const f = seesTeam(actor) ? filters : { ...filters, rep: actor.memberId };
  const [members, rows] = await Promise.all([listReps(db, actor), loadWeekStats(db, actor, f, now)]);
  const opts = { now, rows, members };
  const [quality, rules, bands, followUp, massTemplate] = await Promise.all([
    weeklyQuality(db, actor, f, opts),
    failingRules(db, actor, f, opts),
    replyRateByBand(db, actor, f, opts),
    followUpDiscipline(db, actor, f, opts),
    massTemplateIncidents(db, actor, f, opts),
  ]);
  return { filters: f, members, quality, rules, bands, followUp, massTemplate };
}

/** The dashboard as rows for the CSV export: section, week, rep, metric, value (neutralised by toCsv). */
export function dashboardCsvRows(d: Dashboard): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [["section", "week", "rep", "metric", "value"]];
  // the rows that sum every rep shown: one rep's own when the dashboard is one rep's (a member's
  // own, or a manager's filter), as the page labels them
  const whole = (d.filters.rep && d.members.find((m) => m.id === d.filters.rep)?.name) || "Team";
  for (const w of d.quality.team) {
    rows.push(["weekly", w.label, whole, "sent", w.sent], ["weekly", w.label, whole, "median_score", w.median]);
    for (const v of ["send", "revise", "block"] as const) rows.push(["weekly", w.label, whole, `verdict_${v}`, w[v]]);
  }
  for (const rep of d.quality.reps)
    for (const w of rep.weeks) if (w.sent) rows.push(["weekly", w.label, rep.name, "sent", w.sent], ["weekly", w.label, rep.name, "median_score", w.median]);
  for (const r of d.rules) rows.push(["rules", null, null, `${r.ruleId}_fail`, r.fail], ["rules", null, null, `${r.ruleId}_warn`, r.warn]);
  for (const b of d.bands) rows.push(["reply_rate", null, null, `band_${b.band}_sent`, b.sent], ["reply_rate", null, null, `band_${b.band}_replied`, b.replied], ["reply_rate", null, null, `band_${b.band}_rate`, b.rate === null ? null : Math.round(b.rate * 1000) / 1000]);
  for (const f of d.followUp) rows.push(["follow_up", null, f.name, "awaiting_reply", f.open], ["follow_up", null, f.name, "unanswered_2_plus", f.twoPlus], ["follow_up", null, f.name, "unanswered_3_plus", f.threePlus]);
  for (const w of d.massTemplate.byWeek) rows.push(["mass_template", w.label, whole, "incidents", w.count]);
  return rows;
}
