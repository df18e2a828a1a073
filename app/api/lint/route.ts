import { lintWithLlm } from "@/lib/llm";
import { actorFromHeaders } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { readLimited } from "@/lib/http/read-body";
import { answerLint } from "@/lib/http/lint-endpoint";
import { asResponse } from "@/lib/http/answer";

export const runtime = "nodejs";

/**
 * POST /api/lint: the contract's input in, its result out (contract.md), answered by
 * lib/http/lint-endpoint.ts. In production, anonymous requests take a shorter way through the same
 * code (scripts/server.ts); signed-in ones, and everything under `next dev`, come here.
 */
export async function POST(request: Request) {
  const answer = await answerLint(
    { header: (name) => request.headers.get(name), readBody: (max) => readLimited(request, max), signal: request.signal },
    { db, actor: () => actorFromHeaders(request.headers), lintWithLlm },
  );
  return asResponse(answer);
}

export function GET() {
  return Response.json({ error: { code: "method_not_allowed", issues: [] } }, { status: 405, headers: { "cache-control": "no-store", allow: "POST" } });
}
