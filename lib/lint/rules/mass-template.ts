import { defineRule } from "../rule";
import { templateMatches } from "../text/similarity";

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
    const { matches, best } = templateMatches(ctx);
    if (matches === 0) return { status: "pass", messageId: "ok", data: { count: earlier.length } };
    return {
      status: "fail",
      messageId: "template",
      data: { percent: Math.round(best * 100), count: matches },
      spans: [ctx.body],
    };
  },
});
