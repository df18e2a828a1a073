import type { LintContext } from "../context";
import { languageData } from "../data";
import { defineRule } from "../rule";
import type { Span } from "../schema";
import { addsConcreteNews, dodgesQuestion, inOfferPart, pushesAfterNo, TO_THE_READER } from "../text/evidence";
import { containsWord, findAll, has, matchesAt, occurrences } from "../text/patterns";
import { fold, stem, stemOfRange, StemSet } from "../text/normalize";
import { memoize } from "../text/memo";
import { sentenceHolding, tokenize, type Segment, type Token } from "../text/segment";
import { lowerBound, startOf } from "../text/sorted";
import { inServiceList } from "../text/service-list";
import { templateMatches } from "../text/similarity";

// Legal forms and industry words that many companies share: mentioning them is not specific.
const COMPANY_NOISE = new Set(
  `gmbh ag se kg ohg ug eg ev e.v gbr mbh co ltd limited inc llc plc corp corporation group gruppe holding international the und and & der die das bau hotels kliniken logistik logistics software systems solutions consulting services technologies technology tech partners partner stadtwerke papierfabrik werke
  transport transit hospital hospitals clinic clinics pharmacy pharmacies healthcare health care bank banking insurance marketplace marketplaces retail food foods labor labore lab labs laboratory laboratories
  klinik klinikum krankenhaus spital praxis apotheke versicherung versicherungen handel spedition restaurant restaurants gastronomie gasthof gasthaus bistro`.split(/\s+/),
);

// ("hotel" is the trade as "Hotels" is)
let noiseStems: Set<string> | undefined;
function companyNoiseStems(): Set<string> {
  return (noiseStems ??= new Set([...COMPANY_NOISE].map((w) => stem(w))));
}

// Everyday words a note and a message share without research: "many … hours" for a note on
// "350 staff, many on variable hours", "Stellen … Betrieb" for "sucht drei Lehrlinge … Betrieb in Weiz"
const EVERYDAY = new Set(["many", "much", "several", "lots", "viel", "viele", "vielen", "vieler", "vieles", "hour", "hours", "mehrere", "einige", "stunde", "stunden", "stelle", "stellen", "betrieb", "betriebe", "betrieben", "betriebs"]);

function isStopword(lower: string): boolean {
  return languageData.en.stopwords.has(lower) || languageData.de.stopwords.has(lower) || EVERYDAY.has(lower);
}

/** Compound words match on a shared stem of this many letters: "Hydraulikteile" ~ "Hydraulikkomponenten". */
const COMPOUND_PREFIX = 8;

/** Stems of the specific words of a text, and the compound prefixes of the long ones. */
interface Terms {
  stems: StemSet;
  prefixes: Set<string>;
  /** Long stems a compound may end with: "Blattinspektionen" ~ "Rotorblatt-Inspektionen". */
  heads: string[];
}

/** Words of a text that could make a message specific: no stopwords, acronyms and figures kept. */
const specificTerms = memoize(function specificTerms(text: string): Terms {
  const stems = new Map<string, string>();
  const add = (word: string) => {
    const lower = word.toLowerCase();
    if (isStopword(lower)) return;
    const acronymOrFigure = /^\p{Lu}{2,}$/u.test(word) || /\d/.test(word);
    if (lower.length < 4 && !acronymOrFigure) return;
    stems.set(stem(word), word);
  };
  for (const t of tokenize(text)) {
    add(t.text);
    // "her 10,000th order" names the figure "10,000"
    const figure = /^\d[\d.,]*(?=\p{L})/u.exec(t.text);
    if (figure) add(figure[0]);
    if (t.text.includes("-")) for (const part of t.text.split("-")) if (part) add(part);
  }
  const prefixes = new Set<string>();
  for (const t of stems.keys()) if (t.length >= COMPOUND_PREFIX + 1) prefixes.add(t.slice(0, COMPOUND_PREFIX));
  const heads = [...stems.keys()].filter((t) => t.length >= COMPOUND_HEAD && /^\p{L}+$/u.test(t));
  return { stems: new StemSet(stems.keys()), prefixes, heads };
});

/** A compound's last part that matches on its own: long enough to be a thing, not an ending. */
const COMPOUND_HEAD = 8;

/** A long compound whose last part is one of the terms ("Blattinspektionen" ends with "inspektion…"). */
function endsWithTerm(stem: string, heads: readonly string[]): boolean {
  if (stem.length < COMPOUND_HEAD + 3) return false;
  for (const h of heads) if (stem.length > h.length + 2 && stem.endsWith(h)) return true;
  return false;
}

/** A word that may open a compound of the notes: long enough not to be a prefix of everything. */
const MODIFIER = 6;

/** Whether a note's compound begins with this stem and goes on with a word of its own ("press" + "enausfaell"). */
function opensTerm(stem: string, heads: readonly string[]): boolean {
  if (stem.length < MODIFIER - 1) return false;
  for (const h of heads) if (h.length >= stem.length + 5 && h.startsWith(stem)) return true;
  return false;
}

/** Whether a stem is one of the terms, or a compound's sharing a long prefix with one. */
function isTerm(stem: string, { stems, prefixes }: Terms): boolean {
  return stems.has(stem) || (stem.length >= COMPOUND_PREFIX + 1 && prefixes.has(stem.slice(0, COMPOUND_PREFIX)));
}

/** Words that matched by a part ("14-hotel" by "hotel", "Praxis-Service" by "Praxis"): the part that matched, and its stem. */
const byPart = new WeakMap<Token, { text: string; stem: string }>();

const FIGURE_PART = /^\d[\d.,]*\d$/;

