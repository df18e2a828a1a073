import { ruleTester } from "../testing/rule-tester";
import { conciseRule } from "./concise";

/** Marks text[start, end) as the expected span. */
function markRange(text: string, start: number, end = text.length): string {
  return `${text.slice(0, start)}«${text.slice(start, end)}»${text.slice(end)}`;
}

/** Marks everything after the first n code points: where a character limit cuts. */
function markAfterCodePoints(text: string, n: number): string {
  const points = Array.from(text);
  return `${points.slice(0, n).join("")}«${points.slice(n).join("")}»`;
}

/** Marks the body: from right after the greeting's name to the start of the closing line. */
function markBody(text: string, name: string, closing?: string): string {
  return markRange(text, text.indexOf(name) + name.length, closing ? text.lastIndexOf(closing) : text.length);
}

const priya = { prospect: { name: "Priya Raman", role: "Head of Customer Success", company: "Lumenfold" } };

// 232 characters
const enNote =
  "Hi Priya, your post on week-two onboarding stalls at Lumenfold rang true. I ran a 14-day milestone check with two SaaS teams last year, and early churn dropped by half in both. Would be glad to compare notes on what worked. Connect?";
// 250 characters
const deNote =
  "Hallo Frau Vogl, Ihr Beitrag über Springerpools in der Pflege hat mich zum Nachdenken gebracht. Wir haben in zwei Kliniken in Bayern ähnliche Pools aufgebaut und dabei viel über Dienstpläne gelernt. Ich würde mich freuen, mich mit Ihnen zu vernetzen.";
// exactly 200 code points, 201 UTF-16 code units: the emoji counts as one character
const enNote200 =
  "Hi Priya, your post on week-two onboarding stalls rang true 👏 I ran a 14-day milestone check with two SaaS teams, and early churn fell by half in both. Keen to learn what worked at Lumenfold. Connect?";
// a follow-up of 73 words before its sign-off: with "Marcus" 74 (under 75), with "Best, Marcus" 75
const enFollowUp73 =
  "Hi Bethany, thanks for asking, and good question. For a team of twelve designers the licence costs nine hundred pounds a month, billed annually, and that includes onboarding, training and priority support. Most studios of your size recover that within the first quarter, because revision rounds with clients drop sharply once feedback happens directly on the shared artboard. Would a free trial workspace for your team, with one live client project, be helpful?";
