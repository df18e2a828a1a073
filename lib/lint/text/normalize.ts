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
  if (w.length <= 4) return w;
  for (const suffix of ["ungen", "ingly", "ings", "ing", "ern", "en", "er", "es", "ed", "em", "e", "s", "n"]) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 4) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  return w;
}

/** Stems of the words longer than four characters: the seller's own wording (USP, problem), the same on every keystroke. */
export const longWordStems = memoize(function longWordStems(text: string): ReadonlySet<string> {
  return new Set(text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 4).map(stem));
});
