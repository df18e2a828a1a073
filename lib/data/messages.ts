import { databaseKindOf, type PrismaClient } from "../db-client";
import type { Message, Prisma } from "../generated/sqlite/client";
import { lintParsed, lintInputSchema, MAX_DAYS_AGO, type Language, type LintInput, type LintResult, type ParsedLintInput } from "../lint";
import { messageDraftSchema, replySchema, type MessageDraft } from "../validations/compose";
import { recordReplyIn, recordSentIn } from "./dashboard-stats";
import { transactionGate } from "./transaction-gate";
import { takeRateLimit } from "../http/rate-limit";
import { fieldErrors, touch, type Result } from "./prospects";
import { seesTeam, type Actor } from "./workspace";

const DAY = 86_400_000;
/** How far back the sender's and team's sent messages feed mass-template. */
export const TEMPLATE_WINDOW_DAYS = 90;

export interface ThreadEntry {
  kind: "message" | "reply";
  id: string;
  /** For a sent message: its id, to log a reply against. */
  messageId: string;
  at: string;
  text: string | null;
  channel?: string;
  verdict?: string;
  score?: number;
  /** For a message a colleague sent: their name (the thread holds the whole team's messages to the prospect). */
  author?: string;
}

/** The context the checks need for a prospect: research, the thread as history, the team's other recent messages. */
export interface ComposeContext {
  prospect: LintInput["prospect"];
  history: NonNullable<LintInput["history"]>;
  earlierMessages: string[];
  touchpoints: NonNullable<LintInput["touchpoints"]>;
}

/**
 * The most research notes and thread entries the linter's input takes (lib/lint/schema.ts:
 * prospect.notes at most 200, history at most 500; the schema does not export them). Every context
 * keeps the newest within them, so a well-researched prospect or a long thread can still be
 * messaged instead of failing the linter's parse.
 */
export const MAX_CONTEXT_NOTES = 200;
export const MAX_CONTEXT_HISTORY = 500;

/**
 * The most thread entries loaded at once: what the linter's history takes. A sent message holds up
 * to 20,000 characters and every save, review and page view reads the thread.
 */
export const MAX_THREAD_ENTRIES = MAX_CONTEXT_HISTORY;

/** A prospect's thread, oldest first: its newest `limit` sent messages and replies. */
export async function getThread(db: PrismaClient, actor: Actor, prospectId: string, limit = MAX_THREAD_ENTRIES): Promise<ThreadEntry[]> {
  const [messages, replies] = await Promise.all([
    db.message.findMany({
      where: { workspaceId: actor.workspaceId, prospectId, status: "sent" },
      select: { id: true, body: true, sentAt: true, channel: true, verdict: true, score: true, authorId: true, author: { select: { name: true } } },
      // newest first, so that `take` cuts the old end; a missing sentAt counts as now (below)
      orderBy: [{ sentAt: { sort: "desc", nulls: "first" } }, { id: "desc" }],
      take: limit,
    }),
    db.reply.findMany({
      where: { prospectId, message: { workspaceId: actor.workspaceId } },
      select: { id: true, messageId: true, receivedAt: true, text: true },
      orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
      take: limit,
    }),
  ]);
  const entries: ThreadEntry[] = [
    ...messages.reverse().map((m) => ({
      kind: "message" as const,
      id: m.id,
      messageId: m.id,
      at: (m.sentAt ?? new Date()).toISOString(),
      text: m.body,
      channel: m.channel,
      verdict: m.verdict,
      score: m.score,
      ...(m.authorId === actor.memberId ? {} : { author: m.author.name }),
    })),
    ...replies.reverse().map((r) => ({ kind: "reply" as const, id: r.id, messageId: r.messageId, at: r.receivedAt.toISOString(), text: r.text })),
  ];
  // the newest `limit` of both together: each list holds all of its own among them
  return entries.sort((a, b) => a.at.localeCompare(b.at)).slice(-limit);
}

