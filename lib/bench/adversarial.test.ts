import { describe, expect, it } from "vitest";
import { lintMessage, lintResultSchema } from "../lint";
import { buildAdversarialCases } from "./adversarial";

// Nothing a client may send within the contract's limits crashes the linter or yields a result
// outside the contract: every check present, every span inside the message. (How long these take
// is measured by `npm run bench:adversarial`, not asserted here.)
describe("adversarial inputs", () => {
  const cases = buildAdversarialCases(["Hi Priya, your post on onboarding stalls rang true. Worth a look?"], { length: 1_500, mixes: 120 });

  it("builds inputs the contract accepts, covering every channel", () => {
    expect(cases.length).toBeGreaterThan(1_000);
    expect(new Set(cases.map((c) => c.input.channel))).toEqual(new Set(["connection-note", "inmail", "message"]));
  });

  it("lints each into a result that keeps the contract", () => {
    for (const { label, input } of cases) {
      const result = lintMessage(input);
      expect(lintResultSchema.safeParse(result).success, label).toBe(true);
      expect(result.checks, label).toHaveLength(14);
      for (const check of result.checks) {
        for (const span of check.spans) {
          expect(span.start >= 0 && span.start <= span.end && span.end <= input.message.length, `${label}: ${check.id} span`).toBe(true);
        }
      }
    }
  });
});
