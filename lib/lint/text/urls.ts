import type { Span } from "../schema";
import { isSpace } from "./chars";
import { memoize } from "./memo";
import { containsWord } from "./patterns";

export type LinkRisk = "shortener" | "ip-host" | "punycode" | "look-alike" | "text-mismatch" | "scheme";

export interface LinkInfo extends Span {
  raw: string;
  host: string; // ASCII host as WHATWG URL gives it ("" when unparsable)
  displayHost: string; // Unicode form, for messages
  risk: LinkRisk | null;
  /** For text-mismatch: the domain the link text names. */
  namedHost?: string;
  /** For a look-alike of a well-known name ("linkedln.com"): the name it imitates. */
  imitates?: string;
}

const SHORTENERS = new Set(
  [
    "bit.ly", "bitly.com", "tinyurl.com", "t.co", "goo.gl", "ow.ly", "is.gd", "buff.ly", "rebrand.ly",
    "cutt.ly", "shorturl.at", "tiny.cc", "t.ly", "rb.gy", "s.id", "bl.ink", "short.io", "v.gd", "qr.net",
    "shorte.st", "adf.ly", "soo.gd", "clck.ru", "tiny.one", "y2u.be", "bit.do", "mcaf.ee", "su.pr",
    "trib.al", "dlvr.it", "linktr.ee", "urlz.fr", "shorturl.com", "u.to", "x.co", "1url.com",
    // German-speaking and LinkedIn's own: each hides where it leads just the same
    "t1p.de", "kurzelinks.de", "0cn.de", "ogy.de", "lnkd.in", "snip.ly", "urlr.me", "t2m.io", "short.gy", "tiny.pl",
  ],
);

const TLDS =
  "com|de|at|ch|io|ly|co|net|org|eu|me|gl|gd|to|app|ai|info|biz|link|page|site|tech|xyz|uk|fr|nl|it|es|pl|cz|li|lu|be|dk|se|no|fi|us|ca|au|in|ru|cn|dev|cloud|online|shop|store|news|tv|gg|cc|ee|one|pro|ws|su|do|be|fm|gov|edu|mil|int|gy|ie|nz|za|sg|jp|br|pt|ink|agency|digital|solutions|consulting|studio|media|events";

