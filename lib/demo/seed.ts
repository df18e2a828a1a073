import type { PrismaClient } from "../db-client";
import { rng } from "../bench/corpus";
import { lintInputSchema, lintParsed } from "../lint";
import { rebuildDashboardStats } from "../data/dashboard-stats";
import { hashPassword } from "../auth/password";

const DAY = 86_400_000;

const REPS = [
  { name: "Mara Lindqvist", email: "mara@demo.ansprache.app", role: "manager" },
  { name: "Jonas Weber", email: "jonas@demo.ansprache.app", role: "member" },
  { name: "Aylin Demir", email: "aylin@demo.ansprache.app", role: "member" },
  { name: "Tom Becker", email: "tom@demo.ansprache.app", role: "member" },
];

const FIRST_EN = ["Priya", "Marcus", "Hannah", "Owen", "Grace", "Liam", "Sophie", "Isabel", "Daniel", "Chloe", "Rahul", "Emma", "Nathan", "Victoria", "Hugo"];
const FIRST_DE = ["Katrin", "Josef", "Jana", "Thomas", "Sandra", "Felix", "Claudia", "Markus", "Lea", "Bernd", "Stefanie", "Jörg", "Ursula", "Tim", "Karin"];
const LAST_EN = ["Raman", "Okafor", "Price", "Liu", "Moreno", "Fischer", "Martin", "Mehta", "Clarke", "Brooks", "Hale", "Lambert", "Bennett", "Carter", "Ross"];
const LAST_DE = ["Vogl", "Aigner", "Köhler", "Gruber", "Weiß", "Reiter", "Lenz", "Hoffmann", "Kastner", "Brandl", "Hellwig", "Steiner", "Lorenz", "Neumayer", "Pfeiffer"];
const COMPANIES_EN = ["Lumenfold", "Northwind Pay", "Castell Freight", "Parcelio", "Voltaro EV", "Tidewater Health", "Corvid Consulting", "Brightwell Insurance", "Harbourline Logistics", "Riverside Dental"];
const COMPANIES_DE = ["Kontor GmbH", "Rheintal Preforms", "Radwerk Mobility", "Hollinger Sondermaschinen", "Stadtwerke Lindau", "Donautal Chemie", "Fluxbit AG", "Brandl Logistik", "Alpenblick Hotels", "Mühlbach Kunststofftechnik"];
const ROLES_EN = ["Head of Sales Operations", "VP Engineering", "Head of Customer Success", "Operations Director", "Head of Procurement", "CFO"];
const ROLES_DE = ["Leiterin Vertrieb", "Geschäftsführer", "Leiter Einkauf", "Head of People", "Leiterin Qualitätssicherung", "Kaufmännische Geschäftsführerin"];
const TOPICS_EN = ["onboarding stalls in week two", "a forecast missed by 18%", "a ticket backlog of 9,000", "no-shows at 15% in peak season", "late PPAP from suppliers", "on-call burnout after two incidents"];
const TOPICS_DE = ["Ausschuss bei PET-Preforms", "drei Wochen pro Angebot", "gesunkene Kundenbindung", "offene Stellen seit März", "schwankende Rohstoffpreise", "Abgänge nach der Probezeit"];

type Quality = "good" | "generic" | "hype" | "long";

function enMessage(first: string, company: string, topic: string, q: Quality, r: () => number): string {
  const pct = 20 + Math.floor(r() * 40);
  switch (q) {
    case "good":
      return `Hi ${first},\n\nyour post about ${topic} at ${company} stuck with me. Teams in that spot usually lose weeks before anyone notices.\n\nAt a similar company we cut that by ${pct}% within two quarters by changing one weekly review.\n\nWould a short write-up of the setup be useful?\n\nBest,\nMara`;
    case "generic":
      return `Hi ${first},\n\nI help companies like yours unlock real value with our holistic, best-in-class platform. We would love to add value to your team.\n\nWhen are you free for a 30-minute call next week?\n\nBest`;
    case "hype":
      return `Hi ${first}!!! Our revolutionary platform is a total game-changer and GUARANTEED to fix ${topic} 🚀🚀🚀 Only three slots left, act now!`;
    case "long":
      return `Hi ${first},\n\nI hope this message finds you well. ${"I wanted to tell you a little about our company and how we work with teams in your industry, from the first workshop to the rollout. ".repeat(4)}Your post about ${topic} reminded me of a client where we lowered costs by ${pct}%.\n\nWould you be open to a call? Alternatively I could send a deck. Also, who else should I talk to?\n\nBest`;
  }
}

