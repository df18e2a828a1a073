import Database from "better-sqlite3";
import { expect, test } from "@playwright/test";
import { e2eOrigin } from "./helpers";

// The sign-in limit counts per client address. Without a proxy in front (no TRUST_PROXY, as here),
// an X-Forwarded-For the client writes itself must not become its address: a fresh one per guess
// would lift the limit. The production server counts the connection's address instead.
test("a client's own X-Forwarded-For does not buy a fresh sign-in limit", async ({ request }) => {
  const spoofed = "203.0.113.77";
  const res = await request.post("/api/auth/sign-in/email", {
    data: { email: "nobody@example.test", password: "not the password" },
    headers: { origin: e2eOrigin(), "x-forwarded-for": spoofed },
  });
  expect(res.status()).toBe(401);
  // the counters live in the app's database (playwright.config.ts: prisma/e2e.db)
  const db = new Database("prisma/e2e.db", { readonly: true, fileMustExist: true });
  try {
    const keys = (db.prepare("SELECT key FROM auth_rate_limit").all() as { key: string }[]).map((r) => r.key);
    expect(keys.filter((k) => k.includes(spoofed))).toEqual([]);
    expect(keys).toContain("127.0.0.1|/sign-in/email");
  } finally {
    db.close();
  }
});
