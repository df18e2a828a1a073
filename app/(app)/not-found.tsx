import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-lg font-semibold text-slate-900">{t("notFoundTitle")}</h1>
      <Link href="/" className="mt-3 inline-block text-sm font-medium text-indigo-700 hover:underline">
        {t("home")}
      </Link>
    </div>
  );
}
