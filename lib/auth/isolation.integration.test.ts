import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase } from "../../test/database";
import type { TestUser } from "../../test/auth";
import type { PrismaClient } from "../db-client";

// Isolation between workspaces, through the real doors: every server action and route handler is
// called with a genuine Better Auth session of workspace B (plus the CVE-2025-29927 header) against
// workspace A's ids, and without a session. Sessions come from Better Auth's HTTP endpoints.

let requestHeaders = new Headers();
vi.mock("next/headers", () => ({
  headers: async () => requestHeaders,
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => {}, delete: () => {}, has: () => false }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

let db: PrismaClient;
let cleanup: () => Promise<void>;
let auth: typeof import("../../test/auth");
let compose: typeof import("../actions/compose");
let research: typeof import("../actions/research");
let members: typeof import("../actions/members");
const routes = {} as {
  prospectExport: typeof import("../../app/(app)/prospects/[id]/export/route");
  prospectsExport: typeof import("../../app/(app)/prospects/export/route");
  dashboardExport: typeof import("../../app/api/dashboard/export/route");
  archive: typeof import("../../app/api/import/archive/route");
  review: typeof import("../../app/api/review/route");
  lint: typeof import("../../app/api/lint/route");
};

let alice: TestUser; // admin of workspace A
let rep: TestUser; // member of workspace A (invited)
let bob: TestUser; // admin of workspace B

// workspace A's ids and secrets
const A = { prospectId: "", noteId: "", touchpointId: "", listId: "", draftId: "", sentId: "", repDraftId: "" };
const SECRET = "Zanzibar-Quartz-7731";

/** Acts as this user (B's cookie also carries the middleware-bypass header, which must change nothing). */
function as(user: TestUser | null) {
  requestHeaders = new Headers({ "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" });
  if (user) requestHeaders.set("cookie", user.cookie);
}

function req(url: string, user: TestUser | null, init: RequestInit = {}) {
  const headers = new Headers(init.headers);
  headers.set("x-middleware-subrequest", "middleware");
  if (user) headers.set("cookie", user.cookie);
  return new Request(`http://127.0.0.1:3000${url}`, { ...init, headers });
}

const params = (id: string) => ({ params: Promise.resolve({ id }) });

beforeAll(async () => {
  const t = createTestDatabase();
  ({ db, cleanup } = t);
  process.env.DATABASE_URL = t.url;
  auth = await import("../../test/auth");
  compose = await import("../actions/compose");
  research = await import("../actions/research");
  members = await import("../actions/members");
  routes.prospectExport = await import("../../app/(app)/prospects/[id]/export/route");
  routes.prospectsExport = await import("../../app/(app)/prospects/export/route");
  routes.dashboardExport = await import("../../app/api/dashboard/export/route");
  routes.archive = await import("../../app/api/import/archive/route");
  routes.review = await import("../../app/api/review/route");
  routes.lint = await import("../../app/api/lint/route");

  alice = await auth.signUp("Alice Admin");
  bob = await auth.signUp("Bob Other");

  as(alice);
  const invite = await members.createInvitationAction("member");
  if (!invite.ok) throw new Error("invite failed");
  rep = await auth.signUp("Rita Rep");
  as(rep);
  expect(await members.acceptInvitationAction(invite.token)).toEqual({ ok: true });

  as(alice);
  const p = await compose.createProspectAction({ name: `Anna ${SECRET}`, company: "Kontor GmbH", role: "CFO", profileUrl: "https://www.linkedin.com/in/anna-a", notes: `Posted about ${SECRET}` });
  if (!p.ok) throw new Error("prospect failed");
  A.prospectId = p.value.id;
  const note = await research.addNoteAction({ prospectId: A.prospectId, kind: "post", text: `Second note ${SECRET}` });
  if (!note.ok) throw new Error("note failed");
  A.noteId = note.value.id;
  const tp = await research.logTouchpointAction({ prospectId: A.prospectId, kind: "viewed-profile", note: SECRET });
  if (!tp.ok) throw new Error("touchpoint failed");
  A.touchpointId = tp.value.id;
  const list = await research.createLeadListAction(`List ${SECRET}`);
  if (!list.ok) throw new Error("list failed");
  A.listId = list.value.id;
  const draft = await compose.saveDraftAction({ prospectId: A.prospectId, channel: "message", body: `Hi Anna, draft ${SECRET}. Worth a chat?` });
  if (!draft.ok) throw new Error("draft failed");
  A.draftId = draft.value.id;
  const sent = await compose.markSentAction({ prospectId: A.prospectId, channel: "message", body: `Hi Anna, sent ${SECRET}. Worth a chat?` });
  if (!sent.ok) throw new Error("send failed");
  A.sentId = sent.value.id;
  as(rep);
  const repDraft = await compose.saveDraftAction({ prospectId: A.prospectId, channel: "message", body: `Hi Anna, rep draft ${SECRET}-rep. Coffee?` });
  if (!repDraft.ok) throw new Error("rep draft failed");
  A.repDraftId = repDraft.value.id;
}, 120_000);

afterAll(async () => {
  await (await import("../db")).db.$disconnect();
  await cleanup?.();
});

/** Workspace A's rows as they are, to compare before and after B's attempts. */
async function snapshotA() {
  const ws = await db.member.findFirstOrThrow({ where: { email: alice.email } });
  const [prospects, notes, touchpoints, lists, messages, replies, listMembers, workspace] = await Promise.all([
    db.prospect.findMany({ where: { workspaceId: ws.workspaceId }, orderBy: { id: "asc" } }),
    db.researchNote.findMany({ where: { prospect: { workspaceId: ws.workspaceId } }, orderBy: { id: "asc" } }),
    db.touchpoint.findMany({ where: { workspaceId: ws.workspaceId }, orderBy: { id: "asc" } }),
    db.leadList.findMany({ where: { workspaceId: ws.workspaceId }, orderBy: { id: "asc" } }),
    db.message.findMany({ where: { workspaceId: ws.workspaceId }, orderBy: { id: "asc" } }),
    db.reply.findMany({ where: { prospect: { workspaceId: ws.workspaceId } }, orderBy: { id: "asc" } }),
    db.leadListMember.findMany({ where: { list: { workspaceId: ws.workspaceId } } }),
    db.workspace.findUniqueOrThrow({ where: { id: ws.workspaceId } }),
  ]);
  return JSON.stringify({ prospects, notes, touchpoints, lists, messages, replies, listMembers, workspace });
}

const leaks = (v: unknown) => JSON.stringify(v ?? null).includes(SECRET);

describe("a user of another workspace (with x-middleware-subrequest) gets not-found and learns nothing", () => {
  it("server actions", async () => {
    const before = await snapshotA();
    as(bob);
    const notFound = { ok: false, errors: { id: ["not_found"] } };
    const results: Record<string, unknown> = {
      saveDraft: await compose.saveDraftAction({ id: A.draftId, prospectId: A.prospectId, channel: "message", body: "overwritten by B" }),
      markSent: await compose.markSentAction({ id: A.draftId, prospectId: A.prospectId, channel: "message", body: "sent by B" }),
      deleteDraft: await compose.deleteDraftAction(A.draftId),
      logReply: await compose.logReplyAction({ messageId: A.sentId, receivedAt: new Date().toISOString(), text: "fake reply" }),
      context: await compose.loadProspectContextAction(A.prospectId),
      updateProspect: await research.updateProspectAction(A.prospectId, { name: "Renamed by B" }),
      addNote: await research.addNoteAction({ prospectId: A.prospectId, kind: "post", text: "B's note" }),
      updateNote: await research.updateNoteAction(A.noteId, { prospectId: A.prospectId, kind: "post", text: "B edits" }),
      deleteNote: await research.deleteNoteAction(A.noteId, A.prospectId),
      logTouchpoint: await research.logTouchpointAction({ prospectId: A.prospectId, kind: "reacted" }),
      deleteTouchpoint: await research.deleteTouchpointAction(A.touchpointId, A.prospectId),
      setListMembership: await research.setListMembershipAction(A.listId, A.prospectId, false),
      erase: await research.eraseProspectAction(A.prospectId, false),
      object: await research.eraseProspectAction(A.prospectId, true),
      preview: await research.previewImportAction("name,profile url\nAnna,https://www.linkedin.com/in/anna-a\n", null, "merge"),
    };
    expect(results.deleteDraft).toEqual(notFound);
    expect(results.deleteNote).toEqual(notFound);
    expect(results.deleteTouchpoint).toEqual(notFound);
    expect(results.setListMembership).toEqual(notFound);
    expect(results.erase).toEqual(notFound);
    expect(results.object).toEqual(notFound);
    for (const k of ["logReply", "updateProspect", "addNote", "updateNote", "logTouchpoint"]) expect((results[k] as { ok: boolean }).ok, k).toBe(false);
    // the save and send attempts made B's own messages, without A's prospect
    for (const k of ["saveDraft", "markSent"]) {
      const r = results[k] as { ok: boolean; value?: { id: string } };
      if (r.ok) expect(await db.message.findUnique({ where: { id: r.value!.id } })).toMatchObject({ prospectId: null });
    }
    // the import preview sees A's profile URL as new to B's workspace
    expect((results.preview as { ok: boolean; value: { counts: { created?: number; create?: number } } }).ok).toBe(true);
    expect(leaks(results)).toBe(false);
    expect((results.context as { ok: true; value: { thread: unknown[] } }).value.thread).toEqual([]);
    // B's own workspace settings and lists are B's
    expect(await research.setRetentionAction(12)).toEqual({ ok: true, value: null });
    expect((await research.createLeadListAction(`List ${SECRET}`)).ok).toBe(true);
    expect(await snapshotA()).toBe(before);
  });

  it("route handlers", async () => {
    const before = await snapshotA();
    expect((await routes.prospectExport.GET(req(`/prospects/${A.prospectId}/export`, bob), params(A.prospectId))).status).toBe(404);
    const csv = await (await routes.prospectsExport.GET(req("/prospects/export", bob))).text();
    expect(csv).not.toContain(SECRET);
    const dash = await routes.dashboardExport.GET(req("/api/dashboard/export?period=all", bob));
    expect(dash.status).toBe(200);
    const dashText = await dash.text();
    expect(dashText).not.toContain("Alice");
    expect(dashText).not.toContain("Rita");
    const review = await routes.review.POST(req("/api/review", bob, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ message: "Hi Anna, worth a chat?", prospectId: A.prospectId }) }));
    expect(review.status).toBe(200);
    expect(leaks(await review.json())).toBe(false);
    const form = new FormData();
    form.set("file", new File(["First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"], "Connections.csv", { type: "text/csv" }));
    form.set("keepReplyTexts", "on");
    const archive = await routes.archive.POST(req("/api/import/archive", bob, { method: "POST", body: form }));
    expect(archive.status).toBe(200); // B's admin sets B's own keepReplyTexts
    expect(leaks(await archive.text())).toBe(false);
    expect(await snapshotA()).toBe(before);
  });
});

