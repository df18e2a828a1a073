import { lexicon, type Lexicon } from "./data";
import { isSpace, skipSpaceBackward, skipSpaceForward } from "./text/chars";
import type { Channel, Language, ParsedLintInput, Span } from "./schema";
import { detectLanguage } from "./text/language";
import { fold, stem } from "./text/normalize";
import { isTitle, isTitleIn, matchesPerson, parsePersonName, type PersonName } from "./text/names";
import { hasFigure, inOfferPart, offerSentences, ownResultClaims, pitchWordsInOffer, praisesOwnOffer, referenceParts, weSpeak } from "./text/evidence";
import { memoize } from "./text/memo";
import { containsWord, findAll, has, isNegated } from "./text/patterns";
import { readingEase } from "./text/readability";
import { countCharacters, splitSentences, tokenize, writesInLowerCase, type Segment, type Token } from "./text/segment";
import { analyzeThread, type ThreadInfo } from "./text/thread";
import { findLinks, type LinkInfo } from "./text/urls";

export interface Greeting {
  /** Opener plus addressee: "Hi Priya", "Sehr geehrte Damen und Herren". */
  span: Span;
  /** A generic addressee ("there", "zusammen") instead of a name. */
  generic?: Span;
  /** Words used as the name, titles excluded. */
  names: Token[];
  /** The text right after the opener is a mail-merge field. */
  placeholder: boolean;
}

export type AskKind = "question" | "imperative" | "alternative" | "connect" | "offer";

export interface Ask extends Span {
  kind: AskKind;
  heavy: boolean;
}

/**
 * Everything the rules share, computed once per lint: the rules run on every keystroke, so
 * nothing here is computed twice and nothing a rule needs is recomputed inside the rule.
 */
export interface LintContext {
  input: ParsedLintInput;
  text: string;
  /** text.toLowerCase(), for cheap checks before a case-insensitive regex runs. */
  lowerText: string;
  lang: Language;
  channel: Channel;
  lex: Lexicon;
  words: Token[];
  sentences: Segment[];
  greeting: Greeting | null;
  /** Where the message proper starts (after the greeting) and ends (before the signature). */
  body: Span;
  /** Body sentences (a first sentence that holds the greeting counts). */
  bodySentences: Segment[];
  prospect: PersonName | null;
  links: LinkInfo[];
  thread: ThreadInfo;
  asks: Ask[];
  /** A connection note that sells (an offer, a meeting ask). Always false for other channels. */
  pitches: boolean;
  stats: { characters: number; words: number; sentences: number; readingEase: number };
  /** Findings that more than one rule reads, worked out by the first rule that asks. */
  shared: { offerSentences?: Segment[]; offerRuns?: Segment[]; referenceParts?: Segment[]; template?: { matches: number; best: number }; mayTalkPrice?: boolean; firmFacts?: Span[]; openingIsTheirs?: boolean; senderSpeaksFrom?: number; noteFigures?: Set<string>; echoesReply?: boolean };
}

