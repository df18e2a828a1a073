import type { Span } from "../schema";
import { sentenceHolding } from "./segment";

// A catalogue of services or of the team ("Our practice offers market access, pricing, launch excellence
// and analytics", "Unser Team besteht aus Apothekerinnen, Chemikern und …"): what is on offer, not how it works
const VERB_WORDS = String.raw`(?:offers?|provides?|covers?|includes?|spans?|comprises?|umfasst|umfassen|bietet|bieten|besteht aus|bestehen aus|deckt|decken|vereint|vereinen)(?![\p{L}])`;
const SERVICE_VERBS = String.raw`(?<![\p{L}])${VERB_WORDS}`;
export const SERVICE_LIST = new RegExp(String.raw`${SERVICE_VERBS}[^.;:]*,[^.;:]*(?:,|\s(?:and|und|sowie)\s)`, "iu");
// the verbs alone, then the look-behind at each hit: tested at every position, the Unicode
// look-behind cost more than the rest of the search (see WordRegex)
const VERB_ANYWHERE = new RegExp(VERB_WORDS, "giu");
const NO_LETTER_BEFORE = /(?<![\p{L}])/uy;

/** The next service verb from `from` on, as the global whole-word regex would find it. */
function nextVerb(text: string, from: number): RegExpExecArray | null {
  VERB_ANYWHERE.lastIndex = from;
  for (let m = VERB_ANYWHERE.exec(text); m; m = VERB_ANYWHERE.exec(text)) {
    NO_LETTER_BEFORE.lastIndex = m.index;
    if (NO_LETTER_BEFORE.test(text)) return m;
    VERB_ANYWHERE.lastIndex = m.index + 1;
  }
  return null;
}

const SERVICE_LIST_AT = new RegExp(SERVICE_LIST.source, "iuy");
const STRETCH_END = /[.;:]/g;

/**
 * SERVICE_LIST.test(text), tried from the first verb of each stretch between . ; and : only: a list
 * stays within one, and the first verb of a stretch reaches every comma a later one does. Tried
 * from every verb, a sentence of "offer offer …" was read to its end from each (35–120 ms for
 * 20,000 characters).
 */
export function hasServiceList(text: string): boolean {
  let stretchEnd = -1;
  for (let m = nextVerb(text, 0); m; m = nextVerb(text, m.index + m[0].length)) {
    if (m.index < stretchEnd) continue; // a later verb of the stretch tried
    SERVICE_LIST_AT.lastIndex = m.index;
    if (SERVICE_LIST_AT.test(text)) return true;
    STRETCH_END.lastIndex = m.index;
    stretchEnd = STRETCH_END.exec(text)?.index ?? text.length;
  }
  return false;
}

/**
 * Where a service verb's list may stand in a text: from each verb to the next mark a list cannot
 * cross (none when the text holds no list). Worked out once per text, then asked per word.
 */
export function serviceListReach(text: string): { start: number; end: number }[] {
  if (!hasServiceList(text)) return [];
  const out: { start: number; end: number }[] = [];
  for (let m = nextVerb(text, 0); m; m = nextVerb(text, m.index + m[0].length)) {
    if (out.length && m.index < out[out.length - 1].end) continue; // within the reach of the verb before
    STRETCH_END.lastIndex = m.index;
    out.push({ start: m.index, end: STRETCH_END.exec(text)?.index ?? text.length });
  }
  return out;
}

/**
 * Whether a span stands in a list of what the offer covers ("Sie umfasst Personaldossier,
 * Zeiterfassung und Lohn"): a feature named, not a pain of the reader's nor a word of their notes.
 * The lists of a sentence are found once (`reach`, by sentence start): a long sentence asks per word.
 */
export function inServiceList(sentences: readonly (Span & { text: string })[], m: Span, reach: Map<number, Span[]>): boolean {
  const s = sentenceHolding(sentences, m);
  if (!s) return false;
  let lists = reach.get(s.start);
  if (!lists) reach.set(s.start, (lists = serviceListReach(s.text)));
  const at = m.start - s.start;
  return lists.some((l) => l.start < at && at < l.end);
}
