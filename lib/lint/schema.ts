import { z } from "zod";

/** The rule ids of rules.md, in the order every result lists them. */
export const RULE_IDS = [
  "personal-address",
  "placeholder",
  "relevance",
  "problem",
  "usp",
  "value",
  "concise",
  "call-to-action",
  "hype",
  "links",
  "premature-pitch",
  "mass-template",
  "follow-up",
  "formality",
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const CHANNELS = ["connection-note", "inmail", "message", "follow-up"] as const;
export type Channel = (typeof CHANNELS)[number];
export const LANGUAGES = ["en", "de"] as const;
export type Language = (typeof LANGUAGES)[number];

export const MAX_MESSAGE_LENGTH = 20_000;
export const MAX_SUBJECT_LENGTH = 2_000;
/** How far back a history entry or touchpoint may lie, in days. */
export const MAX_DAYS_AGO = 100_000;

const shortText = (max: number) => z.string().max(max);

export const prospectSchema = z.object({
  name: shortText(200).optional(),
  role: shortText(300).optional(),
  company: shortText(300).optional(),
  notes: z.array(shortText(10_000)).max(200).optional(),
});

export const senderSchema = z.object({
  product: shortText(500).optional(),
  usp: shortText(2_000).optional(),
  problem: shortText(2_000).optional(),
});

export const historyEntrySchema = z.object({
  direction: z.enum(["out", "in"]),
  text: shortText(MAX_MESSAGE_LENGTH).default(""),
  daysAgo: z.number().min(0).max(MAX_DAYS_AGO).optional(),
});

export const TOUCHPOINT_KINDS = ["viewed-profile", "reacted", "commented", "connection-sent", "connection-accepted", "message-sent", "reply-received"] as const;

export const touchpointInputSchema = z.object({
  kind: z.enum(TOUCHPOINT_KINDS),
  daysAgo: z.number().min(0).max(MAX_DAYS_AGO).optional(),
});

/** What the linter takes: contract.md "In". Unknown fields are ignored (zod strips them). */
export const lintInputSchema = z.object({
  message: z
    .string({ error: "message is required and must be a string" })
    .min(1, "message must not be empty")
    .max(MAX_MESSAGE_LENGTH, `message must be at most ${MAX_MESSAGE_LENGTH} characters`),
  subject: shortText(MAX_SUBJECT_LENGTH).optional(),
  channel: z.enum(CHANNELS).default("message"),
  language: z.enum(LANGUAGES).optional(),
  account: z.enum(["free", "premium"]).optional(),
  prospect: prospectSchema.optional(),
  sender: senderSchema.optional(),
  history: z.array(historyEntrySchema).max(500).optional(),
  earlierMessages: z.array(shortText(MAX_MESSAGE_LENGTH)).max(5_000).optional(),
  /** Optional: how the seller warmed the prospect up before writing (research issue). */
  touchpoints: z.array(touchpointInputSchema).max(500).optional(),
  llm: z.boolean().optional(),
});
export type LintInput = z.input<typeof lintInputSchema>;
export type ParsedLintInput = z.output<typeof lintInputSchema>;

export const STATUSES = ["pass", "warn", "fail", "skip"] as const;
export type CheckStatus = (typeof STATUSES)[number];
export const VERDICTS = ["send", "revise", "block"] as const;
export type Verdict = (typeof VERDICTS)[number];

export const spanSchema = z.object({ start: z.number().int().min(0), end: z.number().int().min(0) });
export type Span = z.infer<typeof spanSchema>;

/** A one-click text change: replace message[start, end) with text. */
export const fixSchema = z.object({ start: z.number().int(), end: z.number().int(), text: z.string() });
export type Fix = z.infer<typeof fixSchema>;

export const checkSchema = z.object({
  id: z.enum(RULE_IDS),
  status: z.enum(STATUSES),
  messageId: z.string(),
  message: z.string(),
  spans: z.array(spanSchema),
  suggestion: z.string().optional(),
  fix: fixSchema.optional(),
  source: z.enum(["heuristic", "llm"]),
});
export type Check = z.infer<typeof checkSchema>;

export const llmStateSchema = z.object({
  status: z.enum(["off", "ok", "error"]),
  /** Why the LLM pass failed (status "error"): timeout, rate_limited, budget, circuit_open, … */
  reason: z.string().optional(),
  /** The model's rewrite of the message, when it kept to the input's facts (status "ok"). */
  rewrite: z.string().optional(),
  /** Names or numbers the model's rewrite invented; the rewrite was withheld because of them. */
  rewriteRejected: z.array(z.string()).optional(),
});
export type LlmState = z.infer<typeof llmStateSchema>;

/** What the linter returns: contract.md "Out". */
export const lintResultSchema = z.object({
  verdict: z.enum(VERDICTS),
  score: z.number().min(0).max(100),
  language: z.enum(LANGUAGES),
  channel: z.enum(CHANNELS),
  stats: z.object({
    characters: z.number(),
    words: z.number(),
    sentences: z.number(),
    readingEase: z.number(),
  }),
  checks: z.array(checkSchema),
  llm: llmStateSchema,
});
export type LintResult = z.infer<typeof lintResultSchema>;

/** The error body of every door (API 400, CLI stderr). */
export function invalidInputError(error: z.ZodError) {
  return {
    error: {
      code: "invalid_input" as const,
      issues: error.issues.map((issue) => ({
        path: issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
        message: issue.message,
        code: issue.code,
      })),
    },
  };
}
