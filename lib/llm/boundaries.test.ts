import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { rules } from "../lint";
import { SEMANTIC_RULES } from "./review-schema";

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : []));
}

describe("boundaries", () => {
  it("the linter imports neither openai nor the LLM pass (it runs in the browser)", () => {
    for (const f of files(path.join(__dirname, "..", "lint"))) {
      const source = readFileSync(f, "utf8");
      expect(source, f).not.toMatch(/from ["'](openai|.*\/llm(\/.*)?)["']/);
    }
  });

  it("the client components reach the LLM pass only over HTTP", () => {
    for (const f of ["use-ai-review.ts", "ai-review-status.tsx", "compose-editor.tsx", "checklist.tsx"]) {
      expect(readFileSync(path.join(__dirname, "..", "..", "components", "compose", f), "utf8")).not.toMatch(/from ["'](openai|@\/lib\/llm.*)["']/);
    }
  });

  it("the LLM may judge exactly the rules marked semantic", () => {
    expect([...SEMANTIC_RULES].sort()).toEqual(rules.filter((r) => r.meta.semantic).map((r) => r.meta.id).sort());
  });
});
