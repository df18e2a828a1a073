import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * An OpenAI-compatible chat-completions server on 127.0.0.1 for tests, scripted per request.
 * The real SDK talks to it over HTTP.
 */

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  body: { model?: string; messages?: { role: string; content: string }[]; response_format?: unknown; tools?: unknown; [k: string]: unknown };
}

export type FakeReply =
  /** A completion whose message content is this JSON (stringified), with optional usage. */
  | { review: unknown; totalTokens?: number }
  /** A completion whose message content is this text. `chunked` streams it without a Content-Length. */
  | { content: string; totalTokens?: number; chunked?: boolean }
  /** An HTTP error. */
  | { status: number; headers?: Record<string, string>; error?: string }
  /** Never answers. */
  | { hang: true };

export type Script = (request: RecordedRequest, index: number) => FakeReply;

export interface FakeOpenAI {
  baseURL: string;
  requests: RecordedRequest[];
  script: Script;
  close(): Promise<void>;
}

function completion(content: string, model: string, totalTokens?: number) {
  return {
    id: "chatcmpl-test",
    object: "chat.completion",
    created: 1_700_000_000,
    model,
    choices: [{ index: 0, finish_reason: "stop", message: { role: "assistant", content, refusal: null } }],
    ...(totalTokens !== undefined ? { usage: { prompt_tokens: Math.floor(totalTokens * 0.8), completion_tokens: totalTokens - Math.floor(totalTokens * 0.8), total_tokens: totalTokens } } : {}),
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function send(res: ServerResponse, reply: FakeReply, model: string) {
  if ("hang" in reply) return; // keep the socket open until the client gives up or the server closes
  if ("status" in reply) {
    res.writeHead(reply.status, { "content-type": "application/json", ...(reply.headers ?? {}) });
    res.end(JSON.stringify({ error: { message: reply.error ?? `status ${reply.status}`, type: "test", code: null } }));
    return;
  }
  const content = "review" in reply ? JSON.stringify(reply.review) : reply.content;
  const body = JSON.stringify(completion(content, model, reply.totalTokens));
  if ("chunked" in reply && reply.chunked) {
    res.writeHead(200, { "content-type": "application/json", "transfer-encoding": "chunked" });
    for (let i = 0; i < body.length; i += 64 * 1024) res.write(body.slice(i, i + 64 * 1024));
    res.end();
    return;
  }
  res.writeHead(200, { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) });
  res.end(body);
}

export async function startFakeOpenAI(script: Script): Promise<FakeOpenAI> {
  const fake: FakeOpenAI = { baseURL: "", requests: [], script, close: async () => {} };
  const server = createServer(async (req, res) => {
    try {
      const raw = await readBody(req);
      const request: RecordedRequest = { method: req.method ?? "", path: req.url ?? "", headers: req.headers, body: raw ? JSON.parse(raw) : {} };
      fake.requests.push(request);
      if (req.method !== "POST" || !request.path.endsWith("/chat/completions")) {
        res.writeHead(404, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: { message: "not found" } }));
        return;
      }
      send(res, fake.script(request, fake.requests.length - 1), String(request.body.model ?? "test-model"));
    } catch (e) {
      res.writeHead(500);
      res.end(String(e));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  fake.baseURL = `http://127.0.0.1:${port}/v1`;
  fake.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return fake;
}

/** A review in the answer's schema: every semantic rule passes unless overridden. */
export function reviewOf(overrides: Record<string, { status: "pass" | "warn" | "fail"; reason?: string; evidence?: string[] }> = {}, rewrite = "") {
  const ids = ["personal-address", "relevance", "problem", "usp", "value", "call-to-action", "hype", "premature-pitch"];
  return {
    rules: Object.fromEntries(ids.map((id) => [id, { reason: "Fine.", evidence: [], ...overrides[id], status: overrides[id]?.status ?? "pass" }])),
    rewrite,
  };
}
