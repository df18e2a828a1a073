import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/database";
import type { PrismaClient } from "../db-client";
import { lintInputSchema } from "../lint";
import { composeContext, composeContextWithThread, deleteDraft, getDraft, getThread, getThreadShown, listDrafts, logReply, MAX_CONTEXT_HISTORY, MAX_CONTEXT_NOTES, MAX_THREAD_ENTRIES, replyTime, saveMessage } from "./messages";
import { addNote, createProspect, getProspect, listProspects } from "./prospects";
import { currentActor, type Actor } from "./workspace";

let db: PrismaClient;
let cleanup: () => Promise<void>;
let actor: Actor;

beforeAll(async () => {
  ({ db, cleanup } = createTestDatabase());
  actor = await currentActor(db);
}, 60_000);
afterAll(async () => cleanup?.());

const bad = "Hallo {{firstName}}, schauen Sie hier: bit.ly/3xyz";

describe("prospects", () => {
  it("creates a prospect with notes, validates the profile URL and refuses duplicates", async () => {
    const created = await createProspect(db, actor, {
      name: "Anna Schmidt",
      role: "Head of Sales Operations",
      company: "Kontor GmbH",
      profileUrl: "linkedin.com/in/anna-schmidt/",
      notes: "Posted about CRM data quality\nSpeaker at DMEXCO",
    });
    expect(created.ok).toBe(true);
    const id = created.ok ? created.value.id : "";
    const detail = await getProspect(db, actor, id);
    expect(detail?.profileUrl).toBe("https://www.linkedin.com/in/anna-schmidt");
    expect(detail?.notes.map((n) => n.text)).toEqual(["Posted about CRM data quality", "Speaker at DMEXCO"]);

    const dup = await createProspect(db, actor, { name: "Anna S.", profileUrl: "https://www.linkedin.com/in/anna-schmidt" });
    expect(dup).toEqual({ ok: false, errors: { profileUrl: ["profile_url_taken"] } });
    const invalid = await createProspect(db, actor, { name: "", profileUrl: "https://evil.example/in/x" });
    expect(invalid.ok).toBe(false);
    if (!invalid.ok) expect(Object.keys(invalid.errors).sort()).toEqual(["name", "profileUrl"]);

    expect((await addNote(db, actor, { prospectId: id, kind: "post", text: "<script>alert(1)</script>" })).ok).toBe(true);
    expect((await listProspects(db, actor, "kontor")).map((p) => p.id)).toContain(id);
  });
});

