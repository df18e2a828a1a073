"use client";

import { useEffect, useState } from "react";
import type { LintResult } from "@/lib/lint";

/** The draft as the compose page has it; the server adds the prospect's context. */
export interface AiReviewRequest {
  message: string;
  subject?: string;
  channel: string;
  account?: "free" | "premium";
  language?: "en" | "de";
  prospectId: string | null;
  locale: "en" | "de";
}

export type AiReviewState =
  | { status: "off" }
  | { status: "idle" }
  | { status: "running" }
  | { status: "done"; result: LintResult }
  | { status: "unavailable"; reason: string };

/** Typing pauses this long before the AI review is asked for. */
export const AI_REVIEW_DEBOUNCE_MS = 1_500;

/**
 * The AI review of the draft: asked for after typing pauses, never waited for. `result` is the
 * reviewed result only while it belongs to the draft as it is now; otherwise null, and the page
 * shows its heuristic result. A newer draft cancels the request for an older one.
 */
export function useAiReview(request: AiReviewRequest | null): { state: AiReviewState; result: LintResult | null } {
  const key = request ? JSON.stringify(request) : null;
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [answer, setAnswer] = useState<{ key: string; state: AiReviewState } | null>(null);

  // is the pass configured at all? (no key, no base URL: "off", and nothing is ever sent)
  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/review", { signal: controller.signal, cache: "no-store" })
      .then((r) => (r.ok ? r.json() : { llm: "off" }))
      .then((b: { llm?: string }) => setEnabled(b.llm === "on"))
      .catch(() => {
        if (!controller.signal.aborted) setEnabled(false);
      });
    return () => controller.abort();
  }, []);

  useEffect(() => {
    if (!enabled || !key) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      setAnswer({ key, state: { status: "running" } });
      try {
        const res = await fetch("/api/review", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: key,
          signal: controller.signal,
        });
        if (res.status === 429 || res.status === 503) {
          // too many reviews this minute (the limit is per member and workspace), or the server is busy
          setAnswer({ key, state: { status: "unavailable", reason: res.status === 429 ? "too_many_reviews" : "busy" } });
          return;
        }
        if (!res.ok) throw new Error(`status ${res.status}`);
        const { result } = (await res.json()) as { result: LintResult };
        const state: AiReviewState =
          result.llm.status === "ok"
            ? { status: "done", result }
            : result.llm.status === "off"
              ? { status: "off" }
              : { status: "unavailable", reason: result.llm.reason ?? "unknown" };
        setAnswer({ key, state });
      } catch {
        if (!controller.signal.aborted) setAnswer({ key, state: { status: "unavailable", reason: "network" } });
      }
    }, AI_REVIEW_DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [enabled, key]);

  if (enabled === false) return { state: { status: "off" }, result: null };
  if (enabled === null || !key) return { state: { status: "idle" }, result: null };
  // an answer for an earlier draft says nothing about this one: the review is on its way
  if (!answer || answer.key !== key) return { state: { status: "running" }, result: null };
  return { state: answer.state, result: answer.state.status === "done" ? answer.state.result : null };
}
