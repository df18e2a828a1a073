// npm run bench [-- --size N]: lints a corpus of ≥ 10,000 messages and compares with write-good.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { buildCorpus } from "../lib/bench/corpus";
import { lintMessage, type LintInput } from "../lib/lint";

const require = createRequire(import.meta.url);
const writeGood = require("write-good") as (text: string) => unknown[];

const sizeArg = process.argv.indexOf("--size");
const size = sizeArg > -1 ? Number(process.argv[sizeArg + 1]) : 10_000;
const devPath = new URL("../../shared/eval/dev.jsonl", import.meta.url);
const extraPath = new URL("../eval/extra.jsonl", import.meta.url);
const seeds: LintInput[] = [];
for (const path of [devPath, extraPath]) {
  try {
    for (const line of readFileSync(path, "utf8").split("\n")) if (line.trim()) seeds.push(JSON.parse(line).input);
  } catch {
    // a missing set is fine: the corpus is generated from what there is
  }
}
if (seeds.length === 0) seeds.push({ message: "Hi Anna, your post on onboarding stalls rang true. We halved churn at two teams. Worth a look?" });
const corpus = buildCorpus(seeds, size);
// Warm-up messages are generated from the same seeds with another random seed: the JIT compiles
// everything and the per-word caches learn the vocabulary, as in a server that has been running,
// but no measured message has been linted before.
const warmUp = buildCorpus(seeds, Math.min(size, 10_000), 7);

function measure(name: string, run: (input: LintInput) => unknown) {
  for (const input of warmUp) run(input);
  const times = new Float64Array(corpus.length);
  const start = performance.now();
  for (let i = 0; i < corpus.length; i++) {
    const t0 = performance.now();
    run(corpus[i]);
    times[i] = performance.now() - t0;
  }
  const total = performance.now() - start;
  times.sort();
  const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
  const row = { name, messages: corpus.length, perSecond: Math.round((corpus.length / total) * 1000), meanMs: total / corpus.length, p50Ms: q(0.5), p99Ms: q(0.99) };
  console.log(`${name.padEnd(12)} ${String(row.perSecond).padStart(8)} msg/s   mean ${row.meanMs.toFixed(4)} ms   p50 ${row.p50Ms.toFixed(4)} ms   p99 ${row.p99Ms.toFixed(4)} ms`);
  return row;
}

const chars = corpus.reduce((s, c) => s + c.message.length, 0);
console.log(`corpus: ${corpus.length} messages, ${Math.round(chars / corpus.length)} characters on average, one core (single thread), each linted once after a warm-up on ${warmUp.length} other generated messages\n`);
const ours = measure("ansprache", (input) => lintMessage(input));
const theirs = measure("write-good", (input) => writeGood(input.message));
console.log(`\nansprache is ${(theirs.meanMs / ours.meanMs).toFixed(1)}x faster than write-good per message (14 rules, two languages, vs write-good's English-only checks)`);
console.log(`goal: <= 0.1 ms per message and >= 7x write-good: ${ours.meanMs <= 0.1 && theirs.meanMs / ours.meanMs >= 7 ? "met" : "NOT met"}`);
