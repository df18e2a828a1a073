import { describe, expect, it } from "vitest";
import { rng } from "../../bench/corpus";
import { findAll } from "../text/patterns";
import { capsRuns } from "./hype";

// The regex that capsRuns does the work of (see hype.ts).
const CAPS_RUN = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?:[\s\-]+\p{Lu}{2,})+(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])\p{Lu}{7,}(?![\p{L}\p{N}])/gu;

// Capitals, small letters, digits, joiners, marks, astral letters and words that shout or do not.
const PIECES = ["A", "B", "Ä", "a", "ä", "1", "Ⅻ", " ", "  ", "-", "\n", "\t", ".", "\u0301", "𝐀", "𝐚", "ǅ", "İ", "CRM", "ABSOLUTELY", "GAME CHANGER", "B2B", "AI-TOOL", "SaaS", "GUARANTEED 3X"];

describe("capsRuns", () => {
  it("finds what the shouting regex finds", () => {
    const random = rng(3);
    for (let n = 0; n < 20_000; n++) {
      let text = "";
      const length = Math.floor(random() * 10);
      for (let i = 0; i < length; i++) text += PIECES[Math.floor(random() * PIECES.length)];
      expect(capsRuns(text), JSON.stringify(text)).toEqual(findAll(CAPS_RUN, text));
    }
  });
});
