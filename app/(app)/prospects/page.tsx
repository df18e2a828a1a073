import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ProspectForm } from "@/components/prospects/prospect-form";
import { db } from "@/lib/db";
import { listProspects } from "@/lib/data/prospects";
import { currentActor } from "@/lib/data/workspace";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("prospects");
  return { title: `${t("title")} · Ansprache` };
}

export default async function ProspectsPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const t = await getTranslations("prospects");
  const raw = (await searchParams).q;
  const q = (Array.isArray(raw) ? raw[0] : raw)?.slice(0, 100) ?? "";
  const actor = await currentActor(db);
  const prospects = await listProspects(db, actor, q);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t("title")}</h1>
        <form role="search" className="flex gap-2">
          <label className="sr-only" htmlFor="q">
            {t("search")}
          </label>
          <input id="q" name="q" defaultValue={q} placeholder={t("search")} className="w-64 max-w-full rounded-md border border-slate-300 px-3 py-2 text-sm" />
        </form>
      </div>
      {prospects.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">{q ? t("noMatch", { query: q }) : t("empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" data-testid="prospect-list">
          {prospects.map((p) => (
            <li key={p.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3">
              <Link href={`/prospects/${p.id}`} className="font-medium text-slate-900 hover:text-indigo-700">
                {p.name}
              </Link>
              <span className="text-sm text-slate-500">{[p.role, p.company].filter(Boolean).join(" · ")}</span>
              <Link href={`/compose?prospect=${p.id}`} className="ml-auto text-sm font-medium text-indigo-700 hover:underline">
                {t("write")}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <ProspectForm />
    </div>
  );
}
