import { RULE_IDS, VERDICTS, type LintResult, type RuleId, type Verdict } from "../lint/schema";

/** One labelled case, as in shared/eval/*.jsonl. A flag true means the rule must be raised (warn or fail). */
export interface EvalCase {
  id: string;
  input: unknown;
  expected: { verdict: Verdict; flags: Partial<Record<RuleId, boolean | null>> };
}

export interface RuleScore {
  id: RuleId;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalReport {
  cases: number;
  verdictAccuracy: number;
  macroF1: number;
  rules: RuleScore[];
  /** confusion[expected][actual] */
  confusion: Record<Verdict, Record<Verdict, number>>;
  mistakes: { id: string; expected: Verdict; actual: Verdict; missed: RuleId[]; extra: RuleId[] }[];
}

export function isRaised(result: LintResult, id: RuleId): boolean {
  const check = result.checks.find((c) => c.id === id);
  return check?.status === "warn" || check?.status === "fail";
}

export function evaluate(pairs: { case: EvalCase; result: LintResult }[]): EvalReport {
  const counts = Object.fromEntries(RULE_IDS.map((id) => [id, { tp: 0, fp: 0, fn: 0 }])) as Record<RuleId, { tp: number; fp: number; fn: number }>;
  const confusion = Object.fromEntries(VERDICTS.map((e) => [e, Object.fromEntries(VERDICTS.map((a) => [a, 0]))])) as EvalReport["confusion"];
  const mistakes: EvalReport["mistakes"] = [];
  let correct = 0;
  for (const { case: c, result } of pairs) {
    const missed: RuleId[] = [];
    const extra: RuleId[] = [];
    for (const id of RULE_IDS) {
      const want = c.expected.flags[id];
      if (want === null || want === undefined) continue; // not labelled: either way is fine
      const got = isRaised(result, id);
      if (want && got) counts[id].tp++;
      else if (!want && got) {
        counts[id].fp++;
        extra.push(id);
      } else if (want && !got) {
        counts[id].fn++;
        missed.push(id);
      }
    }
    confusion[c.expected.verdict][result.verdict]++;
    if (c.expected.verdict === result.verdict) correct++;
    if (c.expected.verdict !== result.verdict || missed.length || extra.length) {
      mistakes.push({ id: c.id, expected: c.expected.verdict, actual: result.verdict, missed, extra });
    }
  }
  const rules: RuleScore[] = RULE_IDS.map((id) => {
    const { tp, fp, fn } = counts[id];
    const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { id, tp, fp, fn, precision, recall, f1 };
  });
  // Macro F1 over the rules the set has evidence for (a positive expected or predicted).
  const judged = rules.filter((r) => r.tp + r.fp + r.fn > 0);
  const macroF1 = judged.length ? judged.reduce((s, r) => s + r.f1, 0) / judged.length : 1;
  return { cases: pairs.length, verdictAccuracy: pairs.length ? correct / pairs.length : 0, macroF1, rules, confusion, mistakes };
}

export function formatReport(report: EvalReport): string {
  const pad = (s: string | number, n: number) => String(s).padEnd(n);
  const num = (x: number) => x.toFixed(2);
  const lines = [`${pad("rule", 18)}${pad("prec", 7)}${pad("recall", 8)}${pad("f1", 6)}tp/fp/fn`];
  for (const r of report.rules) lines.push(`${pad(r.id, 18)}${pad(num(r.precision), 7)}${pad(num(r.recall), 8)}${pad(num(r.f1), 6)}${r.tp}/${r.fp}/${r.fn}`);
  lines.push("", "verdict confusion (rows expected, columns actual):", `${pad("", 9)}${VERDICTS.map((v) => pad(v, 8)).join("")}`);
  for (const e of VERDICTS) lines.push(`${pad(e, 9)}${VERDICTS.map((a) => pad(report.confusion[e][a], 8)).join("")}`);
  lines.push("", `cases: ${report.cases}`, `verdict accuracy: ${num(report.verdictAccuracy)}`, `macro F1: ${num(report.macroF1)}`);
  return lines.join("\n");
}
