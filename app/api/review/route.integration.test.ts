import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createTestDatabase } from "../../../test/database";
import type { PrismaClient } from "@/lib/db-client";
import { reviewOf, startFakeOpenAI, type FakeOpenAI } from "@/lib/llm/testing/fake-openai";

// The doors of the LLM pass: POST /api/review (the compose page) and POST /api/lint with "llm": true,
// on a test database, against a scripted OpenAI-compatible server on 127.0.0.1; and the compose
// page's save and send with the review on, as the signed-in member (the server actions read the
// session from next/headers).

vi.mock("next/headers", () => ({
  headers: async () => new Headers({ cookie }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => {}, delete: () => {}, has: () => false }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

let db: PrismaClient;
let cleanup: () => Promise<void>;
let fake: FakeOpenAI;
let review: typeof import("./route");
let lint: typeof import("../lint/route");
let messages: typeof import("../messages/route");
let resetLlmRuntime: () => void;
const saved = { ...process.env };

const message = "Hi Anna, we help sales teams with data quality. Interested?";

function configure(env: Record<string, string | undefined>) {
  for (const k of ["OPENAI_API_KEY", "OPENAI_BASE_URL", "OPENAI_MODEL", "LLM_TIMEOUT_MS", "LLM_MONTHLY_TOKEN_BUDGET"]) delete process.env[k];
  Object.assign(process.env, env);
  resetLlmRuntime();
}

const on = (timeoutMs = 5_000) => configure({ OPENAI_API_KEY: "test-key", OPENAI_BASE_URL: fake.baseURL, OPENAI_MODEL: "test-model", LLM_TIMEOUT_MS: String(timeoutMs) });

// a signed-in member (the review and "llm": true act for the member's workspace)
let cookie = "";
function post(route: { POST: (r: Request) => Promise<Response> }, body: unknown, headers: Record<string, string> = { "content-type": "application/json" }) {
  return route.POST(new Request("http://127.0.0.1/api/x", { method: "POST", body: typeof body === "string" ? body : JSON.stringify(body), headers: { cookie, ...headers } }));
}
const get = () => review.GET(new Request("http://127.0.0.1/api/review", { headers: { cookie } }));

beforeAll(async () => {
  const t = createTestDatabase();
  ({ db, cleanup } = t);
  process.env.DATABASE_URL = t.url; // lib/db reads it when first imported, below
  fake = await startFakeOpenAI(() => ({ review: reviewOf() }));
  review = await import("./route");
  lint = await import("../lint/route");
  messages = await import("../messages/route");
  ({ resetLlmRuntime } = await import("@/lib/llm"));
  cookie = (await (await import("../../../test/auth")).signUp("Reviewer")).cookie;
}, 60_000);

afterAll(async () => {
  process.env = saved;
  await fake?.close();
  await (await import("@/lib/db")).db.$disconnect();
  await cleanup?.();
});

beforeEach(() => {
  fake.requests.length = 0;
});

describe("with an LLM configured", () => {
  it("GET /api/review says on", async () => {
    on();
    expect(await (await get()).json()).toEqual({ llm: "on" });
  });

  it("POST /api/review reviews the draft with the prospect's context read on the server, and counts the tokens", async () => {
    on();
    const { actorFromHeaders } = await import("@/lib/auth/actor");
    const actor = (await actorFromHeaders(new Headers({ cookie })))!;
    const workspace = await db.workspace.findUniqueOrThrow({ where: { id: actor.workspaceId } });
    const prospect = await db.prospect.create({
      data: { workspaceId: actor.workspaceId, name: "Anna Schmidt", company: "Kontor GmbH", notes: { create: [{ text: "Posted about CRM data quality on 3 Nov" }] } },
    });
    fake.script = () => ({
      review: reviewOf({ problem: { status: "pass", reason: "Nennt das Problem.", evidence: ["data quality"] }, value: { status: "pass", reason: "Nutzen ist klar.", evidence: ["we help sales teams"] } }),
      totalTokens: 321,
    });
    const res = await post(review, { message, channel: "message", prospectId: prospect.id, locale: "de" });
    expect(res.status).toBe(200);
    const { result } = await res.json();
    expect(result.llm.status).toBe("ok");
    expect(result.checks.find((c: { id: string }) => c.id === "problem")).toMatchObject({ status: "pass", source: "llm", message: "Nennt das Problem." });
    // the heuristic messages are in the UI's language too
    const { lintParsed, lintInputSchema } = await import("@/lib/lint");
    const german = lintParsed(lintInputSchema.parse({ message }), { messageLanguage: "de" });
    expect(result.checks.find((c: { id: string }) => c.id === "concise")).toEqual(german.checks.find((c) => c.id === "concise"));
    const user = fake.requests[0].body.messages![1].content;
    expect(user).toContain("Posted about CRM data quality on 3 Nov");
    expect(user).toContain("Reason language: German");
    const usage = await db.llmUsage.findMany({ where: { workspaceId: actor.workspaceId } });
    expect(usage.map((u) => u.tokens)).toEqual([321]);
    expect(workspace === null || workspace.id === actor.workspaceId).toBe(true);
  });

  it("POST /api/lint runs the LLM pass only when asked with \"llm\": true", async () => {
    on();
    fake.script = () => ({ review: reviewOf() });
    const plain = await (await post(lint, { message })).json();
    expect(plain.llm).toEqual({ status: "off" });
    expect(fake.requests).toHaveLength(0);
    const asked = await (await post(lint, { message: `${message} Thanks`, llm: true })).json();
    expect(asked.llm).toEqual({ status: "ok" });
    expect(fake.requests).toHaveLength(1);
  });

  it("a hanging endpoint: /api/lint still answers within the timeout, with the heuristic result and the reason", async () => {
    on(500);
    fake.script = () => ({ hang: true });
    const started = Date.now();
    const res = await post(lint, { message: `${message} Cheers`, llm: true });
    const body = await res.json();
    expect(res.status).toBe(200);
    expect(body.llm).toEqual({ status: "error", reason: "timeout" });
    expect(body.verdict).toBe("revise");
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("refuses cross-site posts, other media types, unknown fields and oversized bodies", async () => {
    on();
    expect((await post(review, { message }, { "content-type": "application/json", "sec-fetch-site": "cross-site" })).status).toBe(403);
    expect((await post(review, { message }, { "content-type": "text/plain" })).status).toBe(415);
    expect((await post(review, { message, score: 100 })).status).toBe(400);
    expect((await post(review, { message: "" })).status).toBe(400);
    expect((await post(review, { message: "x".repeat(300_000) })).status).toBe(413);
    expect(fake.requests).toHaveLength(0);
  });
});

describe("saving with the AI review on", () => {
  const anna = async () => {
    const { actorFromHeaders } = await import("@/lib/auth/actor");
    const actor = (await actorFromHeaders(new Headers({ cookie })))!;
    return db.prospect.create({ data: { workspaceId: actor.workspaceId, name: "Anna Schmidt", company: "Kontor GmbH", notes: { create: [{ text: "Posted about CRM data quality on 3 Nov" }] } } });
  };
  const stored = async (id: string) => {
    const row = await db.message.findUniqueOrThrow({ where: { id } });
    return { status: row.status, verdict: row.verdict, score: row.score, result: JSON.parse(row.lintResult) };
  };

  it("\"Copy and mark as sent\" stores the reviewed result the page showed, and the repeat costs no second call", async () => {
    on();
    const prospect = await anna();
    fake.script = () => ({
      review: reviewOf({ problem: { status: "pass", reason: "Names the problem.", evidence: ["data quality"] }, value: { status: "pass", reason: "The value is clear.", evidence: ["we help sales teams"] } }),
      totalTokens: 100,
    });
    const text = "Hi Anna, we help sales teams fix CRM data quality. Interested?";
    const shown = (await (await post(review, { message: text, channel: "message", prospectId: prospect.id, locale: "en" })).json()).result;
    expect(shown.llm).toEqual({ status: "ok" });
    const { lintParsed, lintInputSchema } = await import("@/lib/lint");
    const { composeContext } = await import("@/lib/data/messages");
    const { actorFromHeaders } = await import("@/lib/auth/actor");
    const heuristic = lintParsed(lintInputSchema.parse({ ...(await composeContext(db, (await actorFromHeaders(new Headers({ cookie })))!, prospect.id)), message: text, channel: "message" }));
    // the review changed the result: storing the heuristic one would store something the seller never saw
    expect(shown.score).not.toBe(heuristic.score);

    // the draft saved with the review on keeps the reviewed result too
    const compose = await import("@/lib/actions/compose");
    const draft = await compose.saveDraftAction({ prospectId: prospect.id, channel: "message", body: text, llm: true, locale: "en" });
    if (!draft.ok) throw new Error(JSON.stringify(draft.errors));
    expect(await stored(draft.value.id)).toMatchObject({ status: "draft", verdict: shown.verdict, score: shown.score, result: shown });

    const sent = await compose.markSentAction({ id: draft.value.id, prospectId: prospect.id, channel: "message", body: text, idempotencyKey: "send-reviewed-1", llm: true, locale: "en" });
    if (!sent.ok) throw new Error(JSON.stringify(sent.errors));
    expect(sent.value).toMatchObject({ id: draft.value.id, status: "sent", verdict: shown.verdict, score: shown.score });
    const row = await stored(sent.value.id);
    expect(row).toMatchObject({ status: "sent", verdict: shown.verdict, score: shown.score });
    expect(row.result).toEqual(shown);
    // the same draft in the same context: the review's cache answered both saves
    expect(fake.requests).toHaveLength(1);

    // POST /api/messages does the same for "llm": true (a follow-up now: the thread has the message)
    const viaApi = await (await post(messages, { prospectId: prospect.id, channel: "message", body: text, status: "sent", llm: true, locale: "en" })).json();
    const viaApiRow = await stored(viaApi.message.id);
    expect(viaApiRow.result.llm).toEqual({ status: "ok" });
    expect(fake.requests).toHaveLength(2);
  });

  it("an AI review that fails at the moment of sending never stops the send: the heuristic result is stored, saying why", async () => {
    on(300);
    const prospect = await anna();
    fake.script = () => ({ hang: true });
    const text = "Hi Anna, we help sales teams fix CRM data quality. Worth a chat?";
    // the heuristic result the editor showed, worded in the interface's language
    const { lintParsed, lintInputSchema } = await import("@/lib/lint");
    const { composeContext } = await import("@/lib/data/messages");
    const { actorFromHeaders } = await import("@/lib/auth/actor");
    const context = await composeContext(db, (await actorFromHeaders(new Headers({ cookie })))!, prospect.id);
    const heuristic = lintParsed(lintInputSchema.parse({ ...context, message: text, channel: "message" }), { messageLanguage: "de" });

    const compose = await import("@/lib/actions/compose");
    const sent = await compose.markSentAction({ prospectId: prospect.id, channel: "message", body: text, idempotencyKey: "send-reviewed-2", llm: true, locale: "de" });
    if (!sent.ok) throw new Error(JSON.stringify(sent.errors));
    const row = await stored(sent.value.id);
    expect(row.status).toBe("sent");
    expect(row.result.llm).toEqual({ status: "error", reason: "timeout" });
    expect({ verdict: row.verdict, score: row.score, checks: row.result.checks }).toEqual({ verdict: heuristic.verdict, score: heuristic.score, checks: heuristic.checks });
  });

  it("saves with \"llm\": true are held to the LLM limit: over it, the heuristic result is stored, saying why", async () => {
    on();
    fake.script = () => ({ review: reviewOf(), totalTokens: 10 });
    // a member of their own, so that the limit used up here is nobody else's
    const own = (await (await import("../../../test/auth")).signUp("Limited")).cookie;
    const { actorFromHeaders } = await import("@/lib/auth/actor");
    const actor = (await actorFromHeaders(new Headers({ cookie: own })))!;
    const prospect = await db.prospect.create({ data: { workspaceId: actor.workspaceId, name: "Anna Schmidt", company: "Kontor GmbH" } });
    const before = fake.requests.length;
    process.env.RATE_LIMIT_LLM_USER = "1";
    try {
      const results = [];
      for (let i = 0; i < 3; i++) {
        const body = { prospectId: prospect.id, channel: "message", body: `Hi Anna, we help sales teams fix CRM data quality (${i}). Worth a chat?`, status: "sent", llm: true, locale: "en" };
        const res = await post(messages, body, { "content-type": "application/json", cookie: own });
        expect(res.ok).toBe(true);
        results.push((await stored((await res.json()).message.id)).result.llm);
      }
      // at most one model call a minute for this member, and every save went through
      expect(fake.requests.length - before).toBeLessThanOrEqual(1);
      expect(results.filter((llm) => llm.status === "error" && llm.reason === "rate_limited").length).toBeGreaterThanOrEqual(2);
    } finally {
      delete process.env.RATE_LIMIT_LLM_USER;
    }
  });
});

describe("without an LLM", () => {
  it("is off everywhere, and the heuristic result comes back", async () => {
    configure({});
    expect(await (await get()).json()).toEqual({ llm: "off" });
    const viaReview = await (await post(review, { message })).json();
    expect(viaReview.result.llm).toEqual({ status: "off" });
    expect(viaReview.result.checks).toHaveLength(14);
    expect((await (await post(lint, { message, llm: true })).json()).llm).toEqual({ status: "off" });
    expect(fake.requests).toHaveLength(0);
  });

  it("misconfigured: says so instead of guessing", async () => {
    configure({ OPENAI_BASE_URL: "not a url" });
    expect(await (await get()).json()).toEqual({ llm: "invalid" });
    expect((await (await post(lint, { message, llm: true })).json()).llm).toEqual({ status: "error", reason: "config" });
  });
});
