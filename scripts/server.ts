// The production server (`npm start`): Next.js's request handler, plus a short way for anonymous
// POST /api/lint. Linting takes well under a millisecond, but a Next.js route handler adds several
// milliseconds of request plumbing (web streams, routing, response writing) on every call, which
// capped the open lint API at a few hundred requests per second on two cores. The short way answers
// through the same code as the route (lib/http/lint-endpoint.ts), rate limits and security headers
// included; requests with a session cookie, and all other paths, go to Next.js as usual.
//
// Bundled by `npm run build` into .next/ansprache-server.mjs. Options: --port N, --hostname H
// (or PORT, HOST; defaults 3000 and 127.0.0.1).
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { createPrismaClient } from "../lib/db-client";
import type { HttpAnswer } from "../lib/http/answer";
import { answerLint, hasSessionCookie } from "../lib/http/lint-endpoint";
import { trustsProxy } from "../lib/http/rate-limit";
import { API_CSP, STATIC_SECURITY_HEADERS } from "../lib/http/security-headers";

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > -1 ? process.argv[i + 1] : undefined;
};
const port = Number(arg("port") ?? process.env.PORT ?? 3000);
const hostname = arg("hostname") ?? process.env.HOST ?? "127.0.0.1";

// as under `next start`: production mode before Next.js (and React) are loaded
(process.env as Record<string, string>).NODE_ENV ??= "production";
const { default: next } = await import("next");
const app = next({ dev: false, hostname, port, dir: process.cwd() });
const handle = app.getRequestHandler();
// the fast path's own client: the Next.js bundle has its own copy of lib/db
const db = createPrismaClient();

/** The headers next.config.ts gives every API response. */
const API_HEADERS: Record<string, string> = Object.fromEntries([...STATIC_SECURITY_HEADERS.map((h) => [h.key, h.value]), ["Content-Security-Policy", API_CSP]]);

function readBody(req: IncomingMessage, maxBytes: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on("data", (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > maxBytes) {
        done = true;
        req.resume(); // drain the rest without keeping it
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on("end", () => {
      if (!done) resolve(Buffer.concat(chunks).toString("utf8"));
    });
    req.on("error", reject);
  });
}

function send(res: ServerResponse, answer: HttpAnswer) {
  const body = JSON.stringify(answer.body);
  res.writeHead(answer.status, { ...API_HEADERS, ...answer.headers, "content-type": "application/json", "content-length": Buffer.byteLength(body) });
  res.end(body);
}

/** Anonymous POST /api/lint (path exactly, query string aside). */
function isFastLint(req: IncomingMessage): boolean {
  if (req.method !== "POST" || !req.url) return false;
  const path = req.url.split("?")[0];
  return path === "/api/lint" && !hasSessionCookie(req.headers.cookie);
}

/**
 * Without a proxy in front, the client's own X-Forwarded-For would be taken for its address (Better
 * Auth's sign-in limit reads it, and Next.js only fills it in when it is missing): a fresh address
 * per guess would lift the limit. So the header is replaced by the address of the connection.
 */
function pinClientAddress(req: IncomingMessage) {
  req.headers["x-forwarded-for"] = req.socket.remoteAddress ?? "";
  delete req.headers["x-real-ip"];
  delete req.headers.forwarded;
}

const behindProxy = trustsProxy();

await app.prepare();
createServer((req, res) => {
  if (!behindProxy) pinClientAddress(req);
  if (!isFastLint(req)) {
    void handle(req, res);
    return;
  }
  const header = (name: string) => {
    const value = req.headers[name.toLowerCase()];
    return Array.isArray(value) ? value.join(", ") : (value ?? null);
  };
  answerLint({ header, readBody: (max) => readBody(req, max) }, { db, actor: async () => null }).then(
    (answer) => send(res, answer),
    () => send(res, { status: 500, body: { error: { code: "internal", issues: [] } }, headers: { "cache-control": "no-store" } }),
  );
}).listen(port, hostname, () => {
  console.log(`Ansprache on http://${hostname}:${port}`);
});
