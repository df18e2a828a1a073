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
