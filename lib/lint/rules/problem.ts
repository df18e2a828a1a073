import type { LintContext } from "../context";
import { defineRule } from "../rule";
import type { Span } from "../schema";
import { addsConcreteNews, dodgesQuestion, hasFigure, isPriceTalk, isQuantified, offerRulesSkip, offerRuns, pushesAfterNo, referenceParts, senderSpeaks } from "../text/evidence";
import { clauseAround, findAll, has, isNegated, wholeWordTest, type Match } from "../text/patterns";
import { longWordStems, type StemSet } from "../text/normalize";
import { sentenceHolding } from "../text/segment";
import { inServiceList } from "../text/service-list";

// a cut that says by how much without a number
const HALVED = /^(?:halv|halbi|eliminat|auf (?:fast |nahezu |praktisch )?null)/i;

// What the prospect wrote or said in public: a figure they chose to post about ("your post about the
// 300 open support tickets", "Ihr Post zu 18 % Retouren") is a problem of theirs, quoted back.
const THEIR_WORDS = wholeWordTest("post|posts|posted|article|comment|talk|keynote|interview|podcast|wrote|beitrag|artikel|kommentar|vortrag|schreiben|schrieben|geschrieben|beschreiben|meinten|erzählten|erwähnten");
// news to celebrate is no problem: "congrats on 12,000 followers"
const CELEBRATES = wholeWordTest("congrat\\w*|glückwunsch\\w*|gratulier\\w*|anniversary|jubiläum|award|auszeichnung|milestone|meilenstein");

const FIGURE_LEAD_REACH = 400;
const COLON_AFTER = /^\s?:/;

/** A part about the prospect's post or talk that quotes a figure of theirs. */
function quotesTheirFigure(ctx: LintContext): Span | null {
  for (const p of referenceParts(ctx)) {
    if (quotesFigure(ctx, ctx.text, p.start, p.end)) return { start: p.start, end: p.end };
    // "saw your post: occupancy at 55% but the HVAC runs the full schedule": after the colon, what the post said
    if (COLON_AFTER.test(ctx.text.slice(p.end, p.end + 3))) {
      const sentence = sentenceHolding(ctx.bodySentences, p);
      const end = Math.min(sentence?.end ?? p.end, p.end + FIGURE_LEAD_REACH);
      if (end > p.end && !senderSpeaks(ctx.text.slice(p.end, end)) && quotesFigure(ctx, ctx.text, p.start, end)) return { start: p.start, end };
    }
    // the figure may open the sentence before the part that says whose it is: "41 days to fill a
    // slot – and your post said most of that is paperwork" (not when the sender speaks in it; within
    // a sentence's reach: reading a whole run-on text again for each part grew with its square)
    const sentence = sentenceHolding(ctx.bodySentences, p);
    if (!sentence || sentence.start === p.start || p.start - sentence.start > FIGURE_LEAD_REACH || senderSpeaks(ctx.text.slice(sentence.start, p.start))) continue;
    if (quotesFigure(ctx, ctx.text, sentence.start, p.end)) return { start: sentence.start, end: p.end };
  }
  return null;
}

/** text[start, end) speaks of what they wrote and quotes a figure or count of theirs, not news to celebrate. */
function quotesFigure(ctx: LintContext, text: string, start: number, end: number): boolean {
  const span = text.slice(start, end);
  return THEIR_WORDS(span) && hasFigureOrCount(ctx, text, start, end) && !CELEBRATES(span);
}

const ONE = /^(?:one|ein|eine|einen|einem|einer)$/i;

// A cost word that costs nothing ("KOSTENLOSE Analyse") or is a benefit ("Kostenvorteile"); a risk taken away is "de-risks" (checked before the match)
// (a "Kostenstelle" is where a cost is booked)
const NO_PAIN = /^kosten(?:los|frei|vorteil|ersparnis|senkung|neutral|stelle)/i;

