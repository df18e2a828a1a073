import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ProspectForm } from "@/components/prospects/prospect-form";
import { RetentionForm } from "@/components/prospects/retention-form";
import { db } from "@/lib/db";
import { findProspects, listLeadLists } from "@/lib/data/prospects";
import { requirePageActor } from "@/lib/auth/actor";
import { canChangePrivacySettings } from "@/lib/data/workspace";
import { listQuery, prospectHref } from "@/lib/prospect-list-query";
import { prospectFilterSchema } from "@/lib/validations/compose";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("prospects");
  return { title: `${t("title")} · Ansprache` };
}

const input = "rounded-md border border-slate-300 bg-white px-3 py-2 text-sm";

export default async function ProspectsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const t = await getTranslations("prospects");
  const format = await getFormatter();
  const raw = await searchParams;
  const params = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]).filter(([, v]) => v !== undefined && v !== ""));
  const filter = prospectFilterSchema.parse(params);
  const actor = await requirePageActor();
  const [result, lists, workspace] = await Promise.all([
    findProspects(db, actor, filter),
    listLeadLists(db, actor),
    db.workspace.findUnique({ where: { id: actor.workspaceId }, select: { retentionMonths: true } }),
  ]);
  const pageHref = (page: number) => `/prospects?${new URLSearchParams({ ...(params as Record<string, string>), page: String(page) })}`;
  // a page past the end (the last prospect of the last page erased, an old link): the last page
  if (result.total > 0 && result.items.length === 0 && filter.page > result.pages) redirect(pageHref(result.pages));
  const filtered = Object.keys(params).some((k) => k !== "page" && k !== "sort");
  // a prospect's page gets this list's query, so that its "All prospects" comes back here
  const query = listQuery(raw);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t("title")}</h1>
        <div className="flex gap-2">
          <Link href="/prospects/import" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50">
            {t("import")}
          </Link>
          <a href="/prospects/export" className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50" download>
            {t("export")}
          </a>
        </div>
      </div>
      <form role="search" aria-label={t("filters")} className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6">
        <label className="text-sm font-medium text-slate-700 lg:col-span-2">
          {t("search")}
          <input name="q" defaultValue={filter.q} className={`${input} mt-1 w-full`} />
        </label>
        <label className="text-sm font-medium text-slate-700">
          {t("lists")}
          <select name="list" defaultValue={filter.list ?? ""} className={`${input} mt-1 w-full`}>
            <option value="">{t("allLists")}</option>
            {lists.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name} ({l.count})
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium text-slate-700">
          {t("anyTag")}
          <input name="tag" defaultValue={filter.tag ?? ""} className={`${input} mt-1 w-full`} />
        </label>
        <label className="text-sm font-medium text-slate-700">
          {t("lastTouch")}
          <select name="touched" defaultValue={filter.touched ?? ""} className={`${input} mt-1 w-full`}>
            <option value="">{t("anyTime")}</option>
            <option value="7">{t("touched7")}</option>
            <option value="30">{t("touched30")}</option>
            <option value="90">{t("touched90")}</option>
            <option value="none">{t("touchedNone")}</option>
          </select>
        </label>
        <label className="text-sm font-medium text-slate-700">
          {t("sort")}
          <select name="sort" defaultValue={filter.sort} className={`${input} mt-1 w-full`}>
            <option value="recent">{t("sortRecent")}</option>
            <option value="name">{t("sortName")}</option>
            <option value="company">{t("sortCompany")}</option>
            <option value="last-touch">{t("sortLastTouch")}</option>
          </select>
        </label>
        <label className="text-sm font-medium text-slate-700 lg:col-span-2">
          {t("anyCompany")}
          <input name="company" defaultValue={filter.company ?? ""} className={`${input} mt-1 w-full`} />
        </label>
        <div className="flex items-end">
          <button type="submit" className="rounded-md bg-slate-800 px-4 py-2 text-sm font-semibold text-white hover:bg-slate-700">
            {t("apply")}
          </button>
        </div>
      </form>
      <p className="text-sm text-slate-600" data-testid="prospect-count">
        {t("count", { total: result.total })}
      </p>
      {result.items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">{filtered ? t("noMatch", { query: filter.q || "…" }) : t("empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white" data-testid="prospect-list">
          {result.items.map((p) => (
            <li key={p.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3">
              <Link href={prospectHref(p.id, query)} className="font-medium text-slate-900 hover:text-indigo-700">
                {p.name}
              </Link>
              <span className="text-sm text-slate-500">{[p.role, p.company].filter(Boolean).join(" · ")}</span>
              {p.tags?.map((tag) => (
                <span key={tag} className="rounded-full bg-indigo-50 px-2 py-0.5 text-xs text-indigo-800">
                  {tag}
                </span>
              ))}
              <span className="ml-auto flex items-center gap-4">
                {p.lastTouchAt ? <span className="text-xs text-slate-500">{format.dateTime(new Date(p.lastTouchAt), { dateStyle: "medium" })}</span> : null}
                <Link href={`/compose?prospect=${p.id}`} className="text-sm font-medium text-indigo-700 hover:underline">
                  {t("write")}
                </Link>
              </span>
            </li>
          ))}
        </ul>
      )}
      {result.pages > 1 ? (
        <nav aria-label={t("page", { page: result.page, pages: result.pages })} className="flex items-center justify-between text-sm">
          {result.page > 1 ? <Link href={pageHref(result.page - 1)} className="font-medium text-indigo-700 hover:underline">← {t("previous")}</Link> : <span />}
          <span className="text-slate-600">{t("page", { page: result.page, pages: result.pages })}</span>
          {result.page < result.pages ? <Link href={pageHref(result.page + 1)} className="font-medium text-indigo-700 hover:underline">{t("next")} →</Link> : <span />}
        </nav>
      ) : null}
      <ProspectForm />
      <RetentionForm months={workspace?.retentionMonths ?? null} editable={canChangePrivacySettings(actor)} />
    </div>
  );
}
