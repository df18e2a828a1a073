import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";
import { inject } from "vitest";
import { createPrismaClient, type DatabaseKind, type PrismaClient } from "../lib/db-client";
import { createDatabase } from "./postgres-server";

/**
 * The database the integration tests run on: SQLite by default; PostgreSQL when the suite runs
 * with TEST_DATABASE=postgres (scripts/test-all.sh runs the integration tests both ways, on a
 * server that test/postgres-global-setup.ts starts).
 */
export const TEST_DATABASE_KIND: DatabaseKind = process.env.TEST_DATABASE === "postgres" ? "postgres" : "sqlite";

export interface TestDatabase {
  db: PrismaClient;
  url: string;
  kind: DatabaseKind;
  /** Every row of every table (migrations bookkeeping aside), read past Prisma: for "no trace left" checks. */
  dumpTables(): Promise<Record<string, unknown[]>>;
  cleanup: () => Promise<void>;
}

function migrate(url: string) {
  execFileSync(process.execPath, [path.join("node_modules", "prisma", "build", "index.js"), "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: "pipe",
  });
}

/** A fresh database with every migration applied by `prisma migrate deploy`, as the app runs it. */
export function createTestDatabase(kind: DatabaseKind = TEST_DATABASE_KIND): TestDatabase {
  return kind === "postgres" ? createPostgresDatabase() : createSqliteDatabase();
}

function createSqliteDatabase(): TestDatabase {
  const dir = mkdtempSync(path.join(tmpdir(), "ansprache-test-"));
  const url = `file:${path.join(dir, "test.db")}`;
  migrate(url);
  const db = createPrismaClient(url);
  return {
    db,
    url,
    kind: "sqlite",
    async dumpTables() {
      const raw = new Database(url.replace(/^file:/, ""), { readonly: true });
      try {
        const tables = raw.prepare("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma%'").all() as { name: string }[];
        return Object.fromEntries(tables.map(({ name }) => [name, raw.prepare(`SELECT * FROM "${name}"`).all()]));
      } finally {
        raw.close();
      }
    },
    cleanup: async () => {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function createPostgresDatabase(): TestDatabase {
  const adminUrl = inject("postgresAdminUrl");
  if (!adminUrl) throw new Error("TEST_DATABASE=postgres but no PostgreSQL server was started (test/postgres-global-setup.ts)");
  const name = `test_${randomUUID().replaceAll("-", "")}`;
  const url = createDatabase(adminUrl, name);
  migrate(url);
  const db = createPrismaClient(url);
  return {
    db,
    url,
    kind: "postgres",
    async dumpTables() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        const { rows } = await client.query<{ table_name: string }>(
          "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT LIKE '_prisma%'",
        );
        const dump: Record<string, unknown[]> = {};
        for (const { table_name } of rows) dump[table_name] = (await client.query(`SELECT * FROM "${table_name}"`)).rows;
        return dump;
      } finally {
        await client.end();
      }
    },
    cleanup: async () => {
      await db.$disconnect();
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => client.end());
    },
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}
