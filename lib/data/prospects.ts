import { createHash } from "node:crypto";
import { databaseKindOf, type PrismaClient } from "../db-client";
import {
  noteFormSchema,
  prospectFilterSchema,
  prospectFormSchema,
  touchpointSchema,
  type ProspectFilter,
  type ProspectForm,
} from "../validations/compose";
import type { Actor } from "./workspace";

export interface ProspectSummary {
  id: string;
  name: string;
  role: string;
  company: string;
  profileUrl: string | null;
  location?: string;
  tags?: string[];
  lastTouchAt?: string | null;
}

export interface NoteView {
  id: string;
  kind: string;
  text: string;
  sourceUrl: string | null;
  notedOn: string | null;
  createdAt: string;
}

export interface ProspectDetail extends ProspectSummary {
  location: string;
  language: string | null;
  formOfAddress: string | null;
  source: string;
  collectedAt: string;
  tags: string[];
  lists: { id: string; name: string }[];
  notes: NoteView[];
  touchpoints: { id: string; kind: string; at: string; note: string | null }[];
}

export type FieldErrors = Record<string, string[]>;
export type Result<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

export function fieldErrors(issues: { path: PropertyKey[]; message: string }[]): FieldErrors {
  const out: FieldErrors = {};
  for (const i of issues) (out[String(i.path[0] ?? "form")] ??= []).push(i.message);
  return out;
}

/** The suppression key of a profile: a hash, so an objection keeps no readable URL (GDPR Art. 21). */
export function profileHash(normalisedUrl: string): string {
  return createHash("sha256").update(normalisedUrl).digest("hex");
}

export async function isSuppressed(db: PrismaClient, actor: Actor, normalisedUrl: string): Promise<boolean> {
  return !!(await db.suppression.findUnique({ where: { workspaceId_urlHash: { workspaceId: actor.workspaceId, urlHash: profileHash(normalisedUrl) } } }));
}

/**
 * A case-insensitive literal substring filter on both databases: SQLite's LIKE ignores case by
 * itself (for every letter, "Ö" as "O": the connection's like() of lib/sqlite-like.ts), PostgreSQL
 * needs Prisma's insensitive mode (which the SQLite client does not accept). Prisma passes the term
 * to LIKE as it is; both databases take a backslash there as the escape (SQLite through that
 * like()), so \, % and _ are escaped and a search for "100%" finds only "100%".
 */
function contains(db: PrismaClient, q: string): { contains: string } {
  const literal = q.replace(/[\\%_]/g, "\\$&");
  return databaseKindOf(db) === "postgres" ? ({ contains: literal, mode: "insensitive" } as { contains: string }) : { contains: literal };
}

export const PAGE_SIZE = 50;
const DAY = 86_400_000;

export interface ProspectPage {
  items: ProspectSummary[];
  total: number;
  page: number;
  pages: number;
}

/** Search, filter, sort and page the workspace's prospects; every filter uses an index. */
export async function findProspects(db: PrismaClient, actor: Actor, filter: ProspectFilter, now = new Date()): Promise<ProspectPage> {
  const f = prospectFilterSchema.parse(filter);
  const where = {
    workspaceId: actor.workspaceId,
    ...(f.q ? { OR: [{ name: contains(db, f.q) }, { company: contains(db, f.q) }, { role: contains(db, f.q) }] } : {}),
    ...(f.company ? { company: f.company } : {}),
    ...(f.tag ? { tags: { some: { tag: f.tag } } } : {}),
    ...(f.list ? { lists: { some: { listId: f.list } } } : {}),
    ...(f.touched === "none" ? { lastTouchAt: null } : f.touched ? { lastTouchAt: { gte: new Date(now.getTime() - Number(f.touched) * DAY) } } : {}),
  };
  const orderBy =
    f.sort === "name" ? [{ name: "asc" as const }] : f.sort === "company" ? [{ company: "asc" as const }, { name: "asc" as const }] : f.sort === "last-touch" ? [{ lastTouchAt: { sort: "desc" as const, nulls: "last" as const } }, { name: "asc" as const }] : [{ updatedAt: "desc" as const }];
  const select = { id: true, name: true, role: true, company: true, profileUrl: true, location: true, lastTouchAt: true, tags: { select: { tag: true } } } as const;
  const skip = (f.page - 1) * PAGE_SIZE;
  const [total, rows] = await Promise.all([db.prospect.count({ where }), db.prospect.findMany({ where, orderBy, skip, take: PAGE_SIZE, select })]);
  return {
    total,
    page: f.page,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    items: rows.map((p) => ({ ...p, tags: p.tags.map((t) => t.tag), lastTouchAt: p.lastTouchAt?.toISOString() ?? null })),
  };
}

