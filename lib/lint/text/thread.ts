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
}

const ASKED = /\?|(?<![\p{L}])(?:send|share|show|tell|explain|schick|schicken|senden|zeig|zeigen|erzähl|erzählen|erklär|teilen|bitte|please)(?![\p{L}])/iu;

export function analyzeThread(history: ReadonlyArray<{ direction: "in" | "out"; text: string; daysAgo?: number }>, lex: Lexicon): ThreadInfo {
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
  return { hasHistory: history.length > 0, replied, unanswered, prospectAsked, daysSinceLastOut };
}
