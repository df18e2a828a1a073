import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/sqlite/client";
import { PrismaClient as PostgresPrismaClient } from "./generated/pg/client";
import { inertArgs } from "./data/inert-text";
import { registerUnicodeLike, type SqliteFunctions } from "./sqlite-like";

/** The embedded default: a SQLite file next to the schema. */
export const DEFAULT_DATABASE_URL = "file:./prisma/dev.db";

export function databaseUrl(): string {
  return process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
}

export type DatabaseKind = "sqlite" | "postgres";

export function databaseKind(url = databaseUrl()): DatabaseKind {
  return /^postgres(ql)?:\/\//i.test(url) ? "postgres" : "sqlite";
}

/** Which database each client talks to, for the raw SQL that differs (lib/data/sql-dialect.ts). */
const kinds = new WeakMap<object, DatabaseKind>();

export function databaseKindOf(db: PrismaClient): DatabaseKind {
  return kinds.get(db) ?? "sqlite";
}

const positive = (value: string | undefined, fallback: number) => {
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : fallback;
};

/**
 * The better-sqlite3 adapter with a LIKE that ignores the case of every letter, as PostgreSQL's
 * ILIKE does (lib/sqlite-like.ts): searching "özdemir" finds "Özdemir" on both databases, with no
 * stored copy of the text to keep current. The adapter opens the connection itself and keeps it as
 * `client`; a version without it fails here, at the first query, rather than searching wrongly.
 */
class UnicodeBetterSQLite3 extends PrismaBetterSQLite3 {
  override async connect() {
    const adapter = await super.connect();
    const connection = (adapter as unknown as { client?: Partial<SqliteFunctions> }).client;
    if (typeof connection?.function !== "function") throw new Error("@prisma/adapter-better-sqlite3 no longer exposes its connection: LIKE cannot ignore non-ASCII case");
    registerUnicodeLike(connection as SqliteFunctions);
    return adapter;
  }
}

/**
 * A Prisma client without a native engine: SQLite through better-sqlite3, or PostgreSQL through
 * node-postgres when the URL says postgres:// or postgresql://. The two generated clients have the
 * same models and API for everything the app uses, so the PostgreSQL one is typed as the SQLite one.
 */
export function createPrismaClient(url = databaseUrl()): PrismaClient {
  if (databaseKind(url) === "postgres") {
    const adapter = new PrismaPg({
      connectionString: url,
      // a full pool makes a request wait this long for a connection (10 s, as Prisma's own pool
      // timeout), then fail: answered with 503 and Retry-After
      max: positive(process.env.DATABASE_POOL_SIZE, 10),
      connectionTimeoutMillis: positive(process.env.DATABASE_POOL_TIMEOUT_MS, 10_000),
      idleTimeoutMillis: 30_000,
    });
    const client = withInertText(new PostgresPrismaClient({ adapter }) as unknown as PrismaClient);
    kinds.set(client, "postgres");
    return client;
  }
  // a writer waits up to 5 s for the lock instead of failing at once
  const adapter = new UnicodeBetterSQLite3({ url: url.replace(/^file:/, ""), timeout: 5_000 });
  const client = withInertText(new PrismaClient({ adapter }));
  // WAL: readers never wait for the writer; the mode is stored in the file, so once is enough
  client.$queryRawUnsafe("PRAGMA journal_mode = WAL").catch(() => undefined);
  kinds.set(client, "sqlite");
  return client;
}

/** Every query's strings pass inertArgs (NUL → U+FFFD) on their way to the database. */
function withInertText(client: PrismaClient): PrismaClient {
  return client.$extends({
    query: {
      $allModels: {
        $allOperations({ args, query }) {
          return query(inertArgs(args));
        },
      },
    },
  }) as unknown as PrismaClient;
}

export type { PrismaClient };
