"use client";

import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { revokeInvitationAction, setMemberDisabledAction, setMemberRoleAction } from "@/lib/actions/members";

type Outcome = { ok: true } | { ok: false; error: string };

/** A team change from the browser: a call that fails on the way is a notice, never the error page. */
async function attempt(call: () => Promise<Outcome>): Promise<Outcome> {
  try {
    return await call();
  } catch {
    return { ok: false, error: "network" };
  }
}

const KNOWN_ERRORS = ["forbidden", "not_found", "invalid_role", "last_admin", "unauthorized", "network"];

function useTeamChange() {
  const t = useTranslations("members");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const run = (call: () => Promise<Outcome>, onDone?: () => void) =>
    startTransition(async () => {
      const r = await attempt(call);
      if (r.ok) {
        setError(null);
        onDone?.();
      } else setError(t(`errors.${KNOWN_ERRORS.includes(r.error) ? r.error : "network"}`));
    });
  return { error, pending, run, clearError: () => setError(null) };
}

function ErrorNotice({ error }: { error: string | null }) {
  return error ? (
    <p role="alert" className="mt-1 text-xs text-rose-800">
      {error}
    </p>
  ) : null;
}

/** An admin's role picker for one member; the server keeps the last active admin an admin. */
export function RoleSelect({ memberId, name, role }: { memberId: string; name: string; role: string }) {
  const t = useTranslations("members");
  const { error, pending, run } = useTeamChange();
  // the shown choice follows the server: a refused change goes back to the role the member has
  const [shown, setShown] = useState(role);
  const [lastRole, setLastRole] = useState(role);
  if (role !== lastRole) {
    setLastRole(role);
    setShown(role);
  }
  return (
    <div>
      <select
        aria-label={t("roleOf", { name })}
        value={shown}
        disabled={pending}
        onChange={(e) => {
          const next = e.target.value;
          setShown(next);
          run(
            async () => {
              const r = await setMemberRoleAction(memberId, next);
              if (!r.ok) setShown(role);
              return r;
            },
          );
        }}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm disabled:opacity-60"
      >
        {["member", "manager", "admin"].map((r) => (
          <option key={r} value={r}>
            {t(`roles.${r}`)}
          </option>
        ))}
      </select>
      <ErrorNotice error={error} />
    </div>
  );
}

/** Remove a member's access (after a confirmation that says what happens) or give it back. */
export function AccessToggle({ memberId, name, disabled }: { memberId: string; name: string; disabled: boolean }) {
  const t = useTranslations("members");
  const id = useId();
  const { error, pending, run, clearError } = useTeamChange();
  const [confirming, setConfirming] = useState(false);
  const buttonClass = "rounded-md border px-3 py-1 text-sm font-medium disabled:opacity-60";
  if (disabled) {
    return (
      <div>
        <button type="button" disabled={pending} onClick={() => run(() => setMemberDisabledAction(memberId, false))} className={`${buttonClass} border-slate-300 text-slate-800 hover:bg-slate-50`}>
          {t("enable")}
        </button>
        <ErrorNotice error={error} />
      </div>
    );
  }
  if (!confirming) {
    return (
      <div>
        <button
          type="button"
          onClick={() => {
            clearError();
            setConfirming(true);
          }}
          className={`${buttonClass} border-rose-300 text-rose-800 hover:bg-rose-50`}
        >
          {t("disable")}
        </button>
        <ErrorNotice error={error} />
      </div>
    );
  }
  return (
    <div role="group" aria-labelledby={`${id}-confirm`} className="max-w-xs space-y-2 rounded-md border border-rose-200 bg-rose-50 p-2">
      <p id={`${id}-confirm`} className="text-xs text-rose-900">
        {t("confirmDisable", { name })}
      </p>
      <div className="flex gap-2">
        <button
          type="button"
          disabled={pending}
          onClick={() => run(() => setMemberDisabledAction(memberId, true), () => setConfirming(false))}
          className={`${buttonClass} border-rose-700 bg-rose-700 text-white hover:bg-rose-600`}
        >
          {t("confirm")}
        </button>
        <button type="button" disabled={pending} onClick={() => setConfirming(false)} className={`${buttonClass} border-slate-300 bg-white text-slate-800 hover:bg-slate-50`}>
          {t("cancel")}
        </button>
      </div>
      <ErrorNotice error={error} />
    </div>
  );
}

/** Revokes one open invitation link. */
export function RevokeInvitationButton({ invitationId, label }: { invitationId: string; label: string }) {
  const t = useTranslations("members");
  const { error, pending, run } = useTeamChange();
  return (
    <div>
      <button
        type="button"
        aria-label={label}
        disabled={pending}
        onClick={() => run(() => revokeInvitationAction(invitationId))}
        className="rounded-md border border-slate-300 px-3 py-1 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-60"
      >
        {t("revoke")}
      </button>
      <ErrorNotice error={error} />
    </div>
  );
}
