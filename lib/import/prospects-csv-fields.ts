/** Import fields, shared by the server-side importer and the browser's mapping form (no Node imports here). */
export const IMPORT_FIELDS = ["name", "firstName", "lastName", "role", "company", "profileUrl", "location", "tags", "notes"] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export type ColumnMapping = Partial<Record<ImportField, number | null>>;