/** The thread as the prospect page shows it: the newest entries, and how many older ones are left out. */
export async function getThreadShown(db: PrismaClient, actor: Actor, prospectId: string, limit = MAX_THREAD_ENTRIES): Promise<{ entries: ThreadEntry[]; olderHidden: number }> {
  const entries = await getThread(db, actor, prospectId, limit);
  return { entries, olderHidden: await countOlderHidden(db, actor, prospectId, entries.length, limit) };
}

/** How many of a prospect's thread entries are older than the `shown` newest that getThread returned. */
async function countOlderHidden(db: PrismaClient, actor: Actor, prospectId: string, shown: number, limit: number): Promise<number> {
  // counted only when the limit was reached: a shorter thread is all there
  if (shown < limit) return 0;
  const [messages, replies] = await Promise.all([
    db.message.count({ where: { workspaceId: actor.workspaceId, prospectId, status: "sent" } }),
    db.reply.count({ where: { prospectId, message: { workspaceId: actor.workspaceId } } }),
  ]);
  return messages + replies - shown;
}

export interface ContextWithThread {
  context: ComposeContext;
  thread: ThreadEntry[];
  /** Thread entries older than the newest MAX_THREAD_ENTRIES shown (and given to the checks). */
  olderHidden: number;
}

export async function composeContext(db: PrismaClient, actor: Actor, prospectId: string | null | undefined, now = new Date()): Promise<ComposeContext> {
  return (await composeContextWithThread(db, actor, prospectId, now)).context;
}

/**
 * composeContext and the thread it was built from (empty without a prospect), for a page that shows
 * both, with how many older entries the thread leaves out.
 */
export async function composeContextWithThread(db: PrismaClient, actor: Actor, prospectId: string | null | undefined, now = new Date()): Promise<ContextWithThread> {
  const since = new Date(now.getTime() - TEMPLATE_WINDOW_DAYS * DAY);
  // messages to everyone else, those sent without a prospect too (NOT { prospectId } leaves out
  // NULL in SQL, as every comparison with NULL is unknown)
  const earlier = await db.message.findMany({
    where: { workspaceId: actor.workspaceId, status: "sent", sentAt: { gte: since }, ...(prospectId ? { OR: [{ prospectId: null }, { prospectId: { not: prospectId } }] } : {}) },
    select: { body: true },
    orderBy: { sentAt: "desc" },
    take: 500,
  });
  const earlierMessages = earlier.map((m) => m.body);
  const none = { context: { prospect: undefined, history: [], earlierMessages, touchpoints: [] }, thread: [], olderHidden: 0 };
  if (!prospectId) return none;
  const prospect = await db.prospect.findFirst({
    where: { id: prospectId, workspaceId: actor.workspaceId },
    include: {
      notes: { select: { text: true }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: MAX_CONTEXT_NOTES },
      touchpoints: { select: { kind: true, at: true }, orderBy: { at: "asc" }, take: 200 },
    },
  });
  if (!prospect) return none;
  const thread = await getThread(db, actor, prospectId);
  const olderHidden = await countOlderHidden(db, actor, prospectId, thread.length, MAX_THREAD_ENTRIES);
  const context: ComposeContext = {
    // the newest notes, oldest first as they were written
    prospect: { name: prospect.name, role: prospect.role, company: prospect.company, notes: prospect.notes.map((n) => n.text).reverse() },
    history: thread.slice(-MAX_CONTEXT_HISTORY).map((e) => ({
      direction: e.kind === "message" ? ("out" as const) : ("in" as const),
      text: e.text ?? "",
      daysAgo: daysBefore(now, new Date(e.at)),
    })),
    earlierMessages,
    touchpoints: prospect.touchpoints.map((t) => ({ kind: t.kind as NonNullable<LintInput["touchpoints"]>[number]["kind"], daysAgo: daysBefore(now, t.at) })),
  };
  return { context, thread, olderHidden };
}

