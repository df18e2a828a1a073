import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { LocaleSwitch } from "@/components/ui/locale-switch";
import { TimeZoneCookie } from "@/components/ui/time-zone-cookie";

export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("nav");
  return (
    <NextIntlClientProvider>
      <TimeZoneCookie />
      <header className="border-b border-slate-200 bg-white">
        <nav className="mx-auto flex max-w-6xl items-center gap-6 px-4 py-3">
          <Link href="/" className="text-lg font-semibold tracking-tight text-slate-900">
            {t("brand")}
          </Link>
          <div className="ml-auto">
            <LocaleSwitch />
          </div>
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-md px-4 py-10">
        {children}
      </main>
    </NextIntlClientProvider>
  );
}
