import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/database";
import type { PrismaClient } from "../db-client";
import { lintDetailed, lintInputSchema } from "../lint";
import { CONFIG_DEFAULTS } from "./config";
import { LlmService } from "./service";
import { reviewOf, startFakeOpenAI, type FakeOpenAI } from "./testing/fake-openai";
import { monthOf, PrismaUsageStore } from "./usage";

let db: PrismaClient;
let cleanup: () => Promise<void>;
let fake: FakeOpenAI;

beforeAll(async () => {
  ({ db, cleanup } = createTestDatabase());
  fake = await startFakeOpenAI(() => ({ review: reviewOf(), totalTokens: 700 }));
}, 60_000);
afterAll(async () => {
  await fake?.close();
  await cleanup?.();
});

describe("token usage in the database", () => {
  it("adds up per workspace and month, also under concurrent calls", async () => {
    const store = new PrismaUsageStore(db);
    await Promise.all(Array.from({ length: 20 }, () => store.add("ws-a", "2026-11", 10)));
    await store.add("ws-a", "2026-12", 5);
    await store.add("ws-b", "2026-11", 7);
    expect(await store.used("ws-a", "2026-11")).toBe(200);
    expect(await store.used("ws-a", "2026-12")).toBe(5);
    expect(await store.used("ws-b", "2026-11")).toBe(7);
    expect(await store.used("ws-c", "2026-11")).toBe(0);
    expect((await db.llmUsage.findUnique({ where: { workspaceId_month: { workspaceId: "ws-a", month: "2026-11" } } }))?.requests).toBe(20);
  });

  it("a workspace whose monthly budget is used up gets the heuristic result and the reason \"budget\"", async () => {
    const now = new Date("2026-11-25T12:00:00Z");
    const svc = new LlmService({
      config: { apiKey: "k", baseURL: fake.baseURL, model: "m", timeoutMs: 5_000, monthlyTokenBudget: 2_000, ...CONFIG_DEFAULTS },
      usage: new PrismaUsageStore(db),
      now: () => now,
      log: () => {},
    });
    const run = async (message: string, workspaceId: string) => {
      const input = lintInputSchema.parse({ message, prospect: { name: "Anna Schmidt" } });
      return svc.review(input, lintDetailed(input), { workspaceId });
    };
    expect((await run("Hi Anna, worth a look?", "ws-budget")).llm.status).toBe("ok");
    expect(await new PrismaUsageStore(db).used("ws-budget", monthOf(now))).toBe(700);
    expect((await run("Hi Anna, worth a second look?", "ws-budget")).llm.status).toBe("ok");
    const refused = await run("Hi Anna, worth a third look?", "ws-budget");
    expect(refused.llm).toEqual({ status: "error", reason: "budget" });
    expect(fake.requests).toHaveLength(2);
    // another workspace has its own budget
    expect((await run("Hi Anna, worth a third look?", "ws-other")).llm.status).toBe("ok");
  });
});
