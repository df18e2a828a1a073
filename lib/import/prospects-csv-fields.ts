/** Import fields, shared by the server-side importer and the browser's mapping form (no Node imports here). */
export const IMPORT_FIELDS = ["name", "firstName", "lastName", "role", "company", "profileUrl", "location", "tags", "notes"] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export type ColumnMapping = Partial<Record<ImportField, number | null>>;

/**
 * The most columns a file's columns can be mapped from: cells past them are not read (a row of
 * millions of cells cost seconds), and the preview says when the header has more.
 */
export const MAX_IMPORT_COLUMNS = 500;

/**
 * Why a row is not imported: a message id (import.rowErrors in messages/*.json); for a cell over
 * its field's limit the field, the column's header in the file and the limit in characters; for a
 * name made of first and last name that is over the name's limit, the two columns ("First Name +
 * Last Name") and the limit.
 */
export type RowError =
  | { code: "name_required" | "profile_url_invalid" }
  | { code: "cell_too_long"; field: ImportField; column: string; limit: number }
  | { code: "name_too_long"; column: string; limit: number };
