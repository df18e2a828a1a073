import { BANDS, REVISE_RULES, scoreOf, verdictOf, type Check, type CheckStatus, type LintResult, type LlmState, type RuleId, type Verdict } from "../lint";
import { SEMANTIC_RULES, type LocatedReview, type SemanticRule } from "./review-schema";

/** The most the LLM pass may move the score, either way. */
export const MAX_SCORE_SHIFT = 15;

/** rules.md: usp and call-to-action raise at most a warning. */
const MAX_STATUS: Partial<Record<SemanticRule, CheckStatus>> = { usp: "warn", "call-to-action": "warn" };

const SEMANTIC: ReadonlySet<RuleId> = new Set(SEMANTIC_RULES);

/** The longest reason shown; the model's text is shown as plain text, never as markup. */
const MAX_SHOWN_REASON = 400;

function cleanReason(reason: string): string {
  // control and bidi characters out, whitespace runs as one space
  const text = reason.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu, " ").replace(/\s+/g, " ").trim();
  return text.length > MAX_SHOWN_REASON ? `${text.slice(0, MAX_SHOWN_REASON - 1)}…` : text;
}

const raised = (s: CheckStatus) => s === "warn" || s === "fail";

function llmCheck(heuristic: Check, status: CheckStatus, reason: string, spans: Check["spans"]): Check {
  const check: Check = { id: heuristic.id, status, messageId: "llm-review", message: cleanReason(reason), spans, source: "llm" };
  // the heuristic's advice still applies when both see a problem; a cleared check needs none
  if (raised(status) && raised(heuristic.status)) {
    if (heuristic.suggestion) check.suggestion = heuristic.suggestion;
    if (heuristic.fix) check.fix = heuristic.fix;
  }
  return check;
}

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

function reachable(verdict: Verdict, heuristicScore: number): [number, number] | null {
  const [lo, hi] = BANDS[verdict];
  const from = Math.max(lo, heuristicScore - MAX_SCORE_SHIFT);
  const to = Math.min(hi, heuristicScore + MAX_SCORE_SHIFT);
  return from <= to ? [from, to] : null;
}

/**
 * Merges a located LLM review into the heuristic result, within fixed bounds (the bounds are
 * code, so nothing the model says — or is told by a note to say — can pass them):
 *
 * - only the eight semantic rules change; the other six stay as the heuristics found them;
 * - a check whose heuristic finding blocks is never changed, nor is a check the heuristics
 *   skipped (the rule does not apply here); so the verdict never moves to or from "block";
 * - a change needs evidence the model quoted from the message and Ansprache found there: a
 *   finding without any is dropped, and the heuristic check stands;
 * - usp and call-to-action raise at most a warning (rules.md);
 * - the verdict is recomputed from the merged checks; the score is recomputed and then held
 *   within MAX_SCORE_SHIFT of the heuristic score and inside the verdict's band. When the new
 *   verdict's band lies beyond that reach, the verdict does not change: the model's new failures
 *   are softened to warnings (send stays send), or the failures it cleared stay (revise stays revise).
 *
 * Changed checks carry source "llm" and the model's reason as their message.
 */
export function mergeReview(heuristic: LintResult, blockingRules: readonly RuleId[], review: LocatedReview): LintResult {
  const blocking = new Set(blockingRules);
  const llm: LlmState = { status: "ok" };
  if (review.rewrite !== undefined) llm.rewrite = review.rewrite;
  if (review.rewriteRejected?.length) llm.rewriteRejected = [...review.rewriteRejected];

  let checks: Check[] = heuristic.checks.map((c) => {
    if (!SEMANTIC.has(c.id) || blocking.has(c.id) || c.status === "skip") return c;
    const r = review.rules[c.id as SemanticRule];
    if (!r || !["pass", "warn", "fail"].includes(r.status)) return c;
    const max = MAX_STATUS[c.id as SemanticRule];
    const status: CheckStatus = max === "warn" && r.status === "fail" ? "warn" : r.status;
    if (status === c.status) return c; // agreement: the heuristic finding (with its spans and fix) stands
    const spans = r.spans.filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end > s.start);
    if (spans.length === 0) return c; // no evidence in the message: dropped
    return llmCheck(c, status, r.reason, spans);
  });

  const isBlocked = blocking.size > 0;
  let verdict = verdictOf(checks, isBlocked);
  if (verdict !== heuristic.verdict && !reachable(verdict, heuristic.score)) {
    const original = new Map(heuristic.checks.map((c) => [c.id, c]));
    checks = checks.map((c) => {
      if (c.source !== "llm" || !REVISE_RULES.has(c.id)) return c;
      const before = original.get(c.id)!;
      // send -> revise out of reach: the model's failure becomes a warning
      if (heuristic.verdict === "send" && c.status === "fail") return { ...c, status: "warn" };
      // revise -> send out of reach: the failure the model cleared stays
      if (heuristic.verdict === "revise" && before.status === "fail") return before;
      return c;
    });
    verdict = verdictOf(checks, isBlocked);
  }
  const range = reachable(verdict, heuristic.score) ?? [heuristic.score, heuristic.score];
  const score = clamp(scoreOf(checks, verdict), range[0], range[1]);
  return { ...heuristic, verdict, score, checks, llm };
}

/** The heuristic result, with the LLM pass's state. */
export function withLlmState(result: LintResult, llm: LlmState): LintResult {
  return { ...result, llm };
}
