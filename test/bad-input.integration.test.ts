import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase } from "./database";
import type { TestUser } from "./auth";
import type { PrismaClient } from "../lib/db-client";
import type { Actor } from "../lib/data/workspace";
import { lintResultSchema, type LintResult } from "../lib/lint";

// The bad inputs of security.md ("Reliability"), through the real doors: the JSON routes as Request
// objects, every server action with a genuine Better Auth session, and the reads the pages make.
// Each input gets a clear 4xx (or a field error from an action) or is stored and read back inert;
// nothing answers 500 or throws.

let requestHeaders = new Headers();
vi.mock("next/headers", () => ({
  headers: async () => requestHeaders,
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => {}, delete: () => {}, has: () => false }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

let db: PrismaClient;
let cleanup: () => Promise<void>;
let auth: typeof import("./auth");
let compose: typeof import("../lib/actions/compose");
let research: typeof import("../lib/actions/research");
let members: typeof import("../lib/actions/members");
let data: { prospects: typeof import("../lib/data/prospects"); messages: typeof import("../lib/data/messages") };
const routes = {} as {
  prospectExport: typeof import("../app/(app)/prospects/[id]/export/route");
  prospectsExport: typeof import("../app/(app)/prospects/export/route");
  dashboardExport: typeof import("../app/api/dashboard/export/route");
  archive: typeof import("../app/api/import/archive/route");
  review: typeof import("../app/api/review/route");
  lint: typeof import("../app/api/lint/route");
};

let alice: TestUser;
let actor: Actor;

function as(user: TestUser | null) {
  requestHeaders = new Headers();
  if (user) requestHeaders.set("cookie", user.cookie);
}

function req(url: string, init: RequestInit = {}, user: TestUser | null = alice) {
  const headers = new Headers(init.headers);
  if (user) headers.set("cookie", user.cookie);
  return new Request(`http://127.0.0.1:3000${url}`, { ...init, headers });
}

const jsonPost = (url: string, body: BodyInit) => req(url, { method: "POST", headers: { "content-type": "application/json" }, body });
const lint = (body: string) => routes.lint.POST(jsonPost("/api/lint", body));
const review = (body: string) => routes.review.POST(jsonPost("/api/review", body));
const params = (id: string) => ({ params: Promise.resolve({ id }) });

/** What the database gives back for a string: NUL and lone surrogates become U+FFFD (lib/data/inert-text.ts). */
function stored(s: string): string {
  return s.replaceAll("\u0000", "\uFFFD").replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\uFFFD");
}

/** Prospect fields and research notes are also kept in NFC (lib/validations/compose.ts). */
const storedName = (s: string) => stored(s).normalize("NFC");

/** A clear client error: 4xx with `{ error: { code, issues } }`, each issue with a message. */
async function expectClear4xx(res: Response, status?: number) {
  expect(res.status, "a 4xx status").toBeGreaterThanOrEqual(400);
  expect(res.status, "a 4xx status").toBeLessThan(500);
  if (status) expect(res.status).toBe(status);
  const body = (await res.json()) as { error: { code: string; issues: { message: string }[] } };
  expect(typeof body.error.code).toBe("string");
  expect(body.error.code).not.toBe("internal");
  expect(body.error.issues.length).toBeGreaterThan(0);
  for (const i of body.error.issues) expect(i.message.length).toBeGreaterThan(0);
  return body.error;
}

/** An action's field error (the form shows it), never the catch-all "unknown". */
function expectFieldError(r: { ok: boolean; errors?: Record<string, string[]> }, field: string) {
  expect(r.ok, JSON.stringify(r)).toBe(false);
  expect(r.errors?.[field]?.length, JSON.stringify(r)).toBeGreaterThan(0);
  expect(JSON.stringify(r.errors)).not.toContain("unknown");
}

function ok<T>(r: { ok: true; value: T } | { ok: false; errors: Record<string, string[]> }): T {
  if (!r.ok) throw new Error(`action failed: ${JSON.stringify(r.errors)}`);
  return r.value;
}

/** Every span lies inside the message and starts and ends between whole characters (never inside a surrogate pair). */
function expectSaneSpans(result: LintResult, message: string) {
  const splitsPair = (i: number) => i > 0 && i < message.length && /[\ud800-\udbff]/.test(message[i - 1]) && /[\udc00-\udfff]/.test(message[i]);
  for (const c of result.checks) {
    for (const s of c.spans) {
      expect(s.start, c.id).toBeLessThanOrEqual(s.end);
      expect(s.end, c.id).toBeLessThanOrEqual(message.length);
      expect(splitsPair(s.start) || splitsPair(s.end), `${c.id} span ${s.start}-${s.end} splits a character`).toBe(false);
    }
  }
}

async function lintOk(message: string, extra: Record<string, unknown> = {}): Promise<LintResult> {
  const res = await lint(JSON.stringify({ message, ...extra }));
  expect(res.status).toBe(200);
  const parsed = lintResultSchema.parse(await res.json());
  expectSaneSpans(parsed, message);
  return parsed;
}

const check = (r: LintResult, id: string) => r.checks.find((c) => c.id === id)!;

async function tableCounts() {
  return { prospects: await db.prospect.count(), notes: await db.researchNote.count(), messages: await db.message.count(), members: await db.member.count() };
}

beforeAll(async () => {
  // this suite sends far more requests than a person would: no rate limits (0 turns one off)
  for (const action of ["LINT", "LLM"]) for (const scope of ["USER", "WORKSPACE", "ADDRESS"]) vi.stubEnv(`RATE_LIMIT_${action}_${scope}`, "0");
  const t = createTestDatabase();
  ({ db, cleanup } = t);
  process.env.DATABASE_URL = t.url;
  auth = await import("./auth");
  compose = await import("../lib/actions/compose");
  research = await import("../lib/actions/research");
  members = await import("../lib/actions/members");
  data = { prospects: await import("../lib/data/prospects"), messages: await import("../lib/data/messages") };
  routes.prospectExport = await import("../app/(app)/prospects/[id]/export/route");
  routes.prospectsExport = await import("../app/(app)/prospects/export/route");
  routes.dashboardExport = await import("../app/api/dashboard/export/route");
  routes.archive = await import("../app/api/import/archive/route");
  routes.review = await import("../app/api/review/route");
  routes.lint = await import("../app/api/lint/route");
  alice = await auth.signUp("Alice Admin");
  const { actorFromHeaders } = await import("../lib/auth/actor");
  actor = (await actorFromHeaders(alice.headers))!;
}, 120_000);

afterAll(async () => {
  await (await import("../lib/db")).db.$disconnect();
  await cleanup?.();
});

// ---------------------------------------------------------------------------------------------
// The strings every write door must store inert and every read give back.
const EVIL: Record<string, string> = {
  "zero-width": "Anna\u200bSchmidt\u200c\u200d\u2060 and a\ufeffBOM",
  bidi: "invoice\u202Efdp.exe \u2066isolated\u2069 \u200fRLM",
  punycode: "see https://xn--pple-43d.com/login and https://www.аpple.com/x",
  emoji: "👩‍👩‍👧 family, 👍🏽 skin tone, 🇩🇪 flag, 🏳️‍🌈 and 🧑🏻‍💻 coder",
  nfd: "Zoe\u0308 Mu\u0308ller aus Mu\u0308nchen",
  html: `<img src=x onerror=alert(1)> <script>alert(2)</script> [click](javascript:alert(3)) <a href="javascript:alert(4)">x</a>`,
  sql: `Robert'); DROP TABLE "Prospect"; -- ' OR '1'='1 %_\\`,
  "lone surrogates": "high\ud800 low\udc00 pair\ud83d\ude00 reversed\udc00\ud800 end",
  nul: "before\u0000after\u0000",
  "__proto__": `{"__proto__":{"polluted":true}} constructor.prototype`,
};

describe.each(Object.entries(EVIL))("%s: stored and read back inert through every write door", (label, evil) => {
  it("prospect, note, touchpoint, list, draft, sent message, reply, exports", async () => {
    as(alice);
    const counts = await tableCounts();
    const name = `${label} ${evil}`;
    const { id } = ok(await compose.createProspectAction({ name, role: evil, company: `Firma ${evil}`, location: evil, tags: [`t-${label}`], notes: `first ${evil}\nsecond ${evil}` }));
    let p = (await data.prospects.getProspect(db, actor, id))!;
    expect(p.name).toBe(storedName(name.trim()));
    expect(p.role).toBe(storedName(evil.trim()));
    expect(p.company).toBe(storedName(`Firma ${evil}`.trim()));
    expect(p.notes.map((n) => n.text).sort()).toEqual([`first ${evil}`, `second ${evil}`].map((s) => storedName(s.trim())).sort());

    ok(await research.updateProspectAction(id, { name: `${name} updated`, role: evil, company: "X", tags: `a,${label}` }));
    p = (await data.prospects.getProspect(db, actor, id))!;
    expect(p.name).toBe(storedName(`${name} updated`));

    const note = ok(await research.addNoteAction({ prospectId: id, kind: "post", text: `note ${evil}`, sourceUrl: "https://example.com/post?q=1" }));
    ok(await research.updateNoteAction(note.id, { prospectId: id, kind: "comment", text: `edited ${evil}`, sourceUrl: "" }));
    ok(await research.logTouchpointAction({ prospectId: id, kind: "commented", note: `touch ${evil}` }));
    ok(await research.createLeadListAction(`List ${label} ${evil}`.slice(0, 100)));
    p = (await data.prospects.getProspect(db, actor, id))!;
    expect(p.notes.map((n) => n.text)).toContain(storedName(`edited ${evil}`));
    expect(p.touchpoints[0].note).toBe(stored(`touch ${evil}`));

    const body = `Hi Anna, ${evil}. Worth a chat?`;
    const draft = ok(await compose.saveDraftAction({ prospectId: id, channel: "inmail", subject: `Re: ${evil}`, body }));
    const readDraft = (await data.messages.getDraft(db, actor, draft.id))!;
    expect(readDraft.body).toBe(stored(body));
    expect(readDraft.subject).toBe(stored(`Re: ${evil}`));
    const sent = ok(await compose.markSentAction({ prospectId: id, channel: "message", body }));
    ok(await compose.logReplyAction({ messageId: sent.id, receivedAt: new Date().toISOString(), text: `reply ${evil}` }));
    const thread = await data.messages.getThread(db, actor, id);
    expect(thread.map((e) => e.text)).toEqual([stored(body), stored(`reply ${evil}`)]);
    // the compose page's context for the next message, with all of it in the history
    const context = ok(await compose.loadProspectContextAction(id));
    expect(context.context.history).toHaveLength(2);

    // the GDPR export (JSON) and the CSV export carry the text as data
    const exp = await routes.prospectExport.GET(req(`/prospects/${id}/export`), params(id));
    expect(exp.status).toBe(200);
    const json = (await exp.json()) as { prospect: { name: string }; researchNotes: { text: string }[]; messages: { body: string }[] };
    expect(json.prospect.name).toBe(storedName(`${name} updated`));
    expect(json.messages.map((m) => m.body)).toContain(stored(body));
    const csv = await routes.prospectsExport.GET(req("/prospects/export"));
    expect(csv.status).toBe(200);
    expect(await csv.text()).toContain(storedName(`${name} updated`).replaceAll('"', '""'));
    expect((await routes.dashboardExport.GET(req("/api/dashboard/export?period=all"))).status).toBe(200);

    // the linter and the AI review take the same text (with the stored prospect as context)
    await lintOk(body, { prospect: { name: evil, notes: [evil] } });
    const rev = await review(JSON.stringify({ message: body, prospectId: id }));
    expect(rev.status).toBe(200);

    const after = await tableCounts();
    expect(after.prospects).toBe(counts.prospects + 1);
    expect(after.messages).toBe(counts.messages + 2);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("search, filters and the pages' reads", async () => {
    as(alice);
    for (const q of [evil, evil.slice(0, 100), stored(evil).slice(0, 100)]) {
      const page = await data.prospects.findProspects(db, actor, { q, company: evil, tag: evil, list: evil, sort: evil, page: evil });
      expect(page.page).toBe(1);
    }
    // the prospect page, the compose page (?draft=, ?prospect=) with the string as an id
    expect(await data.prospects.getProspect(db, actor, evil)).toBeNull();
    expect(await data.messages.getDraft(db, actor, evil)).toBeNull();
    expect((await data.messages.composeContext(db, actor, evil)).prospect).toBeUndefined();
    const exp = await routes.prospectExport.GET(req(`/prospects/x/export`), params(evil));
    expect(exp.status).toBe(404);
    expect((await routes.dashboardExport.GET(req(`/api/dashboard/export?${new URLSearchParams({ period: evil, rep: evil, channel: evil, verdict: evil })}`))).status).toBe(200);
    // actions given the string where an id belongs
    expectFieldError(await compose.deleteDraftAction(evil), "id");
    expectFieldError(await compose.logReplyAction({ messageId: evil, receivedAt: new Date().toISOString() }), "messageId");
    expectFieldError(await research.addNoteAction({ prospectId: evil, kind: "post", text: "x" }), "prospectId");
    expectFieldError(await research.updateProspectAction(evil, { name: "x" }), "id");
    expectFieldError(await research.setListMembershipAction(evil, evil, true), "id");
    expectFieldError(await research.eraseProspectAction(evil, true), "id");
    expectFieldError(await compose.saveDraftAction({ prospectId: evil.slice(0, 100), channel: "message", body: "Hi" }), "prospectId");
    // an invitation token that is no token: the member stays where they are
    expect(await members.acceptInvitationAction(evil)).toEqual({ ok: true });
    const { actorFromHeaders } = await import("../lib/auth/actor");
    expect((await actorFromHeaders(alice.headers))?.workspaceId).toBe(actor.workspaceId);
  });

  it("CSV import and the LinkedIn archive import", async () => {
    as(alice);
    const q = (s: string) => `"${s.replaceAll('"', '""')}"`;
    const csv = `name,company,notes,tags\n${q(`Csv ${label} ${evil}`)},${q(evil)},${q(`csv note ${evil}`)},${q(`x,${label}`)}\n`;
    const preview = ok(await research.previewImportAction(csv, null, "merge"));
    expect(preview.counts.create).toBe(1);
    expect(ok(await research.commitImportAction(csv, null, "merge")).created).toBe(1);
    const found = await db.prospect.findFirst({ where: { workspaceId: actor.workspaceId, source: "csv-import", company: storedName(evil.trim()) }, include: { notes: true } });
    expect(found?.name).toBe(storedName(`Csv ${label} ${evil}`.trim().replace(/\s+/g, " ")));
    expect(found?.notes.map((n) => n.text)).toEqual([storedName(`csv note ${evil}`.trim())]);

    const slug = label.replace(/\W+/g, "-");
    const messages = [
      "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,IS MESSAGE DRAFT",
      `c-${slug},,Me Myself,https://www.linkedin.com/in/me-${slug},${q(`Arc ${evil}`)},https://www.linkedin.com/in/arc-${slug},2026-01-05 09:00:00 UTC,,${q(`Hi, ${evil} worth a chat?`)},INBOX,No`,
      `c-${slug},,${q(`Arc ${evil}`)},https://www.linkedin.com/in/arc-${slug},Me Myself,https://www.linkedin.com/in/me-${slug},2026-01-06 09:00:00 UTC,,${q(`answer ${evil}`)},INBOX,No`,
    ].join("\n");
    const form = new FormData();
    form.set("file", new File([messages], "messages.csv", { type: "text/csv" }));
    form.set("ownProfileUrl", `https://www.linkedin.com/in/me-${slug}`);
    form.set("keepReplyTexts", "on");
    const res = await routes.archive.POST(req("/api/import/archive", { method: "POST", body: form }));
    expect(res.status).toBe(200);
    const lines = (await res.text()).trim().split("\n").map((l) => JSON.parse(l) as { result?: { messagesImported: number }; error?: unknown });
    expect(lines.at(-1)?.error).toBeUndefined();
    expect(lines.at(-1)?.result?.messagesImported).toBe(1);
    const imported = await db.message.findFirst({ where: { workspaceId: actor.workspaceId, externalId: { not: null }, prospect: { profileUrl: `https://www.linkedin.com/in/arc-${slug.toLowerCase()}` } }, include: { replies: true } });
    // archive messages are kept as plain text (HTML fragments in them are dropped)
    const { plainText } = await import("../lib/import/linkedin-archive");
    expect(imported?.body).toBe(stored(plainText(`Hi, ${evil} worth a chat?`)));
    expect(imported?.replies.map((r) => r.text)).toEqual([stored(plainText(`answer ${evil}`))]);
  });
});

describe("archive uploads past the limit", () => {
  it("a chunked upload (no Content-Length) is refused with 413 once it passes 200 MB, without reading the rest", async () => {
    const chunk = new Uint8Array(1_000_000).fill(0x41);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 400) return controller.close();
        sent++;
        controller.enqueue(chunk);
      },
    });
    const init = { method: "POST", body, duplex: "half", headers: { "content-type": "multipart/form-data; boundary=x" } } as RequestInit;
    const res = await routes.archive.POST(req("/api/import/archive", init));
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe("payload_too_large");
    expect(sent).toBeLessThan(400);
  });
});

