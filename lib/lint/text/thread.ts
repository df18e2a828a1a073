import type { Lexicon } from "../data";
import { test } from "./patterns";

export interface ThreadInfo {
  hasHistory: boolean;
  /** The prospect has written at least once. */
  replied: boolean;
  /** Outgoing messages since the prospect last wrote (or since the start): the unanswered streak. */
  unanswered: number;
  /** The prospect wrote last and asked something or asked for something ("send it over"). */
  prospectAsked: boolean;
  daysSinceLastOut?: number;
  /** A relationship exists: the connection was accepted or the prospect has written. */
  connected: boolean;
  /** The seller engaged with the prospect's content or profile before writing. */
  warmedUp: boolean;
  /** The prospect has written, but only to accept or thank for the connection ("Thanks Kieran!", "Gern, danke für die Anfrage."). */
  acknowledgedOnly: boolean;
  /** The prospect wrote last and said no ("kein Bedarf", "we went with another provider"), not "not now, get back to me in Q3". */
  declined: boolean;
}

type Touch = { kind: string; daysAgo?: number };

// "im Moment kein Thema – vielleicht nach der Wintersaison", "not now – maybe in the spring": a later time named softly
const SOFT_LATER =
  /(?<![\p{L}])(?:vielleicht (?:wieder |eher |dann )?(?:nach|im|ab|zum|gegen|in) (?:der |dem |den |einem |einigen )?(?:wintersaison|sommersaison|saison|frühjahr|frühling|sommer|herbst|winter|neuen jahr|jahreswechsel|quartal|q[1-4]|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|monaten|wochen)|maybe (?:again )?(?:after|in|next|around|towards) (?:the )?(?:season|summer|spring|autumn|fall|winter|new year|q[1-4]|quarter|year|january|february|march|april|may|june|july|august|september|october|november|december|a few months))(?![\p{L}])/iu;
// Such a later time may have come after about a month; a message sooner still pushes after the no.
const SOFT_LATER_DAYS = 28;

const ASKED = /\?|(?<![\p{L}])(?:send|share|show|tell|explain|schick|schicken|senden|zeig|zeigen|erzähl|erzählen|erklär|teilen|bitte|please|mehr infos?|mehr informationen|mehr details|more info|more information|more details)(?![\p{L}])/iu;

// The words of a reply that only accepts or thanks for the connection; any other word (a name aside) says more
const ACKNOWLEDGMENT = new Set(
  [
    "thanks thank you many much sure cheers happy glad to connect connected connecting likewise same here too great nice ok okay yes yep absolutely hi hello hey for the invite invitation request connection accepted",
    "danke dank vielen gern gerne sehr herzlich herzlichen klar super ebenso gleichfalls dito auch dir ihnen euch ja hallo moin servus grüezi für die anfrage einladung vernetzt vernetzung angenommen schön herr frau dr mag ing prof",
  ]
    .join(" ")
    .split(" "),
);

/** Longer than this, a reply says more than thanks. */
const ACKNOWLEDGMENT_CHARS = 80;

/** "Thanks Kieran!", "Sure, happy to connect.", "Gern, danke für die Anfrage.": thanks and acceptance only, a name aside. */
function isBareAcknowledgment(text: string, lex: Lexicon): boolean {
  if (text.length > ACKNOWLEDGMENT_CHARS) return false;
  const words = text.match(/[\p{L}'’]+/gu) ?? [];
  if (words.length === 0 || text.includes("?")) return false;
  // (a capitalised word after the first is a name: "Thanks Kieran!")
  return words.every((w, i) => ACKNOWLEDGMENT.has(w.toLowerCase()) || (i > 0 && /^\p{Lu}\p{Ll}+$/u.test(w) && !lex.stopwords.has(w.toLowerCase())));
}

const CONNECTING = /connect|vernetz|netzwerk|network|kontakt|in touch/i;

/** A message that asks something other than to connect ("Darf ich Ihnen das Beispiel schicken?"). */
function asksMoreThanConnecting(text: string): boolean {
  return text.includes("?") && !CONNECTING.test(text.slice(text.lastIndexOf(".", text.lastIndexOf("?")) + 1));
}

export function analyzeThread(
  history: ReadonlyArray<{ direction: "in" | "out"; text: string; daysAgo?: number }>,
  lex: Lexicon,
  touchpoints: ReadonlyArray<Touch> = [],
): ThreadInfo {
  // Messages and replies logged only as touchpoints (sent outside Ansprache) count as the thread
  // when there is no thread; with a thread, they would be counted twice.
  if (history.length === 0 && touchpoints.some((t) => t.kind === "message-sent" || t.kind === "reply-received")) {
    history = [...touchpoints]
      .filter((t) => t.kind === "message-sent" || t.kind === "reply-received")
      .sort((a, b) => (b.daysAgo ?? 0) - (a.daysAgo ?? 0))
      .map((t) => ({ direction: t.kind === "message-sent" ? ("out" as const) : ("in" as const), text: "", daysAgo: t.daysAgo }));
  }
  let unanswered = 0;
  let replied = false;
  let daysSinceLastOut: number | undefined;
  for (const entry of history) {
    if (entry.direction === "in") {
      replied = true;
      unanswered = 0;
    } else {
      unanswered++;
      daysSinceLastOut = entry.daysAgo;
    }
  }
  const last = history[history.length - 1];
  const prospectAsked = !!last && last.direction === "in" && ASKED.test(last.text) && !test(lex.pestering, last.text);
  const connected = replied || touchpoints.some((t) => t.kind === "connection-accepted" || t.kind === "reply-received");
  const warmedUp = touchpoints.some((t) => t.kind === "reacted" || t.kind === "commented" || t.kind === "viewed-profile");
  // "not now, get back to me in Q3" asks for the next message: no no; nor is "maybe after the
  // season" once that time may have come (a message ten days later still pushes after a no)
  const laterNow = (entry: { text: string; daysAgo?: number }) => test(lex.laterInvitations, entry.text) || ((entry.daysAgo ?? 0) >= SOFT_LATER_DAYS && SOFT_LATER.test(entry.text));
  const declined = !!last && last.direction === "in" && test(lex.declines, last.text) && !laterNow(last);
  // ("Ja, gern." to "Darf ich Ihnen das Beispiel schicken?" accepts an offer: a reply, not a mere acknowledgment; to
  // "vernetzen wir uns?" it accepts the connection)
  const acknowledgedOnly = replied && history.every((entry, i) => entry.direction === "out" || (isBareAcknowledgment(entry.text, lex) && !asksMoreThanConnecting(history[i - 1]?.text ?? "")));
  return { hasHistory: history.length > 0, replied, unanswered, prospectAsked, daysSinceLastOut, connected, warmedUp, declined, acknowledgedOnly };
}
