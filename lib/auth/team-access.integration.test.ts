import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase } from "../../test/database";
import type { TestUser } from "../../test/auth";
import type { PrismaClient } from "../db-client";

// Taking a member's access away, roles and open invitations, through the real doors: Better Auth
// sessions from its HTTP endpoints, the server actions, and the actor lookup every request makes.

let requestHeaders = new Headers();
vi.mock("next/headers", () => ({
  headers: async () => requestHeaders,
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => {}, delete: () => {}, has: () => false }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

let db: PrismaClient;
let cleanup: () => Promise<void>;
let auth: typeof import("../../test/auth");
let members: typeof import("../actions/members");
let compose: typeof import("../actions/compose");
let data: typeof import("../data/members");
let actorOf: (user: TestUser) => Promise<import("../data/workspace").Actor | null>;

let alice: TestUser; // admin of workspace A
let mel: TestUser; // manager of A
let rita: TestUser; // member of A
let bob: TestUser; // admin of workspace B

function as(user: TestUser | null) {
  requestHeaders = new Headers();
  if (user) requestHeaders.set("cookie", user.cookie);
}

async function join(role: string, name: string): Promise<TestUser> {
  as(alice);
  const invite = await members.createInvitationAction(role);
  if (!invite.ok) throw new Error("invite failed");
  const user = await auth.signUp(name);
  as(user);
  expect(await members.acceptInvitationAction(invite.token)).toEqual({ ok: true });
  return user;
}

const memberIdOf = async (user: TestUser) => (await db.member.findFirstOrThrow({ where: { email: user.email } })).id;
const userIdOf = async (user: TestUser) => (await db.authUser.findFirstOrThrow({ where: { email: user.email } })).id;

beforeAll(async () => {
  const t = createTestDatabase();
  ({ db, cleanup } = t);
  process.env.DATABASE_URL = t.url;
  auth = await import("../../test/auth");
  members = await import("../actions/members");
  compose = await import("../actions/compose");
  data = await import("../data/members");
  const { actorFromHeaders } = await import("./actor");
  actorOf = (user) => actorFromHeaders(user.headers);
  alice = await auth.signUp("Alice Admin");
  bob = await auth.signUp("Bob Other");
  as(alice);
  expect(await actorOf(alice)).toMatchObject({ role: "admin" });
  as(bob);
  expect(await actorOf(bob)).toMatchObject({ role: "admin" });
  mel = await join("manager", "Mel Manager");
  rita = await join("member", "Rita Rep");
}, 120_000);

afterAll(async () => {
  await (await import("../db")).db.$disconnect();
  await cleanup?.();
});

describe("taking a member's access away", () => {
  it("ends their sessions at once, refuses sign-in after the password and every request, keeps their messages", async () => {
    as(rita);
    const sent = await compose.markSentAction({ channel: "message", body: "Hi Anna, saw your post on onboarding. Worth a chat?" });
    expect(sent.ok).toBe(true);
    const ritaId = await memberIdOf(rita);
    const ritaUser = await userIdOf(rita);
    expect(await db.authSession.count({ where: { userId: ritaUser } })).toBe(1);

    as(alice);
    expect(await members.setMemberDisabledAction(ritaId, true)).toEqual({ ok: true });
    expect(await db.authSession.count({ where: { userId: ritaUser } })).toBe(0);
    expect(await actorOf(rita)).toBeNull();
    as(rita);
    expect(await compose.saveDraftAction({ channel: "message", body: "still here?" })).toEqual({ ok: false, errors: { form: ["unauthorized"] } });

    // the right password gets a clear refusal and no session; a wrong one learns nothing new
    const refused = await auth.signIn(rita.email, rita.password, "10.9.0.1");
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ code: "MEMBER_DISABLED" });
    expect(refused.headers.getSetCookie().some((c) => c.startsWith("better-auth.session_token=") && !c.startsWith("better-auth.session_token=;"))).toBe(false);
    expect(await db.authSession.count({ where: { userId: ritaUser } })).toBe(0);
    expect((await auth.signIn(rita.email, "not her password", "10.9.0.2")).status).toBe(401);

    // her message stays in the team's history; the list shows since when her access is gone
    expect(await db.message.count({ where: { authorId: ritaId, status: "sent" } })).toBe(1);
    as(alice);
    const listed = (await data.listMembers(db, (await actorOf(alice))!))!.find((m) => m.id === ritaId)!;
    expect(listed.disabledAt).not.toBeNull();
    // the dashboard's rep filter still lists her, marked, so her numbers can be found
    const { listReps } = await import("../data/dashboard");
    const reps = await listReps(db, (await actorOf(alice))!);
    expect(reps.find((r) => r.id === ritaId)).toMatchObject({ name: "Rita Rep", removed: true });
    expect(reps.find((r) => r.name === "Mel Manager")).toMatchObject({ removed: false });

    // given back, she signs in again
    expect(await members.setMemberDisabledAction(ritaId, false)).toEqual({ ok: true });
    const back = await auth.signIn(rita.email, rita.password, "10.9.0.3");
    expect(back.status).toBe(200);
    rita = { ...rita, cookie: auth.cookieFrom(back), headers: new Headers({ cookie: auth.cookieFrom(back) }) };
    expect(await actorOf(rita)).toMatchObject({ memberId: ritaId, role: "member" });
  });

  it("managers take away only members' access; nobody their own; members nothing", async () => {
    const [aliceId, melId, ritaId] = await Promise.all([memberIdOf(alice), memberIdOf(mel), memberIdOf(rita)]);
    as(mel);
    expect(await members.setMemberDisabledAction(aliceId, true)).toEqual({ ok: false, error: "forbidden" });
    expect(await members.setMemberDisabledAction(melId, true)).toEqual({ ok: false, error: "forbidden" });
    expect(await members.setMemberDisabledAction(ritaId, true)).toEqual({ ok: true });
    expect(await members.setMemberDisabledAction(ritaId, false)).toEqual({ ok: true });
    // access given back does not bring the ended session back
    expect(await actorOf(rita)).toBeNull();
    rita = await signInAgain(rita);
    // what an admin took away, only an admin gives back
    as(alice);
    expect(await members.setMemberDisabledAction(ritaId, true)).toEqual({ ok: true });
    expect((await data.listMembers(db, (await actorOf(mel))!))!.find((m) => m.id === ritaId)!.canDisable).toBe(false);
    as(mel);
    expect(await members.setMemberDisabledAction(ritaId, false)).toEqual({ ok: false, error: "forbidden" });
    as(alice);
    expect(await members.setMemberDisabledAction(ritaId, false)).toEqual({ ok: true });
    rita = await signInAgain(rita);
    expect(await members.setMemberDisabledAction(aliceId, true)).toEqual({ ok: false, error: "forbidden" });
    as(rita);
    expect(await members.setMemberDisabledAction(melId, true)).toEqual({ ok: false, error: "forbidden" });
    expect(await db.member.count({ where: { disabledAt: { not: null } } })).toBe(0);
    // what the list offers matches what the server allows
    const melList = (await data.listMembers(db, (await actorOf(mel))!))!;
    expect(Object.fromEntries(melList.map((m) => [m.name, m.canDisable]))).toEqual({ "Alice Admin": false, "Mel Manager": false, "Rita Rep": true });
    expect(melList.find((m) => m.id === melId)!.isYou).toBe(true);
  });
});

