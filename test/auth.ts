// Sessions for integration tests, made through Better Auth's real HTTP endpoints (lib/auth/server.ts
// on the test database): sign up, then use the Set-Cookie as a browser would.

const ORIGIN = "http://127.0.0.1:3000";
let counter = 0;

export interface TestUser {
  email: string;
  password: string;
  /** The Cookie header of the signed-in browser */
  cookie: string;
  headers: Headers;
}

function cookieFrom(res: Response): string {
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .filter((c) => !c.endsWith("="))
    .join("; ");
}

export async function authRequest(path: string, body: unknown, init: { cookie?: string; ip?: string } = {}): Promise<Response> {
  const { getAuth } = await import("@/lib/auth/server");
  const headers: Record<string, string> = { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": init.ip ?? "10.0.0.1" };
  if (init.cookie) headers.cookie = init.cookie;
  return getAuth().handler(new Request(`${ORIGIN}/api/auth${path}`, { method: "POST", headers, body: JSON.stringify(body ?? {}) }));
}

/** A new user with a session; their member and workspace are created on first use of the session. */
export async function signUp(name = "Test User", opts: { ip?: string } = {}): Promise<TestUser> {
  const email = `user${Date.now()}-${++counter}@example.test`;
  const password = "correct horse battery";
  const res = await authRequest("/sign-up/email", { email, password, name }, { ip: opts.ip ?? `10.1.${counter % 250}.${(counter * 7) % 250}` });
  if (!res.ok) throw new Error(`sign-up failed: ${res.status} ${await res.text()}`);
  const cookie = cookieFrom(res);
  return { email, password, cookie, headers: new Headers({ cookie }) };
}

export async function signIn(email: string, password: string, ip = "10.2.0.1"): Promise<Response> {
  return authRequest("/sign-in/email", { email, password }, { ip });
}

export async function signOut(user: TestUser): Promise<Response> {
  return authRequest("/sign-out", {}, { cookie: user.cookie });
}

export { cookieFrom };
