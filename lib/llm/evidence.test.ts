import { describe, expect, it } from "vitest";
import { locateEvidence, locateQuote } from "./evidence";

const text = "Hallo Frau Berger,\n\nIhr Beitrag zur „Datenqualität im CRM“ hat mich angesprochen.  Wir sind DIE ultimative Lösung!!!";

describe("locating the model's quoted evidence", () => {
  it("finds a verbatim quote", () => {
    const s = locateQuote(text, "Ihr Beitrag zur")!;
    expect(text.slice(s.start, s.end)).toBe("Ihr Beitrag zur");
  });

  it("then ignores case, whitespace runs, typographic quotes and wrapping quotation marks", () => {
    const s = locateQuote(text, '"die ultimative lösung!!!"')!;
    expect(text.slice(s.start, s.end)).toBe("DIE ultimative Lösung!!!");
    const t = locateQuote(text, 'zur "Datenqualität im CRM" hat mich angesprochen. Wir sind')!;
    expect(text.slice(t.start, t.end)).toBe("zur „Datenqualität im CRM“ hat mich angesprochen.  Wir sind");
    const u = locateQuote(text, "Hallo Frau Berger, Ihr Beitrag")!;
    expect(text.slice(u.start, u.end)).toBe("Hallo Frau Berger,\n\nIhr Beitrag");
  });

  it("drops quotes that are not in the text, or too short to mean anything", () => {
    expect(locateQuote(text, "Sehr geehrte Damen und Herren")).toBeNull();
    expect(locateQuote(text, "Wi")).toBeNull();
    expect(locateQuote(text, "   ")).toBeNull();
  });

  it("looks up a quote shortened with an ellipsis part by part, and keeps each span once", () => {
    const spans = locateEvidence(text, ["Hallo Frau Berger … hat mich angesprochen", "Hallo Frau Berger", "not there"]);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(["Hallo Frau Berger", "hat mich angesprochen"]);
  });

  it("keeps UTF-16 offsets right after emoji", () => {
    const emoji = "Hi 👋🏽 Anna, great post!";
    const s = locateQuote(emoji, "anna, GREAT post")!;
    expect(emoji.slice(s.start, s.end)).toBe("Anna, great post");
  });
});
