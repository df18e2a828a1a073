import { createHash, randomBytes } from "node:crypto";
import type { PrismaClient } from "../db-client";
import { ROLES, type Actor, type Role } from "./workspace";

// Members, roles and invitation links. A Better Auth user acts as exactly one Member (Member.userId).

const INVITE_DAYS = 7;

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export const isRole = (v: unknown): v is Role => typeof v === "string" && (ROLES as readonly string[]).includes(v);

export function canManageTeam(actor: Actor): boolean {
  return actor.role === "admin" || actor.role === "manager";
}

export interface MemberSummary {
  id: string;
  name: string;
  email: string;
  role: string;
  hasAccount: boolean;
  createdAt: string;
}

/** The workspace's members: admins and managers only (null otherwise). */
export async function listMembers(db: PrismaClient, actor: Actor): Promise<MemberSummary[] | null> {
  if (!canManageTeam(actor)) return null;
  const rows = await db.member.findMany({ where: { workspaceId: actor.workspaceId }, orderBy: [{ createdAt: "asc" }] });
  return rows.map((m) => ({ id: m.id, name: m.name, email: m.email, role: m.role, hasAccount: m.userId !== null, createdAt: m.createdAt.toISOString() }));
}

/**
 * A new invitation link's token (shown once; only its hash is stored). Admins invite any role,
 * managers members and managers. Null when the actor may not invite or the role is unknown.
 */
export async function createInvitation(db: PrismaClient, actor: Actor, role: unknown, now = new Date()): Promise<{ token: string; expiresAt: string } | null> {
  if (!canManageTeam(actor) || !isRole(role)) return null;
  if (role === "admin" && actor.role !== "admin") return null;
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + INVITE_DAYS * 86_400_000);
  await db.invitation.create({ data: { workspaceId: actor.workspaceId, role, tokenHash: hashToken(token), createdById: actor.memberId, expiresAt } });
  return { token, expiresAt: expiresAt.toISOString() };
}

/** An open invitation by its token: the workspace's name and the role, or null (unknown, used or expired). */
export async function findInvitation(db: PrismaClient, token: unknown, now = new Date()): Promise<{ id: string; workspaceId: string; workspaceName: string; role: Role } | null> {
  if (typeof token !== "string" || token.length < 20 || token.length > 100) return null;
  const inv = await db.invitation.findUnique({ where: { tokenHash: hashToken(token) }, include: { workspace: { select: { name: true } } } });
  if (!inv || inv.acceptedAt || inv.expiresAt <= now || !isRole(inv.role)) return null;
  return { id: inv.id, workspaceId: inv.workspaceId, workspaceName: inv.workspace.name, role: inv.role };
}

/** An invitation token that is unknown, used or expired: whoever signed up with it joins nothing. */
export class InvitationInvalidError extends Error {
  constructor() {
    super("invitation_invalid");
  }
}

/**
 * The member a signed-in user acts as, created on first use: with an invitation token, in the
 * inviting workspace with the invited role, or InvitationInvalidError when the link is used or
 * expired (never a workspace of their own instead: they meant to join a team); without a token, in
 * a new workspace of their own, as its admin.
 */
export async function memberForUser(db: PrismaClient, user: { id: string; name: string; email: string }, inviteToken?: string | null, now = new Date()): Promise<Actor> {
  const existing = await db.member.findUnique({ where: { userId: user.id } });
  if (existing) return { workspaceId: existing.workspaceId, memberId: existing.id, role: isRole(existing.role) ? existing.role : "member" };
  const invite = inviteToken ? await findInvitation(db, inviteToken, now) : null;
  if (inviteToken && !invite) throw new InvitationInvalidError();
  try {
    if (invite) {
      const member = await db.$transaction(async (tx) => {
        const claimed = await tx.invitation.updateMany({ where: { id: invite.id, acceptedAt: null }, data: { acceptedAt: now } });
        if (claimed.count !== 1) throw new InvitationInvalidError(); // used by someone else in between
        return tx.member.create({ data: { workspaceId: invite.workspaceId, userId: user.id, name: user.name, email: user.email, role: invite.role } });
      });
      return { workspaceId: member.workspaceId, memberId: member.id, role: invite.role };
    }
    const workspace = await db.workspace.create({
      data: { name: `${user.name.slice(0, 80)} · Ansprache`, members: { create: { userId: user.id, name: user.name, email: user.email, role: "admin" } } },
      include: { members: true },
    });
    return { workspaceId: workspace.id, memberId: workspace.members[0].id, role: "admin" };
  } catch (e) {
    // a concurrent request created the member first
    const again = await db.member.findUnique({ where: { userId: user.id } });
    if (again) return { workspaceId: again.workspaceId, memberId: again.id, role: isRole(again.role) ? again.role : "member" };
    throw e;
  }
}