// Where a link may be: a scheme, "www." or a dot before a known top-level domain. Each hit is
// widened to the run of non-space characters around it; a full URL regex over every position
// of the message costs ten times as much.
const CANDIDATE = new RegExp(`(?:https?|ftp|javascript|data|file|vbscript):|www\\.|\\.(?:${TLDS})(?![\\p{L}\\p{N}\\-])`, "giu");
const SCHEME_OR_DOMAIN = new RegExp(`^(?:(?:https?|ftp|javascript|data|file|vbscript):\\S+|www\\.\\S+|(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\-]*[\\p{L}\\p{N}])?\\.)+(?:${TLDS})(?:[/?#:]\\S*)?)$`, "iu");
const OPENERS = /^[("'„“‚‘«»<\[]+/u;

interface LabelledLink {
  start: number;
  end: number;
  label: string;
  href: string;
}

/**
 * "[label](url)": what a global exec of /\[([^\]\n]{1,200})\]\(([^)\s]+)\)/g finds, by char codes.
 * The regex ran the URL part to the end of every run of non-space characters from every "[", and
 * backtracked: a pasted text of "[a](" took seconds. A URL's run of characters is found once and
 * shared by every "[" within it.
 */
export function markdownLinks(text: string): LabelledLink[] {
  const out: LabelledLink[] = [];
  let runStart = -1;
  let runEnd = -1; // [runStart, runEnd): the last run of characters other than ")" and white space measured
  for (let open = text.indexOf("["); open !== -1; ) {
    let close = open + 1;
    while (close < text.length && close - open - 1 <= 200 && text.charCodeAt(close) !== 93 && text.charCodeAt(close) !== 10) close++;
    const labelLength = close - open - 1;
    const url = close + 2;
    if (labelLength >= 1 && labelLength <= 200 && text.charCodeAt(close) === 93 && text.charCodeAt(close + 1) === 40 && url < text.length) {
      if (!(url >= runStart && url < runEnd)) {
        runStart = url;
        runEnd = url;
        while (runEnd < text.length && text.charCodeAt(runEnd) !== 41 && !isSpace(text.charCodeAt(runEnd))) runEnd++;
      }
      if (runEnd > url && text.charCodeAt(runEnd) === 41) {
        out.push({ start: open, end: runEnd + 1, label: text.slice(open + 1, close), href: text.slice(url, runEnd) });
        open = text.indexOf("[", runEnd + 1);
        continue;
      }
    }
    open = text.indexOf("[", open + 1);
  }
  return out;
}

const HTML_LINK_OPEN = /<a\s/gi;
const HTML_HREF = /href\s*=\s*["']?([^"'\s>]+)/iy;
const HTML_HREF_WORD = /href/gi;
const HTML_LINK_TAIL = /([^<]{1,200})<\/a>/iy;

/**
 * '<a href="url">label</a>': what a global exec of
 * /<a\s[^>]*href\s*=\s*["']?([^"'\s>]+)["']?[^>]*>([^<]{1,200})<\/a>/gi finds. Its greedy
 * [^>]* backtracked to every "href" of the rest of the text from every "<a " (seconds for an
 * unclosed tag repeated); here the tag is read up to its first ">", once for all the "<a " before
 * it. As with the regex, the last "href=" of the tag counts.
 */
export function htmlLinks(text: string): LabelledLink[] {
  const out: LabelledLink[] = [];
  let tagEnd = -1; // the ">" that ends the tags opened before it (-1: none measured yet)
  let lastHref: RegExpExecArray | null = null; // the last "href=…" before tagEnd, after the ">" before it
  let hrefAt = -1;
  let tail: RegExpExecArray | null = null; // the label and "</a>" after tagEnd
  HTML_LINK_OPEN.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = HTML_LINK_OPEN.exec(text)); ) {
    const open = m.index;
    const inside = open + 3;
    if (inside > tagEnd) {
      const gt = text.indexOf(">", inside);
      if (gt === -1) break; // no tag closes: no link from here on
      // the tags that end at this ">" begin after the one before it: their "href"s lie in between
      const from = tagEnd + 1;
      tagEnd = gt;
      lastHref = null;
      hrefAt = -1;
      HTML_HREF_WORD.lastIndex = from;
      for (let h: RegExpExecArray | null; (h = HTML_HREF_WORD.exec(text)) && h.index < gt; ) {
        HTML_HREF.lastIndex = h.index;
        const value = HTML_HREF.exec(text);
        if (value) {
          lastHref = value;
          hrefAt = h.index;
        }
      }
      HTML_LINK_TAIL.lastIndex = gt + 1;
      tail = HTML_LINK_TAIL.exec(text);
    }
    if (lastHref && hrefAt >= inside && tail) {
      const end = tail.index + tail[0].length;
      out.push({ start: open, end, label: tail[1], href: lastHref[1] });
      HTML_LINK_OPEN.lastIndex = end;
    } else HTML_LINK_OPEN.lastIndex = open + 1;
  }
  return out;
}
// (a link's own text may name a domain under a rarer suffix, "notion.so": in prose such a suffix is too often a typo, "klar.So")
const DOMAIN_IN_TEXT = new RegExp(`(?:[\\p{L}\\p{N}\\-]+\\.)+(?:${TLDS}|so|hr|hu|ro|gr|sk|si|lt|lv|bg|ae|hk|tw|kr|mx|tr|ua)\\b`, "iu");

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

// . , ; : ! ? ) » " ' ’
const TRAILING_PUNCTUATION = new Set([46, 44, 59, 58, 33, 63, 41, 0xbb, 34, 39, 0x2019]);

/** raw without the punctuation that ends it (/[.,;:!?)»"'’]+$/), from the end: the regex tried every position of a long run. */
function stripTrailingPunctuation(raw: string): string {
  let end = raw.length;
  while (end > 0 && TRAILING_PUNCTUATION.has(raw.charCodeAt(end - 1))) end--;
  return end === raw.length ? raw : raw.slice(0, end);
}

/** Decodes an RFC 3492 punycode label ("xn--dtev-53d" without the prefix). */
export function decodePunycode(input: string): string {
  const base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700;
  const output: number[] = [];
  let i = 0, n = 128, bias = 72;
  const basic = input.lastIndexOf("-");
  for (let j = 0; j < Math.max(basic, 0); j++) output.push(input.charCodeAt(j));
  const adapt = (delta: number, points: number, first: boolean) => {
    let k = 0;
    delta = first ? Math.floor(delta / damp) : delta >> 1;
    delta += Math.floor(delta / points);
    for (; delta > ((base - tMin) * tMax) >> 1; k += base) delta = Math.floor(delta / (base - tMin));
    return Math.floor(k + ((base - tMin + 1) * delta) / (delta + skew));
  };
  for (let idx = basic > 0 ? basic + 1 : 0; idx < input.length; ) {
    const oldi = i;
    for (let w = 1, k = base; ; k += base) {
      if (idx >= input.length) return input;
      const c = input.charCodeAt(idx++);
      const digit = c - 48 < 10 ? c - 22 : c - 65 < 26 ? c - 65 : c - 97 < 26 ? c - 97 : base;
      if (digit >= base) return input;
      i += digit * w;
      const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
      if (digit < t) break;
      w *= base - t;
    }
    bias = adapt(i - oldi, output.length + 1, oldi === 0);
    n += Math.floor(i / (output.length + 1));
    i %= output.length + 1;
    output.splice(i++, 0, n);
  }
  return String.fromCodePoint(...output);
}

export function unicodeHost(host: string): string {
  return host
    .split(".")
    .map((label) => (label.startsWith("xn--") ? decodePunycode(label.slice(4)) : label))
    .join(".");
}

const SCRIPT_LATIN = /\p{Script=Latin}/u;
const SCRIPT_OTHER = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Cherokee}]/u;

