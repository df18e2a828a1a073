import type { PrismaClient } from "../db-client";
import { RULE_IDS, type RuleId } from "../lint";
import { seesTeam, type Actor } from "./workspace";
import { dialectOf } from "./sql-dialect";

/** Below this many messages a rate is not shown: "not enough data". */
export const MIN_SAMPLE = 20;

export interface Rate {
  n: number;
  replied: number;
  /** null when n < MIN_SAMPLE */
  rate: number | null;
  /** Wilson 95% interval */
  low: number | null;
  high: number | null;
}

/** Wilson score interval: honest for small samples and rates near 0 or 1. */
export function wilson(replied: number, n: number, z = 1.96): { low: number; high: number } {
  if (n === 0) return { low: 0, high: 1 };
  const p = replied / n;
  const denom = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / denom;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

export function rate(replied: number, n: number): Rate {
  if (n < MIN_SAMPLE) return { n, replied, rate: null, low: null, high: null };
  const { low, high } = wilson(replied, n);
  return { n, replied, rate: replied / n, low, high };
}

export interface RuleReplyRate {
  id: RuleId;
  passed: Rate;
  raised: Rate;
}

export interface ReplyInsights {
  total: Rate;
  rules: RuleReplyRate[];
  bands: { band: string; rate: Rate }[];
}

/**
 * For each rule, the reply rate of sent messages where it passed against where it was raised
 * (warn or fail), with counts and 95% intervals; and the reply rate by score band. For the team,
 * or for one member.
 *
 * Read from MessageCheck, not from the lint JSON (scanning every sent message's checks took ~36 s
 * at a million messages). MessageCheck holds each sent message's raised and skipped checks, and
 * every lint result has one check per rule, so the passes are the sent messages less the raised
 * and the skipped ones.
 */
export async function replyInsights(db: PrismaClient, actor: Actor, memberId?: string | null): Promise<ReplyInsights> {
  // members see their own messages only, like on the dashboard; managers and admins pick anyone
  const member = !seesTeam(actor) ? actor.memberId : memberId && memberId.length <= 100 ? memberId : null;
  const params: string[] = member ? [actor.workspaceId, member] : [actor.workspaceId];
  // (with a send date, as the checks are stored: totals and checks count the same messages)
  const scope = `m."workspaceId" = ? AND m."status" = 'sent' AND m."sentAt" IS NOT NULL${member ? ` AND m."authorId" = ?` : ""}`;
  const replied = `CASE WHEN EXISTS (SELECT 1 FROM "Reply" r WHERE r."messageId" = m."id") THEN 1 ELSE 0 END`;
  const dialect = dialectOf(db);
  // The counts and the replied counts apart: the counts come from the index alone (checks are only
  // ever stored for sent messages, so the team needs no Message row), the replied ones from the
  // replied messages' checks. Joining each check to its message and replies took 4× longer on SQLite.
  const checks = `FROM "MessageCheck" c WHERE c."workspaceId" = ? AND c."status" IN ('fail', 'warn', 'skip')`;
  const mine = member ? ` AND c."messageId" IN (SELECT m."id" FROM "Message" m WHERE ${scope})` : "";
  const rows = await db.$queryRawUnsafe<{ rule: string; status: string; n: bigint | number; replied: bigint | number }[]>(
    dialect.sql(`SELECT c."ruleId" AS rule, c."status" AS status, count(*) AS n, 0 AS replied ${checks}${mine} GROUP BY 1, 2
      UNION ALL
      SELECT c."ruleId", c."status", 0, count(*) ${checks}
         AND c."messageId" IN (SELECT r."messageId" FROM "Reply" r JOIN "Message" m ON m."id" = r."messageId" WHERE ${scope})
       GROUP BY 1, 2`),
    // the counts' workspace (and member), then the replied counts'
    ...(member ? [actor.workspaceId, ...params] : [actor.workspaceId]),
    actor.workspaceId,
    ...params,
  );
  const bandRows = await db.$queryRawUnsafe<{ band: string; n: bigint | number; replied: bigint | number }[]>(
    dialect.sql(`SELECT CASE WHEN m."score" < 40 THEN '0–39' WHEN m."score" < 70 THEN '40–69' WHEN m."score" < 85 THEN '70–84' ELSE '85–100' END AS band,
            count(*) AS n, sum(${replied}) AS replied
       FROM "Message" m WHERE ${scope} GROUP BY 1`),
    ...params,
  );
  const num = (v: bigint | number | null) => Number(v ?? 0);
  const totals = bandRows.reduce((a, r) => ({ n: a.n + num(r.n), replied: a.replied + num(r.replied) }), { n: 0, replied: 0 });
  const rules: RuleReplyRate[] = RULE_IDS.map((id) => {
    const ofRule = rows.filter((r) => r.rule === id);
    const sum = (statuses: string[]) => ofRule.filter((r) => statuses.includes(r.status)).reduce((a, r) => ({ n: a.n + num(r.n), replied: a.replied + num(r.replied) }), { n: 0, replied: 0 });
    const x = sum(["warn", "fail"]);
    const skipped = sum(["skip"]);
    const p = { n: totals.n - x.n - skipped.n, replied: totals.replied - x.replied - skipped.replied };
    return { id, passed: rate(p.replied, p.n), raised: rate(x.replied, x.n) };
  });
  return {
    total: rate(totals.replied, totals.n),
    rules,
    bands: ["0–39", "40–69", "70–84", "85–100"].map((band) => {
      const r = bandRows.find((b) => b.band === band);
      return { band, rate: rate(num(r?.replied ?? 0), num(r?.n ?? 0)) };
    }),
  };
}
