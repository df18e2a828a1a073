// Generates both Prisma clients after install. prisma/schema.prisma (SQLite) is the one source of
// truth; prisma/postgres/schema.prisma is derived from it here (provider and output swapped) and
// committed, and a test fails when the committed copy or the two migration folders drift apart.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";

export const SQLITE_SCHEMA = "prisma/schema.prisma";
export const POSTGRES_SCHEMA = "prisma/postgres/schema.prisma";

/** The PostgreSQL schema for a SQLite schema's text: same models, another provider and client folder. */
export function postgresSchemaFrom(sqlite) {
  const swapped = sqlite
    .replace('output       = "../lib/generated/sqlite"', 'output       = "../../lib/generated/pg"')
    .replace(/provider = "sqlite"\n  url      = "file:\.\/unused\.db"/, 'provider = "postgresql"\n  url      = "postgresql://unused"');
  if (swapped.includes("generated/sqlite") || swapped.includes('"sqlite"')) throw new Error(`${SQLITE_SCHEMA}: generator or datasource block not in the expected form`);
  return `// GENERATED from ../schema.prisma by scripts/generate-prisma.mjs: edit that file, not this one.\n${swapped}`;
}

function generate() {
  if (!existsSync(SQLITE_SCHEMA)) return; // not there yet: nothing to generate
  mkdirSync("prisma/postgres", { recursive: true });
  writeFileSync(POSTGRES_SCHEMA, postgresSchemaFrom(readFileSync(SQLITE_SCHEMA, "utf8")));
  const prisma = ["node_modules/prisma/build/index.js", "generate"];
  execFileSync(process.execPath, [...prisma, "--schema", SQLITE_SCHEMA], { stdio: "inherit" });
  execFileSync(process.execPath, [...prisma, "--schema", POSTGRES_SCHEMA], { stdio: "inherit" });
}

if (import.meta.url === `file://${process.argv[1]}`) generate();
