/** Segmenting text into words and sentences with UTF-16 offsets into the original string. */
import type { Span } from "../schema";
import { classOf, codePointAt, isSpace, LETTER, LOWER, MARK, NUMBER, skipSpaceBackward, skipSpaceForward } from "./chars";
import { stemOfRange } from "./normalize";
import { lowerBound, startOf } from "./sorted";

export interface Segment {
  start: number;
  end: number;
  text: string;
}

/**
 * A word with offsets into the message. Its text and lower-case form are sliced on first use:
 * most words are only ever looked at through the phrase index, which reads char codes.
 */
export class Token implements Segment {
  private sliced: string | undefined;
  private lowered: string | undefined;
  private stemmed: string | undefined;
  constructor(
    private readonly source: string,
    readonly start: number,
    readonly end: number,
    /** Joined by a hyphen or a number's dot or comma ("week-2", "1,450"): the phrase index splits it there. */
    readonly joined: boolean,
    /** Has a letter, not only digits: readability counts only such words. */
    readonly hasLetter: boolean,
  ) {}

  get text(): string {
    return (this.sliced ??= this.source.slice(this.start, this.end));
  }

  get lower(): string {
    return (this.lowered ??= this.text.toLowerCase());
  }

  /** The word's stem (normalize.ts), computed once however many rules compare stems. */
  get stem(): string {
    return (this.stemmed ??= stemOfRange(this.source, this.start, this.end));
  }
}

const WORD_CHAR = LETTER | NUMBER | MARK;

/** Class bits of the character at i (a surrogate pair counts as one character). */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return classOf(c);
  return classOf(codePointAt(text, i));
}

/**
 * Words: a run of letters/digits, joined by inner hyphens, apostrophes or dots in numbers
 * ("week-2", "don't", "1,450", "S/4HANA" stays two words). The same words as the regex this
 * replaced (kept in segment.test.ts, which compares the two) at a fraction of the cost: no match arrays, and
 * a word's text is sliced only when a rule reads it. Intl.Segmenter's word mode gives the same
 * words for English and German but costs ~100 µs per message.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    // one char code read per character; a high surrogate is read as the pair it starts
    let c = text.charCodeAt(i);
    let cp = c >= 0xd800 && c <= 0xdbff ? codePointAt(text, i) : c;
    if (!(classOf(cp) & (LETTER | NUMBER))) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    let joined = false;
    let kinds = 0;
    for (;;) {
      while (i < n) {
        c = text.charCodeAt(i);
        cp = c >= 0xd800 && c <= 0xdbff ? codePointAt(text, i) : c;
        const k = classOf(cp);
        if (!(k & WORD_CHAR)) break;
        kinds |= k;
        i += cp > 0xffff ? 2 : 1;
      }
      if (i + 1 >= n) break;
      const joins = c === 45 || c === 39 || c === 0x2019 ? WORD_CHAR : c === 46 || c === 44 ? NUMBER : 0;
      if (joins === 0 || !(classAt(text, i + 1) & joins)) break;
      if (c !== 39 && c !== 0x2019) joined = true;
      i++;
    }
    tokens.push(new Token(text, start, i, joined, (kinds & LETTER) !== 0));
  }
  return tokens;
}

// Abbreviations after which a period does not end a sentence. Global, so that a search can start
// just before the final period: a match is at most eight characters long before it.
const ABBREVIATION =
  /(?:^|[\s(])(?:dr|prof|mag|ing|dipl|hr|fr|mr|mrs|ms|st|nr|ca|bzw|z\.\s?b|u\.\s?a|d\.\s?h|e\.\s?g|i\.\s?e|etc|vs|inkl|mio|mrd|tsd|ggf|evtl|usw|sog|vgl|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|okt|nov|dec|dez|no|approx|incl|\d{1,2})\.\s*$/gi;
const ABBREVIATION_REACH = 8;

// Sentence ends: terminal punctuation (plus closing quotes) before white space, or a line end.
// This follows Unicode's sentence-break rules (UAX #29) as Intl.Segmenter applies them: a period
// before a lower-case word does not end a sentence, "?" and "!" do, and so does every line break
// (a greeting line or a signature line is a sentence of its own). Intl.Segmenter itself costs
// ~12 µs per message; this is a scan of char codes for what the regex
// /([.!?…]+)["'”’»)\]]*([ \t\u00a0]*\n?)|\n/g would match, without its match arrays and strings.

const BOUNDARY_START = /[.!?…\n]/g;

function isTerminal(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026; // . ! ? …
}

function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb || c === 41 || c === 93; // " ' ” ’ » ) ]
}

/** Lower-case letter, as /\p{Ll}/u sees one UTF-16 unit (a lone surrogate is none). */
function isLowerAt(text: string, i: number): boolean {
  return i < text.length && (classOf(text.charCodeAt(i)) & LOWER) !== 0;
}

/**
 * A capital that opens the text or a sentence within a line: a writer who uses none ("stuck with me.
 * that's all we shoot.") writes in lower case, even when a line of its own is a capitalised name ("Sam").
 */
const SENTENCE_CAPITAL = /(?:^|[.!?][ \t\u00a0]+)\p{Lu}/u;

export function writesInLowerCase(text: string): boolean {
  return !SENTENCE_CAPITAL.test(text);
}

/**
 * Sentences with offsets that exclude surrounding white space, merged back where a break
 * follows an abbreviation such as "Dr." or a German ordinal ("12. Nov").
 */
