import type { Language } from "../schema";
import { compilePhrases } from "../text/patterns";
import { de } from "./de";
import { en } from "./en";
import type { LanguageData } from "./types";

export const languageData: Record<Language, LanguageData> = { en, de };

/** Word lists compiled once per language into one regex each. */
export interface Lexicon {
  greetings: RegExp;
  genericAddressees: RegExp;
  closings: RegExp;
  fillers: RegExp;
  hype: RegExp;
  heavyAsks: RegExp;
  connectAsks: RegExp;
  imperativeAsks: RegExp;
  offerAsks: RegExp;
  alternativeAsks: RegExp;
  pestering: RegExp;
  pain: RegExp;
  vaguePraise: RegExp;
  abstractValue: RegExp;
  outcomes: RegExp;
  units: RegExp;
  numberWords: RegExp;
  senderVoice: RegExp;
  pitch: RegExp;
  references: RegExp;
  stopwords: ReadonlySet<string>;
}

// Openers, sign-offs, hype and nagging are recognised in either language: DACH sellers mix them
// ("Hi Mara," in a German message, "Gamechanger" in either). The rest is read per language.
const SHARED: ReadonlyArray<keyof LanguageData> = ["greetings", "genericAddressees", "closings", "hype", "pestering", "connectAsks"];

const cache = new Map<Language, Lexicon>();

export function lexicon(lang: Language): Lexicon {
  let lex = cache.get(lang);
  if (lex) return lex;
  const own = languageData[lang];
  const other = languageData[lang === "en" ? "de" : "en"];
  const build = {} as Record<string, unknown>;
  for (const key of Object.keys(own) as (keyof LanguageData)[]) {
    if (key === "stopwords") continue;
    const list = own[key] as LanguageData["hype"];
    build[key] = compilePhrases(SHARED.includes(key) ? [...list, ...(other[key] as LanguageData["hype"])] : list);
  }
  build.stopwords = own.stopwords;
  lex = build as unknown as Lexicon;
  cache.set(lang, lex);
  return lex;
}
