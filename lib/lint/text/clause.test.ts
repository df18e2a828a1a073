import { describe, expect, it } from "vitest";
import { clauseAround } from "./patterns";

// The clause scan by char codes must find what the regex it replaced finds.
const CLAUSE_BREAK = /[.!?;:\n–—]|,\s|\s-\s/g;

function reference(text: string, at: number) {
  let start = 0;
  let end = text.length;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = CLAUSE_BREAK.exec(text)); ) {
    if (m.index < at) start = m.index + m[0].length;
    else {
      end = m.index;
      break;
    }
  }
  return { start, end };
}

const texts = [
  "Hi Anna, your post on churn – the one from May – rang true. We halved it; want the list?",
  "Guten Tag Herr Brandl,\n\nkein Risiko - keine Garantie: nur Zahlen.\u00a0- Interesse?",
  "a,b , c,\td - e -f\u2003-\u2003g —h–i!?…",
  ",\n- \n-\n",
  "",
];

describe("clauseAround", () => {
  it("finds the clause the regex finds at every position", () => {
    // random texts made of the characters that matter
    const alphabet = ["a", " ", ",", "-", ".", "\n", "–", "—", "\u00a0", "\t", ";", ":", "!", "?", "b"];
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    for (let k = 0; k < 300; k++) texts.push(Array.from({ length: 1 + Math.floor(random() * 30) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(""));
    for (const text of texts) for (let at = 0; at <= text.length; at++) expect(clauseAround(text, at), JSON.stringify([text, at])).toEqual(reference(text, at));
  });
});
