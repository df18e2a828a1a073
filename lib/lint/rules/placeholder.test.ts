import { ruleTester } from "../testing/rule-tester";
import { placeholderRule } from "./placeholder";

const lena = { prospect: { name: "Lena Vogt", role: "Head of Returns", company: "Kontor GmbH" } };
const claudia = { prospect: { name: "Dr. Claudia Brandt", role: "Einkaufsleiterin", company: "Brandt Armaturen AG" } };

ruleTester.run(placeholderRule, {
  valid: [
    { lang: "en", text: "Hi Arjun, we store each event and log a repeat as [DUP] instead of booking it twice. Want the snippet?", name: "a short capital log tag is not a merge field" },
    { lang: "en", text: "Hi Henrik, your post about swapping table names for {{ ref() }} was a nice read. Would the CI config help?", name: "template code quoted from their post is not a merge field" },
    { lang: "en", text: "Hi Lena, your post on return rates in fashion e-commerce was sharp. Would our returns benchmark for DACH shops be useful?", input: lena, messageId: "ok" },
    { lang: "en", text: "Hi Lena, here is the [benchmark](https://kontor-insights.com/returns-2024) I mentioned.", input: lena, name: "a Markdown link is not a merge field" },
    { lang: "en", text: "Hi Lena, we cut 20% of re-shelving time and 15% of overtime at an XXL furniture shop. Worth a look?", input: lena, name: "percent signs, XXL" },
    { lang: "en", text: "Hi Lena, quick one (no pitch): how do you sort returns with a 3 x 5 grid?", name: "no prospect, ordinary brackets" },
    { lang: "de", text: "Hallo Frau Dr. Brandt, Ihr Beitrag zur Lieferantenbewertung hat mich angesprochen. Wäre unsere Checkliste für Armaturenhersteller interessant?", input: claudia },
    { lang: "de", text: "Guten Tag Frau Brandt,\n\nwir haben bei einem Armaturenhersteller 30 % der Reklamationen vermieden [Nachtrag: Details gern per Mail].\n\nBeste Grüße\nTim Roth", input: claudia, name: "a bracketed note of more than three words" },
  ],
  invalid: [
    { lang: "en", text: "Hi «{{ first_name | default('there') }}», your post on winter bookings stuck with me. Want the screenshots?", messageId: "found", name: "a template field with a filter" },
    { lang: "de", text: "Hallo «*|FNAME|*», danke für Ihre Antwort! Soll ich Ihnen die Auswertung schicken?", messageId: "found", name: "ein Mailchimp-Feld" },
    {
      lang: "en",
      text: "Hi «{{first_name}}», your post on return rates in fashion e-commerce was sharp. Would our returns benchmark be useful?",
      input: lena,
      messageId: "found",
      status: "fail",
      blocking: true,
      output: "Hi Lena, your post on return rates in fashion e-commerce was sharp. Would our returns benchmark be useful?",
    },
    {
      lang: "en",
      text: "Hi Lena, I'd love to learn how «[Company]» handles peak-season returns. Open to a quick exchange?",
      input: lena,
      messageId: "found",
      blocking: true,
      output: "Hi Lena, I'd love to learn how Kontor GmbH handles peak-season returns. Open to a quick exchange?",
    },
    {
      lang: "en",
      text: "Hi «{firstName}», how does «{company}» plan returns capacity for Black Friday?",
      input: lena,
      messageId: "found",
      blocking: true,
      output: "Hi Lena, how does {company} plan returns capacity for Black Friday?",
      name: "two fields: the fix fills one per click",
    },
    {
      lang: "en",
      text: "Hi «{{first_name}}», we saved «XXX» hours a month for a shoe retailer. Interested?",
      input: lena,
      messageId: "found",
      blocking: true,
    },
    {
      lang: "en",
      text: "Hi «{{first_name}}», I noticed your team is growing. Is returns handling on your list?",
      messageId: "found",
      blocking: true,
      output: null,
      name: "without a prospect there is nothing to fill in",
    },
    {
      lang: "en",
      text: "Hi Lena, your post on returns rang true. Would a benchmark of 40 DACH shops help?",
      input: { ...lena, channel: "inmail", subject: "Returns benchmark for {{company}}" },
      messageId: "found",
      blocking: true,
      name: "a field in the InMail subject",
    },
    {
      lang: "de",
      text: "Hallo «%NAME%»,\n\nIhr Beitrag zur Lieferantenbewertung hat mich angesprochen. Darf ich Ihnen unsere Checkliste schicken?\n\nViele Grüße\nTim Roth",
      input: claudia,
      messageId: "found",
      blocking: true,
      output: "Hallo Dr. Claudia Brandt,\n\nIhr Beitrag zur Lieferantenbewertung hat mich angesprochen. Darf ich Ihnen unsere Checkliste schicken?\n\nViele Grüße\nTim Roth",
    },
    {
      lang: "de",
      text: "Guten Tag Frau «<NACHNAME>», wie bewertet «[Firma]» heute ihre Gießereien?",
      input: claudia,
      messageId: "found",
      blocking: true,
      output: "Guten Tag Frau Brandt, wie bewertet [Firma] heute ihre Gießereien?",
    },
    {
      lang: "de",
      text: "Hallo «${vorname}», wir haben bei einem Armaturenhersteller die Reklamationsquote halbiert. Interesse an den Details?",
      input: claudia,
      messageId: "found",
      blocking: true,
      output: "Hallo Claudia, wir haben bei einem Armaturenhersteller die Reklamationsquote halbiert. Interesse an den Details?",
    },
    {
      lang: "de",
      text: "Hallo Frau Brandt, bei «__COMPANY__» dauert die Lieferantenfreigabe sicher auch «xxx» Wochen. Stimmt das?",
      input: claudia,
      messageId: "found",
      blocking: true,
    },
  ],
});
