import { defineRule } from "../rule";
import type { LintContext } from "../context";
import { dodgesQuestion, hasFigure, pushesAfterNo, isPriceTalk, isQuantified, namesCustomerCase, offerRulesSkip, offerRuns, priceFreeClauses, statesFirmFacts } from "../text/evidence";
import { findAll, has, wholeWordTest } from "../text/patterns";
import type { Span } from "../schema";
import type { Segment } from "../text/segment";

// "a full season without a loss", "ein ganzes Jahr lang keine Reklamation": tried only where "without", "ohne" or "kein" occurs
const wholePeriodWithout = wholeWordTest("(?:full|whole) (?:season|year|quarter|month|winter|summer) without|(?:ganze[snr]?|volle[snr]?) (?:saison|jahr|winter|sommer|quartal|monat) (?:lang )?(?:ohne|kein)");
const mayBeWithout = (text: string) => text.includes("without") || text.includes("ohne") || text.includes("kein");

/**
 * A unit counted just before it ("save 5 hours a week", "over two weekends"), not a unit
 * somewhere else in the part ("With 3,000 files waiting, our same-week inspections …").
 */
function countedUnit(ctx: LintContext, s: { start: number; end: number }): boolean {
  const { lex, text } = ctx;
  return findAll(lex.units, text, s.start, s.end).some((u) => {
    const from = Math.max(s.start, u.start - 16);
    const to = Math.min(s.end, u.end + 8);
    return /\d/.test(text.slice(from, to)) || has(lex.numberWords, text, from, to);
  });
}

// A count per period ("book 8–12 qualified meetings a month", "40 Anfragen pro Woche") and a share of
// a whole ("23 of our last 25 placements"): the figure counts something, however far from its unit.
// (From a number's first digit only: a match from within it is also one from its start, and a long
// run of digits was otherwise tried from every digit.)
const RATE = /(?<!\d)\d(?:[\d.,]*\d)?(?:\s*[–-]\s*\d+)?\s+(?:[\p{L}-]+\s+){0,3}(?:a|an|per|each|every|pro|je|im|jede[nr]?)\s+(?:day|week|month|quarter|year|shift|night|tag|woche|monat|quartal|jahr|schicht|nacht)\b/iu;
const SHARE = /\b\d+\s+(?:(?:of|von|aus)\s+(?:(?:our|the|their|my|his|her|its|unseren|den|ihren|unserer|meinen|meiner)\s+)?(?:(?:last|letzten)\s+)?\d+\b|davon\b|of them\b)/iu;

/** Whether a text (an earlier message) states a result: what changed, counted ("cut meal loading by 22%"). */
function statesOutcome(ctx: LintContext, text: string): boolean {
  const { lex } = ctx;
  return (has(lex.outcomes, text, 0, text.length) && isQuantified(lex, text, 0, text.length)) || has(lex.strongOutcomes, text, 0, text.length);
}

/**
 * A follow-up part that brings a detail (a figure, a count, a cost taken away) and no sales talk:
 * not a price ("30 % Rabatt nur diese Woche"), not the nag itself ("did you get my last two
 * messages?"), and not in a message that dodges a question or sells with praise and buzzwords.
 */
function addsDetail(ctx: LintContext): boolean {
  const { lex, text, body } = ctx;
  if (dodgesQuestion(ctx) || [lex.abstractValue, lex.vaguePraise, lex.hype].some((list) => has(list, text, body.start, body.end))) return false;
  return offerRuns(ctx).some(
    (s) =>
      (isQuantified(lex, text, s.start, s.end) || has(lex.reductions, text, s.start, s.end)) && !isPriceTalk(ctx, s.text) && !has(lex.pestering, text, s.start, s.end),
  );
}

