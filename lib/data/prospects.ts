import type { PrismaClient } from "../db-client";
import { noteFormSchema, prospectFormSchema, type ProspectForm } from "../validations/compose";
import type { Actor } from "./workspace";

export interface ProspectSummary {
  id: string;
  name: string;
  role: string;
  company: string;
  profileUrl: string | null;
}

export interface ProspectDetail extends ProspectSummary {
  language: string | null;
  notes: { id: string; kind: string; text: string; sourceUrl: string | null; createdAt: string }[];
}

export type FieldErrors = Record<string, string[]>;
export type Result<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

function fieldErrors(issues: { path: PropertyKey[]; message: string }[]): FieldErrors {
  const out: FieldErrors = {};
  for (const i of issues) (out[String(i.path[0] ?? "form")] ??= []).push(i.message);
  return out;
}

export async function listProspects(db: PrismaClient, actor: Actor, query = ""): Promise<ProspectSummary[]> {
  const q = query.trim().slice(0, 100);
  return db.prospect.findMany({
    where: { workspaceId: actor.workspaceId, ...(q ? { OR: [{ name: { contains: q } }, { company: { contains: q } }] } : {}) },
    select: { id: true, name: true, role: true, company: true, profileUrl: true },
    orderBy: { updatedAt: "desc" },
    take: 200,
  });
}

export async function getProspect(db: PrismaClient, actor: Actor, id: string): Promise<ProspectDetail | null> {
  const p = await db.prospect.findFirst({
    where: { id, workspaceId: actor.workspaceId },
    include: { notes: { orderBy: { createdAt: "asc" } } },
  });
  if (!p) return null;
  return {
    id: p.id,
    name: p.name,
    role: p.role,
    company: p.company,
    profileUrl: p.profileUrl,
    language: p.language,
    notes: p.notes.map((n) => ({ id: n.id, kind: n.kind, text: n.text, sourceUrl: n.sourceUrl, createdAt: n.createdAt.toISOString() })),
  };
}

export async function createProspect(db: PrismaClient, actor: Actor, form: ProspectForm): Promise<Result<{ id: string }>> {
  const parsed = prospectFormSchema.safeParse(form);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error.issues) };
  const { notes, profileUrl, ...data } = parsed.data;
  if (profileUrl) {
    const existing = await db.prospect.findFirst({ where: { workspaceId: actor.workspaceId, profileUrl } });
    if (existing) return { ok: false, errors: { profileUrl: ["profile_url_taken"] } };
  }
  const noteLines = (notes ?? "").split(/\n+/).map((l) => l.trim()).filter(Boolean).slice(0, 50);
  const prospect = await db.prospect.create({
    data: {
      ...data,
      profileUrl: profileUrl ?? null,
      workspaceId: actor.workspaceId,
      notes: { create: noteLines.map((text) => ({ text })) },
    },
  });
  return { ok: true, value: { id: prospect.id } };
}

export async function addNote(db: PrismaClient, actor: Actor, form: unknown): Promise<Result<{ id: string }>> {
  const parsed = noteFormSchema.safeParse(form);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error.issues) };
  const prospect = await db.prospect.findFirst({ where: { id: parsed.data.prospectId, workspaceId: actor.workspaceId } });
  if (!prospect) return { ok: false, errors: { prospectId: ["not_found"] } };
  const note = await db.researchNote.create({
    data: { prospectId: prospect.id, kind: parsed.data.kind, text: parsed.data.text, sourceUrl: parsed.data.sourceUrl || null },
  });
  await db.prospect.update({ where: { id: prospect.id }, data: { updatedAt: new Date() } });
  return { ok: true, value: { id: note.id } };
}

export { fieldErrors };
