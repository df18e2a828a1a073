import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/database";
import { createPrismaClient, type PrismaClient } from "../db-client";
import { backupDatabase, integrityCheck, restoreDatabase, sqlitePath } from "./backup";

let db: PrismaClient;
let url: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ db, url, cleanup } = createTestDatabase());
  await db.workspace.create({ data: { name: "Backed up", members: { create: { name: "Ann", email: "ann@x.test" } }, prospects: { create: { name: "Anna Schmidt" } } } });
}, 60_000);
afterAll(async () => cleanup?.());

describe("backup and restore", () => {
  it("a snapshot of the live database passes the integrity check and the app reads it after a restore", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ansprache-backup-"));
    const snapshot = path.join(dir, "snap.db");
    const { bytes } = backupDatabase(sqlitePath(url), snapshot);
    expect(bytes).toBeGreaterThan(0);
    expect(integrityCheck(snapshot)).toBe("ok");
    expect(() => backupDatabase(sqlitePath(url), snapshot)).toThrow(/exists/);

    // later changes are lost by a restore, the snapshot's data comes back
    await db.prospect.deleteMany({});
    const live = path.join(dir, "live.db");
    restoreDatabase(snapshot, live);
    const restored = createPrismaClient(`file:${live}`);
    expect((await restored.prospect.findMany()).map((p) => p.name)).toEqual(["Anna Schmidt"]);
    await restored.$disconnect();
  });

  it("refuses a file that is not a sound database", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "ansprache-backup-"));
    const bad = path.join(dir, "bad.db");
    writeFileSync(bad, "not a database at all, just text");
    expect(() => restoreDatabase(bad, path.join(dir, "live.db"))).toThrow();
  });
});
