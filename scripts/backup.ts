// npm run backup -- [FILE]        a consistent snapshot of the SQLite database (VACUUM INTO)
// npm run restore -- FILE         restore a snapshot after checking its integrity
import { databaseUrl } from "../lib/db-client";
import { backupDatabase, restoreDatabase, sqlitePath } from "../lib/ops/backup";

const [command, file] = process.argv.slice(2);
try {
  const db = sqlitePath(databaseUrl());
  if (command === "backup") {
    const target = file ?? `backups/ansprache-${new Date().toISOString().replace(/[:.]/g, "-")}.db`;
    const { mkdirSync } = await import("node:fs");
    mkdirSync((await import("node:path")).dirname(target), { recursive: true });
    const { bytes } = backupDatabase(db, target);
    console.log(`backup written to ${target} (${(bytes / 1e6).toFixed(1)} MB)`);
  } else if (command === "restore" && file) {
    const { previous } = restoreDatabase(file, db);
    console.log(`restored ${file} to ${db}${previous ? `; the previous database is kept as ${previous}` : ""}. Restart the app.`);
  } else {
    console.error("usage: npm run backup -- [FILE] | npm run restore -- FILE");
    process.exitCode = 2;
  }
} catch (e) {
  console.error((e as Error).message);
  process.exitCode = 1;
}
