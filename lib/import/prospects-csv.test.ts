import { describe, expect, it } from "vitest";
import { detectMapping, mappingSchema, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS, parseCsv, TooManyRowsError } from "./prospects-csv";

const refusal = (text: string) => {
  try {
    parseCsv(text);
    return null;
  } catch (e) {
    return e;
  }
};

describe("CSV import: limits", () => {
  it("takes a file of MAX_IMPORT_ROWS rows after its header and refuses one row more, blank lines not counted", () => {
    const rows = Array.from({ length: MAX_IMPORT_ROWS }, (_, i) => `Person ${i},Acme`);
    const csv = parseCsv(["Notes:", "", "Name,Company", ...rows, "", ",", ""].join("\n"));
    expect(csv.rows).toHaveLength(MAX_IMPORT_ROWS);
    expect(csv.rows.at(-1)!.cells).toEqual([`Person ${MAX_IMPORT_ROWS - 1}`, "Acme"]);
    expect(refusal(["Notes:", "", "Name,Company", ...rows, "One,More"].join("\n"))).toBeInstanceOf(TooManyRowsError);
  });

  it("refuses a file of millions of short lines", () => {
    const e = refusal("name\n" + "a\n".repeat(5_000_000));
    expect(e).toBeInstanceOf(TooManyRowsError);
    expect((e as TooManyRowsError).code).toBe("import_too_many_rows");
  });

  it("reads MAX_IMPORT_COLUMNS cells of a row and says when the header has more that are not blank", () => {
    const wide = parseCsv(["Name," + Array.from({ length: 1_000_000 }, (_, i) => `Extra ${i}`).join(","), "Anna," + "x,".repeat(1_000_000)].join("\n"));
    expect(wide.headers).toHaveLength(MAX_IMPORT_COLUMNS);
    expect(wide.headers.slice(0, 2)).toEqual(["Name", "Extra 0"]);
    expect(wide.moreColumns).toBe(true);
    expect(wide.rows[0].cells).toHaveLength(MAX_IMPORT_COLUMNS);
    expect(detectMapping(wide.headers).name).toBe(0);
    // blank cells past the limit (a spreadsheet's trailing commas) lose nothing
    const trailing = parseCsv(["Name,Company" + ",".repeat(2 * MAX_IMPORT_COLUMNS), "Anna,Acme"].join("\n"));
    expect(trailing.headers).toHaveLength(MAX_IMPORT_COLUMNS);
    expect(trailing.moreColumns).toBe(false);
    expect(parseCsv("Name,Company\nAnna,Acme\n").moreColumns).toBe(false);
  });

  it("maps only the columns it reads", () => {
    expect(mappingSchema.safeParse({ name: MAX_IMPORT_COLUMNS - 1 }).success).toBe(true);
    expect(mappingSchema.safeParse({ name: MAX_IMPORT_COLUMNS }).success).toBe(false);
  });
});
