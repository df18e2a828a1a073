import { isSpace } from "./chars";
import type { Span } from "../schema";
import type { PhraseIndex } from "./phrase-index";

/** A compiled word list: matched through its language's phrase index (see phrase-index.ts). */
export interface PhraseList {
  readonly index: PhraseIndex;
  readonly id: number;
}

export type Matcher = RegExp | PhraseList;

/**
 * A phrase list entry: a plain phrase ("game changer"; "*" stands for the rest of a word,
 * "game-chang*"; a space also matches a hyphen), or a RegExp for the few entries a phrase
 * cannot say. Lists live in data/<lang>/ apart from the rules (retext, Vale).
 */
export type Phrase = string | RegExp;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether `word` stands in `text` as a word of its own (no letter or digit touching it), as written: case counts. */
export function containsWord(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (!LETTER_OR_DIGIT.test(text[i - 1] ?? "") && !LETTER_OR_DIGIT.test(text[i + word.length] ?? "")) return true;
  }
  return false;
}

export function phraseSource(p: Phrase): string {
  if (p instanceof RegExp) return p.source;
  return p
    .split("*")
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "[\\s\\-]+"))
    .join("[\\p{L}\\p{N}\\-]*");
}

/** Wraps an alternation so that it matches whole words only, case-insensitively. */
export function wholeWords(body: string, flags = "giu"): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, flags);
}

export interface Match extends Span {
  text: string;
}

/** All matches of a word list or a global regex in text that start in [from, to). */
export function findAll(re: Matcher, text: string, from = 0, to = text.length): Match[] {
  if (!(re instanceof RegExp)) return re.index.find(re.id, text, from, to).map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) }));
  const out: Match[] = [];
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < to) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/**
 * The matches a global exec loop of a regex would find, from a sticky copy of it and every position
 * (ascending) where a match can begin: one anchored attempt per candidate instead of a scan of
 * every position. For regexes that cannot match an empty string.
 */
export function matchesAt(sticky: RegExp, text: string, starts: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let end = 0;
  for (const at of starts) {
    if (at < end) continue; // matches do not overlap: the loop goes on after each
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m) {
      out.push(m);
      end = at + m[0].length;
    }
  }
  return out;
}

/** Every position where one of the words occurs in text, ascending. */
export function occurrences(text: string, words: readonly string[]): number[] {
  const at: number[] = [];
  for (const w of words) for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) at.push(i);
  return at.sort((a, b) => a - b);
}

/** Whether a match of a word list or regex starts in text[from, to). */
export function has(re: Matcher, text: string, from: number, to: number): boolean {
  if (!(re instanceof RegExp)) return re.index.any(re.id, text, from, to);
  return findAll(re, text, from, to).length > 0;
}

export function test(re: Matcher, text: string): boolean {
  if (!(re instanceof RegExp)) return re.index.any(re.id, text, 0, text.length);
  re.lastIndex = 0;
  return re.test(text);
}

// Clause breaks: /[.!?;:\n–—]|,\s|\s-\s/g, scanned by char codes in clauseBreaks.

// The clause breaks of the last text asked about: the hype and problem rules ask about each of
// their matches in the same message, and each question would scan the message from its start.
let breaksText: string | undefined;
let breaks: number[] = []; // start and end of each break, in order

function clauseBreaks(text: string): number[] {
  if (text !== breaksText) {
    breaks = [];
    // what a global exec of CLAUSE_BREAK finds, by char codes: the alternation of ", " and " - " kept
    // the regex engine from skipping ahead, and this runs once per message
    const n = text.length;
    for (let i = 0; i < n; ) {
      const c = text.charCodeAt(i);
      if (c === 46 || c === 33 || c === 63 || c === 59 || c === 58 || c === 10 || c === 0x2013 || c === 0x2014) {
        breaks.push(i, i + 1);
        i += 1;
      } else if (c === 44 && i + 1 < n && isSpace(text.charCodeAt(i + 1))) {
        breaks.push(i, i + 2);
        i += 2;
      } else if (i + 2 < n && text.charCodeAt(i + 1) === 45 && isSpace(c) && isSpace(text.charCodeAt(i + 2))) {
        breaks.push(i, i + 3);
        i += 3;
      } else i++;
    }
    breaksText = text;
  }
  return breaks;
}

