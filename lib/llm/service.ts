import type { Language, LintDetails, LintResult, ParsedLintInput } from "../lint";
import { CircuitBreaker } from "./breaker";
import { TtlCache } from "./cache";
import { callModel, LlmError, type CallOptions, type LlmErrorReason } from "./client";
import type { LlmConfig } from "./config";
import { locateEvidence } from "./evidence";
import { mergeReview, withLlmState } from "./merge";
import { buildPrompt, cacheKey, promptData, type PromptData } from "./prompt";
import { modelReviewSchema, SEMANTIC_RULES, type LocatedReview, type RuleReview, type SemanticRule } from "./review-schema";
import { checkRewrite } from "./rewrite-guard";
import { monthOf, type UsageStore } from "./usage";

export interface ReviewOptions {
  /** Whose budget the tokens count against. */
  workspaceId: string;
  /** The language of the reasons; by default the message's (the UI passes its locale, as for the heuristics). */
  reasonLanguage?: Language;
  signal?: AbortSignal;
}

export interface LlmServiceDeps {
  config: LlmConfig;
  usage: UsageStore;
  now?: () => Date;
  /** Called on failures with the reason only: never the prompt (it holds personal data). */
  log?: (message: string) => void;
  sleep?: CallOptions["sleep"];
}

/** Failures that say the endpoint is unwell (or refuses us), as opposed to one answer being unusable. */
const ENDPOINT_FAILURES: ReadonlySet<LlmErrorReason> = new Set(["timeout", "rate_limited", "server_error", "auth", "http_error", "network"]);

/** Parses the model's text: JSON (a markdown code fence around it is tolerated), then the review schema. */
export function parseModelAnswer(content: string, tokens = 0) {
  const text = content.trim().replace(/^```(?:json)?\s*\n?([\s\S]*?)\n?```$/u, "$1");
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new LlmError("invalid_json", "the answer is not JSON", tokens);
  }
  const parsed = modelReviewSchema.safeParse(json);
  if (!parsed.success) throw new LlmError("invalid_answer", `the answer does not fit the schema: ${parsed.error.issues[0]?.path.join(".")}`, tokens);
  return parsed.data;
}

/** Turns the model's review into one Ansprache can merge: evidence located in the message, the rewrite checked for invented facts. */
export function locateReview(review: ReturnType<typeof parseModelAnswer>, input: ParsedLintInput, data: PromptData): LocatedReview {
  const rules: Partial<Record<SemanticRule, RuleReview>> = {};
  for (const id of SEMANTIC_RULES) {
    const r = review.rules[id];
    rules[id] = { status: r.status, reason: r.reason, spans: locateEvidence(input.message, r.evidence) };
  }
  const located: LocatedReview = { rules };
  const rewrite = review.rewrite.trim();
  if (rewrite && rewrite !== input.message.trim()) {
    const guard = checkRewrite(rewrite, { message: input.message, subject: data.subject, prospect: input.prospect, sender: input.sender }, data.language);
    if (guard.ok) located.rewrite = rewrite;
    else located.rewriteRejected = guard.invented.slice(0, 10);
  }
  return located;
}

/**
 * The LLM pass behind one method: review(input, heuristic) returns the heuristic result merged
 * with the model's review within the bounds of merge.ts, or the heuristic result unchanged with
 * llm.status "error" and the reason. It never throws, and never takes longer than the timeout.
 */
export class LlmService {
  readonly config: LlmConfig;
  readonly breaker: CircuitBreaker;
  readonly cache: TtlCache<LocatedReview>;
  private readonly usage: UsageStore;
  private readonly now: () => Date;
  private readonly log: (message: string) => void;
  private readonly sleep?: CallOptions["sleep"];

  constructor(deps: LlmServiceDeps) {
    this.config = deps.config;
    this.usage = deps.usage;
    this.now = deps.now ?? (() => new Date());
    this.log = deps.log ?? ((m) => console.warn(m));
    this.sleep = deps.sleep;
    this.breaker = new CircuitBreaker(deps.config.breaker, () => this.now().getTime());
    this.cache = new TtlCache(deps.config.cache.maxEntries, deps.config.cache.ttlMs, () => this.now().getTime());
  }

  async review(input: ParsedLintInput, heuristic: LintDetails, options: ReviewOptions): Promise<LintResult> {
    try {
      const review = await this.reviewOrThrow(input, heuristic.result.language, options);
      return mergeReview(heuristic.result, heuristic.blockingRules, review);
    } catch (e) {
      const reason: LlmErrorReason = e instanceof LlmError ? e.reason : "network";
      if (reason !== "cancelled") this.log(`llm pass unavailable: ${reason}`);
      return withLlmState(heuristic.result, { status: "error", reason });
    }
  }

  private async reviewOrThrow(input: ParsedLintInput, language: Language, options: ReviewOptions): Promise<LocatedReview> {
    const data = promptData(input, language, options.reasonLanguage ?? language);
    const key = cacheKey(this.config.model, data);
    const cached = this.cache.get(key);
    if (cached) return cached;

    const prompt = buildPrompt(data);
    const month = monthOf(this.now());
    const used = await this.usage.used(options.workspaceId, month);
    // the prompt's tokens at least; the answer is bounded by maxCompletionTokens
    if (used + Math.ceil((prompt.system.length + prompt.user.length) / 4) > this.config.monthlyTokenBudget) {
      throw new LlmError("budget", "the workspace's monthly token budget is used up");
    }
    if (!this.breaker.allow()) throw new LlmError("circuit_open", "the endpoint failed repeatedly; waiting before trying again");

    let tokens = 0;
    try {
      const answer = await callModel(this.config, prompt, { signal: options.signal, sleep: this.sleep });
      tokens = answer.tokens;
      const located = locateReview(parseModelAnswer(answer.content, tokens), input, data);
      this.breaker.success();
      this.cache.set(key, located);
      return located;
    } catch (e) {
      const error = e instanceof LlmError ? e : new LlmError("network");
      tokens ||= error.tokens;
      // Only an endpoint in trouble opens the circuit (for every workspace on this server); an
      // answer that was merely unusable for this one draft says nothing about the endpoint.
      if (ENDPOINT_FAILURES.has(error.reason)) this.breaker.failure();
      else if (error.reason === "cancelled") this.breaker.release();
      else this.breaker.success();
      throw error;
    } finally {
      if (tokens > 0) await this.usage.add(options.workspaceId, month, tokens).catch((e: unknown) => this.log(`llm usage not recorded: ${e instanceof Error ? e.name : "error"}`));
    }
  }
}