// "Ihre 2.100 Einheiten", "your 60 stores": a figure they own is their size, not a problem
const THEIR_ASSETS = /(?<![\p{L}])(?:your|their|ihre[nmrs]?|deine[nmrs]?|eure[nmrs]?)\s+(?:\p{L}+\s+)?[£$€]?\d[\d.,]*/giu;
// a model, class or place named by its number ("the Class 156 interior refresh", "Halle 3"): a name, not a count
const DESIGNATION = /(?<![\p{L}])(?:class|model|type|series|typ|baureihe|halle|hall|gate|terminal|line|linie|stage|phase|version|tier|euro|gleis|bay|block|unit|zone|generation|gen)\s+(?=(\d+))\1(?![\d.,]*\s?(?:%|percent|prozent|[€$£]))/giu;
// ("across Northgate's 12 sites": the company's own, named)
const COMPANY_ASSETS = /(?<![\p{L}])\p{Lu}[\p{L}-]+['’]s\s+(?:\p{L}+\s+)?[£$€]?\d[\d.,]*/gu;

/** A figure, or a number word other than "one" (which counts nothing in "one of your posts"); not the size of what they own. */
function hasFigureOrCount(ctx: LintContext, text: string, start: number, end: number): boolean {
  if (hasFigure(text.slice(start, end).replace(THEIR_ASSETS, "").replace(COMPANY_ASSETS, "").replace(DESIGNATION, ""))) return true;
  return findAll(ctx.lex.numberWords, text, start, end).some((n) => !ONE.test(n.text) && !OWNER_BEFORE.test(text.slice(Math.max(start, n.start - 12), n.start)));
}

const OWNER_BEFORE = /(?:your|their|ihre[nmrs]?|deine[nmrs]?|eure[nmrs]?)\s+$/i;

// "plant damit ihre 45 Mitarbeitenden in 20 Minuten pro Monat": the time a result takes, not time lost
// ("installs in about ten minutes per bin": a count in words too)
const TIME_A_RESULT_TAKES = /(?:^|\s)(?:in|within|innerhalb von|binnen|innert) (?:nur |only |just |about |around |roughly |under |less than |etwa |rund |ca\. )?(?:\d[\d.,]*|one|two|three|four|five|six|ten|fifteen|twenty|thirty|zwei|drei|vier|fünf|sechs|zehn|fünfzehn|zwanzig|dreißig)\s$/i;

function timeAResultTakes(text: string, at: number): boolean {
  // most pains follow no figure or number word: one char code decides before any regex runs
  const before = text.charCodeAt(at - 2);
  return ((before >= 48 && before <= 57) || (before >= 97 && before <= 122) || before === 223) && TIME_A_RESULT_TAKES.test(text.slice(Math.max(0, at - 32), at));
}

// "onboarding takes ten working days per tenant", "die Einrichtung dauert zwei Tage pro Standort": how long
// the offer takes to set up, a spec of the offer, not time the reader loses
// ("Die Registrierung ist kostenlos und dauert fünf Minuten")
const SETUP = String.raw`(?:onboarding|set-?up|implementation|roll-?out|installation|install|go-live|integration|registration|sign-?up|einrichtung|implementierung|inbetriebnahme|einführung|umstellung|registrierung|anmeldung)\s+(?:(?:is|ist)\s+\p{L}+\s+(?:and|und)\s+)?(?:(?:only|just|nur)\s+)?`;
const TAKES = String.raw`(?:takes|took|needs|requires|dauert|braucht|benötigt)`;
const SETUP_TAKES = new RegExp(String.raw`${SETUP}${TAKES}\s+[^.!?;:]{0,30}$`, "iu");
const SETUP_BEFORE = new RegExp(`${SETUP}$`, "iu");
const STARTS_TAKES = new RegExp(`^${TAKES}`, "i");

function setupTime(text: string, m: Match): boolean {
  const before = text.slice(Math.max(0, m.start - 70), m.start);
  // "dauert zwei Tage" is a pain of its own: then the setup word stands just before it
  if (STARTS_TAKES.test(m.text)) return SETUP_BEFORE.test(before);
  return SETUP_TAKES.test(before);
}

// "dass Sie seit Januar das Marketing verantworten": since when they hold a role, not how long a problem lasts
const SINCE_MONTH = /^seit (?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)$/i;
const ROLE_AFTER = /^[^.!?;]{0,60}?(?:verantwort|leite|leiten|leitest|führen|führst|im amt|an bord|geschäftsführ)/i;
const roleSince = (text: string, m: Match) => SINCE_MONTH.test(m.text) && ROLE_AFTER.test(text.slice(m.end, m.end + 80));

// "damit neue Sorten nicht an Mindestmengen scheitern", "so that no order is lost": what the offer prevents is the pain it names
const PREVENTS = /(?:^|[^\p{L}])(?:damit|sodass|so dass|so that)\s/iu;
function prevented(text: string, m: Match): boolean {
  const clause = clauseAround(text, m.start);
  return PREVENTS.test(text.slice(Math.max(clause.start, m.start - 60), m.start));
}

// "vielfältige Herausforderungen", "a number of challenges", "die Herausforderungen der Digitalisierung": challenges
// in the plural name no one problem ("X zu finden ist eine echte Herausforderung" names one)
const VAGUE_PAIN = /^(?:challenges|herausforderungen)$/i;
// "für jede Herausforderung bestens aufgestellt", "ready for any challenge": every problem is none in particular
const ABSTRACT_PAIN = /^(?:herausforderung|challenge|problem)/i;
const ANY_BEFORE = /(?:^|[^\p{L}])(?:jede|jeder|jedes|jeden|every|any|all|alle|allen)\s+$/iu;

// "you're missing out on …" is the sender's pressure, not the reader's loss
function missingOut(text: string, m: Span): boolean {
  return /^miss/i.test(text.slice(m.start, m.end)) && /^ out\b/i.test(text.slice(m.end, m.end + 5));
}

// "a weekly cost digest", "cost reports", "cost estimating software": what a product shows, not what the reader pays
// ("the right cost centre": where a cost is booked)
const REPORT_AFTER = /^[ -](?:cent(?:re|er)s?|codes?|accounting|digest|digests|report|reports|reporting|overview|dashboard|dashboards|data|breakdown|breakdowns|allocation|tracking|visibility|analysis|insights?|estimating|estimation|estimates|calculator|calculation|modelling|modeling|planning)(?![\p{L}])/u;

// In the sender's voice a rise is a result ("our AMRs triple pick rates", "wir verdoppeln Ihre Reichweite")
// and capacity is theirs to offer ("we only have capacity for two more"): not the reader's pain
const RISE = /^(?:doubl|tripl|quadrupl|verdoppel|verdopple|verdreifach)/i;
const CAPACITY = /^(?:capacit|kapazit)/i;
const SENDER_BEFORE = /(?:^|[^\p{L}])(?:our|we|we['’]ve|we['’]ll|unser\p{L}*|wir)\s+(?:[\p{L}\p{N}-]+\s+){0,3}$/iu;

function sendersOwn(text: string, m: Match): boolean {
  return (RISE.test(m.text) || CAPACITY.test(m.text)) && SENDER_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start));
}

