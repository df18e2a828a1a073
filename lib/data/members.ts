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
  role: Role;
  hasAccount: boolean;
  createdAt: string;
  /** When their access was taken away (null: active) */
  disabledAt: string | null;
  /** The actor themself */
  isYou: boolean;
  /** Whether the actor may take this member's access away or give it back */
  canDisable: boolean;
}

/** The workspace's members: admins and managers only (null otherwise). */
export async function listMembers(db: PrismaClient, actor: Actor): Promise<MemberSummary[] | null> {
  if (!canManageTeam(actor)) return null;
  const rows = await db.member.findMany({ where: { workspaceId: actor.workspaceId }, orderBy: [{ createdAt: "asc" }] });
  const roleOf = new Map(rows.map((m) => [m.id, m.role]));
  return rows.map((m) => {
    const role = isRole(m.role) ? m.role : "member";
    const disabledByAdmin = m.disabledById !== null && roleOf.get(m.disabledById) === "admin";
    return {
      id: m.id,
      name: m.name,
      email: m.email,
      role,
      hasAccount: m.userId !== null,
      createdAt: m.createdAt.toISOString(),
      disabledAt: m.disabledAt?.toISOString() ?? null,
      isYou: m.id === actor.memberId,
      canDisable: mayDisable(actor, { id: m.id, role }) && (m.disabledAt === null || mayEnable(actor, disabledByAdmin)),
    };
  });
}

/**
 * Who may take whose access away: admins anyone but themselves (no one locks themself out),
 * managers the members below them. Role changes are the admins' alone.
 */
function mayDisable(actor: Actor, target: { id: string; role: Role }): boolean {
  if (target.id === actor.memberId) return false;
  if (actor.role === "admin") return true;
  return actor.role === "manager" && target.role === "member";
}

/** Giving access back: an admin's decision is undone only by an admin. */
const mayEnable = (actor: Actor, disabledByAdmin: boolean) => actor.role === "admin" || !disabledByAdmin;

/** Which roles a member of this role may invite (and so, whose invitation links stay valid). */
export function mayInvite(creatorRole: string, invitedRole: string): boolean {
  if (creatorRole === "admin") return isRole(invitedRole);
  return creatorRole === "manager" && (invitedRole === "member" || invitedRole === "manager");
}

export type TeamChangeError = "forbidden" | "not_found" | "invalid_role" | "last_admin";
export type TeamChangeResult = { ok: true } | { ok: false; error: TeamChangeError };

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * Takes the workspace's row lock for the rest of the transaction, so that two admins demoting or
 * disabling each other at once cannot both pass the last-admin check (PostgreSQL reads committed
 * rows only; SQLite runs one write transaction at a time anyway).
 */
async function lockWorkspace(tx: Tx, workspaceId: string) {
  await tx.$executeRaw`UPDATE "Workspace" SET "name" = "name" WHERE "id" = ${workspaceId}`;
}

/** Whether another active admin than this member remains: one who can sign in (an account, access). */
async function anotherAdminRemains(tx: Tx, workspaceId: string, memberId: string): Promise<boolean> {
  return (await tx.member.count({ where: { workspaceId, role: "admin", disabledAt: null, userId: { not: null }, NOT: { id: memberId } } })) > 0;
}

/**
 * Deletes the open invitation links a member made that they could not make now (all of them once
 * their access is gone): a departing manager must not keep a link to come back through.
 */
async function dropInvitationsBeyond(tx: Tx, workspaceId: string, memberId: string, role: Role | null) {
  const roles = role ? ["member", "manager", "admin"].filter((r) => !mayInvite(role, r)) : ["member", "manager", "admin"];
  if (roles.length) await tx.invitation.deleteMany({ where: { workspaceId, createdById: memberId, acceptedAt: null, role: { in: roles } } });
}

/** A member of the actor's workspace, read after taking the workspace's lock (null: none such). */
async function lockedTarget(tx: Tx, actor: Actor, memberId: string) {
  await lockWorkspace(tx, actor.workspaceId);
  return tx.member.findFirst({ where: { id: memberId, workspaceId: actor.workspaceId } });
}

/** Sets a member's role (admins only). The last active admin cannot be made something else. */
export async function setMemberRole(db: PrismaClient, actor: Actor, memberId: unknown, role: unknown): Promise<TeamChangeResult> {
  if (actor.role !== "admin") return { ok: false, error: "forbidden" };
  if (!isRole(role)) return { ok: false, error: "invalid_role" };
  if (typeof memberId !== "string") return { ok: false, error: "not_found" };
  return db.$transaction(async (tx) => {
    const target = await lockedTarget(tx, actor, memberId);
    if (!target) return { ok: false, error: "not_found" } as const;
    if (target.role === role) return { ok: true } as const;
    if (target.role === "admin" && !(await anotherAdminRemains(tx, actor.workspaceId, target.id))) return { ok: false, error: "last_admin" } as const;
    await tx.member.update({ where: { id: target.id }, data: { role } });
    await dropInvitationsBeyond(tx, actor.workspaceId, target.id, role);
    return { ok: true } as const;
  });
}

/**
 * Takes a member's access away (disabled) or gives it back. Disabling deletes their sessions, so a
 * browser still signed in is signed out at its next request; sign-in and every request refuse them
 * from then on (lib/auth). Their messages stay: the team's history and dashboard keep them.
 */
