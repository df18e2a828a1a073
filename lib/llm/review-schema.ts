import { z } from "zod";
import type { RuleId, Span } from "../lint/schema";

/** The rules a language model may judge: those about meaning (rules.md; `semantic: true` in lib/lint/rules). */
export const SEMANTIC_RULES = [
  "personal-address",
  "relevance",
  "problem",
  "usp",
  "value",
  "call-to-action",
  "hype",
  "premature-pitch",
] as const satisfies readonly RuleId[];
export type SemanticRule = (typeof SEMANTIC_RULES)[number];

export const REVIEW_STATUSES = ["pass", "warn", "fail"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const MAX_REASON_LENGTH = 1_000;
export const MAX_QUOTE_LENGTH = 1_000;
export const MAX_QUOTES = 8;
export const MAX_REWRITE_LENGTH = 25_000;

// A long-winded answer is cut to size rather than thrown away: the verdicts in it are still good,
// and its tokens are paid for. A quote longer than any allowed is not a quote of a short message:
// it is dropped (evidence.ts drops quotes it cannot find anyway).
const ruleReviewSchema = z.object({
  status: z.enum(REVIEW_STATUSES),
  reason: z.string().transform((r) => (r.length > MAX_REASON_LENGTH ? `${r.slice(0, MAX_REASON_LENGTH - 1)}…` : r)),
  evidence: z.array(z.string()).transform((quotes) => quotes.filter((q) => q.length <= MAX_QUOTE_LENGTH).slice(0, MAX_QUOTES)),
});

/**
 * The model's answer. Every semantic rule must be there; anything else the model adds (a "score",
 * a "verdict", other rules) is stripped: the model can only say what this schema lets it say.
 */
export const modelReviewSchema = z.object({
  rules: z.object(Object.fromEntries(SEMANTIC_RULES.map((id) => [id, ruleReviewSchema])) as Record<SemanticRule, typeof ruleReviewSchema>),
  rewrite: z.string().max(MAX_REWRITE_LENGTH),
});
export type ModelReview = z.infer<typeof modelReviewSchema>;

/** The same shape as a JSON schema for `response_format: { type: "json_schema", strict: true }`. */
export const REVIEW_JSON_SCHEMA = {
  name: "ansprache_review",
  strict: true,
  schema: {
    type: "object",
    additionalProperties: false,
    required: ["rules", "rewrite"],
    properties: {
      rules: {
        type: "object",
        additionalProperties: false,
        required: [...SEMANTIC_RULES],
        properties: Object.fromEntries(
          SEMANTIC_RULES.map((id) => [
            id,
            {
              type: "object",
              additionalProperties: false,
              required: ["status", "reason", "evidence"],
              properties: {
                status: { type: "string", enum: [...REVIEW_STATUSES] },
                reason: { type: "string" },
                evidence: { type: "array", items: { type: "string" } },
              },
            },
          ]),
        ),
      },
      rewrite: { type: "string" },
    },
  },
} as const;

/** One rule's review after Ansprache checked it: evidence turned into spans of the message, quotes not found dropped. */
export interface RuleReview {
  status: ReviewStatus;
  reason: string;
  spans: Span[];
}

/** A review ready to merge (and to cache). */
export interface LocatedReview {
  rules: Partial<Record<SemanticRule, RuleReview>>;
  /** The rewrite, when it keeps to the input's facts. */
  rewrite?: string;
  /** What the rewrite invented, when it was withheld for that. */
  rewriteRejected?: string[];
}
