import { isFirstContact } from "../context";
import { defineRule } from "../rule";
import type { Span } from "../schema";
import { findAll, has } from "../text/patterns";

const STEP_SHOWN = /(?<![\p{L}])(?:you can (?:[\p{L}-]+ (?:and )?){0,3}?(?:sign|book|pick|choose|reserve)(?! (?:in|up)\b)(?![\p{L}])[^.?!\n]{0,60}?(?<![\p{L}])here|(?:hier|über diesen link) (?:können sie|kannst du) (?:[\p{L}-]+ (?:und )?){0,6}?(?:unterschreiben|unterzeichnen|buchen|auswählen|reservieren)|(?:können sie|kannst du) (?:[\p{L}-]+ (?:und )?){0,4}?hier (?:[\p{L}-]+ (?:und )?){0,3}?(?:unterschreiben|unterzeichnen|buchen|auswählen|reservieren))(?![\p{L}])/iu;

export const callToActionRule = defineRule({
  meta: {
    id: "call-to-action",
    title: { en: "Ends with one light ask", de: "Endet mit einer leichten Frage" },
    why: {
      en: "One easy question (“Worth a look?”) gets answers; a 30-minute call from a stranger does not.",
      de: "Eine leichte Frage („Interesse?“) wird beantwortet; ein 30-Minuten-Termin von Fremden nicht.",
    },
    semantic: true,
    messages: {
      ok: { en: "One clear, light ask.", de: "Eine klare, leichte Frage." },
      "offer-ok": { en: "Ends with a soft offer.", de: "Endet mit einem unverbindlichen Angebot." },
      "no-ask": { en: "There is no clear ask: what should the recipient do?", de: "Es fehlt eine klare Frage: Was soll die Person tun?" },
      "nag-ask": {
        en: "The only ask is a nudge (“just checking in – would love to hear back”): what should the recipient do?",
        de: "Die einzige Frage ist ein Nachhaken („nur kurz nachgehakt – melden Sie sich gern“): Was soll die Person tun?",
      },
      "heavy-ask": {
        en: "Asking a stranger for a call or demo is a heavy first step.",
        de: "Ein Termin oder eine Demo ist als erster Schritt zu viel verlangt.",
      },
      "several-asks": { en: "Has a clear ask, but {count} in all: see “Gets to the point”.", de: "Hat eine klare Frage, aber {count} insgesamt: siehe „Kommt auf den Punkt“." },
    },
    suggestions: {
      "no-ask": { en: "End with one interest question, e.g. “Worth a look?”", de: "Schließen Sie mit einer Interessensfrage, z. B. „Wäre das interessant?“" },
      "nag-ask": { en: "Ask about something concrete instead, e.g. “Shall I send the checklist?”", de: "Fragen Sie nach etwas Konkretem, z. B. „Soll ich Ihnen die Checkliste schicken?“" },
      "heavy-ask": {
        en: "Ask about interest instead: “Shall I send you the two-page summary?”",
        de: "Fragen Sie nach Interesse: „Soll ich Ihnen die Zusammenfassung schicken?“",
      },
    },
  },
  check(ctx) {
    const requests = ctx.asks.filter((a) => a.kind !== "offer");
    const offers = ctx.asks.filter((a) => a.kind === "offer");
    const firstContact = isFirstContact(ctx);
    const heavy = ctx.asks.filter((a) => a.heavy);
    if (firstContact && heavy.length > 0) {
      return { status: "warn", messageId: "heavy-ask", spans: heavy.map((a) => ({ start: a.start, end: a.end })) };
    }
    // an ask that is part of a nudge ("Just checking in again – would love to hear back!") asks for nothing in particular
    if (requests.length > 0 && offers.length === 0) {
      const nudges = findAll(ctx.lex.pestering, ctx.text, ctx.body.start, ctx.body.end);
      const overlaps = (n: Span, a: Span) => n.start < a.end && a.start < n.end;
      if (requests.every((a) => nudges.some((n) => overlaps(n, a)))) {
        const spans = nudges.filter((n) => requests.some((a) => overlaps(n, a))).map((n) => ({ start: n.start, end: n.end }));
        return { status: "warn", messageId: "nag-ask", spans };
      }
    }
    // several light asks are concise's finding ("more than one ask"), not this rule's: rules.md faults only no ask or a heavy one
    if (requests.length >= 2) return { status: "pass", messageId: "several-asks", data: { count: requests.length }, spans: requests.map((a) => ({ start: a.start, end: a.end })) };
    if (requests.length === 1) return { status: "pass", messageId: "ok", spans: [{ start: requests[0].start, end: requests[0].end }] };
    if (offers.length > 0) return { status: "pass", messageId: "offer-ok", spans: [{ start: offers[0].start, end: offers[0].end }] };
    // "You can review and sign the agreement here: …", "Hier können Sie direkt einen Termin buchen": where nothing else asks, the
    // step the reader is shown is the ask (where a question follows, the question is; so this is no ask of the context's)
    const shown = ctx.bodySentences.find((s) => STEP_SHOWN.test(s.text));
    if (shown) {
      const span = { start: Math.max(shown.start, ctx.body.start), end: shown.end };
      // ("You can book a 30-minute demo here" is as heavy as asking for one)
      if (firstContact && has(ctx.lex.heavyAsks, ctx.text, span.start, span.end)) return { status: "warn", messageId: "heavy-ask", spans: [span] };
      return { status: "pass", messageId: "ok", spans: [span] };
    }
    return { status: "warn", messageId: "no-ask" };
  },
});
