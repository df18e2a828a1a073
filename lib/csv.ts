import Papa from "papaparse";

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

/** A record of a CSV file: its cells, and the line of the file it starts on. */
export interface CsvRecord {
  cells: string[];
  /**
   * 1-based, as a text editor or spreadsheet counts: every line break (\r\n, \n or \r) starts a
   * line, blank lines and the lines inside a quoted multi-line cell included.
   */
  line: number;
  /** Set when cells past maxCells that were not blank were dropped. */
  cut?: true;
}

/** How much of the text the delimiter is guessed from: far more than the ten rows Papa looks at. */
const GUESS_BYTES = 1_000_000;
const PARSE_CHUNK_BYTES = 1_000_000;

export interface CsvLimits {
  /** Stop after this many records: a caller that takes only so many need not read the rest of a large file. */
  maxRecords?: number;
  /** Keep this many cells of a record: a row of millions of cells would cost every caller that looks at them. */
  maxCells?: number;
}

/**
 * Reads CSV text into records with the line each starts on. A leading BOM is dropped; the delimiter
 * is guessed (comma, semicolon, tab, …) as Papa Parse guesses it with blank lines left out; records
 * whose cells are all blank (empty lines, lines of only commas) are left out, but their lines still
 * count.
 */
export function parseCsvRecords(text: string, { maxRecords = Infinity, maxCells = Infinity }: CsvLimits = {}): CsvRecord[] {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // a blank line would spoil the guess: it is guessed as it was when blank lines were skipped. Papa
  // guesses from the first ten rows but splits all of the text it is given first: it gets the
  // start of the text, cut at a line break
  const lastBreak = Math.max(input.lastIndexOf("\n", GUESS_BYTES), input.lastIndexOf("\r", GUESS_BYTES));
  const head = input.length <= GUESS_BYTES ? input : input.slice(0, lastBreak > 0 ? lastBreak : GUESS_BYTES);
  const delimiter = Papa.parse<string[]>(head, { delimiter: "", skipEmptyLines: "greedy", preview: 1 }).meta.delimiter;
  const records: CsvRecord[] = [];
  const breaks = /\r\n?|\n/g;
  let nextBreak = breaks.exec(input);
  let line = 1;
  let start = 0; // where the next record starts: Papa's cursor after the one before
  Papa.parse<string[]>(input, {
    delimiter,
    // in chunks, so that stopping after maxRecords leaves the rest of the text unread
    chunkSize: PARSE_CHUNK_BYTES,
    step: (result, parser) => {
      while (nextBreak && nextBreak.index < start) {
        line++;
        nextBreak = breaks.exec(input);
      }
      if (result.data.some((cell) => cell.trim())) {
        if (result.data.length <= maxCells) records.push({ cells: result.data, line });
        else if (result.data.slice(maxCells).some((cell) => cell.trim())) records.push({ cells: result.data.slice(0, maxCells), line, cut: true });
        else records.push({ cells: result.data.slice(0, maxCells), line });
      }
      start = result.meta.cursor;
      if (records.length >= maxRecords) parser.abort();
    },
  });
  return records;
}
