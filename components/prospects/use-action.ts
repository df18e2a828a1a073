"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";

type Result = { ok: true; value: unknown } | { ok: false; errors: Record<string, string[]> };

/** Runs a server action, refreshes the page on success and turns error codes into messages. */
export function useAction() {
  const t = useTranslations();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  function run(action: () => Promise<Result>, onOk?: (value: unknown) => void) {
    setError(null);
    startTransition(async () => {
      const r = await action();
      if (!r.ok) {
        const code = Object.values(r.errors).flat()[0] ?? "unknown";
        setError(t.has(`errors.${code}`) ? t(`errors.${code}`) : t("errors.unknown"));
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
