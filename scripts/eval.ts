// npm run eval -- FILE.jsonl [--verbose]: per-rule precision/recall/F1, verdict accuracy and confusion.
import { readFileSync } from "node:fs";
import { evaluate, formatReport, type EvalCase } from "../lib/eval/metrics";
import { lintMessage } from "../lib/lint";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const file = args.find((a) => !a.startsWith("--"));
if (!file) {
  console.error("usage: npm run eval -- FILE.jsonl [--verbose]");
  process.exit(2);
}
const cases: EvalCase[] = readFileSync(file, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l, i) => {
    try {
      return JSON.parse(l) as EvalCase;
    } catch {
      console.error(`${file}:${i + 1}: not valid JSON`);
      process.exit(2);
    }
  });
const pairs = cases.map((c) => ({ case: c, result: lintMessage(c.input) }));
const report = evaluate(pairs);
if (verbose) {
  for (const m of report.mistakes) {
    console.log(`${m.id}: expected ${m.expected}, got ${m.actual}${m.missed.length ? `; missed ${m.missed.join(", ")}` : ""}${m.extra.length ? `; extra ${m.extra.join(", ")}` : ""}`);
  }
  console.log("");
}
console.log(formatReport(report));