function matchTerms(text: string, words: readonly Token[], body: Span, terms: Terms): Token[] {
  const hits: Token[] = [];
  for (const w of words) {
    if (w.start < body.start || w.end > body.end) continue;
    // mayMatch spares most words the stem lookup
    let hit = terms.stems.mayMatch(text, w.start, w.end) && isTerm(w.stem, terms);
    // (only long words are tried as compounds: their stem is worked out for the check)
    if (!hit && w.end - w.start >= COMPOUND_HEAD + 3 && terms.heads.length > 0 && w.hasLetter) hit = endsWithTerm(w.stem, terms.heads);
    // and a word matches the compound it opens: "an den Pressen" ~ "Pressenausfälle", "Extrudern" ~ "Extruderlinie"
    // (not a word cut short before "und": "Lüftungs- und Klimatechnik" names a trade)
    if (!hit && w.end - w.start >= MODIFIER && terms.heads.length > 0 && w.hasLetter && text.charCodeAt(w.end) !== 45 && text.charCodeAt(w.end - 1) !== 45) hit = opensTerm(w.stem, terms.heads);
    // a hyphenated word also matches by its parts: "Hydraulik-Teile"; the figure of "ISO-15189-Umstellung"
    // tells more than its "ISO", so a part with a figure is looked for after a plain hit
    for (let from = w.start, i = w.start, byWord = hit; w.joined && !byWord && i <= w.end; i++) {
      if (i < w.end && text.charCodeAt(i) !== 45) continue;
      // ("Leergut-Rückführung" by its first part, which opens the note's "Leergutsortierung"; a last part is the
      // compound's head, not a modifier: "QR-Rechnungen" is no "Rechnungslegung")
      if (i > from && i - from < w.end - w.start && ((terms.stems.mayMatch(text, from, i) && isTerm(stemOfRange(text, from, i), terms)) || (from === w.start && i - from >= MODIFIER && terms.heads.length > 0 && opensTerm(stemOfRange(text, from, i), terms.heads)))) {
        const figure = FIGURE_PART.test(text.slice(from, i));
        if (!hit || figure) byPart.set(w, { text: text.slice(from, i), stem: stemOfRange(text, from, i) });
        hit = true;
        if (figure) break;
      }
      from = i + 1;
    }
    if (hit) hits.push(w);
  }
  return hits;
}

/** The specific words of the prospect's company and role ("Halden", "Intralogistics"), legal forms and trade words aside. */
function profileTerms(company: string, role: string): Terms {
  // by company, then role: the pair comes back on every keystroke, and joining them first would build a string each time
  let byRole = profiles.get(company);
  if (!byRole) {
    if (profiles.size >= 256) profiles.clear();
    profiles.set(company, (byRole = new Map()));
  }
  let terms = byRole.get(role);
  if (!terms) {
    const name = company.split(/\s+/).filter((w) => w && !COMPANY_NOISE.has(w.toLowerCase().replace(/[.,]/g, ""))).join(" ");
    byRole.set(role, (terms = specificTerms(`${name} ${role}`)));
  }
  return terms;
}

const profiles = new Map<string, Map<string, Terms>>();

/** The words of an earlier message: the thread stays the same while the next message is typed. */
const historyTokens = memoize(tokenize, 512);

/**
 * A word that points at one person or company: a figure, an acronym or brand ("SAP", "LogiMAT"), a long,
 * rare word ("Hydraulikteilen", "Rosenheim") or a name with a letter or number ("Series C", "Halle 17").
 */
/** The stems a hit stands for: its own, or, for a word with a figure that matched by a part, that part's ("14-hotel": "hotel"). */
function stemsOfHit(w: Token): string[] {
  const part = byPart.get(w);
  return part && /\d/.test(w.text) ? [part.stem] : [w.stem];
}

function isSpecific(w: Token, text: string): boolean {
  if (NAMED_AFTER.test(text.slice(w.end, w.end + 6))) return true;
  // a word with a figure that matched by a part ("14-hotel" by "hotel") is as specific as that part
  const part = byPart.get(w);
  if (part && /\d/.test(w.text)) return isLongWord(part.text, part.stem) || FIGURE_PART.test(part.text);
  // ("mid-market" by the notes' "market": the part the notes hold is what was found, and its length tells)
  if (part) return isLongWord(part.text, part.stem) || /\p{L}\d|\d\p{L}|^.+\p{Lu}/u.test(part.text);
  // (a single digit, "4", is in too many texts to point at anyone; "zwölf" is as specific as "12")
  return isLongWord(w.text, w.stem) || /\d\d|\p{L}\d|\d\p{L}|^.+\p{Lu}/u.test(w.text) || BIG_NUMBERS.has(w.lower);
}

const BIG_NUMBERS = new Set(
  `eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
  elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn zwanzig dreißig dreissig vierzig fünfzig sechzig siebzig achtzig neunzig hundert`.split(/\s+/),
);

/** A long stem that is most of the word: "Maisernte", "Rosenheim", "Hydraulikteilen", not the inflected "Schichten". */
function isLongWord(word: string, wordStem: string): boolean {
  return (wordStem.length >= 8 && word.length - wordStem.length <= 1) || wordStem.length >= 10;
}

const NAMED_AFTER = /^ (?:\p{Lu}|\d+)(?![\p{L}\p{N}])/u;

/** Words shared with the notes that show research: a specific one, or two different ones (the company's name counting as one). */
function enoughResearch(hits: Token[], text: string, profileOf: () => Terms, company = ""): boolean {
  if (hits.length === 0) return false;
  const profile = profileOf();
  // trade words ("Stadtwerke", "Kliniken", "logistics") are the segment even when a note holds them
  const noise = (w: Token) => COMPANY_NOISE.has(w.lower) || stemsOfHit(w).every((st) => companyNoiseStems().has(st));
  const own = hits.filter((w) => stemsOfHit(w).some((st) => !isTerm(st, profile) && !companyNoiseStems().has(st)) && !COMPANY_NOISE.has(w.lower) && !endsCompanyWord(w, company));
  // (the company's name counts, its trade word does not: "Many food manufacturers …" is not about Shannon Valley Foods)
  // (a set: thousands of hits of one word, each looked up in a list of thousands, took 150 ms over a thread)
  const ownSet = new Set(own);
  // ("viele Tischlereien" for Tischlerei Wallner: the company's word in another form names the trade)
  const namesCompany = own.length < hits.length && hits.some((w) => !ownSet.has(w) && !noise(w) && !inflectsCompanyWord(w, company));
  return own.some((w) => isSpecific(w, text)) || new Set(own.map((h) => h.stem)).size + (namesCompany ? 1 : 0) >= 2;
}

