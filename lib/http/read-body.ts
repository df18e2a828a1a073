import { parseJson } from "../json";

/**
 * Reads a request body, stopping as soon as it passes `maxBytes` (security.md: size limits before
 * work is done), whether or not the client sent a Content-Length. Returns null when it is too large.
 */
export async function readLimitedBytes(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** readLimitedBytes as UTF-8 text. */
export async function readLimited(request: Request, maxBytes: number): Promise<string | null> {
  const bytes = await readLimitedBytes(request, maxBytes);
  return bytes === null ? null : new TextDecoder().decode(bytes);
}

export type JsonBody = { ok: true; value: unknown } | { ok: false; status: number; code: string; message: string };

/**
 * The body of a signed-in JSON route (review, messages): refused when a browser says it comes from
 * another site (a JSON body cannot come from a plain cross-site form, but say so anyway), when it is
 * not application/json, past `maxBytes`, or not JSON by parseJson's rules (no deep nesting, no
 * `__proto__` keys).
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<JsonBody> {
  if (request.headers.get("sec-fetch-site") === "cross-site") return { ok: false, status: 403, code: "forbidden", message: "Cross-site requests are not accepted." };
  const type = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (type !== "application/json") return { ok: false, status: 415, code: "unsupported_media_type", message: "The body must be JSON (content-type: application/json)." };
  const tooLarge = { ok: false, status: 413, code: "payload_too_large", message: `The body must be at most ${maxBytes} bytes.` } as const;
  if (Number(request.headers.get("content-length") ?? "0") > maxBytes) return tooLarge;
  const text = await readLimited(request, maxBytes);
  if (text === null) return tooLarge;
  const body = parseJson(text);
  return body.ok ? body : { ok: false, status: 400, code: "invalid_json", message: body.message };
}
