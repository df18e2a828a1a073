/**
 * A problem of a row of a LinkedIn archive that was left out, and how the import page says why (no
 * Node imports: the browser renders these). A row with several problems has one of these for each.
 */
export interface ArchiveProblem {
  file: string;
  /** The line of the file the row starts on, as an editor shows it (lib/csv.ts). */
  line: number;
  /** A message id: import.rowErrors in messages/*.json. */
  error: string;
  /** The column as its header is written in the file, where one column is at fault. */
  column?: string;
  /** For a cell or name over its limit: the limit in characters (the sentence names the column). */
  limit?: number;
}

/** A translator from the messages' root, as next-intl's useTranslations() and createTranslator() give it. */
export interface Translate {
  (key: string, values?: Record<string, string | number>): string;
  has(key: string): boolean;
}

/**
 * The problem as a sentence: the file, the line, the column where it is known and the reason in
 * words, e.g. "messages.csv, line 7, column “DATE”: The date cannot be read.". A reason without a
 * message (a code added later) is shown as its code.
 */
export function archiveProblemText(t: Translate, p: ArchiveProblem): string {
  const key = `import.rowErrors.${p.error}`;
  const error = t.has(key) ? t(key, { column: p.column ?? "", limit: p.limit ?? 0 }) : p.error;
  // a limit's sentence names the column already
  if (p.column && p.limit === undefined) return t("archive.problemInColumn", { file: p.file, line: p.line, column: p.column, error });
  return t("archive.problem", { file: p.file, line: p.line, error });
}

/** How many problems the import page lists; the rest are counted. */
export const PROBLEMS_SHOWN = 100;

/**
 * What the import page says about the problems: how many rows were left out (a row can have
 * several problems), the first `shown` problems as sentences, and "… and 12 more problems" when the
 * list is cut (null when it is not). `totals` counts all problems and their rows where the list
 * given is itself the start of a longer one (the import lists at most MAX_LISTED_PROBLEMS).
 */
export function archiveProblemList(t: Translate, problems: ArchiveProblem[], shown = PROBLEMS_SHOWN, totals?: { problems: number; rows: number }): { rows: number; sentences: string[]; more: string | null } {
  const rows = totals?.rows ?? new Set(problems.map((p) => `${p.file}\u0000${p.line}`)).size;
  const sentences = problems.slice(0, shown).map((p) => archiveProblemText(t, p));
  const rest = (totals?.problems ?? problems.length) - sentences.length;
  return { rows, sentences, more: rest > 0 ? t("archive.moreProblems", { count: rest }) : null };
}
