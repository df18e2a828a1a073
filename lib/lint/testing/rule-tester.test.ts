import { describe, expect, it } from "vitest";
import { hypeRule } from "../rules/hype";
import { applyFix, assertFixResolves, markSpans, parseMarkers, prepareCases, RuleTester } from "./rule-tester";

describe("parseMarkers", () => {
  it("strips the markers and returns the spans in offsets of the clean text", () => {
    const { message, spans } = parseMarkers("Hi Anna, «the ultimate» tool, «guaranteed».");
    expect(message).toBe("Hi Anna, the ultimate tool, guaranteed.");
    expect(spans).toEqual([
      { start: 9, end: 21 },
      { start: 28, end: 38 },
    ]);
    expect(spans.map((s) => message.slice(s.start, s.end))).toEqual(["the ultimate", "guaranteed"]);
  });

  it("counts in UTF-16 code units, like the linter", () => {
    const { message, spans } = parseMarkers("Hallo Jörg 👋 «🚀🚀🚀»");
    expect(message.slice(spans[0].start, spans[0].end)).toBe("🚀🚀🚀");
    expect(spans[0]).toEqual({ start: 14, end: 20 });
  });

  it("handles adjacent spans and text without markers", () => {
    expect(parseMarkers("«a»«b»c").spans).toEqual([
      { start: 0, end: 1 },
      { start: 1, end: 2 },
    ]);
    expect(parseMarkers("no markers")).toEqual({ message: "no markers", spans: [] });
  });

  it("rejects unbalanced, nested and empty markers", () => {
    expect(() => parseMarkers("«open")).toThrow(/Unclosed/);
    expect(() => parseMarkers("close»")).toThrow(/without/);
    expect(() => parseMarkers("«a «b» c»")).toThrow(/Nested/);
    expect(() => parseMarkers("a «» b")).toThrow(/Empty/);
  });

  it("round-trips through markSpans", () => {
    const marked = "Sehr geehrte «Frau Dr. Müller», «100 %» garantiert";
    const { message, spans } = parseMarkers(marked);
    expect(markSpans(message, spans)).toBe(marked);
  });
});

describe("prepareCases", () => {
  const text = "Hi Anna, this is «revolutionary».";

  it("rejects a duplicate case within a list", () => {
    expect(() =>
      prepareCases("hype", {
        valid: [],
        invalid: [
          { lang: "en", text, messageId: "hype" },
          { lang: "en", text, messageId: "hype", name: "same again" },
        ],
      }),
    ).toThrow(/duplicate/);
  });

  it("rejects a duplicate across valid and invalid, markers and key order ignored", () => {
    expect(() =>
      prepareCases("hype", {
        valid: [{ lang: "en", text: "Hi Anna, this is revolutionary.", input: { channel: "inmail", account: "free" } }],
        invalid: [{ lang: "en", text, input: { account: "free", channel: "inmail" }, messageId: "hype" }],
      }),
    ).toThrow(/duplicate/);
  });

  it("accepts the same text with a different input", () => {
    const cases = prepareCases("hype", {
      valid: [],
      invalid: [
        { lang: "en", text, messageId: "hype" },
        { lang: "en", text, messageId: "hype", input: { channel: "connection-note" } },
      ],
    });
    expect(cases).toHaveLength(2);
    expect(cases[0].lintInput).toEqual({ message: "Hi Anna, this is revolutionary.", language: "en" });
    expect(cases[0].spans).toEqual([{ start: 17, end: 30 }]);
  });

  it("rejects malformed cases", () => {
    expect(() => prepareCases("hype", { valid: [], invalid: [{ lang: "en", text }] })).toThrow(/messageId/);
    expect(() => prepareCases("hype", { valid: [{ lang: "en", text }], invalid: [] })).toThrow(/marks no spans/);
    expect(() => prepareCases("hype", { valid: [{ lang: "en", text: "ok", status: "fail" }], invalid: [] })).toThrow(/pass or skip/);
    expect(() => prepareCases("hype", { valid: [], invalid: [{ lang: "en", text, messageId: "hype", status: "pass" }] })).toThrow(/warn or fail/);
  });

  it("leaves the language to detection when asked", () => {
    const [c] = prepareCases("hype", { valid: [{ lang: "de", text: "Hallo Anna, wie geht es Ihnen?", detect: true }], invalid: [] });
    expect(c.lintInput.language).toBeUndefined();
  });
});

describe("RuleTester.run", () => {
  const text = "Hi Anna, «act now».";

  it("throws before registering anything when a case is duplicated", () => {
    const tester = new RuleTester();
    expect(() =>
      tester.run(hypeRule, {
        valid: [
          { lang: "de", text: "Hallo Anna, kurze Frage." },
          { lang: "de", text: "Hallo Anna, kurze Frage." },
        ],
        invalid: [],
      }),
    ).toThrow(/duplicate/);
  });

  it("throws on a messageId the rule does not have", () => {
    expect(() => new RuleTester().run(hypeRule, { valid: [], invalid: [{ lang: "en", text, messageId: "shouting" }] })).toThrow(/unknown messageId/);
  });
});

describe("fixes", () => {
  it("applies a fix by offsets", () => {
    expect(applyFix("Hi {{first_name}},", { start: 3, end: 17, text: "Anna" })).toBe("Hi Anna,");
    expect(() => applyFix("short", { start: 2, end: 9, text: "" })).toThrow(/out of range/);
  });

  it("accepts a fix that removes the finding and rejects one that does not", () => {
    const input = { message: "Hi Anna, see you at the fair next week!!", language: "en" as const };
    const at = input.message.indexOf("!!");
    const spans = [{ start: at, end: at + 2 }];
    expect(() => assertFixResolves(input, { id: "hype", spans, fix: { start: at, end: at + 2, text: "." } })).not.toThrow();
    // "!!!" is still a finding of one span: the rule's own next fix would calm it, but that is no progress
    expect(() => assertFixResolves(input, { id: "hype", spans, fix: { start: at, end: at + 2, text: "!!!" } })).toThrow(/did not make/);
  });

  it("accepts partial fixes that make progress (one merge field of two per round)", () => {
    const message = "Hi {{first_name}}, how does {{company}} plan shifts today?";
    const input = { message, language: "en" as const, prospect: { name: "Anna Berg", company: "Kontor" } };
    const spans = [{ start: 3, end: 17 }, { start: 28, end: 39 }];
    expect(() => assertFixResolves(input, { id: "placeholder", spans, fix: { start: 3, end: 17, text: "Anna" } })).not.toThrow();
    // one field filled, one left that no fix can fill (XXX): progress is enough
    const partial = { ...input, message: "Hi {{first_name}}, we saved XXX hours a month. Interested?" };
    expect(() => assertFixResolves(partial, { id: "placeholder", spans: [{ start: 3, end: 17 }, { start: 28, end: 31 }], fix: { start: 3, end: 17, text: "Anna" } })).not.toThrow();
  });

  it("rejects a fix that changes nothing", () => {
    const input = { message: "Hi there, quick question about your returns process?", language: "en" as const, prospect: { name: "Anna Berg" } };
    expect(() => assertFixResolves(input, { id: "personal-address", spans: [{ start: 0, end: 8 }], fix: { start: 3, end: 8, text: "there" } })).toThrow(/changes nothing/);
  });
});
