import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/database";
import type { PrismaClient } from "../db-client";
import { setRetention } from "../data/gdpr";
import { ROLES, type Role } from "../data/workspace";
import { seedDemoWorkspace } from "./seed";

let db: PrismaClient;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ db, cleanup } = createTestDatabase());
}, 60_000);
afterAll(async () => cleanup?.());

describe("the demo workspace's accounts, as the README describes them", () => {
  it("has no admin, so no demo account changes the privacy settings, and the README's privacy paragraph says so", async () => {
    const { workspaceId } = await seedDemoWorkspace(db, { prospects: 4, messages: 8, weeks: 2, now: new Date("2026-11-20T12:00:00Z") });
    const members = await db.member.findMany({ where: { workspaceId }, orderBy: { email: "asc" } });
    expect(members.map((m) => [m.email, m.role])).toEqual([
      ["aylin@demo.ansprache.app", "member"],
      ["jonas@demo.ansprache.app", "member"],
      ["mara@demo.ansprache.app", "manager"],
      ["tom@demo.ansprache.app", "member"],
    ]);
    for (const m of members) {
      const role = (ROLES as readonly string[]).includes(m.role) ? (m.role as Role) : "member";
      expect(await setRetention(db, { workspaceId, memberId: m.id, role }, 12)).toEqual({ ok: false, errors: { retention: ["admin_only"] } });
    }

    const readme = readFileSync(path.join(import.meta.dirname, "../../README.md"), "utf8");
    const privacy = readme.split("\n- ").find((item) => item.startsWith("**Privacy (GDPR)**"))!.replace(/\s+/g, " ");
    expect(privacy).toContain("Only admins change the privacy settings");
    expect(privacy).toContain("no demo account can change them");
  });
});