// A firm that doubles its people, orders or sales grows ("Harrow Legal doubling headcount", "Glückwunsch
// zu den verdoppelten Bestellungen"): growth, not a pain, unless what doubles is a cost
const GROWTH_NEAR = /(?:^|[^\p{L}])(?:headcount|team|teams|staff|people|employees|hires|workforce|customers|clients|orders|sales|revenue|users|members|stores|locations|sites|mitarbeit\p{L}*|belegschaft|kunden|bestellungen|aufträge|umsatz|onlineumsatz|nutzer\p{L}*|filialen|standorte)(?![\p{L}])/iu;
const CONGRATS_BEFORE = /(?:congrat\p{L}*|glückwunsch|gratul\p{L}*)[^.!?]*$/iu;

function growth(text: string, m: Match): boolean {
  if (!RISE.test(m.text)) return false;
  return GROWTH_NEAR.test(text.slice(Math.max(0, m.start - 30), m.end + 30)) || CONGRATS_BEFORE.test(text.slice(Math.max(0, m.start - 80), m.start));
}

// What rises is good ("stock accuracy rose from 70% to 98%", "machine use rose 30%", "die Auslastung stieg"): a
// result, not a pain, where "costs rose" or "claims are rising" is one
const RISING = /^(?:ris|rose|grew|gestiegen|steig)/i;
const GOOD_MEASURE_BEFORE = /(?:^|[^\p{L}])(?:accuracy|satisfaction|use|usage|utili[sz]ation|uptake|revenue|sales|conversion|conversions|bookings|occupancy|uptime|productivity|output|throughput|yield|engagement|retention|attendance|response rates?|scores?|ratings?|nps|footfall|reach|genauigkeit|zufriedenheit|nutzung|auslastung|umsatz|umsätze|buchungen|produktivität|ausbeute|verfügbarkeit|reichweite|termintreue)\s+(?:[\p{L}\p{N}%-]+\s+){0,2}$/iu;

