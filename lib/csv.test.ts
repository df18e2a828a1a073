import { describe, expect, it } from "vitest";
import { neutraliseCsvCell, toCsv } from "./csv";

describe("CSV export", () => {
  it("neutralises cells a spreadsheet would run as a formula", () => {
    for (const evil of ["=HYPERLINK(\"http://x\")", "+49 30 1234", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]) expect(neutraliseCsvCell(evil)).toBe(`'${evil}`);
    for (const fine of ["Anna Schmidt", "2026-W48", "", "a=b", " =1"]) expect(neutraliseCsvCell(fine)).toBe(fine);
  });

  it("quotes commas, quotes and line breaks, and keeps numbers as numbers", () => {
    expect(toCsv([["section", "value"], ["=cmd|' /C calc'!A0", -1], ['Weber, "Jo"', 0.5], ["two\nlines", null]])).toBe(
      "section,value\r\n'=cmd|' /C calc'!A0,-1\r\n\"Weber, \"\"Jo\"\"\",0.5\r\n\"two\nlines\",\r\n",
    );
  });
});
