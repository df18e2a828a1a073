import { describe, expect, it } from "vitest";
import { lexicon } from "../data";
import { analyzeThread } from "./thread";

const out = (text: string, daysAgo: number) => ({ direction: "out" as const, text, daysAgo });
const reply = (text: string, daysAgo: number) => ({ direction: "in" as const, text, daysAgo });

describe("analyzeThread: a no, and a no for now", () => {
  const de = lexicon("de");
  const en = lexicon("en");

  it("a plain no is a no", () => {
    expect(analyzeThread([out("Interesse?", 12), reply("Danke, aktuell kein Bedarf.", 10)], de).declined).toBe(true);
  });

  it("'get back to me in Q3' asks for the next message at any time", () => {
    expect(analyzeThread([out("Worth a look?", 12), reply("Not interested right now – get back to me in Q3.", 2)], en).declined).toBe(false);
  });

  it("'maybe after the season' is a no for now: once about a month has passed, the next message may come", () => {
    const thread = (daysAgo: number) => [out("Interesse an einer Analyse?", daysAgo + 2), reply("Danke, im Moment kein Thema – vielleicht nach der Wintersaison.", daysAgo)];
    expect(analyzeThread(thread(128), de).declined).toBe(false);
    expect(analyzeThread(thread(10), de).declined).toBe(true);
    const english = (daysAgo: number) => [out("Worth a look?", daysAgo + 2), reply("Not interested at the moment, maybe in the spring.", daysAgo)];
    expect(analyzeThread(english(60), en).declined).toBe(false);
    expect(analyzeThread(english(5), en).declined).toBe(true);
  });
});