// ---------------------------------------------------------------------------------------------
describe("1 MB messages", () => {
  const mb = "x".repeat(1_000_000);

  it("the JSON routes answer 413 (over the body limit) or 400 (over the message limit) at once", async () => {
    const t0 = performance.now();
    const err = await expectClear4xx(await lint(JSON.stringify({ message: `Hi Anna, ${mb}` })), 413);
    expect(err.code).toBe("payload_too_large");
    // a little under a megabyte: inside the body limit, over the message limit
    const err2 = await expectClear4xx(await lint(JSON.stringify({ message: "x".repeat(990_000) })), 400);
    expect(err2.issues.map((i) => (i as unknown as { path: unknown[] }).path)).toContainEqual(["message"]);
    expect((await expectClear4xx(await review(JSON.stringify({ message: mb })), 413)).code).toBe("payload_too_large");
    expect(performance.now() - t0).toBeLessThan(3_000);
  });

  it("the server actions answer with a field error, and store nothing", async () => {
    as(alice);
    const before = await tableCounts();
    const t0 = performance.now();
    const { id } = ok(await compose.createProspectAction({ name: "Mega Byte" }));
    expectFieldError(await compose.createProspectAction({ name: mb }), "name");
    expectFieldError(await compose.createProspectAction({ name: "N", notes: mb }), "notes");
    expectFieldError(await compose.createProspectAction({ name: "N", tags: mb }), "tags");
    expectFieldError(await research.updateProspectAction(id, { name: "N", company: mb }), "company");
    expectFieldError(await research.addNoteAction({ prospectId: id, kind: "post", text: mb }), "text");
    expectFieldError(await research.addNoteAction({ prospectId: id, kind: "post", text: "x", sourceUrl: `https://example.com/${mb}` }), "sourceUrl");
    expectFieldError(await research.logTouchpointAction({ prospectId: id, kind: "reacted", note: mb }), "note");
    expectFieldError(await research.createLeadListAction(mb), "name");
    expectFieldError(await compose.saveDraftAction({ prospectId: id, channel: "message", body: mb }), "body");
    expectFieldError(await compose.saveDraftAction({ prospectId: id, channel: "inmail", subject: mb, body: "Hi" }), "subject");
    expectFieldError(await compose.markSentAction({ prospectId: id, channel: "message", body: mb }), "body");
    const sent = ok(await compose.markSentAction({ prospectId: id, channel: "message", body: "Hi Mega, worth a chat?" }));
    expectFieldError(await compose.logReplyAction({ messageId: sent.id, receivedAt: new Date().toISOString(), text: mb }), "text");
    expect(performance.now() - t0).toBeLessThan(10_000);
    const after = await tableCounts();
    expect(after.prospects).toBe(before.prospects + 1);
    expect(after.messages).toBe(before.messages + 1);
  });

  it("a CSV import with a 1 MB cell reports that row as an error with column and limit, and imports the others", async () => {
    as(alice);
    const csv = `name,notes\nHuge Cell,${mb}\nSmall Cell,fine\n`;
    const preview = ok(await research.previewImportAction(csv, null, "merge"));
    expect(preview.problems).toEqual([{ line: 2, errors: [{ code: "cell_too_long", field: "notes", column: "notes", limit: 10_000 }] }]);
    expect(ok(await research.commitImportAction(csv, null, "merge")).created).toBe(1);
    expect(await db.prospect.count({ where: { workspaceId: actor.workspaceId, name: "Huge Cell" } })).toBe(0);
    const p = await db.prospect.findFirstOrThrow({ where: { workspaceId: actor.workspaceId, name: "Small Cell" }, include: { notes: true } });
    expect(p.notes.map((n) => n.text)).toEqual(["fine"]);
  });
});

