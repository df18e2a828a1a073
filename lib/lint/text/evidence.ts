import type { LintContext } from "../context";
import { languageData } from "../data";
import { isSpace } from "./chars";
import { findAll, has, isNegated, wholeWordTest, type Match } from "./patterns";
import type { Span } from "../schema";
import { sentenceIndexHolding, type Segment } from "./segment";

// A figure: 14%, 1,450, £40k, 3x, 2,5-mal. Not a year ("since 2019"), not a meeting length
// (isMeetingLength), not a version ("4.0"), not part of a name ("Q2", "S/4HANA", "Windows 10" counts though).
const FIGURE = /(?<![\p{L}\p{N}/])(?:[£$€]\s?)?\d+(?:[.,]\d+)*(?!\d)/giu;
const MINUTES = /^[- ]?(?:minute|min\b|minütig)/i;
// The time a meeting takes: "a 30-minute call", "15 minutes to chat", "30 Minuten Zeit", "could we
// book 30 minutes", "Hätten Sie 30 Minuten …". Minutes that say what changed are a result: "cut dwell
// to 38 minutes", "in 5 Minuten gebucht", "40 Minuten pro Tour".
const MEETING_AFTER = /^[- ]?(?:minute|min\b|minütig)[\p{L}.]*\s+(?:(?:[\p{L}'’-]+\s+|\p{L}+-){0,5}?(?:call|chat|demo|meeting|intro|session|walk-?through|conversation|talk|catch-up|zoom|teams|video|webinar|gespräch|telefonat|termin|austausch|präsentation|kennenlern|vorstell|videocall)|zeit\b|(?:of )?your time|ihrer zeit)/iu;
// (no "and"/"und" between: "… mitgemacht haben und die 30 Minuten gespart wurden" is another clause)
const MEETING_BEFORE = /(?:have|find|got|spare|grab|book|schedule|block|take|get|give|borrow|need|hätten|haben|hast|habt|hätte|finden|nehmen|schenken|blocken|buchen|brauche|reservieren|opfern)\s+(?:(?!(?:and|und|or|oder|but|aber)\s)[\p{L}]+\s+){0,2}$/iu;

// "re-plans routes every 15 minutes", "alle 10 Minuten": how often something runs is a spec, not a result
const EVERY_BEFORE = /(?:every|each|alle|jede|jeden|jeder)\s+$/i;

// "every 30 seconds", "alle 2 Stunden": any unit of time after "every" is a frequency
const TIME_UNIT = /^[- ]?(?:second|sec\b|minute|min\b|hour|day|week|month|sekunde|minute|stunde|tag|woche|monat)/i;

function isMeetingLength(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 80);
  const minutes = MINUTES.test(after);
  if (!minutes && !TIME_UNIT.test(after)) return false;
  const before = text.slice(Math.max(0, start - 30), start);
  if (EVERY_BEFORE.test(before)) return true;
  return minutes && (MEETING_AFTER.test(after) || MEETING_BEFORE.test(before));
}

const YEAR = /^(?:19|20)\d\d$/;
// "SmartLine 4.0", "Industrie 4.0", "Web 2.0": a version, not a result
const VERSION = /^\d+\.0$/;
// "version 5", "Release 3", "v2": a product's version number is no result either
const VERSION_BEFORE = /(?:^|[^\p{L}])(?:version|release|v)\s?$/iu;
// "Thema Nr. 1", "complaint no. 1", "#1": a rank or a label, nothing counted
const RANK_BEFORE = /(?:(?:^|[^\p{L}])(?:nr\.?|no\.|nummer)\s?|#)$/iu;
// Every figure begins with a currency sign or a digit after no digit (after one, the look-behind
// fails): FIGURE, anchored, is tried only there, as its look-behind at every position costs a
// Unicode table search per character.
const FIGURE_START = /[£$€]|(?<![0-9])[0-9]/g;
const FIGURE_AT = new RegExp(FIGURE.source, "iuy");

/**
 * What follows the digits at i makes them part of a name or a reading, not a figure: capitals that
 * go on as a word ("3PLs", "2FA"), 5G and 3D, or a degree sign ("-25°C"). "40K" and "€2M" stay figures.
 */
function isNamePart(text: string, i: number): boolean {
  const next = text.charCodeAt(i);
  if (next === 0xb0) return true;
  if (next < 65 || next > 90) return false;
  const after = text.charCodeAt(i + 1);
  const letterAfter = (after >= 65 && after <= 90) || (after >= 97 && after <= 122);
  return letterAfter || next === 71 || next === 68; // G, D
}

// "SOC 1", "ISO 27001", "EN 16247", "IFRS 16": the number of a standard after its acronym (not a currency code: "EUR 500")
const STANDARD_BEFORE = /(?:^|[^\p{L}\p{N}])(\p{Lu}{2,5})[ -]$/u;
const CURRENCY_CODE = /^(?:EUR|CHF|USD|GBP|SEK|NOK|DKK|PLN|CZK)$/;

function namesStandard(text: string, at: number): boolean {
  const c = text.charCodeAt(at - 2); // most figures follow no capital: one char code decides
  if (!(c >= 65 && c <= 90)) return false;
  const m = STANDARD_BEFORE.exec(text.slice(Math.max(0, at - 7), at));
  return !!m && !CURRENCY_CODE.test(m[1]);
}

/**
 * Whether text holds a figure. `countMinutes = false` leaves out every count of minutes: a length in
 * minutes next to "we" is a spec ("after 30 minutes of continuous flow"), not a result, unless an
 * outcome word says what changed.
 */
export function hasFigure(text: string, countMinutes = true): boolean {
  FIGURE_START.lastIndex = 0;
  let start: RegExpExecArray | null;
  while ((start = FIGURE_START.exec(text))) {
    FIGURE_AT.lastIndex = start.index;
    const m = FIGURE_AT.exec(text);
    if (!m) continue;
    FIGURE_START.lastIndex = start.index + m[0].length; // matches do not overlap
    const end = start.index + m[0].length;
    if (!YEAR.test(m[0]) && !VERSION.test(m[0]) && !VERSION_BEFORE.test(text.slice(Math.max(0, start.index - 9), start.index)) && !RANK_BEFORE.test(text.slice(Math.max(0, start.index - 8), start.index)) && !isNamePart(text, end) && !namesStandard(text, start.index) && !(countMinutes ? isMeetingLength(text, start.index, end) : MINUTES.test(text.slice(end, end + 12)))) return true;
  }
  return false;
}


/**
 * The sentences where the sender talks about the offer or proof: the body minus the sentences
 * that point at the prospect ("your post about …"), whose figures are the prospect's, not proof.
 */
export function offerSentences(ctx: LintContext): Segment[] {
  // usp and value both read them: found once per lint, kept on the context (a WeakMap keyed by a new context every lint costs more)
  let out = ctx.shared.offerSentences;
  if (out) return out;
  ctx.shared.offerSentences = out = [];
  const aboutThemParts: Segment[] = (ctx.shared.referenceParts = []);
  for (const s of ctx.bodySentences) {
    let start = 0;
    let aboutThem = false; // the part before was about the prospect's post or news
    for (;;) {
      const m = nextClauseTurn(s.text, start);
      const end = m >= 0 ? m : s.text.length;
      const part = s.text.slice(start, end);
      const from = s.start + start;
      const to = s.start + end;
      // "your post on the drop in bookings struck me – just as six branches close": after a dash the
      // sentence still speaks of them, unless the sender turns to themselves ("– we halved it at …")
      const dash = s.text.charCodeAt(start - 2);
      // ("– and with two acquisitions to fold in, I doubt it is getting any shorter": the sender's guess about their lot)
      // ("– with checkpointing, a similar team cut its training bill by 55%": someone else's result, counted, is the sender's proof)
      const continues: boolean = aboutThem && isDash(dash) && !senderSpeaks(part.replace(GUESS, "")) && !othersResult(ctx, part, from, to);
      aboutThem = continues || (has(ctx.lex.references, ctx.text, from, to) && !SENDER_OPENS.test(part));
      if (aboutThem) {
        // "zwei Tage offline nach einem Phishing-Angriff – Ihr Post zeigt …": what opens the sentence before a dash
        // and the reference to their post is what the post said
        const before = out[out.length - 1];
        if (isDash(dash) && before && before.start === s.start && before.end === from - 3 && !senderSpeaks(before.text)) aboutThemParts.push(out.pop()!);
        // "I read your post about pick errors, which reminded me of a ramp-up we supported …": the sender's story
        // after the reference is the sender's, as after a colon
        const turn = continues ? -1 : storyTurn(ctx, part, from, to);
        if (turn > 0) {
          aboutThemParts.push({ start: from, end: from + turn, text: part.slice(0, turn) });
          out.push({ start: from + turn, end: to, text: part.slice(turn) });
          aboutThem = false;
        } else aboutThemParts.push({ start: from, end: to, text: part });
      } else if (part.trim() && !has(ctx.lex.pestering, ctx.text, from, to)) out.push({ start: from, end: to, text: part });
      if (m < 0) break;
      start = clauseResume(s.text, m);
    }
  }
  return out;
}

// A part that opens with the sender doing something ("Wir schalten Ihre Stellenanzeige auf 12 Portalen …") is the
// sender's, whatever of theirs it names; "We loved your post", "Wir haben Ihren Beitrag gelesen" speak of the post
const SENDER_OPENS = /^\s*(?:wir|we|our|unser\p{L}*)\s(?!(?:[\p{L}'’-]+\s){0,3}(?:saw|read|loved|enjoyed|noticed|watched|heard|followed|gelesen|gesehen|verfolgt|gehört|mitbekommen|entdeckt))/iu;

// Someone else as the subject that opens a result: "a similar team", "with checkpointing, one foundry", "ein Feinkostgroßhändler", "eine Klinik in Kassel"
const ANOTHER_ONE = /^\s*(?:(?:with|using|thanks to|mit|dank)\s[^,]{1,40},\s*)?(?:a|an|one|another|ein|eine|einem|einer)\s+(?:similar\s+|comparable\s+|ähnliche[rns]?\s+|vergleichbare[rns]?\s+)?[\p{L}-]{3,}(?:\s+(?:in|aus|from|near|bei)\s+\p{Lu}[\p{L}-]*)?\s/iu;

/** A part that tells a counted result someone else got ("a similar team cut its bill by 55%"). */
function othersResult(ctx: LintContext, part: string, from: number, to: number): boolean {
  const { lex, text } = ctx;
  return ANOTHER_ONE.test(part) && has(lex.reductions, text, from, to) && isQuantified(lex, text, from, to);
}

// The sender guessing at the prospect's situation: an opinion about them, not the sender turning to themselves
const GUESS = /(?<![\p{L}])(?:i (?:doubt|imagine|guess|suspect|bet|assume|expect)|i['’]d (?:guess|imagine|bet)|ich (?:vermute|schätze|wette|ahne|nehme an|kann mir vorstellen))(?![\p{L}])/giu;

// A reference that goes on with the sender's own story: ", which reminded me of a ramp-up we supported",
// ", and I wanted to reach out because our cameras …",
// ", weil wir genau diese Umstellung begleitet haben", ", where we saw the same loop", ", denn viele unserer Kunden haben …",
// "… hat mich an ein Alterszentrum erinnert, das …", "… passt zu unserem Tool Solarplan: …", "… fits our data"
const STORY_TURN = /,\s*(?:(?:which|and it|and that|das|was)\s+)?(?:reminded me|erinnert\p{L}*\s+mich)|\s(?:hat|haben)\s+mich\s+an\s+[^,!?;:\n]{3,80}?\s+erinnert(?=,)|,\s*(?:weil|da|als|wo) (?:wir|unser\p{L}*)\s|,\s*(?:(?:where|as|when|and) )?we\s|,\s*and i (?:wanted|thought|figured)\s|,\s*i(?:['’]d| would) (?:like|love) to (?:show|share|walk)\s|\sbecause our\s|,\s*\p{Ll}+ wir\s|,\s*denn\s+(?:(?:viele|einige|die meisten)\s+)?(?:wir|unsere[rnms]?)\s|\s(?:passt|passen)\s+(?:(?:genau|perfekt|gut|wunderbar)\s+)?zu\s+(?:unser|unsere[rnms]?|mein|meine[rnms]?)\s|\s(?:fits|matches|lines up with|ties in with|ties into)\s+(?:(?:exactly|neatly|perfectly|well)\s+)?(?:with\s+)?(?:our|my)\s/iu;

/** Where a part about their post turns to the sender's story (an offset into the part after the reference), or -1. */
function storyTurn(ctx: LintContext, part: string, from: number, to: number): number {
  const ref = findAll(ctx.lex.references, ctx.text, from, to)[0];
  if (!ref) return -1;
  const after = ref.end - from;
  const m = STORY_TURN.exec(part.slice(after));
  return m ? after + m.index + 1 : -1;
}

/** The reader addressed: "you", "Ihre", "dich" (the formal Sie and Ihr in capitals: "wie sie ihre Flotte" speaks of a trade). */
export const TO_THE_READER = /(?<![\p{L}])(?:[Yy]ou|[Yy]our|[Yy]ours|Sie|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihnen|[Dd]u|[Dd]ein|[Dd]eine|[Dd]einen|[Dd]einem|[Dd]ir|[Dd]ich|[Ee]uer|[Ee]ure|[Ee]uch)(?![\p{L}])/u;

/** The sender speaks of themselves: "we", "I", "unser", "mich". */
export const senderSpeaks = wholeWordTest("we|our|us|i|i've|i'm|my|wir|unser|unsere|unserem|unseren|unserer|uns|ich|mein|meine|meinem|meinen|meiner|mir|mich");

/** The parts of body sentences that speak of the prospect's post, talk or news (the rest of offerSentences). */
export function referenceParts(ctx: LintContext): Segment[] {
  if (!ctx.shared.referenceParts) offerSentences(ctx);
  return ctx.shared.referenceParts!;
}

/**
 * The offer parts with the parts of one sentence that follow each other joined: "the calls drop
 * noticeably – by 22 % at a regional insurer" says what changed in one part and by how much in the
 * next. A part about the prospect's post in between keeps them apart.
 */
export function offerRuns(ctx: LintContext): Segment[] {
  if (ctx.shared.offerRuns) return ctx.shared.offerRuns;
  const runs: Segment[] = (ctx.shared.offerRuns = []);
  for (const part of offerSentences(ctx)) {
    const last = runs[runs.length - 1];
    if (last && isDashGap(ctx.text, last.end, part.start)) {
      runs[runs.length - 1] = { start: last.start, end: part.end, text: ctx.text.slice(last.start, part.end) };
    } else runs.push(part);
  }
  return runs;
}

/** Whether text[from, to) is " – " (a dash between spaces): a dash goes on with the same thought; after a colon or semicolon a part stands on its own. */
function isDashGap(text: string, from: number, to: number): boolean {
  return to - from === 3 && isSpacedDash(text, from);
}

/** Whether text[i, i + 3) is a dash between spaces (" – ", " — ", " - "). */
function isSpacedDash(text: string, i: number): boolean {
  return i + 2 < text.length && isSpace(text.charCodeAt(i)) && isDash(text.charCodeAt(i + 1)) && isSpace(text.charCodeAt(i + 2));
}

function isDash(c: number): boolean {
  return c === 0x2013 || c === 0x2014 || c === 45;
}

/** A figure or a number word in text[start, end): "by 22 %", "zwei Drittel". */
export function isQuantified(lex: LintContext["lex"], text: string, start: number, end: number): boolean {
  return hasFigure(text.slice(start, end)) || hasNumberWord(lex, text, start, end);
}

/**
 * A follow-up that brings something concrete (a figure or a counted result in the offer parts):
 * it builds on what its first message said about the prospect and their problem.
 */
export function addsConcreteNews(ctx: LintContext): boolean {
  const { lex, text } = ctx;
  // a figure, a count, or a cost taken away ("die Versicherung hat danach den Selbstbehalt gesenkt")
  // (a question's "30 Minuten" or "eine Stunde" is what it asks for, not news)
  // (nor is the time of the earlier message: "following up on my InMail from a couple of weeks ago")
  return offerRuns(ctx).some((s) => {
    if (isQuestionAsked(ctx, s) || TRADE_SURVEY.test(s.text)) return false;
    if (has(lex.reductions, text, s.start, s.end)) return true;
    TIME_AGO.lastIndex = 0;
    return TIME_AGO.test(s.text) ? hasFigure(s.text.replace(TIME_AGO, " ")) : isQuantified(lex, text, s.start, s.end);
  });
}

// "according to a recent industry survey, 64% of manufacturers say …": the trade's figures, no news for this reader
const TRADE_SURVEY = /(?<![\p{L}])(?:according to (?:a|an|the) (?:[\p{L}-]+ ){0,2}(?:survey|study|report|poll)|(?:survey|study|report|poll)s? (?:shows?|found|finds|says)|laut (?:einer|der|einem|dem) (?:[\p{L}-]+ ){0,2}(?:umfrage|studie|erhebung|bericht)|(?:umfrage|studie|erhebung) (?:zeigt|ergab|belegt))(?![\p{L}])/iu;

// "a couple of weeks ago", "vor zwei Wochen": when something was, not a count of what changed
const TIME_AGO = /(?<![\p{L}])(?:(?:\d+|a couple of|a few|two|three|four|several) (?:days|weeks|months) ago|vor (?:\d+|ein paar|einigen|zwei|drei|vier) (?:tagen|wochen|monaten))(?![\p{L}])/giu;

function isQuestionAsked(ctx: LintContext, s: Span): boolean {
  return ctx.asks.some((a) => a.kind === "question" && a.start <= s.start && s.end <= a.end);
}

const NOTE_FIGURE = /\d[\d.,]*\d|\d/g;

/** The figures of the research notes ("12 neue Außendienstler", "22 %"), as written; worked out once per lint. */
export function noteFigures(ctx: LintContext): Set<string> {
  if (!ctx.shared.noteFigures) {
    const figures = new Set<string>();
    for (const note of ctx.input.prospect?.notes ?? []) for (const f of note.match(NOTE_FIGURE) ?? []) figures.add(f);
    ctx.shared.noteFigures = figures;
  }
  return ctx.shared.noteFigures;
}

/** A part whose every figure is one of the notes' ("gerade bei 12 neuen Außendienstlern"): the prospect's figure, no proof of the offer. */
export function onlyTheirFigures(ctx: LintContext, s: Span): boolean {
  const theirs = noteFigures(ctx);
  if (theirs.size === 0) return false;
  const figures = ctx.text.slice(s.start, s.end).match(NOTE_FIGURE);
  return !!figures && figures.every((f) => theirs.has(f));
}

/**
 * Offer parts where the sender claims a result for their product: "Our AI SDR books 40+ meetings a
 * month", "Unsere virtuelle Anprobe senkte sie auf 7 %" (the prospect's own figures in a part about
 * their post are not). A story of work done ("we traced 70% of one shipper's excursions to the
 * tarmac wait", "we helped one owners corporation …") shares experience: it names no product.
 */
export function ownResultClaims(ctx: LintContext): Segment[] {
  const runs = offerRuns(ctx);
  // a figure, or a share in words with what it changed ("cut churn by a third")
  // ("Unsere Auswertung für 40 Apotheken liegt hier: …", "our notes from three schools": a document shared, not a result claimed)
  const withFigure = runs.filter((s) => ((hasFigure(s.text) && !onlyTheirFigures(ctx, s)) || (has(ctx.lex.numberWords, ctx.text, s.start, s.end) && has(ctx.lex.reductions, ctx.text, s.start, s.end))) && !SHARED_DOCUMENT.test(s.text));
  if (withFigure.length === 0) return withFigure;
  // within one sentence the product and its result may stand in two parts: "Our sensors flag open margins; a Leeds lab cut remakes to 3%"
  // (the sentences that hold such a part are found once: asking per pair of parts grew with the cube of a long text)
  let withProduct: Set<number> | undefined;
  return withFigure.filter((s) => {
    if (ownProduct(s.text)) return true;
    withProduct ??= new Set(runs.filter((o) => ownProduct(o.text)).map((o) => sentenceIndexHolding(ctx.bodySentences, o)));
    const at = sentenceIndexHolding(ctx.bodySentences, s);
    return at >= 0 && withProduct.has(at);
  });
}

const SHARED_DOCUMENT = /(?<![\p{L}])(?:our|unsere?[mnrs]?) (?:[\p{L}-]+ )?(?:auswertung|studie|übersicht|marktübersicht|analyse|umfrage|zusammenfassung|checkliste|notizen|folien|leitfaden|write-?up|summary|notes|slides|report|study|survey|guide|checklist|analysis)(?![\p{L}])/iu;

// the sender's offer: "our …", or a freelancer's "ich baue für D2C-Brands Klaviyo-Flows", "I build Shopify stores"
const ownProduct = wholeWordTest("our|unser|unsere|unserem|unseren|unserer|unseres|(?:ich|i) (?:baue|biete|verkaufe|liefere|entwickle|build|offer|sell|deliver|provide)");
/** The firm's voice: "we", "our", "unsere" (not "I", who shares a write-up or a photo of their own). */
export const weSpeak = wholeWordTest("we|we're|we've|our|ours|us|wir|unser|unsere|unserem|unseren|unserer|unseres|uns");

/** The praise, hype or abstract benefit of an offer part where the sender speaks as "we": "we're a leading, innovative provider", "Als ganzheitlicher Partner schaffen wir echten Mehrwert". */
export function praiseOfOwnOffer(ctx: LintContext): Match[] {
  const { lex, text, body } = ctx;
  const lists = [lex.vaguePraise, lex.abstractValue, lex.hype].filter((list) => has(list, text, body.start, body.end));
  if (lists.length === 0) return [];
  const found = lists.flatMap((list) => findAll(list, text, body.start, body.end));
  // ("no revolutionary platform from me": a denied word praises nothing)
  return found.filter((m) => offerSentences(ctx).some((p) => p.start <= m.start && m.end <= p.end && weSpeak(p.text)) && !isNegated(text, m, { claim: true }));
}

export function praisesOwnOffer(ctx: LintContext): boolean {
  return praiseOfOwnOffer(ctx).length > 0;
}

/** Selling words ("our tool", "free trial", "ab 49 €") in the offer parts: "loved your talk on usage-based pricing" speaks of their talk, not of a price list. */
export function pitchWordsInOffer(ctx: LintContext): Match[] {
  const { lex, text, body } = ctx;
  const found = findAll(lex.pitch, text, body.start, body.end);
  // the offer parts are worked out only when a selling word occurs
  return found.length === 0 ? found : found.filter((m) => inOfferPart(ctx, m));
}

/** Whether a span lies in one of the offer sentences (not in a clause about the prospect's post, talk or news). */
export function inOfferPart(ctx: LintContext, span: Span): boolean {
  return offerSentences(ctx).some((p) => p.start <= span.start && span.end <= p.end);
}

/**
 * Where a sentence turns from the prospect's situation to the offer ("your post about X: we …"):
 * the first ": ", "; " or " – " at or after `from` (what /[:;]\s|\s[–—-]\s/g finds), or -1.
 */
function nextClauseTurn(text: string, from: number): number {
  for (let i = from; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    if (((c === 58 || c === 59) && isSpace(text.charCodeAt(i + 1))) || isSpacedDash(text, i)) return i;
    // "Glückwunsch zu den zwei neuen Kitas 🚀 Unsere Kita-App ist DIE Lösung": emoji, then the sender speaks anew
    if (c >= 0xd800 && c <= 0xdbff && EMOJI_THEN_SENDER.test(text.slice(i, i + 16))) return i;
  }
  return -1;
}

const EMOJI_THEN_SENDER = /^(?:\p{Extended_Pictographic}|\u200d|\ufe0f)+\s+(?:Our|We|We're|I|I'm|Unser\p{L}*|Wir|Ich)(?![\p{L}])/u;

/** Where the part after a clause turn starts: past ": ", "; ", " – ", or the emoji and the space after them. */
function clauseResume(text: string, m: number): number {
  const c = text.charCodeAt(m);
  if (c === 58 || c === 59) return m + 2;
  if (c >= 0xd800 && c <= 0xdbff) {
    let i = m;
    while (i < text.length && !isSpace(text.charCodeAt(i))) i++;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    return i;
  }
  return m + 3;
}

/**
 * A number word that counts something concrete in the span: a unit ("four days", "sechs Wochen"),
 * the customers it worked for ("drei Wachauer Betriebe", "two depots") or a change ("von neun auf
 * zwei", "um ein Drittel reduziert").
 */
const DAY_ONE = /^(?:day|tag) (?:one|eins)$/i;

/** "from day one" counts nothing: a number word that is part of "day one" within text[from, …). */
function isDayOne(text: string, from: number, n: Span): boolean {
  return DAY_ONE.test(text.slice(Math.max(from, n.start - 4), n.end));
}

/** A number word in text[start, end) that counts something ("from day one" counts nothing). */
export function hasNumberWord(lex: LintContext["lex"], text: string, start: number, end: number): boolean {
  if (!has(lex.numberWords, text, start, end)) return false;
  return findAll(lex.numberWords, text, start, end).some((n) => !isDayOne(text, start, n));
}

// "how each one works", "one of the fastest": "one" as a pronoun counts nothing
const PRONOUN_ONE_BEFORE = /(?:each|every|any|the|no|which|that|this) $/i;

function isPronounOne(text: string, n: Span): boolean {
  if (n.end - n.start !== 3 || text.slice(n.start, n.end).toLowerCase() !== "one") return false;
  return PRONOUN_ONE_BEFORE.test(text.slice(Math.max(0, n.start - 6), n.start)) || text.startsWith(" of ", n.end);
}

export function hasCountedUnit(ctx: LintContext, s: Segment): boolean {
  const { lex, text } = ctx;
  // "all-in-one platform" praises, it counts nothing
  const vague = findAll(lex.vaguePraise, text, s.start, s.end);
  const counts = (n: Span) => !vague.some((v) => v.start <= n.start && n.end <= v.end) && !isDayOne(text, s.start, n) && !isPronounOne(text, n);
  if (!findAll(lex.numberWords, text, s.start, s.end).some(counts)) return false;
  return has(lex.units, text, s.start, s.end) || has(lex.customers, text, s.start, s.end) || has(lex.outcomes, text, s.start, s.end);
}

// A named customer case: "a Glasgow operator", "a trust in Kent", "ein Kölner Büro", "ein Betrieb
// in der Uckermark". Told in an offer part, it is a result someone like the reader got, even where
// the words for the result are the writer's own ("has had no VAT corrections since").
// (\b, not a look-behind for a letter: the articles are ASCII, and a look-behind is tried at every position)
const CUSTOMER_CASE = {
  // ("a Sunday-evening drop" is a time, not a customer)
  // ("at a 400-person engineering firm", "at a 120-bed hospital": a customer sized by a figure, wherever it is)
  en: /\b[Aa]t\s+(?:an?|one)\s+\d[\d,.]*-(?:person|people|employee|staff|bed|site|store|branch|location|seat|truck|vehicle|strong)\s+(?:[\p{L}-]+\s+){0,2}(?:firm|company|business|plant|hospital|clinic|practice|retailer|manufacturer|insurer|bank|carrier|operator|group|chain|school|agency|brewery|distributor|wholesaler|forwarder|supplier|fleet|law firm|council)\b|\b(?:[Aa]n?|[Oo]ne)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)(?![a-z]))(?:(?:\p{Lu}(?:\p{Ll}[\p{L}'’-]*|\p{Lu}{1,4})\s+){1,2}\p{Ll}[\p{L}-]+|(?:\p{Ll}[\p{L}-]+\s+){1,3}(?:in|from|near|outside)\s+\p{Lu}\p{Ll})/u,
  // ("Eine Praxis mit vier Behandlern in Passau": what it has may stand between it and where it is)
  de: /\b[Ee]in(?:e[mnr]?)?\s+(?:\p{Lu}\p{Ll}+er\s+\p{Lu}|(?:\p{Ll}\p{L}+\s+)?\p{Lu}\p{L}+(?:-\p{L}+)*\s+(?:mit\s+(?:[\p{L}\p{N}.-]+\s+){1,3})?(?:in|im|aus|am|an der|nahe)\s+(?:der\s+|dem\s+|den\s+)?\p{Lu}\p{Ll})/u,
};
const CAPS_WORD = /(?<![\p{L}])\p{Lu}{3,}(?![\p{L}])/gu;
const SHOUTED = { en: new Set(languageData.en.shoutWords), de: new Set(languageData.de.shoutWords) };
const MEETING = /(?:call|meeting|demo|chat|session|workshop|webinar|walk-?through|gespräch|termin|telefonat)$/i;
// "a QR code", "an ERP system", "a PDF checklist": a thing the offer uses, not a customer
const THING = /(?:^|\s)(?:code|codes|system|systems|tool|tools|app|platform|module|interface|integration|dashboard|api|software|solution|sensor|sensors|scanner|file|files|export|report|template|checklist|version|portal|plugin|plug-in)$/i;
// "we are Terminfix, a software vendor from Nuremberg" describes the sender, not a customer
const SELF_DESCRIPTION = wholeWordTest("we are|we're|i am|i'm|wir sind|ich bin");
// "Lindmayr Partners ist eine Beratung mit Büros in Wien": what a firm is, not a customer
const DESCRIBED_AS = /(?:^|[^\p{L}])(?:ist|is|sind|are|als|as)\s+$/iu;

/** An offer part that tells what happened at a named customer ("ein Seehotel in Luzern hat … neu belegt"). */
export function namesCustomerCase(ctx: LintContext, s: Segment): boolean {
  if (s.text.includes("?")) return false;
  const m = CUSTOMER_CASE[ctx.lang].exec(s.text);
  // a meeting is no customer ("Happy to set up a Teams call"), and an ask tells no result
  if (!m || MEETING.test(m[0]) || THING.test(m[0]) || SELF_DESCRIPTION(s.text) || DESCRIBED_AS.test(s.text.slice(Math.max(0, m.index - 8), m.index))) return false;
  // "einen echten Mehrwert in Sachen Compliance": an abstract benefit, not a customer somewhere
  if (has(ctx.lex.abstractValue, ctx.text, s.start + m.index, s.start + m.index + m[0].length)) return false;
  // "a HUGE mistake": a shouted word, not an acronym ("a UK retailer")
  for (const caps of m[0].matchAll(CAPS_WORD)) {
    if (SHOUTED[ctx.lang].has(caps[0].toLowerCase())) return false;
  }
  return !ctx.asks.some((a) => a.start <= s.start && s.end <= a.end);
}

// The sender's discount is a price, not an outcome for the recipient: "30 % Rabatt", "40% off", "zum
// Sonderpreis", "early-bird pricing" ("the 2% early-payment discounts your suppliers offer" is a benefit)
// ("took 18% off the bill" is a result, and so is "cut wasted coupon spend by £180k")
// (the look-behind is tried at every position: the message is first looked at for "%" and, through the phrase index, for the words it needs)
const PRICE_TALK = /\b(?:\d+\s+(?:monate?|wochen|tage|months?|weeks|days)\s+(?:gratis|kostenlos|free)|(?:gratis|kostenlos) (?:testen|test)|free (?:for \d+|trial))|\d\s?(?:%|prozent|percent)\s?(?:rabatt|discount|nachlass)|(?<!(?:took|takes|take|cut|cuts|shaved|knock|knocks|knocked|saved|trimmed|got|won|secured|negotiated)\s+)\b\d+(?:[.,]\d+)?\s?%\s?off\b|sonderpreis|aktionspreis|einführungspreis|early-bird|(?:gutschein|voucher|coupon)(?!s?[\s-]*(?:spend|costs?|budgets?|redemptions?|fraud|abuse|stacking|kosten|missbrauch))/i;

// The firm's own facts ("wurde 1998 in Hannover gegründet und beschäftigt heute 35 Beraterinnen", "our team has
// grown to 40 people", "celebrated its tenth year", "we've worked with developers across the UK for 15 years"):
// its age, size and tenure, not how the offer works or what it did
const FIRM_FACTS = /\b(?:(?:we|i)(?:'ve|’ve| have| had)? (?:\p{L}+ )?(?:worked|been|operated|served)\b[^.!?;]{0,60}\bfor (?:over |more than |almost |nearly )?\d+ years|(?:seit|über|mehr als) (?:über |mehr als )?\d+ jahren (?:\p{L}+ ){0,3}(?:tätig|aktiv|am markt|im geschäft|unterwegs)|in business for (?:over |more than )?\d+ years|(?:founded|established) (?:in \d{4}|by)|(?:\d{4} )?gegründet|celebrated (?:its|our)|(?:feiert|feiern) (?:\p{L}+ )?(?:jubiläum|geburtstag)|anniversary|(?:employs|beschäftigt|grown to|gewachsen auf|wuchs auf)(?:\s+(?:heute|now|today|über|rund|more than|over))?\s+\d+|(?:over |more than |nearly |almost )?\d+\+? years of (?:combined |collective |joint |industry )?experience|(?:über |mehr als |fast )?\d+\+? jahre(?:n)? (?:gemeinsame[rn]? |kombinierte[rn]? |geballte[rn]? )?(?:branchen)?erfahrung)(?![\p{L}])/giu;

/**
 * Whether a part states the firm's own facts. The message is searched once, and only when it holds one
 * of their words; each part then looks for a match within it.
 */
export function statesFirmFacts(ctx: LintContext, part: Span): boolean {
  let facts = ctx.shared.firmFacts;
  if (!facts) {
    facts = ctx.shared.firmFacts = [];
    if (has(ctx.lex.firmFactWords, ctx.text, 0, ctx.text.length)) {
      FIRM_FACTS.lastIndex = 0;
      for (let m = FIRM_FACTS.exec(ctx.text); m; m = FIRM_FACTS.exec(ctx.text)) facts.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  return facts.some((f) => part.start <= f.start && f.end <= part.end);
}

/**
 * Whether a part holds a figure beside its firm facts ("über 20 Jahre Erfahrung und mehr als 500 betreute Anlagen").
 * Asked after statesFirmFacts, which finds the facts once per lint.
 */
export function figureBesideFirmFacts(ctx: LintContext, part: Span): boolean {
  let rest = ctx.text.slice(part.start, part.end);
  for (const f of ctx.shared.firmFacts ?? []) {
    if (part.start <= f.start && f.end <= part.end) rest = rest.slice(0, f.start - part.start) + " ".repeat(f.end - f.start) + rest.slice(f.end - part.start);
  }
  return hasFigure(rest);
}

/** A part about the sender's price or discount (the message is scanned for a price word once). */
export function isPriceTalk(ctx: LintContext, text: string): boolean {
  return (ctx.shared.mayTalkPrice ??= ctx.text.includes("%") || has(ctx.lex.priceWords, ctx.text, 0, ctx.text.length)) && PRICE_TALK.test(text);
}

/**
 * The parts of a part that are not about the price: a part that holds a price is split at its dashes and
 * semicolons ("senkt Ihre Kosten pro Lead um 50 % – nur noch diese Woche zum Einführungspreis"), and
 * the clauses that hold none stay.
 */
export function priceFreeClauses(ctx: LintContext, s: Segment): Segment[] {
  if (!isPriceTalk(ctx, s.text)) return [s];
  const out: Segment[] = [];
  let from = 0;
  // (a part without a break is its own only clause, and that talks of the price)
  for (let i = 0; i <= s.text.length; i++) {
    if (i < s.text.length && !CLAUSE_BREAKS.includes(s.text[i])) continue;
    const text = s.text.slice(from, i);
    if (text.trim() && !isPriceTalk(ctx, text)) out.push({ start: s.start + from, end: s.start + i, text });
    from = i + 1;
  }
  return out;
}

const CLAUSE_BREAKS = "–—;";

/** Whether an offer part can prove what the offer does: not a question ("Ad fill stuck at 55%??"), not a price ("30 % Rabatt", "50% off your first year"). */
export function canProve(ctx: LintContext, s: Segment): boolean {
  return !s.text.includes("?") && !isPriceTalk(ctx, s.text);
}

/**
 * Why problem, usp and value may not apply: a note that does not sell, or an answer to the
 * prospect's question. An answer that dodges the question with praise and abstract benefit
 * ("ganzheitlicher Ansatz, echter Mehrwert") is judged like any pitch.
 */
export function offerRulesSkip(ctx: LintContext): "no-pitch" | "answering" | "closing" | null {
  if (ctx.channel === "connection-note" && !ctx.pitches) return "no-pitch";
  if (ctx.thread.prospectAsked) return dodgesQuestion(ctx) ? null : "answering";
  // a polite close after the prospect said no sells nothing; one that pushes on is judged like any pitch
  if (ctx.thread.declined && !sellsAgain(ctx)) return "closing";
  return null;
}

/**
 * After the prospect said no, the message sells again: it does not build on the conversation, it
 * ignores it. Unless it takes up a specific of their answer ("I completely understand about Q2"):
 * then it still speaks to them, however it goes on.
 */
export function pushesAfterNo(ctx: LintContext): boolean {
  return ctx.thread.declined && sellsAgain(ctx) && !echoesReply(ctx);
}

// A specific of a reply: a figure or a name with a digit ("Q2", "2025"), an acronym, a month
const REPLY_SPECIFIC = /(?<![\p{L}\p{N}])(?:\p{L}*\d[\p{L}\d]*|\p{Lu}{2,}|January|February|March|April|June|July|August|September|October|November|December|Januar|Februar|März|Juni|Juli|Oktober|Dezember)(?![\p{L}\p{N}])/gu;

function echoesReply(ctx: LintContext): boolean {
  // three rules ask (through pushesAfterNo); each specific is searched for once
  if (ctx.shared.echoesReply !== undefined) return ctx.shared.echoesReply;
  ctx.shared.echoesReply = false;
  const last = ctx.input.history?.at(-1);
  if (!last || last.direction !== "in") return false;
  const body = ctx.lowerText.slice(ctx.body.start, ctx.body.end);
  const searched = new Set<string>();
  for (const m of last.text.matchAll(REPLY_SPECIFIC)) {
    const specific = m[0].toLowerCase();
    if (searched.has(specific)) continue;
    searched.add(specific);
    if (body.includes(specific)) return (ctx.shared.echoesReply = true);
  }
  return false;
}

/** The message pitches: selling words in an offer part, a heavy ask, praise of the offer or hype. */
function sellsAgain(ctx: LintContext): boolean {
  const { lex, text, body } = ctx;
  if (pitchWordsInOffer(ctx).length > 0) return true;
  return has(lex.heavyAsks, text, body.start, body.end) || has(lex.hype, text, body.start, body.end) || praisesOwnOffer(ctx) || ctx.asks.some((a) => a.kind !== "offer");
}

/** An answer to the prospect's question that offers praise and abstract benefit instead of an answer. */
export function dodgesQuestion(ctx: LintContext): boolean {
  const { lex, text, body } = ctx;
  if (!ctx.thread.prospectAsked) return false;
  // ("every vendor calls itself 'leading'": a word in quotation marks is mentioned, not claimed)
  const said = (m: Match) => !(QUOTE_OPENS.includes(text[m.start - 1]) && QUOTE_CLOSES.includes(text[m.end]));
  return findAll(lex.abstractValue, text, body.start, body.end).some(said) || findAll(lex.vaguePraise, text, body.start, body.end).some(said);
}

const QUOTE_OPENS = "'‘\"“„»«";
const QUOTE_CLOSES = "'’\"”“«»";
