import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AuthForm } from "@/components/auth/auth-form";
import { safeNextPath } from "@/lib/auth/next-path";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: `${t("signInTitle")} · Ansprache` };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = await getTranslations("auth");
  const { next } = await searchParams;
  // the page the user was going to (requirePageActor's redirect), if it is a path on this site
  const back = safeNextPath(Array.isArray(next) ? next[0] : next) ?? undefined;
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="mb-6 text-2xl font-semibold tracking-tight text-slate-900">{t("signInTitle")}</h1>
      <AuthForm mode="sign-in" next={back} />
      <p className="mt-6 text-sm text-slate-600">
        {t("noAccount")}{" "}
        <Link href="/sign-up" className="font-medium text-indigo-700 underline hover:text-indigo-600">
          {t("signUp")}
        </Link>
      </p>
    </section>
  );
}
