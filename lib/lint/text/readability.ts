import type { Language } from "../schema";
import type { Token } from "./segment";

const VOWEL = new Set("aeiouyäöüAEIOUYÄÖÜ");

/** Vowel groups, counted in one pass over the word (this runs for every word on every keystroke). */
function syllables(word: string): number {
  let n = 0;
  let inGroup = false;
  for (let i = 0; i < word.length; i++) {
    const v = VOWEL.has(word[i]);
    if (v && !inGroup) n++;
    inGroup = v;
  }
  const len = word.length;
  // silent English e: "make", but not "table"
  if (n > 1 && len > 2 && (word[len - 1] === "e" || word[len - 1] === "E") && !VOWEL.has(word[len - 2]) && word[len - 2] !== "l") n--;
  return Math.max(1, n);
}

/**
 * Reading ease on a 0–100 scale: Flesch for English, Amstad's German adaptation for German.
 * Higher is easier. Numbers are skipped as words for syllable counting.
 */
export function readingEase(words: readonly Token[], sentenceCount: number, lang: Language): number {
  const letterWords = words.filter((w) => /\p{L}/u.test(w.text));
  if (letterWords.length === 0 || sentenceCount === 0) return 100;
  let syl = 0;
  for (const w of letterWords) syl += syllables(w.text);
  const asl = letterWords.length / sentenceCount;
  const asw = syl / letterWords.length;
  const score = lang === "de" ? 180 - asl - 58.5 * asw : 206.835 - 1.015 * asl - 84.6 * asw;
  return Math.round(Math.min(100, Math.max(0, score)) * 10) / 10;
}
