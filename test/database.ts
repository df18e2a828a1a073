import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPrismaClient, type PrismaClient } from "../lib/db-client";

/** A fresh SQLite database with every migration applied by `prisma migrate deploy`, as the app runs it. */
export function createTestDatabase(): { db: PrismaClient; url: string; cleanup: () => Promise<void> } {
  const dir = mkdtempSync(path.join(tmpdir(), "ansprache-test-"));
  const url = `file:${path.join(dir, "test.db")}`;
  execFileSync(process.execPath, [path.join("node_modules", "prisma", "build", "index.js"), "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    stdio: "pipe",
  });
  const db = createPrismaClient(url);
  return {
    db,
    url,
    cleanup: async () => {
      await db.$disconnect();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