// 1,991 characters
const enInmail = "Hi Nadia,\n\nI read the summary of your LogiMAT talk on retrofitting pallet shuttles in older high-bay warehouses, and the point about spare parts for controllers from the early 2000s stayed with me. We see the same pattern in almost every retrofit we join: the mechanics are fine for another decade, but the control cabinets become the bottleneck because nobody stocks the boards any more.\n\nOver the last three years we have retrofitted shuttle controls at eleven sites in Germany, the Netherlands and the UK. In each case we kept the existing rails, lifts and shuttles, replaced the controllers with current industrial PCs and moved the logic into a small software layer that talks to the existing warehouse management system. The typical shutdown was one weekend per aisle, and none of the sites had to touch their WMS interface.\n\nAt a cold-storage operator near Rotterdam, unplanned downtime fell from roughly nine hours a month to under two, and the maintenance team no longer had to hunt for used boards on auction sites. At a spare-parts distributor in Kassel the retrofit paid for itself in fourteen months, mostly through fewer emergency call-outs at night.\n\nI am not sure whether your new site near Bremen will run new shuttles or take over some of the older units, so this may not be relevant to you at all. If it is, I could send you the two-page summary of the Rotterdam project, with the shutdown plan we used and the list of parts we replaced. It was written by their maintenance lead rather than by our marketing team, which I think makes it more useful.\n\nFor context, our team is twelve engineers in Hanover, most of them former maintenance technicians from intralogistics sites, so we tend to start with the people who keep the system running rather than with the software.\n\nEither way, thank you for the talk; it was one of the few at the fair that went into real detail about the hard parts of a retrofit.\n\nBest regards,\nJonas Albers\nRetrofit Engineering, Albers Automation";
// 1,951 characters
const deInmail = "Guten Tag Frau Vogl,\n\nIhr Beitrag über Springerpools in der Pflege hat in meinem Team eine lange Diskussion ausgelöst, vor allem der Gedanke, dass ein Pool nur funktioniert, wenn die Stationen ihn nicht als Notlösung, sondern als festen Teil der Dienstplanung sehen. Genau daran sind die ersten Versuche in zwei Kliniken gescheitert, mit denen wir gearbeitet haben.\n\nWir begleiten seit vier Jahren Krankenhäuser in Bayern und Baden-Württemberg beim Aufbau solcher Pools. Dabei verbinden wir die bestehende Dienstplansoftware mit einer kleinen App, in der Pflegekräfte aus dem Pool offene Dienste sehen und mit einem Klick übernehmen können. Die Stationsleitungen behalten die Hoheit über ihre Pläne, bekommen aber früher Bescheid, wenn eine Lücke entsteht.\n\nAm Klinikum in Kempten ist die Zahl der kurzfristig abgesagten Dienste im ersten Jahr um ein Drittel gesunken, und die Überstunden der Stammbelegschaft gingen spürbar zurück. In einem kleineren Haus in Ravensburg hat der Pool nach sechs Monaten so gut funktioniert, dass die Geschäftsführung ihn auf die Funktionsdienste ausgeweitet hat.\n\nIch weiß nicht, ob bei Ihnen mit der neuen Geriatrie gerade ohnehin eine neue Planung ansteht, daher passt das vielleicht auch gar nicht. Falls doch, schicke ich Ihnen gern die kurze Auswertung aus Kempten, mit den Zahlen vor und nach der Einführung und den Fehlern, die wir am Anfang gemacht haben. Sie stammt von der dortigen Pflegedienstleitung und nicht aus unserem Marketing.\n\nZu uns: Wir sind ein Team von neun Leuten in Ulm, die meisten kommen selbst aus der Pflege oder der Dienstplanung, und wir arbeiten deshalb zuerst mit den Stationen und erst danach mit der IT. Die App läuft auf den Diensthandys, die in den meisten Häusern ohnehin schon vorhanden sind.\n\nVielen Dank jedenfalls für den Beitrag, er gehört zu den wenigen, die das Thema ehrlich und ohne Schönfärberei beschreiben.\n\nMit freundlichen Grüßen\nJan Brück\nBrück Personalplanung GmbH";
// 144 words, about 120 of them in the body
const enLong =
  "Hi Marc,\n\nI noticed that Fernwerk moved its nightly builds to ARM runners last month. We went through the same move last spring with a team of forty engineers and a monorepo that had grown for eight years. The compile step was easy. The hard part was the test fleet: about a third of our integration tests depended on x86-only images, and the flaky ones got worse before they got better. We ended up building a small compatibility matrix that told each team which images to rebuild first, and a nightly report that compared failure rates on both architectures. After six weeks the ARM fleet was cheaper by about 40% and the build queue was shorter than before. I wrote down every step that broke and how we fixed it, including the matrix template. Would the notes be useful for your team?\n\nBest,\nLukas";
const deFollowUp =
  "Hallo Herr Brandl, kurz noch eine Ergänzung zu meiner Nachricht von letzter Woche, weil sie vielleicht gerade jetzt passt: Eine Tischlerei in Wels hat mit unserer Angebotsvorlage die Zeit pro Angebot von zwei Tagen auf einen halben Tag gesenkt, und zwar ohne neue Software, nur mit einer besseren Struktur für Aufmaß, Materialliste und Textbausteine. Der Inhaber hat dazu einen kurzen Erfahrungsbericht geschrieben, der die Umstellung Schritt für Schritt beschreibt, inklusive der Punkte, die am Anfang nicht funktioniert haben. Soll ich Ihnen den Bericht schicken?";
