import Database from "better-sqlite3";
import { copyFileSync, existsSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";

/** The file behind a SQLite DATABASE_URL ("file:./prisma/dev.db" → "./prisma/dev.db"). */
export function sqlitePath(url: string): string {
  if (!url.startsWith("file:")) throw new Error("Backups cover the SQLite database; DATABASE_URL does not point at a SQLite file.");
  return url.slice("file:".length);
}

/**
 * A consistent copy of a live database: SQLite's VACUUM INTO writes a compacted snapshot while
 * the app keeps running (readers and the writer are not blocked for long).
 */
export function backupDatabase(dbFile: string, target: string): { bytes: number } {
  if (!existsSync(dbFile)) throw new Error(`No database at ${dbFile}.`);
  if (existsSync(target)) throw new Error(`${target} exists already; choose a new file name.`);
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    db.prepare("VACUUM INTO ?").run(path.resolve(target));
  } finally {
    db.close();
  }
  return { bytes: statSync(target).size };
}

export function integrityCheck(file: string): string {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare("PRAGMA integrity_check").pluck().get() as string) ?? "unknown";
  } finally {
    db.close();
  }
}

/**
 * Restores a backup over the database file: the backup must pass the integrity check first; the
 * current file is kept next to it (".before-restore") until the restored copy is in place.
 */
export function restoreDatabase(backup: string, dbFile: string): { previous: string | null } {
  const check = integrityCheck(backup);
  if (check !== "ok") throw new Error(`The backup fails the integrity check: ${check}`);
  const staging = `${dbFile}.restoring`;
  copyFileSync(backup, staging);
  let previous: string | null = null;
  if (existsSync(dbFile)) {
    previous = `${dbFile}.before-restore`;
    rmSync(previous, { force: true });
    renameSync(dbFile, previous);
    for (const suffix of ["-wal", "-shm", "-journal"]) rmSync(dbFile + suffix, { force: true });
  }
  renameSync(staging, dbFile);
  return { previous };
}