/**
 * Whole days from `at` to `now`, within what the linter accepts (0 to 100,000): a date stored
 * before dates were checked (year 100) must not make every save for its prospect fail.
 */
function daysBefore(now: Date, at: Date): number {
  const days = Math.floor((now.getTime() - at.getTime()) / DAY);
  return Number.isFinite(days) ? Math.min(MAX_DAYS_AGO, Math.max(0, days)) : 0;
}

export interface SavedMessage {
  id: string;
  status: "draft" | "sent";
  verdict: string;
  score: number;
}

/**
 * The AI review of a lint input as POST /api/review runs it (lib/llm's lintWithLlm). The callers
 * pass it in: lib/llm is server-only, and scripts import this module too.
 */
export type AiReview = (input: ParsedLintInput, options: { workspaceId: string; messageLanguage?: Language }) => Promise<LintResult>;

/** The reviewed result; if the review itself throws, the heuristic one saying so: it never stops a save. */
async function reviewedResult(review: AiReview, input: ParsedLintInput, workspaceId: string, locale: Language | undefined): Promise<LintResult> {
  try {
    return await review(input, { workspaceId, messageLanguage: locale });
  } catch {
    return { ...lintParsed(input, { messageLanguage: locale }), llm: { status: "error", reason: "network" } };
  }
}

const saved = (m: Message): Result<SavedMessage> => ({ ok: true, value: { id: m.id, status: m.status as "draft" | "sent", verdict: m.verdict, score: m.score } });

/**
 * Saves a draft, or (send = true) records the message as sent with the lint result it has now.
 * The server lints again rather than trusting the browser's result. With `llm` set (the editor
 * shows the AI-reviewed result) and a `review` given, the stored result is the reviewed one, or
 * the heuristic one with llm.status "error" when the review fails now. An idempotency key makes a
 * double click or a retry store one record.
 */