// The outcome spelled out for the reader: "What you would get: a complete submission at the next attempt …",
// "For your team it would mean no more re-keying …", "For a team like yours that would mean …",
// "In practice it would mean your planners learn …", "Für Sie hieße das: Ihr Team erfährt …"
const SPELLED_OUT = /(?<![\p{L}])(?:what you(?:['’]d| would| will) get|in practice (?:it|that|this) (?:would )?means?|for (?:you|your [\p{L}-]+|a [\p{L}-]+ like yours),? (?:that|this|it) (?:would )?means?|für (?:sie|dich|euch|ihr(?:e|en)? [\p{L}-]+|dein(?:e|en)? [\p{L}-]+|eure? [\p{L}-]+),? (?:hieße|heißt|bedeutet|hiesse) das|konkret (?:hieße|heißt|bedeutet|hiesse) das(?: für (?:sie|dich|euch))?)[\s:,–—-]+/giu;
const QUESTION = /\?[\s"'»”)]*$/;
/** Words an outcome spelled out needs to say what changes, not just that something will. */
const SPELLED_OUT_WORDS = 6;

// Or the reader's people as the subject of what would change: "Your graduates would be on real project work
// long before their first review", "Ihre Schichtschlosser hätten das Teil dann in der Hand", "Dein Team merged dann
// wieder am selben Tag"
const READER_WOULD = /^[^\p{L}]*(?:(?:[Yy]our|Ihre?[nmrs]?|[Dd]eine?[nmrs]?|[Ee]uer|[Ee]ure[nmrs]?)\s+(?:[\p{L}-]+\s+){0,3}(?:would|could|würden|würde|hätten|hätte|wären|wäre|wüssten|wüsste|könnten|könnte|bekämen|bekäme|kämen|käme|bräuchten|bräuchte|müssten|müsste|gingen|ginge|liefen|liefe|sähen|sähe|\p{L}+ dann)|[Yy]ou(?: would|['’]d)|Sie (?:hätten|wären|würden|könnten)|[Dd]u (?:hättest|wärst|würdest|könntest))(?![\p{L}])/u;

// Or what the reader's people do differently with the offer, the verb right after it: "Mit uns fahren Ihre Monteure
// morgens direkt zur Baustelle statt erst ins Lager", "Mit unserer Lösung wissen Ihre Schichtleiter schon in der Nacht, …"
// (a feature told so, "Mit unserer App führen Ihre Poliere das Bautagebuch", says what it does, not what changes)
const WITH_US_READER = /^[^\p{L}]*(?:mit (?:uns|unsere[rmns]? (?:[\p{L}-]+,? ){0,2}?[\p{L}-]+)|with (?:us|our (?:[\p{L}-]+,? ){0,2}?[\p{L}-]+)),? \p{L}+ (?=(?:ihre?[nmrs]?|your|deine?[nmrs]?|eure?[nmrs]?)\s)/iu;
const CHANGE_MARKER = /(?<![\p{L}])(?:statt|anstatt|instead of|rather than|schon|bereits|already|direkt|straight|ohne|without|nicht mehr|no longer|bevor|before|sofort|right away)(?![\p{L}])/iu;

/** Whether a sentence says, in words of its own and without abstract benefit or praise, what would change. */
function concreteChange(ctx: LintContext, from: number, to: number): boolean {
  const { lex, text } = ctx;
  if (has(lex.abstractValue, text, from, to) || has(lex.vaguePraise, text, from, to)) return false;
  return (text.slice(from, to).match(/\p{L}{4,}/gu) ?? []).length >= SPELLED_OUT_WORDS;
}

/** A sentence that spells out, in words of its own and without abstract benefit, what changes for the reader. */
function spellsOutOutcome(ctx: LintContext): { start: number; end: number } | null {
  const { text, body } = ctx;
  for (const s of ctx.bodySentences) {
    const from = Math.max(s.start, body.start);
    if (from >= s.end || QUESTION.test(s.text)) continue;
    const own = text.slice(from, s.end);
    if (READER_WOULD.test(own)) {
      if (concreteChange(ctx, from, s.end)) return { start: from, end: s.end };
      continue;
    }
    const withUs = WITH_US_READER.exec(own);
    if (withUs && CHANGE_MARKER.test(own) && !has(ctx.lex.abstractValue, text, from, s.end) && concreteChange(ctx, from + withUs[0].length, s.end)) return { start: from, end: s.end };
  }
  SPELLED_OUT.lastIndex = body.start;
  for (let m = SPELLED_OUT.exec(text); m && m.index < body.end; m = SPELLED_OUT.exec(text)) {
    const from = m.index + m[0].length;
    const sentence = ctx.bodySentences.find((s) => s.start <= m!.index && m!.index < s.end);
    if (sentence && concreteChange(ctx, from, sentence.end)) return { start: m.index, end: sentence.end };
  }
  return null;
}

// A change counted for someone ("14 % mehr Klicks", "300 analyst hours back"): a result, where a figure of how the offer
// works ("erinnert nach fünf Tagen erneut", "lifts the heat to 80 °C") is none
const CHANGED = /%|(?<![\p{L}])(?:more|mehr|fewer|weniger|less|back|zurück)(?![\p{L}])/iu;

/**
 * Where the message says its benefit in the abstract: whether a part still says what changes, by words of
 * its own ("bring more value" holds a "more" that counts nothing).
 */
function changesBesideAbstract(ctx: LintContext, s: Segment): boolean {
  const { lex, text } = ctx;
  const abstract = findAll(lex.abstractValue, text, s.start, s.end);
  const outside = (m: Span) => !abstract.some((a) => a.start <= m.start && m.end <= a.end);
  const outcomes = findAll(lex.outcomes, text, s.start, s.end).filter(outside);
  if (outcomes.length === 0 || outcomes.every((m) => SPEC_WORD.test(m.text))) return false;
  if (has(lex.reductions, text, s.start, s.end)) return true;
  let plain = s.text;
  for (const a of abstract) plain = plain.slice(0, a.start - s.start) + " ".repeat(a.end - a.start) + plain.slice(a.end - s.start);
  return CHANGED.test(plain);
}

// What the reader's people can do with the offer: "so your dispatchers can get back to planning routes instead of
// answering the phone", "Your team stops redoing payslips", "nobody has to ring round the clubs" (an outcome in
// words; not where the message says its benefit in the abstract: "so your team can focus on what matters")
const READERS_FREED = /(?:^|[^\p{L}])so(?: that)? your (?:[\p{L}-]+ ){1,2}(?:can|could|will|won['’]t|don['’]t|never)(?![\p{L}])|(?:^|[^\p{L}])your (?:[\p{L}-]+ ){0,2}(?:team|staff|people|vets|planners|dispatchers|drivers|engineers|nurses|agents|reps|technicians|crews|clinicians|doctors|teachers|accountants|recruiters|reception team|depot team) (?:stops?|no longer|never|go home|goes home|swaps?|gets? back)(?![\p{L}])|(?:^|[^\p{L}])(?:nobody|no one|no-one) (?:has|needs) to(?![\p{L}])/iu;
const THRIVE = /(?:^|[^\p{L}])thrive/iu;
// What follows from the mechanism, after "so" or "sodass": "so more of that revenue stays with you", "so customers stop
// ringing your team", "sodass Ihr Innendienst nichts mehr abtippen muss", "so kommt der Lohn pünktlich"
const SO_BETTER = /(?:,\s*so(?: that)?|(?:^|[^\p{L}])so that|(?:^|[.!?]\s+)so)\s(?:[\p{L}'’-]+\s){0,8}?(?:fewer|less|more|no longer|never|faster|sooner|earlier|on time|stops?|nobody|no one)(?![\p{L}])|(?:,\s*(?:so ?dass|damit)|(?:^|[.!?–]\s+)so)\s(?:[\p{L}-]+\s){0,8}?(?:nichts mehr|nicht mehr|niemand mehr|weniger|schneller|seltener|pünktlich|früher)(?![\p{L}])/iu;

/** Outcome words that also size a product or a pain ("up to 12,000 packs", "in under 4 m²", "ohne Führungserfahrung"). */
const SPEC_WORD = /^(?:ohne|without|under|up to|within|below|more|less|unter|bis zu|innerhalb|binnen)$/i;

export const valueRule = defineRule({
  meta: {
    id: "value",
    title: { en: "States a concrete benefit", de: "Nennt einen konkreten Nutzen" },
    why: {
      en: "“Add value” promises nothing; “cut no-shows from 14% to 5%” is a reason to reply.",
      de: "„Mehrwert“ verspricht nichts; „No-Shows von 14 % auf 5 % gesenkt“ ist ein Grund zu antworten.",
    },
    semantic: true,
    messages: {
      ok: { en: "States a concrete outcome.", de: "Nennt ein konkretes Ergebnis." },
      thread: { en: "Builds on the result told earlier in this conversation.", de: "Knüpft an das Ergebnis an, das früher im Verlauf genannt wurde." },
      "no-pitch": { en: "Not judged: the connection note does not sell.", de: "Nicht geprüft: Die Vernetzungsanfrage verkauft nichts." },
      answering: { en: "Not judged: the message answers the prospect's question.", de: "Nicht geprüft: Die Nachricht beantwortet eine Frage der Person." },
      closing: { en: "Not judged: a polite close after the prospect said no.", de: "Nicht geprüft: ein höflicher Abschluss nach einer Absage." },
      abstract: {
        en: "Only abstract benefit ({found}): what changes for the recipient?",
        de: "Nur abstrakter Nutzen ({found}): Was ändert sich konkret für die Person?",
      },
      "no-outcome": {
        en: "No outcome for the recipient: what will be better, by how much?",
        de: "Kein Ergebnis für die Person: Was wird besser, und um wie viel?",
      },
    },
    suggestions: {
      abstract: { en: "Replace it with a result: what improved, by how much, for whom.", de: "Ersetzen Sie es durch ein Ergebnis: was, um wie viel, bei wem." },
      "no-outcome": { en: "Add one measurable result from a similar customer.", de: "Ergänzen Sie ein messbares Ergebnis bei einem ähnlichen Kunden." },
    },
  },
  check(ctx) {
    const skip = offerRulesSkip(ctx);
    if (skip) return { status: "skip", messageId: skip };
    const { lex, text, body } = ctx;
    const within = (list: typeof lex.outcomes, s: { start: number; end: number }) => has(list, text, s.start, s.end);
    // a figure of how the offer works ("pings the engineer 48 hours before a limit") is no result where the
    // message says what it brings only in the abstract ("add real value … next level")
    let saysAbstract: boolean | undefined;
    const abstractBenefit = () => (saysAbstract ??= has(lex.abstractValue, text, body.start, body.end));
    const runs = offerRuns(ctx);
    // (split only where a price is talked of: most messages talk of none)
    const parts = runs.some((run) => isPriceTalk(ctx, run.text)) ? runs.flatMap((run) => priceFreeClauses(ctx, run)) : runs;
    for (const s of parts) {
      // a filler opener ("ich hoffe, diese Nachricht erreicht Sie …") states nothing, whatever words it holds
      if (statesFirmFacts(ctx, s) || within(lex.fillers, s)) continue;
      const figure = hasFigure(s.text);
      const quantified = figure || within(lex.numberWords, s);
      // "Meister, die ohne Führungserfahrung … tragen. Damit schaffen wir nachhaltigen Mehrwert", "stores up to
      // 12,000 packs in under 4 m². It unlocks real value": where the benefit is said only in the abstract,
      // a bare "ohne", "under" or "up to" describes the pain or the product, not a result
      const outcome = within(lex.outcomes, s) && (!abstractBenefit() || changesBesideAbstract(ctx, s));
      // "wir sind ein innovativer Dienstleister mit über 25 Jahren Erfahrung": a figure that props up praise is no outcome
      const praises = within(lex.vaguePraise, s);
      const senderFigure = figure && !praises && !abstractBenefit() && within(lex.senderVoice, s) && (countedUnit(ctx, s) || RATE.test(s.text) || SHARE.test(s.text)) && hasFigure(s.text, false);
      if ((outcome && quantified) || senderFigure || ((READERS_FREED.test(s.text) || SO_BETTER.test(s.text)) && !abstractBenefit() && !THRIVE.test(s.text)) || within(lex.strongOutcomes, s) || (mayBeWithout(s.text) && wholePeriodWithout(s.text)) || namesCustomerCase(ctx, s)) {
        return { status: "pass", messageId: "ok", spans: [{ start: s.start, end: s.end }] };
      }
    }
    const spelled = spellsOutOutcome(ctx);
    if (spelled) return { status: "pass", messageId: "ok", spans: [spelled] };
    // a follow-up that adds a detail or a figure builds on the result its first message told
    // ("One detail I left out: the retailer kept its approval workflow"); a bare nag adds nothing
    if (ctx.thread.hasHistory && !pushesAfterNo(ctx) && addsDetail(ctx) && ctx.input.history?.some((h) => h.direction === "out" && statesOutcome(ctx, h.text))) {
      return { status: "pass", messageId: "thread" };
    }
    const abstract = findAll(lex.abstractValue, text, body.start, body.end);
    if (abstract.length > 0) {
      return {
        status: "fail",
        messageId: "abstract",
        data: { found: [...new Set(abstract.map((a) => `“${a.text}”`))].slice(0, 3).join(", ") },
        spans: abstract.map((a) => ({ start: a.start, end: a.end })),
      };
    }
    return { status: "fail", messageId: "no-outcome" };
  },
});
