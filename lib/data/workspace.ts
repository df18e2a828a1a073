import type { PrismaClient } from "../db-client";

export const ROLES = ["member", "manager", "admin"] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who acts: a member of one workspace with a role. The app derives it from the Better Auth session
 * (lib/auth/actor.ts: requireActor); every read and write in lib/data is scoped by it.
 * Members see their own drafts and their own dashboard; managers and admins the team's.
 */
export interface Actor {
  workspaceId: string;
  memberId: string;
  /** absent: treated as "member" */
  role?: Role;
}

/** Managers and admins see the team (drafts, dashboard, members). */
export function seesTeam(actor: Actor): boolean {
  return actor.role === "manager" || actor.role === "admin";
}

/**
 * Admins alone change the workspace's privacy settings (retention, keeping reply texts): they
 * decide for everyone's data, not one rep for the team.
 */
export function canChangePrivacySettings(actor: Actor): boolean {
  return actor.role === "admin";
}

/**
 * For scripts and tests only: the first member of the first workspace (created when there is none).
 * Requests never use it; they act through requireActor().
 */
export async function currentActor(db: PrismaClient): Promise<Actor> {
  const member = await db.member.findFirst({ orderBy: { createdAt: "asc" } });
  if (member) return { workspaceId: member.workspaceId, memberId: member.id, role: (ROLES as readonly string[]).includes(member.role) ? (member.role as Role) : "member" };
  const workspace = await db.workspace.create({
    data: { name: "My workspace", members: { create: { name: "You", email: "you@example.com", role: "admin" } } },
    include: { members: true },
  });
  return { workspaceId: workspace.id, memberId: workspace.members[0].id, role: "admin" };
}