/** A short list for pickers: the most recently active prospects. */
export async function listProspects(db: PrismaClient, actor: Actor, query = ""): Promise<ProspectSummary[]> {
  return (await findProspects(db, actor, { q: query, sort: "recent" })).items;
}

/**
 * The compose page's picker: the most recently active prospects, plus the one a link or a draft
 * asks for when it is older than those (it would otherwise drop out, and a save would unlink it).
 */
export async function pickerProspects(db: PrismaClient, actor: Actor, includeId?: string | null): Promise<ProspectSummary[]> {
  const recent = await listProspects(db, actor);
  if (!includeId || recent.some((p) => p.id === includeId)) return recent;
  const p = await getProspect(db, actor, includeId);
  return p ? [{ id: p.id, name: p.name, role: p.role, company: p.company, profileUrl: p.profileUrl }, ...recent] : recent;
}

export async function getProspect(db: PrismaClient, actor: Actor, id: string): Promise<ProspectDetail | null> {
  const p = await db.prospect.findFirst({
    where: { id, workspaceId: actor.workspaceId },
    include: {
      notes: { orderBy: [{ notedOn: "desc" }, { createdAt: "desc" }] },
      tags: { orderBy: { tag: "asc" } },
      lists: { include: { list: { select: { id: true, name: true } } } },
      touchpoints: { orderBy: { at: "desc" }, take: 100 },
    },
  });
  if (!p) return null;
  return {
    id: p.id,
    name: p.name,
    role: p.role,
    company: p.company,
    profileUrl: p.profileUrl,
    location: p.location,
    language: p.language,
    formOfAddress: p.formOfAddress,
    source: p.source,
    collectedAt: p.collectedAt.toISOString(),
    lastTouchAt: p.lastTouchAt?.toISOString() ?? null,
    tags: p.tags.map((t) => t.tag),
    lists: p.lists.map((l) => l.list),
    notes: p.notes.map((n) => ({ id: n.id, kind: n.kind, text: n.text, sourceUrl: n.sourceUrl, notedOn: n.notedOn?.toISOString() ?? null, createdAt: n.createdAt.toISOString() })),
    touchpoints: p.touchpoints.map((t) => ({ id: t.id, kind: t.kind, at: t.at.toISOString(), note: t.note })),
  };
}

export async function createProspect(db: PrismaClient, actor: Actor, form: ProspectForm, source = "manual"): Promise<Result<{ id: string }>> {
  const parsed = prospectFormSchema.safeParse(form);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error.issues) };
  const { notes, profileUrl, tags, ...data } = parsed.data;
  if (profileUrl) {
    if (await isSuppressed(db, actor, profileUrl)) return { ok: false, errors: { profileUrl: ["profile_suppressed"] } };
    const existing = await db.prospect.findFirst({ where: { workspaceId: actor.workspaceId, profileUrl } });
    if (existing) return { ok: false, errors: { profileUrl: ["profile_url_taken"] } };
  }
  const noteLines = (notes ?? "").split(/\n+/).map((l) => l.trim()).filter(Boolean).slice(0, 50);
  const prospect = await db.prospect.create({
    data: {
      ...data,
      source,
      profileUrl: profileUrl ?? null,
      workspaceId: actor.workspaceId,
      notes: { create: noteLines.map((text) => ({ text })) },
      tags: { create: (tags ?? []).map((tag) => ({ tag })) },
    },
  });
  return { ok: true, value: { id: prospect.id } };
}

export async function updateProspect(db: PrismaClient, actor: Actor, id: string, form: ProspectForm): Promise<Result<{ id: string }>> {
  const parsed = prospectFormSchema.safeParse(form);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error.issues) };
  const existing = await db.prospect.findFirst({ where: { id, workspaceId: actor.workspaceId } });
  if (!existing) return { ok: false, errors: { id: ["not_found"] } };
  const { notes: _notes, profileUrl, tags, ...data } = parsed.data;
  void _notes;
  if (profileUrl && profileUrl !== existing.profileUrl) {
    if (await isSuppressed(db, actor, profileUrl)) return { ok: false, errors: { profileUrl: ["profile_suppressed"] } };
    const taken = await db.prospect.findFirst({ where: { workspaceId: actor.workspaceId, profileUrl, NOT: { id } } });
    if (taken) return { ok: false, errors: { profileUrl: ["profile_url_taken"] } };
  }
  await db.$transaction([
    db.prospect.update({
      where: { id },
      data: { ...data, language: data.language ?? null, formOfAddress: data.formOfAddress ?? null, profileUrl: profileUrl ?? null },
    }),
    ...(tags ? [db.prospectTag.deleteMany({ where: { prospectId: id } }), db.prospectTag.createMany({ data: tags.map((tag) => ({ prospectId: id, tag })) })] : []),
  ]);
  return { ok: true, value: { id } };
}