function goodRise(text: string, m: Match): boolean {
  return RISING.test(m.text) && GOOD_MEASURE_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start));
}

// "zum bestandenen IFS-Audit", "congrats on passing the BRC audit": an audit behind them is no pain
const PASSED_BEFORE = /(?:bestanden\p{L}*|erfolgreich\p{L}*|passed|passing|successful|clean)\s+(?:[\p{L}\p{N}]+[\s-])?$/iu;

function passedAudit(text: string, m: Match): boolean {
  return /^audit/i.test(m.text) && PASSED_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start));
}

// "wir sind seit Jahren tätig", "since years a partner of": the sender's tenure, not a pain that lasts
// ("die seit Jahren mit Laboren aller Größen zusammenarbeiten": the sender's team working with customers)
const TENURE_AFTER = /^\s+(?:(?:[\p{L}]+\s+){0,2}(?:tätig|aktiv|am markt|erfolgreich|partner|im geschäft|unterwegs|spezialisiert|zertifiziert)|mit (?:[\p{L}]+\s+){1,4}(?:zusammenarbeiten|zusammenarbeitet|arbeiten|arbeitet))(?![\p{L}])/iu;

function sendersTenure(text: string, m: Match): boolean {
  return /^(?:seit|schon)\s/i.test(m.text) && TENURE_AFTER.test(text.slice(m.end, m.end + 60));
}

// "mit Volltextsuche, Fristenkalender und Freigabe-Workflows", "unsere Kostenübersicht": a German compound
// whose head is a tool names what the product shows, not what the reader suffers (as "cost reports" does)
const TOOL_HEAD = /\p{L}{3}(?:kalender|verwaltung|management|übersicht|übersichten|bericht|berichte|reporting|dashboard|dashboards|rechner|überwachung|monitoring|tracking|modul|module|software|funktion|funktionen|assistent|prognose|analyse|analysen)$/iu;

function costReport(text: string, m: Span): boolean {
  return m.end - m.start === 4 && text.slice(m.start, m.end).toLowerCase() === "cost" && REPORT_AFTER.test(text.slice(m.end, m.end + 14));
}

// "Dauert ca 45 min.", "takes about 20 minutes": how long a demo or a step lasts, minutes only: a spec, not time lost
const MINUTES_AFTER = /^\s+(?:ca\.?\s*|etwa |rund |nur |knapp |maximal |max\.?\s*|circa |höchstens |about |around |roughly |just |only |under |less than )?\d+\s?(?:min|mins|minuten|minutes)(?![\p{L}])/iu;

