import type { Verdict } from "@/lib/lint";

const STYLE: Record<Verdict, string> = {
  send: "bg-emerald-100 text-emerald-900 ring-emerald-600/30",
  revise: "bg-amber-100 text-amber-900 ring-amber-600/30",
  block: "bg-rose-100 text-rose-900 ring-rose-600/30",
};

export function VerdictBadge({ verdict, label, score }: { verdict: Verdict; label: string; score?: string }) {
  return (
    <span data-testid="verdict" data-verdict={verdict} className={`inline-flex items-center gap-2 rounded-full px-3 py-1 text-sm font-semibold ring-1 ring-inset ${STYLE[verdict]}`}>
      <span aria-hidden="true">{verdict === "send" ? "✓" : verdict === "revise" ? "!" : "✕"}</span>
      {label}
      {score ? <span className="font-normal opacity-80">· {score}</span> : null}
    </span>
  );
}
