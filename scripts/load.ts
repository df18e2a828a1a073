// npm run load: starts the production build on 127.0.0.1 and measures it under load, printing
// figures and checking correctness:
//   1. POST /api/lint, 50 connections for 30 s: requests/s and p99 (goal ≥ 1,000/s at p99 ≤ 50 ms)
//   2. POST /api/messages, 200 concurrent saves for 60 s, on SQLite and on PostgreSQL: afterwards
//      the stored rows equal the acknowledged writes, no errors, and the integrity check passes
//   3. PostgreSQL pool exhaustion (a pool of 2, 200 ms to get a connection): 503 with Retry-After
//      instead of errors, and the app answers normally again once the load stops
// Options: --lint-seconds N, --save-seconds N, --only lint|sqlite|postgres. Builds first when there is no build.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { createDatabase, startPostgres, type PostgresServer } from "../test/postgres-server";

const require = createRequire(import.meta.url);
type AutocannonResult = {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  "2xx": number;
  statusCodeStats?: Record<string, { count: number }>;
};
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const autocannon = require("autocannon") as (opts: any) => Promise<AutocannonResult>;

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > -1 ? Number(process.argv[i + 1]) : fallback;
};
const only = (() => {
  const i = process.argv.indexOf("--only");
  return i > -1 ? process.argv[i + 1] : null;
})();
const LINT_SECONDS = arg("lint-seconds", 30);
const SAVE_SECONDS = arg("save-seconds", 60);
const PORT = arg("port", 3200);
const BASE = `http://127.0.0.1:${PORT}`;
const WORK = path.resolve(".load");
const SECRET = "load-test-only-secret-0123456789abcdef0123456789";
const failures: string[] = [];

function check(ok: boolean, what: string) {
  console.log(`  ${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures.push(what);
}

const prisma = (args: string[], url: string) => {
  const r = spawnSync(process.execPath, ["node_modules/prisma/build/index.js", ...args], { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`prisma ${args.join(" ")} failed: ${r.stderr || r.stdout}`);
};

/** The built app (npm start's server) in its own process group, so that stopping it stops it all. */
async function startApp(url: string, env: Record<string, string> = {}, port = PORT): Promise<() => Promise<void>> {
  const base = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, [".next/ansprache-server.mjs", "--hostname", "127.0.0.1", "--port", String(port)], {
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: url, BETTER_AUTH_SECRET: SECRET, BETTER_AUTH_URL: BASE, ...env },
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (d) => (stderr = (stderr + d).slice(-4000)));
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${base}/sign-in`)).ok) break;
    } catch {
      // not up yet
    }
    if (child.exitCode !== null) throw new Error(`the app exited: ${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return async () => {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      // already gone
    }
    await new Promise((r) => setTimeout(r, 500));
  };
}

/** A signed-up user's session cookie, through Better Auth's own endpoint. */
async function signUp(): Promise<string> {
  const res = await fetch(`${BASE}/api/auth/sign-up/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: BASE },
    body: JSON.stringify({ email: `load-${Date.now()}-${Math.random().toString(36).slice(2)}@example.test`, password: "load test password", name: "Lena Last" }),
  });
  if (!res.ok) throw new Error(`sign-up failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(";")[0]).filter((c) => !c.endsWith("=")).join("; ");
  // the member and workspace are made on first use of the session
  const first = await fetch(`${BASE}/api/messages`, { method: "POST", headers: { cookie, "content-type": "application/json" }, body: JSON.stringify({ channel: "message", body: "warm-up draft" }) });
  if (!first.ok) throw new Error(`first save failed: ${first.status} ${await first.text()}`);
  return cookie;
}

function messages(): string[] {
  const out: string[] = [];
  for (const file of ["../shared/eval/dev.jsonl", "eval/extra.jsonl"]) {
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, "utf8").split("\n")) if (line.trim()) out.push(JSON.stringify(JSON.parse(line).input));
  }
  return out.length ? out : [JSON.stringify({ message: "Hi Anna, your post on onboarding stalls rang true. We halved churn at two teams. Worth a look?" })];
}

const codes = (r: AutocannonResult) => Object.entries(r.statusCodeStats ?? {}).map(([code, s]) => `${code}×${s.count}`).join(" ");

async function lintLoad() {
  const bodies = messages();
  let i = 0;
  const run = (duration: number) =>
    autocannon({
      url: `${BASE}/api/lint`,
      connections: 50,
      duration,
      method: "POST",
      headers: { "content-type": "application/json" },
      requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, body: bodies[i++ % bodies.length] }) }],
    });
  await run(3); // warm-up: JIT and first connections, not counted
  console.log(`\n/api/lint: 50 connections for ${LINT_SECONDS} s (the dev and extra sets' inputs in turn, rate limits in place)`);
  const r = await run(LINT_SECONDS);
  console.log(`  ${Math.round(r.requests.average)} requests/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms; ${r.requests.total} requests; status ${codes(r)}`);
  check(r.errors === 0 && r.timeouts === 0 && r.non2xx === 0, `no errors (${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx)`);
  check(r.requests.average >= 1000, `≥ 1,000 requests/s (goal)`);
  check(r.latency.p99 <= 50, `p99 ≤ 50 ms (goal)`);
}

interface SaveFigures {
  acknowledged: number;
  statuses: Record<string, number>;
  /** Requests that got no HTTP answer at all (connection refused or reset). */
  errors: number;
}

/**
 * `connections` clients saving in a loop for `seconds`: each waits for its answer (no client-side
 * timeout, so every write the server finishes is counted), and no new save starts after the deadline.
 */
async function saveLoad(label: string, seconds: number, connections = 200, bases = [BASE]): Promise<SaveFigures> {
  const cookie = await signUp();
  const run = `${Date.now()}`;
  const statuses: Record<string, number> = {};
  const times: number[] = [];
  let n = 0;
  let errors = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  async function client(index: number) {
    // the clients are spread over the instances; the session made on the first one is valid on all
    const base = bases[index % bases.length];
    while (performance.now() < deadline) {
      const k = ++n;
      const t0 = performance.now();
      try {
        const res = await fetch(`${base}/api/messages`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie, "idempotency-key": `load-${run}-${k}` },
          body: JSON.stringify({ channel: "message", status: k % 3 === 0 ? "sent" : "draft", body: `Hi Anna, your post on onboarding stalls rang true (${k}). We halved churn at two teams in 90 days. Worth a look?` }),
        });
        await res.arrayBuffer();
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        if (res.status === 503) await new Promise((r) => setTimeout(r, 50)); // a client backing off a little
      } catch {
        errors++;
      }
      times.push(performance.now() - t0);
    }
  }
  await Promise.all(Array.from({ length: connections }, (_, i) => client(i)));
  const elapsed = (performance.now() - started) / 1000;
  times.sort((x, y) => x - y);
  const q = (p: number) => Math.round(times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0);
  const acknowledged = statuses["200"] ?? 0;
  const codes = Object.entries(statuses).map(([code, count]) => `${code}×${count}`).join(" ");
  console.log(`  ${label}: ${Math.round(acknowledged / elapsed)} saves/s, p50 ${q(0.5)} ms, p99 ${q(0.99)} ms; ${acknowledged} acknowledged; status ${codes}; ${errors} without an answer`);
  return { acknowledged, statuses, errors };
}

