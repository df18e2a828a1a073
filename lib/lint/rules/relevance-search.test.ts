import { describe, expect, it } from "vitest";
import { rng } from "../../bench/corpus";
import { buildContext } from "../context";
import { parseLintInput } from "../parse-input";
import { TO_THE_READER } from "../text/evidence";
import { has } from "../text/patterns";
import { lowerBound } from "../text/sorted";
import { CLAUSE_END, inSelfTalk, matchStarts, SENTENCE_END, type SelfTalkCues } from "./relevance";

// Claims, self-talk, words for the reader, the company, references, clause and sentence ends, figures.
const PIECES = [
  "your post on", "your talk about", "Ihr Beitrag zu", "we are a", "I work with", "wir beraten", "ich bin", "Berater", "churn", "analytics", "Acme", "Acmeon",
  "you", "your", "Sie", "Ihnen", "dein", "read that", "habe gelesen", "was", "is", "rang", "9.000", "3.5", "'quoted'", "„zitiert“", ".", "!", "?", ":", ";", "–", "—",
  ",", "\n", " ", "  ", "Berlin2024", "x", "𝐚", "\u0301",
];

function randomText(random: () => number, pieces: number): string {
  let text = "";
  const length = Math.floor(random() * pieces);
  for (let i = 0; i < length; i++) text += PIECES[Math.floor(random() * PIECES.length)] + (random() < 0.7 ? " " : "");
  return text;
}

describe("lowerBound", () => {
  it("finds the first item at or after a place, as findIndex does", () => {
    const random = rng(31);
    for (let n = 0; n < 5_000; n++) {
      const items = Array.from({ length: Math.floor(random() * 12) }, () => Math.floor(random() * 40)).sort((a, b) => a - b);
      const at = Math.floor(random() * 45) - 2;
      const expected = items.findIndex((x) => x >= at);
      expect(lowerBound(items, at, (x) => x), JSON.stringify([items, at])).toBe(expected === -1 ? items.length : expected);
    }
  });
});

describe("clause and sentence ends", () => {
  it("are where a search from each place finds one", () => {
    const random = rng(32);
    for (let n = 0; n < 2_000; n++) {
      const text = randomText(random, 20);
      for (const re of [CLAUSE_END, SENTENCE_END]) {
        const ends = matchStarts(re, text);
        const one = new RegExp(re.source, re.flags.replace("g", ""));
        for (let i = 0; i <= text.length; i++) {
          const k = lowerBound(ends, i, (x) => x);
          expect(k < ends.length ? ends[k] - i : -1, JSON.stringify([text, i, re.source])).toBe(text.slice(i).search(one));
        }
      }
    }
  });
});

describe("inSelfTalk", () => {
  it("says what a test of the text between the self-description and each word says", () => {
    const random = rng(33);
    for (let n = 0; n < 2_000; n++) {
      const company = random() < 0.5 ? "Acme Logistics" : "Zu";
      const parsed = parseLintInput({ message: "Hi Anna, " + randomText(random, 30), prospect: { name: "Anna Müller", company, notes: ["churn"] } });
      if (!parsed.success) continue;
      const ctx = buildContext(parsed.data);
      const cues: SelfTalkCues = { sentences: new Map() };
      for (const w of ctx.words) {
        const got = inSelfTalk(ctx, w, cues);
        const s = ctx.bodySentences.find((b) => b.start <= w.start && w.end <= b.end);
        const cue = s ? cues.sentences.get(s.start)?.cue : undefined;
        let expected = false;
        if (cue !== undefined && cue !== -1 && cue <= w.start) {
          const between = ctx.text.slice(cue, w.start);
          const first = company.split(/\s+/)[0];
          expected = !TO_THE_READER.test(between) && !(first.length >= 3 && between.includes(first)) && !has(ctx.lex.references, ctx.text, cue, w.start);
        }
        expect(got, JSON.stringify([ctx.text, w.start])).toBe(expected);
      }
    }
  });
});
