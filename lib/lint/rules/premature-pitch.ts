import { defineRule } from "../rule";
import { hypedOffer, offerBesideAnAsk, productLinks } from "../context";
import { ownResultClaims, pitchWordsInOffer, praiseOfOwnOffer } from "../text/evidence";
import { skipSpaceBackward, skipSpaceForward } from "../text/chars";
import { findAll, type Match } from "../text/patterns";

/** A part without the white space around it. */
function trimmed(text: string, s: { start: number; end: number }): Match {
  const start = skipSpaceForward(text, s.start, s.end);
  const end = skipSpaceBackward(text, start, s.end);
  return { start, end, text: text.slice(start, end) };
}

export const prematurePitchRule = defineRule({
  meta: {
    id: "premature-pitch",
    title: { en: "No pitch in a connection request", de: "Kein Verkauf in der Vernetzungsanfrage" },
    why: {
      en: "Selling before a relationship exists is “falling through the door”: connect first, pitch later.",
      de: "Wer vor dem Kennenlernen verkauft, fällt mit der Tür ins Haus: erst vernetzen, dann anbieten.",
    },
    semantic: true,
    messages: {
      ok: { en: "Asks only to connect.", de: "Bittet nur um Vernetzung." },
      relationship: {
        en: "You are already connected or in conversation, so an offer is no longer premature.",
        de: "Sie sind bereits vernetzt oder im Gespräch; ein Angebot ist nicht mehr verfrüht.",
      },
      "not-a-note": { en: "Judged for connection notes only.", de: "Wird nur bei Vernetzungsanfragen geprüft." },
      pitch: {
        en: "The connection note already sells: {found}.",
        de: "Die Vernetzungsanfrage verkauft bereits: {found}.",
      },
    },
    suggestions: {
      pitch: {
        en: "Keep the personal reference and ask only to connect; save the offer for after they accept.",
        de: "Behalten Sie den persönlichen Bezug und bitten Sie nur um Vernetzung; das Angebot kommt nach der Annahme.",
      },
    },
  },
  check(ctx) {
    if (ctx.channel !== "connection-note") return { status: "skip", messageId: "not-a-note" };
    if (!ctx.pitches) return { status: "pass", messageId: "ok" };
    if (ctx.thread.connected) return { status: "pass", messageId: "relationship" };
    const { text, body, lex } = ctx;
    // "demo" is both a pitch word and a heavy ask: report each stretch of text once
    const spans: Match[] = [];
    const selling = [...pitchWordsInOffer(ctx), ...praiseOfOwnOffer(ctx)];
    for (const m of [...selling, ...findAll(lex.heavyAsks, text, body.start, body.end)].sort((a, b) => a.start - b.start || b.end - a.end)) {
      const last = spans[spans.length - 1];
      if (last && m.start < last.end) {
        if (m.end > last.end) spans[spans.length - 1] = { start: last.start, end: m.end, text: text.slice(last.start, m.end) };
      } else spans.push(m);
    }
    // a note that sells only by the sender's own result ("we halved churn at 40 clients"): that sentence is the pitch
    if (spans.length === 0) for (const s of ownResultClaims(ctx)) spans.push({ start: s.start, end: s.end, text: s.text });
    // or only by hype about the offer ("Die ULTIMATIVE Lösung für Makler")
    if (spans.length === 0) for (const s of hypedOffer(ctx)) spans.push({ ...s, text: text.slice(s.start, s.end) });
    if (spans.length === 0) for (const s of productLinks(ctx)) spans.push({ ...s, text: text.slice(s.start, s.end) });
    // or by what the sender does, told beside an ask for something other than the connection
    if (spans.length === 0) for (const s of offerBesideAnAsk(ctx)) spans.push(trimmed(text, s));
    return {
      status: "fail",
      messageId: "pitch",
      data: { found: spans.slice(0, 2).map((s) => `“${s.text}”`).join(", ") },
      spans: spans.map((s) => ({ start: s.start, end: s.end })),
    };
  },
});