describe("drafts, sent messages and replies", () => {
  it("saves a draft with the server's lint result, then marks it sent and feeds the thread", async () => {
    const p = await createProspect(db, actor, { name: "Lea Hoffmann", company: "Hoffmann Bäckereien", notes: "Post: neue Filiale in Regensburg" });
    const prospectId = p.ok ? p.value.id : "";
    const draft = await saveMessage(db, actor, { prospectId, channel: "message", body: bad }, false);
    expect(draft.ok && draft.value.status).toBe("draft");
    expect(draft.ok && draft.value.verdict).toBe("block");
    expect((await listDrafts(db, actor)).some((d) => d.id === (draft.ok ? draft.value.id : ""))).toBe(true);

    const good = "Hallo Frau Hoffmann,\n\nGlückwunsch zur neuen Filiale in Regensburg! Bei zwei Bäckereiketten haben lokale Kampagnen den Eröffnungsumsatz um 20 % gesteigert, obwohl neue Filialen anfangs oft mit wenig Laufkundschaft kämpfen.\n\nSoll ich Ihnen die Übersicht schicken?\n\nViele Grüße\nMax";
    const sent = await saveMessage(db, actor, { id: draft.ok ? draft.value.id : undefined, prospectId, channel: "message", body: good }, true);
    expect(sent.ok && sent.value.status).toBe("sent");
    expect(sent.ok && sent.value.verdict).toBe("send");
    const stored = await db.message.findUniqueOrThrow({ where: { id: sent.ok ? sent.value.id : "" } });
    expect(JSON.parse(stored.lintResult).checks).toHaveLength(14);
    expect(stored.sentAt).not.toBeNull();

    // a sent message cannot be edited as a draft any more
    const again = await saveMessage(db, actor, { id: stored.id, prospectId, channel: "message", body: good }, false);
    expect(again.ok).toBe(false);

    // the thread feeds follow-up: one unanswered message, so the next one warns
    let ctx = await composeContext(db, actor, prospectId);
    expect(ctx.history.map((h) => h.direction)).toEqual(["out"]);

    const reply = await logReply(db, actor, { messageId: stored.id, receivedAt: new Date().toISOString(), text: "Ja, gern!" });
    expect(reply.ok).toBe(true);
    ctx = await composeContext(db, actor, prospectId);
    expect(ctx.history.map((h) => h.direction)).toEqual(["out", "in"]);
    expect((await getThread(db, actor, prospectId)).map((e) => e.kind)).toEqual(["message", "reply"]);
    expect((await logReply(db, actor, { messageId: stored.id, receivedAt: "not a date" })).ok).toBe(false);
  });

  it("puts a reply logged for the day of its message after the message, and refuses one days before it", async () => {
    const p = await createProspect(db, actor, { name: "Jonas Weber", company: "Weber Logistik" });
    const prospectId = p.ok ? p.value.id : "";
    const sent = await saveMessage(db, actor, { prospectId, channel: "message", body: "Hallo Herr Weber, kurze Frage zu Ihrer neuen Halle in Kassel: Wie planen Sie die Schichten?" }, true);
    const messageId = sent.ok ? sent.value.id : "";
    const sentAt = (await db.message.findUniqueOrThrow({ where: { id: messageId } })).sentAt!;
    // the form sends the day only, as its UTC midnight: before the message sent later that day
    const today = new Date().toISOString().slice(0, 10);
    expect((await logReply(db, actor, { messageId, receivedAt: today, text: "Gern, rufen Sie an." })).ok).toBe(true);
    const reply = await db.reply.findFirstOrThrow({ where: { messageId } });
    expect(reply.receivedAt.getTime()).toBeGreaterThan(sentAt.getTime());
    expect((await getThread(db, actor, prospectId)).map((e) => e.kind)).toEqual(["message", "reply"]);
    expect((await composeContext(db, actor, prospectId)).history.map((h) => h.direction)).toEqual(["out", "in"]);

    const weekBefore = new Date(sentAt.getTime() - 7 * 86_400_000).toISOString().slice(0, 10);
    expect(await logReply(db, actor, { messageId, receivedAt: weekBefore })).toEqual({ ok: false, errors: { receivedAt: ["reply_before_message"] } });
    expect(await db.reply.count({ where: { messageId } })).toBe(1);
  });

  it("dates a reply: now for today, the day for an earlier day, never before its message", () => {
    const now = new Date("2026-11-27T15:00:00Z");
    expect(replyTime(new Date("2026-11-27"), new Date("2026-11-27T09:00:00Z"), now)).toEqual(now);
    // a day ahead in UTC is today east of Greenwich
    expect(replyTime(new Date("2026-11-28"), null, now)).toEqual(now);
    expect(replyTime(new Date("2026-11-20"), new Date("2026-11-19T09:00:00Z"), now)).toEqual(new Date("2026-11-20"));
    // a message sent in the evening of the 19th in California is the 20th in UTC: the 19th is that day there
    expect(replyTime(new Date("2026-11-19"), new Date("2026-11-20T02:00:00Z"), now)).toEqual(new Date("2026-11-20T02:00:00.001Z"));
    expect(replyTime(new Date("2026-11-17"), new Date("2026-11-20T02:00:00Z"), now)).toBeNull();
  });

  it("names the colleague who sent a message of the thread; the member's own are theirs", async () => {
    const p = await createProspect(db, actor, { name: "Nora Ahmadi", company: "Ahmadi Bau" });
    const prospectId = p.ok ? p.value.id : "";
    const colleague = await db.member.create({ data: { workspaceId: actor.workspaceId, name: "Rita Rep", email: `rita-${Date.now()}@x.test` } });
    await saveMessage(db, { workspaceId: actor.workspaceId, memberId: colleague.id }, { prospectId, channel: "message", body: "Hallo Frau Ahmadi, Ihr Post zur Baustellenlogistik hat mich angesprochen. Interesse?" }, true);
    await saveMessage(db, actor, { prospectId, channel: "follow-up", body: "Hallo Frau Ahmadi, eine Ergänzung: die Checkliste hat zwei Seiten. Soll ich sie schicken?" }, true);
    const thread = await getThread(db, actor, prospectId);
    expect(thread.map((e) => e.author)).toEqual(["Rita Rep", undefined]);
  });

  it("keeps a draft's language choice apart from the language detected: Auto reopens as Auto", async () => {
    const body = "Hallo Frau Brandt, Ihr Beitrag zu Retouren im Möbelhandel hat mich angesprochen. Darf ich Ihnen eine kurze Übersicht schicken?";
    const auto = await saveMessage(db, actor, { channel: "message", body }, false);
    const chosen = await saveMessage(db, actor, { channel: "message", body, language: "en" }, false);
    expect(await getDraft(db, actor, auto.ok ? auto.value.id : "")).toMatchObject({ language: "de", chosenLanguage: null });
    expect(await getDraft(db, actor, chosen.ok ? chosen.value.id : "")).toMatchObject({ language: "en", chosenLanguage: "en" });
  });

  it("stores one record for a double submit with the same idempotency key", async () => {
    const input = { channel: "connection-note" as const, body: "Hi Sam, your talk on churn was great. Connect?", idempotencyKey: "key-12345678" };
    const [a, b] = await Promise.all([saveMessage(db, actor, input, true), saveMessage(db, actor, input, true)]);
    expect(a.ok && b.ok && a.value.id === b.value.id).toBe(true);
    expect(await db.message.count({ where: { idempotencyKey: "key-12345678" } })).toBe(1);
  });

  it("sends a draft once when two tabs send it at the same time, and never turns a sent message back into a draft", async () => {
    const body = "Hi Ravi, your post on late carrier invoices stuck with me. Would a short checklist help?";
    const draft = await saveMessage(db, actor, { channel: "message", body }, false);
    if (!draft.ok) throw new Error("draft not saved");
    const statsBefore = await db.messageWeekStat.aggregate({ _sum: { sent: true }, where: { workspaceId: actor.workspaceId, channel: "*", language: "*" } });
    const results = await Promise.all(["tab-a-00000001", "tab-b-00000001"].map((idempotencyKey) => saveMessage(db, actor, { id: draft.value.id, channel: "message", body, idempotencyKey }, true)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, errors: { id: ["already_sent"] } }]);
    const statsAfter = await db.messageWeekStat.aggregate({ _sum: { sent: true }, where: { workspaceId: actor.workspaceId, channel: "*", language: "*" } });
    expect((statsAfter._sum.sent ?? 0) - (statsBefore._sum.sent ?? 0)).toBe(1);
    // a save that comes after the send (a third tab) is refused, the message stays sent
    expect(await saveMessage(db, actor, { id: draft.value.id, channel: "message", body: `${body} Edited.`, idempotencyKey: "tab-c-00000001" }, false)).toEqual({ ok: false, errors: { id: ["already_sent"] } });
    expect(await db.message.findUniqueOrThrow({ where: { id: draft.value.id } })).toMatchObject({ status: "sent", body });
  });

  it("sends the draft a lost save stored under the same key, instead of answering with the draft", async () => {
    // the compose page keeps its key until a save works: "Save draft" stored the draft but its answer
    // never arrived, so "Copy and mark as sent" comes with the same key and without the draft's id
    const input = { channel: "message" as const, body: "Hi Sam, your talk on churn was great. Worth a chat?", idempotencyKey: "lost-save-0001" };
    const draft = await saveMessage(db, actor, input, false);
    if (!draft.ok) throw new Error("draft not saved");
    const sent = await saveMessage(db, actor, input, true);
    expect(sent).toMatchObject({ ok: true, value: { id: draft.value.id, status: "sent" } });
    expect(await db.message.findUniqueOrThrow({ where: { id: draft.value.id } })).toMatchObject({ status: "sent", idempotencyKey: "lost-save-0001" });
    expect(await db.message.count({ where: { body: input.body } })).toBe(1);
    expect((await listDrafts(db, actor)).some((m) => m.id === draft.value.id)).toBe(false);
    // and a retry of the send is the same sent message again
    expect(await saveMessage(db, actor, input, true)).toMatchObject({ ok: true, value: { id: draft.value.id, status: "sent" } });
  });

  it("saves the edited text over the draft a lost save stored under the same key", async () => {
    // "Save draft" stored the draft but its answer never arrived; the seller edits and saves again
    const first = { channel: "message" as const, body: "Hi Sam, your talk on churn was great. Worth a chat?", idempotencyKey: "lost-save-0002" };
    const draft = await saveMessage(db, actor, first, false);
    if (!draft.ok) throw new Error("draft not saved");
    const edited = { ...first, body: "Hi Sam, your talk on churn stuck with me: two of our clients halved it. Worth a chat?" };
    expect(await saveMessage(db, actor, edited, false)).toMatchObject({ ok: true, value: { id: draft.value.id, status: "draft" } });
    expect((await db.message.findUniqueOrThrow({ where: { id: draft.value.id } })).body).toBe(edited.body);
    expect(await db.message.count({ where: { idempotencyKey: "lost-save-0002" } })).toBe(1);
  });

  it("feeds the team's recent sent messages to other prospects into mass-template", async () => {
    const template = "I noticed you lead marketing at your company. Many SaaS teams struggle to publish enough expert content; our writers turn 30 minutes of interviews into two articles a month, and clients double demo requests within six months. Worth a look?";
    const first = await createProspect(db, actor, { name: "Marco Rossi", company: "Cobalt" });
    const second = await createProspect(db, actor, { name: "Priya Nair", company: "Meshwork" });
    await saveMessage(db, actor, { prospectId: first.ok ? first.value.id : null, channel: "message", body: `Hi Marco,\n\n${template}` }, true);
    const result = await saveMessage(db, actor, { prospectId: second.ok ? second.value.id : null, channel: "message", body: `Hi Priya,\n\n${template}` }, true);
    const stored = await db.message.findUniqueOrThrow({ where: { id: result.ok ? result.value.id : "" } });
    const mass = JSON.parse(stored.lintResult).checks.find((c: { id: string }) => c.id === "mass-template");
    expect(mass.status).toBe("fail");
  });

  it("compares with the messages sent without a prospect too", async () => {
    const template = "I noticed you run a dental practice. Many practices lose hours to no-shows; our reminder texts cut no-shows by a third within a quarter at forty clinics. Worth a quick look?";
    await saveMessage(db, actor, { prospectId: null, channel: "message", body: `Hi Tom,\n\n${template}` }, true);
    const target = await createProspect(db, actor, { name: "Eva Lind", company: "Lind Zahnmedizin" });
    const prospectId = target.ok ? target.value.id : "";
    expect((await composeContext(db, actor, prospectId)).earlierMessages).toContain(`Hi Tom,\n\n${template}`);
    const result = await saveMessage(db, actor, { prospectId, channel: "message", body: `Hi Eva,\n\n${template}` }, true);
    const stored = await db.message.findUniqueOrThrow({ where: { id: result.ok ? result.value.id : "" } });
    expect(JSON.parse(stored.lintResult).checks.find((c: { id: string }) => c.id === "mass-template").status).toBe("fail");
    // the prospect's own thread is not someone else's copy
    expect((await composeContext(db, actor, prospectId)).earlierMessages).not.toContain(`Hi Eva,\n\n${template}`);
  });

  it("deletes only the actor's own drafts and rejects bad input without storing anything", async () => {
    const before = await db.message.count();
    expect((await saveMessage(db, actor, { channel: "message", body: "" }, false)).ok).toBe(false);
    expect((await saveMessage(db, actor, { channel: "message", body: "x".repeat(20_001) }, false)).ok).toBe(false);
    expect((await saveMessage(db, actor, { channel: "telegram" as never, body: "hi" }, false)).ok).toBe(false);
    expect(await db.message.count()).toBe(before);
    const d = await saveMessage(db, actor, { channel: "message", body: "Hi there" }, false);
    expect(await deleteDraft(db, actor, d.ok ? d.value.id : "")).toBe(true);
    expect(await deleteDraft(db, actor, "nope")).toBe(false);
  });
});

