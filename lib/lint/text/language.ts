import type { Language } from "../schema";
import { RangeTable } from "./range-table";
import type { Token } from "./segment";

const EN = "the and you your to of in is for with that on at we our i it this be are would was have has from about an as my me if can could will just so what how".split(" ");
const DE = "der die das und ich sie ihr ihnen ihre ihren mit für zu auf in ist nicht ein eine einen wir unser unsere den dem des bei von im es dass wie auch noch hat habe sind gern gerne mich mir dich dir du dein deine über oder wenn schon nach".split(" ");

const VOTES_EN = 1;
const VOTES_DE = 2;

/** Longer words are no function words: they need no lookup. */
const LONGEST = Math.max(...EN.map((w) => w.length), ...DE.map((w) => w.length));

/** Function words by the char codes of the lower-cased text: which language(s) each one votes for. */
const functionWords = (() => {
  const votes = new Map<string, number>();
  for (const w of EN) votes.set(w, (votes.get(w) ?? 0) | VOTES_EN);
  for (const w of DE) votes.set(w, (votes.get(w) ?? 0) | VOTES_DE);
  const table = new RangeTable<number>();
  for (const [w, v] of votes) table.add(w, v);
  return table;
})();

const UMLAUT = /[äöüßÄÖÜ]/g;

/**
 * Detects English or German from function words; umlauts and ß lean German. Ties go to English.
 * `lowerText` is text.toLowerCase(): where it keeps the offsets, each word is looked up in it
 * without a string of its own.
 */
export function detectLanguage(words: readonly Token[], text: string, lowerText: string): Language {
  let en = 0;
  let de = 0;
  const sameOffsets = lowerText.length === text.length;
  for (const w of words) {
    if (w.end - w.start > LONGEST) continue; // lower-casing never shortens a word
    const votes = sameOffsets ? functionWords.get(lowerText, w.start, w.end) : functionWords.get(w.lower, 0, w.lower.length);
    if (votes === undefined) continue;
    if (votes & VOTES_EN) en++;
    if (votes & VOTES_DE) de++;
  }
  let umlauts = 0;
  UMLAUT.lastIndex = 0;
  while (umlauts < 5 && UMLAUT.test(text)) umlauts++;
  de += umlauts * 0.5;
  return de > en ? "de" : "en";
}
