import { describe, expect, it } from "vitest";
import { neutraliseCsvCell, parseCsvRecords, toCsv } from "./csv";

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

describe("CSV import: records and their lines", () => {
  it("numbers each record by the line it starts on, counting the preamble, blank lines and the lines of multi-line cells", () => {
    const text = [
      "\uFEFFNotes:",
      '"When exporting your connection data,',
      'some email addresses are missing."',
      "",
      "First Name,Last Name,Notes",
      'Anna,Schmidt,"met at',
      "DMEXCO",
      "",
      'in Cologne"',
      ",,",
      "",
      "Ben,Bauer,",
      "",
    ].join("\n");
    expect(parseCsvRecords(text)).toEqual([
      { cells: ["Notes:"], line: 1 },
      { cells: ["When exporting your connection data,\nsome email addresses are missing."], line: 2 },
      { cells: ["First Name", "Last Name", "Notes"], line: 5 },
      { cells: ["Anna", "Schmidt", "met at\nDMEXCO\n\nin Cologne"], line: 6 },
      { cells: ["Ben", "Bauer", ""], line: 12 },
    ]);
  });

  it("counts \\r\\n, \\n and a lone \\r each as one line break, and guesses a semicolon despite blank lines", () => {
    expect(parseCsvRecords('Name;Firma\r\n\r\nAnna;"Kontor\r\nGmbH"\r\n;\r\nBen;"A\nB\rC"\r\nCarl;D\r\n').map((r) => [r.cells[0], r.line])).toEqual([
      ["Name", 1],
      ["Anna", 3],
      ["Ben", 6],
      ["Carl", 9],
    ]);
  });
});
