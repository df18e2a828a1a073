import { createHash, randomUUID } from "node:crypto";
import type { PrismaClient } from "../db-client";
import type { Prisma } from "../generated/sqlite/client";
import { rebuildDashboardStatsScopedIn } from "../data/dashboard-stats";
import { dialectOf, type SqlDialect } from "../data/sql-dialect";
import { inertText } from "../data/inert-text";
import { profileHash } from "../data/prospects";
import { MAX_CONTEXT_HISTORY } from "../data/messages";
import { canChangePrivacySettings, type Actor } from "../data/workspace";
import { parseCsvRecords } from "../csv";
import type { ArchiveProblem } from "./archive-problems";
import { lintInputSchema, lintParsed, MAX_SUBJECT_LENGTH, type Channel, type LintResult } from "../lint";
import { isPlausibleDate, normaliseProfileUrl } from "../validations/compose";
import { unzipEntry, zipEntries } from "./zip";
import { CELL_LIMITS, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS, planImport, TooManyRowsError, writeImport } from "./prospects-csv";

/** The files of a LinkedIn data archive that Ansprache reads (shared/spec/linkedin-export.md). */
export interface ArchiveFiles {
  connections?: string;
  messages?: string;
  invitations?: string;
}

export class ArchiveError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

function kindOf(name: string, text: string): keyof ArchiveFiles | null {
  const base = name.split("/").pop()!.toLowerCase();
  if (base === "connections.csv") return "connections";
  if (base === "messages.csv") return "messages";
  if (base === "invitations.csv") return "invitations";
  const head = text.slice(0, 2000).toUpperCase();
  if (head.includes("CONVERSATION ID")) return "messages";
  if (head.includes("INVITEEPROFILEURL") || (head.includes("SENT AT") && head.includes("DIRECTION"))) return "invitations";
  if (head.includes("FIRST NAME") && head.includes("CONNECTED ON")) return "connections";
  return null;
}

/** The most an archive's CSV files may unpack to, together: far more than the largest real LinkedIn archive. */
export const MAX_UNPACKED_BYTES = 300_000_000;

/**
 * Reads an archive ZIP, or a single CSV of one, into its files. The ZIP's files are unpacked off
 * the server's thread (zip.ts), so a large archive does not hold up other requests.
 */