function lastsMinutes(text: string, m: Span): boolean {
  const length = m.end - m.start;
  if (length !== 6 && length !== 5) return false; // "dauert", "takes": most pains are other words, told apart without slicing
  const word = text.slice(m.start, m.end).toLowerCase();
  return (word === "dauert" || word === "takes") && MINUTES_AFTER.test(text.slice(m.end, m.end + 30));
}

// "beschäftigt heute 35 Beraterinnen" employs people; "das Thema beschäftigt uns" is the worry
const EMPLOYS_AFTER = /^\s+(?:heute\s+|rund\s+|über\s+|mehr als\s+)?\d/;

function employs(text: string, m: Span): boolean {
  return m.end - m.start === 11 && text.slice(m.start, m.end).toLowerCase() === "beschäftigt" && EMPLOYS_AFTER.test(text.slice(m.end, m.end + 20));
}

const QUESTION_TAIL = /^[\s\p{Extended_Pictographic}\u200d\ufe0f!?)"'»]$/u;

/**
 * Whether text ends with a question mark and only white space, emoji and closing marks after it
 * (/\?[\s\p{Extended_Pictographic}\u200d\ufe0f!?)"'»]*$/u), read from the end: the regex scanned
 * to the end from every "?" of a long run of them.
 */
function endsWithQuestion(text: string): boolean {
  for (let end = text.length; end > 0; ) {
    let start = end - 1;
    const c = text.charCodeAt(start);
    if (c >= 0xdc00 && c <= 0xdfff && start > 0) {
      const high = text.charCodeAt(start - 1);
      if (high >= 0xd800 && high <= 0xdbff) start--;
    }
    const ch = text.slice(start, end);
    if (ch === "?") return true;
    if (!QUESTION_TAIL.test(ch)) return false;
    end = start;
  }
  return false;
}

/**
 * A question that opens the message about the reader's situation ("52 days on market?!",
 * "Reply-Rate unter 2 %?", "Break-ins at your retail parks?"), with the pitch after it: the writer
 * names what they take to trouble the reader. A nag ("did you see my last message?") or a
 * question about the writer's own offer is none.
 */
function openingQuestion(ctx: LintContext): Span | null {
  const [first] = ctx.bodySentences;
  if (!first || ctx.bodySentences.length < 3 || !first.text.includes("?") || !endsWithQuestion(first.text)) return null;
  if (senderSpeaks(first.text) || has(ctx.lex.pestering, ctx.text, first.start, first.end)) return null;
  const content = first.text.match(/\p{L}{4,}/gu)?.length ?? 0;
  return content >= 2 || (content >= 1 && hasFigure(first.text)) ? { start: first.start, end: first.end } : null;
}

/** A pain word that names a pain where it stands: not denied, not a time a result takes, not a benefit ("Kostenvorteile"), not "de-risks". */
function isPain(text: string, m: Match): boolean {
  return !(isNegated(text, m, { after: false }) && !prevented(text, m)) && !(ABSTRACT_PAIN.test(m.text) && ANY_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start))) && !timeAResultTakes(text, m.start) && !lastsMinutes(text, m) && !NO_PAIN.test(m.text) && !VAGUE_PAIN.test(m.text) && !employs(text, m) && !missingOut(text, m) && !costReport(text, m) && !sendersOwn(text, m) && !growth(text, m) && !goodRise(text, m) && !(m.end - m.start >= 10 && TOOL_HEAD.test(m.text)) && !sendersTenure(text, m) && !setupTime(text, m) && !roleSince(text, m) && !text.slice(Math.max(0, m.start - 3), m.start).toLowerCase().endsWith("de-");
}

/**
 * A part about their post that retells a research note in which they name a pain ("Ihr Post über
 * angetaute Glace bei Sommerlieferungen" with the note "Post: Kundenreklamationen wegen angetauter
 * Glace"; "your post about steaks left over on Saturday" with "steaks are wasted by Saturday"): the
 * writer names their problem in the words of what they posted. Two long words of the note must recur.
 */
