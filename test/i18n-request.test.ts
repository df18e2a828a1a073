import { createFormatter } from "next-intl";
import { beforeEach, describe, expect, it, vi } from "vitest";

// i18n/request.ts as next-intl calls it for a request: the time zone comes from the browser's
// cookie, never from the server's own zone (this process runs in UTC below, as servers do).

let jar: Record<string, string> = {};
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (name in jar ? { name, value: jar[name] } : undefined) }),
  headers: async () => new Headers({ "accept-language": "de-DE,de;q=0.9" }),
}));
// outside a React server environment next-intl's getRequestConfig throws; in one it returns the function as it is
vi.mock("next-intl/server", () => ({ getRequestConfig: <T>(fn: T) => fn }));

const tz = process.env.TZ;
beforeEach(() => {
  jar = {};
  process.env.TZ = "UTC";
  return () => {
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  };
});

async function config() {
  const { default: requestConfig } = await import("../i18n/request");
  return (requestConfig as unknown as () => Promise<{ locale: string; timeZone: string }>)();
}

// sent at 00:30 on Monday 23 November in Berlin: still Sunday the 22nd in UTC
const sentAt = new Date("2026-11-22T23:30:00Z");
const day = (c: { locale: string; timeZone: string }) => createFormatter({ locale: c.locale, timeZone: c.timeZone }).dateTime(sentAt, { dateStyle: "medium" });

describe("the request's time zone", () => {
  it("is the one the browser wrote into the cookie", async () => {
    jar = { tz: "America/Los_Angeles" };
    const c = await config();
    expect(c.timeZone).toBe("America/Los_Angeles");
    expect(day(c)).toBe("22.11.2026");
  });

  it("is Europe/Berlin before the browser has said, so a message sent at 00:30 there shows its own day", async () => {
    const c = await config();
    expect(c.timeZone).toBe("Europe/Berlin");
    expect(day(c)).toBe("23.11.2026");
  });

  it("is Europe/Berlin when the cookie holds no zone", async () => {
    jar = { tz: "Europe/Berlin<script>" };
    expect((await config()).timeZone).toBe("Europe/Berlin");
    jar = { tz: "Nowhere/Special" };
    expect((await config()).timeZone).toBe("Europe/Berlin");
  });
});
