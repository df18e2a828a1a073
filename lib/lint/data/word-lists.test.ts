import { describe, expect, it } from "vitest";
import { languageData } from ".";

// Every list entry is matched as whole words: the phrase index wraps it in (?<![\p{L}\p{N}])…(?![\p{L}\p{N}]).
// An entry that ends in a single \d can then never match a number of two digits ("fill about 70%":
// "7" is followed by "0"), and did so silently for years of figures.
describe("word lists", () => {
  it("have no regex entry that ends in a single digit", () => {
    const endsInOneDigit: string[] = [];
    for (const [lang, data] of Object.entries(languageData)) {
      for (const [name, list] of Object.entries(data)) {
        if (!Array.isArray(list)) continue;
        for (const entry of list) {
          if (entry instanceof RegExp && /\\d\)*$/.test(entry.source) && !/\\d[+*}]\)*$/.test(entry.source)) endsInOneDigit.push(`${lang}.${name}: ${entry.source}`);
        }
      }
    }
    expect(endsInOneDigit).toEqual([]);
  });
});
