"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { db } from "../db";
import { composeContextWithThread, deleteDraft, logReply, saveMessage, type ContextWithThread, type SavedMessage } from "../data/messages";
import { createProspect, type FieldErrors } from "../data/prospects";
import { requireActor, UnauthorizedError } from "../auth/actor";
import { isLocale, LOCALE_COOKIE } from "../../i18n/locales";
import type { MessageDraft, ProspectForm } from "../validations/compose";
import { isDatabaseBusy } from "../http/unavailable";
import { reviewForSave } from "../llm";

// Server actions are public POST endpoints: each one resolves the actor itself and passes it to
// the data layer, which scopes every query to the actor's workspace.

export type ActionResult<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

function failure(e: unknown): { ok: false; errors: FieldErrors } {
  if (e instanceof UnauthorizedError) return { ok: false, errors: { form: ["unauthorized"] } };
  // the database cannot take more work right now: nothing was stored, the person can try again
  if (isDatabaseBusy(e)) return { ok: false, errors: { form: ["busy"] } };
  console.error("action failed", e instanceof Error ? e.message : e);
  return { ok: false, errors: { form: ["unknown"] } };
}

export async function saveDraftAction(draft: MessageDraft): Promise<ActionResult<SavedMessage>> {
  try {
    const actor = await requireActor();
    const r = await saveMessage(db, actor, draft, false, new Date(), reviewForSave(db, actor));
    if (r.ok) revalidatePath("/compose");
    return r;
  } catch (e) {
    return failure(e);
  }
}

export async function markSentAction(draft: MessageDraft): Promise<ActionResult<SavedMessage>> {
  try {
    const actor = await requireActor();
    const r = await saveMessage(db, actor, draft, true, new Date(), reviewForSave(db, actor));
    if (r.ok && draft.prospectId) revalidatePath(`/prospects/${draft.prospectId}`);
    return r;
  } catch (e) {
    return failure(e);
  }
}

export async function deleteDraftAction(id: string): Promise<ActionResult<null>> {
  try {
    const actor = await requireActor();
    const ok = await deleteDraft(db, actor, String(id));
    revalidatePath("/compose");
    return ok ? { ok: true, value: null } : { ok: false, errors: { id: ["not_found"] } };
  } catch (e) {
    return failure(e);
  }
}

export async function logReplyAction(form: { messageId: string; receivedAt: string; text?: string }): Promise<ActionResult<{ id: string }>> {
  try {
    const actor = await requireActor();
    return await logReply(db, actor, form);
  } catch (e) {
    return failure(e);
  }
}

/**
 * What the checks need for a prospect, and the thread to show. A failure is a result, not a throw:
 * it runs inside the editor's transition, where a rejection would replace the editor (and the
 * typed message) with the error page.
 */
export async function loadProspectContextAction(prospectId: string | null): Promise<ActionResult<ContextWithThread>> {
  try {
    const actor = await requireActor();
    const id = typeof prospectId === "string" && prospectId.length <= 100 ? prospectId : null;
    return { ok: true, value: await composeContextWithThread(db, actor, id) };
  } catch (e) {
    return failure(e);
  }
}

export async function createProspectAction(form: ProspectForm): Promise<ActionResult<{ id: string }>> {
  try {
    const actor = await requireActor();
    const r = await createProspect(db, actor, form);
    if (r.ok) revalidatePath("/prospects");
    return r;
  } catch (e) {
    return failure(e);
  }
}

export async function setLocaleAction(locale: string): Promise<void> {
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge: 60 * 60 * 24 * 365, httpOnly: true });
}