// 67 words between greeting and signature, 77 in all: the reader counts the whole message
const deFollowUpSigned =
  "Guten Tag Herr Dr. Brandl,\n\nnoch ein Nachtrag zu meiner Nachricht: Eine Tischlerei in Wels hat mit unserer Angebotsvorlage die Zeit pro Angebot von zwei Tagen auf einen halben Tag gesenkt, ohne neue Software, nur mit einer besseren Struktur für Aufmaß, Materialliste und Textbausteine. Der Inhaber hat dazu einen kurzen Bericht geschrieben, der die Umstellung Schritt für Schritt beschreibt, samt der Punkte, die am Anfang hakten. Soll ich Ihnen den Bericht schicken?\n\nMit freundlichen Grüßen\nJörg Lemke";
const enLongSentence =
  "Hi Marc, I noticed that Fernwerk is now running its nightly builds on ARM runners and, since we went through the same move last spring with a team of forty engineers and a monorepo that had grown for eight years, I wrote down every step that broke and how we fixed it. Want the notes?";

ruleTester.run(conciseRule, {
  valid: [
    { lang: "de", text: "Grüezi Frau Dr. Stucki, Ihr Vortrag zu manuellen Chargenfreigaben hat mich angesprochen. Mit unserem Batch Record sank die Freigabezeit einer Spitalapotheke auf 30 Minuten. Ich wünsche Ihnen einen guten Start in die Woche.", messageId: "ok", name: "ein Wunsch als letzte Zeile schließt, er eröffnet nichts" },
    { lang: "de", text: "Guten Tag Frau Gschwandtner, viele Kunden würden gern Fotos schicken, finden aber keinen Weg dafür – also rufen sie an und warten. Bei einer Salzburger Versicherung kommen 58 % der Schäden digital herein. Darf ich Ihnen die Auswertung schicken?", messageId: "ok", name: "„rufen sie an“ mit kleinem „sie“ erzählt, was Kunden tun: keine zweite Bitte" },
    { lang: "en", text: "Jake!!! Members want instant loans? Our engine decides loans in 8 seconds. Let's connect!", input: { channel: "connection-note" }, messageId: "ok", name: "a name with exclamation marks greets: the question after it is a hook, not a second ask" },
    { lang: "de", text: "Hallo Herr Kurz, ein Platz in Hagnau hat die Stornoquote mit unserer Umbuchung auf 15 % gedrückt. Absolut stark, oder? Soll ich Ihnen zeigen, wie die Umbuchung aussieht?", messageId: "ok", name: "„…, oder?“ sucht Zustimmung und bittet um nichts" },
    { lang: "en", text: "hey sophie! thanks for connecting. your post about couples asking for less posed photos stuck with me. that's pretty much all we shoot. we did eleven weddings with local planners last year and each couple got a teaser the same night.\n\nwould it help if i sent you two galleries?\n\nlou", messageId: "ok", name: "sentences written in lower case are sentences" },
    { lang: "de", text: "Hey Moritz, der Hub in Hamburg kostet kaum mehr als die Knöllchen eurer Fahrer. Soll ich dir die Kalkulation schicken? Wenn's gerade nicht passt, sag einfach Bescheid.", messageId: "ok", name: "„Wenn's gerade nicht passt, sag Bescheid“ ist ein Ausweg, keine zweite Bitte" },
    { lang: "de", text: "Hi Leon, für die Weihnachtsmärkte haben wir noch 25 Kräfte frei. Soll ich dir zehn davon vormerken? Falls es schon geregelt ist, sag kurz Bescheid.", messageId: "ok", name: "ein Ausweg, falls es schon geregelt ist, ist keine zweite Bitte" },
    { lang: "de", text: "Hi Sarah, ich vernetze mich gerade mit Trainerinnen aus ganz Deutschland. Hast du Lust, dass wir uns verbinden?", input: { channel: "connection-note" }, messageId: "ok", name: "zweimal um Vernetzung gebeten ist eine Bitte" },
    { lang: "de", text: "Guten Tag Herr Lutz, ein Werk in Kassel spart so 12 % Energie. Darf ich Ihnen die Auswertung schicken? Ich freue mich auf Ihre Antwort.", messageId: "ok", name: "Ich freue mich auf Ihre Antwort nach einer Frage ist ein Gruß" },
    { lang: "en", text: "Hi Grace, your Intune rollout to 400 laptops in three weeks was impressive – I'd love to hear what you'd do differently. Connect?", input: { channel: "connection-note" }, messageId: "ok", name: "'I'd love to hear …' gives the reason to connect, not a second ask" },
    { lang: "en", text: "Hi Lucy, your post about 'runs small' got me thinking. How many of those customers would have sized up if the product page had told them to? At a cashmere brand, size returns fell from 19% to 11%. Would the data be useful?", messageId: "ok", name: "a 'would have' question imagines rather than asks" },
    { lang: "en", text: "Hi Patrick, I'm reaching out because your Limerick hospital extension will need snag lists signed off fast. Our app closes them on site; one contractor finished three weeks sooner. Worth a look?", name: "'I'm reaching out because …' gives the reason, it is no filler" },
    { lang: "en", text: "Hi Deepa,\n\nwe cut changeovers from six a day to two. Would the sequencing sheet help?\n\nRegards,\nAsha\n\nP.S. Congratulations on the new Kochi unit.", messageId: "ok", name: "a P.S. without an ask" },
    {
      lang: "en",
      text: "Hi Anjali, one more thought: the Midlands group found that a third of their locum days were Mondays alone, so moving routine ops to midweek cut locum spend by a further 15% – more than the rota pool did. Would both models help?",
      input: { channel: "message" },
      name: "a well-built sentence of about 40 words is not a run-on",
    },
    {
      lang: "de",
      text: "Hi Felix,\n\ndanke fürs Vernetzen! Dein Post zu den Drops war spannend: Meist blockiert der Checkout, nicht der Server. Bei einer Kölner Marke lief der letzte Drop ohne Ausfall.\n\nMagst du dir die Architektur anschauen?\n\nGrüße\nNele",
      name: "danke fürs Vernetzen ist keine zweite Bitte",
    },
    { lang: "en", text: "Hi Priya, your post on week-two onboarding stalls rang true. A 14-day milestone check halved early churn at two SaaS teams I advised. Want the checklist?", input: priya, messageId: "ok" },
    { lang: "en", text: `${enFollowUp73} Marcus`, input: { channel: "follow-up", history: [{ direction: "out", text: "Hi Bethany, …", daysAgo: 6 }, { direction: "in", text: "How does pricing work?", daysAgo: 3 }] }, messageId: "ok", name: "a follow-up of 74 words is under 75" },
    {
      lang: "en",
      text: enNote200.replace("Connect?", "Connect"),
      input: { ...priya, channel: "connection-note", account: "free" },
      messageId: "ok",
      name: "199 characters, one of them an emoji, are under 200",
    },
    { lang: "en", text: "Hi Marc, thanks for the quick reply! Here is the matrix template: two columns per team, one per architecture. Shall I add our failure report too?", input: { channel: "follow-up", history: [{ direction: "out", text: "Hi Marc, …" }, { direction: "in", text: "Sounds useful, tell me more." }] } },
    {
      lang: "de",
      text: "Hallo Frau Vogl, Ihr Beitrag über Springerpools in der Pflege hat mich zum Nachdenken gebracht. Ich würde mich freuen, mich mit Ihnen zu vernetzen.",
      input: { channel: "connection-note", account: "free" },
      messageId: "ok",
    },
    {
      lang: "de",
      text: "Grüezi Herr Keller\n\nIhr Beitrag zur Blechbearbeitung hat mir gefallen: Der Aufwand fürs Rüsten ist bei kleinen Losen wirklich gross. Bei einem Betrieb in Winterthur haben wir die Rüstzeit halbiert. Soll ich Ihnen die Auswertung schicken?\n\nFreundliche Grüsse\nReto Brunner",
      messageId: "ok",
      name: "Swiss spelling, signature not counted",
    },
    {
      lang: "de",
      text: "Hallo Herr Brandl, eine Tischlerei in Wels hat ihre Angebotszeit mit unserer Vorlage halbiert. Soll ich Ihnen das Beispiel schicken?",
      input: { channel: "inmail", subject: "Angebote in einem halben Tag statt in zwei" },
    },
  ],
  invalid: [
    { lang: "en", text: "Hi Aaron, «hope Q3 is treating you well»! We've launched a customs module that fills declarations from invoices. Would you be open to a look?", messageId: "filler", name: "'hope Q3 is treating you well' is a filler opener" },
    { lang: "en", text: "Hi Marco, «I hope you've had a relaxing summer break». Your post on three-way matching for 2,000 invoices a month was excellent. Connect?", input: { channel: "connection-note" }, messageId: "filler", name: "I hope you've had a relaxing break" },
    { lang: "de", text: "Guten Tag Frau Dr. Kranzl, «ich hoffe, die Feiertage waren erholsam für Sie»! Für Ihre drei Standorte liegt die Terminbuchung bei 290 Euro im Monat. Soll ich ein Angebot schicken?", messageId: "filler", name: "ich hoffe, die Feiertage waren erholsam" },
    { lang: "de", text: "Hallo Daniel,\n\n«hoffe, dir geht's gut»! Dein Post zu 31 % Größen-Retouren ist mir hängen geblieben. Ein Fuß-Scan hat sie bei einer Sneaker-Brand auf 17 % gesenkt.\n\nLust auf eine Demo-Aufnahme?\n\nJens", messageId: "filler", name: "hoffe, dir geht's gut (ohne ich)" },
    { lang: "de", text: "Sehr geehrter Herr Ebner, «ich wünsche Ihnen einen guten Start in den Tag» und hoffe, alles läuft. Unser Modul schickt Kostenvoranschläge direkt an 90 Kassen. Soll ich Ihnen die Liste schicken?", messageId: "filler", name: "einen guten Start in den Tag" },
    { lang: "de", text: "Hallo Herr Dr. Brandt, «ich hoffe, die Woche hat für Sie gut angefangen». Ihr Post zum Personalmangel trifft den Kern. Gern würde ich mich vernetzen.", input: { channel: "connection-note" }, messageId: "filler", name: "ich hoffe, die Woche hat gut angefangen" },
    { lang: "de", text: "Guten Tag Frau Sörensen, «ich hoffe, bei Ihnen ist alles im Lot»! Glückwunsch zu 175 Jahren Feuerkasse. Ich würde mich freuen, wenn wir uns vernetzen.", input: { channel: "connection-note" }, messageId: "filler", name: "ich hoffe, bei Ihnen ist alles im Lot" },
    { lang: "en", text: "Good morning Inês, «I trust you had a restful weekend and that the week is off to a good start». Our catalogue tool cut onboarding by 40% at an insurer. Interested?", messageId: "filler", name: "I trust you had a restful weekend" },
    { lang: "en", text: "Hi Hannah, your summit talk on linen costs was excellent. «Would you connect» – «and could you also introduce me to your CFO?»", input: { channel: "connection-note" }, messageId: "several-asks", name: "'would you connect' asks to connect, and the introduction is a second ask" },
    { lang: "en", text: "Hi Rebecca, your post on agency spend rising 40% rang true. «Would be glad to connect» – «and could you tell me who runs your staff bank?»", input: { channel: "connection-note" }, messageId: "several-asks", name: "a connect request and a question in one sentence" },
    { lang: "en", text: "Hi Gareth, «I hope this finds you well». Your post on moving 40 legacy apps out was refreshingly honest. Would be glad to connect.", input: { channel: "connection-note" }, messageId: "filler", name: "hope this finds you well, without 'message'" },
    { lang: "en", text: "Hi Marcus, «I trust you're keeping well and that December isn't too hectic». Would the retrofit checklist be useful?", messageId: "filler", name: "I trust you're keeping well" },
    {
      lang: "de",
      text: "Hallo Frau Dr. Kögl, eine Tierarztkette in Augsburg senkte die Ausfallquote auf 5 %. «Hätten Sie nächste Woche 45 Minuten für eine Demo?» «Oder schicken Sie mir vorab Ihre Terminzahlen, dann rechne ich das durch.»",
      messageId: "several-asks",
      name: "schicken Sie mir …: eine zweite Bitte",
    },
    { lang: "de", text: "Hallo Sebastian, «ich hoffe, dir geht's gut und du bist gut ins Jahr gestartet»! Dein Post zur Schichtplanung hat mich angesprochen. Magst du die Demo sehen?", messageId: "filler", name: "dir geht's gut" },
    {
      lang: "en",
      text: "Hi Chris,\n\nyour post on Meta CPMs jumping 60% rang true. Two brands I work with held their CAC flat.\n\n«Would you like the breakdown?»\n\nCheers,\nRuth\n\nP.S. «Will you be at the Belfast meetup next month?» Would be great to say hi.",
      messageId: "several-asks",
      name: "a second ask in the P.S. after the signature",
    },
    { lang: "de", text: "Guten Tag Frau Roesler, «ich wünsche Ihnen einen guten Start in die Woche». Ihr Post zur Kreditentscheidung trifft einen Punkt. Interesse?", messageId: "filler", name: "ein Wochengruß ist Füllstoff" },
    {
      lang: "en",
      text: markAfterCodePoints(enNote200, 199),
      input: { ...priya, channel: "connection-note", account: "free" },
      messageId: "over-good-characters",
      status: "fail",
      blocking: false,
      name: "a free-account note of exactly 200 characters, one of them an emoji: within the limit, not under the good length",
    },
    {
      lang: "en",
      text: markAfterCodePoints(enNote, 200),
      input: { ...priya, channel: "connection-note", account: "free" },
      messageId: "over-hard-limit",
      status: "fail",
      blocking: true,
      name: "a connection note over 200 characters on a free account blocks",
    },
    {
      lang: "en",
      text: markAfterCodePoints(enNote, 199),
      input: { ...priya, channel: "connection-note", account: "premium" },
      messageId: "over-good-characters",
      status: "fail",
      blocking: false,
      name: "between 200 and 300 characters on premium fails without blocking",
    },
    {
      lang: "en",
      text: markAfterCodePoints(enNote, 199),
      input: { ...priya, channel: "connection-note" },
      messageId: "over-good-characters",
      blocking: false,
      name: "an unknown account gets the larger limit",
    },
    {
      lang: "en",
      text: markAfterCodePoints(enInmail, 1900),
      input: { channel: "inmail", subject: "Shuttle retrofit at your Bremen site" },
      messageId: "over-hard-limit",
      status: "fail",
      blocking: true,
      name: "an InMail over 1,900 characters blocks",
    },
    {
      lang: "en",
      text: markBody(enInmail, "Hi Nadia", "Best regards"),
      input: { channel: "message" },
      messageId: "over-good-words",
      status: "fail",
      blocking: false,
      name: "the same text as a message: too long, not blocked",
    },
    {
      lang: "en",
      text: markBody(enLong, "Hi Marc", "Best,"),
      messageId: "over-good-words",
      blocking: false,
    },
    {
      lang: "en",
      text: "Hi Marc, thanks for the ARM notes. Shall I send the matrix template?",
      input: { channel: "inmail", subject: `Re: ${"ARM runners, flaky x86 images, a compatibility matrix and a nightly failure report ".repeat(3)}` },
      messageId: "subject-over-limit",
      blocking: true,
      name: "an InMail subject over 200 characters",
    },
    {
      lang: "en",
      text: "Hi Anna,\n\n«I hope this message finds you well». Your post on CRM data quality made me think of a cleanup routine that took a retailer from 19% to 4% duplicate accounts. Want the two-page summary?",
      messageId: "filler",
      status: "fail",
      output: "Hi Anna,\n\nYour post on CRM data quality made me think of a cleanup routine that took a retailer from 19% to 4% duplicate accounts. Want the two-page summary?",
      name: "a filler opener, fixed by deleting the sentence",
    },
    {
      lang: "en",
      text: "Hi Anna, «hope you're doing well and had a relaxing weekend». Your post on CRM data quality made me think of a cleanup routine. Want the summary?",
      messageId: "filler",
      output: null,
      name: "filler in the greeting's sentence: no one-click deletion",
    },
    {
      lang: "en",
      text: "Hi Anna, your post on CRM data quality made me think of a cleanup routine that took a retailer from 19% to 4% duplicates. «Would a two-page summary help?» «And who owns CRM hygiene on your side?»",
      messageId: "several-asks",
      status: "fail",
    },
    {
      lang: "en",
      text: markRange(enLongSentence, 0, enLongSentence.indexOf(" Want")),
      name: "a sentence of over 45 words (the greeting in it counts)",
      messageId: "long-sentence",
      status: "fail",
    },
    {
      lang: "de",
      text: markAfterCodePoints(deNote, 200),
      input: { channel: "connection-note", account: "free" },
      messageId: "over-hard-limit",
      blocking: true,
    },
    {
      lang: "de",
      text: markAfterCodePoints(deNote, 199),
      input: { channel: "connection-note", account: "premium" },
      messageId: "over-good-characters",
      blocking: false,
    },
    {
      lang: "de",
      text: markAfterCodePoints(deInmail, 1900),
      input: { channel: "inmail" },
      messageId: "over-hard-limit",
      blocking: true,
      name: "eine InMail über 1.900 Zeichen blockiert",
    },
    {
      lang: "de",
      text: markBody(deFollowUpSigned, "Herr Dr. Brandl", "Mit freundlichen Grüßen"),
      input: { channel: "follow-up", history: [{ direction: "out", text: "Guten Tag Herr Dr. Brandl, …", daysAgo: 8 }] },
      messageId: "over-good-words",
      name: "Anrede und Gruß zählen mit: 77 Wörter in einem Nachfass",
    },
    {
      lang: "de",
      text: markBody(deFollowUp, "Hallo Herr Brandl"),
      input: { channel: "follow-up", history: [{ direction: "out", text: "Hallo Herr Brandl, …", daysAgo: 8 }] },
      messageId: "over-good-words",
      blocking: false,
      name: "a follow-up over 75 words",
    },
    {
      lang: "en",
      text: `Hi Bethany«${enFollowUp73.slice("Hi Bethany".length)} Best, Marcus»`,
      input: { channel: "follow-up", history: [{ direction: "out", text: "Hi Bethany, …", daysAgo: 6 }, { direction: "in", text: "How does pricing work?", daysAgo: 3 }] },
      messageId: "over-good-words",
      blocking: false,
      name: "a follow-up of exactly 75 words is not under 75",
    },
    {
      lang: "de",
      text: "Hallo Frau Vogl,\n\n«ich hoffe, es geht Ihnen gut». Ihr Beitrag über Springerpools hat mich angesprochen. Darf ich Ihnen unsere Auswertung aus Kempten schicken?\n\nViele Grüße\nJan Brück",
      messageId: "filler",
      output: "Hallo Frau Vogl,\n\nIhr Beitrag über Springerpools hat mich angesprochen. Darf ich Ihnen unsere Auswertung aus Kempten schicken?\n\nViele Grüße\nJan Brück",
    },
    {
      lang: "de",
      text: "Hallo Herr Brandl,\n\n«mein Name ist Lea» Kern. «Ich möchte mich kurz vorstellen»: Wir bauen Angebotsvorlagen für Tischlereien. Interesse?",
      messageId: "filler",
      output: null,
    },
    {
      lang: "de",
      text: "Hallo Herr Brandl, eine Tischlerei in Wels hat ihre Angebotszeit halbiert. «Soll ich Ihnen das Beispiel schicken?» «Oder wann hätten Sie Zeit für ein Telefonat?»",
      messageId: "several-asks",
    },
  ],
});
