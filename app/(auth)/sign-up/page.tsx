import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AuthForm } from "@/components/auth/auth-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("auth");
  return { title: `${t("signUpTitle")} · Ansprache` };
}

export default async function SignUpPage() {
  const t = await getTranslations("auth");
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t("signUpTitle")}</h1>
      <p className="mb-6 mt-2 text-sm text-slate-600">{t("signUpLead")}</p>
      <AuthForm mode="sign-up" />
      <p className="mt-6 text-sm text-slate-600">
        {t("haveAccount")}{" "}
        <Link href="/sign-in" className="font-medium text-indigo-700 underline hover:text-indigo-600">
          {t("signIn")}
        </Link>
      </p>
    </section>
  );
}
