"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { settle } from "@/lib/actions/settle";

type Result = { ok: true; value: unknown } | { ok: false; errors: Record<string, string[]> };
type Translate = ReturnType<typeof useTranslations>;

/**
 * An action's first error code in words. A call that never reached the server (settle's
 * "network") says that what was entered is still there, as it is: the form was not reset.
 */
export function errorText(t: Translate, errors: Record<string, string[]>): string {
  const code = Object.values(errors).flat()[0] ?? "unknown";
  if (code === "network") return t("errors.networkInput");
  return t.has(`errors.${code}`) ? t(`errors.${code}`) : t("errors.unknown");
}

/**
 * Runs a server action, refreshes the page on success and turns error codes into messages. The
 * call goes through settle(): one that fails on the way (offline, an error page instead of an
 * answer) is a notice, never a rejection that swaps the page for the error page and loses the input.
 */
export function useAction() {
  const t = useTranslations();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  function run(action: () => Promise<Result>, onOk?: (value: unknown) => void) {
    setError(null);
    startTransition(async () => {
      const r = await settle(action);
      if (!r.ok) {
        setError(errorText(t, r.errors));
        return;
      }
      onOk?.(r.value);
      router.refresh();
    });
  }
  return { run, pending, error, setError };
}

export const field = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-500/30";
export const primaryButton = "rounded-md bg-indigo-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500 disabled:opacity-50";
export const secondaryButton = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50 disabled:opacity-50";
