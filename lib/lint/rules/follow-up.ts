import { defineRule } from "../rule";
import { findAll } from "../text/patterns";
import { isQuoted, quotedSpans } from "../text/quotes";

export const followUpRule = defineRule({
  meta: {
    id: "follow-up",
    title: { en: "No pestering", de: "Kein Nachhaken ohne Anlass" },
    why: {
      en: "Unanswered messages in a row feel like pressure; LinkedIn itself lets an InMail sender write again only after a reply.",
      de: "Mehrere unbeantwortete Nachrichten wirken aufdringlich; LinkedIn erlaubt eine zweite InMail erst nach einer Antwort.",
    },
    messages: {
      ok: { en: "No unanswered messages before this one.", de: "Keine unbeantworteten Nachrichten davor." },
      replied: { en: "The prospect answered last: your turn.", de: "Die Person hat zuletzt geantwortet: Sie sind dran." },
      "no-history": { en: "Without the thread, it is unknown whether earlier messages were answered.", de: "Ohne Verlauf ist unklar, ob frühere Nachrichten beantwortet wurden." },
      "second-unanswered": {
        en: "Your last message is still unanswered{days}: a second one should add something new.",
        de: "Ihre letzte Nachricht ist noch unbeantwortet{days}: Eine zweite sollte etwas Neues bringen.",
      },
      "third-unanswered": {
        en: "This would be message {count} in a row without a reply. Stop here.",
        de: "Das wäre die {count}. Nachricht in Folge ohne Antwort. Hören Sie hier auf.",
      },
      pestering: {
        en: "“{phrase}” nags instead of giving a reason to answer.",
        de: "„{phrase}“ drängelt, statt einen Grund zum Antworten zu geben.",
      },
    },
    suggestions: {
      "second-unanswered": { en: "Add one new fact and make it easy to say no.", de: "Bringen Sie eine neue Information und machen Sie ein Nein leicht." },
      "third-unanswered": { en: "Wait for a reply or engage with their posts instead.", de: "Warten Sie auf eine Antwort oder reagieren Sie auf Beiträge der Person." },
      pestering: { en: "Drop the reminder and lead with something new.", de: "Streichen Sie die Erinnerung und beginnen Sie mit etwas Neuem." },
    },
  },
  check(ctx) {
    const { thread } = ctx;
    if (thread.unanswered >= 2) {
      return { status: "fail", messageId: "third-unanswered", data: { count: thread.unanswered + 1 }, spans: [], blocking: true };
    }
    // a nagging phrase in quotation marks is talked about ("nicht mit „nur kurz nachgefragt“"), not said
    let nags = findAll(ctx.lex.pestering, ctx.text, ctx.body.start, ctx.body.end);
    if (nags.length > 0) {
      const quoted = quotedSpans(ctx.text);
      nags = nags.filter((n) => !isQuoted(quoted, n));
    }
    if (nags.length > 0) {
      return { status: "fail", messageId: "pestering", data: { phrase: nags[0].text }, spans: nags.map((n) => ({ start: n.start, end: n.end })) };
    }
    if (thread.unanswered === 1) {
      const days = thread.daysSinceLastOut;
      const since = days === undefined ? "" : ctx.lang === "de" ? ` (seit ${days} Tagen)` : ` (for ${days} days)`;
      return { status: "warn", messageId: "second-unanswered", data: { days: since } };
    }
    if (thread.replied) return { status: "pass", messageId: "replied" };
    if (!thread.hasHistory && ctx.channel === "follow-up") return { status: "skip", messageId: "no-history" };
    return { status: "pass", messageId: "ok" };
  },
});
