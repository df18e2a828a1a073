import type { Language } from "../schema";
import type { Token } from "./segment";

/** 1 for a e i o u y ä ö ü in either case, by char code (a table: a switch mispredicts on every other letter). */
const VOWEL = new Uint8Array(256);
for (const c of "aeiouyäöüAEIOUYÄÖÜ") VOWEL[c.charCodeAt(0)] = 1;

function isVowel(c: number): boolean {
  return c < 256 && VOWEL[c] === 1;
}

/** Vowel groups, counted in one pass over the word's char codes (this runs for every word on every keystroke). */
function syllables(text: string, start: number, end: number): number {
  let n = 0;
  let previous = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const v = c < 256 ? VOWEL[c] : 0;
    n += v & (previous ^ 1); // a vowel after a non-vowel starts a group
    previous = v;
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
