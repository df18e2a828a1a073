import { z } from "zod";
import { CHANNELS, LANGUAGES, MAX_MESSAGE_LENGTH } from "../lint/schema";

/** Names and research text in NFC: "Zoë" typed as "e" + U+0308 is stored, searched and matched as "Zoë". */
const trimmed = (max: number) => z.string().trim().normalize("NFC").max(max);

export const NOTE_KINDS = ["post", "comment", "role-change", "company-news", "event", "shared-contact", "other"] as const;

/** A LinkedIn profile address; only http(s) on linkedin.com, normalised without query or trailing slash. */
export const profileUrlSchema = z
  .string()
  .trim()
  .max(500)
  .transform((s, ctx) => {
    if (!s) return null;
    try {
      const url = new URL(/^https?:\/\//i.test(s) ? s : `https://${s}`);
      if (!/(^|\.)linkedin\.com$/i.test(url.hostname) || !/^\/in\/[^/]+/.test(url.pathname)) throw new Error();
      return `https://www.linkedin.com${url.pathname.replace(/\/+$/, "")}`.toLowerCase();
    } catch {
      ctx.addIssue({ code: "custom", message: "profile_url_invalid" });
      return z.NEVER;
    }
  });

/** Normalises a LinkedIn profile address, or null when it is not one. */
export function normaliseProfileUrl(raw: string): string | null {
  const r = profileUrlSchema.safeParse(raw);
  return r.success ? r.data : null;
}

const tagList = z
  .union([z.string().max(1_000), z.array(z.string().max(50)).max(30)])
  .transform((v) => [...new Set((Array.isArray(v) ? v : v.split(",")).map((t) => t.trim().normalize("NFC").toLowerCase()).filter(Boolean))].slice(0, 30))
  .refine((tags) => tags.every((t) => t.length <= 50), "tag_too_long");

export const prospectFormSchema = z.object({
  name: trimmed(200).min(1, "name_required"),
  role: trimmed(300).default(""),
  company: trimmed(300).default(""),
  profileUrl: profileUrlSchema.optional(),
  location: trimmed(200).default(""),
  language: z.enum(LANGUAGES).optional().or(z.literal("").transform(() => undefined)),
  formOfAddress: z.enum(["du", "sie"]).optional().or(z.literal("").transform(() => undefined)),
  tags: tagList.optional(),
  notes: trimmed(10_000).optional(),
});

/** LinkedIn's launch: nothing that happened on LinkedIn is older. */
export const EARLIEST_DATE = new Date(Date.UTC(2003, 0, 1));
const DAY = 86_400_000;

/**
 * Whether a date that comes in (typed into a form, read from an archive) can be one of LinkedIn:
 * from its launch to a day from now (room for time zones). A year such as 0100 made the dashboard
 * one week per week since then, and days-ago counts too large for the linter to check a message.
 */
export function isPlausibleDate(date: Date, now = Date.now()): boolean {
  const t = date.getTime();
  return t >= EARLIEST_DATE.getTime() && t <= now + DAY;
}

/** The bounds of a date input for a date that enteredDate takes: the browser refuses a later one before the server must. */
export const DATE_INPUT_MIN = EARLIEST_DATE.toISOString().slice(0, 10);

/** The last day a date input may offer: a date field comes in as that day's UTC midnight, which may lie a day ahead. */
export function dateInputMax(now = Date.now()): string {
  return new Date(now + DAY).toISOString().slice(0, 10);
}

/** A date typed into a form; checked when the form comes in, so "now" is the time of the request. */
const enteredDate = z.coerce.date({ error: "date_invalid" }).refine((d) => isPlausibleDate(d), "date_out_of_range");

export const TOUCHPOINT_KINDS = ["viewed-profile", "reacted", "commented", "connection-sent", "connection-accepted", "message-sent", "reply-received"] as const;

export const touchpointSchema = z.object({
  prospectId: z.string().min(1).max(100),
  kind: z.enum(TOUCHPOINT_KINDS),
  at: enteredDate.optional(),
  note: z.string().trim().max(2_000).optional(),
});

export const prospectFilterSchema = z.object({
  q: z.string().trim().normalize("NFC").max(100).catch(""),
  list: z.string().max(100).optional().catch(undefined),
  tag: z.string().trim().normalize("NFC").toLowerCase().max(50).optional().catch(undefined),
  company: z.string().trim().normalize("NFC").max(300).optional().catch(undefined),
  /** Last touch within this many days; "none" for never touched. */
  touched: z.enum(["7", "30", "90", "none"]).optional().catch(undefined),
  sort: z.enum(["recent", "name", "company", "last-touch"]).catch("recent"),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type ProspectFilter = Partial<Record<keyof z.output<typeof prospectFilterSchema>, unknown>>;
export type ProspectForm = z.input<typeof prospectFormSchema>;

export const noteFormSchema = z.object({
  prospectId: z.string().min(1).max(100),
  // an empty date field is no date; any other is checked as every date typed into a form
  notedOn: z.preprocess((v) => (v === "" ? undefined : v), enteredDate.optional()),
  kind: z.enum(NOTE_KINDS).default("other"),
  text: trimmed(10_000).min(1, "note_required"),
  sourceUrl: z
    .string()
    .trim()
    .max(2_000)
    .refine((s) => !s || /^https?:\/\//i.test(s), "source_url_invalid")
    .optional(),
});

export const messageDraftSchema = z.object({
  id: z.string().max(100).optional(),
  // "" (an unset picker, or a client that sends an empty string) is no prospect, never an id to link
  prospectId: z
    .string()
    .max(100)
    .nullish()
    .transform((id) => id || null),
  channel: z.enum(CHANNELS),
  account: z.enum(["free", "premium"]).optional(),
  language: z.enum(LANGUAGES).optional(),
  subject: z.string().max(2_000).optional(),
  body: z.string().min(1, "message_required").max(MAX_MESSAGE_LENGTH, "message_too_long"),
  /** Set by the client per save intent: a double click or a retry stores one record. */
  idempotencyKey: z.string().min(8).max(100).optional(),
  /**
   * The AI review is on in the editor, so the result shown is the reviewed one: the server runs the
   * same review (its cache makes the repeat free) and stores that result.
   */
  llm: z.boolean().optional(),
  /** The interface language: the stored findings are worded as the editor showed them. */
  locale: z.enum(LANGUAGES).optional(),
});
export type MessageDraft = z.input<typeof messageDraftSchema>;

export const replySchema = z.object({
  messageId: z.string().min(1).max(100),
  receivedAt: enteredDate,
  text: z.string().max(20_000).optional(),
});
