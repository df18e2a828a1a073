import { z } from "zod";
import { db } from "@/lib/db";
import { composeContext } from "@/lib/data/messages";
import { actorOr401 } from "@/lib/auth/actor";
import { CHANNELS, invalidInputError, LANGUAGES, lintInputSchema, MAX_MESSAGE_LENGTH } from "@/lib/lint";
import { lintWithLlm, llmStatus } from "@/lib/llm";

import { readJsonBody } from "@/lib/http/read-body";
import { takeRateLimit, tooManyRequests } from "@/lib/http/rate-limit";
import { isDatabaseBusy, serviceUnavailable } from "@/lib/http/unavailable";

export const runtime = "nodejs";

/** A draft is at most 20,000 characters; anything much larger is refused before work is done. */
const MAX_BODY_BYTES = 200_000;

/** What the compose page sends: the draft as typed. The server adds the prospect's context itself. */
const reviewRequestSchema = z
  .object({
    message: z.string().min(1).max(MAX_MESSAGE_LENGTH),
    subject: z.string().max(2_000).optional(),
    channel: z.enum(CHANNELS).default("message"),
    account: z.enum(["free", "premium"]).optional(),
    language: z.enum(LANGUAGES).optional(),
    prospectId: z.string().max(100).nullable().optional(),
    /** The UI's language: the findings' messages, the model's reasons included, are in it. */
    locale: z.enum(LANGUAGES).optional(),
  })
  .strict();
export type ReviewRequest = z.input<typeof reviewRequestSchema>;

function json(body: unknown, status = 200) {
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
}

function error(code: string, status: number, message: string) {
  return json({ error: { code, issues: [{ path: [], message, code }] } }, status);
}


/** GET /api/review: whether the AI review is configured ("on", "off", or "invalid" settings). */
export async function GET(request: Request) {
  const actor = await actorOr401(request);
  if (actor instanceof Response) return actor;
  return json({ llm: await llmStatus() });
}

/**
 * POST /api/review: the compose page's AI review. The draft in; the lint result with the LLM pass
 * merged (or llm "off" / "error" with the reason) out, within the LLM timeout. Acts for the
 * current member and their workspace's budget; the prospect's context is read on the server.
 */
export async function POST(request: Request) {
  try {
    const actor = await actorOr401(request);
    if (actor instanceof Response) return actor;
    const body = await readJsonBody(request, MAX_BODY_BYTES);
    if (!body.ok) return error(body.code, body.status, body.message);
    const parsed = reviewRequestSchema.safeParse(body.value);
    if (!parsed.success) return json(invalidInputError(parsed.error), 400);
    const { prospectId, locale, ...draft } = parsed.data;
    const limited = await takeRateLimit(db, "llm", { user: actor.memberId, workspace: actor.workspaceId });
    if (!limited.ok) return tooManyRequests(limited);

    const context = await composeContext(db, actor, prospectId ?? null);
    const input = lintInputSchema.safeParse({ ...context, ...draft, subject: draft.channel === "inmail" ? draft.subject : undefined });
    if (!input.success) return json(invalidInputError(input.error), 400);
    const result = await lintWithLlm(input.data, { workspaceId: actor.workspaceId, messageLanguage: locale, signal: request.signal });
    return json({ result });
  } catch (e) {
    if (isDatabaseBusy(e)) return serviceUnavailable();
    console.error("review failed", e instanceof Error ? e.name : "error");
    return error("internal", 500, "The review failed.");
  }
}
