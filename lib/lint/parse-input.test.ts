import { describe, expect, it } from "vitest";
import { rng } from "../bench/corpus";
import { parseLintInput } from "./parse-input";
import { lintInputSchema, MAX_MESSAGE_LENGTH } from "./schema";

/** JSON that keeps key order and shows undefined, NaN and -0, so that "the same" means the same. */
function exact(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (v === undefined ? "<undefined>" : typeof v === "number" && (Number.isNaN(v) || Object.is(v, -0) || !Number.isFinite(v)) ? `<${String(Object.is(v, -0) ? "-0" : v)}>` : v));
}

function expectSameAsZod(input: unknown) {
  const ours = parseLintInput(input);
  const zods = lintInputSchema.safeParse(input);
  expect(ours.success, exact(input)).toBe(zods.success);
  if (ours.success && zods.success) expect(exact(ours.data), exact(input)).toBe(exact(zods.data));
  if (!ours.success && !zods.success) expect(ours.error.issues).toEqual(zods.error.issues);
}

const random = rng(11);
const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];

// Values of every kind the fields may meet: right, wrong type, too long, edge numbers, holes.
const TEXTS = ["", "x", "Hi Anna", "a".repeat(200), "a".repeat(201), "a".repeat(2_001), undefined, null, 5, true, ["x"], { x: 1 }];
const NUMBERS = [0, -0, 1.5, 100_000, 100_001, -1, NaN, Infinity, "3", undefined, null];

function maybe<T>(value: () => T): T | undefined {
  return random() < 0.5 ? value() : undefined;
}

function someObject(fields: Record<string, () => unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) if (random() < 0.5) out[key] = value();
  if (random() < 0.1) out.unknownKey = 1;
  return out;
}

function someArray(item: () => unknown, max: number): unknown {
  const r = random();
  if (r < 0.05) return "not an array";
  if (r < 0.1) return new Array(2); // holes
  if (r < 0.12) return Array.from({ length: max + 1 }, item);
  return Array.from({ length: Math.floor(random() * 3) }, item);
}

function someInput(): unknown {
  const r = random();
  if (r < 0.03) return pick([undefined, null, "text", 5, [], Object.create({ message: "inherited" })]);
  const input = someObject({
    subject: () => pick(TEXTS),
    channel: () => pick(["connection-note", "inmail", "message", "follow-up", "sms", undefined, 3]),
    language: () => pick(["en", "de", "fr", undefined, null]),
    account: () => pick(["free", "premium", "gold", undefined]),
    prospect: () => (random() < 0.1 ? pick([null, "x", [], undefined]) : someObject({ name: () => pick(TEXTS), role: () => pick(TEXTS), company: () => pick(TEXTS), notes: () => someArray(() => pick(TEXTS), 200) })),
    sender: () => (random() < 0.1 ? pick([null, "x", undefined]) : someObject({ product: () => pick(TEXTS), usp: () => pick(TEXTS), problem: () => pick(TEXTS) })),
    history: () => someArray(() => (random() < 0.1 ? pick([null, "x"]) : { ...someObject({ text: () => pick(TEXTS), daysAgo: () => pick(NUMBERS) }), ...maybe(() => ({ direction: pick(["in", "out", "up", undefined]) })) }), 500),
    earlierMessages: () => someArray(() => pick(TEXTS), 5_000),
    touchpoints: () => someArray(() => ({ ...someObject({ daysAgo: () => pick(NUMBERS) }), ...maybe(() => ({ kind: pick(["reacted", "commented", "viewed-profile", "reply-received", "liked", undefined]) })) }), 500),
    llm: () => pick([true, false, "yes", undefined]),
  });
  if (random() < 0.95) input.message = pick(["Hi Anna, worth a look?", "", "x", "a".repeat(MAX_MESSAGE_LENGTH), "a".repeat(MAX_MESSAGE_LENGTH + 1), 5, undefined, null]);
  return input;
}

describe("parseLintInput", () => {
  it("returns what zod returns, for valid and invalid input alike", () => {
    for (let n = 0; n < 5_000; n++) expectSameAsZod(someInput());
  });

  it("handles plain valid input itself, with zod's key order and defaults", () => {
    expectSameAsZod({ message: "Hi", extra: 1, history: [{ direction: "in" }], prospect: { notes: ["a"], name: "Anna" } });
    expectSameAsZod(Object.assign(Object.create(null), { message: "Hi" }));
  });
});
