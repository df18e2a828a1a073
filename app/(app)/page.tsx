import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function HomePage() {
  const t = await getTranslations("home");
  return (
    <section className="mx-auto max-w-3xl py-10">
      <h1 className="text-3xl font-semibold tracking-tight text-slate-900 sm:text-4xl">{t("title")}</h1>
      <p className="mt-4 text-lg leading-8 text-slate-600">{t("lead")}</p>
      <div className="mt-8 flex flex-wrap gap-3">
        <Link href="/compose" className="rounded-md bg-indigo-600 px-4 py-2.5 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500">
          {t("start")}
        </Link>
        <Link href="/prospects" className="rounded-md border border-slate-300 bg-white px-4 py-2.5 text-sm font-semibold text-slate-800 shadow-sm hover:bg-slate-50">
          {t("prospects")}
        </Link>
      </div>
      <p className="mt-8 text-sm text-slate-500">{t("never")}</p>
    </section>
  );
}
