"use client";

import { useEffect, useRef, useState } from "react";
import type { Verdict } from "@/lib/lint";
import { createSettledAnnouncer, type SettledAnnouncer } from "@/lib/compose/settled-announcer";

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

/** Typing pauses this long before the verdict is announced. */
export const VERDICT_ANNOUNCE_DELAY_MS = 1_000;

/**
 * What a screen reader hears of the verdict: a polite live region, always present (a region that
 * appears with its text is not announced), that takes `text` ("Verdict: Revise, score 62"; "" for
 * none) once `typing` (the message) has held still for a second, and only when the text changed.
 * The badge itself is not live: it changes on every keystroke.
 */
export function VerdictAnnouncer({ text, typing }: { text: string; typing: string }) {
  const [said, setSaid] = useState("");
  const announcer = useRef<SettledAnnouncer | null>(null);
  useEffect(() => {
    const a = createSettledAnnouncer(VERDICT_ANNOUNCE_DELAY_MS, setSaid);
    announcer.current = a;
    return () => a.dispose();
  }, []);
  useEffect(() => {
    announcer.current?.update(text);
  }, [text, typing]);
  return (
    <p role="status" aria-live="polite" aria-atomic="true" className="sr-only" data-testid="verdict-announcement">
      {said}
    </p>
  );
}