export async function setMemberDisabled(db: PrismaClient, actor: Actor, memberId: unknown, disabled: boolean, now = new Date()): Promise<TeamChangeResult> {
  if (!canManageTeam(actor)) return { ok: false, error: "forbidden" };
  if (typeof memberId !== "string") return { ok: false, error: "not_found" };
  return db.$transaction(async (tx) => {
    const target = await lockedTarget(tx, actor, memberId);
    if (!target) return { ok: false, error: "not_found" } as const;
    if (!mayDisable(actor, { id: target.id, role: isRole(target.role) ? target.role : "member" })) return { ok: false, error: "forbidden" } as const;
    if (disabled === (target.disabledAt !== null)) return { ok: true } as const;
    if (!disabled && target.disabledById) {
      const by = await tx.member.findUnique({ where: { id: target.disabledById }, select: { role: true } });
      if (!mayEnable(actor, by?.role === "admin")) return { ok: false, error: "forbidden" } as const;
    }
    if (disabled && target.role === "admin" && !(await anotherAdminRemains(tx, actor.workspaceId, target.id))) return { ok: false, error: "last_admin" } as const;
    await tx.member.update({ where: { id: target.id }, data: disabled ? { disabledAt: now, disabledById: actor.memberId } : { disabledAt: null, disabledById: null } });
    if (disabled) {
      if (target.userId) await tx.authSession.deleteMany({ where: { userId: target.userId } });
      await dropInvitationsBeyond(tx, actor.workspaceId, target.id, null);
    }
    return { ok: true } as const;
  });
}

/** Whether a Better Auth user may have a session: not when their member was disabled. */
export async function userMayHaveSession(db: PrismaClient, userId: string): Promise<boolean> {
  const member = await db.member.findUnique({ where: { userId }, select: { disabledAt: true } });
  return !member?.disabledAt;
}

export interface InvitationSummary {
  id: string;
  role: Role;
  createdByName: string;
  createdAt: string;
  expiresAt: string;
  /** Whether the actor may revoke it (managers cannot revoke an admin's invitation) */
  canRevoke: boolean;
}

/** The workspace's open invitations (neither used nor expired), newest first: admins and managers only. */
export async function listOpenInvitations(db: PrismaClient, actor: Actor, now = new Date()): Promise<InvitationSummary[] | null> {
  if (!canManageTeam(actor)) return null;
  const rows = await db.invitation.findMany({ where: { workspaceId: actor.workspaceId, acceptedAt: null, expiresAt: { gt: now } }, orderBy: [{ createdAt: "desc" }], take: 200 });
  const creators = await db.member.findMany({ where: { workspaceId: actor.workspaceId, id: { in: [...new Set(rows.map((r) => r.createdById))] } }, select: { id: true, name: true, role: true, disabledAt: true } });
  const creatorOf = new Map(creators.map((c) => [c.id, c]));
  const open: InvitationSummary[] = [];
  for (const r of rows) {
    const maker = creatorOf.get(r.createdById);
    // a link whose maker may no longer make it joins nobody (findInvitation): not open
    if (!maker || maker.disabledAt !== null || !isRole(r.role) || !mayInvite(maker.role, r.role)) continue;
    open.push({ id: r.id, role: r.role, createdByName: maker.name, createdAt: r.createdAt.toISOString(), expiresAt: r.expiresAt.toISOString(), canRevoke: mayInvite(actor.role ?? "member", r.role) });
  }
  return open;
}

/** Revokes an open invitation: its link then joins nothing. Managers revoke what they may create. */
export async function revokeInvitation(db: PrismaClient, actor: Actor, invitationId: unknown): Promise<TeamChangeResult> {
  if (!canManageTeam(actor)) return { ok: false, error: "forbidden" };
  if (typeof invitationId !== "string") return { ok: false, error: "not_found" };
  const inv = await db.invitation.findFirst({ where: { id: invitationId, workspaceId: actor.workspaceId, acceptedAt: null } });
  if (!inv) return { ok: false, error: "not_found" };
  if (!mayInvite(actor.role ?? "member", isRole(inv.role) ? inv.role : "member")) return { ok: false, error: "forbidden" };
  // only while still open: a link accepted in between stays accepted (the member can be disabled instead)
  const gone = await db.invitation.deleteMany({ where: { id: inv.id, acceptedAt: null } });
  return gone.count === 1 ? { ok: true } : { ok: false, error: "not_found" };
}

/**
 * A new invitation link's token (shown once; only its hash is stored). Admins invite any role,
 * managers members and managers. Null when the actor may not invite or the role is unknown.
 */
export async function createInvitation(db: PrismaClient, actor: Actor, role: unknown, now = new Date()): Promise<{ token: string; expiresAt: string } | null> {
  if (!isRole(role) || !mayInvite(actor.role ?? "member", role)) return null;
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
  // the maker's access or role may have changed since: their links are deleted then, and a link
  // that escaped that (made in the same moment) is refused here
  const maker = await db.member.findFirst({ where: { id: inv.createdById, workspaceId: inv.workspaceId }, select: { role: true, disabledAt: true } });
  if (!maker || maker.disabledAt || !mayInvite(maker.role, inv.role)) return null;
  return { id: inv.id, workspaceId: inv.workspaceId, workspaceName: inv.workspace.name, role: inv.role };
}

/** A member whose access was taken away: the actor lookup refuses them. */
export class MemberDisabledError extends Error {
  constructor() {
    super("member_disabled");
  }
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
 * a new workspace of their own, as its admin. MemberDisabledError when their access was taken away.
 */
export async function memberForUser(db: PrismaClient, user: { id: string; name: string; email: string }, inviteToken?: string | null, now = new Date()): Promise<Actor> {
  const existing = await db.member.findUnique({ where: { userId: user.id } });
  if (existing?.disabledAt) throw new MemberDisabledError();
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
    if (again?.disabledAt) throw new MemberDisabledError();
    if (again) return { workspaceId: again.workspaceId, memberId: again.id, role: isRole(again.role) ? again.role : "member" };
    throw e;
  }
}