const failedSaves = (f: SaveFigures) => f.errors + Object.entries(f.statuses).filter(([code]) => code !== "200").reduce((s, [, c]) => s + c, 0);

const LIMITS_OUT_OF_REACH = { RATE_LIMIT_LINT_ADDRESS: "1000000000", RATE_LIMIT_LINT_USER: "1000000000", RATE_LIMIT_LINT_WORKSPACE: "1000000000" };

async function sqlitePhase() {
  mkdirSync(WORK, { recursive: true });
  const file = path.join(WORK, "load.db");
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  const url = `file:${file}`;
  prisma(["migrate", "deploy"], url);
  // the lint limits (per client address for the open API, per member and workspace for saves) raised
  // so far that they never bite, but still counted in the database on every request as in production
  const stop = await startApp(url, LIMITS_OUT_OF_REACH);
  try {
    if (!only || only === "lint") await lintLoad();
    if (only && only !== "sqlite") return;
    console.log(`\nSQLite: 200 concurrent saves for ${SAVE_SECONDS} s`);
    const before = countSqlite(file);
    const figures = await saveLoad("SQLite", SAVE_SECONDS);
    const { acknowledged } = figures;
    await stop();
    const after = countSqlite(file);
    check(failedSaves(figures) === 0, `0 errors (${failedSaves(figures)})`);
    check(after - before === acknowledged, `rows = acknowledged writes (${after - before} stored, ${acknowledged} acknowledged)`);
    const db = new Database(file, { readonly: true });
    const integrity = db.prepare("PRAGMA integrity_check").pluck().get();
    const sent = db.prepare(`SELECT count(*) FROM "Message" WHERE "status" = 'sent'`).pluck().get();
    const counted = db.prepare(`SELECT coalesce(sum("sent"), 0) FROM "MessageWeekStat" WHERE "channel" = '*' AND "language" = '*'`).pluck().get();
    check(sent === counted, `the dashboard's counts lost no concurrent send (${counted} counted, ${sent} sent)`);
    const orphans = db.prepare(`SELECT count(*) FROM "Message" m LEFT JOIN "Member" a ON a.id = m.authorId WHERE a.id IS NULL`).pluck().get();
    db.close();
    check(integrity === "ok" && orphans === 0, `integrity check: ${integrity}, ${orphans} orphaned rows`);
  } finally {
    await stop();
  }
}

function countSqlite(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    // the warm-up drafts of each sign-up are not part of the run: count only the run's messages
    return db.prepare(`SELECT count(*) FROM "Message" WHERE "body" LIKE 'Hi Anna, your post on onboarding stalls rang true (%'`).pluck().get() as number;
  } finally {
    db.close();
  }
}

