import { z } from "zod";

/** The model used when OPENAI_MODEL is not set. */
export const DEFAULT_MODEL = "gpt-4o-mini";

// An empty variable (OPENAI_API_KEY= in a .env file) means "not set".
const unset = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** The environment the LLM pass reads; validated once, at first use. */
export const llmEnvSchema = z.object({
  OPENAI_API_KEY: z.preprocess(unset, z.string().trim().min(1).max(500).optional()),
  OPENAI_BASE_URL: z.preprocess(unset, z.url({ protocol: /^https?$/, error: "OPENAI_BASE_URL must be an http(s) URL" }).optional()),
  OPENAI_MODEL: z.preprocess(unset, z.string().trim().min(1).max(200).optional()),
  LLM_TIMEOUT_MS: z.preprocess(unset, z.coerce.number().int().min(100).max(120_000).default(15_000)),
  LLM_MONTHLY_TOKEN_BUDGET: z.preprocess(unset, z.coerce.number().int().min(0).default(1_000_000)),
});

export interface BreakerOptions {
  /** Consecutive failures that open the circuit. */
  failureThreshold: number;
  /** How long the circuit stays open before one trial request may pass (half-open). */
  cooldownMs: number;
}

export interface LlmConfig {
  apiKey: string;
  /** Undefined: OpenAI itself. Otherwise any OpenAI-compatible server (Ollama, vLLM, LM Studio, …). */
  baseURL?: string;
  model: string;
  /** The whole pass, a retry and its wait included, ends by then. */
  timeoutMs: number;
  /** Tokens per workspace per calendar month (UTC); 0 turns the pass off in effect. */
  monthlyTokenBudget: number;
  /** Answers larger than this are refused while they are read. */
  maxAnswerBytes: number;
  /** The longest Retry-After we wait for before the single retry. */
  retryAfterCapMs: number;
  /** The completion token limit sent with each request. */
  maxCompletionTokens: number;
  breaker: BreakerOptions;
  cache: { maxEntries: number; ttlMs: number };
}

export type LlmConfigState = { status: "off" } | { status: "invalid"; issues: string[] } | { status: "on"; config: LlmConfig };

export const CONFIG_DEFAULTS = {
  maxAnswerBytes: 256 * 1024,
  retryAfterCapMs: 5_000,
  maxCompletionTokens: 4_000,
  breaker: { failureThreshold: 5, cooldownMs: 30_000 },
  cache: { maxEntries: 500, ttlMs: 60 * 60 * 1000 },
} satisfies Partial<LlmConfig>;

/**
 * Reads the LLM settings. Off when neither OPENAI_API_KEY nor OPENAI_BASE_URL is set: then
 * Ansprache runs on its heuristics alone. A local server (Ollama, vLLM) needs no key: a base URL
 * alone turns the pass on.
 */
export function loadLlmConfig(env: Record<string, string | undefined> = process.env): LlmConfigState {
  const parsed = llmEnvSchema.safeParse(env);
  if (!parsed.success) {
    return { status: "invalid", issues: parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`) };
  }
  const e = parsed.data;
  if (!e.OPENAI_API_KEY && !e.OPENAI_BASE_URL) return { status: "off" };
  return {
    status: "on",
    config: {
      // the SDK insists on a key; local servers ignore it
      apiKey: e.OPENAI_API_KEY ?? "unused",
      baseURL: e.OPENAI_BASE_URL,
      model: e.OPENAI_MODEL ?? DEFAULT_MODEL,
      timeoutMs: e.LLM_TIMEOUT_MS,
      monthlyTokenBudget: e.LLM_MONTHLY_TOKEN_BUDGET,
      ...CONFIG_DEFAULTS,
    },
  };
}
