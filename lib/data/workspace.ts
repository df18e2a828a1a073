import type { PrismaClient } from "../db-client";

export interface Actor {
  workspaceId: string;
  memberId: string;
}

/**
 * The member acting in this request. Until sign-in exists (the teams issue), the app has one
 * workspace and acts as its first member; every read and write below is already scoped by it.
 */
export async function currentActor(db: PrismaClient): Promise<Actor> {
  const member = await db.member.findFirst({ orderBy: { createdAt: "asc" } });
  if (member) return { workspaceId: member.workspaceId, memberId: member.id };
  const workspace = await db.workspace.create({
    data: { name: "My workspace", members: { create: { name: "You", email: "you@example.com", role: "admin" } } },
    include: { members: true },
  });
  return { workspaceId: workspace.id, memberId: workspace.members[0].id };
}
