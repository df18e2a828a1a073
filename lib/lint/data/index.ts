import type { Language } from "../schema";
import { phraseSource, type PhraseList } from "../text/patterns";
import { PhraseIndex } from "../text/phrase-index";
import { de } from "./de";
import { en } from "./en";
import type { LanguageData } from "./types";

export const languageData: Record<Language, LanguageData> = { en, de };

/** Word lists compiled once per language into one regex each. */
export interface Lexicon {
  greetings: PhraseList;
  genericAddressees: PhraseList;
  closings: PhraseList;
  fillers: PhraseList;
  hype: PhraseList;
  heavyAsks: PhraseList;
  connectAsks: PhraseList;
  imperativeAsks: PhraseList;
  offerAsks: PhraseList;
  alternativeAsks: PhraseList;
  declines: PhraseList;
  laterInvitations: PhraseList;
  pestering: PhraseList;
  selfTalkWords: PhraseList;
  firmFactWords: PhraseList;
  priceWords: PhraseList;
  pain: PhraseList;
  vaguePraise: PhraseList;
  abstractValue: PhraseList;
  outcomes: PhraseList;
  reductions: PhraseList;
  strongOutcomes: PhraseList;
  multipliers: PhraseList;
  units: PhraseList;
  customers: PhraseList;
  numberWords: PhraseList;
  senderVoice: PhraseList;
  pitch: PhraseList;
  references: PhraseList;
  stopwords: ReadonlySet<string>;
  /** The index all of this language's lists are matched through. */
  index: PhraseIndex;
}

// Openers, sign-offs, hype and nagging are recognised in either language: DACH sellers mix them
// ("Hi Mara," in a German message, "Gamechanger" in either), and so are strong outcomes, which were
// one bilingual list before they moved into the index. The rest is read per language.
const SHARED: ReadonlyArray<keyof LanguageData> = ["greetings", "genericAddressees", "closings", "hype", "pestering", "connectAsks", "declines", "laterInvitations", "strongOutcomes", "multipliers", "selfTalkWords", "firmFactWords", "priceWords"];

const cache = new Map<Language, Lexicon>();

/** Each phrase with "ß" also as Swiss German writes it, with "ss" ("Mit freundlichen Grüssen", "weiss niemand"). */
function withSwissSpelling(phrases: LanguageData["hype"]): LanguageData["hype"] {
  const out = new Set(phrases);
  for (const p of phrases) if (typeof p === "string" && p.includes("ß")) out.add(p.replaceAll("ß", "ss"));
  return [...out];
}

export function lexicon(lang: Language): Lexicon {
  let lex = cache.get(lang);
  if (lex) return lex;
  const own = languageData[lang];
  const other = languageData[lang === "en" ? "de" : "en"];
  const build = {} as Record<string, unknown>;
  const index = new PhraseIndex();
  for (const key of Object.keys(own) as (keyof LanguageData)[]) {
    if (key === "stopwords" || key === "plainWords" || key === "shoutWords" || key === "plainFigures") continue; // plain word lists, read as such
    const list = own[key] as LanguageData["hype"];
    const phrases = SHARED.includes(key) ? [...list, ...(other[key] as LanguageData["hype"])] : list;
    build[key] = { index, id: index.addList(withSwissSpelling(phrases), phraseSource) };
  }
  build.stopwords = own.stopwords;
  build.index = index;
  lex = build as unknown as Lexicon;
  cache.set(lang, lex);
  return lex;
}
