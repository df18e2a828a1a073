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

  it("stops after maxRecords records, blank ones not counted", () => {
    expect(parseCsvRecords("Name\n\nAnna\n,\nBen\nCarl\n", { maxRecords: 2 })).toEqual([
      { cells: ["Name"], line: 1 },
      { cells: ["Anna"], line: 3 },
    ]);
  });

  it("keeps maxCells cells of a record and marks one that had more that were not blank", () => {
    expect(parseCsvRecords("a,b,c,d\ne,f,,\n,,,g\n", { maxCells: 2 })).toEqual([
      { cells: ["a", "b"], line: 1, cut: true },
      { cells: ["e", "f"], line: 2 },
      // not blank as a whole: kept, though its first cells are
      { cells: ["", ""], line: 3, cut: true },
    ]);
  });

  it("reads a text of several megabytes (parsed in chunks) as a whole: cells and lines across the chunks' edges, the delimiter guessed from its start", () => {
    const rows: string[] = ["Name;Notiz"];
    const expected: [string, string, number][] = [];
    let line = 2;
    let length = 0;
    for (let i = 0; length < 3_500_000; i++) {
      // every third note spans three lines, one with a lone \r
      const note = i % 3 === 0 ? `Zeile eins ${i}\r\nZeile zwei; mit Semikolon\rZeile drei ${"x".repeat(i % 200)}` : `kurz ${i}`;
      rows.push(`Person ${i};"${note}"`);
      length += rows[rows.length - 1].length + 2;
      expected.push([`Person ${i}`, note, line]);
      line += i % 3 === 0 ? 3 : 1;
    }
    const records = parseCsvRecords(rows.join("\r\n") + "\r\n");
    expect(records[0].cells).toEqual(["Name", "Notiz"]);
    expect(records.slice(1).map((r) => [r.cells[0], r.cells[1], r.line])).toEqual(expected);
    const some = parseCsvRecords(rows.join("\r\n"), { maxRecords: 1_001 });
    expect(some.map((r) => [r.cells[0], r.cells[1], r.line]).slice(1)).toEqual(expected.slice(0, 1_000));
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