function retellsTheirPain(ctx: LintContext): Span | null {
  const notes = ctx.input.prospect?.notes;
  const parts = referenceParts(ctx);
  if (!notes?.length || parts.length === 0) return null;
  // a note of what they wrote ("Post: …", "Kommentar: …") that names a pain, read from its start
  // (a research note says what it is about at once; a long one is not searched to its end)
  const painful: StemSet[] = [];
  for (const note of notes) {
    const head = note.slice(0, NOTE_REACH);
    if (THEIR_WORDS(head) && findAll(ctx.lex.pain, head, 0, head.length).some((m) => isPain(head, m))) painful.push(longWordStems(head));
  }
  if (painful.length === 0) return null;
  const { words, text } = ctx;
  let k = 0; // parts and words are in order: one pass over the words for all parts
  for (const p of parts) {
    while (k < words.length && words[k].start < p.start) k++;
    // news to celebrate retold ("Glückwunsch zur neuen Aufgabe") names no pain, whatever the note holds
    if (CELEBRATES(p.text)) continue;
    const hits = painful.map(() => new Set<string>());
    for (let i = k; i < words.length && words[i].end <= p.end; i++) {
      const w = words[i];
      for (let j = 0; j < painful.length; j++) if (painful[j].mayMatch(text, w.start, w.end) && painful[j].has(w.stem)) hits[j].add(w.stem);
    }
    if (hits.some((h) => h.size >= 2)) return { start: p.start, end: p.end };
  }
  return null;
}

/** How much of a research note retellsTheirPain reads. */
const NOTE_REACH = 1_000;

/** An offer part with a result that someone else got: a figure and what changed, not the sender speaking and not a price. */
function addsResultNews(ctx: LintContext): boolean {
  const { lex, text } = ctx;
  return offerRuns(ctx).some(
    (s) =>
      ((isQuantified(lex, text, s.start, s.end) && (has(lex.outcomes, text, s.start, s.end) || has(lex.reductions, text, s.start, s.end))) || has(lex.strongOutcomes, text, s.start, s.end)) &&
      !senderSpeaks(s.text) &&
      !isPriceTalk(ctx, s.text),
  );
}

/** Whether a text (an earlier message) names a pain, or a result that took one away ("cut meal loading by 22%"). */
function namesProblem(ctx: LintContext, text: string): boolean {
  const { lex } = ctx;
  if (has(lex.pain, text, 0, text.length)) return true;
  if (has(lex.reductions, text, 0, text.length) && isQuantified(lex, text, 0, text.length)) return true;
  // "Ihr Post zu zwölf Tagen Monatsabschluss hat mich angesprochen. …": a figure of theirs quoted in its opening sentence
  return quotesFigure(ctx, text, 0, firstSentenceEnd(text));
}

function firstSentenceEnd(text: string): number {
  const m = /[.!?](?:\s|$)/.exec(text);
  return m ? m.index + 1 : text.length;
}

