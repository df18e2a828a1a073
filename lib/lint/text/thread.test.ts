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

describe("analyzeThread: a reply that only accepts the connection", () => {
  const de = lexicon("de");
  const en = lexicon("en");
  const thread = (answer: string) => [out("Would be glad to connect.", 5), reply(answer, 4)];

  it("thanks or acceptance alone, with a name, starts no conversation", () => {
    for (const answer of ["Thanks Kieran!", "Sure, happy to connect.", "Thanks, connected!"]) expect(analyzeThread(thread(answer), en).acknowledgedOnly, answer).toBe(true);
    for (const answer of ["Gern, danke für die Anfrage.", "Danke, gern!", "Gern.", "Hallo Frau Stahl, gern.", "Sehr gern, Frau Dr. Vössing."]) expect(analyzeThread(thread(answer), de).acknowledgedOnly, answer).toBe(true);
  });

  it("interest, a question, a request or a no is a reply", () => {
    for (const answer of ["Hi Yusuf, this looks interesting - happy to talk.", "Thanks – what does it cost?", "Sure, send it over."]) expect(analyzeThread(thread(answer), en).acknowledgedOnly, answer).toBe(false);
    for (const answer of ["Klingt interessant, stellen Sie es mir gern vor.", "Danke, aber wir haben kein Budget dafür."]) expect(analyzeThread(thread(answer), de).acknowledgedOnly, answer).toBe(false);
  });

  it("a yes to an offer accepts the offer, a yes to 'shall we connect?' the connection", () => {
    expect(analyzeThread([out("Hallo Herr Brandl, darf ich Ihnen das Beispiel schicken?", 4), reply("Ja, gern.", 2)], de).acknowledgedOnly).toBe(false);
    expect(analyzeThread([out("Hallo Frau Lang, Ihr Post zu den Glaspreisen hat mich angesprochen – vernetzen wir uns?", 5), reply("Gern.", 4)], de).acknowledgedOnly).toBe(true);
  });

  it("no reply is no acknowledgment", () => {
    expect(analyzeThread([out("Would be glad to connect.", 5)], en).acknowledgedOnly).toBe(false);
  });
});
