import { ruleTester } from "../testing/rule-tester";
import { hypeRule } from "./hype";

ruleTester.run(hypeRule, {
  valid: [
    {
      lang: "en",
      text: "Hi Marc, no hype, no guarantees: just the numbers from two pilots. Route re-planning took 3 minutes instead of 40. Want the write-up?",
      messageId: "ok",
      name: "negated: no hype, no guarantees",
    },
    {
      lang: "en",
      text: "Hi Marc, I can't guarantee the same result for your depots, but the pilot numbers from Graz are public. Want them?",
      messageId: "ok",
      name: "a withdrawn claim: I can't guarantee",
    },
    { lang: "en", text: "Hi Marc, we don’t sell a game-changer, just a route plan that survives sick calls. Worth a look?", messageId: "ok", name: "negation with a typographic apostrophe" },
    { lang: "en", text: "Hi Marc, we integrate with SAP, DATEV and HubSpot, and the pilot ran on AWS in Frankfurt. Worth a look?", name: "acronyms are not shouting" },
    {
      lang: "en",
      text: "Hi Dr. Lenz, congrats on your MEDICA talk! The slide on no-show rates was great. Could I send you our numbers from Graz?",
      input: { prospect: { name: "Dr. Eva Lenz", notes: ["Spoke at MEDICA 2024 on patient no-shows"] } },
      name: "a capitalised trade-fair name from the notes, one exclamation mark",
    },
    { lang: "en", text: "Hi Marc, great to meet you at the fair 👋 Here is the route report I promised 📎 Let me know what you think.", name: "two emoji are fine" },
    { lang: "de", text: "Hallo Herr Brandl, eine Garantie gibt es bei mir nicht, aber die Zahlen aus zwei Tischlereien. Soll ich sie Ihnen schicken?", messageId: "ok", name: "verneint: eine Garantie gibt es nicht" },
    { lang: "de", text: "Hallo Herr Brandl, garantieren kann ich nichts, aber die Zahlen aus Wels sind öffentlich. Soll ich sie Ihnen schicken?", messageId: "ok", name: "verneint danach: garantieren kann ich nichts" },
    { lang: "de", text: "Hallo Frau Kern, unsere Tourenplanung ist kein Gamechanger, spart aber jeden Morgen 20 Minuten Disposition. Interesse an einem Beispiel?" },
    { lang: "de", text: "Hallo Herr Keller, Glückwunsch zur neuen Halle in Winterthur! Wie gross ist die Blechbearbeitung dort geplant?", name: "ein Ausrufezeichen, Schweizer Schreibung" },
  ],
  invalid: [
    {
      lang: "en",
      text: "Hi Marc, our platform is the «ultimate solution» for route planning. Interested?",
      messageId: "hype",
      status: "fail",
    },
    {
      lang: "en",
      text: "Hi Marc, «100%» «guaranteed» savings on fuel. «Act now» – «only 3 slots left» this month.",
      messageId: "hype",
    },
    {
      lang: "en",
      text: "Hi Marc, this is a «HUGE OPPORTUNITY» for your dispatch team. Shall I send details?",
      messageId: "hype",
      name: "ALL-CAPS words",
    },
    {
      lang: "en",
      text: "Hi Marc, loved your talk on ARM runners. See you at KubeCon«!!!»",
      messageId: "hype",
      output: "Hi Marc, loved your talk on ARM runners. See you at KubeCon.",
      name: "a lone !!! gets a fix",
    },
    {
      lang: "en",
      text: "Hi Marc, let's grow your pipeline together «🚀🚀🚀»",
      messageId: "hype",
      name: "a string of emoji",
    },
    {
      lang: "en",
      text: "Hi Marc, here is the route report from our pilot in Graz. Shall I walk you through it?",
      input: { channel: "inmail", subject: "GUARANTEED savings for Fernwerk" },
      messageId: "hype",
      name: "hype in the InMail subject only",
    },
    {
      lang: "de",
      text: "Hallo Herr Brandl, wir haben «die ultimative Lösung» für Ihre Angebote. Interesse?",
      messageId: "hype",
      status: "fail",
      name: "die ultimative Lösung",
    },
    {
      lang: "de",
      text: "Hallo Frau Kern, das ist eine «einmalige Chance»: «Nur heute» 20 % Rabatt auf die Jahreslizenz.",
      messageId: "hype",
    },
    {
      lang: "de",
      text: "Hallo Frau Kern, die Testphase ist «KOSTENLOS» und ohne Vertrag. Soll ich Ihnen einen Zugang schicken?",
      messageId: "hype",
    },
    {
      lang: "de",
      text: "Hallo Herr Brandl, wir arbeiten ohne Vertragsbindung. Die Ersparnis ist «garantiert».",
      messageId: "hype",
      name: "a negation in another sentence does not count",
    },
  ],
});
