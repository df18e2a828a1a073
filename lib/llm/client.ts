import OpenAI, { APIConnectionTimeoutError, APIError, APIUserAbortError } from "openai";
import type { ResponseFormatJSONSchema } from "openai/resources/shared";
import type { LlmConfig } from "./config";
import type { Prompt } from "./prompt";
import { REVIEW_JSON_SCHEMA } from "./review-schema";

/** Why the LLM pass gave up; the contract's llm.reason and the UI's "unavailable (why)". */
export type LlmErrorReason =
  | "timeout"
  | "rate_limited"
  | "server_error"
  | "auth"
  | "http_error"
  | "network"
  | "too_large"
  | "invalid_json"
  | "invalid_answer"
  | "refused"
  | "budget"
  | "circuit_open"
  | "config"
  | "cancelled";

export class LlmError extends Error {
  constructor(
    readonly reason: LlmErrorReason,
    message: string = reason,
    /** Tokens the failed call still used (an answer that came back but was unusable). */
    readonly tokens = 0,
  ) {
    super(message);
    this.name = "LlmError";
  }
}

export interface ModelAnswer {
  content: string;
  /** Tokens as the server counted them, or an estimate when it did not say. */
  tokens: number;
}

export interface CallOptions {
  /** The caller's signal: a browser that went away cancels the call. */
  signal?: AbortSignal;
  /** For tests: how to wait before the retry. */
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
}

class AnswerTooLargeError extends Error {
  constructor(limit: number) {
    super(`the answer is larger than ${limit} bytes`);
    this.name = "AnswerTooLargeError";
  }
}

/**
 * A fetch that refuses an answer larger than `maxBytes` while reading it, so a runaway server
 * cannot fill the memory (a declared Content-Length is refused before the first byte).
 */
function limitedFetch(maxBytes: number, flag: { tooLarge: boolean }): typeof fetch {
  return async (input, init) => {
    const res = await fetch(input, init);
    const declared = Number(res.headers.get("content-length") ?? "");
    if (Number.isFinite(declared) && declared > maxBytes) {
      flag.tooLarge = true;
      await res.body?.cancel().catch(() => {});
      throw new AnswerTooLargeError(maxBytes);
    }
    if (!res.body) return res;
    let size = 0;
    const body = res.body.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          size += chunk.byteLength;
          if (size > maxBytes) {
            flag.tooLarge = true;
            controller.error(new AnswerTooLargeError(maxBytes));
          } else controller.enqueue(chunk);
        },
      }),
    );
    const headers = new Headers(res.headers);
    headers.delete("content-length");
    headers.delete("content-encoding");
    return new Response(body, { status: res.status, statusText: res.statusText, headers });
  };
}

/** Retry-After in milliseconds: `retry-after-ms`, or `retry-after` in seconds or as an HTTP date. */
export function retryAfterMs(headers: Headers | undefined, now = Date.now()): number | null {
  if (!headers) return null;
  const ms = Number(headers.get("retry-after-ms") ?? "");
  if (headers.get("retry-after-ms") && Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers.get("retry-after");
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

function defaultSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

const estimateTokens = (text: string) => Math.ceil(text.length / 4);

/**
 * One structured review from the model: chat completions with a strict JSON-schema response
 * format, no tools. The SDK's own retries are off (maxRetries: 0); this retries once, on 429 or
 * 5xx, after Retry-After (capped, and only when the wait fits in the time left). The whole call,
 * retry and wait included, ends within config.timeoutMs.
 */
export async function callModel(config: LlmConfig, prompt: Prompt, options: CallOptions = {}): Promise<ModelAnswer> {
  const started = Date.now();
  const deadline = AbortSignal.timeout(config.timeoutMs);
  const signal = options.signal ? AbortSignal.any([deadline, options.signal]) : deadline;
  const sleep = options.sleep ?? defaultSleep;

  for (let attempt = 0; ; attempt++) {
    const flag = { tooLarge: false };
    try {
      return await once(config, prompt, signal, flag, Math.max(1, config.timeoutMs - (Date.now() - started)));
    } catch (e) {
      const error = classify(e, flag, deadline, options.signal);
      const retriable = error.reason === "rate_limited" || error.reason === "server_error";
      if (!retriable || attempt >= 1) throw error;
      const status = e instanceof APIError ? e.status : undefined;
      const wait = Math.min(config.retryAfterCapMs, retryAfterMs(e instanceof APIError ? e.headers : undefined) ?? (status === 429 ? 1_000 : 250));
      const left = config.timeoutMs - (Date.now() - started);
      if (wait >= left) throw error; // the retry would not finish in time
      try {
        await sleep(wait, signal);
      } catch {
        throw classify(signal.reason, flag, deadline, options.signal);
      }
    }
  }
}

async function once(config: LlmConfig, prompt: Prompt, signal: AbortSignal, flag: { tooLarge: boolean }, timeout: number): Promise<ModelAnswer> {
  // a client per call is cheap (connections are pooled by fetch) and gives each call its own size flag
  const client = new OpenAI({ apiKey: config.apiKey, baseURL: config.baseURL, maxRetries: 0, timeout, fetch: limitedFetch(config.maxAnswerBytes, flag) });
  const completion = await client.chat.completions.create(
    {
      model: config.model,
      messages: [
        { role: "system", content: prompt.system },
        { role: "user", content: prompt.user },
      ],
      response_format: { type: "json_schema", json_schema: REVIEW_JSON_SCHEMA as unknown as ResponseFormatJSONSchema.JSONSchema },
      max_completion_tokens: config.maxCompletionTokens,
    },
    { signal, maxRetries: 0, timeout },
  );
  const choice = (completion as Partial<OpenAI.ChatCompletion>)?.choices?.[0];
  const usage = (completion as Partial<OpenAI.ChatCompletion>)?.usage;
  const content = choice?.message?.content;
  const tokens = usage?.total_tokens ?? estimateTokens(prompt.system + prompt.user + (content ?? ""));
  if (choice?.message?.refusal) throw new LlmError("refused", "the model refused", tokens);
  if (typeof content !== "string" || content.trim() === "") throw new LlmError("invalid_answer", "the answer has no content", tokens);
  return { content, tokens };
}

function classify(e: unknown, flag: { tooLarge: boolean }, deadline: AbortSignal, caller: AbortSignal | undefined): LlmError {
  if (e instanceof LlmError) return e;
  if (flag.tooLarge || e instanceof AnswerTooLargeError) return new LlmError("too_large", "the answer was too large");
  if (caller?.aborted) return new LlmError("cancelled", "the request was cancelled");
  if (deadline.aborted || e instanceof APIConnectionTimeoutError || e instanceof APIUserAbortError) return new LlmError("timeout", "the model did not answer in time");
  if (e instanceof APIError && typeof e.status === "number") {
    if (e.status === 429) return new LlmError("rate_limited", "the endpoint is rate limiting");
    if (e.status >= 500) return new LlmError("server_error", `the endpoint failed (${e.status})`);
    if (e.status === 401 || e.status === 403) return new LlmError("auth", `the endpoint refused the key (${e.status})`);
    return new LlmError("http_error", `the endpoint answered ${e.status}`);
  }
  if (e instanceof SyntaxError) return new LlmError("invalid_answer", "the endpoint's response is not JSON");
  return new LlmError("network", "the endpoint is not reachable");
}
