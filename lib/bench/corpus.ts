import type { LintInput } from "../lint";

/** A seeded pseudo-random generator (mulberry32), so every benchmark run lints the same corpus. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ["Anna", "Lukas", "Sofia", "Jonas", "Priya", "Marek", "Chloé", "Jörg", "Aisha", "Tobias", "Grace", "Mehmet"];
const EXTRAS = [
  " This is a game-changer!!!",
  " Unsere Lösung ist ganzheitlich und innovativ.",
  " Details: https://bit.ly/3abc",
  " We cut onboarding time by 40% at two similar teams.",
  " Would a 30-minute call next week work?",
  " I hope this message finds you well.",
  " Hallo {{firstName}}, kurz nachgehakt.",
  " Mehr unter https://www.example.de/fallstudie",
];

/**
 * The benchmark corpus: the given messages plus seeded variations (names swapped, a sentence
 * added from a pool of typical good and bad phrases, figures changed, channel changed).
 */
export function buildCorpus(seeds: LintInput[], size: number, seed = 42): LintInput[] {
  const random = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const out: LintInput[] = [...seeds];
  const channels = ["connection-note", "inmail", "message", "follow-up"] as const;
  while (out.length < size) {
    const base = pick(seeds);
    let message = base.message.replace(/^(\S+\s+)(\p{Lu}\p{L}+)/u, (_, g: string) => g + pick(FIRST));
    message = message.replace(/\d+/g, (d) => String(Math.max(1, Math.round(Number(d) * (0.5 + random())))));
    if (random() < 0.5) message += pick(EXTRAS);
    out.push({ ...base, message, channel: random() < 0.2 ? pick(channels) : base.channel });
  }
  return out;
}
