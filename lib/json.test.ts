import { describe, expect, it } from "vitest";
import { MAX_JSON_DEPTH, parseJson } from "./json";

describe("parseJson", () => {
  it("parses ordinary JSON, brackets and quotes inside strings included", () => {
    const value = { message: 'Hi [Anna] {x} "quoted" \\ [[[[', history: [{ direction: "in", text: "]]]}}}" }] };
    expect(parseJson(JSON.stringify(value))).toEqual({ ok: true, value });
    expect(parseJson('"just a string"')).toEqual({ ok: true, value: "just a string" });
  });

  it("refuses nesting deeper than the limit before parsing, however deep", () => {
    const atLimit = "[".repeat(MAX_JSON_DEPTH) + "]".repeat(MAX_JSON_DEPTH);
    expect(parseJson(atLimit).ok).toBe(true);
    for (const text of ["[".repeat(MAX_JSON_DEPTH + 1) + "]".repeat(MAX_JSON_DEPTH + 1), "[".repeat(1_000_000), '{"a":'.repeat(200_000)]) {
      const t0 = performance.now();
      const r = parseJson(text);
      expect(r).toMatchObject({ ok: false, message: `The JSON nests deeper than ${MAX_JSON_DEPTH} levels.`, path: [] });
      expect(performance.now() - t0).toBeLessThan(500);
    }
  });

  it("refuses __proto__ keys anywhere, escaped or not, and constructor.prototype, with their path", () => {
    expect(parseJson('{"__proto__":{"polluted":1}}')).toMatchObject({ ok: false, path: ["__proto__"] });
    expect(parseJson('{"a":[1,{"\\u005f_proto__":{}}]}')).toMatchObject({ ok: false, path: ["a", 1, "__proto__"] });
    expect(parseJson('{"constructor":{"prototype":{"polluted":1}}}')).toMatchObject({ ok: false, path: ["constructor", "prototype"] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // the words as values, or a constructor key without a prototype, are data
    expect(parseJson('{"message":"__proto__ constructor prototype","constructor":"x"}').ok).toBe(true);
  });

  it("reads past a leading byte-order mark, as every door must", () => {
    expect(parseJson('\uFEFF{"message":"Hi"}')).toEqual({ ok: true, value: { message: "Hi" } });
    // only at the start: inside the text it is a character like any other
    expect(parseJson('{"message":"\uFEFFHi"}')).toEqual({ ok: true, value: { message: "\uFEFFHi" } });
  });

  it("answers bad JSON with the parser's reason", () => {
    expect(parseJson("{not json")).toMatchObject({ ok: false, path: [] });
    expect((parseJson("") as { message: string }).message).toMatch(/^Not valid JSON: /);
  });
});
