import { describe, expect, it } from "vitest";
import { CircuitBreaker } from "./breaker";
import { TtlCache } from "./cache";
import { DEFAULT_MODEL, loadLlmConfig } from "./config";
import { retryAfterMs } from "./client";

describe("configuration", () => {
  it("is off without a key and without a base URL (empty values count as unset)", () => {
    expect(loadLlmConfig({})).toEqual({ status: "off" });
    expect(loadLlmConfig({ OPENAI_API_KEY: "", OPENAI_BASE_URL: " ", OPENAI_MODEL: "x" })).toEqual({ status: "off" });
  });

  it("turns on with a key (OpenAI) or a base URL alone (a local server)", () => {
    const openai = loadLlmConfig({ OPENAI_API_KEY: "sk-test" });
    expect(openai).toMatchObject({ status: "on", config: { apiKey: "sk-test", baseURL: undefined, model: DEFAULT_MODEL, timeoutMs: 15_000, monthlyTokenBudget: 1_000_000 } });
    const local = loadLlmConfig({ OPENAI_BASE_URL: "http://127.0.0.1:11434/v1", OPENAI_MODEL: "llama3.1", LLM_TIMEOUT_MS: "30000", LLM_MONTHLY_TOKEN_BUDGET: "5000" });
    expect(local).toMatchObject({ status: "on", config: { baseURL: "http://127.0.0.1:11434/v1", model: "llama3.1", timeoutMs: 30_000, monthlyTokenBudget: 5_000 } });
  });

  it("reports invalid values instead of guessing", () => {
    const bad = loadLlmConfig({ OPENAI_API_KEY: "k", OPENAI_BASE_URL: "ftp://x", LLM_TIMEOUT_MS: "soon" });
    expect(bad.status).toBe("invalid");
    if (bad.status === "invalid") expect(bad.issues.join(" ")).toMatch(/OPENAI_BASE_URL.*LLM_TIMEOUT_MS/s);
  });
});

describe("Retry-After", () => {
  it("reads milliseconds, seconds and HTTP dates", () => {
    expect(retryAfterMs(new Headers({ "retry-after-ms": "250" }))).toBe(250);
    expect(retryAfterMs(new Headers({ "retry-after": "2" }))).toBe(2_000);
    expect(retryAfterMs(new Headers({ "retry-after": new Date(10_000).toUTCString() }), 7_000)).toBe(3_000);
    expect(retryAfterMs(new Headers({ "retry-after": "later" }))).toBeNull();
    expect(retryAfterMs(undefined)).toBeNull();
  });
});

describe("circuit breaker", () => {
  it("opens after N consecutive failures, lets one trial through after the cooldown, and closes on its success", () => {
    let now = 0;
    const b = new CircuitBreaker({ failureThreshold: 2, cooldownMs: 1_000 }, () => now);
    b.failure();
    b.success(); // a success in between resets the count
    b.failure();
    expect(b.allow()).toBe(true);
    b.failure();
    expect(b.state).toBe("open");
    expect(b.allow()).toBe(false);
    now = 1_000;
    expect(b.allow()).toBe(true);
    expect(b.state).toBe("half-open");
    expect(b.allow()).toBe(false); // one trial at a time
    b.failure();
    expect(b.state).toBe("open");
    now = 2_000;
    expect(b.allow()).toBe(true);
    b.success();
    expect(b.state).toBe("closed");
  });
});

describe("cache", () => {
  it("expires entries and evicts the least recently used", () => {
    let now = 0;
    const c = new TtlCache<number>(2, 100, () => now);
    c.set("a", 1);
    c.set("b", 2);
    expect(c.get("a")).toBe(1);
    c.set("c", 3); // evicts b, the least recently used
    expect(c.get("b")).toBeUndefined();
    now = 100;
    expect(c.get("a")).toBeUndefined();
  });
});