export async function readArchive(data: Uint8Array, fileName: string, { maxUnpackedBytes = MAX_UNPACKED_BYTES } = {}): Promise<ArchiveFiles> {
  const files: ArchiveFiles = {};
  const isZip = data[0] === 0x50 && data[1] === 0x4b;
  if (isZip) {
    try {
      const csvs = zipEntries(data).filter((e) => /\.csv$/i.test(e.name));
      // A small ZIP can unpack to gigabytes: what its CSV files unpack to is counted before they
      // are unpacked (each is refused if it unpacks to more than it declares, so a lie gains nothing).
      if (csvs.reduce((sum, e) => sum + e.size, 0) > maxUnpackedBytes) throw new ArchiveError("archive_too_large", `The archive's CSV files unpack to more than ${Math.round(maxUnpackedBytes / 1_000_000)} MB.`);
      for (const entry of csvs) {
        // each file gives way to other requests, however small (a stored file is there at once)
        await yieldToEventLoop();
        const text = await decodeInSlices(await unzipEntry(data, entry));
        const kind = kindOf(entry.name, text);
        if (kind) files[kind] = text;
      }
    } catch (e) {
      if (e instanceof ArchiveError) throw e;
      throw new ArchiveError("archive_invalid", "The file is not a readable ZIP archive.");
    }
  } else {
    const text = await decodeInSlices(data);
    const kind = kindOf(fileName, text);
    if (!kind) throw new ArchiveError("archive_unknown_file", "This is not Connections.csv, messages.csv or Invitations.csv from a LinkedIn archive.");
    files[kind] = text;
  }
  if (!files.connections && !files.messages && !files.invitations) throw new ArchiveError("archive_empty", "The archive has none of Connections.csv, messages.csv or Invitations.csv.");
  return files;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Bytes decoded per turn of the event loop: decoding 150 MB of UTF-8 at once held the server up for half a second. */
const DECODE_SLICE = 8_000_000;

async function decodeInSlices(bytes: Uint8Array): Promise<string> {
  const decoder = new TextDecoder();
  let text = "";
  for (let at = 0; at < bytes.byteLength; at += DECODE_SLICE) {
    text += decoder.decode(bytes.subarray(at, at + DECODE_SLICE), { stream: true });
    await yieldToEventLoop();
  }
  return text + decoder.decode();
}

type Row = Record<string, string>;

/**
 * The most rows messages.csv, and Invitations.csv, may have: each row is a message to check, and
 * checking takes time and memory for every one (100,000 take a minute or two). Far more than a
 * real archive has; a larger file is refused before anything is checked or stored, never cut.
 */
export const MAX_ARCHIVE_MESSAGES = 100_000;
/** How many rows before the header rows() looks at for it. */
const PREAMBLE_ROWS = 20;

/**
 * CSV rows keyed by header names upper-cased and trimmed (the first of two equal names wins), each
 * with the line of the file it starts on; a BOM and a preamble before the header are skipped.
 * column() gives a header as the file writes it, for problems. More than maxRows rows after the
 * header: null, found without reading the rest of the file.
 */
function rows(text: string, headerHint: RegExp, maxRows: number): { rows: { r: Row; line: number }[]; column: (name: string) => string } | null {
  // enough records for the longest preamble, the header, maxRows rows and one more
  const records = parseCsvRecords(text, { maxRecords: PREAMBLE_ROWS + 1 + maxRows + 1, maxCells: MAX_IMPORT_COLUMNS });
  const headerAt = Math.max(0, records.slice(0, PREAMBLE_ROWS).findIndex((rec) => headerHint.test(rec.cells.join(",").toUpperCase())));
  if (records.length - headerAt - 1 > maxRows) return null;
  const written = (records[headerAt]?.cells ?? []).map((h) => h.replace(/^\uFEFF/, "").trim());
  const header = written.map((h) => h.toUpperCase());
  const list = records.slice(headerAt + 1).map(({ cells, line }) => {
    const r: Row = {};
    header.forEach((name, i) => {
      if (i < cells.length && !Object.hasOwn(r, name)) r[name] = cells[i];
    });
    return { r, line };
  });
  return { rows: list, column: (name) => written[header.indexOf(name)] ?? name };
}

/** Text of a message without HTML fragments (archives contain some), entities decoded. */
export function plainText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/p>\s*<p[^>]*>/gi, "\n\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .trim();
}

/** "2023-05-01 14:22:10 UTC" (messages) or "6/6/26, 2:54 PM" (invitations). */
export function parseArchiveDate(s: string): Date | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?/.exec(s.trim());
  if (iso) return new Date(Date.UTC(+iso[1], +iso[2] - 1, +iso[3], +iso[4], +iso[5], +(iso[6] ?? 0)));
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{2,4}),?\s+(\d{1,2}):(\d{2})\s*([AP]M)?/i.exec(s.trim());
  if (us) {
    let year = +us[3];
    if (year < 100) year += 2000;
    let hour = +us[4] % 12;
    if (/pm/i.test(us[6] ?? "")) hour += 12;
    if (!us[6]) hour = +us[4];
    return new Date(Date.UTC(year, +us[1] - 1, +us[2], hour, +us[5]));
  }
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? null : d;
}

const yes = (v: string | undefined) => /^(yes|true|ja)$/i.test((v ?? "").trim());

export interface ArchiveOptions {
  /** The member's own profile; recognised from the archive when not given. */
  ownProfileUrl?: string;
  /**
   * Keep the other side's texts for this import, and from then on as the workspace's setting
   * (admins only); stored with the import, so a failed import changes nothing. Absent: the
   * workspace's setting.
   */
  keepReplyTexts?: boolean;
  now?: Date;
  onProgress?: (phase: string, done: number, total: number) => void;
}

export interface ArchiveResult {
  ownProfileUrl: string | null;
  prospectsCreated: number;
  prospectsMerged: number;
  messagesImported: number;
  repliesImported: number;
  connectionNotes: number;
  alreadyImported: number;
  skipped: { drafts: number; group: number; spam: number; suppressed: number; invalid: number };
  /**
   * Why rows were left out, one entry per problem (a row can have several): where, why (a message
   * id), and which column where one is at fault. The first MAX_LISTED_PROBLEMS in the order of the
   * files and their lines; problemCount and problemRows count all of them.
   */
  problems: ArchiveProblem[];
  problemCount: number;
  /** Rows with at least one problem. */
  problemRows: number;
}

