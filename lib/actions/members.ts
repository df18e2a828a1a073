"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { actorFromHeaders, requireActor, UnauthorizedError } from "../auth/actor";
import { db } from "../db";
import { createInvitation } from "../data/members";

// Server actions are public POST endpoints: each resolves the actor from the session itself.

/** Right after sign-up from an invitation link: join that workspace (a no-op when already a member). */
export async function acceptInvitationAction(token: string): Promise<{ ok: boolean }> {
  const actor = await actorFromHeaders(await headers(), typeof token === "string" ? token : null);
  return { ok: actor !== null };
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