const THANKS_FOR_CONNECTING = /(?:danke|thanks|thank you|vielen dank)\s+(?:for|für|fürs)\s+(?:the\s+|die\s+|das\s+|your\s+|ihre\s+|deine\s+)?(?:connect|vernetz|annehm|accept|anfrage|request|invit|einladung)/i;
const QUESTION_END = /\?[\s\p{Extended_Pictographic}\u200d\ufe0f)"'»]*$/u;
// A question the message reports, not one it asks: what customers ask ("Meist fragen Kunden dasselbe:
// Passt das Teil zu meiner Maschine?", "the question we hear: why did my bill go up?") or a question
// in quotation marks.
// A question that imagines rather than asks: "what if you didn't need them?", "Was wäre, wenn …?",
// "How many would have sized up if the page had said so?"
const RHETORICAL_QUESTION = /^[^\p{L}]*(?:\p{L}+[\s,–—-]+){0,3}?(?:what if|imagine if|was wäre,? wenn|stellen sie sich vor|stell dir vor)\b|(?<![\p{L}])would(?:n['’]t)? have (?:been|\p{L}+ed|\p{L}+en|bought|sold|kept|left|paid|made|done|spent|lost)(?![\p{L}])/iu;
// A remark with a tag ("Absolut MEGA, oder?", "Pretty neat, right?"): it seeks agreement, it asks for nothing
const TAG_QUESTION = /^[^\p{L}]*(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+,?\s+(?:oder|right|nicht|ne|gell|gelle|stimmt['’]s|isn['’]t it)\?[\s\p{Extended_Pictographic}\u200d\ufe0f!?)"'»]*$/u;
// "Shall I send an example of how last quarter's orders would have been hedged?": an offer, however it goes on
const ASK_OPENER = /^[^\p{L}]*(?:(?:shall|should|can|could|may) (?:i|we)|(?:soll|sollen|darf|dürfen|kann|können) (?:ich|wir))(?![\p{L}])/iu;
const REPORTED_QUESTION = /(?:(?<!\p{L})(?:frag\p{L}*|question|questions|ask|asks|asked|asking|wonder\p{L}*)(?!\p{L})[^:?]{0,40}:[^:?]+|[„“"«][^„“"«»”?]+)\?[”“"»]?[\s\p{Extended_Pictographic}\u200d\ufe0f)]*$/iu;

// A word that may rule a meeting out ("Keine Demo, kein Termin"): without one, no heavy ask is looked at for negation
const MAY_NEGATE = /(?<![\p{L}])(?:no|not|never|without|kein|keine|keinen|nicht|ohne)(?![\p{L}])/iu;

// "also rufen sie an und warten": a lower-case "sie" is they, and the words no request to the reader
const SIE_THEY = /(?<![\p{L}])sie(?![\p{L}])/u;

const COMPOUND_HEAD = /^(?:[\p{L}\d]+-)+(?=\p{L})/u;

function parseGreeting(text: string, words: Token[], lex: Lexicon, prospect: PersonName | null, role = ""): Greeting | null {
  const start = text.length - text.trimStart().length;
  const lineEnd = (() => {
    const nl = text.indexOf("\n", start);
    return nl === -1 ? text.length : nl;
  })();
  const opener = findAll(lex.greetings, text, start, start + 1).find((m) => m.start === start);
  let pos = opener ? opener.end : start;

  if (opener) {
    const gap = text.slice(pos).match(/^[\s,]*/)![0].length;
    // (or its last part: "Liebe Kosmetik-Expertin" is one reader by her trade)
    const head = COMPOUND_HEAD.exec(text.slice(pos + gap, lineEnd))?.[0].length ?? 0;
    const at = (from: number) => findAll(lex.genericAddressees, text, from, from + 1).find((m) => m.start === from);
    const generic = at(pos + gap) ?? (head > 0 ? at(pos + gap + head) : undefined);
    // "Hi there" greets nobody, unless the prospect is really called so
    if (generic && !prospect?.parts.includes(fold(generic.text))) {
      return { span: { start, end: generic.end }, generic: { start: pos + gap, end: generic.end }, names: [], placeholder: false };
    }
  }

  const first = words.findIndex((w) => w.start >= pos);
  // "Liebes Recruiting-Team", "Hello Greystone team": a team greets nobody in particular (nor someone else)
  const team = opener && first !== -1 ? teamAddressee(text, words, first, lineEnd) ?? roleAddressee(text, words, first, lineEnd, role, prospect) : null;
  if (team) return { span: { start, end: team.end }, generic: team, names: [], placeholder: false };

  const names: Token[] = [];
  let i = first;
  if (i === -1) return opener ? { span: opener, names, placeholder: false } : null;
  const placeholder = /^\s*[{[<%$]/.test(text.slice(pos, words[i].start + 1)) && /[{[<%$]/.test(text.slice(pos, words[i].start));
  for (; i < words.length && names.length < 3; i++) {
    const w = words[i];
    if (w.start > lineEnd) break;
    const gap = text.slice(pos, w.start);
    if (!/^[\s.]*$/.test(gap) || (names.length > 0 && gap.includes("."))) break;
    // a name is capitalised, unless it is the prospect's own name typed in lower case ("hi anna,")
    // (a message typed all in lower case writes "hallo herr fiedler"; with no prospect given, any
    // word it greets before a comma is a name: "hi dan,")
    if (!/^\p{Lu}/u.test(w.text) && !(prospect && matchesPerson(w.text, prospect)) && !(opener && isTitle(w.text)) && !(opener && !prospect && names.length === 0 && /^[,!]/.test(text.slice(w.end, w.end + 1)) && writesInLowerCase(text))) break;
    pos = w.end;
    if (isTitleIn(w.text, words[i - 1]?.text)) continue;
    names.push(w);
  }
  if (!opener) {
    // "Priya, your post …": a name followed by a comma opens the message
    if (names.length === 0 || names.length > 2 || !/^\s*(?:,|!+\s)/.test(text.slice(pos))) return null;
    // "Understood, Liv – thanks …": a word before the comma, the prospect's name after it
    if (prospect && !names.some((n) => matchesPerson(n.text, prospect))) {
      const next = words.find((w) => w.start >= pos);
      if (next && matchesPerson(next.text, prospect) && /^\s*,\s*$/.test(text.slice(pos, next.start))) return { span: { start: next.start, end: next.end }, names: [next], placeholder: false };
    }
    // "Ihr Post, dass …", "Your post, though, …": a sentence that opens with a pronoun greets no one
    if (lex.stopwords.has(names[0].lower)) return null;
  }
  const end = names.length ? names[names.length - 1].end : Math.max(opener!.end, pos); // ("Dear Doctor,": the title greets too)
  return { span: { start, end }, names, placeholder: names.length === 0 && placeholder };
}

/** A team or group named within the greeting's first three words ("Sales Team", "Vertriebsteam", "Recruiting-Team", "Liebe Verlagsleute"), as a span from the first of them. */
function teamAddressee(text: string, words: Token[], first: number, lineEnd: number): Span | null {
  for (let i = first; i < words.length && i < first + 3 && words[i].start <= lineEnd; i++) {
    if (i > first && !/^[\s]+$/.test(text.slice(words[i - 1].end, words[i].start))) return null;
    const w = words[i];
    if (w.end - w.start >= 4 && w.hasLetter && GROUP_WORD.test(w.lower)) return { start: words[first].start, end: w.end };
  }
  return null;
}
const GROUP_WORD = /^(?:team|[\p{L}-]+team|[\p{L}-]+leute|[\p{L}-]*(?:schaffende|treibende|verantwortliche|interessierte|mitarbeitende|beschäftigte|studierende|lehrende|pflegende|engagierte|ehrenamtliche)n?)$/u;

/** "Dear Editor", "Hallo Einkaufsleiter": the prospect's job title greets the post, not the person. */
function roleAddressee(text: string, words: Token[], first: number, lineEnd: number, role: string, prospect: PersonName | null): Span | null {
  const w = words[first];
  if (!role || w.start > lineEnd || w.end - w.start < 4 || isTitle(w.text) || (prospect && matchesPerson(w.text, prospect))) return null;
  // "Dear Professor Adeyemi": a name after it makes the word a title
  const next = words[first + 1];
  if (next && next.start <= lineEnd && /^\p{Lu}/u.test(next.text) && /^ +$/.test(text.slice(w.end, next.start))) return null;
  return containsWord(role.toLowerCase(), w.lower) ? { start: w.start, end: w.end } : null;
}

/** The signature: from a closing line ("Best,", "Viele Grüße aus Wels") or a lone name line at the end. */
function findSignatureStart(text: string, lex: Lexicon): number {
  // the lines that are not blank, as offsets (this runs on every keystroke: no slicing, no trimming)
  const lines: Span[] = [];
  for (let s = 0; s <= text.length; ) {
    const nl = text.indexOf("\n", s);
    const end = nl === -1 ? text.length : nl;
    if (skipSpaceForward(text, s, end) < end) lines.push({ start: s, end });
    s = end + 1;
  }
  if (lines.length < 2) return text.length;
  const tail = lines.slice(-5).slice(1); // never the first line (greeting or whole note)
  for (const line of tail) {
    const lead = skipSpaceForward(text, line.start, line.end);
    if (skipSpaceBackward(text, lead, line.end) - lead > 45) continue;
    if (has(lex.closings, text, lead, lead + 1)) return line.start;
  }
  const last = lines[lines.length - 1];
  if (blankLineBefore(text, last.start)) {
    const lead = skipSpaceForward(text, last.start, last.end);
    const lastText = text.slice(lead, skipSpaceBackward(text, lead, last.end));
    if (/^(?:[-–—]\s*)?\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,2}$/u.test(lastText)) return last.start;
    // one who writes in lower case signs so too ("lou")
    if (/^(?:[-–—]\s*)?\p{Ll}{2,15}$/u.test(lastText) && writesInLowerCase(text)) return last.start;
  }
  return text.length;
}

const POSTSCRIPT = /(?<=^|\n)[ \t]*(?:P\.\s?S\.?|PS:|PPS:?)\s/;

/** Whether the white space that ends text[0, at) holds two line breaks (/\n\s*\n\s*$/). */
function blankLineBefore(text: string, at: number): boolean {
  let breaks = 0;
  for (let i = at - 1; i >= 0 && isSpace(text.charCodeAt(i)); i--) if (text.charCodeAt(i) === 10 && ++breaks === 2) return true;
  return false;
}

/** Only white space and punctuation in text[start, end): a sentence with nothing of the body in it. */
function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!isSpace(c) && c !== 44 && c !== 46 && c !== 58 && c !== 59 && c !== 33 && c !== 0x2013 && c !== 0x2014 && c !== 45) return false;
  }
  return true;
}

// A bare call for a reply ("Any thoughts?", "Would love to hear your thoughts", "Let me know!"): in a
// message that nags about an earlier one it asks for nothing the reader could act on
// (a German "Melden Sie sich gern!" after a nag still asks for a reply, as the dev set reads it)
const VAGUE_REPLY = /^[^\p{L}]*(?:(?:any|your) thoughts|(?:i['’]d|would|i would) love to hear your thoughts|let me know(?: your thoughts| what you think| if you(?:'re| are) interested)?)[\s!?.]*$/iu;

// A way out offered after the ask ("No worries if the timing's wrong.", "Wenn es gerade nicht passt, sag einfach
// Bescheid."): it asks for nothing, and a question before it is the ask, not a hook
const OPT_OUT = /^[^\p{L}]*(?:(?:no worries|no problem|all good|totally fine|kein problem|kein stress|alles gut|völlig in ordnung)\b[^.!?]*\b(?:if|wenn|falls)\b|(?:and |und )?(?:if|wenn|falls) (?:not\b|nicht\b|(?:it|es|the timing|das|der zeitpunkt)\b[^.!?]{0,30}\b(?:not|nicht|wrong|doesn['’]t|isn['’]t|geregelt|erledigt|gelöst|organisiert|sorted|covered|handled)\b)|(?:wenn|falls)['’]s [^.!?]{0,30}\bnicht\b)/iu;
// "Would be glad to connect – and could you tell me who runs your staff bank?": a connect request and a question
const LOOKING_FORWARD = /^[^?]*(?:(?:ich )?freue mich auf (?:ihre|deine|eure) (?:antwort|rückmeldung|nachricht)|looking forward to (?:hearing from you|your (?:reply|response|thoughts)))[^?]*$/i;
const CURIOUS = /^[^?]*(?:(?:love|keen|curious|glad|interested) to (?:hear|learn|know|understand|swap)|würde mich (?:interessieren|freuen zu hören)|bin gespannt)[^?]*$/i;
const CONNECT_AND_QUESTION = /(?:connect|vernetzen)\b[^?]*?(\s*(?:[–—-]|,|;)\s*)(?:and |und |also |auch )?(?:could|can|would|will|könnten|können|würden|wer|who|what|was|wann|when)\b[^?]*\?[\s)]*$/iu;

function findAsks(ctx: Pick<LintContext, "text" | "lex" | "bodySentences" | "body" | "greeting">): Ask[] {
  const { text, lex, bodySentences } = ctx;
  const asks: Ask[] = [];
  // the opening sentence: the first after the greeting's line ("Hallo liebe Energieverantwortliche,⏎ die Gaspreise … noch offen?")
  const greetingLineEnd = ctx.greeting ? text.indexOf("\n", ctx.greeting.span.start) : -1;
  const opening = greetingLineEnd === -1 ? 0 : Math.max(0, bodySentences.findIndex((s) => s.start > greetingLineEnd));
  let nags: boolean | undefined;
  bodySentences.forEach((s, index) => {
    const isQuestion = s.text.includes("?") && QUESTION_END.test(s.text) && !REPORTED_QUESTION.test(s.text) && !(RHETORICAL_QUESTION.test(s.text) && !ASK_OPENER.test(s.text)) && !TAG_QUESTION.test(s.text);
    const within = (list: LintContext["lex"]["hype"]) => has(list, text, s.start, s.end);
    const pestering = within(lex.pestering);
    // ("Keine Demo, kein Termin – darf ich Ihnen die zwei Seiten schicken?": a meeting ruled out is none asked for)
    const heavy = within(lex.heavyAsks) && (!MAY_NEGATE.test(s.text) || findAll(lex.heavyAsks, text, s.start, s.end).some((m) => !isNegated(text, m, { after: false })));
    // a question that opens on the reader's situation ("52 days on market?!", "Are late arrivals eating into your margin?") with the pitch after it
    // (one that proposes a call or a meeting asks, whatever pain it names)
    const hook = isQuestion && !heavy && index < bodySentences.length - 1 && (index === 0 || index === opening || within(lex.pain)) && !QUESTION_END.test(bodySentences[index + 1].text) && !OPT_OUT.test(bodySentences[index + 1].text);
    let kind: AskKind | null = null;
    if (within(lex.connectAsks)) kind = "connect";
    else if (isQuestion && !pestering && !hook) kind = "question";
    else if (within(lex.imperativeAsks) && findAll(lex.imperativeAsks, text, s.start, s.end).some((m) => !SIE_THEY.test(m.text) || writesInLowerCase(text))) kind = "imperative";
    else if (has(lex.alternativeAsks, text, s.start, s.start + 4)) kind = "alternative";
    else if (within(lex.offerAsks)) kind = "offer";
    // "keen to connect … Let's connect!" asks for one thing twice, not for two things; "danke fürs Vernetzen" thanks
    if (kind === "connect" && (asks.some((a) => a.kind === "connect") || THANKS_FOR_CONNECTING.test(s.text))) return;
    if (kind && VAGUE_REPLY.test(s.text) && (nags ??= has(lex.pestering, text, ctx.body.start, ctx.body.end))) return;
    // (on its own, "If it isn't relevant, just tell me" is the message's ask)
    if (kind && asks.length > 0 && !s.text.includes("?") && OPT_OUT.test(s.text)) return;
    const both = kind === "connect" && isQuestion ? CONNECT_AND_QUESTION.exec(s.text) : null;
    if (both) {
      const gap = s.start + both.index + both[0].indexOf(both[1]);
      asks.push({ start: s.start, end: gap, kind: "connect", heavy }, { start: gap + both[1].length, end: s.end, kind: "question", heavy });
    } else if (kind) asks.push({ start: s.start, end: s.end, kind, heavy });
  });
  return asks;
}

export function buildContext(input: ParsedLintInput): LintContext {
  const text = input.message;
  const words = tokenize(text);
  const lowerText = text.toLowerCase();
  const lang: Language = input.language ?? detectLanguage(words, text, lowerText);
  const lex = lexicon(lang);
  lex.index.prepare(text, words, lowerText);
  const sentences = splitSentences(text);
  const prospect = input.prospect?.name?.trim() ? parsePersonName(input.prospect.name) : null;
  const greeting = parseGreeting(text, words, lex, prospect, input.prospect?.role);
  const signatureStart = findSignatureStart(text, lex);
  const bodyStart = greeting ? Math.min(greeting.span.end, signatureStart) : 0;
  const body = { start: bodyStart, end: signatureStart };
  const bodySentences = sentences.filter((s) => s.end > body.start && s.start < body.end && !isBlank(text, Math.max(s.start, body.start), Math.min(s.end, body.end)));
  const links = findLinks(text);
  const thread = analyzeThread(input.history ?? [], lex, input.touchpoints ?? []);
  // a P.S. after the signature is read by the person like the body: a second ask there is a second ask
  const postscript = signatureStart < text.length ? POSTSCRIPT.exec(text.slice(signatureStart)) : null;
  const askSentences = postscript ? [...bodySentences, ...sentences.filter((s) => s.start >= signatureStart + postscript.index)] : bodySentences;
  let asks = findAsks({ text, lex, body, greeting, bodySentences: askSentences });
  // "Ich freue mich auf Ihre Antwort" after a real ask is a closing pleasantry, not a second ask
  if (asks.length > 1) {
    const real = asks.filter((a) => !LOOKING_FORWARD.test(text.slice(a.start, a.end)));
    if (real.length > 0) asks = real;
  }
  // in a connection note, "I'd love to hear how you staffed it. Connect?" gives the reason to connect, not a second ask
  if (input.channel === "connection-note" && asks.some((a) => a.kind === "connect")) asks = asks.filter((a) => a.kind === "connect" || !CURIOUS.test(text.slice(a.start, a.end)));
  // outside a connection note, "good to stay in touch" next to a real ask is a pleasantry, not a second ask
  if (input.channel !== "connection-note" && asks.some((a) => a.kind !== "connect")) asks = asks.filter((a) => a.kind !== "connect");
  const ctx: LintContext = {
    input,
    text,
    lowerText,
    lang,
    channel: input.channel,
    lex,
    words,
    sentences,
    greeting,
    body,
    bodySentences,
    prospect,
    links,
    thread,
    asks,
    pitches: false,
    stats: {
      characters: countCharacters(text),
      words: words.length,
      sentences: sentences.length,
      readingEase: readingEase(text, words, Math.max(1, sentences.length), lang),
    },
    shared: {},
  };
  ctx.pitches = input.channel === "connection-note" && notePitches(ctx);
  return ctx;
}

// The offer named, or the sender's voice ("We fill ANY driving role in 7 days – GUARANTEED!!!")
const OFFER_OR_SENDER = /(?<![\p{L}])(?:\p{L}*lösung|solution|angebot|offer|tool|software|platform|plattform|produkt|product|service|app|we|wir|our|unser)(?:s|en|e)?(?![\p{L}])/iu;

/**
 * Sentences that hype an offer: "Die ULTIMATIVE Lösung für Makler", "the #1 platform for studios"
 * ("LOVED your keynote on platform teams!!!" praises theirs). From the body's start, without the greeting.
 */
export function hypedOffer(ctx: Pick<LintContext, "text" | "lex" | "body" | "bodySentences">): Span[] {
  const { text, lex, body } = ctx;
  if (!has(lex.hype, text, body.start, body.end)) return [];
  const out: Span[] = [];
  for (const s of ctx.bodySentences) {
    // ("no revolutionary platform from me, promise": a denied word sells nothing)
    if (!OFFER_OR_SENDER.test(s.text) || !has(lex.hype, text, s.start, s.end) || has(lex.references, text, s.start, s.end)) continue;
    if (findAll(lex.hype, text, s.start, s.end).every((m) => isNegated(text, m, { claim: true }))) continue;
    let start = Math.max(s.start, body.start);
    while (start < s.end && (isSpace(text.charCodeAt(start)) || ",.:;–—-".includes(text[start]))) start++;
    out.push({ start, end: s.end });
  }
  return out;
}

/**
 * A first contact: a connection note, or a message the prospect has not answered, or answered only by accepting the
 * connection ("Thanks Kieran!"): a call asked for is still a stranger's first step, and a link still a marketing one.
 */
export function isFirstContact(ctx: Pick<LintContext, "channel" | "thread">): boolean {
  return ctx.channel === "connection-note" || !ctx.thread.replied || ctx.thread.acknowledgedOnly;
}

// "I help …", "wir helfen …": the sender introducing themselves
const SELF_INTRODUCTION = /^(?:(?:i|we) (?:help|recruit)|ich helfe|wir helfen)$/i;

/** A connection note that sells: selling words outside what it says about the prospect's own post or talk, a heavy ask, or the sender's own result claims. */
function notePitches(ctx: LintContext): boolean {
  const { text, lex, body } = ctx;
  // ("I help publishers turn newsletter readers into paying subscribers. Would be great to connect.": who the sender
  // is, said in one line before asking only to connect, introduces rather than sells; praise, a heavy ask or a result claim still sell)
  const onlyConnects = ctx.asks.length > 0 && ctx.asks.every((a) => a.kind === "connect");
  const plainIntroduction = (m: Span & { text: string }) => {
    if (!onlyConnects || !SELF_INTRODUCTION.test(m.text)) return false;
    const s = ctx.bodySentences.find((b) => b.start <= m.start && m.end <= b.end);
    // (a result counted in it, "close the books in 3 days instead of 10", claims what the offer does)
    return !!s && ![lex.vaguePraise, lex.abstractValue, lex.hype].some((list) => has(list, text, s.start, s.end)) && !hasFigure(s.text);
  };
  if (pitchWordsInOffer(ctx).some((m) => !plainIntroduction(m))) return true;
  // praise of the offer ("we're a leading, innovative provider", "als ganzheitlicher Partner … wir") or abstract
  // benefit ("how we can add value") sells too; "forward-thinking leaders" praises the people
  if (praisesOwnOffer(ctx)) return true;
  // (a heavy ask's words in a part about their own post or launch describe it: "opening the film with the live demo")
  if (ctx.asks.some((a) => a.heavy) || (has(lex.heavyAsks, text, body.start, body.end) && findAll(lex.heavyAsks, text, body.start, body.end).some((m) => !referenceParts(ctx).some((p) => p.start <= m.start && m.end <= p.end)))) return true;
  if (hypedOffer(ctx).length > 0) return true;
  if (ownResultClaims(ctx).length > 0 || productLinks(ctx).length > 0) return true;
  return offerBesideAnAsk(ctx).length > 0;
}

/**
 * A note that asks for something other than the connection ("Want a quote for the autumn shows?", "Darf ich Ihnen
 * das Datenblatt schicken?") after the sender spoke of what they do ("We print exhibition catalogues …", "Unsere
 * beheizten Bandabstreifer halbieren Stillstände"): an offer made before any relationship exists. The parts where
 * the sender speaks, or none.
 */
export function offerBesideAnAsk(ctx: LintContext): Segment[] {
  if (ctx.asks.length === 0 || ctx.asks.some((a) => a.kind === "connect")) return [];
  return offerSentences(ctx).filter((s) => weSpeak(s.text));
}

/** The first five letters of the stems of the sender's product and USP words ("In-store grain condition sensors": "senso", …). */
const productStems = memoize((product: string) => new Set(product.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 5).map((w) => stem(w).slice(0, 5))));

/**
 * "Our benchtop NMR needs no cryogens … : bit.ly/…", "Unsere Leimkamera … : https://leimblick.de/kamera": sentences in the
 * firm's voice that name the product and link to it sell, where a link to a write-up, a study or their own post does not.
 */
export function productLinks(ctx: LintContext): Span[] {
  const sender = ctx.input.sender;
  if (!sender?.product || ctx.links.length === 0) return [];
  const links = ctx.links.filter((l) => !/(?:^|\.)linkedin\.com$/i.test(l.host));
  const stems = productStems(`${sender.product} ${sender.usp ?? ""}`);
  const out: Span[] = [];
  for (const s of ctx.bodySentences) {
    if (!links.some((l) => l.start >= s.start && l.start < s.end) || !weSpeak(s.text)) continue;
    const names = ctx.words.some((w) => w.start >= s.start && w.end <= s.end && w.end - w.start >= 5 && !links.some((l) => l.start <= w.start && w.end <= l.end) && stems.has(w.stem.slice(0, 5)) && inOfferPart(ctx, w));
    if (names) out.push({ start: skipSpaceForward(ctx.text, Math.max(s.start, ctx.body.start), s.end), end: s.end });
  }
  return out;
}