export async function saveMessage(db: PrismaClient, actor: Actor, draft: MessageDraft, send: boolean, now = new Date(), review?: AiReview): Promise<Result<SavedMessage>> {
  const parsed = messageDraftSchema.safeParse(draft);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error.issues) };
  const d = parsed.data;
  let id = d.id;
  if (d.idempotencyKey) {
    const existing = await db.message.findUnique({ where: { idempotencyKey: d.idempotencyKey } });
    if (existing) {
      if (existing.workspaceId !== actor.workspaceId) return { ok: false, errors: { form: ["conflict"] } };
      // the editor keeps its key until a save works: a draft saved under it whose answer was lost is
      // that draft, to save again with what the editor holds now (edited since, perhaps) or to send;
      // not an answer that reports the old text as saved, or a draft as sent
      const continuesLostDraft = existing.status === "draft" && existing.authorId === actor.memberId && (!id || id === existing.id);
      if (!continuesLostDraft) return saved(existing);
      id = existing.id;
    }
  }
  // every save lints against up to 500 of the team's messages: under the lint limits, as the API's lint is
  // (a retried save under the same key answered above costs nothing)
  const limited = await takeRateLimit(db, "lint", { user: actor.memberId, workspace: actor.workspaceId });
  if (!limited.ok) return { ok: false, errors: { form: ["save_rate_limited"] } };
  if (d.prospectId) {
    const prospect = await db.prospect.findFirst({ where: { id: d.prospectId, workspaceId: actor.workspaceId }, select: { id: true } });
    if (!prospect) return { ok: false, errors: { prospectId: ["not_found"] } };
  }
  const ctx = await composeContext(db, actor, d.prospectId, now);
  const input = lintInputSchema.parse({
    message: d.body,
    subject: d.channel === "inmail" ? d.subject : undefined,
    channel: d.channel,
    language: d.language,
    account: d.account,
    prospect: ctx.prospect,
    history: ctx.history,
    earlierMessages: ctx.earlierMessages,
    touchpoints: ctx.touchpoints,
  });
  // the result the editor showed: the review's input is /api/review's, so its cache answers
  const result: LintResult = d.llm && review ? await reviewedResult(review, input, actor.workspaceId, d.locale) : lintParsed(input, { messageLanguage: d.locale });
  if (send && d.prospectId) await touch(db, d.prospectId, now);
  const data = {
    channel: d.channel,
    account: d.account ?? null,
    subject: d.channel === "inmail" ? (d.subject ?? null) : null,
    body: d.body,
    language: result.language,
    chosenLanguage: d.language ?? null,
    verdict: result.verdict,
    score: result.score,
    lintResult: JSON.stringify(result),
    prospectId: d.prospectId ?? null,
    status: send ? "sent" : "draft",
    sentAt: send ? now : null,
  };
  const kind = databaseKindOf(db);
  // the message and its statistics are stored together or not at all: an answer that never
  // arrives (a busy pool, a crash) leaves nothing half-written behind
  const store = (write: (tx: Prisma.TransactionClient) => Promise<Message>) =>
    transactionGate(db).run(() =>
      db.$transaction(async (tx) => {
        const row = await write(tx);
        if (send) await recordSentIn(tx, kind, { ...row, sentAt: now, lintResult: result });
        return row;
      }),
    );
  if (id) {
    const existing = await db.message.findFirst({ where: { id, workspaceId: actor.workspaceId, authorId: actor.memberId } });
    if (!existing) return { ok: false, errors: { id: ["not_found"] } };
    if (existing.status === "sent") return { ok: false, errors: { id: ["already_sent"] } };
    try {
      return saved(
        await store(async (tx) => {
          // only while it is a draft, decided in the write itself: two sends of one draft at once
          // (two tabs) would otherwise both pass the check above and count it twice, and a save
          // racing a send would turn the sent message back into a draft
          const changed = await tx.message.updateMany({ where: { id: existing.id, status: "draft" }, data: { ...data, idempotencyKey: d.idempotencyKey ?? existing.idempotencyKey } });
          if (changed.count === 0) throw new AlreadySent();
          return tx.message.findUniqueOrThrow({ where: { id: existing.id } });
        }),
      );
    } catch (e) {
      if (e instanceof AlreadySent) return { ok: false, errors: { id: ["already_sent"] } };
      throw e;
    }
  }
  try {
    return saved(await store((tx) => tx.message.create({ data: { ...data, workspaceId: actor.workspaceId, authorId: actor.memberId, idempotencyKey: d.idempotencyKey ?? null } })));
  } catch (e) {
    // two requests with the same key raced: the other one stored it
    if (d.idempotencyKey && (e as { code?: string }).code === "P2002") {
      const existing = await db.message.findUnique({ where: { idempotencyKey: d.idempotencyKey } });
      if (existing) return saved(existing);
    }
    throw e;
  }
}

export interface DraftSummary {
  id: string;
  prospectId: string | null;
  prospectName: string | null;
  channel: string;
  subject: string | null;
  body: string;
  account: string | null;
  language: string;
  /** The language chosen in the editor; null: Auto. */
  chosenLanguage: string | null;
  verdict: string;
  score: number;
  updatedAt: string;
}

type DraftRow = {
  id: string;
  prospectId: string | null;
  prospect: { name: string } | null;
  channel: string;
  subject: string | null;
  body: string;
  account: string | null;
  language: string;
  chosenLanguage: string | null;
  verdict: string;
  score: number;
  updatedAt: Date;
};

function toDraftSummary(m: DraftRow): DraftSummary {
  return {
    id: m.id,
    prospectId: m.prospectId,
    prospectName: m.prospect?.name ?? null,
    channel: m.channel,
    subject: m.subject,
    body: m.body,
    account: m.account,
    language: m.language,
    chosenLanguage: m.chosenLanguage,
    verdict: m.verdict,
    score: m.score,
    updatedAt: m.updatedAt.toISOString(),
  };
}

