import { describe, expect, it } from "vitest";
import de from "../../messages/de.json";
import en from "../../messages/en.json";
import { DATE_INPUT_MIN, dateInputMax, isPlausibleDate, noteFormSchema, replySchema, touchpointSchema } from "./compose";

const DAY = 86_400_000;
const errorOf = (r: { success: boolean; error?: { issues: { message: string }[] } }) => (r.success ? null : r.error!.issues.map((i) => i.message));

describe("dates typed into forms", () => {
  const touchpoint = (at: unknown) => touchpointSchema.safeParse({ prospectId: "p1", kind: "reacted", at });
  const reply = (receivedAt: unknown) => replySchema.safeParse({ messageId: "m1", receivedAt });

  it("take a touchpoint or a reply from LinkedIn's launch (2003) to today", () => {
    for (const ok of ["2003-01-01", "2019-06-30", new Date().toISOString().slice(0, 10), new Date(Date.now() + DAY / 2).toISOString()]) {
      expect(errorOf(touchpoint(ok))).toBeNull();
      expect(errorOf(reply(ok))).toBeNull();
    }
    expect(errorOf(touchpoint(undefined))).toBeNull();
  });

  it("refuse one before 2003 or after tomorrow with a field error, and one that is no date at all with another", () => {
    for (const far of ["0100-01-04", "0001-01-01", "2002-12-31T23:59:59Z", new Date(Date.now() + 2 * DAY).toISOString(), "9999-12-31"]) {
      expect(errorOf(touchpoint(far))).toEqual(["date_out_of_range"]);
      expect(errorOf(reply(far))).toEqual(["date_out_of_range"]);
      expect(touchpoint(far).error?.issues[0].path).toEqual(["at"]);
    }
    expect(errorOf(reply("not a date"))).toEqual(["date_invalid"]);
  });

  it("say so in English and German", () => {
    expect(en.errors.date_out_of_range).toBe("Enter a date between 1 January 2003 and today.");
    expect(de.errors.date_out_of_range).toBe("Bitte ein Datum zwischen dem 1. Januar 2003 und heute eingeben.");
  });

  it("are checked against the time given", () => {
    const now = Date.UTC(2026, 10, 27, 12);
    expect(isPlausibleDate(new Date(now + DAY), now)).toBe(true);
    expect(isPlausibleDate(new Date(now + DAY + 1), now)).toBe(false);
    expect(isPlausibleDate(new Date(Date.UTC(2003, 0, 1)), now)).toBe(true);
    expect(isPlausibleDate(new Date(Date.UTC(2003, 0, 1) - 1), now)).toBe(false);
  });

  it("bound the date inputs to the days the server takes, at any time of day", () => {
    for (const hour of [0, 1, 11, 23]) {
      const now = Date.UTC(2026, 10, 27, hour, 30);
      const max = dateInputMax(now);
      const next = new Date(Date.parse(max) + DAY).toISOString().slice(0, 10);
      expect(isPlausibleDate(new Date(max), now)).toBe(true);
      expect(isPlausibleDate(new Date(next), now)).toBe(false);
    }
    expect(isPlausibleDate(new Date(DATE_INPUT_MIN))).toBe(true);
    expect(noteFormSchema.safeParse({ prospectId: "p", text: "x", notedOn: dateInputMax() }).success).toBe(true);
  });
});
