import { describe, expect, it } from "vitest";
import { answeringBusy, isDatabaseBusy, serviceUnavailable } from "./unavailable";

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

describe("answeringBusy", () => {
  it("turns a busy database in a route into 503, passes answers through and leaves real errors to be 500s", async () => {
    const busy = answeringBusy(async () => {
      throw new Error("SQLITE_BUSY: database is locked");
    });
    expect((await busy()).status).toBe(503);
    const fine = answeringBusy(async (n: number) => new Response(String(n * 2)));
    expect(await (await fine(21)).text()).toBe("42");
    const broken = answeringBusy(async () => {
      throw new TypeError("Cannot read properties of undefined");
    });
    await expect(broken()).rejects.toThrow(TypeError);
  });
});
