import { databaseKindOf, type PrismaClient } from "../db-client";
import { normaliseProfileUrl } from "../validations/compose";
import { forgetProspectMessages } from "./dashboard-stats";
import { profileHash, type Result } from "./prospects";
import { canChangePrivacySettings, seesTeam, type Actor } from "./workspace";

/** The messages an actor may read: all for a manager or admin, else sent ones and their own drafts. */
function ownOrSent(actor: Actor) {
  return seesTeam(actor) ? {} : { OR: [{ status: "sent" }, { authorId: actor.memberId }] };
}

/** Everything Ansprache holds about one prospect, as JSON (GDPR Art. 15). Null when not in the workspace. */
export async function exportProspectData(db: PrismaClient, actor: Actor, id: string) {
  const p = await db.prospect.findFirst({
    where: { id, workspaceId: actor.workspaceId },
    include: {
      notes: true,
      tags: true,
      lists: { include: { list: { select: { name: true } } } },
      touchpoints: true,
      // a member sees colleagues' sent messages but not their drafts (as in the compose page)
      messages: { where: ownOrSent(actor), include: { replies: true, author: { select: { name: true } } } },
    },
  });
  if (!p) return null;
  // a request under Art. 15 needs all of it: say what a manager's export would add
  const draftsLeftOut = seesTeam(actor) ? 0 : await db.message.count({ where: { prospectId: p.id, status: "draft", NOT: { authorId: actor.memberId } } });
  return {
    exportedAt: new Date().toISOString(),
    ...(draftsLeftOut > 0 ? { draftsLeftOut, draftsLeftOutReason: "Drafts of other team members are left out; a manager's or admin's export holds them." } : {}),
    prospect: {
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
      createdAt: p.createdAt.toISOString(),
    },
    tags: p.tags.map((t) => t.tag),
    leadLists: p.lists.map((l) => l.list.name),
    researchNotes: p.notes.map((n) => ({ kind: n.kind, text: n.text, sourceUrl: n.sourceUrl, notedOn: n.notedOn?.toISOString() ?? null, createdAt: n.createdAt.toISOString() })),
    touchpoints: p.touchpoints.map((t) => ({ kind: t.kind, at: t.at.toISOString(), note: t.note })),
    messages: p.messages.map((m) => ({
      status: m.status,
      channel: m.channel,
      subject: m.subject,
      body: m.body,
      author: m.author.name,
      verdict: m.verdict,
      score: m.score,
      lintResult: JSON.parse(m.lintResult) as unknown,
      sentAt: m.sentAt?.toISOString() ?? null,
      replies: m.replies.map((r) => ({ receivedAt: r.receivedAt.toISOString(), text: r.text })),
    })),
  };
}

/**
 * Erases a prospect and everything about them (GDPR Art. 17): notes, tags, list entries,
 * touchpoints, drafts and sent messages with their lint results, replies. The foreign keys
 * cascade; the transaction makes it all or nothing.
 */
export async function eraseProspect(db: PrismaClient, actor: Actor, id: string): Promise<boolean> {
  const kind = databaseKindOf(db);
  return db.$transaction(async (tx) => {
    const p = await tx.prospect.findFirst({ where: { id, workspaceId: actor.workspaceId }, select: { id: true } });
    if (!p) return false;
    // the prospect's row first, then the workspace's dashboard lock (PostgreSQL): a send to this
    // prospect holds the row (its message's foreign key) before it takes that lock, and the other
    // order deadlocked the two
    if (kind === "postgres") await tx.$queryRawUnsafe(`SELECT "id" FROM "Prospect" WHERE "id" = $1 FOR UPDATE`, p.id);
    await forgetProspectMessages(tx, kind, actor.workspaceId, p.id);
    await tx.reply.deleteMany({ where: { prospectId: p.id } });
    await tx.message.deleteMany({ where: { prospectId: p.id } });
    await tx.prospect.delete({ where: { id: p.id } });
    return true;
  });
}

/** An objection (GDPR Art. 21): the profile goes on the suppression list (as a hash) and the prospect is erased. */
export async function objectAndErase(db: PrismaClient, actor: Actor, id: string): Promise<boolean> {
  const p = await db.prospect.findFirst({ where: { id, workspaceId: actor.workspaceId }, select: { profileUrl: true } });
  if (!p) return false;
  if (p.profileUrl) await suppressProfile(db, actor, p.profileUrl);
  return eraseProspect(db, actor, id);
}

export async function suppressProfile(db: PrismaClient, actor: Actor, url: string): Promise<boolean> {
  const normalised = normaliseProfileUrl(url);
  if (!normalised) return false;
  const urlHash = profileHash(normalised);
  await db.suppression.upsert({ where: { workspaceId_urlHash: { workspaceId: actor.workspaceId, urlHash } }, create: { workspaceId: actor.workspaceId, urlHash }, update: {} });
  return true;
}

/** The workspace's retention in months (null: keep); admins only. */
export async function setRetention(db: PrismaClient, actor: Actor, months: number | null): Promise<Result<null>> {
  if (!canChangePrivacySettings(actor)) return { ok: false, errors: { retention: ["admin_only"] } };
  if (months !== null && (!Number.isInteger(months) || months < 1 || months > 120)) return { ok: false, errors: { retention: ["retention_invalid"] } };
  await db.workspace.update({ where: { id: actor.workspaceId }, data: { retentionMonths: months } });
  return { ok: true, value: null };
}

/**
 * Purges the prospects of a workspace without activity for `months` months (GDPR Art. 5(1)(e)):
 * no touchpoint, message or reply since then, and not edited since then.
 */
export async function purgeInactiveProspects(db: PrismaClient, workspaceId: string, months: number, now = new Date()): Promise<number> {
  const cutoff = new Date(now);
  cutoff.setMonth(cutoff.getMonth() - months);
  const stale = await db.prospect.findMany({
    where: { workspaceId, updatedAt: { lt: cutoff }, OR: [{ lastTouchAt: null }, { lastTouchAt: { lt: cutoff } }] },
    select: { id: true },
  });
  const actor = { workspaceId, memberId: "" };
  for (const p of stale) await eraseProspect(db, actor, p.id);
  return stale.length;
}
