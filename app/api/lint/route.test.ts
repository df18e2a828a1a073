import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lintResultSchema, MAX_MESSAGE_LENGTH, RULE_IDS } from "@/lib/lint";
import { createTestDatabase } from "../../../test/database";

// the route keeps its rate limits in the database: a migrated test database, set before the route
// (and lib/db with it) is first imported
let route: typeof import("./route");
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const t = createTestDatabase("sqlite");
  cleanup = t.cleanup;
  process.env.DATABASE_URL = t.url;
  route = await import("./route");
}, 60_000);
afterAll(async () => {
  await (await import("@/lib/db")).db.$disconnect();
  await cleanup?.();
});
const POST = (request: Request) => route.POST(request);
const GET = () => route.GET();

const ENDPOINT = "http://127.0.0.1/api/lint";

function post(body: BodyInit, headers: Record<string, string> = { "content-type": "application/json" }) {
  return POST(new Request(ENDPOINT, { method: "POST", body, headers }));
}

async function issuesOf(res: Response) {
  const body = (await res.json()) as { error: { code: string; issues: { path: unknown; message: string; code: string }[] } };
  return body.error;
}

describe("POST /api/lint", () => {
  it("answers a valid input with 200 and a contract result with all 14 checks in rule order", async () => {
    const res = await post(JSON.stringify({ message: "Hi Anna, your post on CRM data quality rang true. Connect?", channel: "connection-note", prospect: { name: "Anna Schmidt" } }));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const parsed = lintResultSchema.safeParse(await res.json());
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect(parsed.data.checks).toHaveLength(14);
    expect(parsed.data.checks.map((c) => c.id)).toEqual([...RULE_IDS]);
    expect(parsed.data.channel).toBe("connection-note");
  });

  it("accepts a JSON media type with parameters, and a body without a content type", async () => {
    expect((await post(JSON.stringify({ message: "Hi Anna" }), { "content-type": "application/json; charset=utf-8" })).status).toBe(200);
    const bare = new Request(ENDPOINT, { method: "POST", body: new TextEncoder().encode(JSON.stringify({ message: "Hi Anna" })) });
    expect(bare.headers.get("content-type")).toBeNull();
    expect((await POST(bare)).status).toBe(200);
  });

  it.each([
    ["a missing message", { channel: "message" }, ["message"]],
    ["a message over the limit", { message: "x".repeat(MAX_MESSAGE_LENGTH + 1) }, ["message"]],
    ["an unknown channel", { message: "Hi Anna", channel: "fax" }, ["channel"]],
  ])("answers %s with 400 invalid_input and zod issues with paths", async (_name, input, path) => {
    const res = await post(JSON.stringify(input));
    expect(res.status).toBe(400);
    const error = await issuesOf(res);
    expect(error.code).toBe("invalid_input");
    expect(error.issues.length).toBeGreaterThan(0);
    expect(error.issues.map((i) => i.path)).toContainEqual(path);
  });

  it("answers invalid JSON and an empty body with 400 invalid_json", async () => {
    for (const body of ["{not json", ""]) {
      const res = await post(body);
      expect(res.status).toBe(400);
      const error = await issuesOf(res);
      expect(error.code).toBe("invalid_json");
      expect(error.issues[0].path).toEqual([]);
    }
  });

  it("answers a body over 1 MB with 413, whether the length is declared or only found while reading", async () => {
    const big = JSON.stringify({ message: "x".repeat(1_000_001) });
    const declared = await post(big, { "content-type": "application/json", "content-length": String(Buffer.byteLength(big)) });
    expect(declared.status).toBe(413);
    expect((await issuesOf(declared)).code).toBe("payload_too_large");

    // a streamed body carries no Content-Length: the limit is enforced while reading
    const chunk = new TextEncoder().encode("x".repeat(64 * 1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > 2_000_000) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const streamed = await POST(new Request(ENDPOINT, { method: "POST", body: stream, headers: { "content-type": "application/json" }, duplex: "half" } as RequestInit));
    expect(streamed.status).toBe(413);
    expect(sent).toBeLessThan(2_000_000);
  });

  it("refuses bodies that are not JSON with 415", async () => {
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      const res = await post(JSON.stringify({ message: "Hi Anna" }), { "content-type": type });
      expect(res.status).toBe(415);
      expect((await issuesOf(res)).code).toBe("unsupported_media_type");
    }
  });
});

describe("GET /api/lint", () => {
  it("is 405 with an Allow header", () => {
    const res = GET();
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("POST");
  });
});
