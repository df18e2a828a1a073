import { randomUUID } from "node:crypto";
import Papa from "papaparse";
import { z } from "zod";
import type { PrismaClient } from "../db-client";
import type { Prisma } from "../generated/sqlite/client";
import { neutraliseCsvCell, parseCsvRecords, type CsvRecord } from "../csv";
import { normaliseProfileUrl } from "../validations/compose";
import { profileHash } from "../data/prospects";
import type { Actor } from "../data/workspace";

import { IMPORT_FIELDS, MAX_IMPORT_COLUMNS, type ColumnMapping, type ImportField, type RowError } from "./prospects-csv-fields";

export { IMPORT_FIELDS, MAX_IMPORT_COLUMNS, type ColumnMapping, type ImportField, type RowError };

// Header names seen in Sales Navigator exports, LinkedIn's Connections.csv and common CRM exports.
const HEADER_ALIASES: Record<ImportField, string[]> = {
  name: ["name", "full name", "fullname", "contact name", "contact", "lead name", "vollständiger name", "kontakt"],
  firstName: ["first name", "firstname", "given name", "vorname"],
  lastName: ["last name", "lastname", "surname", "family name", "nachname"],
  role: ["title", "job title", "position", "headline", "current title", "role", "rolle", "titel", "funktion"],
  company: ["company", "company name", "account", "account name", "organization", "organisation", "current company", "firma", "unternehmen"],
  profileUrl: ["linkedin url", "linkedin profile", "linkedin profile url", "profile url", "url", "person linkedin url", "linkedin", "profil-url", "linkedin-profil", "sales navigator url"],
  location: ["location", "geography", "city", "region", "country", "ort", "standort"],
  tags: ["tags", "tag", "labels", "schlagworte"],
  notes: ["notes", "note", "comments", "notizen", "notiz"],
};

export const MAX_IMPORT_BYTES = 20_000_000;
/** The most rows a file may have after its header; a longer one is refused, never cut. */
export const MAX_IMPORT_ROWS = 50_000;
/** How many rows at the start of a file the header is looked for in (LinkedIn's notes come first). */
const HEADER_SEARCH_ROWS = 10;

/** A file with more rows than MAX_IMPORT_ROWS: refused as a whole, so that no row is left out unseen. */
export class TooManyRowsError extends Error {
  readonly code = "import_too_many_rows";
  constructor() {
    super(`The file has more than ${MAX_IMPORT_ROWS.toLocaleString("en")} rows.`);
  }
}

export interface ParsedCsv {
  /** The header's cells, at most MAX_IMPORT_COLUMNS. */
  headers: string[];
  /** The header has cells that are not blank past MAX_IMPORT_COLUMNS: their columns cannot be imported. */
  moreColumns: boolean;
  /** The rows after the header, each with the line of the file it starts on (lib/csv.ts). */
  rows: CsvRecord[];
  /** 1-based line of the header in the file (LinkedIn exports start with notes). */
  headerLine: number;
}

function norm(h: string): string {
  return h.replace(/^\uFEFF/, "").trim().toLowerCase().replace(/[_]+/g, " ").replace(/\s+/g, " ");
}

/** Reads an import file: its header, and its rows up to MAX_IMPORT_ROWS (more: TooManyRowsError). */
export function parseCsv(text: string): ParsedCsv {
  // enough records for the header at its latest, MAX_IMPORT_ROWS rows and one more to tell a longer file
  const all = parseCsvRecords(text, { maxRecords: HEADER_SEARCH_ROWS + MAX_IMPORT_ROWS + 1, maxCells: MAX_IMPORT_COLUMNS });
  // the header is the first row in the first ten that names a known column
  let headerIndex = all.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => r.cells.some((c) => Object.values(HEADER_ALIASES).some((aliases) => aliases.includes(norm(c)))));
  if (headerIndex < 0) headerIndex = 0;
  const rows = all.slice(headerIndex + 1);
  if (rows.length > MAX_IMPORT_ROWS) throw new TooManyRowsError();
  const header = all[headerIndex];
  return { headers: (header?.cells ?? []).map((h) => h.replace(/^\uFEFF/, "").trim()), moreColumns: !!header?.cut, rows, headerLine: header?.line ?? 1 };
}

export function detectMapping(headers: string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const normalised = headers.map(norm);
  for (const field of IMPORT_FIELDS) {
    const i = normalised.findIndex((h) => HEADER_ALIASES[field].includes(h));
    mapping[field] = i >= 0 ? i : null;
  }
  return mapping;
}

