import type { LintContext } from "../context";
import { languageData } from "../data";
import { defineRule } from "../rule";
import type { Span } from "../schema";
import { canProve, figureBesideFirmFacts, hasCountedUnit, hasFigure, namesCustomerCase, offerRulesSkip, offerSentences, onlyTheirFigures, senderSpeaks, statesFirmFacts, TO_THE_READER } from "../text/evidence";
import { findAll, has } from "../text/patterns";
import { longWordStems } from "../text/normalize";
import type { Segment } from "../text/segment";
import { hasServiceList } from "../text/service-list";

// The firm introducing itself ("Lindmayr Partners is a consultancy with offices in London, Vienna …",
// "Wir sind eine Full-Service-Agentur aus Bielefeld", "Wir sind Growthhouse, eine Agency aus Berlin"): where it sits says nothing of how the offer works
const SELF_INTRO = /(?:^|[^\p{L}])(?:[Ww]e are|[Ww]e're|[Ii] am|[Ii]'m|[Ww]ir sind|[Ii]ch bin)\s+(?:\p{Lu}[\p{L}&.'-]*\s*){0,3},?\s*(?:a|an|ein|eine|einer)\s|^[\s,]*(?:\p{Lu}[\p{L}&.'-]*\s+){1,3}(?:is|ist)\s+(?:a|an|ein|eine)\s/u;
// "Wir sind ein Caterer aus Regensburg, der mit Vorbestellung per App arbeitet": the clause after the introduction says how it works
const HOW_IT_WORKS = /, (?:der|die|das|that|which|who) /u;
const introducesOnly = (part: string) => SELF_INTRO.test(part) && !HOW_IT_WORKS.test(part);
// Experience told instead of the offer: "I've worked with lots of different companies over the years"
const WORKED_WITH_MANY = /(?:^|[^\p{L}])(?:i['’]ve|i have|we['’]ve|we have) worked with (?:lots of|many|a lot of|dozens of|hundreds of|countless)\s|(?:ich habe|wir haben) (?:schon |bereits )?mit (?:vielen|zahlreichen|unzähligen)\s/iu;

/** Content words one offer part needs to say how the offer works or what it did, without a figure. */
const MECHANISM_WORDS = 4;

function isContentWord(lower: string): boolean {
  return lower.length >= 6 && !isPlainWord(lower);
}

function isPlainWord(lower: string): boolean {
  const { en, de } = languageData;
  return en.stopwords.has(lower) || de.stopwords.has(lower) || en.plainWords.has(lower) || de.plainWords.has(lower);
}

/**
 * An offer part that says what the offer does or did in words of its own ("our flow sensors clip
 * onto the incoming water pipe and shut the valve"; "wir prüfen Bauantragsunterlagen vor der
 * Einreichung gegen die Landesbauordnung"): a mechanism or a proof, though without a number.
 * Measured by its content words: stopwords and the everyday words of sales talk ("help",
 * "platform", "Rückmeldung") do not count; questions, nags and parts with praise or abstract
 * benefit say nothing of the kind.
 */
function describedOffer(ctx: LintContext): Span | null {
  const { lex, text, body, words } = ctx;
  let k = 0; // the parts are in order: one pass over the words for all of them
  for (const s of offerSentences(ctx)) {
    while (k < words.length && words[k].end <= s.start) k++;
    const from = Math.max(s.start, body.start);
    const own = text.slice(from, s.end);
    if (!canProve(ctx, s) || introducesOnly(own) || (has(lex.selfTalkWords, text, 0, text.length) && WORKED_WITH_MANY.test(own)) || statesFirmFacts(ctx, { start: from, end: s.end }) || hasServiceList(s.text) || has(lex.abstractValue, text, s.start, s.end) || has(lex.fillers, text, s.start, s.end)) continue;
    const stems = new Set<string>();
    for (let i = k; i < words.length && words[i].start < s.end; i++) {
      const w = words[i];
      // a short word is never a content word: its length is known without slicing it
      if (w.start >= body.start && w.end - w.start >= 6 && w.hasLetter && isContentWord(w.lower)) stems.add(w.stem);
    }
    if (stems.size >= MECHANISM_WORDS) return { start: s.start, end: s.end };
  }
  return null;
}

// What the offer covers or costs ("The service plan covers all 14 machines", "Die Schulung kostet 390 Euro"): terms of the offer, not their situation
const OFFER_TERMS = /(?<![\p{L}])(?:covers?|includes?|offers?|provides?|umfasst|umfassen|bietet|bieten|deckt|enthält|(?:kostet|kosten|costs?) (?:nur |only |just |ab |from )?(?:€|£|\$|chf )?\s?\d)(?![\p{L}])/iu;

/**
 * A figure of the reader's own situation, told in the opening sentence before the sender speaks of themselves ("14 offene Stellen in der
 * Fertigung – das spüren Sie sicher jeden Tag", "eine Retourenquote von 38 % ist hart"): it sets up the
 * problem and proves nothing of the offer. A customer's case told first ("a Leeds depot cut …") is proof.
 */
function theirSituation(ctx: LintContext, s: Segment): boolean {
  const [first] = ctx.bodySentences;
  if (!first) return false;
  if (s.start >= first.start && s.end <= first.end) return (ctx.shared.openingIsTheirs ??= openingIsTheirs(ctx, first));
  // after the reference to their post, before the sender first speaks: "Your post about the 14 hours of downtime …
  // With nine warehouses, every hour offline means trucks waiting at the gates."
  return s.end <= senderSpeaksFrom(ctx) && !OFFER_TERMS.test(s.text) && openingIsTheirs(ctx, s);
}

