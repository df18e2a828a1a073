import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BANDS, lintDetailed, lintInputSchema, REVISE_RULES, verdictOf, type LintDetails, type LintInput } from "../lint";
import { MAX_SCORE_SHIFT, mergeReview } from "./merge";
import { SEMANTIC_RULES, type LocatedReview, type ReviewStatus, type SemanticRule } from "./review-schema";

const detailsOf = (raw: LintInput): LintDetails => lintDetailed(lintInputSchema.parse(raw));
const span = { start: 0, end: 3 };

function reviewWith(statuses: Partial<Record<SemanticRule, ReviewStatus>>, spans = [span]): LocatedReview {
  return { rules: Object.fromEntries(Object.entries(statuses).map(([id, status]) => [id, { status, reason: `LLM says ${status}`, spans }])) };
}

const anna = { name: "Anna Schmidt", role: "Head of Sales Operations", company: "Kontor GmbH", notes: ["Posted about CRM data quality on 3 Nov"] };
const vague = detailsOf({ message: "Hi Anna, we help sales teams with data quality. Interested?", prospect: anna });
const generic = detailsOf({ message: "Hello,\n\nwe offer an innovative solution for sales teams. It is the best tool on the market. Let me know if you want to talk.\n\nBest,\nMax", prospect: anna });
const blocked = detailsOf({ message: "Hi {{firstName}}, check this: bit.ly/3xyz", prospect: anna });
const good = detailsOf({
  message:
    "Hi Anna,\n\nI saw your post on CRM data quality at Kontor. Many sales ops teams lose hours every week cleaning duplicate records by hand. Our add-on merges duplicates automatically inside Salesforce, and two teams cut their cleanup time by half.\n\nWould a short overview be useful?\n\nBest,\nMax",
  prospect: anna,
});