function deMessage(last: string, female: boolean, company: string, topic: string, q: Quality, r: () => number): string {
  const pct = 15 + Math.floor(r() * 40);
  const anrede = `${female ? "Frau" : "Herr"} ${last}`;
  switch (q) {
    case "good":
      return `Guten Tag ${anrede},\n\nIhr Beitrag zu ${topic} bei ${company} ist mir hängen geblieben: Meist kostet das Thema mehr Zeit, als es sollte.\n\nBei einem ähnlichen Betrieb haben wir den Aufwand innerhalb eines Quartals um ${pct} % gesenkt.\n\nSoll ich Ihnen die Übersicht schicken?\n\nViele Grüße\nJonas`;
    case "generic":
      return `Sehr geehrte Damen und Herren,\n\nals innovativer, ganzheitlicher Partner bieten wir echten Mehrwert und bringen Ihr Unternehmen auf das nächste Level.\n\nWann hätten Sie Zeit für eine 45-minütige Demo?\n\nMit freundlichen Grüßen`;
    case "hype":
      return `Hallo ${anrede} 🚀🔥💯 Unsere revolutionäre Lösung ist GARANTIERT die ultimative Lösung für ${topic}!!! Nur bis Freitag – jetzt Termin sichern!`;
    case "long":
      return `Guten Tag ${anrede},\n\nich hoffe, es geht Ihnen gut. ${"Gerne möchte ich Ihnen unser Unternehmen und unsere Arbeitsweise vorstellen, von der ersten Analyse bis zur Einführung. ".repeat(4)}Ihr Beitrag zu ${topic} erinnerte mich an einen Kunden, bei dem wir die Kosten um ${pct} % gesenkt haben.\n\nHätten Sie Zeit für ein Telefonat? Alternativ schicke ich Unterlagen. Wer wäre sonst der richtige Ansprechpartner?\n\nBeste Grüße`;
  }
}

/** Reply chance by the message's score: the pattern the dashboard should show (better messages get more replies). */
const replyChance = (score: number) => 0.03 + 0.42 * (score / 100) ** 2;
/** How much more often a rep writes a good message than the team (the reps differ on the dashboard). */
const SKILL: Record<string, number> = { "aylin@demo.ansprache.app": 0.12, "jonas@demo.ansprache.app": 0, "tom@demo.ansprache.app": -0.12 };
/**
 * The team's earlier messages the linter compares against (mass-template), as saveMessage does.
 * Only the generic pitch is a copy-paste blast: the seed's good messages share one skeleton just
 * because they are synthetic (real ones differ), so they are not compared.
 */
const EARLIER_MESSAGES = 30;

export interface SeedOptions {
  prospects?: number;
  messages?: number;
  weeks?: number;
  now?: Date;
  seed?: number;
}

/**
 * The demo workspace: four people (one manager, three reps), prospects with research notes, and
 * sent messages over twelve weeks with logged replies, where the reps' quality improves over time.
 * Idempotent: an existing demo workspace is left as it is (its dashboard tables are rebuilt, which
 * also fills them in a database seeded before they existed).
 */
/** The demo people's password (README's Quick start): each signs in with their email and this. */
export const DEMO_PASSWORD = "demo-ansprache-2026";

/** Sign-in accounts for the demo people who have none yet (Better Auth's user + credential account, scrypt). */
async function ensureDemoAccounts(db: PrismaClient, workspaceId: string): Promise<void> {
  const members = await db.member.findMany({ where: { workspaceId, userId: null, email: { in: REPS.map((p) => p.email) } } });
  for (const m of members) {
    if (await db.authUser.findUnique({ where: { email: m.email } })) continue;
    const id = `demo-${m.email.split("@")[0]}`;
    await db.authUser.create({
      data: { id, name: m.name, email: m.email, emailVerified: true, accounts: { create: { id: `${id}-credential`, accountId: id, providerId: "credential", password: await hashPassword(DEMO_PASSWORD) } } },
    });
    await db.member.update({ where: { id: m.id }, data: { userId: id } });
  }
}

