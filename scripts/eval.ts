// npm run eval -- FILE.jsonl [--verbose] [--llm]: per-rule precision/recall/F1, verdict accuracy and confusion.
// With --llm the same metrics with the LLM pass, against the endpoint the environment configures
// (OPENAI_API_KEY / OPENAI_BASE_URL / OPENAI_MODEL), next to the heuristics' own.
import "dotenv/config";
import { readFileSync } from "node:fs";
import { evaluate, formatReport, type EvalCase, type EvalReport } from "../lib/eval/metrics";
import { lintDetailed, lintInputSchema, lintMessage, type LintResult } from "../lib/lint";
import { loadLlmConfig } from "../lib/llm/config";
import { LlmService } from "../lib/llm/service";
import { MemoryUsageStore } from "../lib/llm/usage";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const withLlm = args.includes("--llm");
const file = args.find((a) => !a.startsWith("--"));
if (!file) {
  console.error("usage: npm run eval -- FILE.jsonl [--verbose] [--llm]");
  process.exit(2);
}

const llm = withLlm ? loadLlmConfig() : null;
if (llm && llm.status !== "on") {
  console.error(
    llm.status === "off"
      ? "--llm: no LLM is configured. Set OPENAI_API_KEY (and OPENAI_MODEL) for OpenAI, or OPENAI_BASE_URL (and OPENAI_MODEL) for an OpenAI-compatible server such as Ollama or vLLM, then run again."
      : `--llm: the LLM settings are invalid: ${llm.issues.join("; ")}`,
  );
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

function printReport(report: EvalReport) {
  if (verbose) {
    for (const m of report.mistakes) {
      console.log(`${m.id}: expected ${m.expected}, got ${m.actual}${m.missed.length ? `; missed ${m.missed.join(", ")}` : ""}${m.extra.length ? `; extra ${m.extra.join(", ")}` : ""}`);
    }
    console.log("");
  }
  console.log(formatReport(report));
}

async function main() {
  if (!llm || llm.status !== "on") {
    printReport(evaluate(cases.map((c) => ({ case: c, result: lintMessage(c.input) }))));
    return;
  }
  const service = new LlmService({ config: llm.config, usage: new MemoryUsageStore(), log: () => {} });
  const heuristic: { case: EvalCase; result: LintResult }[] = [];
  const reviewed: { case: EvalCase; result: LintResult }[] = [];
  const outcomes = new Map<string, number>();
  for (const [i, c] of cases.entries()) {
    const input = lintInputSchema.parse(c.input);
    const details = lintDetailed(input);
    const result = await service.review(input, details, { workspaceId: "eval" });
    heuristic.push({ case: c, result: details.result });
    reviewed.push({ case: c, result });
    const outcome = result.llm.status === "ok" ? "ok" : `error: ${result.llm.reason}`;
    outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    process.stderr.write(`\r${i + 1}/${cases.length} reviewed by ${llm.config.model}`);
  }
  process.stderr.write("\n");
  const before = evaluate(heuristic);
  const after = evaluate(reviewed);
  console.log(`With the LLM pass (${llm.config.model}${llm.config.baseURL ? ` at ${llm.config.baseURL}` : ""}):\n`);
  printReport(after);
  const num = (x: number) => x.toFixed(2);
  console.log("");
  console.log(`LLM pass: ${[...outcomes].map(([k, n]) => `${n} ${k}`).join(", ")}`);
  console.log(`heuristics alone -> with the LLM pass: verdict accuracy ${num(before.verdictAccuracy)} -> ${num(after.verdictAccuracy)}, macro F1 ${num(before.macroF1)} -> ${num(after.macroF1)}`);
  if (after.cases > 0 && (outcomes.get("ok") ?? 0) === 0) process.exitCode = 1; // not one review came back: the numbers above are the heuristics'
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
