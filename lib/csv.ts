/**
 * CSV for spreadsheets: RFC 4180 quoting, and cells that a spreadsheet would run as a formula
 * (starting with = + - @, or a tab or carriage return) prefixed with a single quote (OWASP CSV injection).
 */
export function neutraliseCsvCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows to CSV text; strings are neutralised, numbers written as they are (so -1 stays a number). */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return rows
    .map((row) => row.map((cell) => (cell === null || cell === undefined ? "" : typeof cell === "number" ? String(cell) : quote(neutraliseCsvCell(cell)))).join(","))
    .join("\r\n")
    .concat("\r\n");
}
