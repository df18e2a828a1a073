import { describe, expect, it } from "vitest";
import { rng } from "../../bench/corpus";
import type { Span } from "../schema";
import { containsWord } from "../text/patterns";
import { capitalStretches, Coverage, OwnTerms, patternsIn, wordsStandingIn } from "./hype";

// Capitals, small letters, digits, joiners, marks, astral letters, a lone surrogate, NUL and words that come back.
const PIECES = ["A", "B", "Ä", "a", "b", "ä", "1", "Ⅻ", " ", "  ", "-", "\n", "\t", "\u00a0", ".", ",", "'", "\u0301", "𝐀", "𝐚", "\ud835", "\u0000", "İ", "ǅ", "AB", "Game", "changer", "GAME", "CHANGER", "Game changer", "Game-changer", "LOVE", "LOVELY", "FREE TRIAL"];

function randomText(random: () => number, pieces: number): string {
  let text = "";
  const length = Math.floor(random() * pieces);
  for (let i = 0; i < length; i++) text += PIECES[Math.floor(random() * PIECES.length)];
  return text;
}

/** Where runs of letters and digits begin, by containsWord's test of one code unit. */
function runStarts(text: string): number[] {
  const ln = (i: number) => i >= 0 && i < text.length && /[\p{L}\p{N}]/u.test(text[i]);
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) if (ln(i) && !ln(i - 1)) out.push(i);
  return out;
}

describe("wordsStandingIn", () => {
  it("says what containsWord says of words that begin with a letter or digit", () => {
    const random = rng(11);
    for (let n = 0; n < 3_000; n++) {
      const text = randomText(random, 30);
      const words = Array.from({ length: 1 + Math.floor(random() * 6) }, () => "G" + randomText(random, 4)).filter((w) => /^[\p{L}\p{N}]/u.test(w));
      expect(wordsStandingIn(text, runStarts(text), words), JSON.stringify([text, words])).toEqual(words.map((w) => containsWord(text, w)));
    }
  });
});

describe("patternsIn", () => {
  it("says what includes says", () => {
    const random = rng(12);
    for (let n = 0; n < 3_000; n++) {
      const text = randomText(random, 30);
      const patterns = Array.from({ length: Math.floor(random() * 12) }, () => randomText(random, 4));
      // and pieces of the text itself, which occur
      for (let k = 0; k < 3 && text.length > 0; k++) {
        const at = Math.floor(random() * text.length);
        patterns.push(text.slice(at, at + 1 + Math.floor(random() * 8)));
      }
      expect(patternsIn(text, patterns), JSON.stringify([text, patterns])).toEqual(patterns.map((p) => text.includes(p)));
    }
  });
});

describe("capitalStretches", () => {
  it("holds every run of capitals and joiners the text holds", () => {
    const random = rng(13);
    for (let n = 0; n < 3_000; n++) {
      const text = randomText(random, 30);
      const capitals = capitalStretches(text);
      const shout = randomText(random, 5).replace(/[^\p{Lu}\s-]/gu, "").replace(/^[\s-]+|[\s-]+$/g, "");
      if (!/^\p{Lu}{2}/u.test(shout)) continue;
      expect(capitals.includes(shout), JSON.stringify([text, shout])).toBe(text.includes(shout));
    }
  });
});

describe("OwnTerms", () => {
  it("finds the words and shouts that containsWord and includes find, asked once or again", () => {
    const random = rng(14);
    const slice = (text: string) => {
      const at = Math.floor(random() * text.length);
      return text.slice(at, at + 1 + Math.floor(random() * 12));
    };
    const shoutOf = (s: string) => s.replace(/[^\p{Lu}\s-]/gu, "").replace(/^[\s-]+|[\s-]+$/g, "");
    for (let n = 0; n < 1_000; n++) {
      const text = randomText(random, 40);
      const terms = new OwnTerms(text);
      for (let round = 0; round < 3; round++) {
        // (never empty: containsWord does not end on an empty word, and no match is one)
        const words = Array.from({ length: Math.floor(random() * 12) }, () => (random() < 0.5 ? randomText(random, 4) : slice(text))).filter(Boolean);
        const expected = new Set(words.filter((w) => containsWord(text, w)));
        expect(terms.wordsAmong(words), JSON.stringify([text, words])).toEqual(expected);
        // fewer and more than are looked for one by one
        const shouts = Array.from({ length: Math.floor(random() * 30) }, () => shoutOf(random() < 0.5 ? randomText(random, 4) : slice(text))).filter((s) => /^\p{Lu}{2}/u.test(s));
        expect(terms.shoutsAmong(shouts), JSON.stringify([text, shouts])).toEqual(new Set(shouts.filter((s) => text.includes(s))));
      }
    }
  });
});

describe("Coverage", () => {
  it("answers as spans.some(contains) for questions in order of start", () => {
    const random = rng(15);
    for (let n = 0; n < 3_000; n++) {
      const spans: Span[] = Array.from({ length: Math.floor(random() * 8) }, () => {
        const start = Math.floor(random() * 40);
        return { start, end: start + Math.floor(random() * 10) };
      });
      const covered = new Coverage(spans);
      let at = 0;
      for (let q = 0; q < 10; q++) {
        at += Math.floor(random() * 6);
        const m = { start: at, end: at + Math.floor(random() * 8) };
        const expected = spans.some((s) => s.start <= m.start && s.end >= m.end);
        expect(covered.covers(m), JSON.stringify([spans, m])).toBe(expected);
        if (!expected && random() < 0.5) {
          covered.add(m);
          spans.push(m);
        }
      }
    }
  });
});
