import "dotenv/config";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";

/** The database the CLI works on: DATABASE_URL, or the embedded SQLite file. */
const url = process.env.DATABASE_URL ?? "file:./prisma/dev.db";
const isPostgres = /^postgres(ql)?:\/\//.test(url);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: isPostgres ? path.join("prisma", "postgres", "schema.prisma") : path.join("prisma", "schema.prisma"),
  migrations: { path: isPostgres ? path.join("prisma", "postgres", "migrations") : path.join("prisma", "migrations") },
  async adapter() {
    if (isPostgres) throw new Error("PostgreSQL support arrives with the scale-and-harden work; unset DATABASE_URL to use SQLite.");
    return new PrismaBetterSQLite3({ url: url.replace(/^file:/, "") });
  },
});
