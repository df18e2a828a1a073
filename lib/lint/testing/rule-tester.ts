/**
 * One tester for all rules, in the spirit of ESLint's RuleTester and LanguageTool's rule
 * examples: `valid` and `invalid` cases per language, the expected span(s) marked inline with
 * «…», the messageId asserted (never the rendered text, so tests survive translation), duplicate
 * cases rejected, and every suggested fix applied and re-linted to prove that it removes the
 * finding.
 *
 * Every case runs through `lintMessage`, the full engine with its input schema and context
 * building, not the rule alone.
 *
 *   ruleTester.run(hypeRule, {
 *     valid: [{ lang: "en", text: "Hi Anna, no hype and no guarantees: …" }],
 *     invalid: [{ lang: "de", text: "Hallo Anna, «die ultimative Lösung» …", messageId: "hype" }],
 *   });
 */
import { describe, expect, it } from "vitest";
import { buildContext } from "../context";
import { lintMessage } from "../engine";
import type { Rule } from "../rule";
import {
  lintInputSchema,
  lintResultSchema,
  type Check,
  type CheckStatus,
  type Fix,
  type Language,
  type LintInput,
  type LintResult,
  type Span,
} from "../schema";

/** Opens and closes an expected span in a case's text. Reserved: write other quotes („…“, »…«) in test texts. */
export const SPAN_OPEN = "«";
export const SPAN_CLOSE = "»";

export interface Case {
  lang: Language;
  /** The message; in invalid cases every span the rule must report is marked «like this». */
  text: string;
  /** Everything else the linter takes (channel, prospect, history, earlierMessages, …). */
  input?: Partial<Omit<LintInput, "message">>;
  /** The finding's messageId: required for invalid cases, optional for valid ones (e.g. which kind of skip). */
  messageId?: string;
  /** Valid: "pass" or "skip" (default: either). Invalid: "warn" or "fail" (default: either). */
  status?: CheckStatus;
  /** Whether this rule's finding makes the verdict "block". Checked only when given. */
  blocking?: boolean;
  /**
   * The text after applying this rule's fix once; null asserts that the finding has no fix.
   * Whether given or not, every fix of every check is applied and re-linted.
   */
  output?: string | null;
  /** Let the language be detected (and assert that it is `lang`) instead of declaring it. */
  detect?: boolean;
  /** Test name; defaults to the start of the text. */
  name?: string;
}

export interface RuleTests {
  valid: Case[];
  invalid: Case[];
}

export interface PreparedCase extends Case {
  kind: "valid" | "invalid";
  /** The text without markers: the message that is linted. */
  message: string;
  /** The spans the markers stand for, in offsets into `message`. */
  spans: Span[];
  lintInput: LintInput;
}

/** Strips the «…» markers and returns the message and the marked spans (sorted). Throws on unbalanced or nested markers. */
export function parseMarkers(marked: string): { message: string; spans: Span[] } {
  let message = "";
  const spans: Span[] = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === SPAN_OPEN) {
      if (open !== -1) throw new Error(`Nested span marker ${SPAN_OPEN} in: ${marked}`);
      open = message.length;
    } else if (ch === SPAN_CLOSE) {
      if (open === -1) throw new Error(`${SPAN_CLOSE} without ${SPAN_OPEN} in: ${marked}`);
      if (message.length === open) throw new Error(`Empty span ${SPAN_OPEN}${SPAN_CLOSE} in: ${marked}`);
      spans.push({ start: open, end: message.length });
      open = -1;
    } else {
      message += ch;
    }
  }
  if (open !== -1) throw new Error(`Unclosed span marker ${SPAN_OPEN} in: ${marked}`);
  return { message, spans: sortSpans(spans) };
}

/** Writes spans back into a text as «…» markers, for readable failure messages. Overlapping spans are listed instead. */
export function markSpans(text: string, spans: readonly Span[]): string {
  const sorted = sortSpans(spans);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].start < sorted[i - 1].end) return `${text}\n  (overlapping spans: ${JSON.stringify(sorted)})`;
  }
  let out = "";
  let pos = 0;
  for (const s of sorted) {
    out += text.slice(pos, s.start) + SPAN_OPEN + text.slice(s.start, s.end) + SPAN_CLOSE;
    pos = s.end;
  }
  return out + text.slice(pos);
}

