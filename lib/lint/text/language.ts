import type { Language } from "../schema";

const EN = new Set(
  "the and you your to of in is for with that on at we our i it this be are would was have has from about an as my me if can could will just so what how".split(" "),
);
const DE = new Set(
  "der die das und ich sie ihr ihnen ihre ihren mit für zu auf ist nicht ein eine einen wir unser unsere den dem des bei von im es dass wie auch noch hat habe sind gern gerne mich mir dich dir du dein deine über oder wenn schon nach".split(" "),
);

/** Detects English or German from function words; umlauts and ß lean German. Ties go to English. */
export function detectLanguage(lowerWords: readonly string[], text: string): Language {
  let en = 0;
  let de = 0;
  for (const w of lowerWords) {
    if (EN.has(w)) en++;
    if (DE.has(w)) de++;
  }
  const umlauts = text.match(/[äöüßÄÖÜ]/g);
  if (umlauts) de += Math.min(umlauts.length, 5) * 0.5;
  return de > en ? "de" : "en";
}