/** Where the first offer part in the sender's voice starts (the body's end if none does); worked out once per lint. */
function senderSpeaksFrom(ctx: LintContext): number {
  if (ctx.shared.senderSpeaksFrom === undefined) ctx.shared.senderSpeaksFrom = offerSentences(ctx).find((part) => senderSpeaks(part.text))?.start ?? ctx.body.end;
  return ctx.shared.senderSpeaksFrom;
}

function openingIsTheirs(ctx: LintContext, first: Segment): boolean {
  const { lex, text } = ctx;
  if (senderSpeaks(first.text)) return false;
  // (what changed somewhere, "audit queries fell from 40 to 11", is news, not their situation)
  if (has(lex.outcomes, text, first.start, first.end) || has(lex.strongOutcomes, text, first.start, first.end)) return false;
  return (TO_THE_READER.test(first.text) || has(lex.pain, text, first.start, first.end)) && !namesCustomerCase(ctx, first);
}

/** A part that praises or hypes the offer: its figure props up the praise and proves nothing. */
function praises(ctx: LintContext, s: Span): boolean {
  const { lex, text } = ctx;
  return has(lex.vaguePraise, text, s.start, s.end) || has(lex.hype, text, s.start, s.end);
}

export const uspRule = defineRule({
  meta: {
    id: "usp",
    title: { en: "Says what is distinctive", de: "Sagt, was das Angebot unterscheidet" },
    why: {
      en: "“Innovative” and “leading” say nothing; a mechanism, a number or a proof does.",
      de: "„Innovativ“ und „führend“ sagen nichts; ein Mechanismus, eine Zahl oder ein Beleg schon.",
    },
    semantic: true,
    messages: {
      ok: { en: "Backs the offer with something concrete.", de: "Belegt das Angebot konkret." },
      "no-pitch": { en: "Not judged: the connection note does not sell.", de: "Nicht geprüft: Die Vernetzungsanfrage verkauft nichts." },
      answering: { en: "Not judged: the message answers the prospect's question.", de: "Nicht geprüft: Die Nachricht beantwortet eine Frage der Person." },
      closing: { en: "Not judged: a polite close after the prospect said no.", de: "Nicht geprüft: ein höflicher Abschluss nach einer Absage." },
      vague: {
        en: "Only vague praise ({found}) and no concrete differentiator.",
        de: "Nur allgemeines Lob ({found}) und kein konkretes Unterscheidungsmerkmal.",
      },
      "no-differentiator": {
        en: "Nothing says why this offer, rather than any other: no mechanism, number or proof.",
        de: "Nichts sagt, warum gerade dieses Angebot: kein Mechanismus, keine Zahl, kein Beleg.",
      },
    },
    suggestions: {
      vague: {
        en: "Replace the adjectives with how it works or a result you achieved.",
        de: "Ersetzen Sie die Adjektive durch die Funktionsweise oder ein erzieltes Ergebnis.",
      },
      "no-differentiator": {
        en: "Add one proof: a result with a number, or the mechanism.",
        de: "Ergänzen Sie einen Beleg: ein Ergebnis mit Zahl oder den Mechanismus.",
      },
    },
  },
  check(ctx) {
    const skip = offerRulesSkip(ctx);
    if (skip) return { status: "skip", messageId: skip };
    const { text, lex, body } = ctx;
    for (const s of offerSentences(ctx)) {
      // a figure next to praise props up the praise ("Marktführer mit über 25 Jahren Erfahrung", "100 % sicher – eine einmalige Chance")
      const counts = (hasFigure(s.text) && !onlyTheirFigures(ctx, s)) || has(lex.multipliers, text, s.start, s.end) || hasCountedUnit(ctx, s);
      if (canProve(ctx, s) && counts && !praises(ctx, s) && (!statesFirmFacts(ctx, s) || figureBesideFirmFacts(ctx, s)) && !theirSituation(ctx, s)) return { status: "pass", messageId: "ok", spans: [{ start: s.start, end: s.end }] };
    }
    const usp = ctx.input.sender?.usp;
    if (usp) {
      const wanted = longWordStems(usp);
      // (the usp's everyday words, "direkt", "Software", say nothing of it)
      const hits = ctx.words.filter((w) => w.start >= body.start && w.end <= body.end && wanted.mayMatch(ctx.text, w.start, w.end) && wanted.has(w.stem) && !isPlainWord(w.lower));
      if (new Set(hits.map((h) => h.stem)).size >= 2) return { status: "pass", messageId: "ok", spans: hits.map((h) => ({ start: h.start, end: h.end })) };
    }
    const vague: Span[] = findAll(lex.vaguePraise, text, body.start, body.end);
    if (vague.length > 0) {
      return {
        status: "warn",
        messageId: "vague",
        data: { found: [...new Set(vague.map((v) => `“${text.slice(v.start, v.end)}”`))].slice(0, 3).join(", ") },
        spans: vague.map((v) => ({ start: v.start, end: v.end })),
      };
    }
    const described = describedOffer(ctx);
    if (described) return { status: "pass", messageId: "ok", spans: [described] };
    return { status: "warn", messageId: "no-differentiator" };
  },
});
