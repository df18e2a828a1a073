import { strToU8, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dashboardTables } from "../../test/dashboard-tables";
import { createTestDatabase } from "../../test/database";
import type { PrismaClient } from "../db-client";
import { rebuildDashboardStats } from "../data/dashboard-stats";
import { objectAndErase } from "../data/gdpr";
import { logReply, MAX_CONTEXT_HISTORY, saveMessage } from "../data/messages";
import type { Actor } from "../data/workspace";
import { buildArchiveFixture, OWNER } from "./archive-fixture";
import { MAX_IMPORT_ROWS } from "./prospects-csv";
import { ArchiveError, importArchive, MAX_ARCHIVE_MESSAGES, MAX_CONCURRENT_IMPORTS, MAX_LISTED_PROBLEMS, parseArchiveDate, plainText, readArchive, takeImportSlot } from "./linkedin-archive";

let db: PrismaClient;
let cleanup: () => Promise<void>;
let actor: Actor;

beforeAll(async () => {
  ({ db, cleanup } = createTestDatabase());
  const w = await db.workspace.create({ data: { name: "Archive", members: { create: { name: "Mara", email: "mara@x.test" } } }, include: { members: true } });
  actor = { workspaceId: w.id, memberId: w.members[0].id, role: "admin" };
}, 60_000);
afterAll(async () => cleanup?.());