// Names that phishing links imitate: the services a B2B reader signs in to, DACH banks, and the funding
// and tax offices and carriers whose letters a firm expects (KfW, BAFA, ELSTER, HMRC, DHL), the event,
// job and remote-support sites a link in a sales message points to (Eventbrite, StepStone, TeamViewer).
const IMITATED = [
  "linkedin", "microsoft", "office365", "outlook", "sharepoint", "onedrive", "google", "docusign", "dropbox",
  "paypal", "amazon", "apple", "icloud", "adobe", "wetransfer", "salesforce", "hubspot", "calendly", "github",
  "stripe", "facebook", "instagram", "whatsapp", "telegram", "netflix", "sparkasse", "volksbank", "commerzbank",
  "deutsche-bank", "postbank", "comdirect", "raiffeisen", "swisscom", "vodafone", "zalando", "airbnb", "klarna", "fedex",
  "datev", "kfw", "bafa", "elster", "hmrc", "dhl", "mailchimp", "zoom", "slack", "shopify", "atlassian", "xero", "quickbooks", "intuit", "personio", "lexoffice", "sevdesk", "samsung", "siemens",
  "eventbrite", "teamviewer", "xing", "stepstone", "indeed", "kuehne-nagel", "dbschenker",
];

// What a phishing domain attaches to the name it imitates ("paypal-login", "secure-docusign"); a
// real company's own hyphenated domain ("sparkasse-hannover", "hermes-europe") has none of these.
const BAIT = new Set(
  "secure security login signin sign verify verification account accounts update support auth service services online docs document documents share files file download mail portal confirm billing payment payments invoice wallet access help".split(" "),
);

