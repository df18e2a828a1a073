import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "./generated/sqlite/client";

/** The embedded default: a SQLite file next to the schema. */
export const DEFAULT_DATABASE_URL = "file:./prisma/dev.db";

export function databaseUrl(): string {
  return process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
}

/** A Prisma client on SQLite through better-sqlite3 (no native Prisma engine). */
export function createPrismaClient(url = databaseUrl()): PrismaClient {
  if (/^postgres(ql)?:\/\//.test(url)) {
    throw new Error("DATABASE_URL points at PostgreSQL, which is not supported yet; unset it to use the embedded SQLite file.");
  }
  const adapter = new PrismaBetterSQLite3({ url: url.replace(/^file:/, ""), timeout: 5_000 });
  return new PrismaClient({ adapter });
}

export type { PrismaClient };