export async function listDrafts(db: PrismaClient, actor: Actor): Promise<DraftSummary[]> {
  const drafts = await db.message.findMany({
    where: { workspaceId: actor.workspaceId, authorId: actor.memberId, status: "draft" },
    include: { prospect: { select: { name: true } } },
    orderBy: { updatedAt: "desc" },
    take: 50,
  });
  return drafts.map(toDraftSummary);
}

/** The team's drafts with their authors: managers and admins only (null for members, who see their own). */
export async function listTeamDrafts(db: PrismaClient, actor: Actor): Promise<(DraftSummary & { authorName: string })[] | null> {
  if (!seesTeam(actor)) return null;
  const drafts = await db.message.findMany({
    where: { workspaceId: actor.workspaceId, status: "draft" },
    include: { prospect: { select: { name: true } }, author: { select: { name: true } } },
    orderBy: { updatedAt: "desc" },
    take: 100,
  });
  return drafts.map((m) => ({ ...toDraftSummary(m), authorName: m.author.name }));
}

export async function getDraft(db: PrismaClient, actor: Actor, id: string): Promise<DraftSummary | null> {
  // one of the actor's own drafts, looked up directly (not only among the 50 most recent)
  const m = await db.message.findFirst({
    where: { id, workspaceId: actor.workspaceId, authorId: actor.memberId, status: "draft" },
    include: { prospect: { select: { name: true } } },
  });
  return m ? toDraftSummary(m) : null;
}

export async function deleteDraft(db: PrismaClient, actor: Actor, id: string): Promise<boolean> {
  const r = await db.message.deleteMany({ where: { id, workspaceId: actor.workspaceId, authorId: actor.memberId, status: "draft" } });
  return r.count > 0;
}

/** Thrown inside a save's transaction to undo it: the draft was sent in the meantime. */
class AlreadySent extends Error {}

/**
 * When a reply logged for a day came in. The form gives a day, which arrives as its UTC midnight:
 * a reply logged for today came in by now (midnight would put it before a message sent this
 * morning, and the thread, the follow-up rule and the streak would read that message as
 * unanswered). Never before the message it answers; null when the day is plainly before it (a
 * day's slack for time zones).
 */
export function replyTime(day: Date, sentAt: Date | null, now = new Date()): Date | null {
  let at = day.getTime() + DAY > now.getTime() ? now : day;
  if (sentAt && at.getTime() <= sentAt.getTime()) {
    if (day.getTime() + 2 * DAY <= sentAt.getTime()) return null;
    at = new Date(sentAt.getTime() + 1);
  }
  return at;
}

export async function logReply(db: PrismaClient, actor: Actor, form: unknown): Promise<Result<{ id: string }>> {
  const parsed = replySchema.safeParse(form);
  if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error.issues) };
  const message = await db.message.findFirst({ where: { id: parsed.data.messageId, workspaceId: actor.workspaceId, status: "sent" } });
  if (!message || !message.prospectId) return { ok: false, errors: { messageId: ["not_found"] } };
  const receivedAt = replyTime(parsed.data.receivedAt, message.sentAt);
  if (!receivedAt) return { ok: false, errors: { receivedAt: ["reply_before_message"] } };
  // the reply and its statistics together: a reply stored without them, answered with an error,
  // would be logged twice when the person tries again
  const kind = databaseKindOf(db);
  const prospectId = message.prospectId;
  const reply = await db.$transaction(async (tx) => {
    const row = await tx.reply.create({ data: { messageId: message.id, prospectId, receivedAt, text: parsed.data.text?.trim() || null } });
    await recordReplyIn(tx, kind, message.id);
    return row;
  });
  await touch(db, prospectId, receivedAt);
  return { ok: true, value: { id: reply.id } };
}
