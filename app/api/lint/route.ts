import { invalidInputError, lintInputSchema, lintParsed } from "@/lib/lint";
import { lintWithLlm } from "@/lib/llm";
import { actorFromHeaders } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { readLimited } from "@/lib/http/read-body";
import { parseJson } from "@/lib/json";
import { clientAddress, takeRateLimit, tooManyRequests } from "@/lib/http/rate-limit";
import { isDatabaseBusy, serviceUnavailable } from "@/lib/http/unavailable";

export const runtime = "nodejs";

/** Bodies above this are refused before any work is done (security.md: size limits before work). */
const MAX_BODY_BYTES = 1_000_000;

function json(body: unknown, status: number, headers: Record<string, string> = {}) {
  return Response.json(body, { status, headers: { "cache-control": "no-store", ...headers } });
}

function tooLarge() {
  return json({ error: { code: "payload_too_large", issues: [{ path: [], message: `The body must be at most ${MAX_BODY_BYTES} bytes.`, code: "too_big" }] } }, 413);
}

/** JSON-ish media types: application/json, application/*+json, text/json; a missing type is taken as JSON. */
function isJsonContentType(header: string | null): boolean {
  if (!header) return true;
  const type = header.split(";")[0].trim().toLowerCase();
  return type === "" || type === "application/json" || type === "text/json" || /^application\/[\w.+-]*\+json$/.test(type);
}


/** POST /api/lint: the contract's input in, its result out (contract.md). */
export async function POST(request: Request) {
  try {
    const declared = Number(request.headers.get("content-length") ?? "0");
    if (declared > MAX_BODY_BYTES) return tooLarge();
    const contentType = request.headers.get("content-type");
    if (!isJsonContentType(contentType)) {
      return json({ error: { code: "unsupported_media_type", issues: [{ path: [], message: `The body must be JSON (content-type: application/json), not ${contentType}.`, code: "unsupported_media_type" }] } }, 415);
    }
    const text = await readLimited(request, MAX_BODY_BYTES);
    if (text === null) return tooLarge();
    // nesting past 32 levels and __proto__ keys are refused here, like JSON that does not parse
    const body = parseJson(text);
    if (!body.ok) return json({ error: { code: "invalid_json", issues: [{ path: body.path, message: body.message, code: "invalid_json" }] } }, 400);
    const input = body.value;
    const parsed = lintInputSchema.safeParse(input);
    if (!parsed.success) return json(invalidInputError(parsed.error), 400);
    // the heuristics read no stored data and are open to anyone (limited per client address, or
    // per user and workspace when signed in); "llm": true spends a workspace's token budget and
    // needs a session. It answers within its timeout, with llm "off" when none is configured
    const hasSession = request.headers.get("cookie")?.includes("better-auth.session_token") ?? false;
    const actor = hasSession || parsed.data.llm ? await actorFromHeaders(request.headers) : null;
    if (parsed.data.llm && !actor) return json({ error: { code: "unauthorized", issues: [] } }, 401);
    const keys = actor ? { user: actor.memberId, workspace: actor.workspaceId } : { address: clientAddress(request) };
    const linting = await takeRateLimit(db, "lint", keys);
    if (!linting.ok) return tooManyRequests(linting);
    if (!parsed.data.llm || !actor) return json(lintParsed(parsed.data), 200);
    const reviewing = await takeRateLimit(db, "llm", keys);
    if (!reviewing.ok) return tooManyRequests(reviewing);
    const result = await lintWithLlm(parsed.data, { workspaceId: actor.workspaceId, signal: request.signal });
    return json(result, 200);
  } catch (e) {
    if (isDatabaseBusy(e)) return serviceUnavailable();
    console.error("lint failed", e instanceof Error ? e.message : e);
    return json({ error: { code: "internal", issues: [] } }, 500);
  }
}

export function GET() {
  return json({ error: { code: "method_not_allowed", issues: [] } }, 405, { allow: "POST" });
}
