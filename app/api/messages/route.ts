import { z } from "zod";
import { db } from "@/lib/db";
import { actorOr401 } from "@/lib/auth/actor";
import { saveMessage } from "@/lib/data/messages";
import { readJsonBody } from "@/lib/http/read-body";
import { isDatabaseBusy, serviceUnavailable } from "@/lib/http/unavailable";
import { messageDraftSchema } from "@/lib/validations/compose";
import { reviewForSave } from "@/lib/llm";

export const runtime = "nodejs";

/** A message is at most 20,000 characters; anything much larger is refused before work is done. */
const MAX_BODY_BYTES = 200_000;

/** The compose page's save, for integrations and the load test: a draft, or a message marked as sent. */
const saveRequestSchema = messageDraftSchema.extend({ status: z.enum(["draft", "sent"]).default("draft") }).strict();

function json(body: unknown, status: number) {
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
}

function error(code: string, status: number, message: string, issues?: { path: PropertyKey[]; message: string; code: string }[]) {
  return json({ error: { code, issues: issues ?? [{ path: [], message, code }] } }, status);
}

/**
 * POST /api/messages: saves a draft or a sent message for the signed-in member, linted on the
 * server as the compose page does ("llm": true stores the AI-reviewed result, as the page does with
 * the review on). An `Idempotency-Key` header (or `idempotencyKey` in the body) makes retries and
 * double submits store one record and answer with it again.
 */
export async function POST(request: Request) {
  try {
    const actor = await actorOr401(request);
    if (actor instanceof Response) return actor;
    const read = await readJsonBody(request, MAX_BODY_BYTES);
    if (!read.ok) return error(read.code, read.status, read.message);
    let body = read.value;
    const headerKey = request.headers.get("idempotency-key");
    if (headerKey !== null && body && typeof body === "object" && !Array.isArray(body) && !("idempotencyKey" in body)) body = { ...body, idempotencyKey: headerKey };
    const parsed = saveRequestSchema.safeParse(body);
    if (!parsed.success) {
      return error("invalid_input", 400, "Invalid input.", parsed.error.issues.map((i) => ({ path: i.path, message: i.message, code: i.code })));
    }
    const { status, ...draft } = parsed.data;
    const saved = await saveMessage(db, actor, draft, status === "sent", new Date(), reviewForSave(db, actor));
    if (!saved.ok) {
      if (saved.errors.form?.includes("save_rate_limited")) {
        return Response.json({ error: { code: "rate_limited", issues: [{ path: [], message: "Too many saves in a minute.", code: "rate_limited" }] } }, { status: 429, headers: { "retry-after": "60", "cache-control": "no-store" } });
      }
      const notFound = Object.values(saved.errors).some((codes) => codes.includes("not_found"));
      const conflict = Object.values(saved.errors).some((codes) => codes.includes("already_sent") || codes.includes("conflict"));
      const issues = Object.entries(saved.errors).flatMap(([field, codes]) => codes.map((code) => ({ path: [field], message: code, code })));
      return error(notFound ? "not_found" : conflict ? "conflict" : "invalid_input", notFound ? 404 : conflict ? 409 : 400, "The message was not saved.", issues);
    }
    return json({ message: saved.value }, 200);
  } catch (e) {
    if (isDatabaseBusy(e)) return serviceUnavailable();
    console.error("save failed", e instanceof Error ? e.message : e);
    return error("internal", 500, "The message could not be saved.");
  }
}

export function GET() {
  return json({ error: { code: "method_not_allowed", issues: [] } }, 405);
}
