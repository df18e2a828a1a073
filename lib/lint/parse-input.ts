import type { z } from "zod";
import {
  CHANNELS,
  LANGUAGES,
  lintInputSchema,
  MAX_MESSAGE_LENGTH,
  TOUCHPOINT_KINDS,
  type ParsedLintInput,
} from "./schema";

/**
 * lintInputSchema.safeParse with a fast path: the linter validates on every keystroke, and zod
 * costs more than some rules (and runs without its JIT in the browser, under the CSP). Input that
 * is plainly valid (plain objects, no undefined values, every field of the right type and size) is
 * checked by hand and copied into the shape zod would return: the schema's keys in its order,
 * unknown keys dropped, defaults filled in. Anything else goes to zod, so errors are zod's own.
 * parse-input.test.ts compares the two on generated input.
 */
export function parseLintInput(input: unknown): z.ZodSafeParseResult<ParsedLintInput> {
  const data = parsePlain(input);
  return data ? { success: true, data } : lintInputSchema.safeParse(input);
}

type Plain = Record<string, unknown>;

/** A plain object (as an object literal or JSON.parse makes it) whose own properties are all there is. */
function isPlain(x: unknown): x is Plain {
  if (typeof x !== "object" || x === null || Array.isArray(x)) return false;
  const proto = Object.getPrototypeOf(x);
  return proto === Object.prototype || proto === null;
}

const own = Object.prototype.hasOwnProperty;

function isText(x: unknown, max: number): x is string {
  return typeof x === "string" && x.length <= max;
}

/** A plain array of texts, none longer than max (a hole reads as undefined and fails, as in zod). */
function isTextList(x: unknown, maxItems: number, max: number): x is string[] {
  if (!isPlainArray(x) || x.length > maxItems) return false;
  for (const item of x) if (!isText(item, max)) return false;
  return true;
}

function isPlainArray(x: unknown): x is unknown[] {
  return Array.isArray(x) && Object.getPrototypeOf(x) === Array.prototype;
}

function isDaysAgo(x: unknown): x is number {
  return typeof x === "number" && Number.isFinite(x) && x >= 0 && x <= 100_000;
}

function oneOf<T extends string>(x: unknown, values: readonly T[]): x is T {
  return typeof x === "string" && (values as readonly string[]).includes(x);
}

/**
 * Copies the listed optional text fields of a plain object, in this order; undefined when one is
 * present with another value (undefined included: zod keeps such a key, and zod shall decide).
 */
function texts(from: Plain, fields: ReadonlyArray<readonly [string, number]>): Plain | undefined {
  const out: Plain = {};
  for (const [key, max] of fields) {
    if (!own.call(from, key)) continue;
    const value = from[key];
    if (!isText(value, max)) return undefined;
    out[key] = value;
  }
  return out;
}

const PROSPECT_TEXTS = [["name", 200], ["role", 300], ["company", 300]] as const;
const SENDER_TEXTS = [["product", 500], ["usp", 2_000], ["problem", 2_000]] as const;

function parsePlain(input: unknown): ParsedLintInput | undefined {
  if (!isPlain(input)) return undefined;
  const message = input.message;
  if (typeof message !== "string" || message.length < 1 || message.length > MAX_MESSAGE_LENGTH) return undefined;
  const out: Plain = { message };
  if (own.call(input, "subject")) {
    if (!isText(input.subject, 2_000)) return undefined;
    out.subject = input.subject;
  }
  if (own.call(input, "channel")) {
    if (!oneOf(input.channel, CHANNELS)) return undefined;
    out.channel = input.channel;
  } else out.channel = "message";
  if (own.call(input, "language")) {
    if (!oneOf(input.language, LANGUAGES)) return undefined;
    out.language = input.language;
  }
  if (own.call(input, "account")) {
    if (!oneOf(input.account, ["free", "premium"] as const)) return undefined;
    out.account = input.account;
  }
  if (own.call(input, "prospect")) {
    const p = input.prospect;
    if (!isPlain(p)) return undefined;
    const prospect = texts(p, PROSPECT_TEXTS);
    if (!prospect) return undefined;
    if (own.call(p, "notes")) {
      if (!isTextList(p.notes, 200, 10_000)) return undefined;
      prospect.notes = p.notes.slice();
    }
    out.prospect = prospect;
  }
  if (own.call(input, "sender")) {
    if (!isPlain(input.sender)) return undefined;
    const sender = texts(input.sender, SENDER_TEXTS);
    if (!sender) return undefined;
    out.sender = sender;
  }
  if (own.call(input, "history")) {
    const history = input.history;
    if (!isPlainArray(history) || history.length > 500) return undefined;
    const entries: Plain[] = [];
    for (const h of history) {
      if (!isPlain(h) || !oneOf(h.direction, ["out", "in"] as const)) return undefined;
      const entry: Plain = { direction: h.direction };
      if (own.call(h, "text")) {
        if (!isText(h.text, MAX_MESSAGE_LENGTH)) return undefined;
        entry.text = h.text;
      } else entry.text = "";
      if (own.call(h, "daysAgo")) {
        if (!isDaysAgo(h.daysAgo)) return undefined;
        entry.daysAgo = h.daysAgo;
      }
      entries.push(entry);
    }
    out.history = entries;
  }
  if (own.call(input, "earlierMessages")) {
    if (!isTextList(input.earlierMessages, 5_000, MAX_MESSAGE_LENGTH)) return undefined;
    out.earlierMessages = input.earlierMessages.slice();
  }
  if (own.call(input, "touchpoints")) {
    const touchpoints = input.touchpoints;
    if (!isPlainArray(touchpoints) || touchpoints.length > 500) return undefined;
    const entries: Plain[] = [];
    for (const t of touchpoints) {
      if (!isPlain(t) || !oneOf(t.kind, TOUCHPOINT_KINDS)) return undefined;
      const entry: Plain = { kind: t.kind };
      if (own.call(t, "daysAgo")) {
        if (!isDaysAgo(t.daysAgo)) return undefined;
        entry.daysAgo = t.daysAgo;
      }
      entries.push(entry);
    }
    out.touchpoints = entries;
  }
  if (own.call(input, "llm")) {
    if (typeof input.llm !== "boolean") return undefined;
    out.llm = input.llm;
  }
  return out as ParsedLintInput;
}
