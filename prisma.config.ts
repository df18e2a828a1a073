import "dotenv/config";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

/** The database the CLI works on: DATABASE_URL, or the embedded SQLite file. */
const url = process.env.DATABASE_URL || "file:./prisma/dev.db";
const isPostgres = /^postgres(ql)?:\/\//.test(url);

/**
 * The CLI's schema engine reads catalog columns of type `name` and `"char"`, which adapter-pg
 * cannot decode (prisma issue 27403); they are plain text, so report them as text. CLI only: the
 * app never reads catalog tables.
 */
class CatalogTextClient extends pg.Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query(...args: any[]): any {
    const asText = (r: { fields?: { dataTypeID: number }[] } | undefined) => {
      for (const field of r?.fields ?? []) if (field.dataTypeID === 19 || field.dataTypeID === 18) field.dataTypeID = 25;
      return r;
    };
    // the pool passes a callback; a direct call gets a promise
    const last = args.length - 1;
    if (typeof args[last] === "function") {
      const callback = args[last];
      args[last] = (error: unknown, r: { fields?: { dataTypeID: number }[] }) => callback(error, asText(r));
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const result = (super.query as any)(...args);
    return result instanceof Promise ? result.then(asText) : result;
  }
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: isPostgres ? path.join("prisma", "postgres", "schema.prisma") : path.join("prisma", "schema.prisma"),
  migrations: { path: isPostgres ? path.join("prisma", "postgres", "migrations") : path.join("prisma", "migrations") },
  async adapter() {
    // a short idle timeout, or each CLI command waits ~10 s for the pool to drain
    if (isPostgres) {
      return new PrismaPg(new pg.Pool({ connectionString: url, idleTimeoutMillis: 500, Client: CatalogTextClient }));
    }
    return new PrismaBetterSQLite3({ url: url.replace(/^file:/, "") });
  },
});
