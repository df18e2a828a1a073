import type { PrismaClient } from "../lib/db-client";

/**
 * A workspace's dashboard tables, to compare the incremental path with a full rebuild: the zero
 * counts a histogram may or may not list are left out.
 */
export async function dashboardTables(db: PrismaClient, workspaceId: string) {
  const rows = await db.messageWeekStat.findMany({ where: { workspaceId }, orderBy: [{ week: "asc" }, { authorId: "asc" }, { channel: "asc" }, { language: "asc" }] });
  const drop0 = (s: string) => Object.fromEntries(Object.entries(JSON.parse(s) as Record<string, number>).filter(([, v]) => v !== 0));
  return {
    stats: rows.map((r) => ({ ...r, scores: drop0(r.scores), replied: drop0(r.replied), rules: JSON.parse(r.rules) as unknown })),
    checks: await db.messageCheck.findMany({ where: { workspaceId }, orderBy: [{ messageId: "asc" }, { ruleId: "asc" }] }),
    streaks: await db.followUpStreak.findMany({ where: { workspaceId }, orderBy: { prospectId: "asc" } }),
  };
}