describe("without a session (x-middleware-subrequest changes nothing)", () => {
  it("route handlers answer 401 JSON", async () => {
    const calls = [
      routes.prospectExport.GET(req(`/prospects/${A.prospectId}/export`, null), params(A.prospectId)),
      routes.prospectsExport.GET(req("/prospects/export", null)),
      routes.dashboardExport.GET(req("/api/dashboard/export", null)),
      routes.archive.POST(req("/api/import/archive", null, { method: "POST", body: new FormData() })),
      routes.review.GET(req("/api/review", null)),
      routes.review.POST(req("/api/review", null, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ message: "Hi" }) })),
      routes.lint.POST(req("/api/lint", null, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ message: "Hi Anna", llm: true }) })),
    ];
    for (const res of await Promise.all(calls)) {
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ error: { code: "unauthorized", issues: [] } });
    }
    // the heuristic linter reads no stored data and stays open
    expect((await routes.lint.POST(req("/api/lint", null, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ message: "Hi Anna" }) }))).status).toBe(200);
  });

  it("server actions refuse", async () => {
    const before = await snapshotA();
    as(null);
    const unauthorized = { ok: false, errors: { form: ["unauthorized"] } };
    expect(await compose.saveDraftAction({ channel: "message", body: "x" })).toEqual(unauthorized);
    expect(await compose.markSentAction({ channel: "message", body: "x" })).toEqual(unauthorized);
    expect(await compose.deleteDraftAction(A.draftId)).toEqual(unauthorized);
    expect(await compose.logReplyAction({ messageId: A.sentId, receivedAt: new Date().toISOString() })).toEqual(unauthorized);
    // a result the compose page shows as a notice, not a throw that replaces the editor
    expect(await compose.loadProspectContextAction(A.prospectId)).toEqual(unauthorized);
    expect(await compose.createProspectAction({ name: "X" })).toEqual(unauthorized);
    expect(await research.updateProspectAction(A.prospectId, { name: "X" })).toEqual(unauthorized);
    expect(await research.addNoteAction({ prospectId: A.prospectId, kind: "post", text: "x" })).toEqual(unauthorized);
    expect(await research.updateNoteAction(A.noteId, { prospectId: A.prospectId, kind: "post", text: "x" })).toEqual(unauthorized);
    expect(await research.deleteNoteAction(A.noteId, A.prospectId)).toEqual(unauthorized);
    expect(await research.logTouchpointAction({ prospectId: A.prospectId, kind: "reacted" })).toEqual(unauthorized);
    expect(await research.deleteTouchpointAction(A.touchpointId, A.prospectId)).toEqual(unauthorized);
    expect(await research.createLeadListAction("x")).toEqual(unauthorized);
    expect(await research.setListMembershipAction(A.listId, A.prospectId, false)).toEqual(unauthorized);
    expect(await research.eraseProspectAction(A.prospectId, true)).toEqual(unauthorized);
    expect(await research.setRetentionAction(1)).toEqual(unauthorized);
    expect(await research.previewImportAction("name\nX\n", null, "merge")).toEqual(unauthorized);
    expect(await research.commitImportAction("name\nX\n", null, "merge")).toEqual(unauthorized);
    expect(await members.createInvitationAction("admin")).toEqual({ ok: false, error: "unauthorized" });
    expect(await members.acceptInvitationAction("x".repeat(43))).toEqual({ ok: false, error: "unauthorized" });
    expect(await snapshotA()).toBe(before);
  });

  it("pages redirect to sign-in with the page to come back to, only ever a path on this site", async () => {
    const { requirePageActor } = await import("./actor");
    const { REQUEST_PATH_HEADER } = await import("./next-path");
    // next/navigation's redirect throws with the target in its digest
    const redirectOf = async (path: string | null) => {
      as(null);
      if (path !== null) requestHeaders.set(REQUEST_PATH_HEADER, path);
      const e = (await requirePageActor().then(() => null, (err: unknown) => err)) as { digest?: string } | null;
      return e?.digest?.split(";")[2];
    };
    expect(await redirectOf("/compose?prospect=cm1")).toBe("/sign-in?next=%2Fcompose%3Fprospect%3Dcm1");
    expect(await redirectOf("/prospects")).toBe("/sign-in?next=%2Fprospects");
    expect(await redirectOf("//evil.example/x")).toBe("/sign-in");
    expect(await redirectOf("/\\evil.example")).toBe("/sign-in");
    expect(await redirectOf(null)).toBe("/sign-in");
    // signed in: no redirect
    as(alice);
    requestHeaders.set(REQUEST_PATH_HEADER, "/compose");
    expect((await requirePageActor()).role).toBe("admin");
  });

  it("a forged cookie (a session token with a bad signature) is refused", async () => {
    const token = (await db.authSession.findFirstOrThrow()).token;
    as(null);
    requestHeaders.set("cookie", `better-auth.session_token=${token}.forged-signature`);
    expect(await compose.saveDraftAction({ channel: "message", body: "x" })).toEqual({ ok: false, errors: { form: ["unauthorized"] } });
    expect((await routes.prospectsExport.GET(new Request("http://127.0.0.1:3000/prospects/export", { headers: { cookie: `better-auth.session_token=${token}` } }))).status).toBe(401);
  });
});

