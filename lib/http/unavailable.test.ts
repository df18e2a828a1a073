import { describe, expect, it } from "vitest";
import { isDatabaseBusy, serviceUnavailable } from "./unavailable";

describe("isDatabaseBusy", () => {
  it("recognises an exhausted pg pool, a refused server, a locked SQLite file and Prisma's pool codes", () => {
    expect(isDatabaseBusy(new Error("timeout exceeded when trying to connect"))).toBe(true);
    expect(isDatabaseBusy(Object.assign(new Error("x"), { code: "P2024" }))).toBe(true);
    expect(isDatabaseBusy(Object.assign(new Error("x"), { meta: { driverAdapterError: { cause: { kind: "TooManyConnections" } } } }))).toBe(true);
    expect(isDatabaseBusy(new Error("wrapped", { cause: new Error("SQLITE_BUSY: database is locked") }))).toBe(true);
  });

  it("leaves real errors alone: they stay 500s and get logged", () => {
    expect(isDatabaseBusy(new Error("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseBusy(Object.assign(new Error("Unique constraint failed"), { code: "P2002" }))).toBe(false);
    expect(isDatabaseBusy(null)).toBe(false);
    expect(isDatabaseBusy("timeout")).toBe(false);
  });

  it("answers 503 with Retry-After", async () => {
    const res = serviceUnavailable();
    expect(res.status).toBe(503);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await res.json()).error.code).toBe("busy");
  });
});
