import { memoize } from "./memo";
import { RangeTable } from "./range-table";

/**
 * Folding for comparisons: case, umlaut spellings (ä = ae), ß = ss, other diacritics dropped. Text
 * typed in NFD ("u" + U+0308) folds as its NFC form does, so "Müller" matches whichever way it came.
 */
const UMLAUT: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", ß: "ss" };

export function fold(text: string): string {
  const lower = text.toLowerCase();
  if (/^[a-z0-9 '-]*$/.test(lower)) return lower; // the common case needs no Unicode work
  return lower
    .normalize("NFC")
    .replace(/[äöüß]/g, (c) => UMLAUT[c])
    .normalize("NFD")
    .replace(/\p{M}/gu, "");
}

/** A light stemmer shared by English and German: enough to match "posts" to "post", "Monaten" to "monat". */
const stems = new RangeTable<string>(20_000);

/** Stems of words seen before: the same words come back on every keystroke. */
export function stem(word: string): string {
  return stemOfRange(word, 0, word.length);
}

/** The stem of text[start, end), looked up without slicing the word out when it was seen before. */
export function stemOfRange(text: string, start: number, end: number): string {
  let s = stems.get(text, start, end);
  if (s === undefined) {
    const word = start === 0 && end === text.length ? text : text.slice(start, end);
    s = computeStem(word);
    stems.add(word, s);
  }
  return s;
}

function computeStem(word: string): string {
  let w = fold(word);
  // a name's possessive names the firm itself: "Fenbrook's" as "Fenbrook" (a common noun's, "the firm's",
  // keeps its mark: "firm" alone is in every note about a firm)
  if (w.length > 3 && (w.endsWith("'s") || w.endsWith("’s")) && word[0] !== word[0].toLowerCase()) w = w.slice(0, -2);
  if (w.length <= 4) return w;
  // a feminine plural stems as its singular: "Köchinnen" and "Köchin" both to "koechi"
  if (w.endsWith("innen") && w.length >= 8) return w.slice(0, -4);
  for (const suffix of ["ungen", "ingly", "ings", "ing", "ern", "en", "er", "es", "ed", "em", "e", "s", "n"]) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w;
}

function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/**
 * A set of stems that words are compared with, and a filter by first two characters that spares
 * most words the stem lookup. A word that starts with two ASCII characters folds to them in lower
 * case, and its stem keeps at least its first two characters, so its stem (or an 8-letter prefix of
 * it) can equal a stem (or prefix) from the set only if the set has a stem that starts so.
 */
export class StemSet {
  private readonly stems: ReadonlySet<string>;
  private readonly starts = new Uint32Array(512); // a bit per pair of ASCII characters

  constructor(stems: Iterable<string>) {
    this.stems = new Set(stems);
    for (const s of this.stems) {
      const c0 = s.charCodeAt(0);
      const c1 = s.charCodeAt(1);
      if (s.length >= 2 && c0 < 128 && c1 < 128) {
        const key = (c0 << 7) | c1;
        this.starts[key >>> 5] |= 1 << (key & 31);
      }
    }
  }

  get size(): number {
    return this.stems.size;
  }

  has(stem: string): boolean {
    return this.stems.has(stem);
  }

  /** False when the stem of text[start, end) cannot be, or start like, one of the stems. */
  mayMatch(text: string, start: number, end: number): boolean {
    if (end - start < 2) return true;
    const c0 = text.charCodeAt(start);
    const c1 = text.charCodeAt(start + 1);
    if (c0 >= 128 || c1 >= 128) return true;
    const key = (lowerAscii(c0) << 7) | lowerAscii(c1);
    return (this.starts[key >>> 5] & (1 << (key & 31))) !== 0;
  }
}

/** Stems of the words longer than four characters: the seller's own wording (USP, problem), the same on every keystroke. */
export const longWordStems = memoize(function longWordStems(text: string): StemSet {
  return new StemSet(text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 4).map(stem));
});
