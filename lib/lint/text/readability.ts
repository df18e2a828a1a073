import type { Language } from "../schema";
import type { Token } from "./segment";

/** a e i o u y ä ö ü in either case. */
function isVowel(c: number): boolean {
  switch (c | 0x20) {
    case 0x61: case 0x65: case 0x69: case 0x6f: case 0x75: case 0x79: // a e i o u y
      return true;
    case 0xe4: case 0xf6: case 0xfc: // ä ö ü (Ä Ö Ü differ from them by 0x20, too)
      return true;
  }
  return false;
}

/** Vowel groups, counted in one pass over the word's char codes (this runs for every word on every keystroke). */
function syllables(text: string, start: number, end: number): number {
  let n = 0;
  let inGroup = false;
  for (let i = start; i < end; i++) {
    const v = isVowel(text.charCodeAt(i));
    if (v && !inGroup) n++;
    inGroup = v;
  }
  const len = end - start;
  const last = text.charCodeAt(end - 1);
  const beforeLast = text.charCodeAt(end - 2);
  // silent English e: "make", but not "table"
  if (n > 1 && len > 2 && (last === 0x65 || last === 0x45) && !isVowel(beforeLast) && beforeLast !== 0x6c) n--;
  return Math.max(1, n);
}

/**
 * Reading ease on a 0–100 scale: Flesch for English, Amstad's German adaptation for German.
 * Higher is easier. Numbers are skipped as words for syllable counting.
 */
export function readingEase(text: string, words: readonly Token[], sentenceCount: number, lang: Language): number {
  let letterWords = 0;
  let syl = 0;
  for (const w of words) {
    if (!w.hasLetter) continue;
    letterWords++;
    syl += syllables(text, w.start, w.end);
  }
  if (letterWords === 0 || sentenceCount === 0) return 100;
  const asl = letterWords / sentenceCount;
  const asw = syl / letterWords;
  const score = lang === "de" ? 180 - asl - 58.5 * asw : 206.835 - 1.015 * asl - 84.6 * asw;
  return Math.round(Math.min(100, Math.max(0, score)) * 10) / 10;
}
