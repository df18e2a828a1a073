import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AuthForm } from "@/components/auth/auth-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: `${t("signInTitle")} · Ansprache` };
}

export default async function SignInPage() {
  const t = await getTranslations("auth");
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="mb-6 text-2xl font-semibold tracking-tight text-slate-900">{t("signInTitle")}</h1>
      <AuthForm mode="sign-in" />
      <p className="mt-6 text-sm text-slate-600">
        {t("noAccount")}{" "}
        <Link href="/sign-up" className="font-medium text-indigo-700 underline hover:text-indigo-600">
          {t("signUp")}
        </Link>
      </p>
    </section>
  );
}
