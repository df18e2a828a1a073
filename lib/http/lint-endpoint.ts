import type { PrismaClient } from "../db-client";
import type { Actor } from "../data/workspace";
import { parseJson } from "../json";
import { invalidInputError, lintInputSchema, lintParsed, type LintResult, type ParsedLintInput } from "../lint";
import type { HttpAnswer } from "./answer";
import { clientAddress, rateLimitedAnswer, takeRateLimit } from "./rate-limit";
import { busyAnswer, isDatabaseBusy } from "./unavailable";

/**
 * POST /api/lint, independent of the HTTP stack: the Next.js route handler and the production
 * server's fast path for anonymous linting (scripts/server.ts) both answer through this, so the two
 * doors cannot drift apart.
 */

/** Bodies above this are refused before any work is done (security.md: size limits before work). */
export const MAX_LINT_BODY_BYTES = 1_000_000;

export interface LintHttpRequest {
  header(name: string): string | null;
  /** The body as text, or null as soon as it passes maxBytes. */
  readBody(maxBytes: number): Promise<string | null>;
  signal?: AbortSignal;
}


export interface LintEndpointDeps {
  db: PrismaClient;
  /** The signed-in member of the request, or null. */
  actor(): Promise<Actor | null>;
  /** The LLM pass; absent on the fast path, which never serves a session. */
  lintWithLlm?: (input: ParsedLintInput, options: { workspaceId: string; signal?: AbortSignal }) => Promise<LintResult>;
}

const answer = (body: unknown, status: number, headers: Record<string, string> = {}): HttpAnswer => ({ status, body, headers: { "cache-control": "no-store", ...headers } });
const issue = (code: string, message: string, status: number, path: (string | number)[] = []) => answer({ error: { code, issues: [{ path, message, code }] } }, status);
const tooLarge = () => answer({ error: { code: "payload_too_large", issues: [{ path: [], message: `The body must be at most ${MAX_LINT_BODY_BYTES} bytes.`, code: "too_big" }] } }, 413);

/** JSON-ish media types: application/json, application/*+json, text/json; a missing type is taken as JSON. */
function isJsonContentType(header: string | null): boolean {
  if (!header) return true;
  const type = header.split(";")[0].trim().toLowerCase();
  return type === "" || type === "application/json" || type === "text/json" || /^application\/[\w.+-]*\+json$/.test(type);
}

/** Whether the request carries a Better Auth session cookie (then the route handler serves it). */
export function hasSessionCookie(cookie: string | null | undefined): boolean {
  return cookie?.includes("better-auth.session_token") ?? false;
}

/** The contract's input in, its result out (contract.md). */
export async function answerLint(request: LintHttpRequest, deps: LintEndpointDeps): Promise<HttpAnswer> {
  try {
    if (Number(request.header("content-length") ?? "0") > MAX_LINT_BODY_BYTES) return tooLarge();
    const contentType = request.header("content-type");
    if (!isJsonContentType(contentType)) return issue("unsupported_media_type", `The body must be JSON (content-type: application/json), not ${contentType}.`, 415);
    const text = await request.readBody(MAX_LINT_BODY_BYTES);
    if (text === null) return tooLarge();
    // nesting past 32 levels and __proto__ keys are refused here, like JSON that does not parse
    const body = parseJson(text);
    if (!body.ok) return issue("invalid_json", body.message, 400, body.path);
    const parsed = lintInputSchema.safeParse(body.value);
    if (!parsed.success) return answer(invalidInputError(parsed.error), 400);
    // the heuristics read no stored data and are open to anyone (limited per client address, or
    // per user and workspace when signed in); "llm": true spends a workspace's token budget and
    // needs a session. It answers within its timeout, with llm "off" when none is configured
    const actor = hasSessionCookie(request.header("cookie")) || parsed.data.llm ? await deps.actor() : null;
    if (parsed.data.llm && !actor) return answer({ error: { code: "unauthorized", issues: [] } }, 401);
    const keys = actor ? { user: actor.memberId, workspace: actor.workspaceId } : { address: clientAddress({ headers: { get: (n: string) => request.header(n) } }) };
    const linting = await takeRateLimit(deps.db, "lint", keys);
    if (!linting.ok) return rateLimitedAnswer(linting);
    if (!parsed.data.llm || !actor || !deps.lintWithLlm) return answer(lintParsed(parsed.data), 200);
    const reviewing = await takeRateLimit(deps.db, "llm", keys);
    if (!reviewing.ok) return rateLimitedAnswer(reviewing);
    return answer(await deps.lintWithLlm(parsed.data, { workspaceId: actor.workspaceId, signal: request.signal }), 200);
  } catch (e) {
    if (isDatabaseBusy(e)) return busyAnswer();
    console.error("lint failed", e instanceof Error ? e.message : e);
    return answer({ error: { code: "internal", issues: [] } }, 500);
  }
}