export const mappingSchema = z.object(Object.fromEntries(IMPORT_FIELDS.map((f) => [f, z.number().int().min(0).max(MAX_IMPORT_COLUMNS - 1).nullable().optional()])) as Record<ImportField, z.ZodOptional<z.ZodNullable<z.ZodNumber>>>);

export interface ImportRow {
  line: number;
  name: string;
  role: string;
  company: string;
  profileUrl: string | null;
  location: string;
  tags: string[];
  notes: string[];
}

export type RowOutcome =
  | { line: number; action: "create"; row: ImportRow }
  | { line: number; action: "merge"; row: ImportRow; existingId?: string }
  | { line: number; action: "skip-duplicate"; row: ImportRow; existingId?: string }
  | { line: number; action: "suppressed"; row: ImportRow }
  | { line: number; action: "invalid"; errors: RowError[] };

/** The most characters a cell may hold: the prospect form's limits (lib/validations/compose.ts). */
export const CELL_LIMITS: Record<ImportField, number> = { name: 200, firstName: 100, lastName: 100, role: 300, company: 300, profileUrl: 500, location: 200, tags: 1_000, notes: 10_000 };

export interface ImportPlan {
  headers: string[];
  moreColumns: boolean;
  mapping: ColumnMapping;
  outcomes: RowOutcome[];
  counts: { create: number; merge: number; skip: number; suppressed: number; invalid: number };
}

function toRow(raw: string[], mapping: ColumnMapping, headers: string[], line: number): ImportRow | { errors: RowError[] } {
  const errors: RowError[] = [];
  // in NFC, as the prospect form stores them (lib/validations/compose.ts); a cell over its limit
  // makes the row an error instead of being cut
  const cell = (field: ImportField) => {
    const i = mapping[field];
    if (i === null || i === undefined) return "";
    const value = (raw[i] ?? "").trim().normalize("NFC");
    if (value.length > CELL_LIMITS[field]) errors.push({ code: "cell_too_long", field, column: headers[i] || `#${i + 1}`, limit: CELL_LIMITS[field] });
    return value;
  };
  const cells = Object.fromEntries(IMPORT_FIELDS.map((f) => [f, cell(f)])) as Record<ImportField, string>;
  const name = (cells.name || `${cells.firstName} ${cells.lastName}`.trim()).replace(/\s+/g, " ");
  if (!name) errors.unshift({ code: "name_required" });
  // first and last name within their limits can still make a name over the name's limit
  else if (!cells.name && name.length > CELL_LIMITS.name && !errors.some((e) => e.code === "cell_too_long" && (e.field === "firstName" || e.field === "lastName"))) {
    const column = (["firstName", "lastName"] as const).filter((f) => cells[f]).map((f) => headers[mapping[f]!] || `#${mapping[f]! + 1}`).join(" + ");
    errors.unshift({ code: "name_too_long", column, limit: CELL_LIMITS.name });
  }
  const profileUrl = cells.profileUrl ? normaliseProfileUrl(cells.profileUrl) : null;
  if (cells.profileUrl && !profileUrl && cells.profileUrl.length <= CELL_LIMITS.profileUrl) errors.push({ code: "profile_url_invalid" });
  if (errors.length) return { errors };
  // once each after lower-casing, as the prospect form's tag list: "SaaS, saas" is one tag (the
  // primary key of ProspectTag), not an error that aborts the whole import
  const tags = [...new Set(cells.tags.split(/[,;|]/).map((t) => t.trim().toLowerCase()).filter((t) => t && t.length <= 50))].slice(0, 30);
  return { line, name, role: cells.role, company: cells.company, profileUrl, location: cells.location, tags, notes: cells.notes ? [cells.notes] : [] };
}