export async function seedDemoWorkspace(db: PrismaClient, opts: SeedOptions = {}): Promise<{ workspaceId: string; created: boolean }> {
  const existing = await db.workspace.findFirst({ where: { name: "Demo: Nordlicht Sales" } });
  if (existing) {
    await ensureDemoAccounts(db, existing.id);
    await rebuildDashboardStats(db, existing.id);
    return { workspaceId: existing.id, created: false };
  }
  const r = rng(opts.seed ?? 7);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const now = opts.now ?? new Date();
  const weeks = opts.weeks ?? 12;
  const prospectCount = opts.prospects ?? 60;
  const messageCount = opts.messages ?? 400;

  const workspace = await db.workspace.create({ data: { name: "Demo: Nordlicht Sales", members: { create: REPS } }, include: { members: true } });
  // the manager reads the dashboard; the three reps write
  const reps = workspace.members.filter((m) => m.role !== "manager").sort((a, b) => a.email.localeCompare(b.email));
  await ensureDemoAccounts(db, workspace.id);

  const prospects: { id: string; de: boolean; first: string; last: string; female: boolean; company: string; topic: string }[] = [];
  for (let i = 0; i < prospectCount; i++) {
    const de = i % 2 === 1;
    const first = de ? FIRST_DE[i % FIRST_DE.length] : FIRST_EN[i % FIRST_EN.length];
    const last = de ? LAST_DE[(i * 7) % LAST_DE.length] : LAST_EN[(i * 7) % LAST_EN.length];
    const company = de ? pick(COMPANIES_DE) : pick(COMPANIES_EN);
    const topic = de ? pick(TOPICS_DE) : pick(TOPICS_EN);
    const p = await db.prospect.create({
      data: {
        workspaceId: workspace.id,
        name: `${first} ${last}`,
        role: de ? pick(ROLES_DE) : pick(ROLES_EN),
        company,
        profileUrl: `https://www.linkedin.com/in/${`${first}-${last}-${i}`.toLowerCase().normalize("NFD").replace(/[^a-z0-9-]/g, "")}`,
        language: de ? "de" : "en",
        notes: {
          create: [
            { kind: "post", text: de ? `Beitrag: ${topic} bei ${company}` : `Posted about ${topic} at ${company}` },
            { kind: "company-news", text: de ? `${company} wächst und stellt ein` : `${company} is growing and hiring` },
          ],
        },
      },
    });
    prospects.push({ id: p.id, de, first, last, female: ["Katrin", "Jana", "Sandra", "Claudia", "Lea", "Stefanie", "Ursula", "Karin"].includes(first), company, topic });
  }

  const planned = Array.from({ length: messageCount }, (_, i) => {
    const rep = reps[i % reps.length];
    const p = prospects[Math.floor(r() * prospects.length)];
    const age = r(); // 0 = now, 1 = twelve weeks ago
    const sentAt = new Date(now.getTime() - Math.floor(age * weeks * 7 * DAY) - Math.floor(r() * DAY));
    // the team improves: older messages are more often generic, hype or too long
    const improve = 1 - age;
    const roll = r();
    const quality: Quality = roll < 0.3 + 0.45 * improve + (SKILL[rep.email] ?? 0) ? "good" : roll < 0.75 ? "generic" : roll < 0.87 ? "long" : "hype";
    const body = p.de ? deMessage(p.last, p.female, p.company, p.topic, quality, r) : enMessage(p.first, p.company, p.topic, quality, r);
    const channel = pick(["message", "message", "inmail", "connection-note", "follow-up"] as const);
    return { rep, p, sentAt, body, channel, quality };
  }).sort((a, b) => a.sentAt.getTime() - b.sentAt.getTime());

  const sentBodies: { at: number; body: string }[] = [];
  for (const { rep, p, sentAt, body, channel, quality } of planned) {
    const earlierMessages = quality === "generic" ? sentBodies.filter((e) => e.at >= sentAt.getTime() - 90 * DAY).slice(-EARLIER_MESSAGES).map((e) => e.body) : [];
    const result = lintParsed(
      lintInputSchema.parse({ message: body, channel, language: p.de ? "de" : "en", prospect: { name: `${p.first} ${p.last}`, company: p.company }, earlierMessages }),
    );
    if (quality === "generic") sentBodies.push({ at: sentAt.getTime(), body });
    const message = await db.message.create({
      data: {
        workspaceId: workspace.id,
        authorId: rep.id,
        prospectId: p.id,
        status: "sent",
        channel,
        subject: channel === "inmail" ? (p.de ? "Kurze Frage" : "Quick question") : null,
        body,
        language: result.language,
        verdict: result.verdict,
        score: result.score,
        lintResult: JSON.stringify(result),
        sentAt,
        createdAt: sentAt,
      },
    });
    if (r() < replyChance(result.score)) {
      await db.reply.create({
        data: { messageId: message.id, prospectId: p.id, receivedAt: new Date(Math.min(now.getTime(), sentAt.getTime() + (1 + Math.floor(r() * 5)) * DAY)) },
      });
    }
  }
  await rebuildDashboardStats(db, workspace.id);
  return { workspaceId: workspace.id, created: true };
}
