import type { Language } from "../schema";
import type { Token } from "./segment";

function syllables(word: string): number {
  const groups = word.toLowerCase().match(/[aeiouyäöü]+/g);
  let n = groups ? groups.length : 1;
  if (n > 1 && /[^aeiou]e$/.test(word) && !/le$/.test(word)) n--; // silent English e
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
