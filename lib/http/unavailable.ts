import { asResponse, type HttpAnswer } from "./answer";

/**
 * When the database cannot take more work right now — PostgreSQL's pool is exhausted, the server
 * refuses connections, SQLite stays locked past its busy timeout — the request is answered with
 * 503 and Retry-After instead of a 500: the client may try again, and the app recovers by itself
 * as soon as connections free up (nothing is cached in a broken state).
 */
const TRANSIENT_MESSAGES =
  /timeout exceeded when trying to connect|too many clients|remaining connection slots|connection terminated|ECONNREFUSED|ECONNRESET|database is locked|SQLITE_BUSY|timeout while waiting for mutex|Unable to start a transaction in the given time/i;
/** Prisma's codes for "cannot reach / timed out / pool" and the adapters' error kinds for the same. */
const TRANSIENT_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028", "P2034"]);
const TRANSIENT_KINDS = new Set(["TooManyConnections", "SocketTimeout", "DatabaseNotReachable", "ConnectionClosed", "TransactionWriteConflict"]);

export const RETRY_AFTER_SECONDS = 2;

export function isDatabaseBusy(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 4) return false;
  const e = error as { message?: unknown; code?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: string } } }; cause?: unknown; kind?: unknown };
  if (typeof e.code === "string" && TRANSIENT_CODES.has(e.code)) return true;
  const kind = e.meta?.driverAdapterError?.cause?.kind ?? (typeof e.kind === "string" ? e.kind : undefined);
  if (kind && TRANSIENT_KINDS.has(kind)) return true;
  if (typeof e.message === "string" && TRANSIENT_MESSAGES.test(e.message)) return true;
  return isDatabaseBusy(e.cause, depth + 1);
}

/** The 503 answer for a busy database. */
export function busyAnswer(): HttpAnswer {
  return {
    status: 503,
    body: { error: { code: "busy", issues: [{ path: [], message: `The service is busy. Try again in ${RETRY_AFTER_SECONDS} s.`, code: "busy" }] } },
    headers: { "retry-after": String(RETRY_AFTER_SECONDS), "cache-control": "no-store" },
  };
}

export function serviceUnavailable(): Response {
  return asResponse(busyAnswer());
}

/** A route handler whose busy database (see isDatabaseBusy) answers 503 with Retry-After instead of a 500. */
export function answeringBusy<A extends unknown[]>(handler: (...args: A) => Promise<Response>): (...args: A) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (e) {
      if (isDatabaseBusy(e)) return serviceUnavailable();
      throw e;
    }
  };
}
