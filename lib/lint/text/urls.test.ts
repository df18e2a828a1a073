import { describe, expect, it } from "vitest";
import { rng } from "../../bench/corpus";
import { htmlLinks, markdownLinks } from "./urls";

// The regexes the scanners replaced: they must find exactly the same links.
const MARKDOWN_LINK = /\[([^\]\n]{1,200})\]\(([^)\s]+)\)/g;
const HTML_LINK = /<a\s[^>]*href\s*=\s*["']?([^"'\s>]+)["']?[^>]*>([^<]{1,200})<\/a>/gi;

function byRegex(re: RegExp, text: string, labelGroup: number, hrefGroup: number) {
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length, label: m[labelGroup], href: m[hrefGroup] }));
}

function randomText(random: () => number, pieces: readonly string[], count: number): string {
  let text = "";
  for (let i = 0; i < count; i++) text += pieces[Math.floor(random() * pieces.length)];
  return text;
}

describe("link scanners", () => {
  it("markdownLinks finds what the markdown link regex finds", () => {
    const random = rng(11);
    const pieces = ["[", "]", "(", ")", "](", "[a](", "x", "ab", " ", "\n", "\u00a0", "https://a.de/x", "]]", "((", "y".repeat(120)];
    for (let k = 0; k < 3000; k++) {
      const text = randomText(random, pieces, 1 + Math.floor(random() * 40));
      expect(markdownLinks(text), JSON.stringify(text)).toEqual(byRegex(MARKDOWN_LINK, text, 1, 2));
    }
    expect(markdownLinks("See [the study](https://example.org/s) and [x](y z)")).toEqual([{ start: 4, end: 38, label: "the study", href: "https://example.org/s" }]);
  });

  it("htmlLinks finds what the HTML link regex finds, the last href of a tag included", () => {
    const random = rng(12);
    const pieces = ["<a ", "<A\t", "<a", "href", "HREF", "=", " = ", '"', "'", "x", "u.de", ">", "<", "</a>", "</A>", " ", "\n", "data-href=", "href=", "label", "z".repeat(120)];
    for (let k = 0; k < 5000; k++) {
      const text = randomText(random, pieces, 1 + Math.floor(random() * 40));
      expect(htmlLinks(text), JSON.stringify(text)).toEqual(byRegex(HTML_LINK, text, 2, 1));
    }
    expect(htmlLinks('Hi <a href="https://a.de" data-href="https://b.de">a.de</a>')).toEqual([{ start: 3, end: 59, label: "a.de", href: "https://b.de" }]);
  });
});