export const problemRule = defineRule({
  meta: {
    id: "problem",
    title: { en: "Names the recipient's problem", de: "Benennt ein Problem der Person" },
    why: {
      en: "People answer when you name a pain they have, not when you describe your product.",
      de: "Menschen antworten, wenn Sie ein Problem benennen, das sie haben – nicht auf Produktbeschreibungen.",
    },
    semantic: true,
    messages: {
      ok: { en: "Names a problem: “{found}”.", de: "Benennt ein Problem: „{found}“." },
      "no-pitch": { en: "Not judged: the connection note does not sell.", de: "Nicht geprüft: Die Vernetzungsanfrage verkauft nichts." },
      answering: { en: "Not judged: the message answers the prospect's question.", de: "Nicht geprüft: Die Nachricht beantwortet eine Frage der Person." },
      closing: { en: "Not judged: a polite close after the prospect said no.", de: "Nicht geprüft: ein höflicher Abschluss nach einer Absage." },
      thread: {
        en: "Builds on the problem named earlier in this conversation.",
        de: "Knüpft an das Problem an, das früher in diesem Gespräch benannt wurde.",
      },
      "no-problem": {
        en: "Only the offer is described; no pain, cost or risk on the recipient's side.",
        de: "Nur das Angebot wird beschrieben; kein Problem, keine Kosten, kein Risiko auf Seiten der Person.",
      },
    },
    suggestions: {
      "no-problem": {
        en: "Name the problem this person likely has, e.g. from their post.",
        de: "Nennen Sie das Problem, das diese Person vermutlich hat, z. B. aus ihrem Beitrag.",
      },
    },
  },
  check(ctx) {
    const skip = offerRulesSkip(ctx);
    if (skip) return { status: "skip", messageId: skip };
    const { text, body, lex } = ctx;
    const spans: Span[] = [];
    // a pain word inside the nag ("in case you missed it") is the sender's worry, not the reader's problem
    let nagSpans: Span[] | undefined;
    const inNag = (m: Span) => (nagSpans ??= findAll(lex.pestering, text, body.start, body.end)).some((n) => n.start <= m.start && m.end <= n.end);
    const listReach = new Map<number, Span[]>();
    for (const m of findAll(lex.pain, text, body.start, body.end)) {
      if (!inNag(m) && isPain(text, m) && !passedAudit(text, m) && !inServiceList(ctx.bodySentences, m, listReach)) spans.push(m);
    }
    if (spans.length === 0 && has(lex.reductions, text, body.start, body.end)) {
      // "cut phone requests by 55 %", "die Widersprüche um zwei Drittel gesenkt": what a result takes away was a cost on their side
      for (const s of offerRuns(ctx)) {
        const cut = findAll(lex.reductions, text, s.start, s.end).find((m) => !isNegated(text, m, { after: false }));
        if (cut && (HALVED.test(text.slice(cut.start, cut.end)) || isQuantified(lex, text, s.start, s.end))) {
          spans.push({ start: cut.start, end: cut.end });
          break;
        }
      }
    }
    if (spans.length === 0) {
      const quoted = quotesTheirFigure(ctx) ?? openingQuestion(ctx) ?? retellsTheirPain(ctx);
      if (quoted) spans.push(quoted);
    }
    if (spans.length === 0 && ctx.input.sender?.problem) {
      // the sender's own words for the problem, used in the message
      const wanted = longWordStems(ctx.input.sender.problem);
      const hits = ctx.words.filter((w) => w.start >= body.start && w.end <= body.end && wanted.mayMatch(ctx.text, w.start, w.end) && wanted.has(w.stem));
      if (hits.length >= 2) spans.push(...hits.map((h) => ({ start: h.start, end: h.end })));
    }
    if (spans.length === 0) {
      // a message that brings something concrete builds on the problem an earlier message named, or on the
      // conversation once the prospect has answered; mere praise does not, and a nag only with a result
      // someone else got ("did you see my last message? At the iron-ore mine most tyre damage came from …"),
      // not with the sender's own news ("We now serve 40 care homes")
      // (the earlier messages are read last: each is a text of its own for the phrase index)
      const nags = has(lex.pestering, text, body.start, body.end);
      if (ctx.thread.hasHistory && !pushesAfterNo(ctx) && !dodgesQuestion(ctx) && (nags ? addsResultNews(ctx) : addsConcreteNews(ctx))) {
        if (ctx.thread.replied || ctx.input.history?.some((h) => h.direction === "out" && namesProblem(ctx, h.text))) return { status: "pass", messageId: "thread" };
      }
      return { status: "fail", messageId: "no-problem" };
    }
    return { status: "pass", messageId: "ok", data: { found: text.slice(spans[0].start, spans[0].end) }, spans };
  },
});