describe("roles", () => {
  it("only admins change roles, the change holds from the next request, and the last active admin stays one", async () => {
    const [aliceId, melId, ritaId] = await Promise.all([memberIdOf(alice), memberIdOf(mel), memberIdOf(rita)]);
    as(mel);
    expect(await members.setMemberRoleAction(ritaId, "manager")).toEqual({ ok: false, error: "forbidden" });
    as(alice);
    expect(await members.setMemberRoleAction(ritaId, "owner")).toEqual({ ok: false, error: "invalid_role" });
    expect(await members.setMemberRoleAction(aliceId, "member")).toEqual({ ok: false, error: "last_admin" });
    expect(await members.setMemberRoleAction(ritaId, "manager")).toEqual({ ok: true });
    expect(await actorOf(rita)).toMatchObject({ role: "manager" });
    expect(await members.setMemberRoleAction(ritaId, "member")).toEqual({ ok: true });
    expect(await actorOf(rita)).toMatchObject({ role: "member" });

    // with a second admin, Alice may step down; a disabled admin does not count as the other one
    expect(await members.setMemberRoleAction(melId, "admin")).toEqual({ ok: true });
    as(mel);
    expect(await members.setMemberDisabledAction(aliceId, true)).toEqual({ ok: true });
    as(alice);
    expect(await members.setMemberRoleAction(aliceId, "manager")).toEqual({ ok: false, error: "unauthorized" });
    as(mel);
    expect(await members.setMemberRoleAction(melId, "manager")).toEqual({ ok: false, error: "last_admin" });
    expect(await members.setMemberDisabledAction(aliceId, false)).toEqual({ ok: true });
    alice = await signInAgain(alice);
    as(alice);
    expect(await members.setMemberRoleAction(aliceId, "manager")).toEqual({ ok: true });
    expect(await actorOf(alice)).toMatchObject({ role: "manager" });
    as(mel);
    expect(await members.setMemberRoleAction(aliceId, "admin")).toEqual({ ok: true });
    expect(await members.setMemberRoleAction(melId, "manager")).toEqual({ ok: true });
  });

  it("an admin without an account (nobody can sign in as them) does not count as the other admin", async () => {
    const aliceActor = (await actorOf(alice))!;
    const ghost = await db.member.create({ data: { workspaceId: aliceActor.workspaceId, name: "Imported Admin", email: `ghost-${Date.now()}@example.test`, role: "admin" } });
    as(alice);
    expect(await members.setMemberRoleAction(aliceActor.memberId, "member")).toEqual({ ok: false, error: "last_admin" });
    await db.member.delete({ where: { id: ghost.id } });
  });

  it("two admins demoting each other at once: one of them stays admin", async () => {
    const [aliceId, melId] = await Promise.all([memberIdOf(alice), memberIdOf(mel)]);
    as(alice);
    expect(await members.setMemberRoleAction(melId, "admin")).toEqual({ ok: true });
    const [aliceActor, melActor] = [(await actorOf(alice))!, (await actorOf(mel))!];
    const results = await Promise.all([data.setMemberRole(db, aliceActor, melId, "member"), data.setMemberRole(db, melActor, aliceId, "member")]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, error: "last_admin" }]);
    expect(await db.member.count({ where: { workspaceId: aliceActor.workspaceId, role: "admin" } })).toBe(1);
    // back to the cast of the other tests: Alice admin, Mel manager
    const admin = (await db.member.findFirstOrThrow({ where: { workspaceId: aliceActor.workspaceId, role: "admin" } })).id === aliceId ? aliceActor : melActor;
    await data.setMemberRole(db, admin, aliceId, "admin");
    expect(await data.setMemberRole(db, aliceActor, melId, "manager")).toEqual({ ok: true });
  });
});

