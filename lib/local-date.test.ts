import { afterEach, describe, expect, it } from "vitest";
import { localDateString } from "./local-date";

const tz = process.env.TZ;
afterEach(() => {
  if (tz === undefined) delete process.env.TZ;
  else process.env.TZ = tz;
});

describe("localDateString", () => {
  it("is the local date where the UTC date is another day", () => {
    process.env.TZ = "Europe/Berlin";
    // 00:30 in Berlin on 2 January is 23:30 UTC on 1 January
    expect(localDateString(new Date("2026-01-01T23:30:00Z"))).toBe("2026-01-02");
    process.env.TZ = "America/Los_Angeles";
    // 17:00 in Los Angeles on 1 January is 01:00 UTC on 2 January
    expect(localDateString(new Date("2026-01-02T01:00:00Z"))).toBe("2026-01-01");
  });

  it("pads month and day", () => {
    process.env.TZ = "UTC";
    expect(localDateString(new Date("2026-03-04T12:00:00Z"))).toBe("2026-03-04");
  });
});
