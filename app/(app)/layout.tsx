import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { LocaleSwitch } from "@/components/ui/locale-switch";
import { TimeZoneCookie } from "@/components/ui/time-zone-cookie";
import { SignOutButton } from "@/components/auth/auth-form";
import { requirePageActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { seesTeam } from "@/lib/data/workspace";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  // every page below needs a signed-in member (the pages and the data layer check it again)
  const actor = await requirePageActor();
  const [t, me] = await Promise.all([getTranslations("nav"), db.member.findUnique({ where: { id: actor.memberId }, select: { name: true, email: true, workspace: { select: { name: true } } } })]);
  return (
    <NextIntlClientProvider>
      <TimeZoneCookie />
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
          {seesTeam(actor) && (
            <Link href="/members" className="text-sm font-medium text-slate-700 hover:text-indigo-700">
              {t("members")}
            </Link>
          )}
          <div className="ml-auto flex items-center gap-3">
            <LocaleSwitch />
            <details className="relative" data-testid="user-menu">
              <summary className="cursor-pointer list-none rounded-md border border-slate-300 px-3 py-1 text-sm text-slate-800 hover:bg-slate-50">
                <span className="sr-only">{t("account")}: </span>
                {me?.name ?? "—"}
              </summary>
              <div className="absolute right-0 z-20 mt-2 w-64 rounded-md border border-slate-200 bg-white p-2 shadow-lg">
                <p className="px-3 py-1 text-xs text-slate-600">{me?.email}</p>
                <p className="px-3 pb-2 text-xs text-slate-600">{me?.workspace.name}</p>
                <SignOutButton />
              </div>
            </details>
          </div>
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </NextIntlClientProvider>
  );
}
