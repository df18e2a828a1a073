// npm run bench:dashboard — the dashboard's queries on a million sent messages.
// Creates a temporary SQLite database (prisma migrate deploy), bulk-inserts a workspace with
// 1,000,000 sent messages over two years (better-sqlite3, prepared statements, transactions),
// fills the dashboard tables with rebuildDashboardStats' SQL, then times every query through the
// functions the page uses: median and max of several runs. Goal: ≤ 300 ms per query. Then the
// insights page's query (replyInsights) for the team and for one rep.
//   MESSAGES=200000 npm run bench:dashboard    # a smaller run
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { rng } from "../lib/bench/corpus";
import { createPrismaClient } from "../lib/db-client";
import { failingRules, followUpDiscipline, getDashboard, loadWeekStats, massTemplateIncidents, replyRateByBand, weeklyQuality, type DashboardFilters } from "../lib/data/dashboard";
import { rebuildStatements } from "../lib/data/dashboard-stats";
import { replyInsights } from "../lib/data/reply-insights";
import { RULE_IDS } from "../lib/lint/schema";

const MESSAGES = Number(process.env.MESSAGES ?? 1_000_000);
const REPS = 20;
const PROSPECTS = 50_000;
const WEEKS = 104;
const RUNS = 7;
const DAY = 86_400_000;

const dir = mkdtempSync(path.join(tmpdir(), "ansprache-bench-"));
const file = path.join(dir, "bench.db");
const url = `file:${file}`;
const iso = (t: number) => new Date(t).toISOString().replace("Z", "+00:00"); // as Prisma stores DateTime

function ms(from: number) {
  return Math.round(performance.now() - from);
}

/** Message shapes like the linter's real results: score, verdict and the checks that did not pass. */
const SHAPES: { score: number; verdict: string; checks: [string, string][]; good: number }[] = [
  { score: 100, verdict: "send", checks: [], good: 1 },
  { score: 98, verdict: "send", checks: [["call-to-action", "warn"]], good: 1 },
  { score: 78, verdict: "revise", checks: [["relevance", "fail"]], good: 0.6 },
  { score: 61, verdict: "revise", checks: [["usp", "warn"], ["value", "fail"]], good: 0.4 },
  { score: 46, verdict: "revise", checks: [["relevance", "fail"], ["problem", "fail"], ["usp", "warn"], ["call-to-action", "warn"]], good: 0.2 },
  { score: 40, verdict: "revise", checks: [["relevance", "fail"], ["problem", "fail"], ["usp", "warn"], ["value", "fail"], ["call-to-action", "warn"]], good: 0 },
  { score: 22, verdict: "block", checks: [["relevance", "fail"], ["problem", "fail"], ["value", "fail"], ["mass-template", "fail"]], good: 0 },
  { score: 12, verdict: "block", checks: [["hype", "fail"], ["call-to-action", "warn"], ["premature-pitch", "fail"], ["concise", "fail"]], good: 0 },
];
const CHANNELS = ["message", "message", "inmail", "connection-note", "follow-up"];

/**
 * Checks that were skipped, as the linter skips them (about three per message in the demo data):
 * follow-up outside follow-ups, formality in English, mass-template and premature-pitch without
 * earlier messages to compare with. Taken from the message number, not the random stream, so the
 * messages are otherwise the ones measured before skips were stored.
 */
function skipped(i: number, channel: string, language: string): [string, string][] {
  const skips: [string, string][] = [];
  if (channel !== "follow-up") skips.push(["follow-up", "skip"]);
  if (language === "en") skips.push(["formality", "skip"]);
  if (i % 4 !== 0) skips.push(["mass-template", "skip"]);
  if (i % 3 === 0) skips.push(["premature-pitch", "skip"]);
  return skips;
}