function sortSpans(spans: readonly Span[]): Span[] {
  return [...spans].map(({ start, end }) => ({ start, end })).sort((a, b) => a.start - b.start || a.end - b.end);
}

export function applyFix(text: string, fix: Fix): string {
  if (!(fix.start >= 0 && fix.start <= fix.end && fix.end <= text.length)) {
    throw new Error(`Fix out of range: ${JSON.stringify(fix)} for a text of ${text.length} characters`);
  }
  return text.slice(0, fix.start) + fix.text + text.slice(fix.end);
}

/** JSON with sorted keys, so that two inputs that differ only in key order count as the same case. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

/** Checks and normalises a rule's cases. Throws on a malformed case or a duplicate (same message and input), in either list. */
export function prepareCases(ruleId: string, tests: RuleTests): PreparedCase[] {
  if (!tests || !Array.isArray(tests.valid) || !Array.isArray(tests.invalid)) {
    throw new Error(`${ruleId}: the tests need a valid and an invalid list`);
  }
  const seen = new Map<string, string>();
  const prepared: PreparedCase[] = [];
  const lists = [
    ["valid", tests.valid],
    ["invalid", tests.invalid],
  ] as const;
  for (const [kind, cases] of lists) {
    cases.forEach((c, index) => {
      const where = `${ruleId} ${kind}[${index}]`;
      if (c.lang !== "en" && c.lang !== "de") throw new Error(`${where}: lang must be "en" or "de"`);
      if (typeof c.text !== "string" || !c.text) throw new Error(`${where}: text is required`);
      if (c.input && "message" in c.input) throw new Error(`${where}: put the message in text, not in input`);
      const { message, spans } = parseMarkers(c.text);
      if (kind === "valid") {
        if (spans.length > 0) throw new Error(`${where}: a valid case marks no spans`);
        if (c.status && c.status !== "pass" && c.status !== "skip") throw new Error(`${where}: a valid case ends as pass or skip, not ${c.status}`);
        if (c.blocking) throw new Error(`${where}: a valid case cannot block`);
        if (c.output !== undefined) throw new Error(`${where}: output belongs to invalid cases`);
      } else {
        if (!c.messageId) throw new Error(`${where}: an invalid case needs a messageId`);
        if (c.status && c.status !== "warn" && c.status !== "fail") throw new Error(`${where}: an invalid case ends as warn or fail, not ${c.status}`);
      }
      const lintInput: LintInput = { ...c.input, message };
      if (c.detect) delete lintInput.language;
      else lintInput.language ??= c.lang;
      const key = canonical({ lang: c.lang, input: lintInput });
      const previous = seen.get(key);
      if (previous) throw new Error(`${where}: duplicate case (same text and input as ${previous}): ${message.slice(0, 80)}`);
      seen.set(key, where);
      prepared.push({ ...c, kind, message, spans, lintInput });
    });
  }
  return prepared;
}

function shortName(c: PreparedCase): string {
  if (c.name) return c.name;
  const flat = c.message.replace(/\s+/g, " ").trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}

function describeCheck(check: Check | undefined, text: string): string {
  if (!check) return "(no check)";
  return `${check.status} ${check.messageId}: ${check.message}\n  spans: ${markSpans(text, check.spans)}${check.fix ? `\n  fix: ${JSON.stringify(check.fix)}` : ""}`;
}

function findCheck(result: LintResult, id: string): Check {
  const check = result.checks.find((c) => c.id === id);
  if (!check) throw new Error(`The result has no check "${id}"`);
  return check;
}

/**
 * LanguageTool's rule: applying a suggestion must make the finding disappear. Applies the check's
 * fix and re-lints: the rule must then pass or skip. A check that reports several spans (two merge
 * fields) may be fixed one span per click: then it must report fewer spans than before, and any
 * next fix it offers is applied and checked the same way.
 */
