import { ruleTester } from "../testing/rule-tester";
import { valueRule } from "./value";

ruleTester.run(valueRule, {
  valid: [
    { lang: "de", text: "Grüezi Herr Ammann, bei einem Hotel in Grindelwald ist der Monatsabschluss seither innert eines halben Tages erledigt. Interesse?", messageId: "ok", name: "ein halber Tag" },
    { lang: "de", text: "Sehr geehrte Frau Mag. Huber, die Marktgemeinde Gleisdorf erhielt so 41 % der Sanierungskosten gefördert. Darf ich Ihnen die Fristen schicken?", messageId: "ok", name: "erhielt, gefördert" },
    { lang: "en", text: "Hi Ava, with our zoning plan a cold store in Leeds got its permit two months earlier than planned. Want the plan?", messageId: "ok", name: "earlier, by a counted time" },
    { lang: "en", text: "Hi Ava, one brewery uncovered £8k of unclaimed relief with the calculator. Shall I send it?", messageId: "ok", name: "found money" },
    { lang: "de", text: "Hallo Herr Brandl, ein Hersteller in Linz hat die Rückfragen mit der neuen Vorlage um 30 % verringert. Interesse?", messageId: "ok", name: "verringert" },
    { lang: "de", text: "Hallo Frau Kern, ein Wohnheim in Graz hat damit ein Fünftel der Heizkosten eingespart. Soll ich Ihnen die Auswertung schicken?", messageId: "ok", name: "ein Bruchteil: ein Fünftel" },
    { lang: "de", text: "Hallo Frau Kern, ein Betrieb in Bamberg hatte danach keine einzige Reklamation mehr. Interesse an den Details?", messageId: "ok", name: "keine … mehr" },
    { lang: "de", text: "Hallo Herr Brandl, eine Kanzlei in Graz hat so 400 Akten innerhalb von drei Wochen geprüft. Interesse?", messageId: "ok", name: "innerhalb von drei Wochen" },
    { lang: "en", text: "Hi Dr. Lenz, reminder texts with a one-tap reschedule cut no-shows from 14% to 5% at a dental group in Graz. Worth a look?", messageId: "ok" },
    { lang: "en", text: "Hi Priya, a day-14 milestone check halved early churn at two SaaS teams I advised. Want the checklist?", messageId: "ok", name: "a strong outcome without a number" },
    {
      lang: "en",
      text: "Hi Priya, saw you're hiring CSMs in Berlin. Would be great to connect.",
      input: { channel: "connection-note" },
      status: "skip",
      messageId: "no-pitch",
    },
    {
      lang: "en",
      text: "Hi Jana, we help care homes fill open shifts within 10 days. Open to a demo?",
      input: { channel: "connection-note" },
      status: "pass",
      name: "a pitching connection note is judged",
    },
    { lang: "de", text: "Hallo Frau Dr. Lenz, bei einer Zahnarztgruppe in Graz haben wir die Ausfallquote von 9 % auf 4 % gesenkt. Interesse an den Details?", messageId: "ok" },
    { lang: "de", text: "Hallo Herr Brandl, eine Tischlerei in Wels hat ihre Angebotszeit mit unserer Vorlage halbiert. Soll ich Ihnen das Beispiel schicken?", messageId: "ok" },
    {
      lang: "de",
      text: "Hallo Jana, Glückwunsch zur neuen Rolle bei Caritas! Ich würde mich freuen, mich mit Ihnen zu vernetzen.",
      input: { channel: "connection-note" },
      status: "skip",
      messageId: "no-pitch",
    },
  ],
  invalid: [
    { lang: "de", text: "Hallo Frau Kern, wir planen Ihre Touren gemeinsam mit Ihnen neu. Viel Erfolg beim Rollout!", messageId: "no-outcome", name: "ein Wunsch zum Abschied ist kein abstrakter Nutzen" },
    { lang: "de", text: "Hallo Frau Kern, wir bringen «mehr Erfolg» in Ihre Tourenplanung. Interesse?", messageId: "abstract" },
    {
      lang: "en",
      text: "Hi Marc, our platform will «add value» and «take your business» «to the next level». Interested?",
      messageId: "abstract",
      status: "fail",
    },
    {
      lang: "en",
      text: "Hi Marc, we build scheduling software for dental groups. Could I send you a short overview?",
      messageId: "no-outcome",
      status: "fail",
    },
    {
      lang: "en",
      text: "Hi Jana, we help HR teams «unlock real value» with our recruiting platform. Open to a demo?",
      input: { channel: "connection-note" },
      messageId: "abstract",
      name: "a pitching connection note is judged",
    },
    {
      lang: "de",
      text: "Hallo Herr Brandl, unsere Lösung bietet «echten Mehrwert» und bringt Ihren Betrieb «auf das nächste Level». Interesse?",
      messageId: "abstract",
      status: "fail",
    },
    {
      lang: "de",
      text: "Hallo Herr Brandl, wir entwickeln Software für Angebote im Handwerk. Darf ich Ihnen einen Überblick schicken?",
      messageId: "no-outcome",
    },
    {
      lang: "de",
      text: "Hallo Jana, wir bieten eine Plattform für Recruiting in der Pflege. Wann passt es Ihnen für ein Telefonat?",
      input: { channel: "connection-note" },
      messageId: "no-outcome",
      name: "eine verkaufende Vernetzungsanfrage ohne Nutzen",
    },
  ],
});
