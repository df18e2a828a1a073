import { describe, expect, it } from "vitest";
import { lintMessage } from "./index";

// Words that are also property names of every object or array: any lookup of user text in a plain
// object finds these (a prospect called "Constructor" once made the linter throw).
const KEYS = [
  ...new Set([
    ...Object.getOwnPropertyNames(Object.prototype),
    ...Object.getOwnPropertyNames(Array.prototype),
    ...Object.getOwnPropertyNames(String.prototype),
    ...Object.getOwnPropertyNames(Function.prototype),
    "__proto__",
    "prototype",
  ]),
].flatMap((k) => [k, k[0].toUpperCase() + k.slice(1), k.toUpperCase()]);

describe("text that names object properties", () => {
  it("is linted like any other text, in every field", () => {
    for (const k of KEYS) {
      const inputs = [
        {
          message: `Hi ${k}, your post on ${k} rang true. ${k}? We cut ${k} by 40%. https://${k}.com/${k}\n\nBest,\n${k}`,
          prospect: { name: `${k} ${k}`, role: k, company: k, notes: [k] },
          sender: { product: k, usp: k, problem: k },
        },
        {
          message: `Hallo Herr ${k}, ${k} ${k}.\n\nMit freundlichen Grüßen\n${k}`,
          language: "de",
          channel: "follow-up",
          prospect: { name: `Dr. ${k}` },
          history: [
            { direction: "out", text: k, daysAgo: 3 },
            { direction: "in", text: `${k}?`, daysAgo: 1 },
          ],
        },
        { message: k, subject: k, channel: "inmail" },
      ];
      for (const input of inputs) expect(() => lintMessage(input), `${k}: ${input.message.slice(0, 40)}`).not.toThrow();
    }
  });
});
