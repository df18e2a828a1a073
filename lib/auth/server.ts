import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { db } from "../db";
import { userMayHaveSession } from "../data/members";
import { TRUSTED_PROXY_RANGES, trustsProxy } from "../http/rate-limit";
import { hashPassword, verifyPassword } from "./password";

// Better Auth with email and password and database sessions (auth_session): signing out deletes the
// session row, so an old cookie is refused. The rate limiter keeps its counters in the database
// (auth_rate_limit), so the limits hold across app instances.

const DEV_SECRET = "ansprache-development-secret-not-for-production-use-0001";

function secret(): string {
  const s = process.env.BETTER_AUTH_SECRET;
  if (s) return s;
  if (process.env.NODE_ENV === "production") throw new Error("BETTER_AUTH_SECRET must be set in production (32+ random characters).");
  return DEV_SECRET;
}

/** Sign-ins and sign-ups per minute and client address, from the environment (a positive whole number) or the default. */
function perMinute(name: string, fallback: number): number {
  const n = Number(process.env[name]);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

function createAuth() {
  const baseURL = process.env.BETTER_AUTH_URL || undefined;
  return betterAuth({
    secret: secret(),
    baseURL,
    database: prismaAdapter(db, { provider: "sqlite" }),
    user: { modelName: "authUser" },
    session: { modelName: "authSession", expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    account: { modelName: "authAccount" },
    verification: { modelName: "authVerification" },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: 8,
      maxPasswordLength: 128,
      autoSignIn: true,
      password: { hash: hashPassword, verify: verifyPassword },
    },
    rateLimit: {
      enabled: process.env.NODE_ENV !== "development",
      storage: "database",
      modelName: "authRateLimit",
      window: 60,
      max: 100,
      customRules: {
        "/sign-in/email": { window: 60, max: perMinute("RATE_LIMIT_SIGN_IN", 10) },
        "/sign-up/email": { window: 60, max: perMinute("RATE_LIMIT_SIGN_UP", 30) },
      },
    },
    advanced: {
      // The sign-in limit counts per client address. Without a proxy, scripts/server.ts puts the
      // connection's address in X-Forwarded-For; behind one (TRUST_PROXY=1) the hops the client
      // wrote are skipped by reading from the right past the proxy's own.
      ipAddress: trustsProxy() ? { trustedProxies: TRUSTED_PROXY_RANGES } : undefined,
      // Secure cookies when the app is served over HTTPS; HttpOnly and SameSite=Lax always
      useSecureCookies: baseURL?.startsWith("https://") ?? false,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    },
    databaseHooks: {
      session: {
        create: {
          // a member whose access was taken away gets no session (checked after the password, so
          // the answer tells a stranger nothing); the sign-in form shows the code
          before: async (session) => {
            if (!(await userMayHaveSession(db, session.userId))) throw new APIError("FORBIDDEN", { code: "MEMBER_DISABLED", message: "This account's access to its workspace was turned off." });
          },
        },
      },
    },
    telemetry: { enabled: false },
    plugins: [nextCookies()],
  });
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { ansprancheAuth?: Auth };

/** The Better Auth instance, created on first use (so that `next build` needs no secret). */
export function getAuth(): Auth {
  return (globalForAuth.ansprancheAuth ??= createAuth());
}
