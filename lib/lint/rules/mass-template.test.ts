import { ruleTester } from "../testing/rule-tester";
import { massTemplateRule } from "./mass-template";

/** Marks the body: from right after the greeting's name to the closing line (or the end). */
function markBody(text: string, name: string, closing?: string): string {
  const start = text.indexOf(name) + name.length;
  const end = closing ? text.lastIndexOf(closing) : text.length;
  return `${text.slice(0, start)}«${text.slice(start, end)}»${text.slice(end)}`;
}

const template = (name: string, company: string) =>
  `Hi ${name},\n\nI saw that ${company} is hiring two more CSMs. We helped three SaaS teams cut onboarding from six weeks to two with a day-14 milestone check. Would the checklist be useful for your team?\n\nBest,\nJonas`;
const vorlage = (anrede: string, firma: string) =>
  `Guten Tag ${anrede},\n\nich habe gesehen, dass ${firma} gerade eine neue Halle baut. Wir haben für drei Metallbauer die Rüstzeit in der Blechbearbeitung um ein Drittel gesenkt. Darf ich Ihnen die Auswertung schicken?\n\nViele Grüße\nSabine Roth`;

const earlierEn = [template("Laura", "Brightline"), template("Tobias", "Kettle & Co"), "Hi Sam, congrats on the Series B! How are you planning to scale support?"];
const earlierDe = [vorlage("Herr Huber", "die Huber Stahlbau GmbH"), vorlage("Frau Lang", "Lang Blechtechnik")];

ruleTester.run(massTemplateRule, {
  valid: [
    { lang: "en", text: template("Priya", "Lumenfold"), status: "skip", messageId: "no-earlier", name: "no earlier messages: cannot judge" },
    {
      lang: "en",
      text: "Hi Priya,\n\nyour post on week-two onboarding stalls rang true: at one payroll SaaS we traced them to a missing kickoff owner. Want the checklist we used?\n\nBest,\nJonas",
      input: { earlierMessages: earlierEn },
      messageId: "ok",
      name: "genuinely different from the earlier messages",
    },
    { lang: "de", text: vorlage("Herr Köhler", "Köhler Metallbau"), input: { earlierMessages: [] }, status: "skip", messageId: "no-earlier" },
    {
      lang: "de",
      text: "Guten Tag Herr Köhler,\n\nIhr Beitrag zu Schweißnahtprüfungen mit Ultraschall war sehr konkret. Wie oft prüfen Sie heute nach, wenn ein Los auffällig ist?\n\nViele Grüße\nSabine Roth",
      input: { earlierMessages: earlierDe },
      messageId: "ok",
    },
  ],
  invalid: [
    {
      lang: "en",
      text: markBody(template("Priya", "Lumenfold"), "Hi Priya", "Best,"),
      input: { earlierMessages: earlierEn },
      messageId: "template",
      status: "fail",
      name: "only the names swapped",
    },
    {
      lang: "en",
      text: markBody(template("Priya", "Lumenfold").replace("Would the checklist", "Would our checklist"), "Hi Priya", "Best,"),
      input: { earlierMessages: [earlierEn[0]] },
      messageId: "template",
      name: "names swapped and one word changed",
    },
    {
      lang: "de",
      text: markBody(vorlage("Herr Köhler", "Köhler Metallbau"), "Herr Köhler", "Viele Grüße"),
      input: { earlierMessages: earlierDe },
      messageId: "template",
      status: "fail",
    },
  ],
});