async function signInAgain(user: TestUser): Promise<TestUser> {
  const res = await auth.signIn(user.email, user.password, `10.9.1.${Math.floor(Math.random() * 200)}`);
  expect(res.status).toBe(200);
  const cookie = auth.cookieFrom(res);
  return { ...user, cookie, headers: new Headers({ cookie }) };
}

describe("open invitations", () => {
  it("are listed with their maker until used or expired, and a revoked link joins nobody", async () => {
    as(alice);
    const forMember = await members.createInvitationAction("member");
    const forAdmin = await members.createInvitationAction("admin");
    if (!forMember.ok || !forAdmin.ok) throw new Error("invite failed");
    const aliceActor = (await actorOf(alice))!;
    const melActor = (await actorOf(mel))!;
    const open = (await data.listOpenInvitations(db, aliceActor))!;
    expect(open.map((i) => [i.role, i.createdByName])).toEqual([
      ["admin", "Alice Admin"],
      ["member", "Alice Admin"],
    ]);
    // used ones (Mel's, Rita's) and expired ones are not open
    expect(await data.listOpenInvitations(db, aliceActor, new Date(Date.now() + 8 * 86_400_000))).toEqual([]);
    // a manager sees them but may not revoke an admin's invitation
    const melView = (await data.listOpenInvitations(db, melActor))!;
    expect(melView.map((i) => i.canRevoke)).toEqual([false, true]);
    as(mel);
    expect(await members.revokeInvitationAction(melView[0].id)).toEqual({ ok: false, error: "forbidden" });
    expect(await members.revokeInvitationAction(melView[1].id)).toEqual({ ok: true });
    expect(await members.revokeInvitationAction(melView[1].id)).toEqual({ ok: false, error: "not_found" });
    // the revoked link joins nobody, and the person makes no workspace of their own either
    const stranger = await auth.signUp("Sam Stranger");
    as(stranger);
    expect(await members.invitationOpenAction(forMember.token)).toEqual({ ok: false });
    expect(await members.acceptInvitationAction(forMember.token)).toEqual({ ok: false, error: "invitation_invalid" });
    expect(await db.member.count({ where: { email: stranger.email } })).toBe(0);
    // members see no list
    expect(await data.listOpenInvitations(db, (await actorOf(rita))!)).toBeNull();
    as(alice);
    expect(await members.revokeInvitationAction(forAdmin.token)).toEqual({ ok: false, error: "not_found" }); // a token is not an id
    expect(await members.revokeInvitationAction(melView[0].id)).toEqual({ ok: true });
  });
});

