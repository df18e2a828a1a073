import { describe, expect, it } from "vitest";
import { rng } from "../../bench/corpus";
import type { Span } from "../schema";
import { isQuoted, quotedSpans } from "../text/quotes";
import { splitSentences, tokenize } from "../text/segment";
import { ANTECEDENT, antecedentFinder, DEN_PLURAL, TO_IHNEN } from "./formality";

// Words that the antecedent regexes look for or stop at, lower-case "sie" and "ihnen" often, and punctuation.
const PIECES = [
  "sie", "ihnen", "sie", "ihnen", "Sie", "Ihnen", "Ihr", "Ihre", "wenn", "dass", "weil", "ob", "als", "da", "Fahrer", "Kunden", "Prüferinnen", "Leitungen",
  "Teams", "Haus-Meister", "Fluff-Lieferungen", "den", "Den", "die", "Die", "Ihren", "allen", "vielen", "zwei", "12", "werden", "sind", "laufen", "gescannt",
  "Er", "Man", "Wir", "Heute", "Dort", "Glascontainer", "Jugendlichen", "x", "𝐚", "\u0301", "'", "-", ":", ";", "–", ",", ".", "?", "!", "\n", " ", "  ", "\t",
  "„", "“", "\"", "»", "«", "Äpfel", "Überweisungen",
];

function randomText(random: () => number): string {
  let text = "";
  const length = Math.floor(random() * 30);
  for (let i = 0; i < length; i++) text += PIECES[Math.floor(random() * PIECES.length)] + (random() < 0.7 ? " " : "");
  return text;
}

describe("antecedentFinder", () => {
  it("says what a test of the text before each lower-case sie or ihnen says", () => {
    const random = rng(21);
    for (let n = 0; n < 5_000; n++) {
      const text = randomText(random);
      const sentences = splitSentences(text);
      const words = tokenize(text);
      const before = antecedentFinder(text, sentences, words);
      // asked in the order of the text, as the rule asks, and again out of order
      const asked = words.filter((w) => w.text === "sie" || w.text === "ihnen");
      for (const w of [...asked, ...asked.reverse()]) {
        const at = sentences.findIndex((s) => s.start <= w.start && w.end <= s.end);
        if (at === -1) continue;
        for (const from of [sentences[at].start, sentences[Math.max(0, at - 1)].start]) {
          for (const re of [ANTECEDENT, DEN_PLURAL, TO_IHNEN]) {
            expect(before(re, from, w), JSON.stringify([text, w.start, from, re.source.slice(0, 20)])).toBe(re.test(text.slice(from, w.start)));
          }
        }
      }
    }
  });
});

// isQuoted searches the quotations by binary search: it must say what a scan of all of them says
const inAnyQuotation = (quoted: readonly Span[], span: Span) => quoted.some((q) => q.start < span.start && span.end < q.end);

describe("isQuoted", () => {
  it("says what a scan of the quotations says", () => {
    const random = rng(22);
    for (let n = 0; n < 5_000; n++) {
      const text = randomText(random);
      const quoted = quotedSpans(text);
      for (const w of tokenize(text)) expect(isQuoted(quoted, w), JSON.stringify([text, w.start])).toBe(inAnyQuotation(quoted, w));
      for (let k = 0; k < 5; k++) {
        const start = Math.floor(random() * (text.length + 1));
        const span = { start, end: start + Math.floor(random() * 6) };
        expect(isQuoted(quoted, span), JSON.stringify([text, span])).toBe(inAnyQuotation(quoted, span));
      }
    }
  });
});