/** Whether a hit is the tail of a word of the company's name ("Prüfungsgesellschaft" in "… Wirtschaftsprüfungsgesellschaft"): its trade. */
function endsCompanyWord(w: Token, company: string): boolean {
  if (!company || w.end - w.start < 6) return false;
  const word = w.lower;
  return companyWords(company).some((cw) => cw.length >= word.length + 3 && cw.endsWith(word));
}

/** The lower-cased words of a company's name: asked for per hit, and the name stays the same while a message is typed. */
const companyWords = memoize((company: string) => company.toLowerCase().split(/[^\p{L}\p{N}&'’-]+/u));

/** Whether a hit is a word of the company's name in another form ("Tischlereien" for Tischlerei Wallner): the trade, not the firm. */
function inflectsCompanyWord(w: Token, company: string): boolean {
  if (!company) return false;
  // (a possessive, "Brightline's", is the firm itself)
  const word = w.lower.replace(/['’]s$/, "");
  return companyWords(company).some((cw) => cw.length >= 5 && word !== cw && word.startsWith(cw));
}

/**
 * The words the seller uses for the whole segment ("Beleg-App für Steuerkanzleien", "IT self-service
 * portal"): a message that says "Kanzleien" or "portal" names the segment, not this person, even
 * when a note happens to hold the word.
 */
const segmentText = memoize((sender: string) => fold(sender));

function segmentWord(stem: string, segment: string): boolean {
  return stem.length >= 5 && segment.includes(stem);
}

/** The initials of every run of two to four words ("accounts payable automation": ap, apa, pa): "AP" names that segment too. */
const segmentInitials = memoize((segment: string) => {
  const firsts = segment.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map((w) => w[0]);
  const out = new Set<string>();
  for (let i = 0; i < firsts.length; i++) for (let n = 2; n <= 4 && i + n <= firsts.length; n++) out.add(firsts.slice(i, i + n).join(""));
  return out;
});

const ACRONYM = /^\p{Lu}{2,4}$/u;

// "I saw your post about X" / "Ihr Beitrag zu X": a claim about something the prospect did.
const CLAIM =
  /(?<![\p{L}])(?:your|ihr|ihre|ihren|ihrem|dein|deine|deinen|deinem)\s+(?:recent\s+|latest\s+|last\s+|letzten\s+|aktuellen\s+|neuen\s+)?(?:linkedin[- ])?(?:post|posts|article|comment|talk|keynote|podcast|interview|webinar|video|newsletter|presentation|beitrag|kommentar|vortrag|artikel|präsentation)(?![\p{L}])/giu;
// Every claim begins with "your", "ihr…" or "dein…" (case aside, and none of them holds a letter
// that matches another one case-insensitively): CLAIM, anchored, is tried only where one occurs.
const CLAIM_AT = new RegExp(CLAIM.source, "iuy");
const CLAIM_STARTS = ["your", "ihr", "dein"];
const CLAIM_WINDOW_WORDS = 12;

/** The matches of CLAIM in text, as its global exec loop finds them. */
function claimsIn(text: string, lowerText: string): RegExpExecArray[] {
  if (lowerText.length === text.length) return matchesAt(CLAIM_AT, text, occurrences(lowerText, CLAIM_STARTS));
  // lower-casing moved the offsets (İ): scan the text
  const out: RegExpExecArray[] = [];
  CLAIM.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = CLAIM.exec(text)); ) out.push(m);
  return out;
}
// (a dot inside a number, "9.000", ends nothing)
export const CLAUSE_END = /[!?:;\n–—]|\.(?!\d)/g;
export const SENTENCE_END = /[!?\n]|\.(?!\d)(?=\s|$)/g;

/** Where a global regex of one character matches in text, ascending: each place a search from there would find first. */
export function matchStarts(re: RegExp, text: string): number[] {
  const out: number[] = [];
  re.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = re.exec(text)); ) out.push(m.index);
  return out;
}

const itself = (n: number) => n;

/**
 * The claims of a text about the prospect's post or talk ("your post about X"), checked against the
 * notes: the words of the topics the notes hold, and the first topic they do not hold, if any.
 * A text may hold a claim every 17 characters: what each claim looks up (where its clause and
 * sentence end, its first word, the specific words of the notes after it) is found in lists made
 * once per text, where a search per claim from the claim on took 0.5 s for a thread.
 */
function checkClaims(text: string, lowerText: string, words: readonly Token[], body: Span, terms: Terms, noteFigures?: Set<string>): { verified: Token[]; unverified: Span | null } {
  const verified: Token[] = [];
  let clauseEnds: number[] | undefined;
  let sentenceEnds: number[] | undefined;
  let specific: Token[] | undefined; // the words of the body that match the notes and point at someone
  for (const claim of claimsIn(text, lowerText)) {
    if (claim.index < body.start || claim.index >= body.end) continue;
    const claimEnd = claim.index + claim[0].length;
    const prep = TOPIC_START.exec(text.slice(claimEnd, claimEnd + 12));
    if (!prep) continue; // "your recent post" with no topic claims nothing checkable
    clauseEnds ??= matchStarts(CLAUSE_END, text);
    const clauseAt = lowerBound(clauseEnds, claim.index, itself);
    const clauseEnd = clauseAt < clauseEnds.length ? clauseEnds[clauseAt] : -1;
    const window: Token[] = [];
    for (let k = lowerBound(words, claimEnd + prep[0].length, startOf); k < words.length; k++) {
      const w = words[k];
      if (w.end > body.end) break; // (and so do all words after it)
      if ((clauseEnd >= 0 && w.end > clauseEnd) || (TOPIC_END.test(w.text) && !insideQuote(text, claimEnd, w.start)) || window.length >= CLAIM_WINDOW_WORDS) break;
      window.push(w);
    }
    if (window.length < 2) continue;
    const topic = { start: claim.index, end: window[window.length - 1].end };
    const topicHits = matchTerms(text, window, topic, terms);
    // "Ihr Post über acht Monate Gesellensuche" for the note "sucht seit acht Monaten zwei Gesellen": the figure of the note, with its unit, names the post
    if (topicHits.length === 0 && noteFigures && noteFigures.size > 0 && [...figuresWithUnits(text.slice(topic.start, topic.end))].some((f) => noteFigures.has(f))) {
      verified.push(...window.filter((w) => /\d/.test(w.text) || NUMBER_WORDS[w.lower] !== undefined));
      continue;
    }
    if (topicHits.length === 0) {
      // "Ihr Beitrag zur Personalplanung für die Wintersaison – vor allem die 25 Stellen, die …": a specific word
      // of the note (its figure, a name) later in the same sentence shows which post is meant
      sentenceEnds ??= matchStarts(SENTENCE_END, text);
      const sentenceAt = lowerBound(sentenceEnds, topic.end, itself);
      const rest = { start: topic.end, end: sentenceAt < sentenceEnds.length ? Math.min(body.end, sentenceEnds[sentenceAt]) : body.end };
      // (whether a word matches and is specific does not depend on the stretch it is looked for in)
      specific ??= matchTerms(text, words, body, terms).filter((w) => isSpecific(w, text));
      const later: Token[] = [];
      for (let k = lowerBound(specific, rest.start, startOf); k < specific.length && specific[k].end <= rest.end; k++) later.push(specific[k]);
      if (later.length === 0) return { verified, unverified: topic };
      verified.push(...later);
      continue;
    }
    verified.push(...topicHits);
  }
  return { verified, unverified: null };
}

const QUOTE_MARKS = "'\"„“”‚‘’«»";

/** Whether text[at] lies inside a quotation opened after from ("the same 'where is my refund' question"): its verbs are the quote's. */
function insideQuote(text: string, from: number, at: number): boolean {
  for (let i = at - 1; i >= from; i--) {
    if (!QUOTE_MARKS.includes(text[i])) continue;
    // an opening mark follows a space or stands first; "Quillfield's" is no quotation
    return i === 0 || /\s/.test(text[i - 1]);
  }
  return false;
}

// "Viele Mittelständler verlieren Skonto …", "Most e-commerce brands reach a point …": a sentence that opens on a
// whole trade, with nothing in it addressed to the reader, names the topic of the notes, not this person
// ("dreimal so viele Anträge" counts, it generalises nothing)
const GENERIC_SUBJECT = /^[^\p{L}]*(?:\p{L}+[\s,]+){0,2}?(?<!(?:so|as|too|zu|wie) )(?:many|most|viele|vielen|vieler|die meisten|den meisten|meist|meistens|fast alle|fast allen|almost all|nearly all)(?![\p{L}])/iu;
const GENERIC_WORDS = ["many", "most", "viele", "meist", "alle", "all", "more and more", "immer mehr"];
// the trade later in the sentence: "… are a headache for many landlords", "… faster than menu prices for most
// restaurant groups", "bei vielen Kliniken …"; or a trend: "more and more corporate clients ask …"
const GENERIC_LATER_WORDS = [" many ", " most ", " viele", " den meisten "];
const GENERIC_LATER = /(?<![\p{L}])(?:(?:for|at|in|across|among|with|für|bei|unter)\s+(?:many|most|viele|vielen|den meisten)\s+(?!(?:years|months|weeks|days|decades|times|ways|reasons|jahren|monaten|wochen|tagen|jahrzehnten|fällen|gründen)(?![\p{L}]))\p{L}|^[^\p{L}]*(?:more and more|immer mehr)\s)/iu;

// The sender speaking of themselves: "I'm a Vienna-based coach working with teams across the DACH region",
// "I coach housekeeping managers in Swiss hotels", "since I work with a lot of game studios on their hiring",
// "our firm … we opened a second office". Words of the notes said there describe the sender, not this person.
const SELF_TALK = /\b(?:(?:i['’]m|i am|we['’]re|we are|ich bin|wir sind) (?:a|an|ein|eine|einer)|my name is|mein name ist|(?:i|we) (?:work|partner) with|(?:i|we) (?:coach|advise|train)|(?:we|our (?:firm|company|team|agency)) (?:opened|has grown|have grown|was founded|has just)|ich (?:arbeite|coache|berate|begleite) |wir (?:arbeiten|beraten|begleiten) )/iu;

// "ich bin Unternehmensberater in Stuttgart": a profession without an article (case matters: a noun follows)
const PROFESSION = /\b(?:[Ii]ch bin|[Ww]ir sind) (?:seit \p{L}+ \p{L}+ )?\p{Lu}\p{Ll}/u;

// A note that records something the prospect posted, wrote or said in public
const POST_NOTE = /^\s*(?:linkedin[- ]?)?(?:post|posted|beitrag|kommentar|commented|comment|interview|vortrag|talk|spoke|article|artikel)\b/i;

const THEIR_POST = /(?<![\p{L}])(?:your|ihr|ihre[mn]?|dein|deine[mn]?)\s+(?:\p{L}+\s+)?(?:post|beitrag|kommentar|vortrag|talk|article|artikel|interview|comment)(?![\p{L}])/iu;

// "drei Wochen Wartezeit – Ihr Post kam mir bekannt vor", "four weeks from job done to payment – your post laid it out":
// a figure of the noted post, with its unit, said back where the message names the post
const NUMBER_WORDS: Record<string, string> = {
  one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9", ten: "10", eleven: "11", twelve: "12",
  ein: "1", eine: "1", einen: "1", zwei: "2", drei: "3", vier: "4", fünf: "5", sechs: "6", sieben: "7", acht: "8", neun: "9", zehn: "10", elf: "11", zwölf: "12",
};
// (a number word takes a space before its unit: "Tenbridge" is no ten bridges)
const FIGURE_AND_UNIT = /(?<![\p{L}\p{N}])(\d+(?:[.,]\d+)?(?=\s?(?:%|\p{L}))|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|ein|eine|einen|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)(?=\s))\s?(%|\p{L}{3,})/giu;

