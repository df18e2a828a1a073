import { describe, expect, it } from "vitest";
import { rng } from "../../bench/corpus";
import { splitSentences, tokenize } from "./segment";

// The regex tokenize() replaced: the scanner must find exactly its words.
const WORD_PATTERN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:(?:['’\-]|[.,](?=\p{N}))[\p{L}\p{N}\p{M}]+)*/gu;

function byRegex(text: string) {
  return [...text.matchAll(WORD_PATTERN)].map((m) => [m.index, m.index + m[0].length, m[0]]);
}

function byScanner(text: string) {
  return tokenize(text).map((t) => [t.start, t.end, t.text]);
}

// Letters, digits, joiners, marks, white space, surrogate pairs (letters, digits and emoji) and lone surrogates.
const ALPHABET = ["a", "Z", "ä", "ß", "İ", "1", "٣", "Ⅻ", "-", "'", "’", ".", ",", " ", "\n", "\u0301", "\u0903", "𝐀", "𝟙", "😀", "\ud800", "\udc00", "!", "/"];

describe("tokenize", () => {
  it("finds the words of the regex it replaced", () => {
    for (const text of ["Hi Priya, your post on week-2 stalls: don't wait. 1,450 € / S/4HANA. e.g. 3.5x", "Grüß Gott, Herr Müller-Lüdenscheidt!", "", "a", "-a-", "a-", "1.", "1.2.3,4"]) {
      expect(byScanner(text)).toEqual(byRegex(text));
    }
  });

  it("agrees with the regex on random strings", () => {
    const random = rng(7);
    for (let n = 0; n < 5_000; n++) {
      let text = "";
      const length = Math.floor(random() * 24);
      for (let i = 0; i < length; i++) text += ALPHABET[Math.floor(random() * ALPHABET.length)];
      expect(byScanner(text), JSON.stringify(text)).toEqual(byRegex(text));
    }
  });
});

describe("splitSentences", () => {
  const texts = (text: string) => splitSentences(text).map((s) => s.text);

  it("ends a sentence at terminal punctuation and at every line break", () => {
    expect(texts("Hi Anna,\nyour post was great! Worth a look? Best")).toEqual(["Hi Anna,", "your post was great!", "Worth a look?", "Best"]);
  });

  it("does not end a sentence after an abbreviation or a German ordinal", () => {
    expect(texts("Guten Tag Herr Dr. Brenner, wir treffen uns am 12. Mai in Wels. Passt das?")).toEqual(["Guten Tag Herr Dr. Brenner, wir treffen uns am 12. Mai in Wels.", "Passt das?"]);
    expect(texts("Small teams, e.g. the two in Leeds, cut it. Interested?")).toEqual(["Small teams, e.g. the two in Leeds, cut it.", "Interested?"]);
  });

  it("ends a sentence after a figure when the next word opens one", () => {
    expect(texts("Time to keys fell from 19 days to 6. If it's useful, I'll send the summary.")).toEqual(["Time to keys fell from 19 days to 6.", "If it's useful, I'll send the summary."]);
    expect(texts("Die Wartezeit sank von 19 auf 6. Das ging schnell.")).toEqual(["Die Wartezeit sank von 19 auf 6.", "Das ging schnell."]);
  });
});
