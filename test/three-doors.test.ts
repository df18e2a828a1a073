import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "./database";
import { lintMessage, lintResultSchema } from "../lib/lint";

// The library, the HTTP API and the command line are one contract: same input, same result.
const inputs: unknown[] = readFileSync(path.join(__dirname, "..", "eval", "extra.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .slice(0, 12)
  .map((l) => JSON.parse(l).input);

const dir = mkdtempSync(path.join(tmpdir(), "ansprache-doors-"));
const cli = (args: string[], stdin?: string) =>
  spawnSync(process.execPath, ["--import", "tsx", path.join("scripts", "lint-message.ts"), ...args], { input: stdin, encoding: "utf8" });

// the route keeps its rate limits in the database: a migrated one, set before the route is imported
let POST: typeof import("../app/api/lint/route").POST;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const t = createTestDatabase("sqlite");
  cleanup = t.cleanup;
  process.env.DATABASE_URL = t.url;
  ({ POST } = await import("../app/api/lint/route"));
}, 60_000);
afterAll(async () => {
  await (await import("../lib/db")).db.$disconnect();
  await cleanup?.();
});

async function viaApi(body: string) {
  const res = await POST(new Request("http://localhost/api/lint", { method: "POST", body, headers: { "content-type": "application/json" } }));
  return { status: res.status, json: await res.json() };
}

describe("three doors, one contract", () => {
  it("library, API and CLI (.jsonl) agree on every input", async () => {
    const file = path.join(dir, "inputs.jsonl");
    writeFileSync(file, inputs.map((i) => JSON.stringify(i)).join("\n") + "\n");
    const out = execFileSync(process.execPath, ["--import", "tsx", path.join("scripts", "lint-message.ts"), file], { encoding: "utf8" });
    const fromCli = out.trim().split("\n").map((l) => JSON.parse(l));
    expect(fromCli).toHaveLength(inputs.length);
    for (const [i, input] of inputs.entries()) {
      const fromLibrary = lintMessage(input);
      expect(lintResultSchema.safeParse(fromLibrary).success).toBe(true);
      const api = await viaApi(JSON.stringify(input));
      expect(api.status).toBe(200);
      expect(api.json).toEqual(fromLibrary);
      expect(fromCli[i]).toEqual(fromLibrary);
    }
  }, 60_000);

  it("a .json file and standard input give the same single result", () => {
    const file = path.join(dir, "one.json");
    writeFileSync(file, JSON.stringify(inputs[0]));
    const a = cli([file]);
    const b = cli(["-"], JSON.stringify(inputs[0]));
    expect(a.status).toBe(0);
    expect(JSON.parse(a.stdout)).toEqual(lintMessage(inputs[0]));
    expect(JSON.parse(b.stdout)).toEqual(JSON.parse(a.stdout));
  }, 30_000);

  it("bad input: 400 with zod issues and paths from the API, exit 1 and the same JSON on stderr from the CLI", async () => {
    for (const bad of [{}, { message: "" }, { message: "x".repeat(20_001) }, { message: "hi", channel: "fax" }, { message: 42 }]) {
      const api = await viaApi(JSON.stringify(bad));
      expect(api.status).toBe(400);
      expect(api.json.error.code).toBe("invalid_input");
      expect(api.json.error.issues.length).toBeGreaterThan(0);
      expect(Array.isArray(api.json.error.issues[0].path)).toBe(true);
      const r = cli(["-"], JSON.stringify(bad));
      expect(r.status).toBe(1);
      expect(r.stdout).toBe("");
      expect(JSON.parse(r.stderr)).toEqual(api.json);
    }
    expect((await viaApi("{not json")).status).toBe(400);
    expect(cli(["-"], "{not json").status).toBe(1);
  }, 60_000);

  it("the API refuses bodies over 1 MB with 413 and GET with 405", async () => {
    const api = await viaApi(JSON.stringify({ message: "x".repeat(1_000_001) }));
    expect(api.status).toBe(413);
    const { GET } = await import("../app/api/lint/route");
    expect(GET().status).toBe(405);
  });

  it("a .jsonl line that is bad gets its error on its own line; the others still get results", () => {
    const file = path.join(dir, "mixed.jsonl");
    writeFileSync(file, [JSON.stringify(inputs[0]), "not json", JSON.stringify({ channel: "message" }), JSON.stringify(inputs[1])].join("\n") + "\n");
    const r = cli([file]);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toEqual(lintMessage(inputs[0]));
    expect(lines[1].error.code).toBe("invalid_json");
    expect(lines[2].error.code).toBe("invalid_input");
    expect(lines[3]).toEqual(lintMessage(inputs[1]));
  }, 30_000);
});
