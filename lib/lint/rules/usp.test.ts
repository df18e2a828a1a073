import { ruleTester } from "../testing/rule-tester";
import { uspRule } from "./usp";

const asked = { history: [{ direction: "out" as const, text: "Hallo Frau Kern, …" }, { direction: "in" as const, text: "Schicken Sie mir gern Details." }] };

ruleTester.run(uspRule, {
  valid: [
    { lang: "de", text: "Guten Tag Frau Wendland, unsere Tourenplanung spart Pflegediensten im Schnitt 40 Minuten pro Tour. Interesse?", messageId: "ok", name: "Minuten pro Tour sind ein Ergebnis, keine Termindauer" },
    { lang: "de", text: "Hallo Frau Lindner, wir beobachten die Tender der Monopole und haben für drei Wachauer Weingüter Listungen erreicht. Interesse?", messageId: "ok", name: "gezählte Kunden als Beleg" },
    { lang: "en", text: "Hi Marc, a pause button before the third box cut cancellations by a quarter at two meal-kit brands. Want the mock-up?", messageId: "ok", name: "a counted change as proof" },
    { lang: "de", text: "Hallo Herr Brandl, unsere Sensoren stoppen das Band in zwei Sekunden. Darf ich Ihnen die Zeichnung schicken?", messageId: "ok", name: "Sekunden sind eine Einheit" },
    { lang: "en", text: "Hi Marc, our route planner re-plans 300 stops in under a minute when a driver calls in sick. Worth a look?", messageId: "ok" },
    { lang: "en", text: "Hi Priya, with a milestone check on day 14 we cut onboarding from six weeks to two at a payroll SaaS. Want the checklist?", messageId: "ok", name: "a counted unit without digits" },
    {
      lang: "en",
      text: "Hi Sam, our app reads meter photos right on the device, so field staff need no signal. Shall I send a sample?",
      input: { sender: { usp: "Reads meter photos with on-device OCR" } },
      messageId: "ok",
      name: "the sender's own differentiator",
    },
    {
      lang: "en",
      text: "Hi Priya, your post on onboarding stalls hit home. Would be great to connect.",
      input: { channel: "connection-note" },
      status: "skip",
      messageId: "no-pitch",
    },
    { lang: "de", text: "Hallo Frau Kern, unsere Software plant 300 Touren in unter einer Minute neu. Darf ich Ihnen ein Beispiel schicken?", messageId: "ok" },
    {
      lang: "de",
      text: "Gern: Die Auswertung läuft direkt auf Ihrem Server, es gehen keine Daten nach außen.",
      input: asked,
      status: "skip",
      messageId: "answering",
    },
    {
      lang: "en",
      text: "Hi Dana, our flow sensors clip onto the incoming water pipe and shut the valve automatically after continuous flow. Shall I send the spec?",
      messageId: "ok",
      name: "a mechanism in words of its own, without a number",
    },
    {
      lang: "de",
      text: "Guten Tag Frau Roth, wir prüfen Bauantragsunterlagen vor der Einreichung gegen die jeweilige Landesbauordnung. Darf ich Ihnen die Prüfliste schicken?",
      messageId: "ok",
      name: "ein Mechanismus in eigenen Worten",
    },
    {
      lang: "de",
      text: "Hallo Jana, wir helfen Pflegeheimen, offene Stellen in 6 Wochen zu besetzen. Lust auf eine Demo?",
      input: { channel: "connection-note" },
      status: "pass",
      name: "eine verkaufende Vernetzungsanfrage mit Beleg",
    },
  ],
  invalid: [
    { lang: "en", text: "Hi Jordan, saw Brightpath just opened a second dispatch center in Tulsa. We help dispatch teams cut overtime. Worth a look?", messageId: "no-differentiator", name: "news of their company is not proof of the offer" },
    { lang: "en", text: "Dear Hamish, in today's fast-moving market, businesses like yours face more challenges than ever. Open to a chat about how we could work together?", messageId: "no-differentiator", name: "a cliché about the market describes no offer" },
    { lang: "de", text: "Guten Tag Herr Riedl, in heutigen schnelllebigen Zeiten stehen Unternehmen Ihrer Branche vor großen Herausforderungen. Hätten Sie Interesse an einem Austausch?", messageId: "no-differentiator", name: "eine Floskel über den Markt beschreibt kein Angebot" },
    { lang: "de", text: "Guten Tag Frau Weyand, unsere Lösung «überzeugt durch» «höchste Qualität» und ist «benutzerfreundlich». Interesse?", messageId: "vague", name: "höchste Qualität ist Lob, kein Unterschied" },
    { lang: "de", text: "Guten Tag Herr Ollig, SmartLine 4.0 ist die «innovative» Lösung für die digitale Fabrik. Interesse?", messageId: "vague", name: "eine Versionsnummer ist kein Beleg" },
    { lang: "en", text: "Hi Harvey, our approach helps leaders like you rethink the business. Could we find 30 minutes next week to explore this?", messageId: "no-differentiator", name: "the length of a meeting is no proof" },
    { lang: "en", text: "Hi Warren, as a «leading» provider, TrakSure offers a «powerful», «all-in-one» platform for fleets. Worth a look?", messageId: "vague", name: "all-in-one praises, it counts nothing" },
    {
      lang: "de",
      text: "Guten Tag Frau Kötter, Ihr Post zu den Buchungen hat mich nachdenklich gemacht – gerade jetzt, wo sechs Filialen schließen. Als «ganzheitlicher» Partner begleiten wir Sie. Interesse?",
      messageId: "vague",
      name: "nach einem Gedankenstrich spricht der Satz noch von ihr, nicht vom Angebot",
    },
    {
      lang: "en",
      text: "Hi Marc, our «innovative», «best-in-class» platform makes forecasting «seamless». Worth a look?",
      messageId: "vague",
      status: "warn",
    },
    {
      lang: "en",
      text: "Hi Marc, we build forecasting software for revenue teams. Any interest in a look?",
      messageId: "no-differentiator",
      status: "warn",
    },
    {
      lang: "en",
      text: "Hi Priya, your post said 14% of new accounts stall in week two. We have an «innovative» onboarding approach. Interested?",
      messageId: "vague",
      name: "the prospect's figure is no proof of the offer",
    },
    {
      lang: "en",
      text: "Hi Jana, we offer a «cutting-edge» recruiting platform. Open to a demo?",
      input: { channel: "connection-note" },
      messageId: "vague",
      status: "warn",
      name: "a pitching connection note is judged",
    },
    {
      lang: "de",
      text: "Hallo Frau Kern, wir bieten «ganzheitliche» und «maßgeschneiderte» Lösungen für Ihre Logistik. Interesse?",
      messageId: "vague",
      status: "warn",
    },
    {
      lang: "de",
      text: "Hallo Frau Kern, wir entwickeln Software für die Tourenplanung. Darf ich Ihnen mehr darüber erzählen?",
      messageId: "no-differentiator",
      status: "warn",
    },
    { lang: "de", text: "Hallo Herr Vogel, nur noch diese Woche gibt es 30 % Rabatt auf unsere Staplerschulungen. Jetzt Termin sichern!", messageId: "no-differentiator", name: "ein Rabatt unterscheidet kein Angebot" },
    { lang: "en", text: "Hi Sean, sign before Friday and get 50% off your first year. Shall I reserve your spot?", messageId: "no-differentiator", name: "a discount is no proof" },
    {
      lang: "en",
      text: "Hi Tom, I help businesses like yours find great people faster. Would you be open to exploring how we could support your hiring goals?",
      messageId: "no-differentiator",
      name: "the everyday words of sales talk describe no offer",
    },
    {
      lang: "de",
      text: "Hallo Herr Winter, ich wollte mich nur noch einmal wegen meiner Nachricht von letzter Woche melden. Ich freue mich auf Ihre Rückmeldung.",
      messageId: "no-differentiator",
      name: "eine Erinnerung beschreibt kein Angebot",
    },
    {
      lang: "en",
      text: "Hi Ana, we're a «full-service» recruitment partner with a «people-first» approach. Open to a call?",
      messageId: "vague",
    },
    {
      lang: "de",
      text: "Hallo Jana, wir bieten eine «führende» Plattform für Recruiting. Lust auf eine Demo?",
      input: { channel: "connection-note" },
      messageId: "vague",
    },
  ],
});