// Names made of a letter and a word: the word alone ("labwerk-cloud.de") imitates nothing
const BRAND_ON_A_WORD = new Set(["icloud"]);

/** Levenshtein distance of two short strings, with an adjacent swap counting as one edit; stops early past 1. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return true;
  const rest = (x: number, y: number) => a.slice(i + x) === b.slice(i + y);
  return rest(1, 1) || rest(1, 0) || rest(0, 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && rest(2, 2));
}

/**
 * A domain that imitates a well-known one: one letter off ("linkedln.com", "docusiqn-secure.com"),
 * or the name itself with a bait word attached under another domain ("paypal-login.net").
 */
function imitatedName(host: string): string | null {
  const all = host.replace(/^www\./, "").split(".");
  if (all.length < 2) return null;
  // "sellercentral.arnazon.co.uk": the name is the label before the suffix co.uk
  const parts = labelsOfDomain(all) === 3 ? all.slice(0, -1) : all;
  const label = parts[parts.length - 2];
  const tokens = label.split("-");
  const plain = tokens.join("");
  // "dropbox.dateien-teilen.net", "microsoft.login-portal.com": the name as a subdomain of a domain that is not its own
  // (a name of six letters or more: "zoom" or "apple" may be a word of the firm's own subdomain)
  const subdomains = parts.slice(0, -2);
  for (const name of IMITATED) {
    if (label === name) return null; // the real one, under any top-level domain
    if (name.length >= 6 && subdomains.includes(name)) return name;
    const plainName = name.replace(/-/g, "");
    if (plain === plainName) return name; // "linked-in.com"
    if (tokens.includes(name) && tokens.some((t) => BAIT.has(t))) return name;
    // letters that pass for others: "rnicrosoft" reads as "microsoft", "g00gle" as "google"
    for (const token of [plain, ...tokens]) if (token !== plainName && skeleton(token) === plainName) return name;
    if (plainName.length < 6) continue; // five letters are one edit from too many real names (appie, adobo)
    for (const token of [plain, ...tokens]) if (token !== plainName && withinOneEdit(token, plainName) && !(BRAND_ON_A_WORD.has(name) && token === plainName.slice(1))) return name;
  }
  return embeddedDomain(parts) ?? digitForLetter(label) ?? impossibleStart(label) ?? governmentLookAlike(all);
}

// The labels of government domains ("gov.uk", "gv.at", "admin.ch", "bund.de"): too short for the digit check above
const GOVERNMENT = new Set(["gov", "gouv", "admin", "bund"]);

/** A government label with a digit for a letter ("www.g0v.uk", "adm1n.ch"): it passes for the office at a glance. */
function governmentLookAlike(labels: readonly string[]): string | null {
  for (let i = 0; i < labels.length; i++) {
    const read = skeleton(labels[i]);
    if (read !== labels[i] && GOVERNMENT.has(read)) return [read, ...labels.slice(i + 1)].join(".");
  }
  return null;
}

/**
 * A name with a digit in place of a letter between letters ("heide1berg", "micros0ft", "he11a"): 1 for l and
 * 0 for o pass for the name at a glance. Real names with digits use other digits or put them at
 * the edge ("web2print", "1und1", "o2"), so a digit at the edge counts only in a bait word ("0nline").
 */
function digitForLetter(label: string): string | null {
  for (const token of label.split("-")) {
    if (token.length < 5 || !/^[a-z01]+$/.test(token)) continue;
    const word = token.replace(/1/g, "l").replace(/0/g, "o");
    if (!/^[a-z]+$/.test(word)) continue;
    if (/[a-z][01]+[a-z]/.test(token)) return word;
    // a first letter swapped ("datev-0nline"): only for the words phishing dresses up in, as many real names start with a digit
    if (/^[01]+[a-z]/.test(token) && (BAIT.has(word) || IMITATED.includes(word))) return word;
  }
  return null;
}