describe("another workspace and no session", () => {
  it("learn nothing and change nothing", async () => {
    const [aliceId, ritaId] = await Promise.all([memberIdOf(alice), memberIdOf(rita)]);
    as(alice);
    const invite = await members.createInvitationAction("member");
    if (!invite.ok) throw new Error("invite failed");
    const invitationId = (await data.listOpenInvitations(db, (await actorOf(alice))!))![0].id;
    const before = JSON.stringify(await Promise.all([db.member.findMany({ orderBy: { id: "asc" } }), db.invitation.findMany({ orderBy: { id: "asc" } })]));
    as(bob);
    expect(await members.setMemberDisabledAction(ritaId, true)).toEqual({ ok: false, error: "not_found" });
    expect(await members.setMemberRoleAction(aliceId, "member")).toEqual({ ok: false, error: "not_found" });
    expect(await members.revokeInvitationAction(invitationId)).toEqual({ ok: false, error: "not_found" });
    expect((await data.listMembers(db, (await actorOf(bob))!))!.map((m) => m.name)).toEqual(["Bob Other"]);
    expect(await data.listOpenInvitations(db, (await actorOf(bob))!)).toEqual([]);
    as(null);
    const unauthorized = { ok: false, error: "unauthorized" };
    expect(await members.setMemberDisabledAction(ritaId, true)).toEqual(unauthorized);
    expect(await members.setMemberRoleAction(aliceId, "member")).toEqual(unauthorized);
    expect(await members.revokeInvitationAction(invitationId)).toEqual(unauthorized);
    expect(JSON.stringify(await Promise.all([db.member.findMany({ orderBy: { id: "asc" } }), db.invitation.findMany({ orderBy: { id: "asc" } })]))).toBe(before);
  });
});

describe("links made by someone whose access or role changed", () => {
  it("are deleted with their access, or with the role that could make them, and refused should one escape", async () => {
    const [aliceActor, melActor] = [(await actorOf(alice))!, (await actorOf(mel))!];
    const melsLink = (await data.createInvitation(db, melActor, "manager"))!;
    const alicesAdminLink = (await data.createInvitation(db, aliceActor, "admin"))!;
    const alicesMemberLink = (await data.createInvitation(db, aliceActor, "member"))!;
    // Mel leaves: her link goes with her access, and it stays gone when her access comes back
    as(alice);
    expect(await members.setMemberDisabledAction(melActor.memberId, true)).toEqual({ ok: true });
    expect(await data.findInvitation(db, melsLink.token)).toBeNull();
    expect(await members.setMemberDisabledAction(melActor.memberId, false)).toEqual({ ok: true });
    mel = await signInAgain(mel);
    expect(await data.findInvitation(db, melsLink.token)).toBeNull();
    // Alice, made a manager, can no longer have made an admin link; her member link stays
    expect(await members.setMemberRoleAction(melActor.memberId, "admin")).toEqual({ ok: true });
    expect(await members.setMemberRoleAction(aliceActor.memberId, "manager")).toEqual({ ok: true });
    expect(await data.findInvitation(db, alicesAdminLink.token)).toBeNull();
    expect(await data.findInvitation(db, alicesMemberLink.token)).toMatchObject({ role: "member" });
    as(mel);
    expect(await members.setMemberRoleAction(aliceActor.memberId, "admin")).toEqual({ ok: true });
    expect(await members.setMemberRoleAction(melActor.memberId, "manager")).toEqual({ ok: true });
    // a link that escaped the deletion (made in the same moment) is refused, and not listed as open
    const escaped = (await data.createInvitation(db, { ...melActor, role: "manager" }, "manager"))!;
    await db.member.update({ where: { id: melActor.memberId }, data: { disabledAt: new Date() } });
    expect(await data.findInvitation(db, escaped.token)).toBeNull();
    expect((await data.listOpenInvitations(db, aliceActor))!.map((i) => i.createdByName)).not.toContain("Mel Manager");
    const late = await auth.signUp("Lou Late");
    as(late);
    expect(await members.acceptInvitationAction(escaped.token)).toEqual({ ok: false, error: "invitation_invalid" });
    await db.member.update({ where: { id: melActor.memberId }, data: { disabledAt: null } });
    expect(await data.findInvitation(db, escaped.token)).toMatchObject({ role: "manager" });
  });
});
