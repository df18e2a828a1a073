import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { HighlightedText, HighlightLegend } from "../components/compose/highlighted-text";
import { collectMarks } from "../lib/compose/marks";

// The highlight layer as the compose page renders it, without a browser: static markup.
const text = "Hi {{first_name}}, this is the best, most amazing tool. See bit.ly/3abcd";
const at = (part: string): [number, number] => [text.indexOf(part), text.indexOf(part) + part.length];
const marks = collectMarks(
  [
    { id: "placeholder", status: "fail", spans: [at("{{first_name}}")].map(([start, end]) => ({ start, end })) },
    { id: "hype", status: "warn", spans: [at("best, most amazing")].map(([start, end]) => ({ start, end })) },
    { id: "links", status: "fail", spans: [at("bit.ly/3abcd")].map(([start, end]) => ({ start, end })) },
  ],
  text.length,
);

function classesOf(html: string, status: "fail" | "warn"): string[] {
  const tag = html.match(new RegExp(`<(?:mark|span)[^>]*data-status="${status}"[^>]*>`))?.[0] ?? "";
  const own = tag.match(/class="([^"]*)"/)?.[1] ?? "";
  return own.split(/\s+/).filter(Boolean);
}

/** Everything a class list says apart from colour: take out the colours and what is left must still tell the two apart. */
const withoutColour = (classes: string[]) => classes.filter((c) => !/^(bg|text|decoration|outline)-(rose|amber|red|yellow|orange|emerald|slate|transparent)\b/.test(c)).sort();

describe("HighlightedText", () => {
  it("renders the message once, every finding a mark with its rule ids", () => {
    const html = renderToStaticMarkup(createElement(HighlightedText, { text, marks }));
    expect(html.replace(/<[^>]+>/g, "").replaceAll("&amp;", "&")).toBe(`${text}\u200b`);
    expect(html).toContain('data-rule-ids="placeholder"');
    expect(html).toContain('data-rule-ids="hype"');
    expect(html).toContain('data-rule-ids="links"');
  });

  it("tells failures from warnings by more than colour", () => {
    const html = renderToStaticMarkup(createElement(HighlightedText, { text, marks }));
    const fail = withoutColour(classesOf(html, "fail"));
    const warn = withoutColour(classesOf(html, "warn"));
    expect(fail).toContain("decoration-wavy");
    expect(warn).toContain("decoration-dashed");
    expect(fail).not.toEqual(warn);
  });

  it("is memoised: the same text and marks do not render again", () => {
    expect((HighlightedText as unknown as { $$typeof: symbol }).$$typeof).toBe(Symbol.for("react.memo"));
  });
});

describe("HighlightLegend", () => {
  it("explains each underline next to a sample drawn with the very same line as in the text", () => {
    const legend = renderToStaticMarkup(createElement(HighlightLegend, { fail: "Wavy underline: must be fixed", warn: "Dashed underline: worth revising" }));
    const inText = renderToStaticMarkup(createElement(HighlightedText, { text, marks }));
    expect(legend).toContain("Wavy underline: must be fixed");
    expect(legend).toContain("Dashed underline: worth revising");
    for (const status of ["fail", "warn"] as const) {
      const sample = legend.match(new RegExp(`data-status="${status}"[^>]*><span aria-hidden="true" class="([^"]*)"`))?.[1].split(" ") ?? [];
      const line = classesOf(inText, status).filter((c) => c.startsWith("decoration-") || c === "underline");
      expect(line.length).toBeGreaterThan(0);
      for (const c of line) expect(sample).toContain(c);
    }
  });
});
