import "server-only";
import { headers as nextHeaders } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "../db";
import { MemberDisabledError, memberForUser } from "../data/members";
import type { Actor } from "../data/workspace";
import { REQUEST_PATH_HEADER, signInPath } from "./next-path";
import { getAuth } from "./server";

// The actor of a request, from the Better Auth session cookie (checked against auth_session), never
// from the proxy or any other header: every server action, route handler and page calls one of these.

export class UnauthorizedError extends Error {
  constructor() {
    super("unauthorized");
  }
}

/** The signed-in user of these headers, or null (no cookie, a forged or expired one, or signed out). */
export async function sessionUser(h: Headers): Promise<{ id: string; name: string; email: string } | null> {
  const session = await getAuth().api.getSession({ headers: h });
  return session?.user ? { id: session.user.id, name: session.user.name, email: session.user.email } : null;
}

/**
 * The actor for these headers (the member is created on first use), or null when not signed in or
 * when the member's access was taken away (their sessions are deleted then; this covers a request
 * already on its way).
 */
export async function actorFromHeaders(h: Headers, inviteToken?: string | null): Promise<Actor | null> {
  const user = await sessionUser(h);
  if (!user) return null;
  try {
    return await memberForUser(db, user, inviteToken);
  } catch (e) {
    if (e instanceof MemberDisabledError) return null;
    throw e;
  }
}

/** Server actions and route handlers: the actor, or UnauthorizedError. */
export async function requireActor(): Promise<Actor> {
  const actor = await actorFromHeaders(await nextHeaders());
  if (!actor) throw new UnauthorizedError();
  return actor;
}

/** Pages: the actor, or a redirect to the sign-in page, which comes back to this page afterwards. */
export async function requirePageActor(): Promise<Actor> {
  const h = await nextHeaders();
  const actor = await actorFromHeaders(h);
  // the page's path comes from proxy.ts (a server component cannot read it); signInPath drops any
  // that is not a path on this site
  if (!actor) redirect(signInPath(h.get(REQUEST_PATH_HEADER)));
  return actor;
}

/** Route handlers: the actor, or a 401 JSON response to return. */
export async function actorOr401(request: Request): Promise<Actor | Response> {
  const actor = await actorFromHeaders(request.headers);
  return actor ?? Response.json({ error: { code: "unauthorized", issues: [] } }, { status: 401, headers: { "cache-control": "no-store" } });
}