describe("a long-researched prospect with a long thread", () => {
  it("the caps are the linter's limits: at the cap its input parses, one more does not", () => {
    const parses = (notes: number, history: number) =>
      lintInputSchema.safeParse({ message: "Hi", prospect: { notes: Array(notes).fill("n") }, history: Array(history).fill({ direction: "out", text: "x" }) }).success;
    expect(parses(MAX_CONTEXT_NOTES, MAX_CONTEXT_HISTORY)).toBe(true);
    expect(parses(MAX_CONTEXT_NOTES + 1, 0)).toBe(false);
    expect(parses(0, MAX_CONTEXT_HISTORY + 1)).toBe(false);
  });

  it("feeds the newest notes and thread entries within the caps, so the prospect can still be messaged", async () => {
    const p = await createProspect(db, actor, { name: "Greta Lang", company: "Endlos GmbH" });
    const prospectId = p.ok ? p.value.id : "";
    const start = Date.now() - 400 * 86_400_000;
    const notes = MAX_CONTEXT_NOTES + 5;
    await db.researchNote.createMany({ data: Array.from({ length: notes }, (_, i) => ({ prospectId, text: `Note ${i}`, createdAt: new Date(start + i * 1000) })) });
    const messages = MAX_CONTEXT_HISTORY + 10;
    await db.message.createMany({
      data: Array.from({ length: messages }, (_, i) => ({
        id: `long-thread-${i}`,
        workspaceId: actor.workspaceId,
        authorId: actor.memberId,
        prospectId,
        status: "sent",
        channel: "follow-up",
        body: `Follow-up ${i}`,
        language: "en",
        verdict: "revise",
        score: 50,
        lintResult: "{}",
        sentAt: new Date(start + i * 3_600_000),
      })),
    });
    await db.reply.create({ data: { messageId: `long-thread-${messages - 2}`, prospectId, receivedAt: new Date(start + (messages - 2) * 3_600_000 + 60_000), text: "Not now" } });

    const ctx = await composeContext(db, actor, prospectId);
    expect(ctx.prospect?.notes).toHaveLength(MAX_CONTEXT_NOTES);
    expect(ctx.prospect?.notes?.[0]).toBe(`Note ${notes - MAX_CONTEXT_NOTES}`);
    expect(ctx.prospect?.notes?.at(-1)).toBe(`Note ${notes - 1}`);
    expect(ctx.history).toHaveLength(MAX_CONTEXT_HISTORY);
    expect(ctx.history.slice(-3).map((h) => [h.direction, h.text])).toEqual([
      ["out", `Follow-up ${messages - 2}`],
      ["in", "Not now"],
      ["out", `Follow-up ${messages - 1}`],
    ]);
    // what the compose page's safeParse and the server's parse read
    expect(lintInputSchema.safeParse({ message: "Hi Greta", ...ctx }).success).toBe(true);
    const draft = await saveMessage(db, actor, { prospectId, channel: "follow-up", body: "Hi Greta, one last note on onboarding churn. Worth a chat?" }, false);
    expect(draft.ok).toBe(true);
    const sent = await saveMessage(db, actor, { prospectId, channel: "follow-up", body: "Hi Greta, one last note on onboarding churn. Worth a chat?" }, true);
    expect(sent.ok && sent.value.status).toBe("sent");
  });
});

