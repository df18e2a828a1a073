import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../test/database";
import type { PrismaClient } from "../db-client";
import { commitImport, exportProspectsCsv, neutraliseCell, parseCsv, planImport } from "../import/prospects-csv";
import { eraseProspect, exportProspectData, objectAndErase, purgeInactiveProspects } from "./gdpr";
import { composeContext, logReply, saveMessage } from "./messages";
import {
  addNote,
  createLeadList,
  createProspect,
  deleteNote,
  findProspects,
  getProspect,
  PAGE_SIZE,
  logTouchpoint,
  pickerProspects,
  setListMembership,
  updateNote,
  updateProspect,
} from "./prospects";
import type { Actor } from "./workspace";

let db: PrismaClient;
let testDb: TestDatabase;
let cleanup: () => Promise<void>;
let actor: Actor;
let other: Actor;

beforeAll(async () => {
  testDb = createTestDatabase();
  ({ db, cleanup } = testDb);
  const a = await db.workspace.create({ data: { name: "A", members: { create: { name: "Ann", email: "ann@a.test" } } }, include: { members: true } });
  const b = await db.workspace.create({ data: { name: "B", members: { create: { name: "Bob", email: "bob@b.test" } } }, include: { members: true } });
  actor = { workspaceId: a.id, memberId: a.members[0].id };
  other = { workspaceId: b.id, memberId: b.members[0].id };
}, 60_000);
afterAll(async () => cleanup?.());

const SALES_NAV = `\uFEFFNotes:
"When exporting your connection data, you may notice that some of the email addresses are missing."

First Name,Last Name,URL,Email Address,Company,Position,Connected On,Tags
Anna,Schmidt,https://www.linkedin.com/in/anna-schmidt,,Kontor GmbH,Head of Sales Ops,12 Mar 2019,"crm, dach"
Jörg,Köhler,https://linkedin.com/in/joerg-koehler/,,"Radwerk, Mobility",Head of Growth,01 Feb 2020,
,,,,,,,
,,https://www.linkedin.com/in/no-name,,X,,,
Lea,Hoffmann,not a url,,Bäckerei,,,
Anna,Schmidt,https://www.linkedin.com/in/anna-schmidt/,,Kontor GmbH,Head of Sales Ops,,second
`;

