"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, useTransition } from "react";
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
  const run = (call: () => Promise<Outcome>, onDone?: () => void, onFailed?: () => void) =>
    startTransition(async () => {
      const r = await attempt(call);
      if (r.ok) {
        setError(null);
        onDone?.();
      } else {
        setError(t(`errors.${KNOWN_ERRORS.includes(r.error) ? r.error : "network"}`));
        onFailed?.();
      }
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

/**
 * An admin's role picker for one member: choosing a role only selects it (arrow keys on a closed
 * select fire a change at every step); "Save role" applies it. The server keeps the last active admin.
 */
export function RoleSelect({ memberId, name, role }: { memberId: string; name: string; role: string }) {
  const t = useTranslations("members");
  const { error, pending, run, clearError } = useTeamChange();
  const [chosen, setChosen] = useState(role);
  // the server's answer (after a save, the page's refresh) resets the choice to the role held
  const [held, setHeld] = useState(role);
  if (role !== held) {
    setHeld(role);
    setChosen(role);
  }
  return (
    <div>
      <div className="flex flex-wrap items-center gap-2">
        <select
          aria-label={t("roleOf", { name })}
          aria-busy={pending}
          value={chosen}
          onChange={(e) => {
            clearError();
            setChosen(e.target.value);
          }}
          className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
        >
          {["member", "manager", "admin"].map((r) => (
            <option key={r} value={r}>
              {t(`roles.${r}`)}
            </option>
          ))}
        </select>
        {chosen !== role ? (
          <>
            <button
              type="button"
              aria-label={t("saveRoleOf", { name })}
              disabled={pending}
              onClick={() => run(() => setMemberRoleAction(memberId, chosen), undefined, () => setChosen(role))}
              className="rounded-md bg-indigo-600 px-3 py-1 text-sm font-semibold text-white hover:bg-indigo-500 disabled:opacity-60"
            >
              {t("saveRole")}
            </button>
            <button type="button" disabled={pending} onClick={() => setChosen(role)} className="rounded-md border border-slate-300 px-3 py-1 text-sm text-slate-800 hover:bg-slate-50 disabled:opacity-60">
              {t("cancel")}
            </button>
          </>
        ) : null}
      </div>
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
  const trigger = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  // focus follows the step: into the question when it opens, back to its button when it closes
  const focusNext = useRef<"cancel" | "trigger" | null>(null);
  useEffect(() => {
    if (focusNext.current === "cancel") cancel.current?.focus();
    if (focusNext.current === "trigger") trigger.current?.focus();
    focusNext.current = null;
  }, [confirming, disabled]);
  const buttonClass = "rounded-md border px-3 py-1 text-sm font-medium disabled:opacity-60";
  if (disabled) {
    return (
      <div>
        <button
          ref={trigger}
          type="button"
          aria-label={t("enableFor", { name })}
          disabled={pending}
          onClick={() => run(() => setMemberDisabledAction(memberId, false), () => (focusNext.current = "trigger"))}
          className={`${buttonClass} border-slate-300 text-slate-800 hover:bg-slate-50`}
        >
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
          ref={trigger}
          type="button"
          aria-label={t("disableFor", { name })}
          onClick={() => {
            clearError();
            focusNext.current = "cancel";
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
          onClick={() =>
            run(
              () => setMemberDisabledAction(memberId, true),
              () => {
                focusNext.current = "trigger";
                setConfirming(false);
              },
            )
          }
          className={`${buttonClass} border-rose-700 bg-rose-700 text-white hover:bg-rose-600`}
        >
          {t("confirm")}
        </button>
        <button
          ref={cancel}
          type="button"
          disabled={pending}
          onClick={() => {
            focusNext.current = "trigger";
            setConfirming(false);
          }}
          className={`${buttonClass} border-slate-300 bg-white text-slate-800 hover:bg-slate-50`}
        >
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
