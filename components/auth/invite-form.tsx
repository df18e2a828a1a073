"use client";

import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { createInvitationAction } from "@/lib/actions/members";
import { settle } from "@/lib/actions/settle";

/** Creates an invitation link for a role and shows it once (only its hash is stored). */
export function InviteForm({ roles }: { roles: string[] }) {
  const t = useTranslations("members");
  const id = useId();
  const [role, setRole] = useState("member");
  const [link, setLink] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor={`${id}-role`} className="block text-sm font-medium text-slate-800">
            {t("role")}
          </label>
          <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value)} className="mt-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
            {roles.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              // settle: a call that fails on the way is a notice, not the error page
              const r = await settle(async () => {
                const made = await createInvitationAction(role);
                return made.ok ? { ok: true as const, value: made.token } : { ok: false as const, errors: { form: [made.error] } };
              });
              if (r.ok) {
                setLink(`${window.location.origin}/invite/${r.value}`);
                setError(null);
              } else setError(r.errors.form?.[0] === "network" ? t("inviteNetwork") : t("inviteFailed"));
            })
          }
          className="rounded-md bg-indigo-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500 disabled:opacity-60"
        >
          {t("createInvite")}
        </button>
      </div>
      {link && (
        <div>
          <label htmlFor={`${id}-link`} className="block text-sm font-medium text-slate-800">
            {t("inviteLink")}
          </label>
          <input id={`${id}-link`} readOnly value={link} onFocus={(e) => e.currentTarget.select()} className="mt-1 block w-full rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-xs text-slate-900" />
          <p className="mt-1 text-xs text-slate-600">{t("inviteHint")}</p>
        </div>
      )}
      {error && (
        <p role="alert" className="text-sm text-rose-800">
          {error}
        </p>
      )}
    </div>
  );
}
