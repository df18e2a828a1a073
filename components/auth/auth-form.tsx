"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { authClient } from "@/lib/auth/client";
import { acceptInvitationAction, invitationOpenAction } from "@/lib/actions/members";
import { safeNextPath } from "@/lib/auth/next-path";
import { removeAllLocalCopies } from "@/components/compose/use-local-copy";

const inputClass = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 focus:border-indigo-600 focus:outline-none focus:ring-1 focus:ring-indigo-600";

/** Sign-in or sign-up with email and password, through Better Auth's rate-limited endpoints. */
export function AuthForm({ mode, inviteToken, next }: { mode: "sign-in" | "sign-up"; inviteToken?: string; next?: string }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    const name = String(form.get("name") ?? "").trim();
    if (password.length < 8 || password.length > 128) return setError(t("passwordLength"));
    setPending(true);
    setError(null);
    try {
      // a link used or expired since the page loaded: say so before making an account that would join nothing
      if (inviteToken && !(await invitationOpenAction(inviteToken)).ok) return setError(t("inviteInvalid"));
      const res = mode === "sign-up" ? await authClient.signUp.email({ email, password, name: name || email }) : await authClient.signIn.email({ email, password });
      if (res.error) {
        if (res.error.status === 429) setError(t("tooMany"));
        else if (res.error.code === "MEMBER_DISABLED") setError(t("disabled"));
        else if (mode === "sign-in") setError(t("invalid"));
        else setError(res.error.code === "USER_ALREADY_EXISTS" || res.error.status === 422 ? t("exists") : t("failed"));
        return;
      }
      // joins the inviting workspace before anything else creates one of the user's own
      if (inviteToken) {
        const joined = await acceptInvitationAction(inviteToken);
        if (!joined.ok) return setError(joined.error === "invitation_invalid" ? t("inviteUsedMeanwhile") : t("failed"));
      }
      router.push(safeNextPath(next) ?? "/compose");
      router.refresh();
    } catch {
      setError(t("failed"));
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      {mode === "sign-up" && (
        <div>
          <label htmlFor={`${id}-name`} className="block text-sm font-medium text-slate-800">
            {t("name")}
          </label>
          <input id={`${id}-name`} name="name" autoComplete="name" required maxLength={100} className={inputClass} />
        </div>
      )}
      <div>
        <label htmlFor={`${id}-email`} className="block text-sm font-medium text-slate-800">
          {t("email")}
        </label>
        <input id={`${id}-email`} name="email" type="email" autoComplete="email" required maxLength={254} className={inputClass} />
      </div>
      <div>
        <label htmlFor={`${id}-password`} className="block text-sm font-medium text-slate-800">
          {t("password")}
        </label>
        <input
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete={mode === "sign-up" ? "new-password" : "current-password"}
          required
          minLength={8}
          maxLength={128}
          aria-describedby={mode === "sign-up" ? `${id}-password-hint` : undefined}
          className={inputClass}
        />
        {mode === "sign-up" && (
          <p id={`${id}-password-hint`} className="mt-1 text-xs text-slate-600">
            {t("passwordHint")}
          </p>
        )}
      </div>
      {error && (
        <p role="alert" className="rounded-md border border-rose-200 bg-rose-50 px-3 py-2 text-sm text-rose-800">
          {error}
        </p>
      )}
      <button type="submit" disabled={pending} className="w-full rounded-md bg-indigo-600 px-4 py-2.5 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500 disabled:opacity-60">
        {mode === "sign-up" ? t("signUp") : t("signIn")}
      </button>
    </form>
  );
}

/** The user menu's sign-out: deletes the session (server side) and goes to the sign-in page. */
export function SignOutButton() {
  const t = useTranslations("auth");
  const router = useRouter();
  const [failed, setFailed] = useState(false);
  return (
    <>
      <button
        type="button"
        // an editor with unsaved text asks before this leaves the page (use-leave-guard.ts)
        data-leaves-page
        onClick={async () => {
          setFailed(false);
          // the client answers a failed call with an error instead of throwing; a network failure may throw.
          // Either way the session still stands: say so and stay, rather than show a sign-in page over it.
          const { error } = await authClient.signOut().catch((e: unknown) => ({ error: e }));
          if (error) return setFailed(true);
          // the unsaved messages this browser kept are not for the next person at this computer
          removeAllLocalCopies();
          router.push("/sign-in");
          router.refresh();
        }}
        className="block w-full rounded px-3 py-2 text-left text-sm text-slate-700 hover:bg-slate-100"
      >
        {t("signOut")}
      </button>
      {failed ? (
        <p role="alert" className="px-3 py-2 text-sm text-rose-700" data-testid="sign-out-failed">
          {t("signOutFailed")}
        </p>
      ) : null}
    </>
  );
}