describe("roles inside a workspace", () => {
  it("a member cannot read or change another rep's drafts; managers and admins see the team's", async () => {
    const { listDrafts, getDraft, listTeamDrafts } = await import("../data/messages");
    const { actorFromHeaders } = await import("./actor");
    const repActor = (await actorFromHeaders(rep.headers))!;
    const aliceActor = (await actorFromHeaders(alice.headers))!;
    expect(repActor.role).toBe("member");
    expect(repActor.workspaceId).toBe(aliceActor.workspaceId);
    expect((await listDrafts(db, repActor)).map((d) => d.id)).toEqual([A.repDraftId]);
    expect(await getDraft(db, repActor, A.draftId)).toBeNull();
    expect(await listTeamDrafts(db, repActor)).toBeNull();
    as(rep);
    expect(await compose.deleteDraftAction(A.draftId)).toEqual({ ok: false, errors: { id: ["not_found"] } });
    const save = await compose.saveDraftAction({ id: A.draftId, channel: "message", body: "rep overwrites" });
    if (save.ok) expect(save.value.id).not.toBe(A.draftId);
    expect((await db.message.findUniqueOrThrow({ where: { id: A.draftId } })).body).toContain(SECRET);
    // members may not invite
    expect(await members.createInvitationAction("member")).toEqual({ ok: false, error: "forbidden" });
    // the admin sees both drafts with their authors
    const team = (await listTeamDrafts(db, aliceActor))!;
    expect(team.map((d) => d.id).sort()).toEqual([A.draftId, A.repDraftId].sort());
  });

  it("a member's dashboard shows only themselves", async () => {
    const { getDashboard, parseDashboardFilters } = await import("../data/dashboard");
    const { actorFromHeaders } = await import("./actor");
    const repActor = (await actorFromHeaders(rep.headers))!;
    const d = await getDashboard(db, repActor, parseDashboardFilters({ period: "all" }));
    expect(d.members.map((m) => m.name)).toEqual(["Rita Rep"]);
    expect(d.filters.rep).toBe(repActor.memberId);
    // the CSV export labels the rows that sum the dashboard with her name, as the page does
    as(rep);
    const csv = await (await routes.dashboardExport.GET(req("/api/dashboard/export?period=4", rep))).text();
    expect(csv).toContain(",Rita Rep,sent,");
    expect(csv).not.toContain(",Team,");
    const aliceActor = (await actorFromHeaders(alice.headers))!;
    expect((await getDashboard(db, aliceActor, parseDashboardFilters({ period: "all" }))).members).toHaveLength(2);
    // the same on the insights: a member asking for the admin's messages gets their own (none sent)
    const { replyInsights } = await import("../data/reply-insights");
    expect((await replyInsights(db, repActor, aliceActor.memberId)).total.n).toBe(0);
    expect((await replyInsights(db, aliceActor, aliceActor.memberId)).total.n).toBe(1);
  });

  it("only an admin changes the workspace's privacy settings (retention, keeping reply texts), and a failed import changes nothing", async () => {
    const workspaceId = (await db.member.findFirstOrThrow({ where: { email: alice.email } })).workspaceId;
    const settings = () => db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { retentionMonths: true, keepReplyTexts: true } });
    const before = await settings();
    expect(before).toEqual({ retentionMonths: null, keepReplyTexts: false });
    const archive = (user: TestUser, keep: "on" | "off" | null, file = new File(["First Name,Last Name,URL,Company,Position,Connected On\nKai,Kern,https://www.linkedin.com/in/kai-kern,Kern AG,CTO,12 Mar 2024\n"], "Connections.csv", { type: "text/csv" })) => {
      const form = new FormData();
      form.set("file", file);
      if (keep) form.append("keepReplyTexts", keep);
      return routes.archive.POST(req("/api/import/archive", user, { method: "POST", body: form }));
    };
    const lastLine = async (res: Response) => JSON.parse((await res.text()).trim().split("\n").at(-1)!) as { result?: unknown; error?: { code: string } };

    // a member: refused, nothing changes
    as(rep);
    expect(await research.setRetentionAction(12)).toEqual({ ok: false, errors: { retention: ["admin_only"] } });
    const refused = await archive(rep, "on");
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ error: { code: "admin_only", issues: [] } });
    expect(await settings()).toEqual(before);
    // the member's form sends no setting (or the current one): the import runs with the workspace's
    expect((await lastLine(await archive(rep, null))).result).toBeDefined();
    expect((await lastLine(await archive(rep, "off"))).result).toBeDefined();
    expect(await settings()).toEqual(before);

    // the admin: a failed import leaves the setting as it was, a successful one stores it
    as(alice);
    const failed = await archive(alice, "on", new File(["hello"], "notes.txt", { type: "text/plain" }));
    expect((await lastLine(failed)).error?.code).toBe("archive_unknown_file");
    expect(await settings()).toEqual(before);
    expect((await lastLine(await archive(alice, "on"))).result).toBeDefined();
    expect(await research.setRetentionAction(12)).toEqual({ ok: true, value: null });
    expect(await settings()).toEqual({ retentionMonths: 12, keepReplyTexts: true });
  });
});