async function pgQuery<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function postgresPhase() {
  console.log(`\nPostgreSQL: a server of its own (Debian's postgresql), two app instances on it, 200 concurrent saves for ${SAVE_SECONDS} s`);
  const server: PostgresServer = await startPostgres({ maxConnections: 100 });
  try {
    const url = createDatabase(server, "load");
    prisma(["migrate", "deploy"], url);
    const count = async () => Number((await pgQuery<{ n: string }>(url, `SELECT count(*) AS n FROM "Message" WHERE "body" LIKE 'Hi Anna, your post on onboarding stalls rang true (%'`))[0].n);
    const stopFirst = await startApp(url, LIMITS_OUT_OF_REACH);
    const stopSecond = await startApp(url, LIMITS_OUT_OF_REACH, PORT + 1);
    let stop = async () => {
      await stopFirst();
      await stopSecond();
    };
    try {
      const before = await count();
      const figures = await saveLoad("PostgreSQL", SAVE_SECONDS, 200, [BASE, `http://127.0.0.1:${PORT + 1}`]);
      const { acknowledged } = figures;
      await stop();
      const after = await count();
      check(failedSaves(figures) === 0, `0 errors (${failedSaves(figures)})`);
      check(after - before === acknowledged, `rows = acknowledged writes (${after - before} stored, ${acknowledged} acknowledged)`);
      await pgQuery(url, "CREATE EXTENSION IF NOT EXISTS amcheck");
      const indexes = await pgQuery<{ checked: string }>(
        url,
        `SELECT count(bt_index_check(c.oid, true)) AS checked FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_am a ON a.oid = c.relam WHERE n.nspname = 'public' AND a.amname = 'btree'`,
      );
      const [stats] = await pgQuery<{ sent: string; counted: string }>(
        url,
        `SELECT (SELECT count(*) FROM "Message" WHERE "status" = 'sent') AS sent, (SELECT coalesce(sum("sent"), 0) FROM "MessageWeekStat" WHERE "channel" = '*' AND "language" = '*') AS counted`,
      );
      check(Number(stats.sent) === Number(stats.counted), `the dashboard's counts lost no concurrent send (${stats.counted} counted, ${stats.sent} sent)`);
      const orphans = Number((await pgQuery<{ n: string }>(url, `SELECT count(*) AS n FROM "Message" m LEFT JOIN "Member" a ON a.id = m."authorId" WHERE a.id IS NULL`))[0].n);
      check(Number(indexes[0].checked) > 0 && orphans === 0, `integrity check: ${indexes[0].checked} b-tree indexes verified with amcheck (heap included), ${orphans} orphaned rows`);
    } finally {
      await stop();
    }

    console.log("\nPostgreSQL pool exhaustion: a pool of 2 connections, 200 ms to get one, 200 concurrent saves for 10 s");
    stop = await startApp(url, { ...LIMITS_OUT_OF_REACH, DATABASE_POOL_SIZE: "2", DATABASE_POOL_TIMEOUT_MS: "200" });
    try {
      const { statuses, errors } = await saveLoad("exhausted pool", 10);
      const busy = statuses["503"] ?? 0;
      const other = Object.entries(statuses).filter(([code]) => code !== "200" && code !== "503").reduce((s, [, c]) => s + c, 0);
      check(busy > 0, `answers 503 when no connection is free (${busy} times)`);
      check(other === 0 && errors === 0, `nothing else went wrong (${other} other answers, ${errors} without an answer)`);
      const retryAfter = await probeRetryAfter();
      check(retryAfter !== null, `503 carries Retry-After (${retryAfter ?? "missing"} s)`);
      await new Promise((r) => setTimeout(r, 1000));
      const cookie = await signUp();
      const again = await fetch(`${BASE}/api/messages`, { method: "POST", headers: { cookie, "content-type": "application/json" }, body: JSON.stringify({ channel: "message", body: "after the storm" }) });
      check(again.status === 200, `recovers by itself: a save after the load answers ${again.status}`);
    } finally {
      await stop();
    }
  } finally {
    server.stop();
  }
}

/** One 503 caught in the act while the pool is flooded, to read its Retry-After. */
async function probeRetryAfter(): Promise<string | null> {
  const cookie = await signUp().catch(() => null);
  if (!cookie) return null;
  const send = () => fetch(`${BASE}/api/messages`, { method: "POST", headers: { cookie, "content-type": "application/json" }, body: JSON.stringify({ channel: "message", body: "probe" }) });
  for (let round = 0; round < 5; round++) {
    const answers = await Promise.all(Array.from({ length: 100 }, send));
    const busy = answers.find((r) => r.status === 503);
    if (busy) return busy.headers.get("retry-after");
  }
  return null;
}

if (!existsSync(".next/BUILD_ID") || !existsSync(".next/ansprache-server.mjs")) {
  console.log("no production build yet: npm run build");
  const r = spawnSync("npm", ["run", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (r.status !== 0) process.exit(1);
}
console.log(`load test on ${BASE} (${(await import("node:os")).cpus().length} cores; the load generator shares them)`);
if (!only || only === "lint" || only === "sqlite") await sqlitePhase();
if (!only || only === "postgres") await postgresPhase();
console.log(failures.length ? `\n${failures.length} check(s) failed:\n- ${failures.join("\n- ")}` : "\nall checks passed");
process.exit(failures.length ? 1 : 0);
