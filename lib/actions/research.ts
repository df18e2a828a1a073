"use server";

import { revalidatePath } from "next/cache";
import { db } from "../db";
import { objectAndErase, eraseProspect, setRetention } from "../data/gdpr";
import {
  addNote,
  createLeadList,
  deleteNote,
  deleteTouchpoint,
  logTouchpoint,
  setListMembership,
  updateNote,
  updateProspect,
  type FieldErrors,
} from "../data/prospects";
import { requireActor, UnauthorizedError } from "../auth/actor";
import { forgetCachedReviews } from "../llm";
import { commitImport, mappingSchema, MAX_IMPORT_BYTES, planImport, TooManyRowsError, type ColumnMapping, type ImportPlan, type RowError } from "../import/prospects-csv";
import type { ProspectForm } from "../validations/compose";
import { isDatabaseBusy } from "../http/unavailable";

// Server actions are public POST endpoints: each resolves the actor and the data layer scopes
// every query to the actor's workspace.

type ActionResult<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

function failure(e: unknown): { ok: false; errors: FieldErrors } {
  if (e instanceof UnauthorizedError) return { ok: false, errors: { form: ["unauthorized"] } };
  if (e instanceof TooManyRowsError) return { ok: false, errors: { file: [e.code] } };
  // the database cannot take more work right now: nothing was stored, the person can try again
  if (isDatabaseBusy(e)) return { ok: false, errors: { form: ["busy"] } };
  console.error("action failed", e instanceof Error ? e.message : e);
  return { ok: false, errors: { form: ["unknown"] } };
}

async function run<T>(fn: () => Promise<ActionResult<T>>, path?: string): Promise<ActionResult<T>> {
  try {
    const r = await fn();
    if (r.ok && path) revalidatePath(path);
    return r;
  } catch (e) {
    return failure(e);
  }
}

const id = (v: unknown) => (typeof v === "string" && v.length <= 100 ? v : "");

export async function updateProspectAction(prospectId: string, form: ProspectForm) {
  return run(async () => updateProspect(db, await requireActor(), id(prospectId), form), `/prospects/${id(prospectId)}`);
}

export async function addNoteAction(form: { prospectId: string; kind: string; text: string; sourceUrl?: string; notedOn?: string }) {
  return run(async () => addNote(db, await requireActor(), form), `/prospects/${id(form?.prospectId)}`);
}

export async function updateNoteAction(noteId: string, form: { prospectId: string; kind: string; text: string; sourceUrl?: string; notedOn?: string }) {
  return run(async () => updateNote(db, await requireActor(), id(noteId), form), `/prospects/${id(form?.prospectId)}`);
}

export async function deleteNoteAction(noteId: string, prospectId: string) {
  return run(async () => ((await deleteNote(db, await requireActor(), id(noteId))) ? { ok: true as const, value: null } : { ok: false as const, errors: { id: ["not_found"] } }), `/prospects/${id(prospectId)}`);
}

export async function logTouchpointAction(form: { prospectId: string; kind: string; at?: string; note?: string }) {
  return run(async () => logTouchpoint(db, await requireActor(), form), `/prospects/${id(form?.prospectId)}`);
}

export async function deleteTouchpointAction(touchpointId: string, prospectId: string) {
  return run(async () => ((await deleteTouchpoint(db, await requireActor(), id(touchpointId))) ? { ok: true as const, value: null } : { ok: false as const, errors: { id: ["not_found"] } }), `/prospects/${id(prospectId)}`);
}

export async function createLeadListAction(name: string) {
  return run(async () => createLeadList(db, await requireActor(), name), "/prospects");
}

export async function setListMembershipAction(listId: string, prospectId: string, member: boolean) {
  return run(async () => ((await setListMembership(db, await requireActor(), id(listId), id(prospectId), member === true)) ? { ok: true as const, value: null } : { ok: false as const, errors: { id: ["not_found"] } }), `/prospects/${id(prospectId)}`);
}

export async function eraseProspectAction(prospectId: string, objection: boolean) {
  return run(async () => {
    const actor = await requireActor();
    const done = objection === true ? await objectAndErase(db, actor, id(prospectId)) : await eraseProspect(db, actor, id(prospectId));
    if (done) forgetCachedReviews();
    return done ? { ok: true as const, value: null } : { ok: false as const, errors: { id: ["not_found"] } };
  }, "/prospects");
}

export async function setRetentionAction(months: number | null) {
  return run(async () => setRetention(db, await requireActor(), months), "/prospects");
}

export interface ImportPreview {
  /** At most MAX_IMPORT_COLUMNS; moreColumns says the file has more. */
  headers: string[];
  moreColumns: boolean;
  mapping: ColumnMapping;
  counts: ImportPlan["counts"];
  rows: { line: number; action: string; name?: string; company?: string; profileUrl?: string | null; errors?: RowError[] }[];
  problems: { line: number; errors: RowError[] }[];
}

function checkText(text: unknown): string | null {
  return typeof text === "string" && text.length > 0 && text.length <= MAX_IMPORT_BYTES ? text : null;
}

/** Parses, maps and checks a CSV without writing anything. */
export async function previewImportAction(text: string, mapping: ColumnMapping | null, duplicates: "merge" | "skip"): Promise<ActionResult<ImportPreview>> {
  return run(async (): Promise<ActionResult<ImportPreview>> => {
    const csv = checkText(text);
    if (!csv) return { ok: false, errors: { file: ["import_file_invalid"] } };
    const m = mapping ? mappingSchema.safeParse(mapping) : null;
    if (m && !m.success) return { ok: false, errors: { mapping: ["unknown"] } };
    const plan = await planImport(db, await requireActor(), csv, m?.data, duplicates === "skip" ? "skip" : "merge");
    return {
      ok: true,
      value: {
        headers: plan.headers,
        moreColumns: plan.moreColumns,
        mapping: plan.mapping,
        counts: plan.counts,
        rows: plan.outcomes.slice(0, 20).map((o) => (o.action === "invalid" ? { line: o.line, action: o.action, errors: o.errors } : { line: o.line, action: o.action, name: o.row.name, company: o.row.company, profileUrl: o.row.profileUrl })),
        problems: plan.outcomes.filter((o) => o.action === "invalid").slice(0, 200).map((o) => ({ line: o.line, errors: o.action === "invalid" ? o.errors : [] })),
      },
    };
  });
}

/** Imports the rows that passed, all or nothing. */
export async function commitImportAction(text: string, mapping: ColumnMapping | null, duplicates: "merge" | "skip"): Promise<ActionResult<{ created: number; merged: number }>> {
  return run(async (): Promise<ActionResult<{ created: number; merged: number }>> => {
    const csv = checkText(text);
    if (!csv) return { ok: false, errors: { file: ["import_file_invalid"] } };
    const m = mapping ? mappingSchema.safeParse(mapping) : null;
    if (m && !m.success) return { ok: false, errors: { mapping: ["unknown"] } };
    const actor = await requireActor();
    const plan = await planImport(db, actor, csv, m?.data, duplicates === "skip" ? "skip" : "merge");
    return { ok: true, value: await commitImport(db, actor, plan) };
  }, "/prospects");
}
