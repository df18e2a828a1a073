/**
 * JSON.parse for what the doors read (the API's bodies, the command line's files), with the two
 * checks a schema cannot make (security.md, bad inputs):
 * - nesting deeper than `maxDepth` is refused before parsing, by a scan that keeps no stack, so no
 *   parser, schema or walker downstream ever recurses through 100,000 levels of `[`;
 * - a `__proto__` key, or a `constructor` key holding a `prototype`, is refused wherever it is: such a
 *   body only ever comes from someone trying prototype pollution, and zod would strip it silently.
 */

/** The contract's own inputs nest 3 levels deep (history → entry → field); this leaves plenty of room. */
export const MAX_JSON_DEPTH = 32;

export type JsonParseResult = { ok: true; value: unknown } | { ok: false; message: string; path: (string | number)[] };

export function parseJson(text: string, maxDepth = MAX_JSON_DEPTH): JsonParseResult {
  // a byte-order mark (Windows editors, PowerShell's Out-File) is no JSON: every door reads past it, as
  // the API's TextDecoder already did, so the three doors answer the same
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) return { ok: false, message: `The JSON nests deeper than ${maxDepth} levels.`, path: [] };
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `Not valid JSON: ${(e as Error).message}`, path: [] };
  }
  const path = forbiddenKeyPath(value, []);
  return path ? { ok: false, message: `The key "${path[path.length - 1]}" is not accepted.`, path } : { ok: true, value };
}

/** The path to the first forbidden key (depth is bounded by the scan above), or null. */
function forbiddenKeyPath(value: unknown, path: (string | number)[]): (string | number)[] | null {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const found = item !== null && typeof item === "object" ? forbiddenKeyPath(item, [...path, i]) : null;
      if (found) return found;
    }
    return null;
  }
  if (value === null || typeof value !== "object") return null;
  for (const key of Object.keys(value)) {
    const item = (value as Record<string, unknown>)[key];
    if (key === "__proto__") return [...path, key];
    if (key === "constructor" && item !== null && typeof item === "object" && Object.hasOwn(item, "prototype")) return [...path, key, "prototype"];
    const found = item !== null && typeof item === "object" ? forbiddenKeyPath(item, [...path, key]) : null;
    if (found) return found;
  }
  return null;
}
