// npm run bench:adversarial [-- --length N]: the linter's worst cases. Lints inputs built to be slow
// (lib/bench/adversarial.ts: every field at its limit, filled with repeated patterns) and prints how
// long the slowest take. A lint blocks the thread it runs on (the API's server, the compose page's
// tab), so no input within the contract's limits may take long.
import { readFileSync } from "node:fs";
import { buildAdversarialCases } from "../lib/bench/adversarial";
import { lintMessage } from "../lib/lint";

const lengthArg = process.argv.indexOf("--length");
const length = lengthArg > -1 ? Number(process.argv[lengthArg + 1]) : 20_000;
const real: string[] = [];
try {
  const devPath = new URL("../../shared/eval/dev.jsonl", import.meta.url);
  for (const line of readFileSync(devPath, "utf8").split("\n")) if (line.trim()) real.push(JSON.parse(line).input.message);
} catch {
  // without the dev set the joined real messages are left out
}
const cases = buildAdversarialCases(real, { length });
// the first lints compile the code and the word lists of each language: warm up on ordinary messages first
for (let i = 0; i < 200; i++) {
  lintMessage({ message: `Hi Anna, your post on churn rang true. We cut it by ${i}% at Acme. Worth a call?` });
  lintMessage({ message: `Hallo Frau Müller, Ihr Beitrag zu Retouren hat mich angesprochen. Wir haben sie bei Acme um ${i} % gesenkt. Passt ein kurzes Gespräch?` });
}

const times: { ms: number; label: string }[] = [];
let failures = 0;
const start = performance.now();
for (const c of cases) {
  const t0 = performance.now();
  try {
    lintMessage(c.input);
  } catch (error) {
    failures++;
    console.error(`failed: ${c.label}: ${error instanceof Error ? error.message : String(error)}`);
  }
  times.push({ ms: performance.now() - t0, label: c.label });
}
const total = performance.now() - start;
const sorted = times.map((t) => t.ms).sort((a, b) => a - b);
const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
console.log(`${cases.length} adversarial inputs (fields up to ${length} characters), one core, ${(total / 1000).toFixed(1)} s in all`);
console.log(`per input: median ${q(0.5).toFixed(1)} ms   p99 ${q(0.99).toFixed(1)} ms   max ${sorted[sorted.length - 1].toFixed(1)} ms   failures ${failures}`);
console.log("slowest:");
for (const t of [...times].sort((a, b) => b.ms - a.ms).slice(0, 5)) console.log(`  ${t.ms.toFixed(1).padStart(7)} ms  ${t.label}`);
if (failures > 0) process.exitCode = 1;
