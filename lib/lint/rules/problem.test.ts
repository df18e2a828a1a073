import { ruleTester } from "../testing/rule-tester";
import { problemRule } from "./problem";

const priya = { prospect: { name: "Priya Raman", role: "Head of Customer Success", company: "Lumenfold" } };
const asked = { history: [{ direction: "out" as const, text: "Hi Priya, …" }, { direction: "in" as const, text: "What does it cost per seat?" }] };

ruleTester.run(problemRule, {
  valid: [
    { lang: "de", text: "Guten Tag Frau Lutz, viele Maschinenbauer finden kaum noch Auszubildende. Wir drehen Videos mit Ihren Azubis. Interesse?", messageId: "ok", name: "kaum noch" },
    { lang: "de", text: "Hallo Herr Demir, zu viele Leerkilometer in der Disposition? Unsere Planung bündelt Rückfahrten. Interesse?", messageId: "ok", name: "zu viele" },
    { lang: "en", text: "Hi Greta, most public salary surveys lag by a year. We pool payroll data from 300 companies monthly. Worth a look?", messageId: "ok", name: "surveys that lag" },
    { lang: "en", text: "Hi Charlotte, at one studio mapping the project codes took three weeks. Our template does it in a day. Want it?", messageId: "ok", name: "took three weeks" },
    { lang: "de", text: "Grüezi Herr Ammann, die Lohnbuchhaltung frisst jeden Monat zwei Tage. Wir übernehmen sie für elf Hotels. Interesse?", messageId: "ok", name: "frisst Zeit" },
    { lang: "de", text: "Hallo Herr Ahrens, viele Betriebe verschenken Fördergeld beim Kauf neuer Maschinen. Wir stellen den Antrag für Sie. Interesse?", messageId: "ok", name: "Geld verschenken" },
    { lang: "en", text: "Hi Chloe, conversion at the new store is below target. Our sensors show where shoppers turn back. Worth a look?", messageId: "ok", name: "below target" },
    { lang: "en", text: "Hi Tom, licensed night drivers are scarce in the Midlands this winter. We place them within five days. Worth a chat?", messageId: "ok", name: "scarcity names a shortfall" },
    { lang: "en", text: "Hi Ava, release notes keep the QA team busy for days after each sprint. We draft them from the tickets. Worth a look?", messageId: "ok", name: "keeps a team busy" },
    { lang: "en", text: "Hi Ava, two hours per shift on handover notes add up quickly. Our app drafts them from the ward system. Worth a look?", messageId: "ok", name: "time spent per shift" },
    { lang: "en", text: "Hi Ava, on a new line most scrap comes from mismatched batches. Our camera checks each batch before the cut. Worth a look?", messageId: "ok", name: "scrap and mismatches" },
    { lang: "de", text: "Hallo Herr Brandl, fällt im Winter ein Fahrer aus, weiß oft niemand, welche Strecken schon gestreut sind. Wir zeigen das live. Interesse?", messageId: "ok", name: "ein trennbares Verb: fällt … aus" },
    { lang: "de", text: "Hallo Frau Kern, nach jedem Feiertag entsteht im Wareneingang ein Rückstau. Wir stellen Personal für solche Spitzen. Interesse?", messageId: "ok", name: "Rückstau" },
    { lang: "de", text: "Hallo Herr Brandl, ein Jahr Suche nach einer Projektleitung ist in der Branche leider normal. Wir sprechen Kandidaten direkt an. Interesse?", messageId: "ok", name: "ein Jahr Suche" },
    { lang: "de", text: "Hallo Jana, bei euch sind noch zwölf Stellen offen, obwohl das Gehalt stimmt. Wir drehen Recruiting-Videos. Lust auf ein Beispiel?", messageId: "ok", name: "Stellen offen" },
    { lang: "en", text: "Hi Priya, week-two onboarding stalls seem to drive most early churn at B2B SaaS firms. We fixed that for two teams with a 14-day check. Worth a look?", input: priya, messageId: "ok" },
    { lang: "en", text: "Hi Marc, dispatchers I talk to lose an hour a day re-planning routes after sick calls. Is that familiar at Fernwerk?", messageId: "ok" },
    {
      lang: "en",
      text: "Hi Tom, I hear freight quotes at your size are assembled from three carrier portals. Shall I send the comparison we did for a forwarder in Linz?",
      input: { sender: { problem: "Freight quotes are assembled by hand from several carrier portals" } },
      messageId: "ok",
      name: "the sender's own problem words",
    },
    {
      lang: "en",
      text: "Hi Priya, loved your post on onboarding in week two. Would be great to connect.",
      input: { ...priya, channel: "connection-note" },
      status: "skip",
      messageId: "no-pitch",
      name: "a connection note that does not pitch is not judged",
    },
    {
      lang: "en",
      text: "Hi Priya, late onboarding is a common reason for early churn. We help SaaS teams cut it with a 14-day check. Open to a demo?",
      input: { ...priya, channel: "connection-note" },
      status: "pass",
      name: "a pitching connection note is judged",
    },
    {
      lang: "en",
      text: "Good question: it is €12 per seat and month, billed yearly.",
      input: { ...priya, ...asked },
      status: "skip",
      messageId: "answering",
    },
    { lang: "en", text: "Hi Sam, most support teams I talk to couldn't keep up with the ticket backlog after Black Friday. How did yours cope?", messageId: "ok", name: "couldn't before a pain describes it, it does not negate it" },
    { lang: "de", text: "Hallo Frau Vogl, viele Kliniken kämpfen mit kurzfristigen Ausfällen im Dienstplan. Wir haben dafür einen Springerpool-Rechner gebaut. Interesse?", messageId: "ok" },
    { lang: "de", text: "Guten Tag Herr Brandl, bei Tischlereien Ihrer Größe dauert ein Angebot oft zwei Tage. Darf ich Ihnen zeigen, wie andere das lösen?", messageId: "ok" },
    {
      lang: "de",
      text: "Hallo Jana, Ihr Vortrag zur Onboarding-Phase war spannend. Ich würde mich freuen, mich mit Ihnen zu vernetzen.",
      input: { channel: "connection-note" },
      status: "skip",
      messageId: "no-pitch",
    },
    {
      lang: "de",
      text: "Hallo Jana, hohe Frühfluktuation kostet Pflegeheime viel Geld. Wir helfen mit einem Onboarding-Programm. Lust auf eine Demo?",
      input: { channel: "connection-note" },
      status: "pass",
      name: "eine verkaufende Vernetzungsanfrage wird geprüft",
    },
  ],
  invalid: [
    {
      lang: "en",
      text: "Hi Marc, our platform gives revenue teams one view of forecasts, notes and pipeline reviews. Would a two-minute video be useful?",
      messageId: "no-problem",
      status: "fail",
      name: "only the product is described",
    },
    {
      lang: "en",
      text: "Hi Marc, there is no risk and no long setup: our platform connects to Salesforce in a day. Want the one-pager?",
      messageId: "no-problem",
      name: "a negated pain is no pain",
    },
    {
      lang: "en",
      text: "Hi Marc, setup doesn’t cost anything and there is no risk for your team. Shall I send the one-pager?",
      messageId: "no-problem",
      name: "negated pains, typographic apostrophe",
    },
    {
      lang: "en",
      text: "Hi Priya, we help SaaS teams with our onboarding platform. Open to a demo?",
      input: { ...priya, channel: "connection-note" },
      messageId: "no-problem",
      name: "a pitching connection note without a problem",
    },
    {
      lang: "de",
      text: "Hallo Herr Brandl, unsere Plattform bündelt Angebote, Aufträge und Rechnungen an einem Ort. Darf ich Ihnen ein kurzes Video schicken?",
      messageId: "no-problem",
      status: "fail",
    },
    {
      lang: "de",
      text: "Hallo Frau Kern, unsere Software testen Sie ohne Risiko und ohne Vertragsbindung. Soll ich Ihnen einen Zugang schicken?",
      messageId: "no-problem",
      name: "ein verneintes Risiko ist kein Problem",
    },
    {
      lang: "de",
      text: "Hallo Jana, wir bieten eine Plattform für Recruiting im Gesundheitswesen. Wann passt es Ihnen für einen Termin?",
      input: { channel: "connection-note" },
      messageId: "no-problem",
    },
  ],
});