/**
 * A name that starts with letters no English or German word starts with, where they pass for one
 * letter: "rnultivac-parts" reads as "multivac", "lngelheim" as "Ingelheim" (rn for m, ln for In).
 */
function impossibleStart(label: string): string | null {
  for (const token of label.split("-")) {
    if (token.length >= 5 && /^(?:rn[aeiouy]|ln[a-z])/.test(token)) return token.startsWith("rn") ? `m${token.slice(2)}` : `i${token.slice(1)}`;
  }
  return null;
}

/**
 * A capital I written between small letters of a host that has no other capitals ("gaIabau-verband.de"):
 * in most fonts it passes for an l, and nobody types a domain so except to pass for another.
 */
function capitalIForL(written: string): string | null {
  if (!/[a-z]I[a-z]/.test(written) || /[A-HJ-Z]/.test(written)) return null;
  return written.replace(/(?<=[a-z])I(?=[a-z])/g, "l").toLowerCase().replace(/^www\./, "");
}

function skeleton(token: string): string {
  return token.replace(/rn/g, "m").replace(/vv/g, "w").replace(/0/g, "o").replace(/1/g, "l");
}

// Labels that end a domain name: where one stands before the last two labels, a whole domain sits in front of another.
const TOP_LABEL = new Set("com org net gov edu co uk de at ch eu io info biz".split(" "));

/**
 * A whole domain put in front of another one ("drive.google.com.file-share.top",
 * "tnlcommunityfund.org.uk.grant-checker.info", "www.gov.uk-ofsted.reports.net"): the reader sees
 * the first name, the link goes to the last. Returns the name on show.
 */
function embeddedDomain(parts: string[]): string | null {
  const end = parts.length - 2; // the last two labels are the domain the link goes to
  for (let i = 0; i < end; i++) {
    if (!TOP_LABEL.has(parts[i])) continue;
    let j = i;
    while (j + 1 < end && TOP_LABEL.has(parts[j + 1].split("-")[0])) j++;
    const shown = parts.slice(Math.max(0, i - 1), j + 1).map((l, k, all) => (k === all.length - 1 ? l.split("-")[0] : l));
    if (shown.length >= 2) return shown.join(".");
  }
  // "ama-foerderung.at-antrag.com": a name and its country glued to the domain the link goes to
  const glued = end >= 0 ? parts[end].split("-") : [];
  if (end >= 1 && glued.length > 1 && GLUED_TOP.has(glued[0])) return `${parts[end - 1]}.${glued[0]}`;
  // "s1a-gov-uk.org": a government's domain ("gov.uk") spelt with hyphens inside another name
  const gov = glued.indexOf("gov");
  if (gov >= 0 && gov + 1 < glued.length && GLUED_TOP.has(glued[gov + 1])) return `gov.${glued[gov + 1]}`;
  // "iata-org.com", "paypal-com.info": a name with its top-level domain hyphenated onto it (a country
  // there is a firm's own name as often: "showfreight-eu.com", "mueller-de.com")
  const last = glued[glued.length - 1];
  if (glued.length > 1 && GENERIC_TOP.has(last) && glued[glued.length - 2].length >= 3) return `${glued.slice(0, -1).join("-")}.${last}`;
  return null;
}

const GLUED_TOP = new Set("com org net gov de at ch uk eu".split(" "));
const GENERIC_TOP = new Set("com org net gov edu".split(" "));

/** Where a Unicode host mixes Latin with look-alike scripts, or uses only look-alike letters. */
function isLookAlike(unicode: string): boolean {
  for (const label of unicode.split(".")) {
    if (!/[^\x00-\x7f]/.test(label)) continue;
    if (SCRIPT_OTHER.test(label) && SCRIPT_LATIN.test(label)) return true;
    // a label entirely in Cyrillic/Greek under a Latin TLD mimics a Latin name
    if (SCRIPT_OTHER.test(label)) return true;
  }
  return false;
}

