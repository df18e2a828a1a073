import { describe, expect, it } from "vitest";
import { rng } from "../../bench/corpus";
import { hasServiceList, SERVICE_LIST, serviceListReach } from "./service-list";

// Verbs in several cases and inside words, commas, the joining words, the marks a list cannot cross.
const PIECES = ["offer", "offers", "OFFERS", "reoffers", "offerings", "provides", "besteht aus", "Bestehen Aus", "umfasst", "deckt", "ſpans", "x", "pricing", "analytics", ",", ", ", " and ", " und ", " sowie ", "AND", ".", ";", ":", "9.5", " ", "\n", "ä"];

describe("hasServiceList", () => {
  it("says what SERVICE_LIST.test says", () => {
    const random = rng(41);
    for (let n = 0; n < 20_000; n++) {
      let text = "";
      const length = Math.floor(random() * 16);
      for (let i = 0; i < length; i++) text += PIECES[Math.floor(random() * PIECES.length)] + (random() < 0.5 ? " " : "");
      expect(hasServiceList(text), JSON.stringify(text)).toBe(SERVICE_LIST.test(text));
    }
  });
});

describe("serviceListReach", () => {
  it("reaches from a service verb to the next mark a list cannot cross, and only where there is a list", () => {
    const text = "Die Lösung umfasst Wartung, Störmeldungen und Reporting. Störungen kosten Zeit.";
    const [reach, ...more] = serviceListReach(text);
    expect(more).toEqual([]);
    expect(text.slice(reach.start, reach.end)).toBe("umfasst Wartung, Störmeldungen und Reporting");
    expect(serviceListReach("Die Lösung umfasst Wartung. Störungen kosten Zeit.")).toEqual([]);
  });
});