describe("LinkedIn archive import", () => {
  it("reads the ZIP, recognises the member, keeps own texts and only the fact of replies, skips drafts, spam and group chats", async () => {
    const fx = buildArchiveFixture({ conversations: 12, olderBy: 2 });
    const files = await readArchive(fx.zip, "Basic_LinkedInDataExport_11-25-2026.zip");
    expect(Object.keys(files).sort()).toEqual(["connections", "invitations", "messages"]);
    const r = await importArchive(db, actor, files);
    expect(r.ownProfileUrl).toBe("https://www.linkedin.com/in/mara-lindqvist");
    expect(r.skipped.drafts).toBe(fx.expected.drafts);
    expect(r.skipped.group).toBe(2);
    expect(r.skipped.spam).toBe(1);
    expect(r.connectionNotes).toBe(1);
    expect(r.prospectsCreated).toBe(10 + 1); // connections, plus the invitee
    const sent = await db.message.findMany({ where: { workspaceId: actor.workspaceId }, orderBy: { sentAt: "asc" } });
    expect(sent.length).toBe(r.messagesImported + r.connectionNotes);
    expect(sent.every((m) => m.status === "sent" && JSON.parse(m.lintResult).checks.length === 14)).toBe(true);
    // HTML fragments are gone, quoted multi-line content kept
    expect(sent.find((m) => m.channel !== "connection-note")!.body).toContain("At a similar team we cut early churn");
    expect(sent.some((m) => m.body.includes("<b>"))).toBe(false);
    // the other side's texts are not kept by default, only the fact and date of the reply
    const replies = await db.reply.findMany({ where: { message: { workspaceId: actor.workspaceId } } });
    expect(replies.length).toBe(r.repliesImported);
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.every((x) => x.text === null)).toBe(true);
    // channels follow the thread: first message, follow-up while unanswered, invitation note
    const channels = new Set(sent.map((m) => m.channel));
    expect(channels).toContain("message");
    expect(channels).toContain("follow-up");
    expect(channels).toContain("connection-note");
    // the dashboard tables are filled at once
    expect(await db.messageCheck.count({ where: { workspaceId: actor.workspaceId } })).toBeGreaterThan(0);
  }, 60_000);

  it("a newer archive adds only what is new; an objection keeps a person out of later imports", async () => {
    const before = await db.message.count({ where: { workspaceId: actor.workspaceId } });
    const again = await importArchive(db, actor, await readArchive(buildArchiveFixture({ conversations: 12, olderBy: 2 }).zip, "a.zip"));
    expect(again.messagesImported + again.repliesImported + again.connectionNotes + again.prospectsCreated).toBe(0);
    expect(await db.message.count({ where: { workspaceId: actor.workspaceId } })).toBe(before);

    const newer = await importArchive(db, actor, await readArchive(buildArchiveFixture({ conversations: 12 }).zip, "b.zip"));
    expect(newer.prospectsCreated).toBe(2);
    expect(newer.messagesImported).toBeGreaterThan(0);
    expect(newer.alreadyImported).toBeGreaterThan(0);

    const p = await db.prospect.findFirstOrThrow({ where: { workspaceId: actor.workspaceId, profileUrl: "https://www.linkedin.com/in/person-3" } });
    await objectAndErase(db, actor, p.id);
    const third = await importArchive(db, actor, await readArchive(buildArchiveFixture({ conversations: 12 }).zip, "c.zip"));
    expect(third.skipped.suppressed).toBeGreaterThan(0);
    expect(await db.prospect.count({ where: { workspaceId: actor.workspaceId, profileUrl: "https://www.linkedin.com/in/person-3" } })).toBe(0);
  }, 60_000);

  it("keepReplyTexts for one import: an admin's is stored with the import (not when it fails), a member may not change it", async () => {
    const w = await db.workspace.create({ data: { name: "Keep", members: { create: [{ name: "Ada", email: "ada@keep.test", role: "admin" }, { name: "Max", email: "max@keep.test", role: "member" }] } }, include: { members: true } });
    const admin: Actor = { workspaceId: w.id, memberId: w.members.find((m) => m.role === "admin")!.id, role: "admin" };
    const member: Actor = { workspaceId: w.id, memberId: w.members.find((m) => m.role === "member")!.id, role: "member" };
    const keeps = async () => (await db.workspace.findUniqueOrThrow({ where: { id: w.id } })).keepReplyTexts;
    const files = await readArchive(new TextEncoder().encode(buildArchiveFixture({ conversations: 3, oldFormat: true }).files["messages.csv"]), "messages.csv");

    await expect(importArchive(db, member, files, { ownProfileUrl: OWNER.url, keepReplyTexts: true })).rejects.toMatchObject({ code: "admin_only" });
    // without any profile URL and without the own profile, the import fails: the setting stays
    const anonymous = await readArchive(new TextEncoder().encode('CONVERSATION ID,FROM,TO,DATE,CONTENT\nc-1,Ada,Ben,2026-01-05 09:00:00 UTC,"Hi Ben, worth a chat?"\n'), "messages.csv");
    await expect(importArchive(db, admin, anonymous, { keepReplyTexts: true })).rejects.toMatchObject({ code: "owner_unknown" });
    expect(await keeps()).toBe(false);
    expect(await db.message.count({ where: { workspaceId: w.id } })).toBe(0);

    const r = await importArchive(db, admin, files, { ownProfileUrl: OWNER.url, keepReplyTexts: true });
    expect(r.repliesImported).toBeGreaterThan(0);
    expect(await keeps()).toBe(true);
    expect((await db.reply.findMany({ where: { message: { workspaceId: w.id } } })).every((x) => x.text)).toBe(true);
    // the member imports with the workspace's setting, and may send it unchanged
    expect((await importArchive(db, member, files, { ownProfileUrl: OWNER.url, keepReplyTexts: true })).alreadyImported).toBeGreaterThan(0);
    expect(await keeps()).toBe(true);
  }, 60_000);

  it("reads single CSV files and old archives without recipient URLs; keeps reply texts when the workspace allows it", async () => {
    const w = await db.workspace.create({ data: { name: "Old", keepReplyTexts: true, members: { create: { name: "Mara", email: "mara@old.test" } } }, include: { members: true } });
    const old: Actor = { workspaceId: w.id, memberId: w.members[0].id };
    const fx = buildArchiveFixture({ conversations: 4, oldFormat: true });
    const files = await readArchive(new TextEncoder().encode(fx.files["messages.csv"]), "messages.csv");
    const r = await importArchive(db, old, files, { ownProfileUrl: "linkedin.com/in/mara-lindqvist/" });
    expect(r.messagesImported).toBeGreaterThan(0);
    const replies = await db.reply.findMany({ where: { message: { workspaceId: old.workspaceId } } });
    expect(replies.some((x) => x.text?.includes("tell me more"))).toBe(true);
  }, 60_000);

  it("runs one import per workspace and a few per process at once; a finished one frees its slot", () => {
    const first = takeImportSlot("ws-slot-a");
    expect("release" in first).toBe(true);
    expect(takeImportSlot("ws-slot-a")).toEqual({ refused: "import_running" });
    const others = Array.from({ length: MAX_CONCURRENT_IMPORTS - 1 }, (_, i) => takeImportSlot(`ws-slot-other-${i}`));
    expect(takeImportSlot("ws-slot-b")).toEqual({ refused: "imports_busy" });
    if ("release" in first) {
      first.release();
      first.release(); // twice is once
    }
    const again = takeImportSlot("ws-slot-a");
    expect("release" in again).toBe(true);
    for (const slot of [again, ...others]) if ("release" in slot) slot.release();
    const b = takeImportSlot("ws-slot-b");
    expect("release" in b).toBe(true);
    if ("release" in b) b.release();
  });

  it("finds the people an old archive knew by name only again when it is imported once more", async () => {
    const w = await db.workspace.create({ data: { name: "Old again", members: { create: { name: "Mara", email: "mara@old-again.test" } } }, include: { members: true } });
    const old: Actor = { workspaceId: w.id, memberId: w.members[0].id };
    const fx = buildArchiveFixture({ conversations: 6, oldFormat: true });
    const files = () => readArchive(new TextEncoder().encode(fx.files["messages.csv"]), "messages.csv");
    const first = await importArchive(db, old, await files(), { ownProfileUrl: OWNER.url });
    expect(first.prospectsCreated).toBeGreaterThan(0);
    const count = () => Promise.all([db.prospect.count({ where: { workspaceId: old.workspaceId } }), db.message.count({ where: { workspaceId: old.workspaceId } }), db.reply.count({ where: { message: { workspaceId: old.workspaceId } } })]);
    const before = await count();
    const again = await importArchive(db, old, await files(), { ownProfileUrl: OWNER.url });
    expect(again).toMatchObject({ prospectsCreated: 0, messagesImported: 0, repliesImported: 0 });
    expect(await count()).toEqual(before);
    // each name-only prospect keeps one whole thread
    const prospects = await db.prospect.findMany({ where: { workspaceId: old.workspaceId }, select: { name: true, _count: { select: { messages: true } } } });
    expect(new Set(prospects.map((p) => p.name)).size).toBe(prospects.length);
    expect(prospects.every((p) => p._count.messages > 0)).toBe(true);
  }, 60_000);

  it("cuts an over-long InMail subject as it cuts the content, and passes over an invitation note of markup only", async () => {
    const w = await db.workspace.create({ data: { name: "Long subject", members: { create: { name: "Mara", email: "mara@long-subject.test" } } }, include: { members: true } });
    const long: Actor = { workspaceId: w.id, memberId: w.members[0].id };
    const own = "https://www.linkedin.com/in/mara-lindqvist";
    const anna = "https://www.linkedin.com/in/anna-lang";
    const messages = [
      "CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER",
      `conv-a,Mara Lindqvist,${own},Anna Lang,${anna},2026-03-02 09:00:00 UTC,"${"Onboarding churn ".repeat(200)}","Hi Anna, your post on onboarding churn rang true. Worth a chat?",INBOX`,
    ].join("\n");
    const invitations = ["From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl", `Mara Lindqvist,Ben Berg,"3/1/26, 9:00 AM","<br>",OUTGOING,${own},https://www.linkedin.com/in/ben-berg`].join("\n");
    const zip = zipSync({ "messages.csv": strToU8(messages), "Invitations.csv": strToU8(invitations) });
    const r = await importArchive(db, long, await readArchive(zip, "archive.zip"), { ownProfileUrl: own });
    expect(r).toMatchObject({ messagesImported: 1, connectionNotes: 0 });
    const stored = await db.message.findFirstOrThrow({ where: { workspaceId: long.workspaceId } });
    expect(stored).toMatchObject({ channel: "inmail" });
    expect(stored.subject).toHaveLength(2_000);
  });

  it("leaves out a connection with a cell over its limit and reports its line, column and limit", async () => {
    const w = await db.workspace.create({ data: { name: "Long cells", members: { create: { name: "Mara", email: "mara@long.test" } } }, include: { members: true } });
    const long: Actor = { workspaceId: w.id, memberId: w.members[0].id };
    const csv = ["First Name,Last Name,URL,Email Address,Company,Position,Connected On", "Kurt,Kurz,https://www.linkedin.com/in/kurt-kurz,,Kurz AG,CTO,12 Mar 2024", `Lang,Lang,https://www.linkedin.com/in/lang-lang,,Lang AG,${"p".repeat(301)},12 Mar 2024`].join("\n");
    const r = await importArchive(db, long, await readArchive(new TextEncoder().encode(csv), "Connections.csv"));
    expect(r.prospectsCreated).toBe(1);
    expect(r.problems).toEqual([{ file: "Connections.csv", line: 3, error: "cell_too_long", column: "Position", limit: 300 }]);
    expect((await db.prospect.findMany({ where: { workspaceId: long.workspaceId }, select: { name: true } })).map((p) => p.name)).toEqual(["Kurt Kurz"]);
  });

  it("leaves out a connection whose first and last name together are over the name's limit and reports both columns", async () => {
    const w = await db.workspace.create({ data: { name: "Long names", members: { create: { name: "Mara", email: "mara@long-names.test" } } }, include: { members: true } });
    const long: Actor = { workspaceId: w.id, memberId: w.members[0].id };
    const csv = [
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
      "Kurt,Kurz,https://www.linkedin.com/in/kurt-kurz,,Kurz AG,CTO,12 Mar 2024",
      `${"F".repeat(100)},${"L".repeat(100)},https://www.linkedin.com/in/long-name,,Lang AG,CEO,12 Mar 2024`,
    ].join("\n");
    const r = await importArchive(db, long, await readArchive(new TextEncoder().encode(csv), "Connections.csv"));
    expect(r.prospectsCreated).toBe(1);
    expect(r.problems).toEqual([{ file: "Connections.csv", line: 3, error: "name_too_long", column: "First Name + Last Name", limit: 200 }]);
    expect((await db.prospect.findMany({ where: { workspaceId: long.workspaceId }, select: { name: true } })).map((p) => p.name)).toEqual(["Kurt Kurz"]);
  });

  it("leaves out an invitation whose name is over the prospect name's limit and reports its line, column and limit", async () => {
    const w = await db.workspace.create({ data: { name: "Long invitee", members: { create: { name: "Mara", email: "mara@long-invitee.test" } } }, include: { members: true } });
    const long: Actor = { workspaceId: w.id, memberId: w.members[0].id };
    const own = "https://www.linkedin.com/in/mara-lindqvist";
    const invitations = [
      "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl",
      `Mara Lindqvist,Ina Short,"6/6/26, 2:54 PM","Hi Ina, your talk on retail media was great. Connect?",OUTGOING,${own},https://www.linkedin.com/in/ina-short`,
      // exactly the limit is fine; one more is not
      `Mara Lindqvist,${"E".repeat(200)},"6/6/26, 2:55 PM","Hi, your talk on retail media was great. Connect?",OUTGOING,${own},https://www.linkedin.com/in/exactly-200`,
      `Mara Lindqvist,${"N".repeat(201)},"6/6/26, 2:56 PM","Hi, your talk on retail media was great. Connect?",OUTGOING,${own},https://www.linkedin.com/in/too-long`,
    ].join("\n");
    const r = await importArchive(db, long, await readArchive(new TextEncoder().encode(invitations), "Invitations.csv"));
    expect(r.problems).toEqual([{ file: "Invitations.csv", line: 4, error: "name_too_long", column: "To", limit: 200 }]);
    expect(r.prospectsCreated).toBe(2);
    expect(r.connectionNotes).toBe(2);
    expect(r.skipped.invalid).toBe(1);
    const prospects = await db.prospect.findMany({ where: { workspaceId: long.workspaceId }, select: { profileUrl: true } });
    expect(prospects.map((p) => p.profileUrl).sort()).toEqual(["https://www.linkedin.com/in/exactly-200", "https://www.linkedin.com/in/ina-short"]);
  });

  it("leaves out a message whose FROM or TO is over the prospect name's limit and reports its line, column and limit, instead of cutting the name", async () => {
    const w = await db.workspace.create({ data: { name: "Long message names", members: { create: { name: "Mara", email: "mara@long-message-names.test" } } }, include: { members: true } });
    const long: Actor = { workspaceId: w.id, memberId: w.members[0].id };
    const own = "https://www.linkedin.com/in/mara-lindqvist";
    const anna = "https://www.linkedin.com/in/anna-lang";
    const messages = [
      "CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,CONTENT,FOLDER",
      `conv-a,Mara Lindqvist,${own},Anna Lang,${anna},2026-03-02 09:00:00 UTC,"Hi Anna, your post on onboarding churn rang true. Worth a chat?",INBOX`,
      // the reply names its sender with an over-long name: left out, not cut into the prospect's name
      `conv-a,${"A".repeat(201)},${anna},Mara Lindqvist,${own},2026-03-03 09:00:00 UTC,"Sure, tell me more.",INBOX`,
      `conv-a,Mara Lindqvist,${own},Anna Lang,${anna},2026-03-04 09:00:00 UTC,"Hi Anna, here are the numbers on onboarding churn. Worth a chat?",INBOX`,
      // a conversation known by names only (no profile URLs): both names over the limit, both reported
      `conv-b,${"M".repeat(201)},,${"B".repeat(201)},,2026-03-05 09:00:00 UTC,"Hi, your talk on payroll errors was great. Worth a chat?",INBOX`,
      // a group conversation lists every recipient in TO: it is left out as a group, not as a long name
      `conv-g,Mara Lindqvist,${own},"${Array.from({ length: 30 }, (_, i) => `Person${i} Example`).join(", ")}","${Array.from({ length: 30 }, (_, i) => `https://www.linkedin.com/in/person-${i}`).join(",")}",2026-03-06 09:00:00 UTC,"Hi all, shall we meet?",INBOX`,
    ].join("\n");
    const r = await importArchive(db, long, await readArchive(new TextEncoder().encode(messages), "messages.csv"), { ownProfileUrl: own });
    expect(r.problems).toEqual([
      { file: "messages.csv", line: 3, error: "name_too_long", column: "FROM", limit: 200 },
      { file: "messages.csv", line: 5, error: "name_too_long", column: "FROM", limit: 200 },
      { file: "messages.csv", line: 5, error: "name_too_long", column: "TO", limit: 200 },
    ]);
    expect(r.skipped.invalid).toBe(2);
    expect(r.skipped.group).toBe(1);
    expect(r.messagesImported).toBe(2);
    expect(r.repliesImported).toBe(0);
    const prospects = await db.prospect.findMany({ where: { workspaceId: long.workspaceId }, select: { name: true, profileUrl: true } });
    expect(prospects).toEqual([{ name: "Anna Lang", profileUrl: anna }]);
    const sent = await db.message.findMany({ where: { workspaceId: long.workspaceId }, orderBy: { sentAt: "asc" }, select: { channel: true } });
    // the left-out reply is not there: the second message follows up on an unanswered one
    expect(sent.map((m) => m.channel)).toEqual(["message", "follow-up"]);
  });

  it("imports a conversation longer than the linter's history limit (each message linted with the newest entries)", async () => {
    const w = await db.workspace.create({ data: { name: "Long thread", members: { create: { name: "Mara", email: "mara@long-thread.test" } } }, include: { members: true } });
    const long: Actor = { workspaceId: w.id, memberId: w.members[0].id };
    const own = "https://www.linkedin.com/in/mara-lindqvist";
    const ben = "https://www.linkedin.com/in/ben-lang";
    const count = MAX_CONTEXT_HISTORY + 20;
    const start = Date.UTC(2025, 0, 1, 9);
    const lines = ["CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,CONTENT,FOLDER"];
    for (let i = 0; i < count; i++) {
      const date = new Date(start + i * 3_600_000).toISOString().replace("T", " ").slice(0, 19) + " UTC";
      lines.push(i % 2 === 0 ? `conv-long,Mara Lindqvist,${own},Ben Lang,${ben},${date},"Hi Ben, a thought on onboarding churn (${i}). Worth a chat?",INBOX` : `conv-long,Ben Lang,${ben},Mara Lindqvist,${own},${date},"Thanks (${i})",INBOX`);
    }
    const r = await importArchive(db, long, await readArchive(new TextEncoder().encode(lines.join("\n")), "messages.csv"), { ownProfileUrl: own });
    expect(r.messagesImported).toBe(count / 2);
    expect(r.repliesImported).toBe(count / 2);
    expect(await db.message.count({ where: { workspaceId: long.workspaceId } })).toBe(count / 2);
  });

  it("reports every problem of a row, each on its own", async () => {
    const w = await db.workspace.create({ data: { name: "Many problems", members: { create: { name: "Mara", email: "mara@many-problems.test" } } }, include: { members: true } });
    const many: Actor = { workspaceId: w.id, memberId: w.members[0].id };
    const own = "https://www.linkedin.com/in/mara-lindqvist";
    const connections = [
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
      "Kurt,Kurz,https://www.linkedin.com/in/kurt-kurz,,Kurz AG,CTO,12 Mar 2024",
      `,,not a profile,,${"c".repeat(301)},${"p".repeat(301)},12 Mar 2024`,
    ].join("\n");
    const messages = [
      "CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,CONTENT,FOLDER",
      `,Mara Lindqvist,${own},Kurt Kurz,https://www.linkedin.com/in/kurt-kurz,not a date,"Hi Kurt",INBOX`,
    ].join("\n");
    const zip = zipSync({ "Connections.csv": strToU8(connections), "messages.csv": strToU8(messages) });
    const r = await importArchive(db, many, await readArchive(zip, "archive.zip"), { ownProfileUrl: own });
    expect(r.problems).toEqual([
      { file: "messages.csv", line: 2, error: "date_invalid", column: "DATE" },
      { file: "messages.csv", line: 2, error: "conversation_missing", column: "CONVERSATION ID" },
      { file: "Connections.csv", line: 3, error: "name_required" },
      { file: "Connections.csv", line: 3, error: "cell_too_long", column: "Position", limit: 300 },
      { file: "Connections.csv", line: 3, error: "cell_too_long", column: "Company", limit: 300 },
      { file: "Connections.csv", line: 3, error: "profile_url_invalid", column: "URL" },
    ]);
    expect(r.skipped.invalid).toBe(1); // messages.csv's row; Connections.csv's rows are the CSV import's
    expect(r.prospectsCreated).toBe(1);
  });

  it("reports each problem on its line in the file: a preamble, blank lines and multi-line cells count", async () => {
    const w = await db.workspace.create({ data: { name: "Lines", members: { create: { name: "Mara", email: "mara@lines.test" } } }, include: { members: true } });
    const lines: Actor = { workspaceId: w.id, memberId: w.members[0].id };
    const own = "https://www.linkedin.com/in/mara-lindqvist";
    const connections = [
      "\uFEFFNotes:",
      '"When exporting your connection data, you may notice that some of the email addresses are missing."',
      "",
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
      "Kurt,Kurz,https://www.linkedin.com/in/kurt-kurz,,Kurz AG,CTO,12 Mar 2024",
      "",
      ",,,,,,",
      ",,https://www.linkedin.com/in/no-name,,X,,12 Mar 2024",
      `Lang,Lang,https://www.linkedin.com/in/lang-lang,,Lang AG,${"p".repeat(301)},12 Mar 2024`,
      "Udo,Url,not a profile,,Udo AG,CTO,12 Mar 2024",
    ].join("\n");
    const messages = [
      "\uFEFFCONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,CONTENT,FOLDER",
      `conv-k,Mara Lindqvist,${own},Kurt Kurz,https://www.linkedin.com/in/kurt-kurz,2026-03-02 09:00:00 UTC,"Hi Kurt,\n\nyour post on onboarding churn rang true. Worth a chat?",INBOX`,
      "",
      `conv-k,Mara Lindqvist,${own},Kurt Kurz,https://www.linkedin.com/in/kurt-kurz,yesterday-ish,"Hi again",INBOX`,
      `,Mara Lindqvist,${own},Kurt Kurz,https://www.linkedin.com/in/kurt-kurz,2026-03-04 09:00:00 UTC,"No conversation",INBOX`,
    ].join("\r\n");
    const invitations = [
      "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl",
      "",
      `Mara Lindqvist,Nobody,"6/6/26, 2:54 PM","Hi, your talk was great.\nConnect?",OUTGOING,${own},not a profile`,
      `Mara Lindqvist,Somebody,someday,"Hi, connect?",OUTGOING,${own},https://www.linkedin.com/in/somebody`,
    ].join("\n");
    const zip = zipSync({ "Connections.csv": strToU8(connections), "messages.csv": strToU8(messages), "Invitations.csv": strToU8(invitations) });
    const r = await importArchive(db, lines, await readArchive(zip, "archive.zip"), { ownProfileUrl: own });
    // the column at fault as the file writes its header, where one is
    expect(r.problems).toEqual([
      { file: "messages.csv", line: 6, error: "date_invalid", column: "DATE" },
      { file: "messages.csv", line: 7, error: "conversation_missing", column: "CONVERSATION ID" },
      { file: "Invitations.csv", line: 3, error: "profile_url_invalid", column: "inviteeProfileUrl" },
      { file: "Invitations.csv", line: 5, error: "date_invalid", column: "Sent At" },
      { file: "Connections.csv", line: 8, error: "name_required" },
      { file: "Connections.csv", line: 9, error: "cell_too_long", column: "Position", limit: 300 },
      { file: "Connections.csv", line: 10, error: "profile_url_invalid", column: "URL" },
    ]);
  });

  it("leaves out a message or invitation dated before LinkedIn's launch or in the future, and reports it", async () => {
    const w = await db.workspace.create({ data: { name: "Far dates", members: { create: { name: "Mara", email: "mara@far-dates.test" } } }, include: { members: true } });
    const far: Actor = { workspaceId: w.id, memberId: w.members[0].id };
    const own = "https://www.linkedin.com/in/mara-lindqvist";
    const kurt = "https://www.linkedin.com/in/kurt-kurz";
    const now = new Date("2026-11-27T12:00:00Z");
    const messages = [
      "CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,CONTENT,FOLDER",
      `conv-k,Mara Lindqvist,${own},Kurt Kurz,${kurt},2026-03-02 09:00:00 UTC,"Hi Kurt, your post on onboarding churn rang true. Worth a chat?",INBOX`,
      `conv-k,Mara Lindqvist,${own},Kurt Kurz,${kurt},0100-01-04 10:00:00 UTC,"Hi Kurt, one from the year 100",INBOX`,
      // no time: read by the fallback, as the year 1
      `conv-k,Mara Lindqvist,${own},Kurt Kurz,${kurt},0001-01-01,"Hi Kurt, one from the year 1",INBOX`,
      `conv-k,Kurt Kurz,${kurt},Mara Lindqvist,${own},2002-12-31 23:59:00 UTC,"A reply before LinkedIn",INBOX`,
      `conv-k,Mara Lindqvist,${own},Kurt Kurz,${kurt},2026-11-29 09:00:00 UTC,"Hi Kurt, one from the day after tomorrow",INBOX`,
      // within a day of now: a time zone ahead
      `conv-k,Mara Lindqvist,${own},Kurt Kurz,${kurt},2026-11-28 09:00:00 UTC,"Hi Kurt, following up on onboarding churn. Still worth a chat?",INBOX`,
    ].join("\n");
    const invitations = [
      "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl",
      `Mara Lindqvist,Ina Short,"6/6/26, 2:54 PM","Hi Ina, your talk on retail media was great. Connect?",OUTGOING,${own},https://www.linkedin.com/in/ina-short`,
      // two-digit years are this century: 99 is 2099
      `Mara Lindqvist,Otto Later,"1/1/99, 2:54 PM","Hi Otto, connect?",OUTGOING,${own},https://www.linkedin.com/in/otto-later`,
    ].join("\n");
    const zip = zipSync({ "messages.csv": strToU8(messages), "Invitations.csv": strToU8(invitations) });
    const r = await importArchive(db, far, await readArchive(zip, "archive.zip"), { ownProfileUrl: own, now });
    expect(r.problems).toEqual([
      { file: "messages.csv", line: 3, error: "date_out_of_range", column: "DATE" },
      { file: "messages.csv", line: 4, error: "date_out_of_range", column: "DATE" },
      { file: "messages.csv", line: 5, error: "date_out_of_range", column: "DATE" },
      { file: "messages.csv", line: 6, error: "date_out_of_range", column: "DATE" },
      { file: "Invitations.csv", line: 3, error: "date_out_of_range", column: "Sent At" },
    ]);
    expect(r.skipped.invalid).toBe(5);
    expect(r.messagesImported).toBe(2);
    expect(r.connectionNotes).toBe(1);
    const sentAt = (await db.message.findMany({ where: { workspaceId: far.workspaceId }, select: { sentAt: true } })).map((m) => m.sentAt!.getTime());
    expect(Math.min(...sentAt)).toBeGreaterThanOrEqual(Date.UTC(2003, 0, 1));
    expect((await db.messageWeekStat.findMany({ where: { workspaceId: far.workspaceId }, select: { week: true } })).every((s) => s.week >= "2026")).toBe(true);
  });

  it("keeps names from messages.csv and Invitations.csv in NFC, so an NFD name is the same person as its NFC form", async () => {
    const w = await db.workspace.create({ data: { name: "NFD", members: { create: { name: "Mara", email: "mara@nfd.test" } } }, include: { members: true } });
    const nfd: Actor = { workspaceId: w.id, memberId: w.members[0].id };
    const zoe = "Zoë Müller".normalize("NFD");
    const joerg = "Jörg Weiß";
    expect(zoe).not.toBe("Zoë Müller");
    const zoeUrl = "https://www.linkedin.com/in/zoe-mueller";
    const messages = [
      "CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,CONTENT,FOLDER",
      `conv-zoe,Mara Lindqvist,https://www.linkedin.com/in/mara-lindqvist,${zoe},${zoeUrl},2026-03-02 09:00:00 UTC,"Hi Zoë, your post on onboarding churn rang true. Worth a chat?",INBOX`,
      `conv-zoe,${zoe},${zoeUrl},Mara Lindqvist,https://www.linkedin.com/in/mara-lindqvist,2026-03-03 09:00:00 UTC,"Sure, tell me more.",INBOX`,
      // an old conversation without recipient URLs: the other person is known by name only, once in NFD, once in NFC
      `conv-j1,Mara Lindqvist,https://www.linkedin.com/in/mara-lindqvist,${joerg.normalize("NFD")},,2026-03-04 09:00:00 UTC,"Hi Jörg, your talk on payroll errors was great. Worth a chat?",INBOX`,
      `conv-j2,Mara Lindqvist,https://www.linkedin.com/in/mara-lindqvist,${joerg},,2026-03-20 09:00:00 UTC,"Hi Jörg, following up on payroll errors. Still worth a chat?",INBOX`,
    ].join("\n");
    const invitations = [
      "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl",
      `Mara Lindqvist,${"Åsa Öberg".normalize("NFD")},"6/6/26, 2:54 PM","Hi Åsa, your talk on retail media was great. Connect?",OUTGOING,https://www.linkedin.com/in/mara-lindqvist,https://www.linkedin.com/in/asa-oberg`,
    ].join("\n");
    const zip = zipSync({ "messages.csv": strToU8(messages), "Invitations.csv": strToU8(invitations) });
    const r = await importArchive(db, nfd, await readArchive(zip, "archive.zip"), { ownProfileUrl: "https://www.linkedin.com/in/mara-lindqvist" });
    expect(r.problems).toEqual([]);
    const names = (await db.prospect.findMany({ where: { workspaceId: nfd.workspaceId }, select: { name: true } })).map((p) => p.name).sort();
    expect(names).toEqual(["Jörg Weiß", "Zoë Müller", "Åsa Öberg"].sort());
    expect(names.every((n) => n === n.normalize("NFC"))).toBe(true);
  });

  it("refuses messages.csv or Invitations.csv with more rows than one import checks, before storing anything; takes exactly the limit", async () => {
    const w = await db.workspace.create({ data: { name: "Too many", members: { create: { name: "Mara", email: "mara@too-many.test" } } }, include: { members: true } });
    const many: Actor = { workspaceId: w.id, memberId: w.members[0].id };
    const own = "https://www.linkedin.com/in/mara-lindqvist";
    // drafts and incoming invitations are cheap to import (nothing to check): the rows count, not what they are
    const draft = `conv-d,Mara Lindqvist,${own},Anna Lang,https://www.linkedin.com/in/anna-lang,2026-03-02 09:00:00 UTC,"Hi Anna",DRAFT`;
    const messages = (rows: number) => ["CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,CONTENT,FOLDER", ...Array(rows).fill(draft)].join("\n");
    const received = `Anna Lang,Mara Lindqvist,"6/6/26, 2:54 PM","Hi Mara",INCOMING,https://www.linkedin.com/in/anna-lang,${own}`;
    const invitations = (rows: number) => ["From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl", ...Array(rows).fill(received)].join("\n");
    // a real message beside them, so that a refused import would have had something to store
    const connections = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nKurt,Kurz,https://www.linkedin.com/in/kurt-kurz,,Kurz AG,CTO,12 Mar 2024";

    for (const [files, code] of [
      [{ messages: messages(MAX_ARCHIVE_MESSAGES + 1), connections }, "messages_too_many"],
      [{ invitations: invitations(MAX_ARCHIVE_MESSAGES + 1), connections }, "invitations_too_many"],
    ] as const) {
      const refused = await importArchive(db, many, files, { ownProfileUrl: own }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(refused).toBeInstanceOf(ArchiveError);
      expect((refused as ArchiveError).code).toBe(code);
      expect((refused as ArchiveError).message).toContain("100,000");
      expect(await db.prospect.count({ where: { workspaceId: many.workspaceId } })).toBe(0);
    }

    // Connections.csv is read as a CSV import, with its limit
    const people = (rows: number) => ["First Name,Last Name,URL,Email Address,Company,Position,Connected On", ...Array.from({ length: rows }, (_, i) => `P${i},Q,,,,,12 Mar 2024`)].join("\n");
    const tooManyPeople = await importArchive(db, many, { connections: people(MAX_IMPORT_ROWS + 1) }).catch((e: unknown) => e);
    expect(tooManyPeople).toBeInstanceOf(ArchiveError);
    expect((tooManyPeople as ArchiveError).code).toBe("connections_too_many");
    expect(await db.prospect.count({ where: { workspaceId: many.workspaceId } })).toBe(0);

    const r = await importArchive(db, many, { messages: messages(MAX_ARCHIVE_MESSAGES), invitations: invitations(MAX_ARCHIVE_MESSAGES) }, { ownProfileUrl: own });
    expect(r.skipped.drafts).toBe(MAX_ARCHIVE_MESSAGES);
  }, 120_000);

  it("lets other work and its progress lines through while it checks messages", async () => {
    const w = await db.workspace.create({ data: { name: "Yields", members: { create: { name: "Mara", email: "mara@yields.test" } } }, include: { members: true } });
    const yields: Actor = { workspaceId: w.id, memberId: w.members[0].id };
    const own = "https://www.linkedin.com/in/mara-lindqvist";
    const anna = "https://www.linkedin.com/in/anna-lang";
    const lines = ["CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,CONTENT,FOLDER"];
    for (let i = 0; i < 1_200; i++) {
      const date = new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString().replace("T", " ").slice(0, 19) + " UTC";
      lines.push(`conv-y,Mara Lindqvist,${own},Anna Lang,${anna},${date},"Hi Anna, a thought on onboarding churn (${i}). Worth a chat?",INBOX`);
    }
    // a callback queued when checking has begun runs before checking ends only if the import gives way
    const seen: string[] = [];
    let queued = false;
    await importArchive(db, yields, { messages: lines.join("\n") }, {
      ownProfileUrl: own,
      onProgress: (phase) => {
        seen.push(phase);
        if (phase === "checking" && !queued) {
          queued = true;
          setImmediate(() => seen.push("other work"));
        }
      },
    });
    expect(seen.indexOf("other work")).toBeGreaterThan(seen.indexOf("checking"));
    expect(seen.indexOf("other work")).toBeLessThan(seen.indexOf("saving"));
  }, 60_000);

  it("lists the first problems and counts all of them and their rows", async () => {
    const w = await db.workspace.create({ data: { name: "Many bad rows", members: { create: { name: "Mara", email: "mara@bad-rows.test" } } }, include: { members: true } });
    const bad: Actor = { workspaceId: w.id, memberId: w.members[0].id };
    const rows = MAX_LISTED_PROBLEMS + 500;
    const messages = ["CONVERSATION ID,FROM,DATE,CONTENT", ...Array.from({ length: rows }, (_, i) => `conv-${i},Mara,not a date,"Hi"`)].join("\n");
    const r = await importArchive(db, bad, { messages });
    expect(r.problems).toHaveLength(MAX_LISTED_PROBLEMS);
    expect(r.problems[0]).toEqual({ file: "messages.csv", line: 2, error: "date_invalid", column: "DATE" });
    expect(r.problems.at(-1)!.line).toBe(MAX_LISTED_PROBLEMS + 1);
    expect(r.problemCount).toBe(rows);
    expect(r.problemRows).toBe(rows);
    expect(r.skipped.invalid).toBe(rows);
  });

  it("refuses an archive whose CSV files unpack to more than the limit, before unpacking them", async () => {
    // a ZIP bomb in small: 2 MB of one character compresses to a few kilobytes
    const bomb = zipSync({ "messages.csv": new Uint8Array(2_000_000).fill(0x41), "Profile.csv": strToU8("a,b\n") }, { level: 9 });
    expect(bomb.byteLength).toBeLessThan(20_000);
    let error: unknown;
    try {
      await readArchive(bomb, "bomb.zip", { maxUnpackedBytes: 1_000_000 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ArchiveError);
    expect((error as ArchiveError).code).toBe("archive_too_large");
    // under the limit the same archive is read
    expect((await readArchive(bomb, "bomb.zip", { maxUnpackedBytes: 3_000_000 })).messages).toHaveLength(2_000_000);
  });

  it("rejects what is not an archive, and parses the archive's date formats", async () => {
    await expect(readArchive(new TextEncoder().encode("a,b\n1,2\n"), "notes.csv")).rejects.toThrow(ArchiveError);
    await expect(readArchive(new Uint8Array([0x50, 0x4b, 1, 2, 3]), "x.zip")).rejects.toThrow(ArchiveError);
    expect(parseArchiveDate("2023-05-01 14:22:10 UTC")?.toISOString()).toBe("2023-05-01T14:22:10.000Z");
    expect(parseArchiveDate("6/6/26, 2:54 PM")?.toISOString()).toBe("2026-06-06T14:54:00.000Z");
    expect(plainText("Hi<br/>there &amp; <a href='x'>you</a>")).toBe("Hi\nthere & you");
  });
});

describe("what gets replies", () => {
  it("reports per-rule reply rates for passed vs raised with counts and intervals, per team and member", async () => {
    const { replyInsights } = await import("../data/reply-insights");
    const team = await replyInsights(db, actor);
    const messages = await db.message.count({ where: { workspaceId: actor.workspaceId, status: "sent" } });
    expect(team.total.n).toBe(messages);
    for (const r of team.rules) expect(r.passed.n + r.raised.n).toBeLessThanOrEqual(messages);
    const hype = team.rules.find((r) => r.id === "hype")!;
    expect(hype.passed.n + hype.raised.n).toBe(messages); // hype never skips
    const other = await replyInsights(db, actor, "someone-else");
    expect(other.total.n).toBe(0);
    expect(other.total.rate).toBeNull();
  });
});

describe("the dashboard's numbers after an import", () => {
  const TEMPLATE = "I noticed you lead marketing at your company. Many SaaS teams struggle to publish enough expert content; our writers turn 30 minutes of interviews into two articles a month, and clients double demo requests within six months. Worth a look?";

  it("recomputes the importing member's statistics and the streaks it touched, as a full rebuild would, and nobody else's", async () => {
    const w = await db.workspace.create({ data: { name: "Team", members: { create: ["Rita", "Paul", "Vera"].map((name) => ({ name, email: `${name.toLowerCase()}@team.test` })) } }, include: { members: true } });
    const [rita, paul, vera] = ["Rita", "Paul", "Vera"].map((name): Actor => ({ workspaceId: w.id, memberId: w.members.find((m) => m.name === name)!.id }));
    // a person of the archive Paul writes to as well, after the archive's last message to them
    const shared = await db.prospect.create({ data: { workspaceId: w.id, name: "Person0 Example", profileUrl: "https://www.linkedin.com/in/person-0" } });
    const [anna, marco, ida] = await Promise.all(["Anna Schmidt", "Marco Rossi", "Ida Berg"].map((name) => db.prospect.create({ data: { workspaceId: w.id, name } })));
    const send = async (actor: Actor, prospectId: string, body: string, at: string) => {
      const r = await saveMessage(db, actor, { prospectId, channel: "message", body }, true, new Date(at));
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      return r.value.id;
    };
    // Paul sends one text to two people (the second fails mass-template) and gets a reply; Rita
    // has a message of her own before the import; Vera's goes unanswered
    const toAnna = await send(paul, anna.id, `Hi Anna,\n\n${TEMPLATE}`, "2026-01-12T09:00:00Z");
    await send(paul, marco.id, `Hi Marco,\n\n${TEMPLATE}`, "2026-01-12T10:00:00Z");
    expect((await logReply(db, paul, { messageId: toAnna, receivedAt: "2026-01-13T09:00:00Z" })).ok).toBe(true);
    await send(paul, shared.id, "Hi Person0, your post on onboarding stalls stuck with me. We cut early churn by a third at a similar team. Worth a look?", "2026-04-06T09:00:00Z");
    const ritas = await send(rita, marco.id, "Hi Marco, your talk on payroll errors was great. We halved them at two teams. Worth a chat?", "2026-01-20T09:00:00Z");
    expect((await logReply(db, rita, { messageId: ritas, receivedAt: "2026-01-21T09:00:00Z" })).ok).toBe(true);
    await send(vera, ida.id, "Hi Ida, your post on onboarding rang true. We halved ramp-up time at two teams. Worth a look?", "2026-02-02T09:00:00Z");
    const before = await dashboardTables(db, w.id);
    expect(before.checks.some((c) => c.status === "skip")).toBe(true);
    expect(before.stats.some((r) => r.authorId === paul.memberId && r.massTemplate > 0)).toBe(true);
    await rebuildDashboardStats(db, w.id);
    expect(await dashboardTables(db, w.id)).toEqual(before); // kept per send and reply as a rebuild makes them

    // rows a full rebuild would put right: the import must leave them as they are
    const paulsRow = await db.messageWeekStat.findFirstOrThrow({ where: { workspaceId: w.id, authorId: paul.memberId } });
    const paulsKey = { workspaceId_week_authorId_channel_language: { workspaceId: w.id, week: paulsRow.week, authorId: paul.memberId, channel: paulsRow.channel, language: paulsRow.language } };
    await db.messageWeekStat.update({ where: paulsKey, data: { sent: { increment: 1_000 } } });
    const paulsCheck = await db.messageCheck.findFirstOrThrow({ where: { workspaceId: w.id, status: "skip", message: { authorId: paul.memberId } } });
    const checkKey = { messageId_ruleId: { messageId: paulsCheck.messageId, ruleId: paulsCheck.ruleId } };
    await db.messageCheck.delete({ where: checkKey });
    const verasStreak = await db.followUpStreak.findUniqueOrThrow({ where: { prospectId: ida.id } });
    await db.followUpStreak.update({ where: { prospectId: ida.id }, data: { unanswered: { increment: 1_000 } } });

    const r = await importArchive(db, rita, await readArchive(buildArchiveFixture({ conversations: 12 }).zip, "team.zip"));
    expect(r.messagesImported).toBeGreaterThan(0);
    expect(r.repliesImported).toBeGreaterThan(0);
    // the archive's replies answer the importing member's messages only
    const replied = await db.reply.findMany({ where: { externalId: { not: null }, message: { workspaceId: w.id } }, select: { message: { select: { authorId: true } } } });
    expect(replied.length).toBe(r.repliesImported);
    expect(replied.every((x) => x.message.authorId === rita.memberId)).toBe(true);
    expect((await db.messageWeekStat.findUniqueOrThrow({ where: paulsKey })).sent).toBe(paulsRow.sent + 1_000);
    expect(await db.messageCheck.findUnique({ where: checkKey })).toBeNull();
    expect((await db.followUpStreak.findUniqueOrThrow({ where: { prospectId: ida.id } })).unanswered).toBe(verasStreak.unanswered + 1_000);

    // put back, the tables are what a full rebuild makes of them
    await db.messageWeekStat.update({ where: paulsKey, data: { sent: paulsRow.sent } });
    await db.messageCheck.create({ data: paulsCheck });
    await db.followUpStreak.update({ where: { prospectId: ida.id }, data: { unanswered: verasStreak.unanswered } });
    const imported = await dashboardTables(db, w.id);
    // the shared person's streak runs over Rita's imported messages and Paul's later one
    const streak = imported.streaks.find((s) => s.prospectId === shared.id)!;
    expect(streak.authorId).toBe(paul.memberId);
    expect(await db.message.count({ where: { prospectId: shared.id, authorId: rita.memberId, sentAt: { gt: (await db.reply.findFirst({ where: { prospectId: shared.id }, orderBy: { receivedAt: "desc" } }))?.receivedAt ?? new Date(0) } } })).toBe(streak.unanswered - 1);
    expect(imported.stats.filter((s) => s.authorId === rita.memberId).length).toBeGreaterThan(before.stats.filter((s) => s.authorId === rita.memberId).length);
    await rebuildDashboardStats(db, w.id);
    expect(await dashboardTables(db, w.id)).toEqual(imported);
  }, 60_000);

  it("counts a reply for the member whose message an earlier import stored, when someone else imports the same person's archive", async () => {
    const w = await db.workspace.create({ data: { name: "Twice", members: { create: ["Rita", "Paul"].map((name) => ({ name, email: `${name.toLowerCase()}@twice.test` })) } }, include: { members: true } });
    const [rita, paul] = ["Rita", "Paul"].map((name): Actor => ({ workspaceId: w.id, memberId: w.members.find((m) => m.name === name)!.id }));
    const ben = "https://www.linkedin.com/in/ben-ott";
    const header = "CONVERSATION ID,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,CONTENT";
    const sent = `c-1,${OWNER.name},${OWNER.url},Ben Ott,${ben},2026-03-02 09:00:00 UTC,"Hi Ben, your post on onboarding stalls stuck with me. We cut early churn by a third. Worth a chat?"`;
    const answer = `c-1,Ben Ott,${ben},${OWNER.name},${OWNER.url},2026-03-03 09:00:00 UTC,"Sure, tell me more."`;
    const csv = (...lines: string[]) => readArchive(new TextEncoder().encode([header, ...lines].join("\n")), "messages.csv");
    expect((await importArchive(db, rita, await csv(sent), { ownProfileUrl: OWNER.url })).messagesImported).toBe(1);
    const later = await importArchive(db, paul, await csv(sent, answer), { ownProfileUrl: OWNER.url });
    expect([later.alreadyImported, later.repliesImported]).toEqual([1, 1]);
    // Paul's import answered Rita's message: her reply counts changed with it
    const reply = await db.reply.findFirstOrThrow({ where: { message: { workspaceId: w.id } }, select: { message: { select: { authorId: true } } } });
    expect(reply.message.authorId).toBe(rita.memberId);
    const imported = await dashboardTables(db, w.id);
    expect(imported.stats.filter((s) => s.channel === "*" && s.language === "*").map((s) => [s.authorId, Object.values(s.replied)])).toEqual([[rita.memberId, [1]]]);
    expect(imported.streaks).toEqual([]);
    await rebuildDashboardStats(db, w.id);
    expect(await dashboardTables(db, w.id)).toEqual(imported);
  });
});
