import { buildContext } from "./context";
import { parseLintInput } from "./parse-input";
import { fill, templateParts, type Bilingual, type Finding, type Rule } from "./rule";
import { rules } from "./rules";
import {
  invalidInputError,
  type Check,
  type CheckStatus,
  type Language,
  type LintResult,
  type ParsedLintInput,
  type RuleId,
  type Verdict,
} from "./schema";

/** Rules whose failure makes a message "revise" (rules.md, Severity and verdict). */
export const REVISE_RULES: ReadonlySet<RuleId> = new Set([
  "personal-address", "relevance", "problem", "value", "concise", "hype", "mass-template", "premature-pitch",
]);

/** Score penalties: a failure of a core rule weighs most, a warning least. */
const PENALTY: Record<CheckStatus, number> = { fail: 16, warn: 6, pass: 0, skip: 0 };
const CORE_FAIL_EXTRA = 6;

// Each verdict owns a band of scores so that every block scores below every revise, and every
// revise below every send; within a band the score orders by how much is wrong.
export const BANDS: Record<Verdict, [number, number]> = { block: [0, 39], revise: [40, 69], send: [70, 100] };

export class LintInputError extends Error {
  readonly body: ReturnType<typeof invalidInputError>;
  constructor(body: ReturnType<typeof invalidInputError>) {
    super(body.error.issues.map((i) => `${i.path.join(".") || "(input)"}: ${i.message}`).join("; "));
    this.name = "LintInputError";
    this.body = body;
  }
}

export function verdictOf(checks: readonly Check[], blocking: boolean): Verdict {
  if (blocking) return "block";
  if (checks.some((c) => c.status === "fail" && REVISE_RULES.has(c.id))) return "revise";
  return "send";
}

export function scoreOf(checks: readonly Check[], verdict: Verdict): number {
  let penalty = 0;
  for (const c of checks) {
    penalty += PENALTY[c.status];
    if (c.status === "fail" && REVISE_RULES.has(c.id)) penalty += CORE_FAIL_EXTRA;
  }
  const raw = Math.max(0, 100 - penalty) / 100;
  const [lo, hi] = BANDS[verdict];
  return Math.round(lo + raw * (hi - lo));
}

export interface LintOptions {
  /** The language of the findings' messages; by default the message's own language (contract.md). The UI passes its locale. */
  messageLanguage?: Language;
}

/** A result and the rules whose findings block it (the LLM pass must leave those alone). */
export interface LintDetails {
  result: LintResult;
  blockingRules: RuleId[];
}

/** Lints input that has already passed the schema. The core of all three doors. */
export function lintParsed(input: ParsedLintInput, options: LintOptions = {}): LintResult {
  return lintDetailed(input, options).result;
}

/** A message or suggestion split at its "{name}" placeholders (see fill), in both languages. */
interface Templates {
  message: Record<Language, string[]>;
  suggestion?: Record<Language, string[]>;
}

// Every lint renders fourteen messages: each rule's templates are split once, and found by messageId.
const templatesOf = new Map<Rule, Map<string, Templates>>();

function templates(rule: Rule, messageId: string): Templates {
  let byId = templatesOf.get(rule);
  if (!byId) templatesOf.set(rule, (byId = new Map()));
  let t = byId.get(messageId);
  if (!t) {
    const split = (b: Bilingual) => ({ en: templateParts(b.en), de: templateParts(b.de) });
    const suggestion = rule.meta.suggestions?.[messageId];
    t = { message: split(rule.meta.messages[messageId]), suggestion: suggestion ? split(suggestion) : undefined };
    byId.set(messageId, t);
  }
  return t;
}

/** lintParsed, and which rules block. */
export function lintDetailed(input: ParsedLintInput, options: LintOptions = {}): LintDetails {
  const ctx = buildContext(input);
  const say = options.messageLanguage ?? ctx.lang;
  const blockingRules: RuleId[] = [];
  const checks: Check[] = rules.map((rule) => {
    const finding: Finding<string> = rule.check(ctx);
    if (finding.blocking) blockingRules.push(rule.meta.id);
    const t = templates(rule, finding.messageId);
    const suggestion = finding.status === "warn" || finding.status === "fail" ? t.suggestion : undefined;
    const check: Check = {
      id: rule.meta.id,
      status: finding.status,
      messageId: finding.messageId,
      message: fill(t.message[say], finding.data),
      spans: finding.spans ?? [],
      source: "heuristic",
    };
    if (suggestion) check.suggestion = fill(suggestion[say], finding.data);
    if (finding.fix) check.fix = finding.fix;
    return check;
  });
  const verdict = verdictOf(checks, blockingRules.length > 0);
  const result: LintResult = {
    verdict,
    score: scoreOf(checks, verdict),
    language: ctx.lang,
    channel: ctx.channel,
    stats: ctx.stats,
    checks,
    llm: { status: "off" },
  };
  return { result, blockingRules };
}

/** Validates and lints. Throws LintInputError (with the contract's error body) on bad input. */
export function lintMessage(input: unknown): LintResult {
  const parsed = parseLintInput(input);
  if (!parsed.success) throw new LintInputError(invalidInputError(parsed.error));
  return lintParsed(parsed.data);
}

export type SafeLintResult = { ok: true; result: LintResult } | { ok: false; error: ReturnType<typeof invalidInputError> };

export function safeLintMessage(input: unknown): SafeLintResult {
  const parsed = parseLintInput(input);
  if (!parsed.success) return { ok: false, error: invalidInputError(parsed.error) };
  return { ok: true, result: lintParsed(parsed.data) };
}
