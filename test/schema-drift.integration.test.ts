import { execFileSync } from "node:child_process";
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

const cli = (args: string[], url: string) =>
  execFileSync(process.execPath, [path.join("node_modules", "prisma", "build", "index.js"), ...args], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
    stdio: "pipe",
  });

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

  it("the migrations build exactly the schema: db push finds nothing to change", () => {
    const schema = TEST_DATABASE_KIND === "postgres" ? POSTGRES_SCHEMA : SQLITE_SCHEMA;
    const out = cli(["db", "push", "--skip-generate", "--schema", schema], t.url);
    expect(out).toContain("already in sync");
  }, 60_000);

  it("and the check notices a model the migrations lack", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ansprache-drift-"));
    try {
      const schema = TEST_DATABASE_KIND === "postgres" ? POSTGRES_SCHEMA : SQLITE_SCHEMA;
      const drifted = path.join(dir, "schema.prisma");
      writeFileSync(drifted, readFileSync(schema, "utf8").replaceAll('"../', '"' + path.resolve(path.dirname(schema), "..") + "/") + "\nmodel DriftProbe {\n  id String @id\n}\n");
      const out = cli(["db", "push", "--skip-generate", "--accept-data-loss", "--schema", drifted], t.url);
      expect(out).not.toContain("already in sync");
      expect(out).toMatch(/in sync with your Prisma schema/i);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
