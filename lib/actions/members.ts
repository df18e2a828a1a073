"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { actorFromHeaders, requireActor, UnauthorizedError } from "../auth/actor";
import { db } from "../db";
import { createInvitation, findInvitation, InvitationInvalidError, revokeInvitation, setMemberDisabled, setMemberRole, type TeamChangeError } from "../data/members";

// Server actions are public POST endpoints: each resolves the actor from the session itself.

/** Before signing up from an invitation link: whether it is still open (the form says so instead of making an account that joins nothing). */
export async function invitationOpenAction(token: string): Promise<{ ok: boolean }> {
  return { ok: (await findInvitation(db, token)) !== null };
}

/**
 * Right after sign-up from an invitation link: join that workspace (a no-op when already a member).
 * A link used or expired in between is an error the form shows, never a workspace of one's own.
 */
export async function acceptInvitationAction(token: string): Promise<{ ok: true } | { ok: false; error: "unauthorized" | "invitation_invalid" }> {
  if (typeof token !== "string" || !token) return { ok: false, error: "invitation_invalid" };
  try {
    const actor = await actorFromHeaders(await headers(), token);
    return actor ? { ok: true } : { ok: false, error: "unauthorized" };
  } catch (e) {
    if (e instanceof InvitationInvalidError) return { ok: false, error: "invitation_invalid" };
    throw e;
  }
}

/** A new invitation link for a role (admins: any role; managers: member or manager). */
export async function createInvitationAction(role: string): Promise<{ ok: true; token: string; expiresAt: string } | { ok: false; error: "unauthorized" | "forbidden" }> {
  try {
    const actor = await requireActor();
    const invite = await createInvitation(db, actor, role);
    if (!invite) return { ok: false, error: "forbidden" };
    revalidatePath("/members");
    return { ok: true, ...invite };
  } catch (e) {
    if (e instanceof UnauthorizedError) return { ok: false, error: "unauthorized" };
    throw e;
  }
}

/** Runs a team change as the signed-in actor and refreshes the team page when it took. */
async function teamChange(change: (actor: Awaited<ReturnType<typeof requireActor>>) => Promise<{ ok: true } | { ok: false; error: TeamChangeError }>): Promise<{ ok: true } | { ok: false; error: TeamChangeError | "unauthorized" }> {
  try {
    const result = await change(await requireActor());
    if (result.ok) revalidatePath("/members");
    return result;
  } catch (e) {
    if (e instanceof UnauthorizedError) return { ok: false, error: "unauthorized" };
    throw e;
  }
}

/** Changes a member's role (admins only; the last admin stays one). */
export async function setMemberRoleAction(memberId: string, role: string) {
  return teamChange((actor) => setMemberRole(db, actor, memberId, role));
}

/** Takes a member's access away (their sessions end at once) or gives it back. */
export async function setMemberDisabledAction(memberId: string, disabled: boolean) {
  return teamChange((actor) => setMemberDisabled(db, actor, memberId, disabled === true));
}

/** Revokes an open invitation link. */
export async function revokeInvitationAction(invitationId: string) {
  return teamChange((actor) => revokeInvitation(db, actor, invitationId));
}
