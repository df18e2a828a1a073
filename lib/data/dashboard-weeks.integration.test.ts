import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/database";
import type { PrismaClient } from "../db-client";
import { dashboardCsvRows, getDashboard, MAX_WEEKS } from "./dashboard";
import type { Actor } from "./workspace";

let db: PrismaClient;
let cleanup: () => Promise<void>;
let manager: Actor;

const now = new Date("2026-11-25T12:00:00Z"); // its week starts 2026-11-23

beforeAll(async () => {
  ({ db, cleanup } = createTestDatabase());
  const w = await db.workspace.create({ data: { name: "Old weeks", members: { create: { name: "Mara", email: "mara@old-weeks.test", role: "manager" } } }, include: { members: true } });
  manager = { workspaceId: w.id, memberId: w.members[0].id, role: "manager" };
  // a week of the year 100, stored before dates were checked where they come in, and this week
  for (const week of ["0100-01-04", "2026-11-23"]) {
    await db.messageWeekStat.create({ data: { workspaceId: w.id, week, authorId: manager.memberId, channel: "*", language: "*", sent: 1, send: 1, massTemplate: 1, scores: '{"50":1}' } });
  }
}, 60_000);
afterAll(async () => cleanup?.());

describe("dashboard weeks", () => {
  it("shows at most MAX_WEEKS weeks, the newest, however old the first week with data is; the totals still count every week", async () => {
    const d = await getDashboard(db, manager, { period: "all" }, now);
    expect(d.quality.team).toHaveLength(MAX_WEEKS);
    expect(d.quality.team.at(-1)!.week).toBe("2026-11-23");
    expect(d.quality.team[0].week).toBe(new Date(Date.UTC(2026, 10, 23) - (MAX_WEEKS - 1) * 7 * 86_400_000).toISOString().slice(0, 10));
    expect(d.quality.reps[0].weeks).toHaveLength(MAX_WEEKS);
    expect(d.massTemplate.byWeek).toHaveLength(MAX_WEEKS);
    expect(d.quality.sent).toBe(2);
    expect(dashboardCsvRows(d).filter((r) => r[0] === "weekly" && r[2] === "Team" && r[3] === "sent")).toHaveLength(MAX_WEEKS);
  });
});
