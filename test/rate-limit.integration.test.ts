import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "../lib/db-client";
import { takeRateLimit } from "../lib/http/rate-limit";
import { createTestDatabase, TEST_DATABASE_KIND, type TestDatabase } from "./database";

// Rate limits on linting and the LLM pass, kept in the database: two app instances (two clients
// on one database) count against the same limits. Runs on SQLite and on PostgreSQL.

let t: TestDatabase;
let secondInstance: PrismaClient;
const saved = { ...process.env };
let n = 0;
const fresh = (prefix: string) => `${prefix}-${Date.now()}-${++n}`;

beforeAll(async () => {
  t = createTestDatabase();
  secondInstance = createPrismaClient(t.url);
  process.env.DATABASE_URL = t.url;
}, 60_000);

afterAll(async () => {
  process.env = saved;
  await secondInstance?.$disconnect();
  await (await import("../lib/db")).db.$disconnect();
  await t?.cleanup();
});

describe(`rate limits (${TEST_DATABASE_KIND})`, () => {
  it("per user: the request over the limit is refused with the time to wait; another user is not affected", async () => {
    process.env.RATE_LIMIT_LLM_USER = "3";
    const user = fresh("user");
    for (let i = 0; i < 3; i++) expect(await takeRateLimit(t.db, "llm", { user })).toEqual({ ok: true });
    const refused = await takeRateLimit(t.db, "llm", { user });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.scope).toBe("user");
      expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    }
    expect((await takeRateLimit(t.db, "llm", { user: fresh("user") })).ok).toBe(true);
  });

  it("per workspace: its members' requests add up", async () => {
    process.env.RATE_LIMIT_LLM_USER = "100";
    process.env.RATE_LIMIT_LLM_WORKSPACE = "4";
    const workspace = fresh("ws");
    const [a, b] = [fresh("a"), fresh("b")];
    for (const user of [a, b, a, b]) expect((await takeRateLimit(t.db, "llm", { user, workspace })).ok).toBe(true);
    const refused = await takeRateLimit(t.db, "llm", { user: fresh("c"), workspace });
    expect(refused).toMatchObject({ ok: false, scope: "workspace" });
  });

  it("saving a message counts against the member's lint limit: over it nothing is stored", async () => {
    const { saveMessage } = await import("../lib/data/messages");
    const ws = await t.db.workspace.create({ data: { name: fresh("ws"), members: { create: { name: "Sam", email: `${fresh("sam")}@x.test` } } }, include: { members: true } });
    const actor = { workspaceId: ws.id, memberId: ws.members[0].id };
    process.env.RATE_LIMIT_LINT_USER = "3";
    for (let i = 0; i < 3; i++) expect((await saveMessage(t.db, actor, { channel: "message", body: `Hi Anna, draft ${i}` }, false)).ok).toBe(true);
    expect(await saveMessage(t.db, actor, { channel: "message", body: "Hi Anna, one too many" }, false)).toEqual({ ok: false, errors: { form: ["save_rate_limited"] } });
    expect(await t.db.message.count({ where: { workspaceId: ws.id } })).toBe(3);
    process.env.RATE_LIMIT_LINT_USER = "600";
  });

  it("two app instances on one database share the count, also under concurrent requests", async () => {
    process.env.RATE_LIMIT_LINT_USER = "10";
    const user = fresh("shared");
    const outcomes = await Promise.all(Array.from({ length: 16 }, (_, i) => takeRateLimit(i % 2 ? t.db : secondInstance, "lint", { user })));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(10);
    expect(outcomes.filter((o) => !o.ok)).toHaveLength(6);
    expect(await t.db.rateLimit.count({ where: { key: { contains: user } } })).toBe(1);
  });

  it("instances take points in blocks and never hand out more than the limit between them", async () => {
    process.env.RATE_LIMIT_LINT_WORKSPACE = "100"; // blocks of 5
    const workspace = fresh("blocks");
    const outcomes: boolean[] = [];
    for (let round = 0; round < 15; round++) {
      const batch = await Promise.all(Array.from({ length: 10 }, (_, i) => takeRateLimit(i % 2 ? t.db : secondInstance, "lint", { workspace })));
      outcomes.push(...batch.map((o) => o.ok));
    }
    const accepted = outcomes.filter(Boolean).length;
    expect(accepted).toBeLessThanOrEqual(100);
    expect(accepted).toBeGreaterThanOrEqual(90); // at most a block per instance is left unused
    // far fewer store round trips than requests: the count in the store is in whole blocks
    const row = await t.db.rateLimit.findFirst({ where: { key: { contains: workspace } } });
    expect(row!.points % 5).toBe(0);
  });

  it("a burst on a fresh key takes blocks one after the other, not one block per request", async () => {
    process.env.RATE_LIMIT_LINT_USER = "1000"; // blocks of 50
    const user = fresh("burst");
    const outcomes = await Promise.all(Array.from({ length: 200 }, () => takeRateLimit(t.db, "lint", { user })));
    expect(outcomes.every((o) => o.ok)).toBe(true);
    const row = await t.db.rateLimit.findFirst({ where: { key: { contains: user } } });
    expect(row!.points).toBe(200);
  });

  it("POST /api/lint answers 429 with Retry-After once a client's limit is used up", async () => {
    process.env.RATE_LIMIT_LINT_ADDRESS = "2";
    process.env.TRUST_PROXY = "1";
    const { POST } = await import("../app/api/lint/route");
    const ip = `203.0.113.${(Date.now() % 200) + 1}`;
    const call = (from: string) =>
      POST(new Request("http://127.0.0.1/api/lint", { method: "POST", body: JSON.stringify({ message: "Hi Anna, worth a chat?" }), headers: { "content-type": "application/json", "x-forwarded-for": from } }));
    expect((await call(ip)).status).toBe(200);
    expect((await call(ip)).status).toBe(200);
    const refused = await call(ip);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect((await refused.json()).error.code).toBe("rate_limited");
    expect((await call("198.51.100.7")).status).toBe(200); // another client
    // behind the proxy, hops the client wrote itself (left of the one the proxy appended) buy nothing
    expect((await call(`10.9.9.1, ${ip}`)).status).toBe(429);
    expect((await call(`10.9.9.2, ${ip}, 127.0.0.1`)).status).toBe(429);
  });

  it("the client's address: the proxy's hop when behind one, else one shared bucket", async () => {
    const { clientAddress } = await import("../lib/http/rate-limit");
    const env = (vars: Record<string, string>) => ({ ...vars }) as unknown as NodeJS.ProcessEnv;
    const headers = (xff: string) => ({ headers: { get: (n: string) => (n === "x-forwarded-for" ? xff : null) } });
    expect(clientAddress(headers("1.2.3.4, 203.0.113.9"), env({ TRUST_PROXY: "1" }))).toBe("203.0.113.9");
    expect(clientAddress(headers("203.0.113.9, 127.0.0.1"), env({ TRUST_PROXY: "1" }))).toBe("203.0.113.9");
    expect(clientAddress(headers("203.0.113.9"), env({}))).toBe("direct");
    // one IPv6 /64 is one client: a fresh address in it buys no fresh limit
    const a = clientAddress(headers("2001:db8:85a3:12::1"), env({ TRUST_PROXY: "1" }));
    expect(clientAddress(headers("2001:db8:85a3:12:ffff:1:2:3"), env({ TRUST_PROXY: "1" }))).toBe(a);
    expect(clientAddress(headers("2001:0db8:85a3:0012:0000:0000:0000:0009"), env({ TRUST_PROXY: "1" }))).toBe(a);
    expect(clientAddress(headers("2001:db8:85a3:13::1"), env({ TRUST_PROXY: "1" }))).not.toBe(a);
    expect(clientAddress(headers("::ffff:203.0.113.9"), env({ TRUST_PROXY: "1" }))).toBe("203.0.113.9");
  });

  it("buckets addresses: IPv4 as they are, IPv6 by /64, compressed or not", async () => {
    const { addressKey } = await import("../lib/http/rate-limit");
    expect(addressKey("203.0.113.9")).toBe("203.0.113.9");
    expect(addressKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressKey("::1")).toBe("0:0:0:0::/64");
    expect(addressKey("[2001:db8:1:2::5]:443")).toBe("2001:db8:1:2::/64");
    expect(addressKey("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(addressKey("64:ff9b::192.0.2.33")).toBe("64:ff9b:0:0::/64");
    expect(addressKey("not an address")).toBe("not an address");
  });
});
