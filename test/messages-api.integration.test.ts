import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, TEST_DATABASE_KIND, type TestDatabase } from "./database";

// POST /api/messages through its route handler with a real Better Auth session (SQLite and PostgreSQL).

let t: TestDatabase;
let route: typeof import("../app/api/messages/route");
let cookie = "";
const saved = { ...process.env };

beforeAll(async () => {
  t = createTestDatabase();
  process.env.DATABASE_URL = t.url;
  route = await import("../app/api/messages/route");
  cookie = (await (await import("./auth")).signUp("Saver")).cookie;
}, 60_000);

afterAll(async () => {
  process.env = saved;
  await (await import("../lib/db")).db.$disconnect();
  await t?.cleanup();
});

const post = (body: unknown, headers: Record<string, string> = {}) =>
  route.POST(
    new Request("http://127.0.0.1/api/messages", {
      method: "POST",
      body: typeof body === "string" ? body : JSON.stringify(body),
      headers: { "content-type": "application/json", cookie, ...headers },
    }),
  );

describe(`POST /api/messages (${TEST_DATABASE_KIND})`, () => {
  it("saves a draft and a sent message, linted on the server", async () => {
    const draft = await post({ channel: "message", body: "Hi Anna, your post on onboarding stalls rang true. Worth a chat?" });
    expect(draft.status).toBe(200);
    const { message } = await draft.json();
    expect(message).toMatchObject({ status: "draft" });
    expect(typeof message.score).toBe("number");
    const sent = await post({ channel: "message", status: "sent", body: "Hi Ben, your talk on churn was sharp. Worth a chat?" });
    expect((await sent.json()).message.status).toBe("sent");
    expect(await t.db.message.count({ where: { id: message.id, lintResult: { contains: '"checks"' } } })).toBe(1);
  });

  it("an Idempotency-Key stores one record, however often the request comes", async () => {
    const body = { channel: "message", status: "sent", body: "Hi Cleo, your post on pricing pages rang true. Worth a look?" };
    const answers = await Promise.all([1, 2, 3].map(() => post(body, { "idempotency-key": "retry-key-0001" })));
    const ids = await Promise.all(answers.map(async (a) => (await a.json()).message.id));
    expect(new Set(ids).size).toBe(1);
    expect(await t.db.message.count({ where: { idempotencyKey: "retry-key-0001" } })).toBe(1);
  });

  it("refuses what it cannot take with a clear 4xx", async () => {
    const anonymous = await route.POST(new Request("http://127.0.0.1/api/messages", { method: "POST", body: "{}", headers: { "content-type": "application/json" } }));
    expect(anonymous.status).toBe(401);
    expect((await post({ channel: "message", body: "hi" }, { "content-type": "text/plain" })).status).toBe(415);
    expect((await post("{not json")).status).toBe(400);
    expect((await post('{"channel":"message","body":"hi","__proto__":{"polluted":1}}')).status).toBe(400);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const unknownField = await post({ channel: "message", body: "hi", surprise: true });
    expect(unknownField.status).toBe(400);
    expect((await post({ channel: "fax", body: "hi" })).status).toBe(400);
    expect((await post({ channel: "message", body: "x".repeat(200_001) })).status).toBe(413);
    expect((await post({ channel: "message", body: "hi", prospectId: "no-such-prospect" })).status).toBe(404);
    expect((await post({ channel: "message", body: "hi" }, { "sec-fetch-site": "cross-site" })).status).toBe(403);
  });

  it('takes "prospectId": "" as no prospect, for a draft and a sent message', async () => {
    for (const status of ["draft", "sent"]) {
      const res = await post({ channel: "message", status, prospectId: "", body: `Hi Dana, your post on churn rang true (${status}). Worth a chat?` });
      expect(res.status).toBe(200);
      const { message } = await res.json();
      expect(await t.db.message.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({ status, prospectId: null });
    }
  });
});
