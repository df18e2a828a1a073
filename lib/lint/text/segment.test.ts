import { describe, expect, it } from "vitest";
import { rng } from "../../bench/corpus";
import { sentenceIndexHolding, splitSentences, tokenize } from "./segment";

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

  it("does not end a sentence at a question quoted within it", () => {
    expect(texts("Adding a 'works with induction?' check cut returns. Want the audit?")).toEqual(["Adding a 'works with induction?' check cut returns.", "Want the audit?"]);
    expect(texts("Ein Feld „Passt das Kochfeld?“ senkte die Retouren. Interesse?")).toEqual(["Ein Feld „Passt das Kochfeld?“ senkte die Retouren.", "Interesse?"]);
    // a quoted question that ends the sentence still ends it
    expect(texts("She asked: 'Worth it?' We think so.")).toEqual(["She asked: 'Worth it?'", "We think so."]);
  });

  it("does not end a sentence after an abbreviation or a German ordinal", () => {
    expect(texts("Guten Tag Herr Dr. Brenner, wir treffen uns am 12. Mai in Wels. Passt das?")).toEqual(["Guten Tag Herr Dr. Brenner, wir treffen uns am 12. Mai in Wels.", "Passt das?"]);
    // "1,1 Mio. Euro", "3 Mrd. Umsatz": the unit's abbreviation ends no sentence
    expect(texts("Zwei Betriebe haben 1,1 Mio. Euro Zuschuss bekommen. Der Konzern setzt 3 Mrd. Euro um.")).toEqual(["Zwei Betriebe haben 1,1 Mio. Euro Zuschuss bekommen.", "Der Konzern setzt 3 Mrd. Euro um."]);
    expect(texts("Small teams, e.g. the two in Leeds, cut it. Interested?")).toEqual(["Small teams, e.g. the two in Leeds, cut it.", "Interested?"]);
  });

  it("ends a sentence before a lower-case word in a text written all in lower case, abbreviations aside", () => {
    expect(texts("hey sophie! your post stuck with me. that's all we shoot, e.g. the barn weddings. want a gallery?")).toEqual(["hey sophie!", "your post stuck with me.", "that's all we shoot, e.g. the barn weddings.", "want a gallery?"]);
    // a capitalised name on a line of its own (the signature) does not make it capitalised writing
    expect(texts("hey jamal – saw your post. we built an alert. want a screenshot?\n\nSam")).toEqual(["hey jamal – saw your post.", "we built an alert.", "want a screenshot?", "Sam"]);
    // a writer who opens sentences with capitals uses "e.g. the" and "z. B. die" within one
    expect(texts("Hi Sophie, your post stuck with me. that's all we shoot.")).toEqual(["Hi Sophie, your post stuck with me. that's all we shoot."]);
  });

  it("ends a sentence after a figure when the next word opens one", () => {
    expect(texts("Time to keys fell from 19 days to 6. If it's useful, I'll send the summary.")).toEqual(["Time to keys fell from 19 days to 6.", "If it's useful, I'll send the summary."]);
    expect(texts("Die Wartezeit sank von 19 auf 6. Das ging schnell.")).toEqual(["Die Wartezeit sank von 19 auf 6.", "Das ging schnell."]);
  });
});

describe("sentenceIndexHolding", () => {
  it("finds what a scan of the sentences finds, for any span, empty ones at a boundary included", () => {
    const random = rng(3);
    const texts = [
      "Hi Anna. Your post on churn rang true! We cut it by 30 % at Acme.\nWorth a call? Best, Ben",
      "Hallo Frau Dr. Weiß, z. B. am 12. Mai. Das passt.Ohne Leerzeichen. ",
      "one sentence without an end",
      "",
    ];
    for (const text of texts) {
      const sentences = splitSentences(text);
      for (let k = 0; k < 400; k++) {
        const start = Math.floor(random() * (text.length + 1));
        const end = Math.min(text.length, start + Math.floor(random() * 12) * (k % 3 === 0 ? 0 : 1));
        const span = { start, end };
        expect(sentenceIndexHolding(sentences, span), `${JSON.stringify(text)} ${start}-${end}`).toBe(sentences.findIndex((s) => s.start <= start && end <= s.end));
      }
      for (const s of sentences) for (const at of [s.start, s.end]) expect(sentenceIndexHolding(sentences, { start: at, end: at })).toBe(sentences.findIndex((x) => x.start <= at && at <= x.end));
    }
    // touching sentences: an empty span where one ends and the next begins belongs to the first
    const touching = [{ start: 0, end: 4 }, { start: 4, end: 9 }];
    expect(sentenceIndexHolding(touching, { start: 4, end: 4 })).toBe(0);
    expect(sentenceIndexHolding(touching, { start: 3, end: 5 })).toBe(-1);
  });
});