// (in a note the unit may follow a word that describes it: "three wellbeing apps" is said back as "three apps")
const WORD_THEN_UNIT = /^\s(\p{L}{3,})/u;

function figuresWithUnits(text: string, describedUnits = false): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(FIGURE_AND_UNIT)) {
    const figure = m[1].toLowerCase();
    const n = NUMBER_WORDS[figure] ?? figure;
    out.add(`${n} ${m[2].toLowerCase().slice(0, 4)}`);
    const next = describedUnits ? WORD_THEN_UNIT.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40)) : null;
    // ("eine Reinigungskraft für …": a function word after it is no unit)
    if (next && !isStopword(next[1].toLowerCase())) out.add(`${n} ${next[1].toLowerCase().slice(0, 4)}`);
  }
  return out;
}
const noteFigureUnits = memoize((notes: string) => figuresWithUnits(notes, true));

function echoesPostFigure(ctx: LintContext, notes: readonly string[]): boolean {
  const posts = notes.filter((n) => POST_NOTE.test(n));
  if (posts.length === 0) return false;
  const body = ctx.text.slice(ctx.body.start, ctx.body.end);
  if (!THEIR_POST.test(body)) return false;
  const theirs = noteFigureUnits(posts.join("\n"));
  if (theirs.size === 0) return false;
  for (const f of figuresWithUnits(body)) if (theirs.has(f)) return true;
  return false;
}