/** What an import would do, row by row, without writing anything: the preview. */
export async function planImport(db: PrismaClient, actor: Actor, text: string, mappingIn?: ColumnMapping, duplicates: "merge" | "skip" = "merge"): Promise<ImportPlan> {
  const csv = parseCsv(text);
  const mapping = mappingIn ?? detectMapping(csv.headers);
  const outcomes: RowOutcome[] = [];
  const candidates: { line: number; row: ImportRow }[] = [];
  csv.rows.forEach(({ cells: raw, line }) => {
    const r = toRow(raw, mapping, csv.headers, line);
    if ("errors" in r) outcomes.push({ line, action: "invalid", errors: r.errors });
    else candidates.push({ line, row: r });
  });
  // existing prospects and suppressions for the URLs in the file, looked up in chunks
  const urls = [...new Set(candidates.map((c) => c.row.profileUrl).filter((u): u is string => !!u))];
  const existing = new Map<string, string>();
  const suppressed = new Set<string>();
  for (let i = 0; i < urls.length; i += 500) {
    const chunk = urls.slice(i, i + 500);
    for (const p of await db.prospect.findMany({ where: { workspaceId: actor.workspaceId, profileUrl: { in: chunk } }, select: { id: true, profileUrl: true } })) existing.set(p.profileUrl!, p.id);
    const hashes = chunk.map(profileHash);
    for (const s of await db.suppression.findMany({ where: { workspaceId: actor.workspaceId, urlHash: { in: hashes } }, select: { urlHash: true } })) suppressed.add(s.urlHash);
  }
  const seen = new Set<string>();
  for (const { line, row } of candidates) {
    if (row.profileUrl && suppressed.has(profileHash(row.profileUrl))) outcomes.push({ line, action: "suppressed", row });
    else if (row.profileUrl && (existing.has(row.profileUrl) || seen.has(row.profileUrl))) {
      const existingId = existing.get(row.profileUrl);
      outcomes.push(duplicates === "merge" ? { line, action: "merge", row, existingId } : { line, action: "skip-duplicate", row, existingId });
    } else {
      if (row.profileUrl) seen.add(row.profileUrl);
      outcomes.push({ line, action: "create", row });
    }
  }
  outcomes.sort((a, b) => a.line - b.line);
  const count = (a: RowOutcome["action"]) => outcomes.filter((o) => o.action === a).length;
  return {
    headers: csv.headers,
    moreColumns: csv.moreColumns,
    mapping,
    outcomes,
    counts: { create: count("create"), merge: count("merge"), skip: count("skip-duplicate"), suppressed: count("suppressed"), invalid: count("invalid") },
  };
}

/**
 * Imports the plan's rows in one transaction: all or nothing. Invalid rows are reported in the
 * plan and left out; suppressed profiles never come back; duplicates merge into the existing
 * prospect (empty fields filled, tags and notes added) or are skipped.
 */
export async function commitImport(db: PrismaClient, actor: Actor, plan: ImportPlan, now = new Date()): Promise<{ created: number; merged: number }> {
  const { created, merged } = await db.$transaction((tx) => writeImport(tx, actor, plan, now), { timeout: 120_000, maxWait: 10_000 });
  return { created, merged };
}