async function ownedProspect(db: PrismaClient, actor: Actor, id: string) {
  return db.prospect.findFirst({ where: { id, workspaceId: actor.workspaceId }, select: { id: true } });
}

export async function addNote(db: PrismaClient, actor: Actor, form: unknown): Promise<Result<{ id: string }>> {
  const parsed = noteFormSchema.safeParse(form);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error.issues) };
  const prospect = await ownedProspect(db, actor, parsed.data.prospectId);
  if (!prospect) return { ok: false, errors: { prospectId: ["not_found"] } };
  const note = await db.researchNote.create({
    data: { prospectId: prospect.id, kind: parsed.data.kind, text: parsed.data.text, sourceUrl: parsed.data.sourceUrl || null, notedOn: parsed.data.notedOn ?? null },
  });
  await db.prospect.update({ where: { id: prospect.id }, data: { updatedAt: new Date() } });
  return { ok: true, value: { id: note.id } };
}

export async function updateNote(db: PrismaClient, actor: Actor, noteId: string, form: unknown): Promise<Result<{ id: string }>> {
  const parsed = noteFormSchema.safeParse(form);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error.issues) };
  const note = await db.researchNote.findFirst({ where: { id: noteId, prospectId: parsed.data.prospectId, prospect: { workspaceId: actor.workspaceId } } });
  if (!note) return { ok: false, errors: { id: ["not_found"] } };
  await db.researchNote.update({
    where: { id: note.id },
    data: { kind: parsed.data.kind, text: parsed.data.text, sourceUrl: parsed.data.sourceUrl || null, notedOn: parsed.data.notedOn ?? null },
  });
  return { ok: true, value: { id: note.id } };
}

export async function deleteNote(db: PrismaClient, actor: Actor, noteId: string): Promise<boolean> {
  const r = await db.researchNote.deleteMany({ where: { id: noteId, prospect: { workspaceId: actor.workspaceId } } });
  return r.count > 0;
}

export async function logTouchpoint(db: PrismaClient, actor: Actor, form: unknown, now = new Date()): Promise<Result<{ id: string }>> {
  const parsed = touchpointSchema.safeParse(form);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error.issues) };
  const prospect = await ownedProspect(db, actor, parsed.data.prospectId);
  if (!prospect) return { ok: false, errors: { prospectId: ["not_found"] } };
  const at = parsed.data.at ?? now;
  const t = await db.touchpoint.create({ data: { workspaceId: actor.workspaceId, prospectId: prospect.id, kind: parsed.data.kind, at, note: parsed.data.note || null } });
  await touch(db, prospect.id, at);
  return { ok: true, value: { id: t.id } };
}

export async function deleteTouchpoint(db: PrismaClient, actor: Actor, id: string): Promise<boolean> {
  return (await db.touchpoint.deleteMany({ where: { id, workspaceId: actor.workspaceId } })).count > 0;
}

/** Moves a prospect's last activity forward (never back). */
export async function touch(db: PrismaClient, prospectId: string, at: Date): Promise<void> {
  await db.prospect.updateMany({ where: { id: prospectId, OR: [{ lastTouchAt: null }, { lastTouchAt: { lt: at } }] }, data: { lastTouchAt: at } });
}

export async function listLeadLists(db: PrismaClient, actor: Actor) {
  const lists = await db.leadList.findMany({ where: { workspaceId: actor.workspaceId }, orderBy: { name: "asc" }, include: { _count: { select: { members: true } } } });
  return lists.map((l) => ({ id: l.id, name: l.name, count: l._count.members }));
}

export async function createLeadList(db: PrismaClient, actor: Actor, name: unknown): Promise<Result<{ id: string }>> {
  const n = typeof name === "string" ? name.trim() : "";
  if (!n || n.length > 100) return { ok: false, errors: { name: ["list_name_invalid"] } };
  const existing = await db.leadList.findUnique({ where: { workspaceId_name: { workspaceId: actor.workspaceId, name: n } } });
  if (existing) return { ok: true, value: { id: existing.id } };
  const list = await db.leadList.create({ data: { workspaceId: actor.workspaceId, name: n } });
  return { ok: true, value: { id: list.id } };
}

export async function setListMembership(db: PrismaClient, actor: Actor, listId: string, prospectId: string, member: boolean): Promise<boolean> {
  const [list, prospect] = await Promise.all([
    db.leadList.findFirst({ where: { id: listId, workspaceId: actor.workspaceId } }),
    ownedProspect(db, actor, prospectId),
  ]);
  if (!list || !prospect) return false;
  if (member) await db.leadListMember.upsert({ where: { listId_prospectId: { listId, prospectId } }, create: { listId, prospectId }, update: {} });
  else await db.leadListMember.deleteMany({ where: { listId, prospectId } });
  return true;
}