describe("mergeReview", () => {
  it("changes a semantic check that the model backs with evidence, and marks it llm", () => {
    const merged = mergeReview(vague.result, vague.blockingRules, reviewWith({ problem: "pass", value: "pass" }));
    expect(merged.verdict).toBe("send");
    expect(merged.score).toBe(70); // 55 + 15, the bottom of the send band
    expect(merged.checks.find((c) => c.id === "problem")).toEqual({ id: "problem", status: "pass", messageId: "llm-review", message: "LLM says pass", spans: [span], source: "llm" });
    expect(merged.llm).toEqual({ status: "ok" });
  });

  it("keeps the heuristic check when the model agrees, or gives no evidence", () => {
    const merged = mergeReview(vague.result, vague.blockingRules, {
      rules: { "personal-address": { status: "pass", reason: "x", spans: [span] }, problem: { status: "pass", reason: "no quote", spans: [] } },
    });
    expect(merged.checks).toEqual(vague.result.checks);
    expect(merged.verdict).toBe(vague.result.verdict);
    expect(merged.score).toBe(vague.result.score);
  });

  it("never touches the non-semantic rules, the blocking checks, or skipped checks", () => {
    const everything = { rules: Object.fromEntries(["placeholder", "links", "concise", "mass-template", "follow-up", "formality", ...SEMANTIC_RULES].map((id) => [id, { status: "pass", reason: "x", spans: [span] }])) } as LocatedReview;
    const merged = mergeReview(blocked.result, blocked.blockingRules, everything);
    expect(blocked.blockingRules).toEqual(["placeholder", "links"]);
    expect(merged.verdict).toBe("block");
    for (const c of merged.checks) {
      const before = blocked.result.checks.find((h) => h.id === c.id)!;
      if (!(SEMANTIC_RULES as readonly string[]).includes(c.id) || before.status === "skip") expect(c).toEqual(before);
    }
    expect(merged.score).toBeLessThanOrEqual(BANDS.block[1]);
  });

  it("never changes a semantic check whose heuristic finding blocks (a name that is someone else's)", () => {
    const wrongName = detailsOf({ message: "Hi Jonas, I saw your post on CRM data quality. Would a short overview help?", prospect: anna });
    expect(wrongName.blockingRules).toContain("personal-address");
    const merged = mergeReview(wrongName.result, wrongName.blockingRules, reviewWith({ "personal-address": "pass" }));
    expect(merged.checks.find((c) => c.id === "personal-address")).toEqual(wrongName.result.checks.find((c) => c.id === "personal-address"));
    expect(merged.verdict).toBe("block");
  });

  it("raises usp and call-to-action to a warning at most", () => {
    const merged = mergeReview(good.result, good.blockingRules, reviewWith({ usp: "fail", "call-to-action": "fail" }));
    expect(merged.checks.find((c) => c.id === "usp")?.status).toBe("warn");
    expect(merged.checks.find((c) => c.id === "call-to-action")).toMatchObject({ status: "warn", source: "llm" });
  });

  it("keeps the verdict when the new one is beyond 15 points: failures soften to warnings, cleared failures stay", () => {
    expect(good.result.score - MAX_SCORE_SHIFT).toBeGreaterThan(BANDS.revise[1]);
    const raised = mergeReview(good.result, good.blockingRules, reviewWith({ relevance: "fail", problem: "fail" }));
    expect(raised.verdict).toBe("send");
    expect(raised.checks.filter((c) => c.source === "llm").map((c) => c.status)).toEqual(["warn", "warn"]);

    expect(generic.result.score + MAX_SCORE_SHIFT).toBeLessThan(BANDS.send[0]);
    const cleared = mergeReview(generic.result, generic.blockingRules, reviewWith(Object.fromEntries(SEMANTIC_RULES.map((id) => [id, "pass"]))));
    expect(cleared.verdict).toBe("revise");
    for (const c of cleared.checks) if (REVISE_RULES.has(c.id) && generic.result.checks.find((h) => h.id === c.id)?.status === "fail") expect(c.status).toBe("fail");
    // the other rules' clearing stands, so the score may rise, by 15 at most
    expect(cleared.score).toBeGreaterThan(generic.result.score);
    expect(cleared.score).toBeLessThanOrEqual(generic.result.score + MAX_SCORE_SHIFT);
  });

  it("turns send into revise when the model finds a real failure and the band is in reach", () => {
    // heuristic send scores sit high in their band; one at 80 (several warnings) can reach revise
    const low = { ...good.result, score: 80 };
    const merged = mergeReview(low, good.blockingRules, reviewWith({ hype: "fail" }));
    expect(merged.verdict).toBe("revise");
    expect(merged.checks.find((c) => c.id === "hype")).toMatchObject({ status: "fail", source: "llm" });
    expect(merged.score).toBeGreaterThanOrEqual(80 - MAX_SCORE_SHIFT);
    expect(merged.score).toBeLessThanOrEqual(BANDS.revise[1]);
  });

  it("cleans the model's reason: no control or bidi characters, bounded length", () => {
    const merged = mergeReview(vague.result, vague.blockingRules, { rules: { problem: { status: "pass", reason: "ok\u202e\u0007 fine\n\n" + "y".repeat(1_000), spans: [span] } } });
    const message = merged.checks.find((c) => c.id === "problem")!.message;
    expect(message.startsWith("ok fine y")).toBe(true);
    expect(message.length).toBeLessThanOrEqual(400);
  });

  it("holds its bounds for any review of any message (eval/extra.jsonl × random reviews)", () => {
    const inputs: LintInput[] = readFileSync(path.join(__dirname, "..", "..", "eval", "extra.jsonl"), "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l).input);
    let seed = 42;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const statuses: ReviewStatus[] = ["pass", "warn", "fail"];
    let changedVerdicts = 0;
    for (const raw of inputs) {
      const d = detailsOf(raw);
      for (let k = 0; k < 20; k++) {
        const review: LocatedReview = {
          rules: Object.fromEntries(
            SEMANTIC_RULES.filter(() => random() < 0.8).map((id) => [id, { status: statuses[Math.floor(random() * 3)], reason: "r", spans: random() < 0.85 ? [span] : [] }]),
          ),
        };
        const m = mergeReview(d.result, d.blockingRules, review);
        expect(Math.abs(m.score - d.result.score)).toBeLessThanOrEqual(MAX_SCORE_SHIFT);
        expect(m.score).toBeGreaterThanOrEqual(BANDS[m.verdict][0]);
        expect(m.score).toBeLessThanOrEqual(BANDS[m.verdict][1]);
        expect(m.verdict === "block").toBe(d.result.verdict === "block");
        expect(m.verdict).toBe(verdictOf(m.checks, d.blockingRules.length > 0));
        expect(m.checks.map((c) => c.id)).toEqual(d.result.checks.map((c) => c.id));
        for (const [i, c] of m.checks.entries()) {
          const h = d.result.checks[i];
          if (c.source === "llm") {
            expect((SEMANTIC_RULES as readonly string[]).includes(c.id)).toBe(true);
            expect(d.blockingRules).not.toContain(c.id);
            expect(h.status).not.toBe("skip");
            expect(c.spans.length).toBeGreaterThan(0);
          } else expect(c).toEqual(h);
        }
        if (m.verdict !== d.result.verdict) changedVerdicts++;
      }
    }
    expect(changedVerdicts).toBeGreaterThan(0); // the bounds allow change, they do not forbid it
  });
});