function parseHost(raw: string): { host: string; scheme: string } | null {
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : `https://${raw}`;
  try {
    const url = new URL(withScheme);
    return { host: url.hostname.toLowerCase(), scheme: url.protocol };
  } catch {
    return null;
  }
}

const RAW_HOST = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/?#:\s]+)/i;

/** A link's host and risk. Parsing a URL costs microseconds, and the links in a draft stay the same while the rest is typed. */
const classify = memoize(function classify(raw: string): Readonly<Pick<LinkInfo, "host" | "displayHost" | "risk" | "imitates">> {
  const parsed = parseHost(raw);
  if (!parsed) {
    // the URL parser rejects punycode that does not decode to a valid name: a forged host, not a typo
    const host = RAW_HOST.exec(raw)?.[1]?.toLowerCase() ?? "";
    if (host.split(".").some((l) => l.startsWith("xn--"))) return { host, displayHost: host, risk: "punycode" };
    return { host: "", displayHost: raw, risk: null };
  }
  const { host, scheme } = parsed;
  if (scheme !== "http:" && scheme !== "https:" && scheme !== "ftp:") {
    return { host, displayHost: raw.slice(0, 40), risk: "scheme" };
  }
  const display = unicodeHost(host);
  const bare = host.replace(/^www\./, "");
  let risk: LinkRisk | null = null;
  if (IPV4.test(host) || host.startsWith("[")) risk = "ip-host";
  else if (SHORTENERS.has(bare)) risk = "shortener";
  else if (isLookAlike(display)) risk = "look-alike";
  else if (host.split(".").some((l) => l.startsWith("xn--"))) risk = "punycode";
  const imitates = risk ? null : (imitatedName(host) ?? capitalIForL(RAW_HOST.exec(raw)?.[1] ?? ""));
  if (imitates) return { host, displayHost: display, risk: "look-alike", imitates };
  return { host, displayHost: display, risk };
});

function registrable(host: string): string {
  const parts = host.replace(/^www\./, "").split(".");
  return parts.slice(-labelsOfDomain(parts)).join(".");
}

// Second-level labels under a country code that are part of the suffix: "bbc.co.uk", "amazon.com.au", "wien.gv.at"
const SECOND_LEVEL = new Set("co com org net gov gv ac or edu ltd plc".split(" "));

/** How many labels at the end of a host make its registrable domain: two, or three under a suffix such as co.uk. */
function labelsOfDomain(parts: readonly string[]): number {
  const n = parts.length;
  return n >= 3 && parts[n - 1].length === 2 && SECOND_LEVEL.has(parts[n - 2]) ? 3 : 2;
}

