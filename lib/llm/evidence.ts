import type { Span } from "../lint/schema";

/** Quotes shorter than this (after trimming) match too much to be evidence. */
const MIN_QUOTE = 3;

const TYPOGRAPHIC: Record<string, string> = {
  "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2032": "'",
  "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"', "\u2033": '"',
  "\u2013": "-", "\u2014": "-", "\u2212": "-",
  "\u00a0": " ",
};

/**
 * Text folded for a forgiving comparison — lower case, whitespace runs as one space, typographic
 * quotes and dashes as ASCII — with, per folded character, where it came from in the original.
 */
function foldWithMap(text: string): { folded: string; starts: number[]; ends: number[] } {
  let folded = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  for (const ch of text) {
    const end = i + ch.length;
    if (/\s/u.test(ch) || ch === "\u00a0") {
      if (folded.length > 0 && !folded.endsWith(" ")) {
        folded += " ";
        starts.push(i);
        ends.push(end);
      }
    } else {
      const mapped = ch === "\u2026" ? "..." : (TYPOGRAPHIC[ch] ?? ch).toLowerCase();
      folded += mapped;
      // one entry per UTF-16 unit, so that indexes into `folded` index these arrays
      for (let k = 0; k < mapped.length; k++) {
        starts.push(i);
        ends.push(end);
      }
    }
    i = end;
  }
  if (folded.endsWith(" ")) {
    folded = folded.slice(0, -1);
    starts.pop();
    ends.pop();
  }
  return { folded, starts, ends };
}

/** Trims whitespace and the quotation marks a model likes to wrap a quote in. */
function cleanQuote(quote: string): string {
  return quote.trim().replace(/^["'\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019]+|["'\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019]+$/gu, "").trim();
}

/** Where a quote is in the text: verbatim first, then ignoring case, whitespace and typographic variants. */
export function locateQuote(text: string, quote: string): Span | null {
  const q = cleanQuote(quote);
  if ([...q].length < MIN_QUOTE) return null;
  const exact = text.indexOf(q);
  if (exact >= 0) return { start: exact, end: exact + q.length };
  const hay = foldWithMap(text);
  const needle = foldWithMap(q).folded;
  if (needle.length < MIN_QUOTE) return null;
  const at = hay.folded.indexOf(needle);
  if (at < 0) return null;
  return { start: hay.starts[at], end: hay.ends[at + needle.length - 1] };
}

/**
 * The spans of a finding's quoted evidence. A quote the model shortened with an ellipsis is looked
 * up part by part; a quote (or part) not in the text is dropped — the model cannot point at text
 * that is not there.
 */
export function locateEvidence(text: string, quotes: readonly string[]): Span[] {
  const spans: Span[] = [];
  const add = (span: Span | null) => {
    if (span && !spans.some((s) => s.start === span.start && s.end === span.end)) spans.push(span);
  };
  for (const quote of quotes) {
    const whole = locateQuote(text, quote);
    if (whole) {
      add(whole);
      continue;
    }
    const parts = quote.split(/\s*(?:\[\.\.\.\]|\(\.\.\.\)|\u2026|\.\.\.)\s*/u).filter((p) => cleanQuote(p).length >= MIN_QUOTE);
    if (parts.length > 1) for (const part of parts) add(locateQuote(text, part));
  }
  return spans.sort((a, b) => a.start - b.start);
}
