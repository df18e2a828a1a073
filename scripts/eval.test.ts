import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reviewOf, startFakeOpenAI, type FakeOpenAI } from "../lib/llm/testing/fake-openai";

const run = promisify(execFile);
const dir = mkdtempSync(path.join(tmpdir(), "ansprache-eval-"));
const file = path.join(dir, "three.jsonl");
writeFileSync(file, readFileSync(path.join(__dirname, "..", "eval", "extra.jsonl"), "utf8").split("\n").filter((l) => l.trim()).slice(0, 3).join("\n") + "\n");

const env = (extra: Record<string, string>) => {
  const e: Record<string, string | undefined> = { ...process.env, ...extra };
  for (const k of ["OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_MODEL"]) if (!(k in extra)) delete e[k];
  return e as NodeJS.ProcessEnv;
};
const evalScript = (args: string[], extra: Record<string, string> = {}) =>
  run(process.execPath, ["--import", "tsx", path.join("scripts", "eval.ts"), ...args], { env: env(extra), encoding: "utf8" }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );

let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI(() => ({ review: reviewOf(), totalTokens: 100 }));
});
afterAll(async () => fake?.close());

describe("npm run eval -- --llm", () => {
  it("says clearly that no LLM is configured, and exits 2", async () => {
    const r = await evalScript(["--llm", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no LLM is configured.*OPENAI_API_KEY.*OPENAI_BASE_URL/);
  }, 60_000);

  it("runs the same metrics with the LLM pass against the configured endpoint, next to the heuristics'", async () => {
    const r = await evalScript(["--llm", file], { OPENAI_BASE_URL: fake.baseURL, OPENAI_MODEL: "fake-model" });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`With the LLM pass (fake-model at ${fake.baseURL})`);
    expect(r.stdout).toMatch(/macro F1: \d\.\d\d/);
    expect(r.stdout).toContain("LLM pass: 3 ok");
    expect(r.stdout).toMatch(/heuristics alone -> with the LLM pass: verdict accuracy \d\.\d\d -> \d\.\d\d/);
    expect(fake.requests).toHaveLength(3);
  }, 60_000);
});
