import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { LocaleSwitch } from "@/components/ui/locale-switch";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("nav");
  return (
    <NextIntlClientProvider>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {t("skip")}
      </a>
      <header className="border-b border-slate-200 bg-white">
        <nav className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/" className="text-lg font-semibold tracking-tight text-slate-900">
            {t("brand")}
          </Link>
          <Link href="/compose" className="text-sm font-medium text-slate-700 hover:text-indigo-700">
            {t("compose")}
          </Link>
          <Link href="/prospects" className="text-sm font-medium text-slate-700 hover:text-indigo-700">
            {t("prospects")}
          </Link>
          <Link href="/dashboard" className="text-sm font-medium text-slate-700 hover:text-indigo-700">
            {t("dashboard")}
          </Link>
          <Link href="/insights" className="text-sm font-medium text-slate-700 hover:text-indigo-700">
            {t("insights")}
          </Link>
          <Link href="/import" className="text-sm font-medium text-slate-700 hover:text-indigo-700">
            {t("import")}
          </Link>
          <div className="ml-auto">
            <LocaleSwitch />
          </div>
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </NextIntlClientProvider>
  );
}
