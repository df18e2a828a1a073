import { RateLimiterMemory, RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import type { PrismaClient } from "../db-client";
import { asResponse, type HttpAnswer } from "./answer";

/**
 * Rate limits on linting and on the LLM pass, per user, per workspace and (for the open lint API)
 * per client address, with rate-limiter-flexible. The points live in the database (RateLimit), so
 * every app instance on the same database counts against the same limits. A key over its limit is
 * then refused from memory until its window ends, without touching the database; if the store
 * fails, an in-memory limiter of the same size stands in rather than letting everything through.
 *
 * Linting must take well under a millisecond, and two queries per request would cost more than
 * the lint. So an instance takes points from the store in blocks (1/20 of the limit) and hands them
 * out from memory until the block is used up or the window ends. Instances never give out more than
 * they took, so the limit holds across instances; what they lose is the unused rest of a block at
 * the end of a window (a key may get up to a block less than its limit).
 * Sign-in has its own limiter inside Better Auth (lib/auth/server.ts), also in the database.
 */

export type LimitedAction = "lint" | "llm";
export type LimitScope = "user" | "workspace" | "address";

/** Requests per minute; each can be changed with RATE_LIMIT_<ACTION>_<SCOPE> (0 turns it off). */
export const DEFAULT_LIMITS: Record<LimitedAction, Record<LimitScope, number>> = {
  // linting is cheap and runs in the browser while typing; the API is for integrations
  lint: { user: 600, workspace: 3_000, address: 300 },
  // every LLM call costs tokens; the compose page asks after each pause in typing (1.5 s debounce)
  llm: { user: 30, workspace: 150, address: 30 },
};

export function limitPerMinute(action: LimitedAction, scope: LimitScope, env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[`RATE_LIMIT_${action.toUpperCase()}_${scope.toUpperCase()}`];
  const n = raw === undefined || raw === "" ? NaN : Number(raw);
  return Number.isInteger(n) && n >= 0 ? n : DEFAULT_LIMITS[action][scope];
}

const limiters = new WeakMap<object, Map<string, RateLimiterPrisma>>();

/**
 * Points this instance took from the store for a key and has not handed out yet, until the window
 * ends; or, once the store refused, the end of the refusal.
 */
interface Block {
  left: number;
  until: number;
  refused: boolean;
}
/** Per client (one per app instance; tests make several), the blocks by action, scope and key. */
const blocksByClient = new WeakMap<object, Map<string, Block>>();
/** One reservation in flight per key: concurrent requests wait for it instead of each taking a block. */
const reserving = new WeakMap<object, Map<string, Promise<void>>>();
const MAX_BLOCKS = 100_000;

export function blockSize(limit: number): number {
  return Math.max(1, Math.floor(limit / 20));
}

function limiterFor(db: PrismaClient, action: LimitedAction, scope: LimitScope, points: number): RateLimiterPrisma {
  let byKey = limiters.get(db);
  if (!byKey) limiters.set(db, (byKey = new Map()));
  const id = `${action}:${scope}:${points}`;
  let limiter = byKey.get(id);
  if (!limiter) {
    limiter = new RateLimiterPrisma({
      storeClient: db,
      tableName: "rateLimit",
      keyPrefix: `${action}:${scope}`,
      points,
      duration: 60,
      inMemoryBlockOnConsumed: points + 1,
      insuranceLimiter: new RateLimiterMemory({ keyPrefix: `${action}:${scope}`, points, duration: 60 }),
    });
    byKey.set(id, limiter);
  }
  return limiter;
}

export interface RateLimitKeys {
  user?: string | null;
  workspace?: string | null;
  address?: string | null;
}

export type RateLimitOutcome = { ok: true } | { ok: false; scope: LimitScope; retryAfterSeconds: number; limit: number };

/** Takes one request from each of the keys' limits; refused when any of them is used up. */
export async function takeRateLimit(db: PrismaClient, action: LimitedAction, keys: RateLimitKeys): Promise<RateLimitOutcome> {
  let blocks = blocksByClient.get(db);
  if (!blocks) blocksByClient.set(db, (blocks = new Map()));
  let pending = reserving.get(db);
  if (!pending) reserving.set(db, (pending = new Map()));
  for (const scope of ["address", "user", "workspace"] as const) {
    const key = keys[scope];
    const limit = limitPerMinute(action, scope);
    if (!key || limit === 0) continue;
    const id = `${action}:${scope}:${key}`;
    for (;;) {
      const now = Date.now();
      const block = blocks.get(id);
      if (block && block.until > now) {
        if (block.refused) return { ok: false, scope, limit, retryAfterSeconds: Math.max(1, Math.ceil((block.until - now) / 1000)) };
        if (block.left > 0) {
          block.left--;
          break;
        }
      }
      const inFlight = pending.get(id);
      if (inFlight) {
        await inFlight;
        continue;
      }
      const reservation = reserve(db, blocks, id, action, scope, key, limit);
      pending.set(id, reservation);
      try {
        await reservation;
      } finally {
        pending.delete(id);
      }
    }
  }
  return { ok: true };
}

/** Takes a block of points from the store, or records the refusal until the window ends. */
async function reserve(db: PrismaClient, blocks: Map<string, Block>, id: string, action: LimitedAction, scope: LimitScope, key: string, limit: number): Promise<void> {
  const size = blockSize(limit);
  const now = Date.now();
  if (blocks.size >= MAX_BLOCKS) blocks.clear(); // a bound on memory; the store stays the truth
  try {
    const taken = await limiterFor(db, action, scope, limit).consume(key, size);
    blocks.set(id, { left: size, until: now + taken.msBeforeNext, refused: false });
  } catch (e) {
    if (!(e instanceof RateLimiterRes)) throw e;
    blocks.set(id, { left: 0, until: now + Math.max(1000, e.msBeforeNext), refused: true });
  }
}

/** The 429 answer for a refused request. */
export function rateLimitedAnswer(outcome: Extract<RateLimitOutcome, { ok: false }>): HttpAnswer {
  const message = `Too many requests: at most ${outcome.limit} per minute per ${outcome.scope}. Try again in ${outcome.retryAfterSeconds} s.`;
  return {
    status: 429,
    body: { error: { code: "rate_limited", issues: [{ path: [], message, code: "rate_limited" }] } },
    headers: { "retry-after": String(outcome.retryAfterSeconds), "cache-control": "no-store" },
  };
}

export function tooManyRequests(outcome: Extract<RateLimitOutcome, { ok: false }>): Response {
  return asResponse(rateLimitedAnswer(outcome));
}

/** Whether the app is told it sits behind a reverse proxy that appends the client's address to X-Forwarded-For. */
export function trustsProxy(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.TRUST_PROXY === "1" || env.TRUST_PROXY === "true";
}

/** Hops a proxy in front may add for itself: on the same machine. Better Auth skips the same ones. */
export const TRUSTED_PROXY_RANGES = ["127.0.0.0/8", "::1/128"];

const LOOPBACK = /^(?:127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

/**
 * The client's address for the open lint API: behind a proxy (TRUST_PROXY=1) the last
 * X-Forwarded-For hop that is not the proxy's own — the one the proxy saw; hops to its left are
 * whatever the client sent and buy nothing. Without a proxy a constant (one shared bucket for
 * anonymous callers): a header anyone can set must not buy fresh limits.
 */
export function clientAddress(request: { headers: { get(name: string): string | null } }, env: NodeJS.ProcessEnv = process.env): string {
  if (trustsProxy(env)) {
    const hops = (request.headers.get("x-forwarded-for") ?? "").split(",").map((h) => h.trim()).filter(Boolean);
    while (hops.length > 1 && LOOPBACK.test(hops[hops.length - 1])) hops.pop();
    const forwarded = hops.pop();
    if (forwarded) return addressKey(forwarded.slice(0, 64));
    const real = request.headers.get("x-real-ip")?.trim();
    if (real) return addressKey(real.slice(0, 64));
  }
  return "direct";
}

/**
 * The bucket of an address: an IPv4 address as it is (an IPv4-mapped IPv6 address as its IPv4),
 * an IPv6 address by its /64 — one home or one cloud machine holds a whole /64 and could take a
 * fresh address, and with it a fresh limit, for every request. Anything else as it came.
 */
export function addressKey(address: string): string {
  let a = address.trim().toLowerCase().replace(/^\[|\](?::\d+)?$/g, "").replace(/%.*$/, "");
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(a);
  if (mapped) return mapped[1];
  if (!a.includes(":") || !/^[0-9a-f:.]+$/.test(a)) return address;
  // an embedded IPv4 tail ("64:ff9b::1.2.3.4") counts as two groups
  a = a.replace(/(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/, (_, p, q, r, t) => [(+p << 8) | +q, (+r << 8) | +t].map((n) => n.toString(16)).join(":"));
  const [head, tail] = a.split("::");
  const left = head ? head.split(":") : [];
  const right = tail !== undefined && tail ? tail.split(":") : [];
  const groups = tail !== undefined ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right] : left;
  if (groups.length !== 8) return address;
  return `${groups.slice(0, 4).map((g) => (parseInt(g, 16) || 0).toString(16)).join(":")}::/64`;
}