describe("a thread longer than is loaded", () => {
  it("loads only its newest entries, oldest first, and says how many older ones there are", async () => {
    expect(MAX_THREAD_ENTRIES).toBe(MAX_CONTEXT_HISTORY);
    const p = await createProspect(db, actor, { name: "Otto Lang", company: "Dauer AG" });
    const prospectId = p.ok ? p.value.id : "";
    const start = Date.now() - 100 * 86_400_000;
    const count = MAX_THREAD_ENTRIES + 20;
    // created newest first, so that neither insertion order nor ids give the thread's order
    const messages = Array.from({ length: count }, (_, i) => ({
      id: `otto-${String(count - i).padStart(4, "0")}`,
      workspaceId: actor.workspaceId,
      authorId: actor.memberId,
      prospectId,
      status: "sent",
      channel: "message",
      body: `Message ${count - 1 - i}`,
      language: "en",
      verdict: "revise",
      score: (count - 1 - i) % 101,
      lintResult: "{}",
      sentAt: new Date(start + (count - 1 - i) * 3_600_000),
    }));
    await db.message.createMany({ data: messages });
    await db.message.create({ data: { workspaceId: actor.workspaceId, authorId: actor.memberId, prospectId, status: "draft", channel: "message", body: "a draft", language: "en", verdict: "block", score: 0, lintResult: "{}" } });
    // a reply to every tenth message, half an hour after it
    const replied = messages.filter((m) => Number(m.body.split(" ")[1]) % 10 === 0);
    await db.reply.createMany({ data: replied.map((m) => ({ messageId: m.id, prospectId, receivedAt: new Date(m.sentAt.getTime() + 1_800_000), text: `Re: ${m.body}` })) });

    const all = [
      ...messages.map((m) => ({ at: m.sentAt.getTime(), kind: "message", text: m.body })),
      ...replied.map((m) => ({ at: m.sentAt.getTime() + 1_800_000, kind: "reply", text: `Re: ${m.body}` })),
    ].sort((a, b) => a.at - b.at);
    expect(all.length).toBeGreaterThan(MAX_THREAD_ENTRIES);

    const thread = await getThread(db, actor, prospectId);
    expect(thread.map((e) => [e.kind, e.text])).toEqual(all.slice(-MAX_THREAD_ENTRIES).map((e) => [e.kind, e.text]));
    const last = messages[0];
    expect(thread.at(-1)).toEqual({ kind: "message", id: last.id, messageId: last.id, at: last.sentAt.toISOString(), text: last.body, channel: "message", verdict: "revise", score: last.score });
    // a reply carries the message it answers, to log another reply against
    expect(thread.at(-10)).toMatchObject({ kind: "reply", messageId: messages.find((m) => m.body === "Message 510")!.id, text: "Re: Message 510" });

    // the prospect page: the same entries, and a count of the older ones
    expect(await getThreadShown(db, actor, prospectId)).toEqual({ entries: thread, olderHidden: all.length - MAX_THREAD_ENTRIES });
    // the compose page and its picker: one load for the checks' history and the thread panel
    const now = new Date();
    const both = await composeContextWithThread(db, actor, prospectId, now);
    expect(both.thread).toEqual(thread);
    expect(both.olderHidden).toBe(all.length - MAX_THREAD_ENTRIES);
    expect(both.context).toEqual(await composeContext(db, actor, prospectId, now));
    expect(both.context.history.map((h) => h.text)).toEqual(thread.map((e) => e.text));
  });

  it("keeps a short thread whole, a message before a reply at the same moment", async () => {
    const p = await createProspect(db, actor, { name: "Kurt Kurz" });
    const prospectId = p.ok ? p.value.id : "";
    const at = new Date(Date.now() - 86_400_000);
    const m = await db.message.create({ data: { workspaceId: actor.workspaceId, authorId: actor.memberId, prospectId, status: "sent", channel: "inmail", body: "Hello", language: "en", verdict: "send", score: 90, lintResult: "{}", sentAt: at } });
    await db.reply.create({ data: { messageId: m.id, prospectId, receivedAt: at, text: "Hi back" } });
    expect((await getThread(db, actor, prospectId)).map((e) => e.kind)).toEqual(["message", "reply"]);
    expect((await getThread(db, actor, prospectId, 1)).map((e) => e.kind)).toEqual(["reply"]);
    expect(await getThreadShown(db, actor, prospectId)).toEqual({ entries: await getThread(db, actor, prospectId), olderHidden: 0 });
    expect((await composeContextWithThread(db, actor, prospectId)).olderHidden).toBe(0);
    expect(await composeContextWithThread(db, actor, null)).toMatchObject({ thread: [], olderHidden: 0, context: { prospect: undefined, history: [] } });
  });
});