interface ArchiveMessage {
  conversationId: string;
  from: string;
  senderUrl: string | null;
  to: string;
  recipientUrls: string[];
  date: Date;
  subject: string;
  content: string;
  line: number;
}

/** The member's profile: the sender who takes part in most conversations. */
function recogniseOwner(messages: ArchiveMessage[]): string | null {
  const conversations = new Map<string, Set<string>>();
  for (const m of messages) {
    if (!m.senderUrl) continue;
    let set = conversations.get(m.senderUrl);
    if (!set) conversations.set(m.senderUrl, (set = new Set()));
    set.add(m.conversationId);
  }
  let best: string | null = null;
  let count = 0;
  for (const [url, set] of conversations) if (set.size > count) [best, count] = [url, set.size];
  return best;
}

/**
 * Multi-row INSERTs through the transaction: tens of thousands of rows with large lint JSON go
 * in seconds this way, where createMany spends most of its time preparing each batch.
 */
async function insertRows(tx: Prisma.TransactionClient, dialect: SqlDialect, table: string, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]);
  const perChunk = Math.max(1, Math.floor(30_000 / columns.length));
  for (let i = 0; i < rows.length; i += perChunk) {
    const chunk = rows.slice(i, i + perChunk);
    const placeholders = chunk.map(() => `(${columns.map(() => "?").join(", ")})`).join(", ");
    const values = chunk.flatMap((r) => columns.map((c) => (r[c] instanceof Date ? dialect.timestampParam(r[c] as Date) : typeof r[c] === "string" ? inertText(r[c] as string) : (r[c] ?? null))));
    await tx.$executeRawUnsafe(dialect.sql(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${placeholders}`), ...values);
  }
}

const stableId = (...parts: string[]) => createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 40);
const DAY = 86_400_000;
/** How many of the member's earlier messages to other people feed mass-template for each imported message. */
const TEMPLATE_WINDOW = 40;
/**
 * How many problems the result lists (the import page shows the first 100): an archive of broken
 * rows would otherwise send hundreds of thousands to the browser. The rest are counted.
 */
export const MAX_LISTED_PROBLEMS = 1_000;
/**
 * Checking is synchronous: after this many messages the import lets other requests, and its own
 * progress lines, through before it goes on. Reading a row is cheaper: it gives way per ROWS_PER_YIELD.
 */
const CHECKS_PER_YIELD = 200;
const ROWS_PER_YIELD = 2_000;

/** forEach that lets other work through every ROWS_PER_YIELD items. */
async function forEachGivingWay<T>(items: T[], each: (item: T) => void): Promise<void> {
  for (let i = 0; i < items.length; i++) {
    if (i > 0 && i % ROWS_PER_YIELD === 0) await yieldToEventLoop();
    each(items[i]);
  }
}

/**
 * Imports a LinkedIn archive: Connections.csv as prospects, messages.csv as threads (the member's
 * messages with their lint result at the time, and the fact and date of each reply), and outgoing
 * Invitations.csv notes as sent connection notes. Everything is linted first and then written in
 * one transaction, so nothing is half-imported; a newer archive adds only what is new.
 */
export async function importArchive(db: PrismaClient, actor: Actor, files: ArchiveFiles, opts: ArchiveOptions = {}): Promise<ArchiveResult> {
  const now = opts.now ?? new Date();
  const progress = opts.onProgress ?? (() => {});
  const workspace = await db.workspace.findUniqueOrThrow({ where: { id: actor.workspaceId }, select: { keepReplyTexts: true } });
  const keepReplyTexts = opts.keepReplyTexts ?? workspace.keepReplyTexts;
  const changesSetting = keepReplyTexts !== workspace.keepReplyTexts;
  if (changesSetting && !canChangePrivacySettings(actor)) throw new ArchiveError("admin_only", "Only admins can change whether reply texts are kept; nothing was imported.");
  const result: ArchiveResult = {
    ownProfileUrl: null,
    prospectsCreated: 0,
    prospectsMerged: 0,
    messagesImported: 0,
    repliesImported: 0,
    connectionNotes: 0,
    alreadyImported: 0,
    skipped: { drafts: 0, group: 0, spam: 0, suppressed: 0, invalid: 0 },
    problems: [],
    problemCount: 0,
    problemRows: 0,
  };

  // a date LinkedIn cannot have written (before its launch, in the future) leaves its row out as
  // one that cannot be read does: stored, it would stretch the dashboard over centuries
  const checkedDate = (s: string): Date | "date_invalid" | "date_out_of_range" => {
    const date = parseArchiveDate(s);
    if (!date) return "date_invalid";
    return isPlausibleDate(date, now.getTime()) ? date : "date_out_of_range";
  };

  // --- messages.csv: parse, drop drafts, spam and unreadable rows
  const messages: ArchiveMessage[] = [];
  // FROM and TO as the file writes them, for names over the limit (reported per thread, below)
  let messageColumn = (name: string) => name;
  if (files.messages) {
    const read = rows(files.messages, /CONVERSATION ID/, MAX_ARCHIVE_MESSAGES);
    if (!read) throw new ArchiveError("messages_too_many", `messages.csv has more than ${MAX_ARCHIVE_MESSAGES.toLocaleString("en")} messages, more than one import takes; nothing was imported.`);
    const { rows: list, column } = read;
    messageColumn = column;
    await forEachGivingWay(list, ({ r, line }) => {
      if (yes(r["IS MESSAGE DRAFT"]) || yes(r["IS CONVERSATION DRAFT"]) || /draft/i.test(r["FOLDER"] ?? "")) return void result.skipped.drafts++;
      if (/spam/i.test(r["FOLDER"] ?? "")) return void result.skipped.spam++;
      const date = checkedDate(r["DATE"] ?? "");
      const content = plainText(r["CONTENT"] ?? "");
      if (!(date instanceof Date) || !r["CONVERSATION ID"]) {
        result.skipped.invalid++;
        // every problem of the row
        if (!(date instanceof Date)) result.problems.push({ file: "messages.csv", line, error: date, column: column("DATE") });
        if (!r["CONVERSATION ID"]) result.problems.push({ file: "messages.csv", line, error: "conversation_missing", column: column("CONVERSATION ID") });
        return;
      }
      if (!content) return;
      messages.push({
        conversationId: r["CONVERSATION ID"],
        // names in NFC, as every other input stores them (lib/validations/compose.ts)
        from: (r["FROM"] ?? "").trim().normalize("NFC"),
        senderUrl: normaliseProfileUrl(r["SENDER PROFILE URL"] ?? ""),
        to: (r["TO"] ?? "").trim().normalize("NFC"),
        recipientUrls: (r["RECIPIENT PROFILE URLS"] ?? "").split(/[,\s]+/).map((u) => normaliseProfileUrl(u)).filter((u): u is string => !!u),
        date,
        // cut to what the linter and the database take, as CONTENT is: one long subject must not fail the import
        subject: (r["SUBJECT"] ?? "").trim().slice(0, MAX_SUBJECT_LENGTH),
        content: content.slice(0, 20_000),
        line,
      });
    });
  }
  const owner = opts.ownProfileUrl ? normaliseProfileUrl(opts.ownProfileUrl) : recogniseOwner(messages);
  result.ownProfileUrl = owner;
  if (messages.length && !owner) throw new ArchiveError("owner_unknown", "Your own profile could not be recognised; enter your LinkedIn profile URL.");

  // --- invitations: outgoing notes
  const invitations: { url: string; name: string; date: Date; note: string; line: number }[] = [];
  if (files.invitations) {
    const read = rows(files.invitations, /DIRECTION/, MAX_ARCHIVE_MESSAGES);
    if (!read) throw new ArchiveError("invitations_too_many", `Invitations.csv has more than ${MAX_ARCHIVE_MESSAGES.toLocaleString("en")} invitations, more than one import takes; nothing was imported.`);
    const { rows: list, column } = read;
    await forEachGivingWay(list, ({ r, line }) => {
      if ((r["DIRECTION"] ?? "").toUpperCase() !== "OUTGOING" || !(r["MESSAGE"] ?? "").trim()) return;
      const url = normaliseProfileUrl(r["INVITEEPROFILEURL"] ?? "");
      const date = checkedDate(r["SENT AT"] ?? "");
      const name = (r["TO"] ?? "").trim().normalize("NFC");
      // a name over the prospect name's limit leaves the row out, as in Connections.csv, instead of
      // making a prospect the form could not save; every problem of the row is reported
      const problems: ArchiveProblem[] = [];
      if (!url) problems.push({ file: "Invitations.csv", line, error: "profile_url_invalid", column: column("INVITEEPROFILEURL") });
      if (!(date instanceof Date)) problems.push({ file: "Invitations.csv", line, error: date, column: column("SENT AT") });
      if (name.length > CELL_LIMITS.name) problems.push({ file: "Invitations.csv", line, error: "name_too_long", column: column("TO"), limit: CELL_LIMITS.name });
      if (!url || !(date instanceof Date) || problems.length) {
        result.skipped.invalid++;
        result.problems.push(...problems);
        return;
      }
      // a note of markup only ("<br>") says nothing: no connection note to check
      const note = plainText(r["MESSAGE"]).slice(0, 20_000);
      if (note) invitations.push({ url, name, date, note, line });
    });
  }

  // --- suppression list and what earlier imports already brought
  const suppressed = new Set((await db.suppression.findMany({ where: { workspaceId: actor.workspaceId }, select: { urlHash: true } })).map((s) => s.urlHash));
  const isSuppressed = (url: string | null) => !!url && suppressed.has(profileHash(url));
  const known = new Set(
    (await db.message.findMany({ where: { workspaceId: actor.workspaceId, externalId: { not: null } }, select: { externalId: true } })).map((m) => m.externalId!),
  );
  const knownReplies = new Set(
    (await db.reply.findMany({ where: { externalId: { not: null }, message: { workspaceId: actor.workspaceId } }, select: { externalId: true } })).map((r) => r.externalId!),
  );
  const existingProspects = new Map(
    (await db.prospect.findMany({ where: { workspaceId: actor.workspaceId, profileUrl: { not: null } }, select: { id: true, profileUrl: true, name: true, role: true, company: true } })).map((p) => [p.profileUrl!, p]),
  );
  // people an older archive (no recipient URLs) knew by name only, under the key they had then: a
  // re-import finds them again instead of creating the same empty prospect once more
  const nameOnly = await db.prospect.findMany({ where: { workspaceId: actor.workspaceId, profileUrl: null, source: "linkedin-archive" }, select: { id: true, profileUrl: true, name: true, role: true, company: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  for (const p of nameOnly) if (!existingProspects.has(`name:${p.name}`)) existingProspects.set(`name:${p.name}`, p);

  // --- threads per conversation with one other person
  type Outgoing = { id: string; externalId: string; prospectKey: string; channel: Channel; subject: string | null; body: string; sentAt: Date; result: LintResult };
  type Incoming = { externalId: string; messageExternalId: string; receivedAt: Date; text: string | null; prospectKey: string };
  const outgoing: Outgoing[] = [];
  const incoming: Incoming[] = [];
  const newProspects = new Map<string, { name: string; url: string | null }>(); // key: url or "name:…"
  const byConversation = new Map<string, ArchiveMessage[]>();
  for (const m of messages) {
    let list = byConversation.get(m.conversationId);
    if (!list) byConversation.set(m.conversationId, (list = []));
    list.push(m);
  }
  const connections = files.connections
    ? await planImport(db, actor, files.connections).catch((e: unknown) => {
        if (e instanceof TooManyRowsError) throw new ArchiveError("connections_too_many", `Connections.csv has more than ${MAX_IMPORT_ROWS.toLocaleString("en")} rows; nothing was imported.`);
        throw e;
      })
    : null;
  const connectionByUrl = new Map<string, { name: string; role: string; company: string }>();
  for (const o of connections?.outcomes ?? []) if (o.action !== "invalid" && o.row.profileUrl) connectionByUrl.set(o.row.profileUrl, o.row);

  const prospectInfo = (key: string) => {
    const url = key.startsWith("name:") ? null : key;
    const p = (url ? (existingProspects.get(url) ?? connectionByUrl.get(url)) : existingProspects.get(key)) || null;
    return { name: p?.name ?? newProspects.get(key)?.name ?? key.slice(5), role: p?.role ?? "", company: p?.company ?? "" };
  };

  // every outgoing text in time order, for mass-template
  const timeline: { at: number; key: string; text: string }[] = [];
  const threads: { key: string; items: ArchiveMessage[] }[] = [];
  for (const [, list] of byConversation) {
    list.sort((a, b) => a.date.getTime() - b.date.getTime());
    const others = new Set<string>();
    for (const m of list) {
      const participants = [m.senderUrl, ...m.recipientUrls].filter((u): u is string => !!u && u !== owner);
      for (const u of participants) others.add(u);
    }
    if (others.size > 1) {
      result.skipped.group += list.length;
      continue;
    }
    const url = others.size === 1 ? [...others][0] : null;
    if (isSuppressed(url)) {
      result.skipped.suppressed += list.length;
      continue;
    }
    // a FROM or TO over the prospect name's limit leaves its message out and is reported, as a name
    // in Connections.csv or Invitations.csv is, instead of being cut into a prospect's name (checked
    // here, so that a group conversation, whose TO lists everyone, counts as a group)
    const items = list.filter((m) => {
      const over = (["FROM", "TO"] as const).filter((c) => (c === "FROM" ? m.from : m.to).length > CELL_LIMITS.name);
      for (const c of over) result.problems.push({ file: "messages.csv", line: m.line, error: "name_too_long", column: messageColumn(c), limit: CELL_LIMITS.name });
      if (over.length) result.skipped.invalid++;
      return !over.length;
    });
    if (!items.length) continue;
    let key: string;
    if (url) key = url;
    else {
      // very old archives have no recipient URLs: the other person is known by name only
      const other = items.find((m) => m.senderUrl !== owner)?.from ?? items[0].to;
      if (!other) continue;
      key = `name:${other}`;
    }
    const theirName = items.find((m) => m.senderUrl && m.senderUrl !== owner)?.from || items.find((m) => m.senderUrl === owner)?.to || key.slice(5);
    if (!existingProspects.has(key) && !connectionByUrl.has(key)) newProspects.set(key, { name: theirName || "Unknown", url: key.startsWith("name:") ? null : key });
    threads.push({ key, items });
    for (const m of items) if (m.senderUrl === owner) timeline.push({ at: m.date.getTime(), key, text: m.content });
  }
  for (const inv of invitations) {
    if (isSuppressed(inv.url)) {
      result.skipped.suppressed++;
      continue;
    }
    if (!existingProspects.has(inv.url) && !connectionByUrl.has(inv.url) && !newProspects.has(inv.url)) newProspects.set(inv.url, { name: inv.name || "Unknown", url: inv.url });
    timeline.push({ at: inv.date.getTime(), key: inv.url, text: inv.note });
  }
  timeline.sort((a, b) => a.at - b.at);
  const earlierFor = (at: number, key: string): string[] => {
    // binary search for the first entry at or after `at`, then walk back within 90 days
    let lo = 0;
    let hi = timeline.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (timeline[mid].at < at) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo - 1; i >= 0 && out.length < TEMPLATE_WINDOW && timeline[i].at >= at - 90 * DAY; i--) if (timeline[i].key !== key) out.push(timeline[i].text);
    return out;
  };

  const total = threads.reduce((s, t) => s + t.items.length, 0) + invitations.length;
  let done = 0;
  let checked = 0;
  const lint = async (message: string, channel: Channel, key: string, history: { direction: "in" | "out"; text: string; daysAgo: number }[], at: Date, subject?: string) => {
    const info = prospectInfo(key);
    const result = lintParsed(
      lintInputSchema.parse({
        message,
        subject: subject || undefined,
        channel,
        prospect: { name: info.name, role: info.role, company: info.company },
        history,
        earlierMessages: earlierFor(at.getTime(), key),
      }),
    );
    if (++checked % CHECKS_PER_YIELD === 0) await yieldToEventLoop();
    return result;
  };

  for (const inv of invitations) {
    if (isSuppressed(inv.url)) continue;
    const externalId = stableId(actor.workspaceId, "invitation", inv.url, inv.date.toISOString(), inv.note);
    done++;
    if (done % 500 === 0) progress("checking", done, total);
    if (known.has(externalId)) {
      result.alreadyImported++;
      continue;
    }
    const r = await lint(inv.note, "connection-note", inv.url, [], inv.date);
    outgoing.push({ id: randomUUID(), externalId, prospectKey: inv.url, channel: "connection-note", subject: null, body: inv.note, sentAt: inv.date, result: r });
    result.connectionNotes++;
  }

  for (const thread of threads) {
    const history: { direction: "in" | "out"; text: string; at: Date }[] = [];
    let lastOutgoing: string | null = null;
    let unanswered = 0;
    for (const m of thread.items) {
      done++;
      if (done % 500 === 0) progress("checking", done, total);
      const mine = m.senderUrl === owner;
      const externalId = stableId(actor.workspaceId, m.conversationId, m.date.toISOString(), m.senderUrl ?? m.from, m.content);
      if (mine) {
        const channel: Channel = history.length === 0 ? (m.subject ? "inmail" : "message") : unanswered > 0 ? "follow-up" : "message";
        if (known.has(externalId)) result.alreadyImported++;
        else {
          // the newest entries the linter takes: a long conversation is still imported
          const r = await lint(m.content, channel, thread.key, history.slice(-MAX_CONTEXT_HISTORY).map((h) => ({ direction: h.direction, text: h.text, daysAgo: Math.max(0, Math.floor((m.date.getTime() - h.at.getTime()) / DAY)) })), m.date, channel === "inmail" ? m.subject : undefined);
          outgoing.push({ id: randomUUID(), externalId, prospectKey: thread.key, channel, subject: channel === "inmail" ? m.subject : null, body: m.content, sentAt: m.date, result: r });
        }
        lastOutgoing = externalId;
        unanswered++;
        history.push({ direction: "out", text: m.content, at: m.date });
      } else {
        if (lastOutgoing) {
          if (knownReplies.has(externalId)) result.alreadyImported++;
          else incoming.push({ externalId, messageExternalId: lastOutgoing, receivedAt: m.date, text: keepReplyTexts ? m.content : null, prospectKey: thread.key });
        }
        unanswered = 0;
        history.push({ direction: "in", text: m.content, at: m.date });
      }
    }
  }
  progress("saving", total, total);

  // --- one transaction for everything
  const dialect = dialectOf(db);
  await db.$transaction(
    async (tx) => {
      if (changesSetting) await tx.workspace.update({ where: { id: actor.workspaceId }, data: { keepReplyTexts } });
      const ids = new Map<string, string>(); // prospect key -> id
      for (const [url, p] of existingProspects) ids.set(url, p.id);
      if (connections) {
        const written = await writeImport(tx, actor, connections, now);
        result.prospectsCreated += written.created;
        result.prospectsMerged += written.merged;
        result.skipped.suppressed += connections.counts.suppressed;
        for (const [url, id] of written.ids) ids.set(url, id);
        const urlColumn = connections.mapping.profileUrl;
        for (const o of connections.outcomes) {
          if (o.action !== "invalid") continue;
          // every problem of the row, each with the column at fault: named with the limit, or the profile URL's column
          for (const e of o.errors) {
            const at = "column" in e ? { column: e.column, limit: e.limit } : e.code === "profile_url_invalid" && urlColumn != null ? { column: connections.headers[urlColumn] || `#${urlColumn + 1}` } : {};
            result.problems.push({ file: "Connections.csv", line: o.line, error: e.code, ...at });
          }
        }
      }
      const toCreate = [...newProspects].filter(([key]) => !ids.has(key));
      const rowsToCreate = toCreate.map(([key, p]) => {
        const id = randomUUID();
        ids.set(key, id);
        return { id, workspaceId: actor.workspaceId, name: p.name, profileUrl: p.url, source: "linkedin-archive", collectedAt: now };
      });
      for (let i = 0; i < rowsToCreate.length; i += 1000) await tx.prospect.createMany({ data: rowsToCreate.slice(i, i + 1000) });
      result.prospectsCreated += rowsToCreate.length;

      const messageIds = new Map<string, string>();
      const earlier = await tx.message.findMany({ where: { workspaceId: actor.workspaceId, externalId: { in: [...new Set(incoming.map((i) => i.messageExternalId))].filter((x) => known.has(x)) } }, select: { id: true, externalId: true, authorId: true } });
      const existingByExternal = new Map(earlier.map((m) => [m.externalId!, m.id]));
      const data = outgoing.map((o) => {
        messageIds.set(o.externalId, o.id);
        return {
          id: o.id,
          workspaceId: actor.workspaceId,
          authorId: actor.memberId,
          prospectId: ids.get(o.prospectKey) ?? null,
          status: "sent",
          channel: o.channel,
          subject: o.subject,
          body: o.body,
          language: o.result.language,
          verdict: o.result.verdict,
          score: o.result.score,
          lintResult: JSON.stringify(o.result),
          externalId: o.externalId,
          sentAt: o.sentAt,
          createdAt: o.sentAt,
        };
      });
      await insertRows(tx, dialect, "Message", data.map((m) => ({ ...m, updatedAt: m.sentAt })));
      result.messagesImported = outgoing.length - result.connectionNotes;
      const replies = incoming
        .map((r) => ({ externalId: r.externalId, messageId: messageIds.get(r.messageExternalId) ?? existingByExternal.get(r.messageExternalId), prospectId: ids.get(r.prospectKey), receivedAt: r.receivedAt, text: r.text }))
        .filter((r): r is { externalId: string; messageId: string; prospectId: string; receivedAt: Date; text: string | null } => !!r.messageId && !!r.prospectId);
      await insertRows(tx, dialect, "Reply", replies.map((r) => ({ id: randomUUID(), ...r, createdAt: now })));
      result.repliesImported = replies.length;
      // last activity per prospect
      const last = new Map<string, Date>();
      for (const o of outgoing) {
        const id = ids.get(o.prospectKey);
        if (id && (!last.get(id) || last.get(id)! < o.sentAt)) last.set(id, o.sentAt);
      }
      for (const r of replies) if (!last.get(r.prospectId) || last.get(r.prospectId)! < r.receivedAt) last.set(r.prospectId, r.receivedAt);
      // one statement per 400 prospects instead of one query each (every Prisma query is compiled)
      const pairs = [...last];
      for (let i = 0; i < pairs.length; i += 400) {
        const chunk = pairs.slice(i, i + 400);
        const values = chunk.map(() => `(?, ${dialect.timestampPlaceholder})`).join(", ");
        await tx.$executeRawUnsafe(
          dialect.sql(`WITH v(id, at) AS (VALUES ${values})
           UPDATE "Prospect" SET "lastTouchAt" = v.at FROM v
            WHERE "Prospect"."id" = v.id AND ("Prospect"."lastTouchAt" IS NULL OR "Prospect"."lastTouchAt" < v.at)`),
          ...chunk.flatMap(([id, at]) => [id, dialect.timestampParam(at)]),
        );
      }
      // in the same transaction: the import and the dashboard's numbers land together or not at all.
      // Only what it changed is recomputed: its messages are the member's, but a reply can answer
      // a message an earlier import stored for another member (the same archive imported by
      // someone else), whose reply counts change too; `last` holds every prospect a message or
      // reply went to, whose streaks change. Nothing new: nothing to recompute.
      if (outgoing.length || replies.length) {
        const repliedTo = new Set(replies.map((r) => r.messageId));
        const authorIds = [actor.memberId, ...earlier.filter((m) => repliedTo.has(m.id)).map((m) => m.authorId)];
        await rebuildDashboardStatsScopedIn(tx, dialect, actor.workspaceId, { authorIds, prospectIds: last.keys() });
      }
    },
    { timeout: 300_000, maxWait: 10_000 },
  );
  progress("done", total, total);
  // in the order of the files and their lines (names in messages.csv are checked per thread)
  const fileOrder = ["messages.csv", "Invitations.csv", "Connections.csv"];
  result.problems.sort((a, b) => fileOrder.indexOf(a.file) - fileOrder.indexOf(b.file) || a.line - b.line);
  result.problemCount = result.problems.length;
  result.problemRows = new Set(result.problems.map((p) => `${p.file}\u0000${p.line}`)).size;
  result.problems = result.problems.slice(0, MAX_LISTED_PROBLEMS);
  return result;
}

/** Archive imports that may run at once in one process: each holds its upload and up to 300 MB of text. */
export const MAX_CONCURRENT_IMPORTS = 2;
const globalForImports = globalThis as unknown as { anspracheArchiveImports?: Set<string> };

/**
 * A slot for one archive import: one per workspace (a second import of the same workspace would
 * race the first for the same prospects) and MAX_CONCURRENT_IMPORTS per process. Returns the
 * function that frees it, or why there is none.
 */
export function takeImportSlot(workspaceId: string): { release: () => void } | { refused: "import_running" | "imports_busy" } {
  const running = (globalForImports.anspracheArchiveImports ??= new Set());
  if (running.has(workspaceId)) return { refused: "import_running" };
  if (running.size >= MAX_CONCURRENT_IMPORTS) return { refused: "imports_busy" };
  running.add(workspaceId);
  let released = false;
  return {
    release: () => {
      if (!released) running.delete(workspaceId);
      released = true;
    },
  };
}
