import "server-only";
import { lintDetailed, type Language, type LintResult, type ParsedLintInput } from "../lint";
import type { PrismaClient } from "../db-client";
import { takeRateLimit } from "../http/rate-limit";
import { loadLlmConfig, type LlmConfigState } from "./config";
import { LlmService } from "./service";
import { PrismaUsageStore, type UsageStore } from "./usage";

// The optional LLM pass, behind one function: lintWithLlm. Server-only: it reads the API key and
// calls the endpoint; the linter in lib/lint never imports any of this.

export type { LlmErrorReason } from "./client";
export { loadLlmConfig } from "./config";

interface Runtime {
  state: LlmConfigState;
  service: LlmService | null;
}

const globalForLlm = globalThis as unknown as { anspracheLlm?: Runtime };

async function prismaUsage(): Promise<UsageStore> {
  const { db } = await import("../db");
  return new PrismaUsageStore(db);
}

/** The process's LLM runtime, from the environment at first use (one breaker and one cache per process). */
async function runtime(): Promise<Runtime> {
  if (globalForLlm.anspracheLlm) return globalForLlm.anspracheLlm;
  const state = loadLlmConfig();
  if (state.status === "invalid") console.error(`LLM pass misconfigured, off: ${state.issues.join("; ")}`);
  const service = state.status === "on" ? new LlmService({ config: state.config, usage: await prismaUsage() }) : null;
  return (globalForLlm.anspracheLlm ??= { state, service });
}

/** Whether the LLM pass is configured ("off" when no key and no base URL are set). */
export async function llmStatus(): Promise<"on" | "off" | "invalid"> {
  return (await runtime()).state.status;
}

/** Forget the runtime, so the next call reads the environment again (tests). */
export function resetLlmRuntime(): void {
  delete globalForLlm.anspracheLlm;
}

export interface LintWithLlmOptions {
  /** Whose monthly budget pays; by default the acting member's workspace. */
  workspaceId?: string;
  /** The language of the findings' messages (heuristic and LLM); by default the message's. */
  messageLanguage?: Language;
  signal?: AbortSignal;
}

/**
 * Lints and, when configured, runs the LLM pass: the heuristic result merged with the model's
 * review within fixed bounds. Never throws for an LLM failure and never waits longer than the
 * timeout: the result then is the heuristic one with llm.status "error" and the reason. With no
 * LLM configured it is the heuristic result with llm.status "off".
 */
export async function lintWithLlm(input: ParsedLintInput, options: LintWithLlmOptions = {}): Promise<LintResult> {
  const details = lintDetailed(input, { messageLanguage: options.messageLanguage });
  const { state, service } = await runtime();
  if (state.status === "invalid") return { ...details.result, llm: { status: "error", reason: "config" } };
  if (!service) return details.result;
  // the budget is per workspace: without one (no signed-in member) there is no LLM pass
  const workspaceId = options.workspaceId;
  if (!workspaceId) return { ...details.result, llm: { status: "error", reason: "config" } };
  return service.review(input, details, { workspaceId, reasonLanguage: options.messageLanguage, signal: options.signal });
}

/**
 * The review a save stores (lib/data/messages.ts AiReview): lintWithLlm under the member's and the
 * workspace's LLM limits, as /api/review is. Usually the review's cache answers (the page asked for
 * this very text), but on another app instance, or through POST /api/messages, a save calls the
 * model; over the limit it stores the heuristic result, saying why.
 */
export function reviewForSave(db: PrismaClient, actor: { memberId: string; workspaceId: string }) {
  return async (input: ParsedLintInput, options: LintWithLlmOptions): Promise<LintResult> => {
    const limited = await takeRateLimit(db, "llm", { user: actor.memberId, workspace: actor.workspaceId });
    if (!limited.ok) return { ...lintDetailed(input, { messageLanguage: options.messageLanguage }).result, llm: { status: "error", reason: "rate_limited" } };
    return lintWithLlm(input, options);
  };
}

/**
 * Drops every cached review. Reviews quote message and note text; after a GDPR erasure none may
 * stay in memory (the cache is keyed by content hash, so the whole cache goes).
 */
export function forgetCachedReviews(): void {
  globalForLlm.anspracheLlm?.service?.cache.clear();
}
