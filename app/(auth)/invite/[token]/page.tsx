import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { AuthForm } from "@/components/auth/auth-form";
import { sessionUser } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { findInvitation } from "@/lib/data/members";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: `${t("inviteTitle")} · Ansprache`, referrer: "no-referrer" };
}

/** An invitation link: signed out, sign up and join the workspace with the invited role. */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, tr] = await Promise.all([getTranslations("auth"), getTranslations("members")]);
  const invite = await findInvitation(db, token);
  const user = invite ? await sessionUser(await headers()) : null;
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t("inviteTitle")}</h1>
      {!invite ? (
        <p className="mt-4 text-sm text-slate-700">{t("inviteInvalid")}</p>
      ) : user ? (
        <p className="mt-4 text-sm text-slate-700">{t("inviteSignedIn")}</p>
      ) : (
        <>
          <p className="mb-6 mt-2 text-sm text-slate-600">{t("inviteLead", { workspace: invite.workspaceName, role: tr(`roles.${invite.role}`) })}</p>
          <AuthForm mode="sign-up" inviteToken={token} />
        </>
      )}
      <p className="mt-6 text-sm text-slate-600">
        <Link href="/sign-in" className="font-medium text-indigo-700 underline hover:text-indigo-600">
          {t("signIn")}
        </Link>
      </p>
    </section>
  );
}
