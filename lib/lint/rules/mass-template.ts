import { defineRule } from "../rule";
import { memoize } from "../text/memo";
import { jaccard, shingles, stripGreeting } from "../text/similarity";

// Earlier messages are the same on every keystroke (and across an archive import): shingle each once.
const earlierShingles = memoize((text: string) => shingles(stripGreeting(text)), 5_000);

/** Share of shared word 3-grams above which two messages are the same template. */
export const TEMPLATE_SIMILARITY = 0.5;

export const massTemplateRule = defineRule({
  meta: {
    id: "mass-template",
    title: { en: "Not a mass mailing", de: "Kein Serienbrief" },
    why: {
      en: "The same text with only the name swapped is spam, and recipients compare notes.",
      de: "Derselbe Text mit ausgetauschtem Namen ist Spam, und Empfänger tauschen sich aus.",
    },
    messages: {
      ok: { en: "Different from your {count} recent messages to others.", de: "Unterscheidet sich von Ihren {count} letzten Nachrichten an andere." },
      "no-earlier": { en: "No earlier messages to compare with.", de: "Keine früheren Nachrichten zum Vergleich." },
      template: {
        en: "{percent}% the same as {count} message(s) you sent to others: only names differ.",
        de: "Zu {percent} % gleich wie {count} Nachricht(en) an andere: Nur die Namen unterscheiden sich.",
      },
    },
    suggestions: {
      template: {
        en: "Rewrite the opening around this person's own post, role or company.",
        de: "Schreiben Sie den Einstieg neu, mit Bezug auf Beitrag, Rolle oder Unternehmen dieser Person.",
      },
    },
  },
  check(ctx) {
    const earlier = ctx.input.earlierMessages ?? [];
    if (earlier.length === 0) return { status: "skip", messageId: "no-earlier" };
    const mine = shingles(ctx.text.slice(ctx.body.start, ctx.body.end));
    let matches = 0;
    let best = 0;
    for (const other of earlier) {
      const sim = jaccard(mine, earlierShingles(other));
      if (sim >= TEMPLATE_SIMILARITY) matches++;
      if (sim > best) best = sim;
    }
    if (matches === 0) return { status: "pass", messageId: "ok", data: { count: earlier.length } };
    return {
      status: "fail",
      messageId: "template",
      data: { percent: Math.round(best * 100), count: matches },
      spans: [ctx.body],
    };
  },
});