/** The clause (between punctuation) around position `at`. */
export function clauseAround(text: string, at: number): Span {
  let start = 0;
  let end = text.length;
  const b = clauseBreaks(text);
  for (let i = 0; i < b.length; i += 2) {
    if (b[i] < at) start = b[i + 1];
    else {
      end = b[i];
      break;
    }
  }
  return { start, end };
}

/**
 * A case-insensitive test for whole words: (?<![\p{L}])(?:words)(?![\p{L}]). It tests the words
 * alone first, which the regex engine does fast (it skips ahead on their first letters), while the
 * look-behind costs a Unicode table search at every position; every whole-word match is a match
 * of the words alone, so the answer is the same.
 */
export function wholeWordTest(words: string): (text: string) => boolean {
  const whole = new RegExp(`(?<![\\p{L}])(?:${words})(?![\\p{L}])`, "iu");
  const anywhere = new RegExp(`(?:${words})`, "iu");
  return (text) => anywhere.test(text) && whole.test(text);
}

// "Nothing revolutionary", "nichts Revolutionäres", "nothing here is guaranteed": what is denied right before the word
const NOTHING_BEFORE = /(?:^|[^\p{L}])(?:nothing|nichts|none of (?:this|it|that|these|them))\s+(?:(?:[\p{L}'’]+\s+){0,2}(?:is|are|was|gets|will be|ist|wird)\s+(?:an?\s+|eine?\s+)?)?$/iu;
// (a word that opens a compound denies nothing: "die No-Show-Quote … gesenkt", "a no-code tool")
const NEGATION_WORDS = "no|not|never|nor|neither|(?:don|doesn|didn|won|isn|aren|wasn|weren)['’]t|kein|keine|keinen|keinem|keiner|nicht|nie|niemals|weder";
const NEGATION_ANYWHERE = new RegExp(`(?:${NEGATION_WORDS})`, "iu");
const NEGATION_WHOLE = new RegExp(`(?<![\\p{L}-])(?:${NEGATION_WORDS})(?![\\p{L}]|-\\p{L})`, "iu");
const negatedBefore = (text: string) => NEGATION_ANYWHERE.test(text) && NEGATION_WHOLE.test(text);
// "without any downtime", "ohne einen einzigen Ausfall" negate what follows within a few words;
// "ohne Dentalröntgen bleiben viele Befunde unentdeckt" denies the X-ray, not the pain after it
// (the words alone first: a plain search is cheap, the Unicode look-arounds are not)
const DENIAL_WORD = /nothing|nichts|none|without|ohne/i;
const WITHOUT_BEFORE = /(?:^|[^\p{L}])(?:without|ohne)\s+(?:[\p{L}\p{N}'’-]+\s+){0,2}$/iu;
// "in Ihren Lagerhallen ohne WLAN das Problem": an article after the word "ohne" takes opens a new
// phrase, which the denial does not reach ("without the downtime", "ohne die üblichen Ausfälle" it does)
const WITHOUT_THEN_ARTICLE = /(?:^|[^\p{L}])(?:without|ohne)\s+[\p{L}\p{N}'’-]+\s+(?:der|die|das|den|dem|the)\s+$/iu;
const withoutReaches = (before: string) => WITHOUT_BEFORE.test(before) && !WITHOUT_THEN_ARTICLE.test(before);
// "löst 60 % der Einsätze ohne Reise und spart …": a small letter after "und" starts a verb of its own, which the
// denial does not reach ("ohne Ausfälle und Fehler" it does: a noun, capitalised)
const OHNE_THEN_UND = /(?:^|[^\p{L}])ohne\s+[\p{L}\p{N}'’-]+\s+(?:und|oder)\s+$/iu;
const verbAfterOhneUnd = (before: string, text: string, match: Span) => OHNE_THEN_UND.test(before) && /^\p{Ll}/u.test(text.slice(match.start, match.start + 1));
const negatedAfter = wholeWordTest("nicht|nichts|nie|niemals|kein|keine|keinen|niemand|not");
// Withdrawing a claim: "I can't guarantee", "we cannot promise", "kann Ihnen niemand garantieren". Before a pain word the same words
// describe the pain ("they can't hire fast enough"), so only claims (hype) take them as negation.
const SOMEONE_WHO = /(?:^|[^\p{L}])(?:wer|whoever|anyone who|anybody who|those who|vendors who|anbieter,? die)\s[^.!?]*$/iu;
const PROMISES = /(?:^|[^\p{L}])(?:verspricht|versprechen|promises?|claims?|garantiert|guarantees?)(?![\p{L}])/iu;
const withdrawnBefore = wholeWordTest("can['’]t|cannot|couldn['’]t|wouldn['’]t|nobody|no one|niemand|keiner");

/**
 * True when a match is negated in its clause: "no hype and no guarantees",
 * "Eine Garantie gibt es bei mir nicht", "Garantieren kann ich nichts". English negates before
 * the word, German often after. With `claim`, "can't"/"cannot" before the match negate it too.
 */
export function isNegated(text: string, match: Span, { after = true, claim = false } = {}): boolean {
  const clause = clauseAround(text, match.start);
  // (a denial inside a quotation before the word is the quote's own: '"logos, not leads" is the complaint')
  const before = afterLastQuote(text.slice(Math.max(clause.start, match.start - 40), match.start));
  if (negatedBefore(before) || (DENIAL_WORD.test(before) && (NOTHING_BEFORE.test(before) || (withoutReaches(before) && !verbAfterOhneUnd(before, text, match))))) return true;
  if (claim && withdrawnBefore(before)) return true;
  // "wer Ihnen 100 % Schutz verspricht, übertreibt", "anyone who promises you guaranteed results": the claim is someone else's
  if (claim && SOMEONE_WHO.test(before) && (PROMISES.test(before) || PROMISES.test(text.slice(match.end, Math.min(clause.end, match.end + 40))))) return true;
  if (!after) return false;
  if (negatedAfter(text.slice(match.end, clause.end))) return true;
  // "eine Garantie, dass niemand mehr geht, gibt es nicht": the denial comes after a clause that says what is denied
  if (clause.end !== match.end || text.charCodeAt(match.end) !== 44) return false;
  const embedded = EMBEDDED_CLAUSE.exec(text.slice(match.end, match.end + 120));
  if (!embedded) return false;
  const rest = match.end + embedded[0].length;
  return negatedAfter(text.slice(rest, clauseAround(text, rest).end));
}

/** The text after its last closing quotation mark (all of it when there is none). */
function afterLastQuote(text: string): string {
  // (a quotation mark right before the word opens a quote of the word itself: 'not "revolutionary"')
  let end = text.length;
  while (end > 0 && isQuoteMark(text.charCodeAt(end - 1))) end--;
  for (let i = end - 1; i >= 0; i--) {
    if (isQuoteMark(text.charCodeAt(i))) return text.slice(i + 1);
  }
  return text;
}

/** " ” “ „ » « */
function isQuoteMark(c: number): boolean {
  return c === 34 || c === 0x201d || c === 0x201c || c === 0x201e || c === 0xbb || c === 0xab;
}

// ", dass niemand mehr geht, ", ", that it will work, ": what a claim says, between its word and its denial
const EMBEDDED_CLAUSE = /^,\s*(?:dass|daß|that|ob)\s[^,.!?;:\n]{1,80},\s*/iu;
