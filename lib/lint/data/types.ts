import type { Phrase } from "../text/patterns";

/** The word lists of one language. Every rule reads its words from here, never from code. */
export interface LanguageData {
  // Phrase syntax (see text/patterns.ts and text/phrase-index.ts): "game changer" (a space also
  // matches a hyphen), "struggl*" (a word starting so), "in * days" (any one word), "*kosten"
  // (a word ending so: German compounds), or a RegExp for what words cannot say.
  /** Openers that precede a name: "Hi", "Sehr geehrte". */
  greetings: Phrase[];
  /** Addressees that are nobody in particular: "there", "zusammen", "Damen und Herren". */
  genericAddressees: Phrase[];
  /** Sign-offs; what follows them is the signature. */
  closings: Phrase[];
  /** Openers that say nothing: "I hope this message finds you well". */
  fillers: Phrase[];
  /** Hype and pressure: "game-changer", "act now", "einmalige Chance". */
  hype: Phrase[];
  /** Words after "100 %" that make it a plain fact, not a promise: "100 % remote", "100 % Ökostrom", "100 % more returns" ("tochter*": a word starting so). */
  plainFigures: string[];
  /** Everyday words that shout when written in capitals: "FREE", "AMAZING", "DER Gamechanger" ("love*": a word starting so). */
  shoutWords: string[];
  /** Asks too heavy for a first contact: a call, a demo, "when are you free". */
  heavyAsks: Phrase[];
  /** Asks to connect: "Connect?", "Would be great to connect", "Vernetzen wir uns?". */
  connectAsks: Phrase[];
  /** Imperative asks that count as an ask without a question mark. */
  imperativeAsks: Phrase[];
  /** Offers that serve as a soft ask: "Happy to share the checklist", "Wenn Sie möchten, schicke ich". */
  offerAsks: Phrase[];
  /** A further ask offered instead: "Alternatively, …". */
  alternativeAsks: Phrase[];
  /** Replies that say no: "not interested", "kein Bedarf", "we went with another provider". */
  declines: Phrase[];
  /** A no for now that asks to be contacted later: "get back to me in Q3", "melden Sie sich gern im Januar wieder". */
  laterInvitations: Phrase[];
  /** Nagging: "just bumping this", "nur kurz nachgehakt". */
  pestering: Phrase[];
  /** Words without which no sentence describes the sender ("I'm a", "ich begleite", "worked with many"): a cheap look before the regexes. */
  selfTalkWords: Phrase[];
  /** Words without which no part states the firm's founding, age or size ("gegründet", "employs"). */
  firmFactWords: Phrase[];
  /** Words without which no part talks price (with "%"): "Rabatt", "voucher", "kostenlos". */
  priceWords: Phrase[];
  /** Words that name a pain, cost, risk or shortfall on the recipient's side. */
  pain: Phrase[];
  /** Praise that differentiates nothing: "innovative", "ganzheitlich". */
  vaguePraise: Phrase[];
  /** Benefit without content: "add value", "Mehrwert bieten". */
  abstractValue: Phrase[];
  /** Words that state a concrete outcome: "cut", "halved", "from 14% to 5%", "gesenkt". */
  outcomes: Phrase[];
  /** Outcomes concrete without a number: "halved", "no longer chases", "minutes, not hours", "stopped losing", "zurückbekommen". */
  strongOutcomes: Phrase[];
  /** A result that says its size in a word: "halved", "tripled", "verdoppelt" (usp.ts: a number, spelled out). */
  multipliers: Phrase[];
  /** Outcomes that take something away ("cut", "halved", "gesenkt"): what a result reduces was a cost on the recipient's side. */
  reductions: Phrase[];
  /** Units that make a number concrete: weeks, %, €, km. */
  units: Phrase[];
  /** Whom an offer worked for, counted as proof: "two depots", "drei Kliniken". */
  customers: Phrase[];
  /** Number words: "two", "a third", "zwei", "Drittel". */
  numberWords: Phrase[];
  /** The sender speaking for the offer: "we", "our", "wir", "unser". */
  senderVoice: Phrase[];
  /** Selling in a connection note: "our tool", "we help", "demo". */
  pitch: Phrase[];
  /** Phrases that point at the person: "your post", "Ihr Vortrag", "congrats on". */
  references: Phrase[];
  /** Words too common to make a message specific to someone. */
  stopwords: ReadonlySet<string>;
  /** Everyday words of sales talk that describe no offer ("help", "platform", "Rückmeldung"): the usp rule does not count them as content. */
  plainWords: ReadonlySet<string>;
}