describe("CSV import", () => {
  it("finds the header after LinkedIn's preamble, maps columns by name and reports bad rows", async () => {
    const csv = parseCsv(SALES_NAV);
    expect(csv.headers).toContain("First Name");
    const plan = await planImport(db, actor, SALES_NAV);
    expect(plan.counts).toEqual({ create: 2, merge: 1, skip: 0, suppressed: 0, invalid: 2 });
    expect(plan.outcomes.filter((o) => o.action === "invalid").map((o) => (o.action === "invalid" ? o.errors[0] : null))).toEqual([{ code: "name_required" }, { code: "profile_url_invalid" }]);
    const result = await commitImport(db, actor, plan);
    expect(result).toEqual({ created: 2, merged: 1 });
    const anna = (await findProspects(db, actor, { q: "Anna" })).items[0];
    expect(anna.company).toBe("Kontor GmbH");
    expect(anna.tags?.sort()).toEqual(["crm", "dach", "second"]);
    expect((await findProspects(db, actor, { q: "Köhler" })).items[0].company).toBe("Radwerk, Mobility");
    // the other workspace sees none of it
    expect((await findProspects(db, other, {})).total).toBe(0);
  });

  it("reports each row on its line in the file: the preamble, blank lines and multi-line cells count", async () => {
    // SALES_NAV: the header is on line 4 after the notes and a blank line; line 7 holds only commas
    expect((await planImport(db, actor, SALES_NAV)).outcomes.map((o) => [o.line, o.action === "invalid" ? o.errors[0].code : "ok"])).toEqual([
      [5, "ok"],
      [6, "ok"],
      [8, "name_required"],
      [9, "profile_url_invalid"],
      [10, "ok"],
    ]);
    const csv = ["Name,Notes,LinkedIn URL", "", 'Multi Line,"met at\nDMEXCO\n\nin Cologne",https://www.linkedin.com/in/multi-line', ",no name,", "", "Bad Url,x,not a url"].join("\r\n");
    expect((await planImport(db, actor, csv)).outcomes.map((o) => [o.line, o.action])).toEqual([
      [3, "create"],
      [7, "invalid"],
      [9, "invalid"],
    ]);
  });

  it("merges or skips duplicates of existing prospects on a second import", async () => {
    const again = "First Name,Last Name,URL,Company,Position\nAnna,Schmidt,https://www.linkedin.com/in/anna-schmidt,Other Co,CEO\n";
    const skip = await planImport(db, actor, again, undefined, "skip");
    expect(skip.counts.skip).toBe(1);
    await commitImport(db, actor, skip);
    expect((await findProspects(db, actor, { q: "Anna" })).items[0].role).toBe("Head of Sales Ops");
  });

  it("takes a tag written twice in one cell (in any case) once, for a new prospect and a merge", async () => {
    const csv = "Name,LinkedIn URL,Tags\nTina Tag,https://www.linkedin.com/in/tina-tag,\"SaaS, saas; SAAS | DACH\"\n";
    expect(await commitImport(db, actor, await planImport(db, actor, csv))).toEqual({ created: 1, merged: 0 });
    const again = "Name,LinkedIn URL,Tags\nTina Tag,https://www.linkedin.com/in/tina-tag,\"Fintech, FINTECH, saas\"\n";
    expect(await commitImport(db, actor, await planImport(db, actor, again))).toEqual({ created: 0, merged: 1 });
    expect((await findProspects(db, actor, { q: "Tina Tag" })).items[0].tags?.sort()).toEqual(["dach", "fintech", "saas"]);
  });

  it("a merge adds only notes the prospect does not have yet: re-importing a file adds none", async () => {
    const csv = [
      "Name,LinkedIn URL,Notes",
      "Nora Note,https://www.linkedin.com/in/nora-note,Spoke at SaaStock",
      // the same person twice in one file with the same note
      "Nora Note,https://www.linkedin.com/in/nora-note,Spoke at SaaStock",
      "Nils Note,https://www.linkedin.com/in/nils-note,\"Met at DMEXCO\nin Cologne\"",
    ].join("\n");
    expect(await commitImport(db, actor, await planImport(db, actor, csv))).toEqual({ created: 2, merged: 1 });
    expect(await commitImport(db, actor, await planImport(db, actor, csv))).toEqual({ created: 0, merged: 3 });
    const notesOf = async (q: string) => (await getProspect(db, actor, (await findProspects(db, actor, { q })).items[0].id))!.notes.map((n) => n.text).sort();
    expect(await notesOf("Nora Note")).toEqual(["Spoke at SaaStock"]);
    expect(await notesOf("Nils Note")).toEqual(["Met at DMEXCO\nin Cologne"]);
    // a note typed by hand is not added again either; a new one is
    const nora = (await findProspects(db, actor, { q: "Nora Note" })).items[0].id;
    expect((await addNote(db, actor, { prospectId: nora, text: "Hiring two SDRs" })).ok).toBe(true);
    const more = "Name,LinkedIn URL,Notes\nNora Note,https://www.linkedin.com/in/nora-note,Hiring two SDRs\nNora Note,https://www.linkedin.com/in/nora-note,Moved to Munich\n";
    await commitImport(db, actor, await planImport(db, actor, more));
    expect(await notesOf("Nora Note")).toEqual(["Hiring two SDRs", "Moved to Munich", "Spoke at SaaStock"]);
  });

  it("merges a new profile listed twice in one file: the first non-empty value of each field wins, tags and notes are joined", async () => {
    const csv = [
      "Name,LinkedIn URL,Company,Position,Location,Tags,Notes",
      "Rita Repeat,https://www.linkedin.com/in/rita-repeat,Kontor GmbH,Head of Sales,,crm,Spoke at SaaStock",
      "Rita Repeat,https://linkedin.com/in/rita-repeat/,Other Co,CEO,Hamburg,\"dach, CRM\",Spoke at SaaStock",
      "Rita R.,https://www.linkedin.com/in/rita-repeat,,,Berlin,,Hiring two SDRs",
    ].join("\n");
    const plan = await planImport(db, actor, csv);
    // the preview treats the later rows as it treats duplicates of existing prospects
    expect(plan.outcomes.map((o) => o.action)).toEqual(["create", "merge", "merge"]);
    expect(await commitImport(db, actor, plan)).toEqual({ created: 1, merged: 2 });
    const found = await findProspects(db, actor, { q: "Rita R" });
    expect(found.total).toBe(1);
    const rita = (await getProspect(db, actor, found.items[0].id))!;
    expect(rita).toMatchObject({ name: "Rita Repeat", company: "Kontor GmbH", role: "Head of Sales", location: "Hamburg" });
    expect(rita.tags).toEqual(["crm", "dach"]);
    expect(rita.notes.map((n) => n.text).sort()).toEqual(["Hiring two SDRs", "Spoke at SaaStock"]);
  });

  it("imports 10,000 rows in one transaction in well under 10 s", async () => {
    const lines = ["Name,Company,Title,LinkedIn URL,Location"];
    for (let i = 0; i < 10_000; i++) lines.push(`Person ${i},Company ${i % 300},Role ${i % 7},https://www.linkedin.com/in/person-${i},Berlin`);
    const started = Date.now();
    const plan = await planImport(db, actor, lines.join("\n"));
    const r = await commitImport(db, actor, plan);
    const ms = Date.now() - started;
    expect(r.created).toBe(10_000);
    expect(ms).toBeLessThan(10_000);
    // searching and paging stays fast and correct at this size
    const page = await findProspects(db, actor, { company: "Company 7", sort: "name", page: 1 });
    expect(page.total).toBe(Math.ceil((10_000 - 7) / 300));
  }, 30_000);

  it("reports a row with a cell over its limit as an error naming the column and the limit, and imports the other rows", async () => {
    const csv = [
      "Name,Job Title,Company,LinkedIn URL",
      `Long Lars,${"r".repeat(301)},Okay AG,https://www.linkedin.com/in/long-lars`,
      `Fine Fiona,${"r".repeat(300)},Okay AG,https://www.linkedin.com/in/fine-fiona`,
      // 300 UTF-16 units in NFD, 150 characters in NFC: the limit counts the stored (NFC) text
      `Nfd Nina ${"e\u0308".repeat(150)},CEO,Okay AG,`,
      `Wide Wanda ${"w".repeat(190)},CEO,${"c".repeat(301)},`,
    ].join("\n");
    const plan = await planImport(db, actor, csv);
    expect(plan.counts).toEqual({ create: 2, merge: 0, skip: 0, suppressed: 0, invalid: 2 });
    expect(plan.outcomes.filter((o) => o.action === "invalid")).toEqual([
      { line: 2, action: "invalid", errors: [{ code: "cell_too_long", field: "role", column: "Job Title", limit: 300 }] },
      {
        line: 5,
        action: "invalid",
        errors: [
          { code: "cell_too_long", field: "name", column: "Name", limit: 200 },
          { code: "cell_too_long", field: "company", column: "Company", limit: 300 },
        ],
      },
    ]);
    expect(await commitImport(db, actor, plan)).toEqual({ created: 2, merged: 0 });
    expect((await findProspects(db, actor, { q: "Fine Fiona" })).items[0].role).toBe("r".repeat(300));
    expect((await findProspects(db, actor, { q: "Nfd Nina" })).items[0].name).toBe(`Nfd Nina ${"\u00eb".repeat(150)}`);
    expect((await findProspects(db, actor, { q: "Long Lars" })).total).toBe(0);
    expect((await findProspects(db, actor, { q: "Wide Wanda" })).total).toBe(0);
  });

  it("reports a name made of first and last name over the name's limit as an error naming both columns, and imports the other rows", async () => {
    const csv = [
      "First Name,Last Name,URL,Company",
      // 100 + 1 + 100 characters: each within its own limit, together one over the name's 200
      `${"F".repeat(100)},${"L".repeat(100)},https://www.linkedin.com/in/long-first-last,Okay AG`,
      `${"G".repeat(100)},${"M".repeat(99)},https://www.linkedin.com/in/just-fits,Okay AG`,
      // a first name over its own limit is that cell's error, not also the name's
      `${"H".repeat(101)},${"N".repeat(100)},https://www.linkedin.com/in/long-first,Okay AG`,
    ].join("\n");
    const plan = await planImport(db, actor, csv);
    expect(plan.outcomes.filter((o) => o.action === "invalid")).toEqual([
      { line: 2, action: "invalid", errors: [{ code: "name_too_long", column: "First Name + Last Name", limit: 200 }] },
      { line: 4, action: "invalid", errors: [{ code: "cell_too_long", field: "firstName", column: "First Name", limit: 100 }] },
    ]);
    expect(plan.counts.create).toBe(1);
    expect(await commitImport(db, actor, plan)).toEqual({ created: 1, merged: 0 });
    expect((await findProspects(db, actor, { q: "G".repeat(100) })).items[0].name).toHaveLength(200);
    expect((await findProspects(db, actor, { q: "F".repeat(100) })).total).toBe(0);
  });

  it("refuses formula injection in exports", async () => {
    expect(neutraliseCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(neutraliseCell("+49 30")).toBe("'+49 30");
    expect(neutraliseCell("-1")).toBe("'-1");
    expect(neutraliseCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(neutraliseCell("Anna")).toBe("Anna");
    await createProspect(db, actor, { name: "=cmd|' /C calc'!A0", company: "@evil" });
    const csv = await exportProspectsCsv(db, actor);
    expect(csv).toContain("'=cmd|");
    expect(csv).toContain("'@evil");
  });
});

describe("prospect search", () => {
  let searcher: Actor;
  beforeAll(async () => {
    const c = await db.workspace.create({ data: { name: "C", members: { create: { name: "Cleo", email: "cleo@c.test" } } }, include: { members: true } });
    searcher = { workspaceId: c.id, memberId: c.members[0].id };
  });
  const names = async (filter: Parameters<typeof findProspects>[2]) => (await findProspects(db, searcher, filter)).items.map((p) => p.name);

  it("takes % and _ literally on both databases, case-insensitive as before", async () => {
    for (const form of [
      { name: "Percent Paula", role: "Cut churn by 50%" },
      { name: "Plain Pete", role: "Cut churn by 500 accounts" },
      { name: "Under Uwe", company: "a_b GmbH" },
      { name: "Axb Anton", company: "axb AG" },
      { name: "Aab Alma", company: "AAB KG" },
    ]) {
      expect((await createProspect(db, searcher, form)).ok).toBe(true);
    }
    expect(await names({ q: "50%" })).toEqual(["Percent Paula"]);
    expect(await names({ q: "%" })).toEqual(["Percent Paula"]);
    expect(await names({ q: "a_b" })).toEqual(["Under Uwe"]);
    expect(await names({ q: "A_B" })).toEqual(["Under Uwe"]);
    expect(await names({ q: "_" })).toEqual(["Under Uwe"]);
    expect(await names({ q: "CHURN BY 50%" })).toEqual(["Percent Paula"]);
    expect(await names({ q: "50%", company: "a_b GmbH" })).toEqual([]);
    // without a wildcard nothing changes: ASCII case is ignored
    expect(await names({ q: "AB", sort: "name" })).toEqual(["Aab Alma"]);
    expect(await names({ q: "churn by 50", sort: "name" })).toEqual(["Percent Paula", "Plain Pete"]);
  });

  it("ignores the case of umlauts and other non-ASCII letters on both databases, with and without a wildcard", async () => {
    for (const form of [
      { name: "Özlem Özdemir", company: "Ärztekammer Nordrhein" },
      { name: "Çelik Şahin", role: "Leiter ÉLAN-Projekte" },
      { name: "Ozan Oz", company: "Arztpraxis Oz" },
      { name: "Übel 5% Über", company: "Straße_Bau" },
    ]) {
      expect((await createProspect(db, searcher, form)).ok).toBe(true);
    }
    expect(await names({ q: "özdemir" })).toEqual(["Özlem Özdemir"]);
    expect(await names({ q: "ÖZDEMIR" })).toEqual(["Özlem Özdemir"]);
    expect(await names({ q: "ärzte" })).toEqual(["Özlem Özdemir"]);
    expect(await names({ q: "şahin" })).toEqual(["Çelik Şahin"]);
    expect(await names({ q: "élan" })).toEqual(["Çelik Şahin"]);
    // an umlaut is its own letter, not its base letter
    expect(await names({ q: "oz", sort: "name" })).toEqual(["Ozan Oz"]);
    // with % or _ the literal matching keeps ignoring case
    expect(await names({ q: "ÜBEL 5%" })).toEqual(["Übel 5% Über"]);
    expect(await names({ q: "STRASSE_BAU" })).toEqual([]);
    expect(await names({ q: "STRAßE_BAU" })).toEqual(["Übel 5% Über"]);
    expect(await names({ q: "straße_bau" })).toEqual(["Übel 5% Über"]);
  });

  it("pages, counts and orders the literal matches of a wildcard search as any other search", async () => {
    const pad = (i: number) => String(i).padStart(3, "0");
    const literal = Array.from({ length: PAGE_SIZE + 7 }, (_, i) => `Deal 10% ${pad(i)}`);
    const lookalike = Array.from({ length: 9 }, (_, i) => `Deal 100 ${pad(i)}`);
    // created in shuffled order, so the sort does the ordering
    for (const name of [...literal, ...lookalike].sort((a, b) => (a.slice(-2) < b.slice(-2) ? -1 : 1))) {
      expect((await createProspect(db, searcher, { name, tags: name.endsWith("3") ? "tagged" : "" })).ok).toBe(true);
    }
    const first = await findProspects(db, searcher, { q: "deal 10%", sort: "name" });
    expect(first.total).toBe(literal.length);
    expect(first.pages).toBe(2);
    expect(first.items.map((p) => p.name)).toEqual(literal.slice(0, PAGE_SIZE));
    const second = await findProspects(db, searcher, { q: "deal 10%", sort: "name", page: 2 });
    expect(second.items.map((p) => p.name)).toEqual(literal.slice(PAGE_SIZE));
    expect(second.items[0]).toMatchObject({ role: "", company: "", profileUrl: null, tags: [], lastTouchAt: null });
    expect((await findProspects(db, searcher, { q: "deal 10%", sort: "name", page: 3 })).items).toEqual([]);
    expect((await findProspects(db, searcher, { q: "Deal 10%", sort: "company" })).items.map((p) => p.name)).toEqual(literal.slice(0, PAGE_SIZE));
    // with the other filters
    const tagged = await findProspects(db, searcher, { q: "10%", tag: "tagged", sort: "name" });
    expect(tagged.items.map((p) => p.name)).toEqual(literal.filter((n) => n.endsWith("3")));
    expect(tagged.items.every((p) => p.tags?.includes("tagged"))).toBe(true);
  });
});

describe("the compose page's prospect picker", () => {
  it("holds a prospect asked for by id even when it is older than the most recent page, and nobody else's", async () => {
    const w = await db.workspace.create({ data: { name: "P", members: { create: { name: "Pia", email: "pia@p.test" } } }, include: { members: true } });
    const picker: Actor = { workspaceId: w.id, memberId: w.members[0].id };
    const old = await createProspect(db, picker, { name: "Olga Old", company: "Archiv AG" });
    const oldId = old.ok ? old.value.id : "";
    await db.prospect.update({ where: { id: oldId }, data: { updatedAt: new Date("2020-01-01T00:00:00Z") } });
    for (let i = 0; i < PAGE_SIZE; i++) expect((await createProspect(db, picker, { name: `Recent ${i}` })).ok).toBe(true);

    const recent = await pickerProspects(db, picker);
    expect(recent).toHaveLength(PAGE_SIZE);
    expect(recent.some((p) => p.id === oldId)).toBe(false);
    const withOld = await pickerProspects(db, picker, oldId);
    expect(withOld).toHaveLength(PAGE_SIZE + 1);
    expect(withOld[0]).toMatchObject({ id: oldId, name: "Olga Old", company: "Archiv AG" });
    // one already on the page is not listed twice
    expect(await pickerProspects(db, picker, recent[3].id)).toEqual(recent);
    // another workspace's prospect or an unknown id adds nothing
    const foreign = await createProspect(db, other, { name: "Fremd" });
    expect(await pickerProspects(db, picker, foreign.ok ? foreign.value.id : "x")).toEqual(recent);
    expect(await pickerProspects(db, picker, "no-such-id")).toEqual(recent);
  });
});

describe("research notes, touchpoints, lists", () => {
  it("edits and deletes notes, logs touchpoints that warm the prospect and feed the checks", async () => {
    const p = await createProspect(db, actor, { name: "Tom Becker", company: "Kestrel", profileUrl: "https://www.linkedin.com/in/tom-becker", tags: "revops, q3" });
    const id = p.ok ? p.value.id : "";
    const note = await addNote(db, actor, { prospectId: id, kind: "post", text: "Missed Q3 forecast by 18%", notedOn: "2026-11-03", sourceUrl: "https://www.linkedin.com/posts/x" });
    expect(note.ok).toBe(true);
    const noteId = note.ok ? note.value.id : "";
    expect((await updateNote(db, actor, noteId, { prospectId: id, kind: "comment", text: "Missed the Q3 forecast by 18%" })).ok).toBe(true);
    expect((await updateNote(db, other, noteId, { prospectId: id, kind: "comment", text: "hijack" })).ok).toBe(false);
    expect((await addNote(db, actor, { prospectId: id, text: "x", sourceUrl: "javascript:alert(1)" })).ok).toBe(false);
    // a note's date is checked like every date typed into a form; an empty field is no date
    expect(await addNote(db, actor, { prospectId: id, text: "x", notedOn: "0100-01-04" })).toMatchObject({ ok: false, errors: { notedOn: ["date_out_of_range"] } });
    expect(await addNote(db, actor, { prospectId: id, text: "x", notedOn: "2999-01-01" })).toMatchObject({ ok: false, errors: { notedOn: ["date_out_of_range"] } });
    expect(await addNote(db, actor, { prospectId: id, text: "x", notedOn: "soon" })).toMatchObject({ ok: false, errors: { notedOn: ["date_invalid"] } });
    expect((await updateNote(db, actor, noteId, { prospectId: id, kind: "comment", text: "Missed the Q3 forecast by 18%", notedOn: "1999-12-31" })).ok).toBe(false);
    const undated = await addNote(db, actor, { prospectId: id, text: "Undated", notedOn: "" });
    expect(undated.ok).toBe(true);
    if (undated.ok) await deleteNote(db, actor, undated.value.id);

    expect((await logTouchpoint(db, actor, { prospectId: id, kind: "commented" })).ok).toBe(true);
    expect((await logTouchpoint(db, actor, { prospectId: id, kind: "connection-accepted" })).ok).toBe(true);
    expect((await logTouchpoint(db, other, { prospectId: id, kind: "reacted" })).ok).toBe(false);
    const detail = await getProspect(db, actor, id);
    expect(detail?.notes[0].kind).toBe("comment");
    expect(detail?.touchpoints.map((t) => t.kind).sort()).toEqual(["commented", "connection-accepted"]);
    expect(detail?.tags).toEqual(["q3", "revops"]);
    expect(detail?.lastTouchAt).not.toBeNull();
    const ctx = await composeContext(db, actor, id);
    expect(ctx.touchpoints.map((t) => t.kind)).toContain("connection-accepted");
    expect(ctx.prospect?.notes).toEqual(["Missed the Q3 forecast by 18%"]);

    expect(await deleteNote(db, other, noteId)).toBe(false);
    expect(await deleteNote(db, actor, noteId)).toBe(true);

    const list = await createLeadList(db, actor, "Q4 RevOps");
    const listId = list.ok ? list.value.id : "";
    expect(await setListMembership(db, actor, listId, id, true)).toBe(true);
    expect(await setListMembership(db, other, listId, id, true)).toBe(false);
    expect((await findProspects(db, actor, { list: listId })).items.map((x) => x.id)).toEqual([id]);
    expect((await findProspects(db, actor, { tag: "revops" })).items.map((x) => x.id)).toEqual([id]);
    expect((await findProspects(db, actor, { touched: "7" })).items.map((x) => x.id)).toContain(id);
    expect((await updateProspect(db, actor, id, { name: "Tom Becker", company: "Kestrel Analytics", formOfAddress: "du", tags: ["revops"] })).ok).toBe(true);
    expect((await getProspect(db, actor, id))?.formOfAddress).toBe("du");
  });
});

describe("GDPR", () => {
  it("exports a colleague's drafts to a manager only; a member's export says they are left out", async () => {
    const p = await createProspect(db, actor, { name: "Draft Dora", company: "Dd AG" });
    const id = p.ok ? p.value.id : "";
    const colleague = await db.member.create({ data: { workspaceId: actor.workspaceId, name: "Carl", email: "carl@a.test" } });
    const carl: Actor = { workspaceId: actor.workspaceId, memberId: colleague.id, role: "member" };
    await saveMessage(db, carl, { prospectId: id, channel: "message", body: "Hi Dora, Carl's own draft about your hiring post." }, false);
    await saveMessage(db, actor, { prospectId: id, channel: "message", body: "Hi Dora, Ann's draft, not yet sent." }, false);
    await saveMessage(db, actor, { prospectId: id, channel: "message", body: "Hi Dora, Ann's sent message on your hiring post. Worth a chat?" }, true);
    const asCarl = await exportProspectData(db, carl, id);
    expect(asCarl?.messages.map((m) => m.body).sort()).toEqual(["Hi Dora, Ann's sent message on your hiring post. Worth a chat?", "Hi Dora, Carl's own draft about your hiring post."]);
    expect(asCarl?.draftsLeftOut).toBe(1);
    const asManager = await exportProspectData(db, { ...actor, role: "manager" }, id);
    expect(asManager?.messages).toHaveLength(3);
    expect(asManager?.draftsLeftOut).toBeUndefined();
  });

  it("exports everything about a prospect, and erasing leaves no trace of name or URL in any table", async () => {
    const name = "Zelda Quist-Uniquename";
    const profile = "https://www.linkedin.com/in/zelda-quist-uniquename";
    const p = await createProspect(db, actor, { name, company: "Zq GmbH", profileUrl: profile, notes: "Talked about Zelda Quist-Uniquename's churn" });
    const id = p.ok ? p.value.id : "";
    await logTouchpoint(db, actor, { prospectId: id, kind: "viewed-profile", note: name });
    const sent = await saveMessage(db, actor, { prospectId: id, channel: "message", body: `Hi Zelda,\n\n${name}, your churn post was great. Worth a chat?` }, true);
    await logReply(db, actor, { messageId: sent.ok ? sent.value.id : "", receivedAt: new Date().toISOString(), text: "Thanks, Zelda" });
    const data = await exportProspectData(db, actor, id);
    expect(data?.prospect.name).toBe(name);
    expect(data?.messages).toHaveLength(1);
    expect(data?.messages[0].replies).toHaveLength(1);
    expect(data?.touchpoints).toHaveLength(1);
    expect(await exportProspectData(db, other, id)).toBeNull();

    expect(await eraseProspect(db, other, id)).toBe(false);
    expect(await eraseProspect(db, actor, id)).toBe(true);
    // scan every table and column of the real database file
    const tables = await testDb.dumpTables();
    expect(Object.keys(tables).length).toBeGreaterThan(10);
    for (const [table, rows] of Object.entries(tables)) {
      const dump = JSON.stringify(rows, (_, v) => (typeof v === "bigint" ? String(v) : v));
      expect(dump.includes("Quist-Uniquename"), table).toBe(false);
      expect(dump.includes("zelda-quist-uniquename"), table).toBe(false);
    }
  });

  it("an objection suppresses the profile: neither creation nor import brings it back", async () => {
    const profile = "https://www.linkedin.com/in/objecting-person";
    const p = await createProspect(db, actor, { name: "Olga Object", profileUrl: profile });
    expect(await objectAndErase(db, actor, p.ok ? p.value.id : "")).toBe(true);
    const again = await createProspect(db, actor, { name: "Olga Object", profileUrl: "linkedin.com/in/objecting-person/" });
    expect(again).toEqual({ ok: false, errors: { profileUrl: ["profile_suppressed"] } });
    const plan = await planImport(db, actor, `Name,LinkedIn URL\nOlga Object,${profile}\n`);
    expect(plan.counts.suppressed).toBe(1);
    expect((await commitImport(db, actor, plan)).created).toBe(0);
    expect((await findProspects(db, actor, { q: "Olga" })).total).toBe(0);
    // another workspace is not bound by this workspace's list
    expect((await createProspect(db, other, { name: "Olga Object", profileUrl: profile })).ok).toBe(true);
  });

  it("purges prospects without activity for N months, and keeps active ones", async () => {
    const old = await createProspect(db, actor, { name: "Stale Person" });
    const fresh = await createProspect(db, actor, { name: "Fresh Person" });
    const longAgo = new Date(Date.now() - 400 * 86_400_000);
    await db.prospect.update({ where: { id: old.ok ? old.value.id : "" }, data: { updatedAt: longAgo, lastTouchAt: longAgo } });
    const purged = await purgeInactiveProspects(db, actor.workspaceId, 12);
    expect(purged).toBeGreaterThanOrEqual(1);
    expect(await getProspect(db, actor, old.ok ? old.value.id : "")).toBeNull();
    expect(await getProspect(db, actor, fresh.ok ? fresh.value.id : "")).not.toBeNull();
  });
});
