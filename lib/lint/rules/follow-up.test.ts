import { ruleTester } from "../testing/rule-tester";
import { followUpRule } from "./follow-up";

const out = (text: string, daysAgo?: number) => ({ direction: "out" as const, text, daysAgo });
const inn = (text: string, daysAgo?: number) => ({ direction: "in" as const, text, daysAgo });

const first = out("Hi Priya, your post on week-two stalls rang true. Want the checklist?", 12);
const second = out("Hi Priya, one more data point: the check also cut support tickets by a fifth.", 5);
const erste = out("Hallo Herr Brandl, darf ich Ihnen das Beispiel aus Wels schicken?", 14);
const zweite = out("Hallo Herr Brandl, noch eine Zahl dazu: Die Nachkalkulation lag nur 3 % daneben.", 6);

ruleTester.run(followUpRule, {
  valid: [
    { lang: "en", text: "Hi Mateo, congrats on closing the Series A – circling back as you suggested. Would a sample report be useful now?", input: { channel: "follow-up", history: [{ direction: "out", text: "Hi Mateo, worth a look at access reviews?" }, { direction: "in", text: "After our Series A closes, please." }] }, messageId: "replied", name: "circling back as you suggested is no nag" },
    {
      lang: "de",
      text: "Guten Tag Herr Huber, gute Frage! Unsere Kunden haken nicht mit „nur kurz nachgefragt“ nach, sondern mit einer Ergänzung. Soll ich Beispiele schicken?",
      input: { channel: "follow-up", history: [erste, inn("Wie haken Ihre Kunden nach, ohne zu nerven?", 2)] },
      messageId: "replied",
      name: "eine zitierte Floskel ist Thema, kein Nachhaken",
    },
    { lang: "en", text: "Hi Priya, your post on week-two stalls rang true. Want the checklist?", messageId: "ok" },
    {
      lang: "en",
      text: "Thanks Priya! Here is the checklist. The day-14 step is the one that matters most.",
      input: { channel: "follow-up", history: [first, inn("Sure, send it over.", 10)] },
      messageId: "replied",
    },
    {
      lang: "en",
      text: "Hi Priya, one more thought on week-two stalls: a named kickoff owner fixed most of them. Worth a look?",
      input: { channel: "follow-up" },
      status: "skip",
      messageId: "no-history",
    },
    {
      lang: "de",
      text: "Danke, Herr Brandl! Anbei das Beispiel aus Wels, die Kalkulation steht auf Seite 2.",
      input: { history: [erste, zweite, inn("Ja, schicken Sie es gern.", 2)] },
      messageId: "replied",
      name: "two unanswered messages, then a reply: the streak is over",
    },
    { lang: "de", text: "Hallo Herr Brandl, eine Tischlerei in Wels hat ihre Angebotszeit halbiert. Darf ich Ihnen das Beispiel schicken?", input: { history: [] }, messageId: "ok" },
  ],
  invalid: [
    { lang: "en", text: "Hi Sam, «circling back» on my note from last week – «did it get lost» in your inbox? Keen to hear your thoughts!", input: { channel: "follow-up", history: [{ direction: "out", text: "Hi Sam, saw your hiring post. Worth a chat?" }] }, messageId: "pestering", name: "did it get lost in your inbox" },
    { lang: "en", text: "hey Chris, sorry to bug u again! «did u get my last 2 msgs»? would love to show u what we do 🙏", input: { channel: "follow-up", history: [{ direction: "out", text: "hi Chris, saw your post about missed calls. worth a chat?" }] }, messageId: "pestering", name: "did u get my last 2 msgs, in texting style" },
    { lang: "en", text: "Hey, just «checking you got my» InMail from last week? We'd love to help. Speak soon!", input: { channel: "follow-up" }, messageId: "pestering", name: "checking you got my InMail" },
    { lang: "en", text: "Hi Alisha, «sorry to chase again» – the trikes are available to order now. Let me know either way!", input: { channel: "follow-up", history: [{ direction: "out", text: "Hi Alisha, trikes for the trial?" }] }, messageId: "pestering", name: "sorry to chase again" },
    { lang: "en", text: "Hi again! Just «checking whether you saw my» previous note? Our solution could really help.", input: { channel: "follow-up" }, messageId: "pestering", name: "checking whether you saw my note, even without the thread" },
    {
      lang: "de",
      text: "Guten Tag Herr Brandl, «haben Sie meine Nachricht von letzter Woche gesehen»? Ein Labor in Regensburg hat seine Laufzeiten halbiert.",
      input: { channel: "follow-up", history: [erste] },
      messageId: "pestering",
      name: "meine Nachricht von letzter Woche",
    },
    {
      lang: "en",
      text: "Hi Priya, «did you see my last two messages»? Happy to share the checklist.",
      input: { channel: "follow-up", history: [first] },
      messageId: "pestering",
      name: "my last two messages",
    },
    {
      lang: "de",
      text: "Guten Tag Herr Brandl, «ich melde mich noch einmal zu» meiner letzten Nachricht. Interesse?",
      input: { channel: "follow-up", history: [erste] },
      messageId: "pestering",
      name: "noch einmal zu meiner letzten Nachricht",
    },
    {
      lang: "en",
      text: "Hi Priya, «did you get a chance to look at my last message»? Happy to share the checklist.",
      input: { channel: "follow-up", history: [first] },
      messageId: "pestering",
      name: "a chance to look at my last message",
    },
    {
      lang: "en",
      text: "Hi Priya, one more data point: the check also cut support tickets by a fifth. Worth a look?",
      input: { channel: "follow-up", history: [first] },
      messageId: "second-unanswered",
      status: "warn",
      blocking: false,
      name: "a second message while the first is unanswered",
    },
    {
      lang: "en",
      text: "Hi Priya, last one from me: the checklist is yours if you ever want it.",
      input: { channel: "follow-up", history: [first, second] },
      messageId: "third-unanswered",
      status: "fail",
      blocking: true,
      name: "a third unanswered message in a row blocks",
    },
    {
      lang: "en",
      text: "Hi Priya, happy to help with the pilot whenever you are ready.",
      input: { channel: "follow-up", history: [first, inn("Maybe next quarter.", 11), second, out("Hi Priya, any thoughts?", 2)] },
      messageId: "third-unanswered",
      blocking: true,
      name: "the unanswered streak counts from the last reply",
    },
    {
      lang: "en",
      text: "Hi Priya, «just bumping» this «in case it got lost». Want the checklist?",
      input: { channel: "follow-up", history: [first, inn("Not now, thanks.", 11)] },
      messageId: "pestering",
      status: "fail",
    },
    {
      lang: "en",
      text: "Hi Priya, «did you see my last message»? The checklist is still yours.",
      messageId: "pestering",
      blocking: false,
    },
    {
      lang: "de",
      text: "Hallo Herr Brandl, noch eine Zahl zum Beispiel aus Wels: Die Nachkalkulation lag nur 3 % daneben. Interesse?",
      input: { channel: "follow-up", history: [erste] },
      messageId: "second-unanswered",
      status: "warn",
      blocking: false,
    },
    {
      lang: "de",
      text: "Hallo Herr Brandl, ich melde mich ein letztes Mal. Das Angebot mit dem Beispiel steht.",
      input: { channel: "follow-up", history: [erste, zweite] },
      messageId: "third-unanswered",
      status: "fail",
      blocking: true,
    },
    {
      lang: "de",
      text: "Hallo Herr Brandl, «nur kurz nachgehakt»: Haben Sie schon in das Beispiel geschaut?",
      input: { channel: "follow-up", history: [erste, inn("Ich schaue es mir an.", 10)] },
      messageId: "pestering",
      status: "fail",
    },
    {
      lang: "de",
      text: "Hallo Herr Brandl, «haben Sie meine letzte Nachricht gesehen»? Das Beispiel aus Wels schicke ich gern.",
      messageId: "pestering",
    },
  ],
});