describe("sessions, passwords, invitations", () => {
  it("the session cookie is HttpOnly and SameSite=Lax; after sign-out the old cookie is refused", async () => {
    const carol = await auth.signUp("Carol");
    const res = await auth.signIn(carol.email, carol.password, "10.9.0.1");
    expect(res.status).toBe(200);
    const setCookie = res.headers.getSetCookie().find((c) => c.startsWith("better-auth.session_token="))!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    as(carol);
    expect((await compose.createProspectAction({ name: "Carol's prospect" })).ok).toBe(true);
    expect((await auth.signOut(carol)).status).toBe(200);
    as(carol);
    expect(await compose.createProspectAction({ name: "After sign-out" })).toEqual({ ok: false, errors: { form: ["unauthorized"] } });
    expect((await routes.prospectsExport.GET(req("/prospects/export", carol))).status).toBe(401);
    expect(await db.authSession.count({ where: { user: { email: carol.email } } })).toBe(1); // the sign-in's session, not the signed-out one
  });

  it("passwords: 8 to 128 characters, scrypt N=2^17 with its parameters stored; wrong ones refused", async () => {
    expect((await auth.authRequest("/sign-up/email", { email: "short@example.test", password: "1234567", name: "S" }, { ip: "10.8.0.1" })).status).toBe(400);
    expect((await auth.authRequest("/sign-up/email", { email: "long@example.test", password: "x".repeat(129), name: "L" }, { ip: "10.8.0.2" })).status).toBe(400);
    const account = await db.authAccount.findFirstOrThrow({ where: { user: { email: alice.email } } });
    expect(account.password).toMatch(/^scrypt\$131072\$8\$1\$[0-9a-f]{32}\$[0-9a-f]{128}$/);
    expect((await auth.signIn(alice.email, "wrong password!", "10.8.0.3")).status).toBe(401);
  });

  it("sign-in is rate limited per client address, in the database", { timeout: 120_000 }, async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await auth.signIn(alice.email, "wrong password!", "10.7.0.1")).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    expect(await db.authRateLimit.count()).toBeGreaterThan(0);
    // another address is not affected
    expect((await auth.signIn(alice.email, alice.password, "10.7.0.2")).status).toBe(200);
  });

  it("invitation links: stored hashed, single use, expire after 7 days, join with the invited role", async () => {
    const { createInvitation, findInvitation, hashToken, InvitationInvalidError, memberForUser } = await import("../data/members");
    const { actorFromHeaders } = await import("./actor");
    const aliceActor = (await actorFromHeaders(alice.headers))!;
    const inv = (await createInvitation(db, aliceActor, "manager"))!;
    const row = await db.invitation.findFirstOrThrow({ where: { tokenHash: hashToken(inv.token) } });
    expect(JSON.stringify(row)).not.toContain(inv.token);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeGreaterThan(6.9 * 86_400_000);
    expect(await findInvitation(db, inv.token, new Date(Date.now() + 8 * 86_400_000))).toBeNull();
    const dave = await auth.signUp("Dave");
    const daveUser = await db.authUser.findFirstOrThrow({ where: { email: dave.email } });
    const joined = await memberForUser(db, daveUser, inv.token);
    expect(joined).toMatchObject({ workspaceId: aliceActor.workspaceId, role: "manager" });
    expect(await findInvitation(db, inv.token)).toBeNull();
    // a used or expired token joins nothing and never quietly makes a workspace of one's own instead
    const erin = await auth.signUp("Erin");
    const erinUser = await db.authUser.findFirstOrThrow({ where: { email: erin.email } });
    const workspaces = await db.workspace.count();
    await expect(memberForUser(db, erinUser, inv.token)).rejects.toBeInstanceOf(InvitationInvalidError);
    const expired = (await createInvitation(db, aliceActor, "member", new Date(Date.now() - 8 * 86_400_000)))!;
    expect(await members.invitationOpenAction(expired.token)).toEqual({ ok: false });
    as(erin);
    expect(await members.acceptInvitationAction(expired.token)).toEqual({ ok: false, error: "invitation_invalid" });
    expect(await members.acceptInvitationAction(inv.token)).toEqual({ ok: false, error: "invitation_invalid" });
    expect(await db.member.count({ where: { userId: erinUser.id } })).toBe(0);
    expect(await db.workspace.count()).toBe(workspaces);
    // an open link still works for her afterwards
    const fresh = (await createInvitation(db, aliceActor, "member"))!;
    expect(await members.invitationOpenAction(fresh.token)).toEqual({ ok: true });
    expect(await members.acceptInvitationAction(fresh.token)).toEqual({ ok: true });
    expect(await db.member.findFirstOrThrow({ where: { userId: erinUser.id } })).toMatchObject({ workspaceId: aliceActor.workspaceId, role: "member" });
    // signing up without a link still gives a workspace of one's own, as its admin
    const fay = await auth.signUp("Fay");
    const own = await memberForUser(db, await db.authUser.findFirstOrThrow({ where: { email: fay.email } }));
    expect(own.workspaceId).not.toBe(aliceActor.workspaceId);
    expect(own.role).toBe("admin");
    // a manager may not create admin invitations
    expect(await createInvitation(db, joined, "admin")).toBeNull();
  });
});
