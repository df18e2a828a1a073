import { ruleTester } from "../testing/rule-tester";
import { linksRule } from "./links";

const replied = {
  history: [
    { direction: "out" as const, text: "Hi Lena, would the returns benchmark be useful?", daysAgo: 4 },
    { direction: "in" as const, text: "Yes, send it over.", daysAgo: 3 },
  ],
};
const geantwortet = {
  history: [
    { direction: "out" as const, text: "Hallo Herr Brandl, darf ich Ihnen das Beispiel schicken?", daysAgo: 4 },
    { direction: "in" as const, text: "Ja, gern.", daysAgo: 2 },
  ],
};

ruleTester.run(linksRule, {
  valid: [
    { lang: "en", text: "Hi Sam, congrats on the launch 👩‍💻 – happy to connect?", name: "a zero-width joiner inside an emoji is fine" },
    { lang: "en", text: "Hi Lena, your post on return rates was sharp. Would our returns benchmark be useful?", messageId: "ok" },
    {
      lang: "en",
      text: "Thanks Lena! Here is the benchmark: https://kontor-insights.com/returns-benchmark-2024. Happy to walk you through it.",
      input: replied,
      messageId: "plain-ok",
      name: "a company link after the prospect replied",
    },
    { lang: "en", text: "Hi Lena, if email is easier, I am at jonas.albers@albers-automation.de. Would the benchmark be useful?", messageId: "ok", name: "an e-mail address is not a link" },
    {
      lang: "de",
      text: "Danke, Herr Brandl! Hier das Beispiel aus Wels: https://www.tischler-vorlagen.at/fallstudie-wels. Fragen beantworte ich gern.",
      input: geantwortet,
      messageId: "plain-ok",
    },
    { lang: "de", text: "Hallo Herr Brandl, z.B. eine Tischlerei in Wels hat ihre Angebotszeit halbiert, d.h. von 2,5 auf 1,2 Tage. Interesse?", messageId: "ok", name: "Abkürzungen und Zahlen sind keine Links" },
  ],
  invalid: [
    {
      lang: "en",
      text: "Hi Harriet, the full fee table is on gov.uk: «https://gov-uk-fees.co/table.pdf» Want a comparison?",
      messageId: "text-mismatch",
      status: "fail",
      blocking: true,
      name: "a domain named right before a link to another",
    },
    {
      lang: "de",
      text: "Hallo Herr Stoiber, hier die Richtlinie: «https://t1p.de/kommunal-led» Soll ich helfen?",
      messageId: "shortener",
      status: "fail",
      blocking: true,
      name: "ein deutscher Kurzlink",
    },
    {
      lang: "en",
      text: "Hi Anna, your post on churn«\u200b»rang true. Worth a look?",
      messageId: "hidden-characters",
      status: "warn",
      name: "a zero-width space between words",
    },
    {
      lang: "de",
      text: "Hallo Jana, Details hier: https://www.kontor.de/«\u202e»fdp.exe – passt das?",
      messageId: "hidden-characters",
      status: "fail",
      blocking: true,
      name: "eine Bidi-Umkehrung im Link",
    },
    {
      lang: "en",
      text: "Hi Lena, your post on return rates was sharp. Our benchmark is here: «https://kontor-insights.com/returns-benchmark-2024». Worth a look?",
      messageId: "first-contact",
      status: "warn",
      blocking: false,
      name: "a company link in a first contact",
    },
    {
      lang: "en",
      text: "Hi Lena, loved your post on returns. Our benchmark: «kontor-insights.com/returns». Connect?",
      input: { channel: "connection-note" },
      messageId: "first-contact",
      status: "warn",
    },
    {
      lang: "en",
      text: "Hi Lena, here is the benchmark: «https://bit.ly/3xRt9Qa». Worth a look?",
      messageId: "shortener",
      status: "fail",
      blocking: true,
    },
    {
      lang: "en",
      text: "Thanks Lena, here it is: «https://tinyurl.com/returns-bench»",
      input: replied,
      messageId: "shortener",
      status: "fail",
      blocking: true,
      name: "a shortener is risky even after a reply",
    },
    {
      lang: "en",
      text: "Hi Lena, log in to see your returns score: «http://185.23.10.4/login»",
      messageId: "ip-host",
      status: "fail",
      blocking: true,
    },
    {
      lang: "en",
      text: "Hi Lena, the benchmark is on «https://xn--kontr-mye.de/benchmark», see page 3.",
      messageId: "look-alike",
      status: "fail",
      blocking: true,
      name: "a punycode host",
    },
    {
      lang: "en",
      text: "Hi Lena, please confirm your seat for our returns roundtable: «https://www.linkedіn.com/events/returns-roundtable»",
      messageId: "look-alike",
      status: "fail",
      blocking: true,
      name: "a Cyrillic look-alike of linkedin.com",
    },
    {
      lang: "en",
      text: "Hi Lena, the full benchmark is here: «[kontor-insights.com/benchmark](https://kontor-files.net/b.pdf)»",
      messageId: "text-mismatch",
      status: "fail",
      blocking: true,
      name: "Markdown link text naming another domain",
    },
    {
      lang: "de",
      text: "Hallo Herr Brandl, unsere Fallstudie finden Sie hier: «https://www.tischler-vorlagen.at/fallstudie-wels». Interesse?",
      messageId: "first-contact",
      status: "warn",
      blocking: false,
      name: "ein Firmenlink im Erstkontakt",
    },
    {
      lang: "de",
      text: "Hallo Herr Brandl, hier die Fallstudie: «https://bit.ly/tischler-wels». Interesse?",
      messageId: "shortener",
      blocking: true,
    },
    {
      lang: "de",
      text: "Hallo Herr Brandl, Ihre Zugangsdaten finden Sie unter «http://92.114.7.201/kunden».",
      messageId: "ip-host",
      blocking: true,
    },
    {
      lang: "de",
      text: "Hallo Frau Kern, die Ausschreibungsunterlagen liegen auf «https://xn--mnchen-3ya.de/ausschreibung-2025».",
      name: "ein Punycode-Host",
      messageId: "look-alike",
      blocking: true,
    },
    {
      lang: "de",
      text: "Hallo Frau Kern, zur Rechnung: «https://www.sparkаsse.de/zahlung» (bitte heute bestätigen).",
      messageId: "look-alike",
      blocking: true,
      name: "kyrillisches a in sparkasse.de",
    },
    {
      lang: "de",
      text: "Hallo Frau Kern, hier unsere Preisliste: «[sparkasse.de/konditionen](https://konditionen-portal.net/login)»",
      messageId: "text-mismatch",
      blocking: true,
    },
  ],
});
