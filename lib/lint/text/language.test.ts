import { describe, expect, it } from "vitest";
import { detectLanguage } from "./language";
import { tokenize } from "./segment";

const detect = (text: string) => detectLanguage(tokenize(text), text, text.toLowerCase());

describe("detectLanguage", () => {
  it("reads English and German from their function words", () => {
    expect(detect("Hi Anna, your post on onboarding stalls rang true. Worth a look?")).toBe("en");
    expect(detect("Hallo Frau Berger, Ihr Beitrag zur Einarbeitung hat mich angesprochen. Interesse?")).toBe("de");
  });

  it("counts 'in' for both languages: a short German note full of English loanwords stays German", () => {
    expect(detect("Hoi Luca, 5 offene Java-Stellen in Basel? Unsere Recruiting-Maschine hilft. Vernetzen?")).toBe("de");
    expect(detect("Five open Java roles in Basel? Our recruiters help in weeks. Connect?")).toBe("en");
  });

  it("leans German on umlauts and gives a tie to English", () => {
    expect(detect("Grüße aus Köln")).toBe("de");
    expect(detect("Basel Zürich")).toBe("de");
    expect(detect("Java Basel")).toBe("en");
  });
});