// ---------------------------------------------------------------------------------------------
describe("zero-width and bidi control characters", () => {
  it("are flagged by the linter's links rule, with a span on each character", async () => {
    const zw = "Hi Anna, your post on pay\u200broll rang true. Worth a chat?";
    let c = check(await lintOk(zw), "links");
    expect(c.status).toBe("warn");
    expect(c.messageId).toBe("hidden-characters");
    expect(c.spans).toEqual([{ start: zw.indexOf("\u200b"), end: zw.indexOf("\u200b") + 1 }]);
    for (const ch of ["\u202E", "\u202D", "\u2066", "\u2067", "\u2068", "\u2069", "\u202A", "\u202B", "\u202C"]) {
      const m = `Hi Anna, see the file invoice${ch}fdp.exe. Worth a chat?`;
      c = check(await lintOk(m), "links");
      expect(c.status, `U+${ch.codePointAt(0)!.toString(16)}`).toBe("fail");
      expect(c.spans).toContainEqual({ start: m.indexOf(ch), end: m.indexOf(ch) + 1 });
    }
    for (const ch of ["\u200c", "\u2060", "\ufeff", "\u200e", "\u200f", "\u061c", "\u00ad"]) {
      const m = `Hi Anna, your post on pay${ch}roll rang true. Worth a chat?`;
      expect(check(await lintOk(m), "links").messageId, `U+${ch.codePointAt(0)!.toString(16)}`).toBe("hidden-characters");
    }
    // inside a link it is spoofing: a failure
    const link = "Hi Anna, see https://exam\u200bple.com/case. Worth a chat?";
    expect(check(await lintOk(link), "links").status).toBe("fail");
  });

  it("the saved draft is linted on the server with the same finding", async () => {
    as(alice);
    const draft = ok(await compose.saveDraftAction({ channel: "message", body: "Hi Anna, the report is in invoice\u202Efdp.exe. Worth a chat?" }));
    const row = await db.message.findUniqueOrThrow({ where: { id: draft.id } });
    const result = JSON.parse(row.lintResult) as LintResult;
    expect(check(result, "links")).toMatchObject({ status: "fail", messageId: "hidden-characters" });
    expect(row.verdict).toBe("block");
  });
});

