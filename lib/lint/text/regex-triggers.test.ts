import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../bench/corpus";
import { languageData } from "../data";
import { phraseSource, wholeWords } from "./patterns";
import { WordRegex } from "./phrase-index";
import { requiredClauses, requiredLiterals } from "./regex-triggers";

// The regexes of the word lists: RegExp entries and phrases with punctuation ("100%", "connect?").
const sources = [
  ...new Set(
    Object.values(languageData).flatMap((data) =>
      Object.values(data)
        .filter(Array.isArray)
        .flat()
        .map((p) => phraseSource(p as string | RegExp)),
    ),
  ),
];
const plain = new Map(sources.map((s) => [s, wholeWords(s)]));

const seeds = readFileSync(new URL("../../../eval/extra.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l).input);
const texts = [
  ...buildCorpus(seeds, 150, 11).map((i) => i.message),
  ...seeds.map((s) => s.message.toUpperCase()),
  "Would a quick call next week work? A short demo on Tuesday? Book a call. Ein kurzer Termin?",
  "Hi Anna — 14% → 5% in 3 weeks, +20 % more, 2,5-mal so schnell. Did you see my last message?",
  "Ihr letzter Beitrag zu Ausschuss; Ihre neue Präsentation über OEE. Gerne vernetzen? connect?",
  "aan call, a  call, xcall, call-center, Call!, CALL NEXT WEEK, an demo tomorrow",
];

/** What a global exec loop over the whole-word regex finds: the reference for every shortcut. */
function reference(re: RegExp, text: string): [number, number][] {
  const out: [number, number][] = [];
  re.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = re.exec(text)); ) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

describe("word-list regexes", () => {
  it("covers the lists' regexes", () => {
    expect(sources.length).toBeGreaterThan(30);
    expect(sources.filter((s) => requiredClauses(s)).length).toBeGreaterThan(30);
  });

  it("WordRegex finds exactly the matches of the plain whole-word regex", () => {
    const differences: string[] = [];
    for (const source of sources) {
      const fast = new WordRegex(source);
      for (const text of texts) {
        const expected = JSON.stringify(reference(plain.get(source)!, text));
        const spans: { start: number; end: number }[] = [];
        fast.run(text, spans);
        const found = JSON.stringify(spans.map((s) => [s.start, s.end]));
        if (found !== expected) differences.push(`${source} on ${JSON.stringify(text.slice(0, 60))}: ${found} instead of ${expected}`);
      }
    }
    expect(differences).toEqual([]);
  });

  it("a regex matches only where every required clause has a literal in the lower-cased text", () => {
    for (const source of sources) {
      const clauses = requiredClauses(source);
      if (!clauses) continue;
      for (const text of texts) {
        if (reference(plain.get(source)!, text).length === 0) continue;
        const lower = text.toLowerCase();
        for (const clause of clauses) if (!clause.some((l) => lower.includes(l))) expect.fail(`${source} matched without any of ${clause.join("|")}`);
      }
    }
  });

  it("reads the required clauses from the regex source", () => {
    expect(requiredClauses("(?:book|schedule) a (?:call|demo) next week")).toEqual([["next week"], ["book", "schedule"], ["call", "demo"]]);
    expect(requiredLiterals("(?:i )?hope (?:this|my) (?:message|note) finds you")).toEqual(["finds you"]);
    expect(requiredClauses("a|b\\d")).toBeNull();
  });
});