describe("dates stored before dates were checked", () => {
  it("a touchpoint and a reply from year 100 do not stop saves to their prospect", async () => {
    const created = await createProspect(db, actor, { name: "Old Dates", role: "CFO", company: "Antiquity AG" });
    if (!created.ok) throw new Error("prospect");
    const prospectId = created.value.id;
    const first = await saveMessage(db, actor, { channel: "message", prospectId, body: "Hi Old, your post on ledger history rang true. Worth a look?", idempotencyKey: "old-dates-first" }, true);
    if (!first.ok) throw new Error("first send");
    const ancient = new Date("0100-01-04T10:00:00Z");
    await db.touchpoint.create({ data: { workspaceId: actor.workspaceId, prospectId, kind: "commented", at: ancient } });
    await db.reply.create({ data: { messageId: first.value.id, prospectId, receivedAt: ancient } });
    const context = await composeContext(db, actor, prospectId);
    expect(lintInputSchema.safeParse({ message: "Hi", ...context }).success).toBe(true);
    expect(context.touchpoints?.[0]?.daysAgo).toBe(100_000);
    const next = await saveMessage(db, actor, { channel: "message", prospectId, body: "Hi Old, one more thought on ledger history. Worth a look?", idempotencyKey: "old-dates-second" }, true);
    expect(next.ok).toBe(true);
  });
});