// ---------------------------------------------------------------------------------------------
describe("punycode and look-alike domains", () => {
  it.each([
    ["punycode with Cyrillic", "https://xn--pple-43d.com/login"],
    ["Cyrillic letters typed in", "https://www.аpple.com/login"],
    ["Greek omicron", "https://gοogle.com"],
    ["mixed-script label", "https://paypаl.com/account"],
    ["punycode umlaut domain", "https://xn--mnchen-3ya.de/"],
    ["a link text naming another domain", "[paypal.com](https://evil.example.org)"],
    ["an IP address", "http://192.168.0.1/login"],
    ["a javascript: link", "[click](javascript:alert(1))"],
    ["a data: URL", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="],
  ])("%s is flagged by the links rule", async (_name, link) => {
    const c = check(await lintOk(`Hi Anna, your post on payroll rang true: ${link} Worth a chat?`), "links");
    expect(c.status).toBe("fail");
    expect(["look-alike", "text-mismatch", "ip-host", "scheme"]).toContain(c.messageId);
  });

  it("a look-alike LinkedIn profile address is refused where a profile URL is asked for", async () => {
    as(alice);
    for (const url of ["https://www.lіnkedin.com/in/anna", "https://xn--lnkedin-5nf.com/in/anna", "https://linkedin.com.evil.example/in/anna", "javascript:alert(1)//linkedin.com/in/anna", "https://evil.example/?linkedin.com/in/anna"]) {
      expectFieldError(await compose.createProspectAction({ name: "Spoofed", profileUrl: url }), "profileUrl");
    }
  });
});

// ---------------------------------------------------------------------------------------------
describe("emoji and ZWJ sequences", () => {
  it("lint without breaking characters apart, and a ZWJ inside an emoji is not a hidden character", async () => {
    const m = "Hi Anna 👋🏽, your post on payroll 👩‍👩‍👧 rang true 🧑🏻‍💻🏳️‍🌈! At 🇩🇪 teams we cut errors by 30%. Worth a chat? 🙂";
    const r = await lintOk(m, { prospect: { name: "Anna 👩‍👩‍👧 Schmidt" } });
    expect(check(r, "links").status).toBe("pass");
    expect(check(r, "personal-address").status).toBe("pass");
    // a connection note of emoji only: counted, not crashed
    await lintOk("👩‍👩‍👧".repeat(100), { channel: "connection-note" });
  });
});

// ---------------------------------------------------------------------------------------------
describe("NFC and NFD names", () => {
  const nfc = "Zoë Müller";
  const nfd = nfc.normalize("NFD");

  it("a prospect typed in NFD is found by a search in NFC, and the other way round", async () => {
    as(alice);
    expect(nfd).not.toBe(nfc);
    ok(await compose.createProspectAction({ name: nfd, company: "Mu\u0308hle AG" }));
    ok(await compose.createProspectAction({ name: "Jörg Weiß", company: "Köln" }));
    for (const q of ["Zoë", "Müller", "zoë", "Mühle"]) {
      expect((await data.prospects.findProspects(db, actor, { q })).items.map((p) => p.name), q).toContain(nfc);
      expect((await data.prospects.findProspects(db, actor, { q: q.normalize("NFD") })).items.map((p) => p.name), `${q} (NFD)`).toContain(nfc);
    }
    expect((await data.prospects.findProspects(db, actor, { q: "Jo\u0308rg" })).items.map((p) => p.name)).toContain("Jörg Weiß");
    expect((await data.prospects.findProspects(db, actor, { company: "Mühle AG" })).total).toBe(1);
  });

  it.each([
    ["NFC name, NFD greeting", nfc, nfd],
    ["NFD name, NFC greeting", nfd, nfc],
    ["NFD name, NFD greeting", nfd, nfd],
  ])("the personal-address rule recognises the greeting: %s", async (_n, name, greeting) => {
    const [first, last] = greeting.split(" ");
    for (const message of [`Hi ${first}, your post on payroll rang true. Worth a chat?`, `Hallo Frau ${last}, Ihr Beitrag zur Lohnabrechnung hat mich überzeugt. Passt ein kurzes Gespräch?`, `Lieber ${first} ${last}, danke für den Beitrag. Passt ein kurzes Gespräch?`]) {
      const c = check(await lintOk(message, { prospect: { name } }), "personal-address");
      expect(c.status, message).toBe("pass");
    }
  });

  it("the server's lint of a saved draft greets the NFD-typed prospect by name", async () => {
    as(alice);
    const p = await db.prospect.findFirstOrThrow({ where: { workspaceId: actor.workspaceId, company: { contains: "hle AG" } } });
    const draft = ok(await compose.saveDraftAction({ prospectId: p.id, channel: "message", body: "Hallo Frau Müller, Ihr Beitrag zur Lohnabrechnung hat mich überzeugt. Passt ein kurzes Gespräch?" }));
    const row = await db.message.findUniqueOrThrow({ where: { id: draft.id } });
    expect(check(JSON.parse(row.lintResult) as LintResult, "personal-address").status).toBe("pass");
  });
});

// ---------------------------------------------------------------------------------------------
describe("HTML and javascript: links in notes", () => {
  it("a javascript:, data: or other non-http source URL is refused; the note text is kept as text", async () => {
    as(alice);
    const { id } = ok(await compose.createProspectAction({ name: "Html Notes" }));
    for (const url of ["javascript:alert(4)", " javascript:alert(4)", "JAVASCRIPT:alert(4)", "java\tscript:alert(4)", "data:text/html,<script>alert(5)</script>", "vbscript:msgbox(1)", "//evil.example/x", "file:///etc/passwd"]) {
      expectFieldError(await research.addNoteAction({ prospectId: id, kind: "post", text: "x", sourceUrl: url }), "sourceUrl");
    }
    const text = EVIL.html;
    const note = ok(await research.addNoteAction({ prospectId: id, kind: "post", text, sourceUrl: "https://example.com/a?b=<script>" }));
    expectFieldError(await research.updateNoteAction(note.id, { prospectId: id, kind: "post", text, sourceUrl: "javascript:alert(4)" }), "sourceUrl");
    const p = (await data.prospects.getProspect(db, actor, id))!;
    expect(p.notes[0]).toMatchObject({ text, sourceUrl: "https://example.com/a?b=<script>" });
    // the export is a JSON download, not a page
    const exp = await routes.prospectExport.GET(req(`/prospects/${id}/export`), params(id));
    expect(exp.headers.get("content-type")).toMatch(/^application\/json/);
    expect(exp.headers.get("content-disposition")).toMatch(/^attachment/);
  });

  it("a javascript: link in a message is flagged", async () => {
    for (const m of ["Hi Anna, [see here](javascript:alert(3)). Worth a chat?", 'Hi Anna, <a href="javascript:alert(3)">see here</a>. Worth a chat?', "Hi Anna, javascript:alert(3) Worth a chat?"]) {
      expect(check(await lintOk(m), "links"), m).toMatchObject({ status: "fail", messageId: "scheme" });
    }
  });
});

// ---------------------------------------------------------------------------------------------
describe("SQL fragments", () => {
  it("are stored verbatim, searched literally, and every table survives", async () => {
    as(alice);
    const counts = await tableCounts();
    const fragments = [`'; DROP TABLE "Prospect"; --`, `x' OR '1'='1`, `"; DELETE FROM "Message" WHERE ''='`, "1; SELECT pg_sleep(5); --", `\\'; DROP TABLE Member; --`];
    const ids: string[] = [];
    for (const f of fragments) ids.push(ok(await compose.createProspectAction({ name: f, company: f, notes: f })).id);
    for (const [i, f] of fragments.entries()) {
      const p = (await data.prospects.getProspect(db, actor, ids[i]))!;
      expect(p.name).toBe(f);
      expect(p.notes[0].text).toBe(f);
      expect((await data.prospects.findProspects(db, actor, { q: f })).items.map((x) => x.id)).toContain(ids[i]);
      expect((await data.prospects.findProspects(db, actor, { company: f })).items.map((x) => x.id)).toEqual([ids[i]]);
    }
    // LIKE wildcards are searched literally on both databases
    ok(await compose.createProspectAction({ name: "Percent 100% Sure" }));
    ok(await compose.createProspectAction({ name: "Percent 1000 Unsure", company: "a_b GmbH" }));
    ok(await compose.createProspectAction({ name: "Axb Lookalike", company: "axb AG" }));
    const percent = (await data.prospects.findProspects(db, actor, { q: "%" })).items;
    expect(percent.map((p) => p.name)).toContain("Percent 100% Sure");
    expect(percent.every((p) => `${p.name}${p.company}${p.role}`.includes("%"))).toBe(true);
    expect((await data.prospects.findProspects(db, actor, { q: "100%" })).items.map((p) => p.name)).toEqual(["Percent 100% Sure"]);
    const underscore = await data.prospects.findProspects(db, actor, { q: "_" });
    expect(underscore.items.map((p) => p.name)).toContain("Percent 1000 Unsure");
    expect(underscore.items.every((p) => `${p.name}${p.company}${p.role}`.includes("_"))).toBe(true);
    expect((await data.prospects.findProspects(db, actor, { q: "A_B" })).items.map((p) => p.name)).toEqual(["Percent 1000 Unsure"]);
    expect((await data.prospects.findProspects(db, actor, { q: "\\" })).items.every((p) => `${p.name}${p.company}${p.role}`.includes("\\"))).toBe(true);
    const after = await tableCounts();
    expect(after.prospects).toBe(counts.prospects + fragments.length + 3);
    expect(after.messages).toBe(counts.messages);
    expect(after.members).toBe(counts.members);
  });
});

// ---------------------------------------------------------------------------------------------
describe("lone surrogates and NUL characters", () => {
  it("the linter takes them (as JSON escapes too) and answers 200 with well-formed JSON", async () => {
    for (const body of ['{"message":"Hi Anna \\ud800 and \\udfff, worth a chat?"}', '{"message":"Hi Anna \\u0000 worth a chat?","prospect":{"name":"An\\u0000na"}}']) {
      const res = await lint(body);
      expect(res.status).toBe(200);
      expect(lintResultSchema.safeParse(JSON.parse(await res.text())).success).toBe(true);
    }
    // raw invalid UTF-8 bytes in the body decode to U+FFFD
    const bytes = new Uint8Array([...new TextEncoder().encode('{"message":"Hi Anna '), 0xff, 0xfe, 0xc3, ...new TextEncoder().encode(' worth a chat?"}')]);
    expect((await routes.lint.POST(jsonPost("/api/lint", bytes))).status).toBe(200);
    const rev = await review('{"message":"Hi Anna \\ud800 \\u0000, worth a chat?"}');
    expect(rev.status).toBe(200);
  });

  it("in a sign-up name: stored inert, the member's name too", async () => {
    const res = await auth.authRequest("/sign-up/email", { email: "nul-name@example.test", password: "correct horse battery", name: "Nu\u0000ll \ud800 User" }, { ip: "10.9.9.9" });
    expect(res.status).toBe(200);
    const user = await db.authUser.findFirstOrThrow({ where: { email: "nul-name@example.test" } });
    expect(user.name).toBe("Nu\uFFFDll \uFFFD User");
  });
});

// ---------------------------------------------------------------------------------------------
describe("deeply nested JSON", () => {
  const deep = (n: number) => "[".repeat(n) + "]".repeat(n);
  const deepObject = (n: number) => '{"a":'.repeat(n) + "1" + "}".repeat(n);

  it.each([
    ["100,000 levels of [", () => "[".repeat(100_000)],
    ["100,000 closed levels", () => deep(100_000)],
    ["90,000 levels inside a field", () => `{"message":"Hi Anna","prospect":{"notes":${deep(90_000)}}}`],
    ["30,000 object levels under an unknown key", () => `{"message":"Hi Anna","extra":${deepObject(30_000)}}`],
    ["33 levels, one more than allowed", () => `{"message":"Hi Anna","extra":${deep(32)}}`],
  ])("/api/lint and /api/review answer 400: %s", async (_n, body) => {
    const text = body();
    const t0 = performance.now();
    await expectClear4xx(await lint(text), 400);
    await expectClear4xx(await review(text), 400);
    expect(performance.now() - t0).toBeLessThan(3_000);
  });

  it("server actions given nested values answer with field errors", async () => {
    as(alice);
    const nested = JSON.parse(deep(5_000)) as unknown;
    expectFieldError(await compose.createProspectAction({ name: nested as string }), "name");
    expectFieldError(await compose.createProspectAction({ name: "N", tags: nested as string[] }), "tags");
    expectFieldError(await compose.saveDraftAction({ channel: "message", body: nested as string }), "body");
    const mapping = await research.previewImportAction("name\nX\n", { name: nested as number }, "merge");
    expect(mapping.ok).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
describe("__proto__ keys", () => {
  const bodies = [
    '{"message":"Hi Anna, worth a chat?","__proto__":{"polluted":"yes","llm":true}}',
    '{"message":"Hi Anna, worth a chat?","prospect":{"name":"Anna","__proto__":{"polluted":"yes"}}}',
    '{"message":"Hi Anna, worth a chat?","history":[{"direction":"in","text":"x","__proto__":{"polluted":"yes"}}]}',
    '{"message":"Hi Anna, worth a chat?","\\u005f_proto__":{"polluted":"yes"}}',
    '{"message":"Hi Anna, worth a chat?","constructor":{"prototype":{"polluted":"yes"}}}',
  ];

  it.each(bodies.map((b, i) => [i, b]))("/api/lint and /api/review answer 400 (body %i) and Object.prototype stays clean", async (_i, body) => {
    const l = await expectClear4xx(await lint(body as string), 400);
    const r = await expectClear4xx(await review(body as string), 400);
    expect(l.code).toBe(r.code);
    // the command line, the third door, answers with the same error
    const { runLintCommand } = await import("../lib/cli/lint-command");
    const err: string[] = [];
    expect(runLintCommand(["-"], { readFile: () => "", readStdin: () => body as string, stdout: () => {}, stderr: (line) => err.push(line) })).toBe(1);
    expect(JSON.parse(err[0])).toEqual({ error: l });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).llm).toBeUndefined();
  });

  it("server actions given objects with __proto__ keys: no pollution, the unknown key is ignored", async () => {
    as(alice);
    const form = JSON.parse('{"name":"Proto Person","__proto__":{"polluted":"yes","isAdmin":true},"constructor":{"prototype":{"polluted":"yes"}}}') as { name: string };
    const { id } = ok(await compose.createProspectAction(form));
    ok(await research.updateProspectAction(id, form));
    const note = JSON.parse(`{"prospectId":"${id}","kind":"post","text":"__proto__","__proto__":{"polluted":"yes"}}`) as { prospectId: string; kind: string; text: string };
    ok(await research.addNoteAction(note));
    ok(await compose.saveDraftAction(JSON.parse('{"channel":"message","body":"Hi __proto__","__proto__":{"polluted":"yes"}}') as { channel: "message"; body: string }));
    const preview = ok(await research.previewImportAction("__proto__,name,constructor\nx,Proto Import,y\n", JSON.parse('{"name":1,"__proto__":{"polluted":1}}') as Record<string, number>, "merge"));
    expect(preview.counts.create).toBe(1);
    ok(await compose.createProspectAction({ name: "Tagged", tags: ["__proto__", "constructor", "prototype"] }));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    const p = (await data.prospects.getProspect(db, actor, id))!;
    expect(p.name).toBe("Proto Person");
  });
});