function generate() {
  const started = performance.now();
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = OFF");
  sqlite.pragma("cache_size = -200000");
  const r = rng(42);
  const now = Date.now();
  const createdAt = iso(now);

  const insertWorkspace = sqlite.prepare(`INSERT INTO "Workspace" (id, name, createdAt) VALUES (?, ?, ?)`);
  const insertMember = sqlite.prepare(`INSERT INTO "Member" (id, workspaceId, name, email, role, createdAt) VALUES (?, ?, ?, ?, ?, ?)`);
  const insertProspect = sqlite.prepare(`INSERT INTO "Prospect" (id, workspaceId, name, role, company, location, source, collectedAt, createdAt, updatedAt) VALUES (?, ?, ?, '', '', '', 'manual', ?, ?, ?)`);
  const insertMessage = sqlite.prepare(
    `INSERT INTO "Message" (id, workspaceId, authorId, prospectId, status, channel, body, language, verdict, score, lintResult, sentAt, createdAt, updatedAt) VALUES (?, ?, ?, ?, 'sent', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertReply = sqlite.prepare(`INSERT INTO "Reply" (id, messageId, prospectId, receivedAt, createdAt) VALUES (?, ?, ?, ?, ?)`);

  const workspaces = [
    { id: "ws-big", messages: MESSAGES, reps: REPS, prospects: PROSPECTS },
    { id: "ws-small", messages: 2_000, reps: 3, prospects: 100 }, // another tenant that must not slow or leak
  ];
  let replies = 0;
  for (const ws of workspaces) {
    const reps = Array.from({ length: ws.reps }, (_, i) => `${ws.id}-rep-${i}`);
    const prospects = Array.from({ length: ws.prospects }, (_, i) => `${ws.id}-p-${i}`);
    sqlite.transaction(() => {
      insertWorkspace.run(ws.id, ws.id, createdAt);
      reps.forEach((id, i) => insertMember.run(id, ws.id, `Rep ${i + 1}`, `rep${i}@${ws.id}.test`, i === 0 ? "manager" : "member", createdAt));
      prospects.forEach((id, i) => insertProspect.run(id, ws.id, `Prospect ${i}`, createdAt, createdAt, createdAt));
    })();
    const BATCH = 50_000;
    for (let start = 0; start < ws.messages; start += BATCH) {
      sqlite.transaction(() => {
        for (let i = start; i < Math.min(ws.messages, start + BATCH); i++) {
          const age = r(); // 0 = now, 1 = two years ago
          const sentAt = now - Math.floor(age * WEEKS * 7 * DAY);
          const repIndex = Math.floor(r() * reps.length);
          // quality improves over time and differs by rep
          const skill = 0.25 + 0.5 * (1 - age) + (repIndex % 5) * 0.04;
          const shape = SHAPES.find((s) => s.good <= skill && r() < 0.5 + s.good / 2) ?? SHAPES[Math.floor(r() * SHAPES.length)];
          const score = Math.max(0, Math.min(100, shape.score + Math.floor(r() * 9) - 4));
          const channel = CHANNELS[Math.floor(r() * CHANNELS.length)];
          const language = r() < 0.55 ? "de" : "en";
          // a rule the shape raises was not skipped
          const failing = new Map([...skipped(i, channel, language), ...shape.checks]);
          const lintResult = JSON.stringify({
            verdict: shape.verdict,
            score,
            language,
            channel,
            checks: RULE_IDS.map((id) => ({ id, status: failing.get(id) ?? "pass", messageId: failing.has(id) ? "bench" : "ok" })),
            llm: { status: "off" },
          });
          const id = `${ws.id}-m-${i}`;
          const prospect = prospects[Math.floor(r() * prospects.length)];
          insertMessage.run(id, ws.id, reps[repIndex], prospect, channel, `Message ${i}`, language, shape.verdict, score, lintResult, iso(sentAt), iso(sentAt), iso(sentAt));
          if (r() < 0.03 + 0.4 * (score / 100) ** 2) {
            insertReply.run(`${id}-r`, id, prospect, iso(Math.min(now, sentAt + (1 + Math.floor(r() * 6)) * DAY)), createdAt);
            replies++;
          }
        }
      })();
    }
  }
  const generated = ms(started);
  const rebuildStarted = performance.now();
  for (const ws of workspaces)
    for (const sql of rebuildStatements()) {
      const t = performance.now();
      sqlite.prepare(sql).run(...Array.from({ length: sql.split("?").length - 1 }, () => ws.id));
      if (process.env.VERBOSE) console.log(`  ${ms(t)} ms  ${sql.replace(/\s+/g, " ").slice(0, 70)}`);
    }
  sqlite.pragma("optimize");
  sqlite.exec("ANALYZE");
  const rebuilt = ms(rebuildStarted);
  const counts = sqlite
    .prepare(`SELECT (SELECT count(*) FROM "Message") m, (SELECT count(*) FROM "MessageCheck" WHERE "status" <> 'skip') c, (SELECT count(*) FROM "MessageCheck" WHERE "status" = 'skip') k, (SELECT count(*) FROM "MessageWeekStat") w, (SELECT count(*) FROM "FollowUpStreak") s`)
    .get() as Record<string, number>;
  sqlite.close();
  return { generated, rebuilt, replies, counts };
}

async function main() {
  const migrateStarted = performance.now();
  execFileSync(process.execPath, [path.join("node_modules", "prisma", "build", "index.js"), "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
  console.log(`migrated a fresh database in ${ms(migrateStarted)} ms: ${file}`);
  const g = generate();
  console.log(
    `generated ${g.counts.m.toLocaleString("en")} messages (${g.replies.toLocaleString("en")} replied) in ${(g.generated / 1000).toFixed(1)} s; ` +
      `rebuilt the dashboard tables in ${(g.rebuilt / 1000).toFixed(1)} s (${g.counts.c.toLocaleString("en")} failing and ${g.counts.k.toLocaleString("en")} skipped checks, ${g.counts.w.toLocaleString("en")} weekly rows, ${g.counts.s.toLocaleString("en")} open streaks)`,
  );

  const db = createPrismaClient(url);
  const actor = { workspaceId: "ws-big", memberId: "ws-big-rep-0" };
  const now = new Date();
  const scenarios: [string, DashboardFilters][] = [
    ["all time", { period: "all" }],
    ["12 weeks", { period: "12" }],
    ["all, one rep", { period: "all", rep: "ws-big-rep-3" }],
    ["26 weeks, inmail + de", { period: "26", channel: "inmail", language: "de" }],
  ];
  const queries: [string, (f: DashboardFilters) => Promise<unknown>][] = [
    ["weekly stats rows", (f) => loadWeekStats(db, actor, f, now)],
    ["weekly median + verdicts", (f) => weeklyQuality(db, actor, f, { now })],
    ["failing rules", (f) => failingRules(db, actor, f, { now })],
    ["reply rate by band", (f) => replyRateByBand(db, actor, f, { now })],
    ["follow-up discipline", (f) => followUpDiscipline(db, actor, f, { now })],
    ["mass-template incidents", (f) => massTemplateIncidents(db, actor, f, { now })],
    ["whole page (getDashboard)", (f) => getDashboard(db, actor, f, now)],
  ];
  /** Median and max of RUNS runs after a warm-up, printed as a table row. */
  async function time(name: string, scenario: string, run: () => Promise<unknown>) {
    await run(); // warm-up
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      await run();
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    const max = times[times.length - 1];
    console.log(`${name.padEnd(28)}${scenario.padEnd(24)}${median.toFixed(1).padStart(10)}${max.toFixed(1).padStart(9)}`);
    return max;
  }
  const worst: number[] = [];
  console.log(`\n${"query".padEnd(28)}${"filters".padEnd(24)}${"median ms".padStart(10)}${"max ms".padStart(9)}`);
  for (const [scenario, f] of scenarios) {
    for (const [name, run] of queries) {
      const max = await time(name, scenario, () => run(f));
      if (name !== "whole page (getDashboard)") worst.push(max);
    }
  }
  const slowest = Math.max(...worst);
  console.log(`\nslowest single query: ${slowest.toFixed(1)} ms (goal ≤ 300 ms): ${slowest <= 300 ? "met" : "NOT met"}`);

  // the insights page has no period or channel filter: the team (a manager) or one rep
  const manager = { ...actor, role: "manager" as const };
  console.log();
  await time("reply insights", "team", () => replyInsights(db, manager));
  await time("reply insights", "one rep", () => replyInsights(db, manager, "ws-big-rep-3"));
  await db.$disconnect();
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => (process.env.KEEP_DB ? console.log(`kept ${file}`) : rmSync(dir, { recursive: true, force: true })));
