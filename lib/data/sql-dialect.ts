import { databaseKindOf, type DatabaseKind, type PrismaClient } from "../db-client";

/**
 * The few places that write raw SQL (set-based dashboard rebuilds, bulk imports, JSON reports)
 * speak both SQLite and PostgreSQL through these pieces. Identifiers are always double-quoted,
 * which both read the same way; what differs is below.
 */
export interface SqlDialect {
  kind: DatabaseKind;
  /** Placeholders are written as ?; PostgreSQL numbers them ($1, $2, …). */
  sql(text: string): string;
  /** The array elements of a JSON text column's top-level key, as a FROM item named `alias` with a `value` column. */
  jsonArrayElements(column: string, key: string, alias: string): string;
  /** An object aggregate of key/value pairs, as JSON text. */
  jsonObjectAgg(key: string, value: string): string;
  /** A JSON array of the expressions. */
  jsonArray(...items: string[]): string;
  /** The Monday (UTC) of a timestamp's ISO week as YYYY-MM-DD. */
  isoWeekStart(column: string): string;
  /** A placeholder for a timestamp parameter (a JS Date, bound with `timestampParam`). */
  timestampPlaceholder: string;
  /** How a Date is bound as a parameter: SQLite stores Prisma's ISO text, PostgreSQL a timestamp. */
  timestampParam(date: Date): string;
}

const numberPlaceholders = (text: string) => {
  let n = 0;
  return text.replace(/\?/g, () => `$${++n}`);
};

/** SQLite's text form of a DateTime, as Prisma writes it. */
const sqliteDate = (d: Date) => d.toISOString().replace("Z", "+00:00");

const SQLITE: SqlDialect = {
  kind: "sqlite",
  sql: (text) => text,
  jsonArrayElements: (column, key, alias) => `json_each(${column}, '$.${key}') AS ${alias}`,
  jsonObjectAgg: (key, value) => `json_group_object(${key}, ${value})`,
  jsonArray: (...items) => `json_array(${items.join(", ")})`,
  isoWeekStart: (column) => `date(${column}, '-6 days', 'weekday 1')`,
  timestampPlaceholder: "?",
  timestampParam: sqliteDate,
};

const POSTGRES: SqlDialect = {
  kind: "postgres",
  sql: numberPlaceholders,
  jsonArrayElements: (column, key, alias) => `jsonb_array_elements(CAST(${column} AS jsonb) -> '${key}') AS ${alias}(value)`,
  jsonObjectAgg: (key, value) => `CAST(json_object_agg(${key}, ${value}) AS text)`,
  jsonArray: (...items) => `json_build_array(${items.join(", ")})`,
  isoWeekStart: (column) => `to_char(date_trunc('week', ${column}), 'YYYY-MM-DD')`,
  timestampPlaceholder: "CAST(? AS timestamp(3))",
  timestampParam: (d) => d.toISOString(),
};

export function dialectFor(kind: DatabaseKind): SqlDialect {
  return kind === "postgres" ? POSTGRES : SQLITE;
}

/** The dialect of a client made by createPrismaClient. */
export function dialectOf(db: PrismaClient): SqlDialect {
  return dialectFor(databaseKindOf(db));
}