export function assertFixResolves(input: LintInput, check: Pick<Check, "id" | "spans" | "fix">): void {
  const ruleId = check.id;
  let text = input.message;
  let current: Pick<Check, "spans" | "fix"> = check;
  const steps: string[] = [];
  while (current.fix) {
    const next = applyFix(text, current.fix);
    if (next === text) throw new Error(`${ruleId}: the fix ${JSON.stringify(current.fix)} changes nothing in: ${text}`);
    text = next;
    steps.push(`  → ${text}`);
    if (!text.trim()) throw new Error(`${ruleId}: the fix leaves an empty message`);
    const after = findCheck(lintMessage({ ...input, message: text }), ruleId);
    if (after.status === "pass" || after.status === "skip") return;
    if (current.spans.length <= 1 || after.spans.length >= current.spans.length) {
      throw new Error(`${ruleId}: applying the fix did not make the finding disappear:\n${steps.join("\n")}\n  still: ${describeCheck(after, text)}`);
    }
    current = after;
  }
}

/** Whether the rule's own finding blocks (the verdict alone may be "block" because of another rule). */
function ruleBlocks(rule: Rule, input: LintInput): boolean {
  return rule.check(buildContext(lintInputSchema.parse(input))).blocking === true;
}

function runCase(rule: Rule, c: PreparedCase): void {
  const id = rule.meta.id;
  const result = lintMessage(c.lintInput);
  lintResultSchema.parse(result);
  expect(result.language, "language").toBe(c.lang);
  const check = findCheck(result, id);
  const seen = `\n  text: ${c.message}\n  got:  ${describeCheck(check, c.message)}`;

  if (c.kind === "valid") {
    if (c.status) expect(check.status, `status${seen}`).toBe(c.status);
    else expect(["pass", "skip"], `status pass or skip${seen}`).toContain(check.status);
  } else {
    if (c.status) expect(check.status, `status${seen}`).toBe(c.status);
    else expect(["warn", "fail"], `status warn or fail${seen}`).toContain(check.status);
    expect(markSpans(c.message, check.spans), `spans${seen}`).toBe(markSpans(c.message, c.spans));
    expect(sortSpans(check.spans), `spans${seen}`).toEqual(c.spans);
  }
  if (c.messageId) expect(check.messageId, `messageId${seen}`).toBe(c.messageId);

  if (c.blocking !== undefined) {
    expect(ruleBlocks(rule, c.lintInput), `blocking${seen}`).toBe(c.blocking);
    if (c.blocking) expect(result.verdict, `verdict${seen}`).toBe("block");
  }

  if (c.output !== undefined) {
    if (c.output === null) expect(check.fix, `no fix expected${seen}`).toBeUndefined();
    else {
      expect(check.fix, `a fix is expected${seen}`).toBeDefined();
      expect(applyFix(c.message, check.fix!), `output${seen}`).toBe(c.output);
    }
  }

  // Every suggestion, of this rule and of any other, must make its own finding disappear.
  for (const other of result.checks) {
    if (other.fix) assertFixResolves(c.lintInput, other);
  }
}

export class RuleTester {
  /** Registers one `describe` per rule and one `it` per case. Throws at once on malformed or duplicate cases. */
  run(rule: Rule, tests: RuleTests): void {
    const id = rule.meta.id;
    const cases = prepareCases(id, tests);
    for (const c of cases) {
      if (c.messageId && !(c.messageId in rule.meta.messages)) {
        throw new Error(`${id}: unknown messageId "${c.messageId}" (known: ${Object.keys(rule.meta.messages).join(", ")})`);
      }
    }
    describe(id, () => {
      for (const kind of ["valid", "invalid"] as const) {
        describe(kind, () => {
          for (const c of cases.filter((x) => x.kind === kind)) {
            it(`${id} [${c.lang}] ${shortName(c)}`, () => runCase(rule, c));
          }
        });
      }
    });
  }
}

export const ruleTester = new RuleTester();