/**
 * Whether a claimed post's topic names another post: a figure or a number word, a name (a capitalised word inside an
 * English sentence: German capitalises every noun), or a merge field ("{{post_topic}}") that retells nothing.
 */
function namesOtherPost(ctx: LintContext, topic: Span): boolean {
  const text = ctx.text.slice(topic.start, topic.end);
  if (/[{[<%]/.test(text) || /\d/.test(text)) return true;
  const words = ctx.words.filter((w) => w.start >= topic.start && w.end <= topic.end);
  // (the claim's own first word, "Your" or "Ihr", is no name)
  return words.slice(1).some((w) => NUMBER_WORDS[w.lower] !== undefined && !/^(?:ein|eine|einen|one)$/.test(w.lower)) || (ctx.lang === "en" && words.slice(1).some((w) => /^\p{Lu}/u.test(w.text)));
}

/**
 * A figure of the notes with its unit said again in the body ("hiring two more account managers" for "two account
 * manager roles open", "four new practices" for "acquired four practices"): with a word of the notes beside it, the
 * same count of the same thing points at this firm. (Alone it may be chance: "three sites" is said of many.)
 */
function echoesNoteFigure(ctx: LintContext, theirs: Set<string>): boolean {
  if (theirs.size === 0) return false;
  // ("ein Rechenbeispiel": one is mostly an article, not a count)
  for (const f of figuresWithUnits(ctx.text.slice(ctx.body.start, ctx.body.end), true)) if (theirs.has(f) && !f.startsWith("1 ") && !TIME_UNIT.test(f.split(" ")[1])) return true;
  return false;
}
const TIME_UNIT = /^(?:day|week|mont|year|hour|minu|tag|tage|woch|mona|jahr|stun|%)$/;

function notesHoldPost(notes: readonly string[]): boolean {
  return notes.some((n) => POST_NOTE.test(n));
}

/** The body sentence that holds a word. */
function sentenceOf(ctx: LintContext, w: Token): Segment | undefined {
  return sentenceHolding(ctx.bodySentences, w);
}

/** What inSelfTalk works out once per sentence (by its start) and once per message. */
export interface SelfTalkCues {
  /** Whether the message holds a self-talk word at all. */
  any?: boolean;
  /** Where the sentence's self-description ends (-1: it has none), and after it the first word for the reader and the company's first word end (Infinity: none). */
  sentences: Map<number, { cue: number; reader: number; company: number }>;
}

/**
 * Whether a word stands after the sender's self-description in its sentence, with nothing in between
 * that turns to the reader: a word for them, their company, or a reference ("… und habe gelesen, dass").
 */
export function inSelfTalk(ctx: LintContext, w: Token, cues: SelfTalkCues): boolean {
  const s = sentenceOf(ctx, w);
  if (!s) return false;
  // only in a message that holds one of its words
  cues.any ??= has(ctx.lex.selfTalkWords, ctx.text, 0, ctx.text.length);
  if (!cues.any) return false;
  let found = cues.sentences.get(s.start);
  if (found === undefined) {
    const m = SELF_TALK.exec(s.text) ?? PROFESSION.exec(s.text);
    const cue = m ? s.start + m.index + m[0].length : -1;
    found = { cue, reader: Infinity, company: Infinity };
    if (cue !== -1) {
      // A word for the reader or the company's name between the cue and a word: thousands of words of one
      // sentence each read the text from the cue before (40 ms). Each is a whole word, and a word follows no
      // letter, so one stands between the cue and a word when the first after the cue ends before that word.
      const after = ctx.text.slice(cue, s.end);
      const reader = TO_THE_READER.exec(after);
      if (reader) found.reader = cue + reader.index + reader[0].length;
      const company = ctx.input.prospect?.company?.split(/\s+/)[0];
      const at = company && company.length >= 3 ? after.indexOf(company) : -1;
      if (company && at >= 0) found.company = cue + at + company.length;
    }
    cues.sentences.set(s.start, found);
  }
  const { cue } = found;
  if (cue === -1 || cue > w.start) return false;
  return found.reader > w.start && found.company > w.start && !has(ctx.lex.references, ctx.text, cue, w.start);
}

// "a 30-minute call" asks for time; its figure is no figure of the notes ("a 30% return rate")
const MINUTES_AFTER = /^[- ]?(?:minute|minuten|min\b|minütig)/i;

function meetingLength(text: string, w: Token): boolean {
  const c = text.charCodeAt(w.start);
  if (c < 48 || c > 57) return false;
  const digits = /^\d+/.exec(w.text)![0].length; // "30-minute" is one word, "30 Minuten" two
  return MINUTES_AFTER.test(text.slice(w.start + digits, w.start + digits + 9));
}

// "Would you be open to …", "offen für …": a way to ask, not their opening of a new site
function openTo(text: string, w: Token): boolean {
  return (w.lower === "open" && text.startsWith(" to ", w.end)) || (w.lower === "offen" && text.startsWith(" für ", w.end));
}

// "for a 30-aircraft carrier we recovered €1.4 million", "bei einem 80-Betten-Haus": a firm sized by a figure is
// another customer, unless the notes give that figure
const INDEFINITE_BEFORE = /(?:^|[^\p{L}])(?:a|an|one|ein|eine|einem|einer|einen|eines)\s+$/iu;
const FIGURE_THEN_HYPHEN = /^\d[\d.,]*(?=-)/;

function sizesAnotherFirm(text: string, w: Token, notes: readonly string[]): boolean {
  const figure = FIGURE_THEN_HYPHEN.exec(w.text);
  if (!figure || !INDEFINITE_BEFORE.test(text.slice(Math.max(0, w.start - 8), w.start))) return false;
  return !notes.some((n) => containsWord(n, figure[0]));
}

// "fill roles 30% faster" for the note "hiring 30 data scientists": a share is another figure than a count
const SHARE_AFTER = /^\s?(?:%|percent|per cent|prozent)(?![\p{L}])/iu;

function shareOfAnotherKind(text: string, w: Token, notes: readonly string[]): boolean {
  if (!/^\d+(?:[.,]\d+)?$/.test(w.text) || !SHARE_AFTER.test(text.slice(w.end, w.end + 9))) return false;
  return !notes.some((n) => {
    for (let at = n.indexOf(w.text); at !== -1; at = n.indexOf(w.text, at + 1)) if (SHARE_AFTER.test(n.slice(at + w.text.length, at + w.text.length + 9))) return true;
    return false;
  });
}

/** The notes' runs of three words (lower case), for phrases said again. */
const noteTrigrams = memoize(function noteTrigrams(notes: string): Set<string> {
  const words = tokenize(notes).map((t) => t.lower);
  const out = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
});

/**
 * Whether the body says three words of the notes in a row, one of them a content word that is not the
 * profile's ("shrinking from five floors to three"; "Leiter Schaden bei" only repeats the role).
 */
function sharesPhrase(ctx: LintContext, notes: string, profile: () => Terms): boolean {
  const trigrams = noteTrigrams(notes);
  const { words, body } = ctx;
  for (let i = 0; i + 2 < words.length; i++) {
    if (words[i].start < body.start || words[i + 2].end > body.end) continue;
    const three = [words[i], words[i + 1], words[i + 2]];
    if (!trigrams.has(`${three[0].lower} ${three[1].lower} ${three[2].lower}`)) continue;
    if (three.some((w) => w.lower.length >= 4 && !isStopword(w.lower) && !COMPANY_NOISE.has(w.lower) && !isTerm(w.stem, profile()))) return true;
  }
  return false;
}

// "Glückwunsch zur Ernennung als CTO bei Mediplast!", "congrats on the new CMO role": congratulations on what a note
// records (a new role, a funding round) point at this person, though the words are the profile's
const CONGRATULATES = /(?<![\p{L}])(?:congrat\p{L}*|glückwunsch\p{L}*|gratulier\p{L}*|gratuliere)(?![\p{L}])/iu;

// ("congratulations on Brightloop's Series B – scaling a team after a raise is never easy": the words after the
// dash are the seller's, not what the congratulations are for)
const CLAUSE_BREAK = /[–—:;]/;
const BARE_CONGRATULATION = /^[^\p{L}]*(?:\p{L}+\s+){0,2}(?:congrat\p{L}*|glückwunsch\p{L}*|gratulation\p{L}*|gratuliere)[^\p{L}]*$/iu;

function congratulatesOnNote(ctx: LintContext, hits: Token[]): boolean {
  const seen = new Map<number, boolean>(); // by sentence: thousands of hits in one sentence read it once, not each
  return hits.some((w) => {
    const s = sentenceOf(ctx, w);
    if (!s) return false;
    let congratulates = seen.get(s.start);
    if (congratulates === undefined) seen.set(s.start, (congratulates = CONGRATULATES.test(s.text)));
    if (!congratulates || !CLAUSE_BREAK.test(s.text)) return congratulates;
    // the clause of the hit: from the last break before it to the first after it
    let from = w.start - s.start;
    while (from > 0 && !CLAUSE_BREAK.test(s.text[from - 1])) from--;
    const to = breakFrom(s.text, w.end - s.start);
    if (CONGRATULATES.test(s.text.slice(from, to))) return true;
    // "Sie übernehmen Maier Metallbau – Glückwunsch!": a bare congratulation after the clause is for it
    return BARE_CONGRATULATION.test(s.text.slice(to + 1, breakFrom(s.text, to + 1)));
  });
}

/** The first clause break in text at or after i, or its end. */
function breakFrom(text: string, i: number): number {
  while (i < text.length && !CLAUSE_BREAK.test(text[i])) i++;
  return i;
}

function inGenericSentence(ctx: LintContext, w: Token, seen: Map<number, boolean>): boolean {
  const s = sentenceOf(ctx, w);
  if (!s) return false;
  let generic = seen.get(s.start);
  if (generic === undefined) seen.set(s.start, (generic = genericSentence(ctx, s)));
  return generic;
}

// "As a procurement leader in rail, you'll know …", "Als Leiterin Qualitätsmanagement kennen Sie …": the role told
// back as a truth about everyone in it
const ROLE_OPENER = /^[^\p{L}]*(?:as|als)\s[^.!?]{2,70}?(?:you['’]ll know|you know|you will know|you'll agree|kennen sie|wissen sie|kennst du|weißt du)(?![\p{L}])/iu;

function genericSentence(ctx: LintContext, s: Span): boolean {
  // (a first sentence holds the greeting: "Guten Tag Herr Vogel, viele Mittelständler …")
  const from = Math.max(s.start, ctx.body.start);
  // the subject stands in the first words: a look at them spares most sentences the regex
  // (the lower-cased text keeps the offsets unless a letter such as İ grew: then the regex decides alone)
  const opening = ctx.lowerText.length === ctx.text.length ? ctx.lowerText.slice(from, from + 40) : null;
  if ((opening === null || /^[^\p{L}]*(?:as|als) /u.test(opening)) && ROLE_OPENER.test(ctx.text.slice(from, s.end))) return true;
  const inSentence = (g: string) => {
    const at = ctx.lowerText.indexOf(g, from);
    return at !== -1 && at < s.end;
  };
  if (opening !== null && !GENERIC_WORDS.some((g) => opening.includes(g)) && !GENERIC_LATER_WORDS.some(inSentence)) return false;
  const sentence = ctx.text.slice(from, s.end);
  if (!(GENERIC_SUBJECT.test(sentence) || GENERIC_LATER.test(sentence)) || TO_THE_READER.test(sentence)) return false;
  // (the firm named is about them, its trade word is not: "bei den meisten Stadtwerken" for Stadtwerke Aulendorf)
  const company = ctx.input.prospect?.company?.split(/\s+/)[0];
  return !(company && company.length >= 3 && !COMPANY_NOISE.has(company.toLowerCase()) && sentence.includes(company));
}

// The topic follows a preposition ("about X", "zu X") and ends before the sentence's verb.
// (what the post said, as a clause: "Dein Post, dass ihr seit einem Jahr keinen Lehrling findet", "your post saying …";
// not "that", which as often starts a relative clause: "your post that I saw last week")
const TOPIC_START = /^\s*(?:about|on|regarding|re|zu den|zu der|zu|zum|zur|über|von|,?\s*(?:dass|daß|wonach|saying))\s/iu;
const TOPIC_END = /^(?:caught|was|is|were|rang|stuck|hit|made|got|resonated|reminded|struck|has|had|really|war|ist|hat|habe|hatte|blieb|fand|kam|passt|traf|hängt|ging|sprach)$/iu;

export const relevanceRule = defineRule({
  meta: {
    id: "relevance",
    title: { en: "Shows why this person", de: "Zeigt, warum gerade diese Person" },
    why: {
      en: "A message that would fit anyone reads as spam; one detail from their post, role or company shows you did your homework.",
      de: "Was an jeden passen würde, wirkt wie Spam; ein Detail aus Beitrag, Rolle oder Unternehmen zeigt echte Recherche.",
    },
    semantic: true,
    messages: {
      ok: { en: "Uses your research: {found}.", de: "Nutzt Ihre Recherche: {found}." },
      "mentions-profile": { en: "Refers to their {found}.", de: "Bezieht sich auf {found}." },
      reference: { en: "Refers to something of theirs (not checked: no research notes).", de: "Bezieht sich auf etwas von der Person (ungeprüft: keine Notizen)." },
      "in-conversation": { en: "Continues a conversation the prospect replied to.", de: "Setzt ein Gespräch fort, auf das die Person geantwortet hat." },
      thread: { en: "Builds on an earlier message in this thread that used your research.", de: "Knüpft an eine frühere Nachricht in diesem Verlauf an, die Ihre Recherche nutzt." },
      "cannot-judge": {
        en: "Cannot judge: no research notes and nothing specific in the text.",
        de: "Nicht beurteilbar: keine Notizen und nichts Spezifisches im Text.",
      },
      "unverified-claim": {
        en: "“{claim}” matches none of your research notes: check it, or add the note.",
        de: "„{claim}“ passt zu keiner Ihrer Notizen: Prüfen Sie es oder ergänzen Sie die Notiz.",
      },
      "notes-unused": {
        en: "Nothing from your research notes is used; this message would fit anyone.",
        de: "Nichts aus Ihren Notizen wird genutzt; die Nachricht würde an jeden passen.",
      },
    },
    suggestions: {
      "notes-unused": { en: "Open with one of your notes, e.g. “{note}”.", de: "Steigen Sie mit einer Notiz ein, z. B. „{note}“." },
    },
  },
  check(ctx) {
    const { input, words, body, thread, lex, text } = ctx;
    const prospect = input.prospect;
    const sender = input.sender;
    let segment: string | undefined; // worked out for the first hit only: most messages have none
    // a segment word counts where the message speaks of the person's own post or news ("Ihr Kommentar zu Rüstzeiten")
    const research = (w: Token) => {
      segment ??= sender ? segmentText(`${sender.product ?? ""} ${sender.usp ?? ""} ${sender.problem ?? ""}`) : "";
      if (!segment) return true;
      // ("Praxis-Service" matched by "Praxis": the part is what names the segment)
      const stemOf = byPart.get(w)?.stem ?? w.stem;
      const ofSegment = segmentWord(stemOf, segment) || (ACRONYM.test(w.text) && segmentInitials(segment).has(w.lower));
      return !ofSegment || !inOfferPart(ctx, w);
    };
    // a reply to the prospect continues the conversation, unless it answers their question with buzzwords
    // (a push after the prospect said no continues nothing; nor does the same text sent to others after a bare
    // "Danke, gern!", though it answers whoever asked for it; nor a bare nag, "just circling back – any update?")
    const bareNag = () => has(lex.pestering, text, body.start, body.end) && !addsConcreteNews(ctx);
    // (a reply that only thanked for the connection, "Thanks! Happy to connect.", starts no conversation to continue)
    if (thread.replied && !thread.unanswered && !thread.acknowledgedOnly && !dodgesQuestion(ctx) && !pushesAfterNo(ctx) && (thread.prospectAsked || templateMatches(ctx).matches === 0) && !bareNag()) return { status: "pass", messageId: "in-conversation" };
    const notes = (prospect?.notes ?? []).filter((n) => n.trim());
    if (notes.length > 0) {
      const notesText = notes.join("\n");
      const terms = specificTerms(notesText);
      const noteFigures = noteFigureUnits(notesText);
      // a claimed post or talk whose topic appears in no note is unverified, even if other details match
      const claims = checkClaims(text, ctx.lowerText, words, body, terms, noteFigures);
      const verified = claims.verified;
      // the company's and role's own words are the profile, not research; one everyday word in common
      // ("costs", "season", "legal") is the topic, not this person: it takes a specific word or two
      const profile = () => profileTerms(prospect?.company ?? "", prospect?.role ?? "");
      const cues: SelfTalkCues = { sentences: new Map() };
      const lists = new Map<number, Span[]>();
      // (a word of a link, "lieferantenportal-pro.de", is the sender's address; one in the list of what the
      // offer covers, "umfasst Personaldossier, Zeiterfassung und Lohn", a feature)
      const hits = matchTerms(text, words, body, terms).filter(
        (w) =>
          research(w) &&
          !inSelfTalk(ctx, w, cues) &&
          !meetingLength(text, w) &&
          !openTo(text, w) &&
          !sizesAnotherFirm(text, w, notes) &&
          !shareOfAnotherKind(text, w, notes) &&
          !ctx.links.some((l) => l.start <= w.start && w.end <= l.end) &&
          !inServiceList(ctx.bodySentences, w, lists),
      );
      if (verified.length === 0 && hits.length > 0) {
        // a word of the notes said of the whole trade ("many electronics manufacturers … paste release") is not
        // about this person, and adds nothing to a weak word elsewhere ("a line can run six months")
        const generic = new Map<number, boolean>(); // by sentence: most hits share one
        const specific = hits.filter((w) => !inGenericSentence(ctx, w, generic));
        hits.length = 0;
        hits.push(...specific);
      }
      // a note that records a post, and a claim about their post in other words ("your post on the dairy's gas bill" for
      // "Posted: gas for cleaning-in-place is our biggest energy line"): most likely the noted post told from another
      // side, as 31 of 34 independent writers read it; it passes, and the finding still asks to check the claim
      // (unless the topic names what no note holds: a figure or a name, "hiring ten engineers in Lisbon")
      if (claims.unverified && notesHoldPost(notes) && !namesOtherPost(ctx, claims.unverified)) {
        const topic = claims.unverified;
        return { status: "pass", messageId: "unverified-claim", data: { claim: text.slice(topic.start, topic.end) }, spans: [topic] };
      }
      if (claims.unverified) {
        // a claimed post or talk that no note mentions: to be checked where the message uses the notes otherwise,
        // and no research at all where it uses nothing of them
        const topic = claims.unverified;
        const status = verified.length > 0 || enoughResearch(hits, text, profile, prospect?.company) ? "warn" : "fail";
        return { status, messageId: "unverified-claim", data: { claim: text.slice(topic.start, topic.end) }, spans: [topic] };
      }
      // "your post about cancellations after the third box", when a note has that post, is research however few words it shares;
      // so is a phrase of the notes said again ("shrinking from five floors to three")
      if (verified.length > 0 || enoughResearch(hits, text, profile, prospect?.company) || (hits.length > 0 && (sharesPhrase(ctx, notesText, profile) || echoesNoteFigure(ctx, noteFigures))) || congratulatesOnNote(ctx, hits) || echoesPostFigure(ctx, notes)) {
        const found = [...new Set(hits.map((h) => h.text))].slice(0, 3).join(", ");
        return { status: "pass", messageId: "ok", data: { found }, spans: hits.map((h) => ({ start: h.start, end: h.end })) };
      }
      // a follow-up with something new builds on a first message that used the research, even one that opens with a nag
      // (an earlier message's claim about their post, checked against the notes, is research too)
      const earlier = () =>
        input.history?.some((h) => {
          if (h.direction !== "out") return false;
          const all = { start: 0, end: h.text.length };
          const tokens = historyTokens(h.text);
          if (enoughResearch(matchTerms(h.text, tokens, all, terms), h.text, profile, prospect?.company)) return true;
          const claims = checkClaims(h.text, h.text.toLowerCase(), tokens, all, terms, noteFigures);
          // ("dein Post, dass ihr mehr Gastro-Kunden sucht" for the noted post: a first message that named the post the notes hold)
          return claims.verified.length > 0 || (!claims.unverified && notesHoldPost(notes) && THEIR_POST.test(h.text));
        });
      // (a follow-up that went to others with only the name swapped is about none of them)
      if (thread.hasHistory && addsConcreteNews(ctx) && templateMatches(ctx).matches === 0 && !pushesAfterNo(ctx) && earlier()) return { status: "pass", messageId: "thread" };
      const note = notes[0].length > 80 ? `${notes[0].slice(0, 77)}…` : notes[0];
      return { status: "fail", messageId: "notes-unused", data: { note }, spans: [] };
    }
    const profile = profileTerms(prospect?.company ?? "", prospect?.role ?? "");
    if (profile.stems.size > 0) {
      const hits = matchTerms(text, words, body, profile).filter(research);
      if (hits.length > 0) {
        return { status: "pass", messageId: "mentions-profile", data: { found: [...new Set(hits.map((h) => h.text))].join(", ") }, spans: hits.map((h) => ({ start: h.start, end: h.end })) };
      }
    }
    const refs = findAll(lex.references, text, body.start, body.end);
    if (refs.length > 0) return { status: "pass", messageId: "reference", spans: refs.map((r) => ({ start: r.start, end: r.end })) };
    // without notes, a text that names nothing of theirs cannot be judged (rules.md): it may be specific in ways no list knows ("35 seats to fill at Daventry")
    return { status: "skip", messageId: "cannot-judge" };
  },
});
