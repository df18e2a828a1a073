import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ImportWizard } from "@/components/prospects/import-wizard";

export default async function ImportPage() {
  const t = await getTranslations();
  return (
    <div className="space-y-6">
      <Link href="/prospects" className="text-sm font-medium text-indigo-700 hover:underline">
        ← {t("prospects.back")}
      </Link>
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t("import.title")}</h1>
      <p className="max-w-2xl text-sm text-slate-600">{t("import.help")}</p>
      <ImportWizard />
    </div>
  );
}
