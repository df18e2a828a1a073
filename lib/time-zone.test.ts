import { describe, expect, it } from "vitest";
import { DEFAULT_TIME_ZONE, timeZoneFromCookie, validTimeZone } from "./time-zone";

describe("the user's time zone from the cookie", () => {
  it("takes an IANA zone the runtime knows, in its canonical spelling", () => {
    expect(validTimeZone("Europe/Vienna")).toBe("Europe/Vienna");
    // canonical as the runtime's time zone data has it (CLDR: America/Buenos_Aires)
    expect(validTimeZone("America/Argentina/Buenos_Aires")).toMatch(/^America\/(Argentina\/)?Buenos_Aires$/);
    expect(validTimeZone("Etc/GMT+5")).toBe("Etc/GMT+5");
    expect(validTimeZone("europe/zurich")).toBe("Europe/Zurich");
  });

  it("refuses what is not a zone, or not made of a zone name's characters", () => {
    for (const bad of [undefined, "", "Mars/Olympus_Mons", "Europe/Berlin; path=/", "Europe/Berlin\n", "../../etc/passwd", "<script>", "A".repeat(65), 42]) {
      expect(validTimeZone(bad), String(bad)).toBeNull();
    }
  });

  it("falls back to Europe/Berlin, the DACH market's zone", () => {
    expect(DEFAULT_TIME_ZONE).toBe("Europe/Berlin");
    expect(timeZoneFromCookie(undefined)).toBe("Europe/Berlin");
    expect(timeZoneFromCookie("nonsense")).toBe("Europe/Berlin");
    expect(timeZoneFromCookie("Asia/Tokyo")).toBe("Asia/Tokyo");
  });
});