/** Whether CANDIDATE can match: it needs a colon, "www." or a dot before a letter (a top-level domain). */
function mayHaveCandidate(text: string): boolean {
  if (text.includes(":")) return true;
  for (let i = text.indexOf("."); i >= 0; i = text.indexOf(".", i + 1)) {
    const c = text.charCodeAt(i + 1);
    // a letter, in any case; anything beyond ASCII too, as case-insensitive matching may fold it to one
    if (((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c >= 0x80) return true;
  }
  return /www\./i.test(text);
}

/** Every link in the text, with its host and the risk it carries (null for an ordinary link). */
export function findLinks(text: string): LinkInfo[] {
  const links: LinkInfo[] = [];
  // "[text](url)" needs "](", an HTML link "<"; most messages have neither and no link candidate
  const markdown = text.includes("](");
  const html = text.includes("<");
  const candidates = mayHaveCandidate(text);
  if (!markdown && !html && !candidates) return links;
  const covered: Span[] = [];
  for (const { start, end, label, href } of [...(markdown ? markdownLinks(text) : []), ...(html ? htmlLinks(text) : [])]) {
    const info = classify(href);
    const named = label.match(DOMAIN_IN_TEXT)?.[0];
    const namedHost = named ? parseHost(named)?.host : undefined;
    const mismatch = namedHost && info.host && registrable(namedHost) !== registrable(info.host);
    links.push({
      start,
      end,
      raw: href,
      ...info,
      risk: info.risk ?? (mismatch ? "text-mismatch" : null),
      namedHost: mismatch ? namedHost : undefined,
    });
    covered.push({ start, end });
  }
  CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let scannedTo = 0;
  // domains written in capitals, which are names rather than links
  const names: { start: number; end: number; host: string }[] = [];
  while (candidates && (m = CANDIDATE.exec(text))) {
    let start = m.index;
    // widened by char codes: a regex test per character costs more than the rest of the link
    while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
    let end = m.index + m[0].length;
    while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
    CANDIDATE.lastIndex = end;
    if (start < scannedTo || covered.some((c) => start < c.end && end > c.start)) continue;
    scannedTo = end;
    let token = text.slice(start, end);
    const lead = token.match(OPENERS)?.[0].length ?? 0;
    token = stripTrailingPunctuation(token.slice(lead));
    // "Hinweis:www.x.de" or "(bit.ly/x)": the link starts after the opener
    const colon = token.search(/(?:https?|ftp|javascript|data|file|vbscript):|www\./i);
    const offset = colon > 0 && !/^[\p{L}\p{N}.-]+\./u.test(token.slice(0, colon)) ? colon : 0;
    const raw = token.slice(offset);
    if (!SCHEME_OR_DOMAIN.test(raw)) continue;
    const bareName = !/^(?:[a-z]+:|www\.)/i.test(raw);
    // "ASP.NET" is a name, not a link; it may still name the domain of a link after it ("the GOV.UK guidance: https://…")
    if (bareName && raw === raw.toUpperCase()) {
      const named = parseHost(raw.toLowerCase())?.host;
      if (named) names.push({ start: start + lead + offset, end: start + lead + offset + raw.length, host: named });
      continue;
    }
    const info = classify(raw);
    // "orders from Bol.com and Allegro": a capitalised domain without a path names the firm; a risky one still counts
    if (bareName && !info.risk && !raw.includes("/") && /^\p{Lu}\p{Ll}/u.test(raw)) continue;
    const linkStart = start + lead + offset;
    links.push({ start: linkStart, end: linkStart + raw.length, raw, ...info });
  }
  links.sort((a, b) => a.start - b.start);
  // "OpenTable's own benchmark is here: 0pentable.com", "the original Mouser invoice: rnouser.com":
  // a digit or "rn" for a letter in a name the message itself uses
  let lower: string | undefined;
  let occurrences: Map<string, number[]> | undefined;
  for (const link of links) {
    // ("bIum.com": a capital I for an l, which the lower-cased host no longer shows)
    const typed = link.raw.replace(/^[a-z][a-z0-9+.-]*:\/\//i, "").split(/[/?#:]/)[0];
    const capitalI = /[a-z]I|I[a-z]/.test(typed);
    if (link.risk || !link.host || (!capitalI && !/[01]|rn|vv/.test(link.host))) continue;
    const label = registrable(link.host).split(".")[0];
    const base = registrable(capitalI ? typed.replace(/I/g, "l").toLowerCase() : link.host).split(".")[0];
    // (a 1 passes for an l or an i: "1spe.org" after "ISPE's template")
    for (const word of base.includes("1") ? [skeleton(base), skeleton(base.replace(/1/g, "i"))] : [skeleton(base)]) {
      if (word === label || !/^[a-z-]{4,}$/.test(word)) continue;
      // "siernens-healthineers.com" after "Siemens Healthineers": the part of a hyphenated name that changed, on its own
      const parts = label.split("-");
      const changed = parts.length > 1 ? word.split("-").filter((w, k) => w !== parts[k] && /^[a-z]{4,}$/.test(w)) : [];
      if ([word, ...changed].some((w) => usesWordElsewhere(text, link, w, (lower ??= text.toLowerCase()), (occurrences ??= new Map())))) {
        link.risk = "look-alike";
        link.imitates = word;
        break;
      }
    }
  }
  // "The fee table is on gov.uk: https://gov-uk-fees.co/…": a domain named right before a link is
  // its link text, as in "[gov.uk](…)"
  let nextName = 0; // names and links are in text order: one pass over both
  let lastName: { start: number; end: number; host: string } | undefined;
  for (let i = 0; i < links.length; i++) {
    const link = links[i];
    // the nearest domain before it: a link, or a name in capitals
    while (nextName < names.length && names[nextName].end <= link.start) lastName = names[nextName++];
    let named: { start: number; end: number; host: string; raw?: string } | undefined = i > 0 ? links[i - 1] : undefined;
    if (lastName && (!named || lastName.start > named.start)) named = lastName;
    // (a host that spells gov.uk with hyphens is a look-alike on its own, and a text mismatch where the text names gov.uk)
    const risky = link.risk && !(link.risk === "look-alike" && link.imitates?.startsWith("gov."));
    if (!named || risky || !named.host || !link.host || /^[a-z][a-z0-9+.-]*:/i.test(named.raw ?? "") || !/^https?:/i.test(link.raw)) continue;
    const namedDomain = registrable(named.host);
    if (namedDomain === registrable(link.host)) continue;
    // right before it, or a few words before it when the link's host borrows the named domain's name
    // ("des Umweltbundesamts (umweltbundesamt.de/…) finden Sie hier: https://umweltbundesamt-merkblatt.info/…")
    const gap = text.slice(named.end, link.start);
    const name = namedDomain.split(".")[0];
    // ("gov.uk" … "gov-uk-guidance.info": a short name borrowed with its suffix, hyphenated)
    const borrows = (link.host.includes(namedDomain.replace(/\./g, "-")) || (name.length >= 4 && link.host.includes(name))) && gap.length <= 80 && !gap.includes("\n");
    // (a name in capitals, "ASP.NET", names the link only when the link's host borrows it)
    if (!borrows && (named.raw === undefined || !NAMES_NEXT_LINK.test(gap))) continue;
    links[i] = { ...link, risk: "text-mismatch", namedHost: named.host };
  }
  return links;
}

/**
 * Whether `word` (lower case) stands as a word of its own in the text without the link:
 * containsWord(lower(text before the link) + " " + lower(text after it), word), without building
 * that text for every link (a message of thousands of look-alike links took a tenth of a second).
 * `occurrences` keeps each word's positions in the lower-cased text for the links after.
 */
function usesWordElsewhere(text: string, link: Span, word: string, lower: string, occurrences: Map<string, number[]>): boolean {
  // a text whose length lower-casing changes ("İ") does not line up with its lower case: the plain way
  if (lower.length !== text.length) return containsWord(`${text.slice(0, link.start)} ${text.slice(link.end)}`.toLowerCase(), word);
  let at = occurrences.get(word);
  if (!at) {
    at = [];
    for (let i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) at.push(i);
    occurrences.set(word, at);
  }
  for (const i of at) {
    const end = i + word.length;
    if (end > link.start && i < link.end) continue; // in the link, or across its edge
    // at the link's edges stands the space that replaced it
    const before = i === link.end || !LETTER_OR_DIGIT.test(lower[i - 1] ?? "");
    const after = end === link.start || !LETTER_OR_DIGIT.test(lower[end] ?? "");
    if (before && after) return true;
  }
  return false;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** What may stand between a domain named in the text and the link it introduces: a colon, an arrow or a dash (after the bracket or quote that closes the name). */
const NAMES_NEXT_LINK = /^[)\]"'»”]?[ \t]*(?::|->|→|–|-|\()[ \t]*$/;
