import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseKindOf } from "../lib/db-client";
import { createTestDatabase, TEST_DATABASE_KIND, type TestDatabase } from "./database";
// @ts-expect-error plain JavaScript module shared with postinstall
import { POSTGRES_SCHEMA, SQLITE_SCHEMA, postgresSchemaFrom } from "../scripts/generate-prisma.mjs";

// One schema, two migration folders: the PostgreSQL schema is derived from the SQLite one, and on
// each database the migrations must build exactly what its schema says (`db push` on a freshly
// migrated database has nothing to do). This file runs in both integration runs.

/**
 * `prisma db push`, its output once it has said whether the database is in sync. On PostgreSQL the
 * CLI's schema engine leaves a 60 s timer behind after finishing, so the process is stopped then
 * instead of awaited.
 */
function dbPush(args: string[], url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join("node_modules", "prisma", "build", "index.js"), "db", "push", "--skip-generate", ...args], { env: { ...process.env, DATABASE_URL: url } });
    let out = "";
    const settle = () => {
      child.kill();
      resolve(out);
    };
    const collect = (chunk: Buffer) => {
      out += chunk.toString("utf8");
      if (/in sync with (your|the) Prisma schema/i.test(out)) setTimeout(settle, 100);
    };
    child.stdout.on("data", collect);
    child.stderr.on("data", collect);
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 || /in sync/i.test(out) ? resolve(out) : reject(new Error(`db push failed (${code}): ${out}`))));
  });
}

let t: TestDatabase;
beforeAll(() => {
  t = createTestDatabase();
}, 60_000);
afterAll(async () => t?.cleanup());

describe(`schema and migrations (${TEST_DATABASE_KIND})`, () => {
  it("runs on the database this suite is for", async () => {
    expect(databaseKindOf(t.db)).toBe(TEST_DATABASE_KIND);
    const [row] = await t.db.$queryRawUnsafe<{ v: string }[]>(TEST_DATABASE_KIND === "postgres" ? "SELECT version() AS v" : "SELECT 'SQLite ' || sqlite_version() AS v");
    expect(row.v).toMatch(TEST_DATABASE_KIND === "postgres" ? /^PostgreSQL 1\d/ : /^SQLite 3\./);
  });

  it("the committed PostgreSQL schema is the one derived from prisma/schema.prisma", () => {
    expect(readFileSync(POSTGRES_SCHEMA, "utf8")).toBe(postgresSchemaFrom(readFileSync(SQLITE_SCHEMA, "utf8")));
  });

  it("the migrations build exactly the schema: db push finds nothing to change", async () => {
    const schema = TEST_DATABASE_KIND === "postgres" ? POSTGRES_SCHEMA : SQLITE_SCHEMA;
    const out = await dbPush(["--schema", schema], t.url);
    expect(out).toContain("already in sync");
  }, 60_000);

  it("and the check notices a model the migrations lack", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ansprache-drift-"));
    try {
      const schema = TEST_DATABASE_KIND === "postgres" ? POSTGRES_SCHEMA : SQLITE_SCHEMA;
      const drifted = path.join(dir, "schema.prisma");
      writeFileSync(drifted, readFileSync(schema, "utf8").replaceAll('"../', '"' + path.resolve(path.dirname(schema), "..") + "/") + "\nmodel DriftProbe {\n  id String @id\n}\n");
      const out = await dbPush(["--accept-data-loss", "--schema", drifted], t.url);
      expect(out).not.toContain("already in sync");
      expect(out).toMatch(/in sync with your Prisma schema/i);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