/** Writes a plan with a transaction's client (so a larger import can include it). */
export async function writeImport(tx: Prisma.TransactionClient, actor: Actor, plan: ImportPlan, now = new Date()): Promise<{ created: number; merged: number; ids: Map<string, string> }> {
  const creates = plan.outcomes.filter((o): o is Extract<RowOutcome, { action: "create" }> => o.action === "create");
  const merges = plan.outcomes.filter((o): o is Extract<RowOutcome, { action: "merge" }> => o.action === "merge");
  const ids = new Map<string, string>();
  {
    {
      const prospects = creates.map((c) => {
        const id = randomUUID();
        if (c.row.profileUrl) ids.set(c.row.profileUrl, id);
        return { id, workspaceId: actor.workspaceId, name: c.row.name, role: c.row.role, company: c.row.company, profileUrl: c.row.profileUrl, location: c.row.location, source: "csv-import", collectedAt: now };
      });
      for (let i = 0; i < prospects.length; i += 1000) await tx.prospect.createMany({ data: prospects.slice(i, i + 1000) });
      const tags = creates.flatMap((c, i) => c.row.tags.map((tag) => ({ prospectId: prospects[i].id, tag })));
      const notes = creates.flatMap((c, i) => c.row.notes.map((text) => ({ id: randomUUID(), prospectId: prospects[i].id, text, kind: "other" })));
      for (let i = 0; i < tags.length; i += 1000) await tx.prospectTag.createMany({ data: tags.slice(i, i + 1000) });
      for (let i = 0; i < notes.length; i += 1000) await tx.researchNote.createMany({ data: notes.slice(i, i + 1000) });
      // the note texts each prospect has, so that a merge adds only new ones: a re-import of the same
      // file, or a row repeated in it, does not add its notes again
      const noteTexts = new Map<string, Set<string>>(creates.map((c, i) => [prospects[i].id, new Set(c.row.notes)]));
      const noteTargets = [...new Set(merges.filter((m) => m.row.notes.length).map((m) => m.existingId).filter((x): x is string => !!x))];
      for (let i = 0; i < noteTargets.length; i += 500) {
        for (const n of await tx.researchNote.findMany({ where: { prospectId: { in: noteTargets.slice(i, i + 500) } }, select: { prospectId: true, text: true } })) {
          let texts = noteTexts.get(n.prospectId);
          if (!texts) noteTexts.set(n.prospectId, (texts = new Set()));
          texts.add(n.text);
        }
      }
      // merge targets are read in chunks; a row that adds nothing writes nothing (re-imports stay cheap)
      const targetIds = [...new Set(merges.map((m) => m.existingId).filter((x): x is string => !!x))];
      const current = new Map<string, { role: string; company: string; location: string; tags: Set<string> }>();
      // a profile listed twice in the file merges into the prospect its first row creates, which
      // already has that row's fields: the first non-empty value of each field wins, as for a
      // prospect that existed before
      const repeated = new Set(merges.filter((m) => !m.existingId && m.row.profileUrl).map((m) => m.row.profileUrl));
      creates.forEach((c, i) => {
        if (repeated.has(c.row.profileUrl)) current.set(prospects[i].id, { role: c.row.role, company: c.row.company, location: c.row.location, tags: new Set(c.row.tags) });
      });
      for (let i = 0; i < targetIds.length; i += 500) {
        for (const p of await tx.prospect.findMany({ where: { id: { in: targetIds.slice(i, i + 500) } }, select: { id: true, role: true, company: true, location: true, tags: { select: { tag: true } } } })) {
          current.set(p.id, { role: p.role, company: p.company, location: p.location, tags: new Set(p.tags.map((t) => t.tag)) });
        }
      }
      for (const m of merges) {
        const id = m.existingId ?? (m.row.profileUrl ? ids.get(m.row.profileUrl) : undefined);
        if (!id) continue;
        const cur = current.get(id) ?? { role: "", company: "", location: "", tags: new Set<string>() };
        const fill = { role: cur.role || m.row.role, company: cur.company || m.row.company, location: cur.location || m.row.location };
        if (fill.role !== cur.role || fill.company !== cur.company || fill.location !== cur.location) {
          await tx.prospect.update({ where: { id }, data: fill });
          current.set(id, { ...fill, tags: cur.tags });
        }
        for (const tag of m.row.tags) {
          if (cur.tags.has(tag)) continue;
          cur.tags.add(tag);
          await tx.prospectTag.upsert({ where: { prospectId_tag: { prospectId: id, tag } }, create: { prospectId: id, tag }, update: {} });
        }
        let texts = noteTexts.get(id);
        if (!texts) noteTexts.set(id, (texts = new Set()));
        const newNotes: string[] = [];
        for (const text of m.row.notes) {
          if (texts.has(text)) continue;
          texts.add(text);
          newNotes.push(text);
        }
        if (newNotes.length) await tx.researchNote.createMany({ data: newNotes.map((text) => ({ prospectId: id, text, kind: "other" })) });
      }
      for (const m of merges) if (m.existingId && m.row.profileUrl) ids.set(m.row.profileUrl, m.existingId);
      return { created: creates.length, merged: merges.length, ids };
    }
  }
}

/** A cell that a spreadsheet would run as a formula is prefixed with a quote (OWASP CSV injection). */
export { neutraliseCsvCell as neutraliseCell } from "../csv";

export async function exportProspectsCsv(db: PrismaClient, actor: Actor): Promise<string> {
  const rows = await db.prospect.findMany({
    where: { workspaceId: actor.workspaceId },
    orderBy: { name: "asc" },
    include: { tags: { select: { tag: true } } },
  });
  const header = ["Name", "Role", "Company", "LinkedIn URL", "Location", "Language", "Form of address", "Tags", "Source", "Collected on", "Last touch"];
  const data = rows.map((p) =>
    [p.name, p.role, p.company, p.profileUrl ?? "", p.location, p.language ?? "", p.formOfAddress ?? "", p.tags.map((t) => t.tag).join(", "), p.source, p.collectedAt.toISOString().slice(0, 10), p.lastTouchAt?.toISOString().slice(0, 10) ?? ""].map(neutraliseCsvCell),
  );
  return "\uFEFF" + Papa.unparse([header, ...data]);
}
