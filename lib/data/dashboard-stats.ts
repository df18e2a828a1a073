import { databaseKindOf, type DatabaseKind, type PrismaClient } from "../db-client";
import type { MessageWeekStat, Prisma } from "../generated/sqlite/client";
import { dialectFor, dialectOf, type SqlDialect } from "./sql-dialect";

/**
 * The dashboard's derived tables (MessageCheck, MessageWeekStat, FollowUpStreak) and how they
 * are kept: recordSent when a message is marked sent, recordReply when a reply is logged,
 * rebuildDashboardStats to recompute a workspace from Message, Reply and the stored lint JSON
 * (the seed, the benchmark and a repair after bulk deletes use it), and
 * rebuildDashboardStatsScopedIn for the part of it an archive import changes.
 */

type Tx = Prisma.TransactionClient | PrismaClient;

const DAY = 86_400_000;

/** Monday of the ISO week (UTC) of a date, as YYYY-MM-DD. */
export function weekStart(date: Date): string {
  const day = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
  const dow = (new Date(day).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return new Date(day - dow * DAY).toISOString().slice(0, 10);
}

/** The ISO week label of a week start: "2026-W48". */
export function isoWeekLabel(week: string): string {
  const monday = new Date(`${week}T00:00:00Z`);
  const thursday = new Date(monday.getTime() + 3 * DAY);
  const year = thursday.getUTCFullYear();
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const firstMonday = jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * DAY;
  const n = Math.round((monday.getTime() - firstMonday) / (7 * DAY)) + 1;
  return `${year}-W${String(n).padStart(2, "0")}`;
}

export interface SentMessageFacts {
  id: string;
  workspaceId: string;
  authorId: string;
  prospectId: string | null;
  channel: string;
  language: string;
  verdict: string;
  score: number;
  sentAt: Date;
  /** The stored LintResult (JSON string or parsed). */
  lintResult: string | { checks: { id: string; status: string }[] };
}

/**
 * The statuses MessageCheck holds: every check but the passed ones. The dashboard reads fail and
 * warn; the skips are there so that the insights page can count the passes as sent − raised −
 * skipped (a lint result has one check per rule) without storing a row per rule and message.
 */
export const STORED_STATUSES = ["fail", "warn", "skip"] as const;
export type StoredStatus = (typeof STORED_STATUSES)[number];

/** The checks of a lint result that MessageCheck keeps: all but the passed ones. */
export function storedChecks(lintResult: SentMessageFacts["lintResult"]): { ruleId: string; status: StoredStatus }[] {
  const parsed = typeof lintResult === "string" ? (JSON.parse(lintResult) as { checks?: { id: string; status: string }[] }) : lintResult;
  return (parsed.checks ?? []).filter((c) => (STORED_STATUSES as readonly string[]).includes(c.status)).map((c) => ({ ruleId: c.id, status: c.status as StoredStatus }));
}

type RaisedCheck = { ruleId: string; status: "fail" | "warn" };
/** A check that was raised: failed or warned, neither passed nor skipped. */
const isRaised = (c: { ruleId: string; status: StoredStatus }): c is RaisedCheck => c.status !== "skip";

type Counts = Record<string, number>;

/** "All channels" / "all languages" in MessageWeekStat's roll-up rows. */
export const ALL = "*";

/** The four MessageWeekStat keys a message counts in: its channel and language, and the roll-ups. */
function statKeys(m: { workspaceId: string; authorId: string; channel: string; language: string; sentAt: Date }) {
  const week = weekStart(m.sentAt);
  return [
    [m.channel, m.language],
    [m.channel, ALL],
    [ALL, m.language],
    [ALL, ALL],
  ].map(([channel, language]) => ({ workspaceId: m.workspaceId, week, authorId: m.authorId, channel, language }));
}
type RuleCounts = Record<string, [number, number]>;

/**
 * The week rows are read, changed and written back (their JSON counts cannot be incremented in
 * SQL), so two transactions of one workspace must not interleave: on PostgreSQL a transaction-scoped
 * advisory lock per workspace serialises them (else concurrent sends lose counts or collide on a new
 * row); SQLite runs one write transaction at a time anyway.
 */
async function lockWorkspaceStats(tx: Tx, kind: DatabaseKind, workspaceId: string): Promise<void> {
  if (kind !== "postgres") return;
  await tx.$queryRawUnsafe(`SELECT 1 AS locked FROM (SELECT pg_advisory_xact_lock(hashtext($1))) AS l`, `dashboard-stats:${workspaceId}`);
}

/** Records a message that was just marked sent in the dashboard tables. */
export async function recordSent(db: PrismaClient, m: SentMessageFacts): Promise<void> {
  const kind = databaseKindOf(db);
  await db.$transaction((tx) => recordSentIn(tx, kind, m));
}

/** recordSent inside the caller's transaction (a save stores the message and its statistics at once). */
export async function recordSentIn(tx: Tx, kind: DatabaseKind, m: SentMessageFacts): Promise<void> {
  const stored = storedChecks(m.lintResult);
  const checks = stored.filter(isRaised);
  await lockWorkspaceStats(tx, kind, m.workspaceId);
  await tx.messageCheck.deleteMany({ where: { messageId: m.id } });
  if (stored.length) {
    await tx.messageCheck.createMany({ data: stored.map((c) => ({ messageId: m.id, ruleId: c.ruleId, status: c.status, workspaceId: m.workspaceId, sentAt: m.sentAt })) });
  }
  const mass = checks.some((c) => c.ruleId === "mass-template" && c.status === "fail") ? 1 : 0;
  for (const key of statKeys(m)) {
    const row = await tx.messageWeekStat.findUnique({ where: { workspaceId_week_authorId_channel_language: key } });
    const scores: Counts = row ? JSON.parse(row.scores) : {};
    scores[m.score] = (scores[m.score] ?? 0) + 1;
    const rules: RuleCounts = row ? JSON.parse(row.rules) : {};
    for (const c of checks) {
      const r = (rules[c.ruleId] ??= [0, 0]);
      r[c.status === "fail" ? 0 : 1] += 1;
    }
    const data = {
      sent: (row?.sent ?? 0) + 1,
      send: (row?.send ?? 0) + (m.verdict === "send" ? 1 : 0),
      revise: (row?.revise ?? 0) + (m.verdict === "revise" ? 1 : 0),
      block: (row?.block ?? 0) + (m.verdict === "block" ? 1 : 0),
      massTemplate: (row?.massTemplate ?? 0) + mass,
      scores: JSON.stringify(scores),
      rules: JSON.stringify(rules),
    };
    if (row) await tx.messageWeekStat.update({ where: { workspaceId_week_authorId_channel_language: key }, data });
    else await tx.messageWeekStat.create({ data: { ...key, ...data } });
  }
  if (m.prospectId) await refreshStreak(tx, m.workspaceId, m.prospectId);
}

/** Records a reply that was just logged: the message counts as replied once, the prospect's streak ends. */
export async function recordReply(db: PrismaClient, messageId: string): Promise<void> {
  const kind = databaseKindOf(db);
  await db.$transaction((tx) => recordReplyIn(tx, kind, messageId));
}

/** recordReply inside the caller's transaction (logging a reply stores it and its statistics at once). */
export async function recordReplyIn(tx: Tx, kind: DatabaseKind, messageId: string): Promise<void> {
  // the lock before the count: two replies logged at once must not both count as the first
  const owner = await tx.message.findUnique({ where: { id: messageId }, select: { workspaceId: true } });
  if (!owner) return;
  await lockWorkspaceStats(tx, kind, owner.workspaceId);
  const m = await tx.message.findUnique({ where: { id: messageId }, select: { workspaceId: true, authorId: true, prospectId: true, channel: true, language: true, score: true, sentAt: true, status: true, _count: { select: { replies: true } } } });
  if (!m || m.status !== "sent" || !m.sentAt) return;
  if (m._count.replies === 1) {
    for (const key of statKeys({ ...m, sentAt: m.sentAt })) {
      const row = await tx.messageWeekStat.findUnique({ where: { workspaceId_week_authorId_channel_language: key } });
      if (!row) continue;
      const replied: Counts = JSON.parse(row.replied);
      replied[m.score] = (replied[m.score] ?? 0) + 1;
      await tx.messageWeekStat.update({ where: { workspaceId_week_authorId_channel_language: key }, data: { replied: JSON.stringify(replied) } });
    }
  }
  if (m.prospectId) await refreshStreak(tx, m.workspaceId, m.prospectId);
}

/** Weeks per read, rows per delete in forgetProspectMessages: within SQLite's 999 bound parameters. */
const CHUNK = 100;

/** What a prospect's messages add to one MessageWeekStat row, to take out of it at once. */
interface WeekShare {
  key: ReturnType<typeof statKeys>[number];
  sent: number;
  send: number;
  revise: number;
  block: number;
  massTemplate: number;
  scores: Counts;
  replied: Counts;
  rules: RuleCounts;
}

/**
 * Takes a prospect's sent messages out of the weekly aggregates before they are deleted (GDPR
 * erasure, retention purge); their checks and the prospect's streak go with the foreign keys.
 * Call it inside the deleting transaction.
 */
export async function forgetProspectMessages(tx: Tx, kind: DatabaseKind, workspaceId: string, prospectId: string): Promise<void> {
  // the week rows are read and written back: a send in the same workspace meanwhile must wait (PostgreSQL)
  await lockWorkspaceStats(tx, kind, workspaceId);
  const messages = await tx.message.findMany({
    where: { workspaceId, prospectId, status: "sent", sentAt: { not: null } },
    // the skipped checks are in no weekly count
    select: { authorId: true, channel: true, language: true, score: true, verdict: true, sentAt: true, checks: { where: { status: { in: ["fail", "warn"] } }, select: { ruleId: true, status: true } }, _count: { select: { replies: true } } },
  });
  // the messages' shares added up per row first, then the rows read in a few queries and each
  // written once: not a read and a write per message and row, which held the write lock for tens
  // of seconds at thousands of messages
  const rowId = (k: { week: string; authorId: string; channel: string; language: string }) => JSON.stringify([k.week, k.authorId, k.channel, k.language]);
  const shares = new Map<string, WeekShare>();
  for (const m of messages) {
    const mass = m.checks.some((c) => c.ruleId === "mass-template" && c.status === "fail") ? 1 : 0;
    for (const key of statKeys({ ...m, workspaceId, sentAt: m.sentAt! })) {
      let share = shares.get(rowId(key));
      if (!share) shares.set(rowId(key), (share = { key, sent: 0, send: 0, revise: 0, block: 0, massTemplate: 0, scores: {}, replied: {}, rules: {} }));
      share.sent += 1;
      share.send += m.verdict === "send" ? 1 : 0;
      share.revise += m.verdict === "revise" ? 1 : 0;
      share.block += m.verdict === "block" ? 1 : 0;
      share.massTemplate += mass;
      share.scores[m.score] = (share.scores[m.score] ?? 0) + 1;
      if (m._count.replies > 0) share.replied[m.score] = (share.replied[m.score] ?? 0) + 1;
      for (const c of m.checks) (share.rules[c.ruleId] ??= [0, 0])[c.status === "fail" ? 0 : 1] += 1;
    }
  }
  const keys = [...shares.values()].map((s) => s.key);
  const weeks = [...new Set(keys.map((k) => k.week))];
  const authors = [...new Set(keys.map((k) => k.authorId))];
  const rows = new Map<string, MessageWeekStat>();
  // a bounded number of parameters per query on either database
  for (let i = 0; i < weeks.length; i += CHUNK) {
    const found = await tx.messageWeekStat.findMany({ where: { workspaceId, authorId: { in: authors }, week: { in: weeks.slice(i, i + CHUNK) } } });
    for (const row of found) rows.set(rowId(row), row);
  }
  const emptied: WeekShare["key"][] = [];
  for (const [id, share] of shares) {
    const row = rows.get(id);
    if (!row) continue;
    // the row holds nothing but these messages
    if (row.sent <= share.sent) {
      emptied.push(share.key);
      continue;
    }
    // counts that would drop below zero (a row out of step) stop at zero, and zeros are left out
    const subtract = (json: string, taken: Counts) => {
      const hist: Counts = JSON.parse(json);
      for (const [score, n] of Object.entries(taken)) {
        hist[score] = Math.max(0, (hist[score] ?? 0) - n);
        if (hist[score] === 0) delete hist[score];
      }
      return JSON.stringify(hist);
    };
    const rules: RuleCounts = JSON.parse(row.rules);
    for (const [ruleId, [fail, warn]] of Object.entries(share.rules)) {
      const r = rules[ruleId];
      if (!r) continue;
      r[0] = Math.max(0, r[0] - fail);
      r[1] = Math.max(0, r[1] - warn);
      if (r[0] === 0 && r[1] === 0) delete rules[ruleId];
    }
    await tx.messageWeekStat.update({
      where: { workspaceId_week_authorId_channel_language: share.key },
      data: {
        sent: row.sent - share.sent,
        send: row.send - share.send,
        revise: row.revise - share.revise,
        block: row.block - share.block,
        massTemplate: row.massTemplate - share.massTemplate,
        scores: subtract(row.scores, share.scores),
        replied: Object.keys(share.replied).length ? subtract(row.replied, share.replied) : row.replied,
        rules: JSON.stringify(rules),
      },
    });
  }
  for (let i = 0; i < emptied.length; i += CHUNK) {
    await tx.messageWeekStat.deleteMany({ where: { workspaceId, OR: emptied.slice(i, i + CHUNK).map(({ week, authorId, channel, language }) => ({ week, authorId, channel, language })) } });
  }
}

/** Recomputes one prospect's unanswered streak: sent messages after the latest reply. */
export async function refreshStreak(tx: Tx, workspaceId: string, prospectId: string): Promise<void> {
  const lastReply = await tx.reply.findFirst({ where: { prospectId }, orderBy: { receivedAt: "desc" }, select: { receivedAt: true } });
  const open = { prospectId, workspaceId, status: "sent", ...(lastReply ? { sentAt: { gt: lastReply.receivedAt } } : {}) };
  // the latest and a count: every send and reply runs this, and a long unanswered run has no end
  const last = await tx.message.findFirst({ where: open, orderBy: { sentAt: "desc" }, select: { authorId: true, channel: true, language: true, sentAt: true } });
  if (!last) {
    await tx.followUpStreak.deleteMany({ where: { prospectId } });
    return;
  }
  const unanswered = await tx.message.count({ where: open });
  const data = { workspaceId, authorId: last.authorId, channel: last.channel, language: last.language, unanswered, lastSentAt: last.sentAt! };
  await tx.followUpStreak.upsert({ where: { prospectId }, create: { prospectId, ...data }, update: data });
}

/** Each message counted four times: by channel and language, and in the roll-ups with "*". */
const CUBE = `(SELECT 1 AS c, 1 AS l UNION ALL SELECT 1, 0 UNION ALL SELECT 0, 1 UNION ALL SELECT 0, 0)`;
const CUBE_CHANNEL = `CASE WHEN x.c = 1 THEN m."channel" ELSE '${ALL}' END`;
const CUBE_LANGUAGE = `CASE WHEN x.l = 1 THEN m."language" ELSE '${ALL}' END`;
const flag = (condition: string) => `CASE WHEN ${condition} THEN 1 ELSE 0 END`;

/**
 * Recomputes a workspace's dashboard tables from its sent messages, their lint JSON and replies.
 * Set-based SQL: a million messages take seconds, the demo workspace milliseconds.
 */
export async function rebuildDashboardStats(db: PrismaClient, workspaceId: string): Promise<void> {
  const dialect = dialectOf(db);
  await db.$transaction((tx) => rebuildDashboardStatsIn(tx, dialect, workspaceId), { timeout: 300_000, maxWait: 10_000 });
}

/**
 * rebuildDashboardStats inside the caller's transaction. Its statements delete a workspace's rows
 * and insert them again: a send between the two (recordSentIn) would collide with the insert or
 * be lost, so the workspace's stats lock is held throughout, as for a send.
 */
export async function rebuildDashboardStatsIn(tx: Tx, dialect: SqlDialect, workspaceId: string): Promise<void> {
  await lockWorkspaceStats(tx, dialect.kind, workspaceId);
  for (const sql of [...statsStatements(dialect, "workspace"), ...streakStatements(dialect, "workspace")]) await run(tx, dialect, sql, { workspace: workspaceId });
}

/** The statements of rebuildDashboardStats, with ? placeholders; every ? is the workspace id. */
export function rebuildStatements(dialect: SqlDialect = dialectFor("sqlite")): string[] {
  return [...statsStatements(dialect, "workspace"), ...streakStatements(dialect, "workspace")].map((sql) => sql.replaceAll(":workspace", "?"));
}

/**
 * A column test no index serves, on SQLite: without ANALYZE statistics it takes the index with
 * more equal columns, the workspace's, and would read every message of the workspace to find one
 * author's or prospect's. The unary + keeps the test off the index; PostgreSQL plans on statistics.
 */
const offIndex = (dialect: SqlDialect, column: string) => (dialect.kind === "sqlite" ? `+${column}` : column);

/** Prospects per streak statement: two lists of them within either database's bound parameters. */
const PROSPECT_CHUNK = 1_000;

/**
 * What rebuildDashboardStatsIn would change after messages by `authorIds`, and replies to their
 * messages, were added to prospects `prospectIds`: those authors' MessageCheck and MessageWeekStat
 * rows and those prospects' streaks, with the full rebuild's SQL. A week row is one author's and a
 * streak one prospect's, so the rows outside the scope (kept by recordSent and recordReply) are
 * already what a full rebuild writes. For archive imports: one rep's import recomputed the whole
 * team's statistics, minutes for a million messages, while every send of the workspace waited.
 */
export async function rebuildDashboardStatsScopedIn(tx: Tx, dialect: SqlDialect, workspaceId: string, scope: { authorIds: Iterable<string>; prospectIds: Iterable<string> }): Promise<void> {
  await lockWorkspaceStats(tx, dialect.kind, workspaceId);
  for (const author of new Set(scope.authorIds)) for (const sql of statsStatements(dialect, "author")) await run(tx, dialect, sql, { workspace: workspaceId, author });
  const prospects = [...new Set(scope.prospectIds)];
  for (let i = 0; i < prospects.length; i += PROSPECT_CHUNK) {
    for (const sql of streakStatements(dialect, "prospects")) await run(tx, dialect, sql, { workspace: workspaceId, prospects: prospects.slice(i, i + PROSPECT_CHUNK) });
  }
}

/** Runs a rebuild statement, its :workspace, :author and :prospects (a list) bound in the order they appear. */
async function run(tx: Tx, dialect: SqlDialect, sql: string, values: { workspace: string; author?: string; prospects?: string[] }): Promise<void> {
  const params: string[] = [];
  const text = sql.replace(/:(workspace|author|prospects)\b/g, (_, name: keyof typeof values) => {
    const value = values[name];
    if (value === undefined) throw new Error(`rebuild statement needs :${name}`);
    if (typeof value === "string") {
      params.push(value);
      return "?";
    }
    params.push(...value);
    return value.map(() => "?").join(", ");
  });
  await tx.$executeRawUnsafe(dialect.sql(text), ...params);
}

/**
 * The statements that recompute MessageCheck and MessageWeekStat: for the whole workspace, or for
 * one author's messages (the week rows are keyed by author, so an author's are recomputed from
 * that author's messages alone). The author's read Message by its (authorId, status) index; on
 * SQLite they reach MessageCheck by its primary key, PostgreSQL may hash a scan of it instead.
 */
function statsStatements(dialect: SqlDialect, scope: "workspace" | "author"): string[] {
  const week = dialect.isoWeekStart(`m."sentAt"`);
  const byAuthor = scope === "author";
  const messages = byAuthor ? `${offIndex(dialect, `m."workspaceId"`)} = :workspace AND m."authorId" = :author` : `m."workspaceId" = :workspace`;
  return [
    byAuthor
      ? `DELETE FROM "MessageCheck" WHERE "messageId" IN (SELECT m."id" FROM "Message" m WHERE ${messages})`
      : `DELETE FROM "MessageCheck" WHERE "workspaceId" = :workspace`,
    `INSERT INTO "MessageCheck" ("messageId", "ruleId", "status", "workspaceId", "sentAt")
       SELECT m."id", c.value ->> 'id', c.value ->> 'status', m."workspaceId", m."sentAt"
       FROM "Message" m, ${dialect.jsonArrayElements(`m."lintResult"`, "checks", "c")}
       WHERE ${messages} AND m."status" = 'sent' AND m."sentAt" IS NOT NULL AND c.value ->> 'status' IN (${STORED_STATUSES.map((s) => `'${s}'`).join(", ")})`,
    `DELETE FROM "MessageWeekStat" WHERE "workspaceId" = :workspace${byAuthor ? ` AND "authorId" = :author` : ""}`,
    `WITH base AS MATERIALIZED (
         SELECT week, "authorId", "channel", "language", "score", count(*) AS n, sum(s) AS s, sum(rv) AS rv, sum(b) AS b, sum(mt) AS mt, sum(r) AS r
         FROM (
           SELECT ${week} AS week, m."authorId", m."channel", m."language", m."score",
                  ${flag(`m."verdict" = 'send'`)} AS s, ${flag(`m."verdict" = 'revise'`)} AS rv, ${flag(`m."verdict" = 'block'`)} AS b,
                  ${flag(`EXISTS (SELECT 1 FROM "MessageCheck" c WHERE c."messageId" = m."id" AND c."ruleId" = 'mass-template' AND c."status" = 'fail')`)} AS mt,
                  ${flag(`EXISTS (SELECT 1 FROM "Reply" r WHERE r."messageId" = m."id")`)} AS r
           FROM "Message" m
           WHERE ${messages} AND m."status" = 'sent' AND m."sentAt" IS NOT NULL
         ) AS sent
         GROUP BY 1, 2, 3, 4, 5
       ),
       cube AS (
         SELECT week, "authorId", ${CUBE_CHANNEL} AS "channel", ${CUBE_LANGUAGE} AS "language", "score",
                sum(n) AS n, sum(s) AS s, sum(rv) AS rv, sum(b) AS b, sum(mt) AS mt, sum(r) AS r
         FROM base AS m, ${CUBE} AS x
         GROUP BY 1, 2, 3, 4, 5
       ),
       stats AS MATERIALIZED (
         SELECT week, "authorId", "channel", "language", sum(n) AS sent, sum(s) AS s, sum(rv) AS rv, sum(b) AS b, sum(mt) AS mt,
                ${dialect.jsonObjectAgg(`"score"`, "n")} AS scores, ${dialect.jsonObjectAgg(`"score"`, "r")} AS replied
         FROM cube GROUP BY 1, 2, 3, 4
       ),
       rulebase AS MATERIALIZED (
         SELECT ${week} AS week, m."authorId", m."channel", m."language", c."ruleId",
                sum(${flag(`c."status" = 'fail'`)}) AS f, sum(${flag(`c."status" = 'warn'`)}) AS w
         FROM ${byAuthor ? `"Message" m JOIN "MessageCheck" c ON c."messageId" = m."id"` : `"MessageCheck" c JOIN "Message" m ON m."id" = c."messageId"`}
         WHERE ${byAuthor ? messages : `c."workspaceId" = :workspace`} AND c."status" IN ('fail', 'warn')
         GROUP BY 1, 2, 3, 4, 5
       ),
       rulecube AS (
         SELECT week, "authorId", ${CUBE_CHANNEL} AS "channel", ${CUBE_LANGUAGE} AS "language", "ruleId", sum(f) AS f, sum(w) AS w
         FROM rulebase AS m, ${CUBE} AS x
         GROUP BY 1, 2, 3, 4, 5
       ),
       rules AS MATERIALIZED (
         SELECT week, "authorId", "channel", "language", ${dialect.jsonObjectAgg(`"ruleId"`, dialect.jsonArray("f", "w"))} AS rules
         FROM rulecube GROUP BY 1, 2, 3, 4
       )
     INSERT INTO "MessageWeekStat" ("workspaceId", "week", "authorId", "channel", "language", "sent", "send", "revise", "block", "massTemplate", "scores", "replied", "rules")
       SELECT :workspace, s.week, s."authorId", s."channel", s."language", s.sent, s.s, s.rv, s.b, s.mt, s.scores, s.replied, coalesce(r.rules, '{}')
       FROM stats s LEFT JOIN rules r ON r.week = s.week AND r."authorId" = s."authorId" AND r."channel" = s."channel" AND r."language" = s."language"`,
  ];
}

/**
 * The statements that recompute FollowUpStreak: for the whole workspace, or for a list of its
 * prospects (a streak is one prospect's: its latest reply and the messages sent to it since, by
 * whichever author).
 */
function streakStatements(dialect: SqlDialect, scope: "workspace" | "prospects"): string[] {
  const listed = (column: string) => (scope === "prospects" ? ` AND ${column} IN (:prospects)` : "");
  const workspace = (column: string) => `${scope === "prospects" ? offIndex(dialect, column) : column} = :workspace`;
  return [
    `DELETE FROM "FollowUpStreak" WHERE ${workspace(`"workspaceId"`)}${listed(`"prospectId"`)}`,
    `INSERT INTO "FollowUpStreak" ("prospectId", "workspaceId", "authorId", "channel", "language", "unanswered", "lastSentAt")
       SELECT "prospectId", :workspace, "authorId", "channel", "language", n, "sentAt"
       FROM (
         SELECT m."prospectId", m."authorId", m."channel", m."language", m."sentAt",
                row_number() OVER (PARTITION BY m."prospectId" ORDER BY m."sentAt" DESC) AS rn,
                count(*) OVER (PARTITION BY m."prospectId") AS n
         FROM "Message" m
         LEFT JOIN (
           SELECT r."prospectId", max(r."receivedAt") AS last FROM "Reply" r JOIN "Prospect" p ON p."id" = r."prospectId"
           WHERE ${workspace(`p."workspaceId"`)}${listed(`r."prospectId"`)} GROUP BY r."prospectId"
         ) lr ON lr."prospectId" = m."prospectId"
         WHERE ${workspace(`m."workspaceId"`)} AND m."status" = 'sent' AND m."prospectId" IS NOT NULL AND m."sentAt" IS NOT NULL${listed(`m."prospectId"`)}
           AND (lr.last IS NULL OR m."sentAt" > lr.last)
       ) AS latest
       WHERE rn = 1`,
  ];
}
