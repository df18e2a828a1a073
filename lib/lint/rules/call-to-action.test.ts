import { ruleTester } from "../testing/rule-tester";
import { callToActionRule } from "./call-to-action";

const replied = {
  history: [
    { direction: "out" as const, text: "Hi Priya, your post on week-two stalls rang true. Want the checklist?", daysAgo: 6 },
    { direction: "in" as const, text: "Yes please, that would be great.", daysAgo: 5 },
  ],
};
const geantwortet = {
  history: [
    { direction: "out" as const, text: "Hallo Herr Brandl, darf ich Ihnen das Beispiel aus Wels schicken?", daysAgo: 9 },
    { direction: "in" as const, text: "Gern, das klingt interessant.", daysAgo: 7 },
  ],
};

ruleTester.run(callToActionRule, {
  valid: [
    { lang: "de", text: "Guten Tag Herr Görgen, 300 Ersatzteilanfragen pro Woche am Telefon – Ihr Post hat mich nicht losgelassen. Meist fragen Kunden dasselbe: Passt das Teil zu meiner Maschine? Unser Portal findet es per Seriennummer. Darf ich Ihnen zeigen, wie das aussieht?", messageId: "ok", name: "eine berichtete Frage (was Kunden fragen) ist keine zweite Bitte" },
    { lang: "en", text: "Hi Jo, most calls after a price change ask one thing: \"Why did my bill go up?\" We explain each change in a letter first. Would a sample letter help?", messageId: "ok", name: "a question in quotation marks is reported, not asked" },
    { lang: "de", text: "Grüezi Frau Blaser, Ihr Referat zur Rückverfolgbarkeit von Bio-Baumwolle war das konkreteste des Tages. Ich würde mich über die Vernetzung freuen.", input: { channel: "connection-note" }, name: "über die Vernetzung freuen bittet ums Vernetzen" },
    { lang: "en", text: "Hi Declan, congrats on opening the Cork distribution centre. Your point on pick-path design has stuck with me. Would be good to stay connected.", input: { channel: "connection-note" }, name: "stay connected asks to connect" },
    { lang: "de", text: "Guten Tag Frau Dr. Vollmer, seit diesem Monat wird die LED-Umrüstung mit 20 statt 15 % gefördert. Wenn es passt, rechne ich das gern für Ihre Halle durch.", name: "ein Angebot, etwas durchzurechnen, ist eine leichte Frage" },
    { lang: "en", text: "Hi Gareth, the export tariff for sites your size rises in April. Happy to rerun the model for one of your stores if that helps.", name: "an offer to rerun the numbers is a soft ask" },
    { lang: "de", text: "Guten Tag Herr Ohlsen, unsere Logger melden Kühlketten-Lücken sofort. Ich würde mich über eine kurze Rückmeldung freuen, ob das für Sie interessant ist.", messageId: "ok", name: "eine Rückmeldung, ob …: eine eingebettete Frage" },
    { lang: "en", text: "Hi Derek, your post on shrink at the Leeds stores was sharp, so I'd like to add you.", input: { channel: "connection-note" }, messageId: "ok", name: "I'd like to add you" },
    { lang: "en", text: "Hi Naledi, we connect hotels with firms that plan midweek offsites. Would the monthly breakdown help?", messageId: "ok", name: "what a product connects is not an ask to connect" },
    { lang: "en", text: "Hi Gemma, good to stay in touch after the summit. Would it help if I sent the cut-off policy?", messageId: "ok", name: "a pleasantry about staying in touch next to a real ask is not a second ask" },
    { lang: "en", text: "Hi Amelia, our ticketing lets visitors book a slot online and cut queues by a third at two museums. Would a short overview help?", messageId: "ok", name: "what a product lets others book is not an ask" },
    { lang: "de", text: "Hey Lina, dein Talk zu Feature Flags war super konkret. Lass uns gern connecten!", input: { channel: "connection-note" }, messageId: "ok", name: "connecten" },
    { lang: "de", text: "Hallo Jana, dein Vortrag zum 4-Schicht-Modell war stark. Ich würde mich freuen, dich im Netzwerk zu haben.", input: { channel: "connection-note" }, messageId: "ok", name: "dich im Netzwerk" },
    { lang: "de", text: "Hallo Frau Lang, Ihr Beitrag zu Wunschdienstplänen war sehr klar. Ich würde mich freuen, wenn Sie meine Anfrage annehmen.", input: { channel: "connection-note" }, messageId: "ok", name: "die Anfrage annehmen" },
    { lang: "en", text: "Hi Ethan, your post on the NetSuite move was sharp. I'm keen to connect with finance leaders. Let's connect!", input: { channel: "connection-note" }, messageId: "ok", name: "asking to connect twice is one ask" },
    { lang: "en", text: "Hi Priya, a day-14 milestone check halved early churn at two SaaS teams I advised. Want the checklist?", messageId: "ok" },
    { lang: "en", text: "Hi Priya, a day-14 milestone check halved early churn at two SaaS teams I advised. Happy to share the checklist.", messageId: "offer-ok" },
    {
      lang: "en",
      text: "Hi Priya, why does onboarding stall in week two? At two SaaS teams it was the missing kickoff owner. Want the checklist we used?",
      messageId: "ok",
      name: "an opening question is a hook, not a second ask",
    },
    {
      lang: "en",
      text: "Thanks Priya! Here is the checklist. Would a 30-minute call next Tuesday work to walk through it?",
      input: replied,
      messageId: "ok",
      name: "a heavy ask after the prospect replied",
    },
    { lang: "en", text: "Hi Priya, your post on week-two stalls rang true. Would be great to connect.", input: { channel: "connection-note" }, messageId: "ok" },
    { lang: "de", text: "Hallo Herr Brandl, eine Tischlerei in Wels hat ihre Angebotszeit halbiert. Darf ich Ihnen das Beispiel schicken?", messageId: "ok" },
    { lang: "de", text: "Hallo Herr Brandl, eine Tischlerei in Wels hat ihre Angebotszeit halbiert. Wenn Sie mögen, schicke ich Ihnen das Beispiel.", messageId: "offer-ok" },
    {
      lang: "de",
      text: "Danke, Herr Brandl! Anbei das Beispiel aus Wels. Passt Ihnen ein 30-minütiger Call am Donnerstag, um es durchzugehen?",
      input: geantwortet,
      messageId: "ok",
      name: "ein Termin, nachdem die Person geantwortet hat",
    },
    { lang: "de", text: "Hallo Frau Vogl, Ihr Beitrag über Springerpools hat mich angesprochen. Vernetzen wir uns?", input: { channel: "connection-note" }, messageId: "ok" },
  ],
  invalid: [
    { lang: "en", text: "Hi Tomasz, your post about carrier invoices not matching agreed rates rang true. We audit each invoice line. «Grab any slot that suits for a 30-minute intro.»", messageId: "heavy-ask", name: "a 30-minute intro is a call" },
    { lang: "de", text: "Guten Tag Frau Roth, Ihr Beitrag zu Mahnläufen hat mich angesprochen. Wir prüfen jede Rechnung automatisch. «Hätten Sie Lust auf ein 30-minütiges Kennenlernen?»", messageId: "heavy-ask", name: "ein 30-minütiges Kennenlernen ist ein Termin" },
    { lang: "de", text: "Servus Herr Wiesinger, 22 leere Gewerbeeinheiten in der Annenstraße tun weh. Wir haben drei Passagen in Graz voll vermietet. «Wann können wir telefonieren?»", messageId: "heavy-ask", name: "Wann können wir …: setzt das Gespräch voraus" },
    { lang: "en", text: "Hi Owen, your post on fill-finish capacity rang true. We added a second isolator line this year. «Could we set up a one-hour call next month?»", messageId: "heavy-ask", name: "an hour of a stranger's time" },
    { lang: "de", text: "Guten Tag Herr Wiegand, unsere App plant Kolonnen wetterbasiert um.\n\n«Demo diese Woche?»", messageId: "heavy-ask", name: "eine Demo als Einwortfrage" },
    { lang: "de", text: "Guten Tag Herr Kögl, nur kurz nachgehakt zu meiner Nachricht. Ich freue mich auf Ihre Rückmeldung!", messageId: "no-ask", name: "sich auf eine Antwort freuen bittet um nichts" },
    { lang: "en", text: "Hi Martin, just making sure my last note did not get lost. Let me know your thoughts!", messageId: "no-ask", name: "let me know your thoughts asks for nothing in particular" },
    { lang: "de", text: "Guten Tag Herr Falk,\n\ngern stelle ich Ihnen das Studio in einem Videocall vor. «Hätten Sie dafür Zeit?»", messageId: "heavy-ask", name: "hätten Sie dafür Zeit" },
    { lang: "en", text: "Hi Warren, our dashboard shows every van's idle time.\n\n«When would suit you next week?»", messageId: "heavy-ask", name: "when would suit you" },
    { lang: "en", text: "Hi Gwen, our rota app is used by 300 care homes. «Would you like to see it in action?»", messageId: "heavy-ask", name: "seeing the product in action is a demo" },
    { lang: "en", text: "Hi Sanjay, I'm hiring a Staff Engineer for a fintech. «Free for a quick chat this week?»", messageId: "heavy-ask", name: "free for a quick chat" },
    { lang: "de", text: "Grüß Gott Herr Ortner,\n\n«Dürfen wir Ihnen unser Portfolio in einem persönlichen Termin vorstellen?»", messageId: "heavy-ask", name: "ein persönlicher Termin" },
    {
      lang: "en",
      text: "Hi Jonas, our WMS goes live in six weeks at a fixed price. «Could we book 30 minutes on Thursday?»",
      messageId: "heavy-ask",
      status: "warn",
      name: "minutes booked without naming a call",
    },
    {
      lang: "en",
      text: "Hi Priya, your post on onboarding stalls rang true. We halved early churn at two SaaS teams with a 14-day check.",
      messageId: "no-ask",
      status: "warn",
    },
    {
      lang: "en",
      text: "Hi Priya, we halved early churn at two SaaS teams with a 14-day check. «Do you have time for a 30-minute call next week?»",
      messageId: "heavy-ask",
      status: "warn",
      name: "a 30-minute call in a first contact",
    },
    {
      lang: "en",
      text: "Hi Priya, your post on week-two stalls rang true. «When are you free for a quick demo?»",
      input: { channel: "connection-note" },
      messageId: "heavy-ask",
    },
    {
      lang: "en",
      text: "Thanks Priya, glad it helped. «Would a summary for your team help?» «Or shall I send the full report as well?»",
      input: replied,
      messageId: "several-asks",
      status: "warn",
    },
    {
      lang: "de",
      text: "Hallo Herr Brandl, eine Tischlerei in Wels hat ihre Angebotszeit mit unserer Vorlage halbiert.",
      messageId: "no-ask",
      status: "warn",
    },
    {
      lang: "de",
      text: "Hallo Herr Brandl, eine Tischlerei in Wels hat ihre Angebotszeit halbiert. «Hätten Sie nächste Woche Zeit für ein 30-minütiges Telefonat?»",
      messageId: "heavy-ask",
      status: "warn",
      name: "ein 30-Minuten-Telefonat im Erstkontakt",
    },
    {
      lang: "de",
      text: "Hallo Herr Brandl, eine Tischlerei in Wels hat ihre Angebotszeit halbiert. «Darf ich Ihnen das Beispiel schicken?» «Und wer kümmert sich bei Ihnen um die Kalkulation?»",
      messageId: "several-asks",
    },
  ],
});