export function splitSentences(text: string): Segment[] {
  const raw: Span[] = [];
  let start = 0;
  const n = text.length;
  // the regex engine skips to the next punctuation mark or line break far faster than a loop over
  // char codes; test() moves lastIndex without making a match array
  let lowerCaseWriting: boolean | undefined;
  BOUNDARY_START.lastIndex = 0;
  while (BOUNDARY_START.test(text)) {
    const p = BOUNDARY_START.lastIndex - 1;
    if (text.charCodeAt(p) === 10) {
      raw.push({ start, end: p + 1 });
      start = p + 1;
      continue;
    }
    let q = p;
    let onlyDots = true; // the punctuation is all "." and "…"
    for (; q < n && isTerminal(text.charCodeAt(q)); q++) if (text.charCodeAt(q) === 33 || text.charCodeAt(q) === 63) onlyDots = false;
    const afterMarks = q;
    while (q < n && isCloser(text.charCodeAt(q))) q++;
    const spaceStart = q;
    while (q < n && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9 || text.charCodeAt(q) === 0xa0)) q++;
    const lineBreak = q < n && text.charCodeAt(q) === 10;
    const end = lineBreak ? q + 1 : q;
    BOUNDARY_START.lastIndex = end;
    if (end === spaceStart && end < n) continue; // not followed by a space: "3.5", "bit.ly", "S/4HANA."
    // "e.g. the", "z. B. die" (in a text written all in lower case, the abbreviations alone are merged back below)
    if (!lineBreak && onlyDots && isLowerAt(text, end) && !(lowerCaseWriting ??= writesInLowerCase(text))) continue;
    // "Adding a 'works with induction?' check cut returns": a question quoted within a sentence that goes on
    if (!lineBreak && !onlyDots && spaceStart > afterMarks && isLowerAt(text, end) && !(lowerCaseWriting ??= writesInLowerCase(text))) continue;
    raw.push({ start, end });
    start = end;
  }
  if (start < text.length) raw.push({ start, end: text.length });
  const merged: Span[] = [];
  for (const seg of raw) {
    const prev = merged[merged.length - 1];
    if (prev && !endsWithLineBreak(text, prev.start, prev.end) && endsWithAbbreviation(text, prev.start, prev.end) && !(endsWithNumber(text, prev.start, prev.end) && opensSentence(text, seg.start, seg.end))) {
      prev.end = seg.end;
    } else {
      merged.push({ start: seg.start, end: seg.end });
    }
  }
  const out: Segment[] = [];
  for (const seg of merged) {
    const first = skipSpaceForward(text, seg.start, seg.end);
    const last = skipSpaceBackward(text, first, seg.end);
    if (first === last) continue;
    out.push({ start: first, end: last, text: text.slice(first, last) });
  }
  return out;
}

/** Whether the white space that ends text[start, end) holds a line break (/\n\s*$/). */
function endsWithLineBreak(text: string, start: number, end: number): boolean {
  for (let i = end - 1; i >= start && isSpace(text.charCodeAt(i)); i--) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** Whether text[start, end) ends with an abbreviation and its period ("Dr.", "z. B.", "12."), white space after it aside. */
function endsWithAbbreviation(text: string, start: number, end: number): boolean {
  const last = skipSpaceBackward(text, start, end);
  if (last === start || text.charCodeAt(last - 1) !== 46) return false;
  // the search starts just before the period instead of trying every position of the sentence
  ABBREVIATION.lastIndex = Math.max(0, last - 1 - start - ABBREVIATION_REACH);
  return ABBREVIATION.test(text.slice(start, end));
}

// A German ordinal ("am 12. Mai", "der 3. Platz") goes on with its noun; a figure that ends a sentence is
// followed by a word that opens one ("fell from 19 days to 6. If it's useful …", "von 19 auf 6. Das …").
const SENTENCE_OPENER = /^\s*(?:the|this|that|these|we|i|if|it|our|you|your|and|but|so|then|happy|would|could|shall|can|do|does|is|are|das|dies|diese|der|die|wir|ich|es|sie|und|aber|dann|wenn|falls|damit|unser|unsere|gern|gerne|soll|darf|wäre|hätten|haben|sind|ist)(?![\p{L}\p{N}])/iu;

function endsWithNumber(text: string, start: number, end: number): boolean {
  const last = skipSpaceBackward(text, start, end);
  const c = text.charCodeAt(last - 2);
  return last - start >= 2 && c >= 48 && c <= 57;
}

function opensSentence(text: string, start: number, end: number): boolean {
  return SENTENCE_OPENER.test(text.slice(start, Math.min(end, start + 12)));
}

/** Number of Unicode code points: what a person counts as characters (an emoji is one). */
export function countCharacters(text: string): number {
  // every unit but a high surrogate starts a character; most texts have none, and the regex engine finds that fast
  let n = text.length;
  HIGH_SURROGATE.lastIndex = 0;
  while (HIGH_SURROGATE.test(text)) n--;
  return n;
}

const HIGH_SURROGATE = /[\ud800-\udbff]/g;

/**
 * The index of the first sentence that holds all of span, or -1: what
 * sentences.findIndex((s) => s.start <= span.start && span.end <= s.end) finds, by binary search
 * (sentences are sorted and disjoint). Rules ask this for every word or match: a scan of the list
 * each time grows with the square of a long text.
 */
export function sentenceIndexHolding(sentences: readonly Span[], span: Span): number {
  // the last sentence that starts at or before the span
  let hi = lowerBound(sentences, span.start + 1, startOf) - 1;
  if (hi < 0 || span.end > sentences[hi].end) return -1;
  // an empty span where one sentence ends and the next begins lies in both: the first counts
  while (hi > 0 && sentences[hi - 1].end >= span.end) hi--;
  return hi;
}

/** The first sentence that holds all of span (see sentenceIndexHolding). */
export function sentenceHolding<S extends Span>(sentences: readonly S[], span: Span): S | undefined {
  const at = sentenceIndexHolding(sentences, span);
  return at === -1 ? undefined : sentences[at];
}
