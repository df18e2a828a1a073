import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { BarsChart, TrendChart, type Series } from "@/components/dashboard/charts";
import { DataTable } from "@/components/dashboard/data-table";
import { db } from "@/lib/db";
import { filtersToQuery, getDashboard, parseDashboardFilters, PERIODS } from "@/lib/data/dashboard";
import { requirePageActor } from "@/lib/auth/actor";
import { seesTeam } from "@/lib/data/workspace";
import { CHANNELS, LANGUAGES, rulesById, type RuleId } from "@/lib/lint";
import type { Locale } from "@/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard");
  return { title: `${t("title")} · Ansprache` };
}

const REP_COLORS = ["#0f766e", "#b45309", "#7c3aed", "#be123c", "#0369a1", "#4d7c0f", "#a21caf", "#475569"];
const VERDICT_COLORS = { send: "#059669", revise: "#d97706", block: "#e11d48" };

function Card({ id, title, description, children }: { id: string; title: string; description: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="min-w-0 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" data-testid={`section-${id}`}>
      <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900">
        {title}
      </h2>
      <p className="mb-3 mt-1 text-sm text-slate-600">{description}</p>
      {children}
    </section>
  );
}

function Empty({ children }: { children: React.ReactNode }) {
  return <p className="rounded-md border border-dashed border-slate-300 p-4 text-sm text-slate-600">{children}</p>;
}

const selectClass = "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900";

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [t, tc, tl, tv, locale, format] = await Promise.all([getTranslations("dashboard"), getTranslations("channels"), getTranslations("languages"), getTranslations("verdicts"), getLocale(), getFormatter()]);
  const filters = parseDashboardFilters(await searchParams);
  const actor = await requirePageActor();
  const d = await getDashboard(db, actor, filters);
  const nf = new Intl.NumberFormat(locale);
  const pct = (v: number | null) => (v === null ? null : new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(v));
  const median = (v: number | null) => (v === null ? null : nf.format(v));
  const ruleTitle = (id: string) => rulesById[id as RuleId]?.meta.title[locale as Locale] ?? id;
  const { quality, rules, bands, followUp, massTemplate } = d;
  const reps = quality.reps;

  // a member's dashboard holds their own messages only, and a manager's filtered to one rep that
  // rep's: it is labelled with their name, not "Team" (the CSV export does the same)
  const team = seesTeam(actor);
  const whole = (d.filters.rep && d.members.find((m) => m.id === d.filters.rep)?.name) || t("team");
  const trendSeries: Series[] = [{ key: "team", name: whole, color: "#1e293b", emphasis: true }, ...reps.map((r, i) => ({ key: r.memberId, name: r.name, color: REP_COLORS[i % REP_COLORS.length] }))];
  const trendData = quality.team.map((w, i) => ({ week: w.label.slice(5), team: w.median, ...Object.fromEntries(reps.map((r) => [r.memberId, r.weeks[i].median])) }));

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="max-w-2xl">
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t("title")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("lead")}</p>
        </div>
        <a href={`/api/dashboard/export?${filtersToQuery(filters)}`} className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-50" download>
          {t("export")}
        </a>
      </div>

      <form method="get" className="grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-4 lg:grid-cols-5" aria-label={t("filters")}>
        <label className="text-sm font-medium text-slate-700">
          {t("period")}
          <select name="period" defaultValue={filters.period} className={selectClass}>
            {PERIODS.map((p) => (
              <option key={p} value={p}>
                {t(`periods.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium text-slate-700">
          {t("rep")}
          <select name="rep" defaultValue={filters.rep ?? (team ? "" : actor.memberId)} className={selectClass}>
            {team ? <option value="">{t("allReps")}</option> : null}
            {d.members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.removed ? t("removedRep", { name: m.name }) : m.name}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium text-slate-700">
          {t("channel")}
          <select name="channel" defaultValue={filters.channel ?? ""} className={selectClass}>
            <option value="">{t("allChannels")}</option>
            {CHANNELS.map((c) => (
              <option key={c} value={c}>
                {tc(c)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium text-slate-700">
          {t("language")}
          <select name="language" defaultValue={filters.language ?? ""} className={selectClass}>
            <option value="">{t("allLanguages")}</option>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {tl(l)}
              </option>
            ))}
          </select>
        </label>
        <div className="col-span-2 flex items-end sm:col-span-4 lg:col-span-1">
          <button type="submit" className="w-full rounded-md bg-indigo-700 px-4 py-2 text-sm font-semibold text-white hover:bg-indigo-800">
            {t("apply")}
          </button>
        </div>
      </form>

      {quality.sent === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center" data-testid="dashboard-empty">
          <p className="font-medium text-slate-900">{t("empty")}</p>
          <p className="mt-1 text-sm text-slate-600">{t("emptyHint")}</p>
          <Link href="/compose" className="mt-4 inline-block text-sm font-medium text-indigo-700 hover:underline">
            {t("write")}
          </Link>
        </div>
      ) : (
        <>
          {/* counts go in as numbers: the message picks singular or plural and formats them (#) for the locale */}
          <p className="text-sm text-slate-700" data-testid="dashboard-summary">
            {t("summary", { sent: quality.sent, median: median(quality.median) ?? "–" })}
          </p>
          {/* weeks are UTC (weekStart, isoWeekStart): said, so a Monday 00:30 in Berlin counting in the week before surprises nobody */}
          <p className="text-sm text-slate-600" data-testid="dashboard-weeks">
            {t("weeks")}
          </p>
          <div className="grid gap-6 lg:grid-cols-2">
            <Card id="quality" title={t("quality.title")} description={t("quality.description")}>
              <TrendChart label={t("quality.caption")} data={trendData} xKey="week" series={trendSeries} />
              <DataTable
                caption={t("quality.caption")}
                summary={t("showTable")}
                headers={[t("week"), `${whole} (${t("sent")})`, whole, ...reps.map((r) => r.name)]}
                rows={quality.team.map((w, i) => [w.label, w.sent, median(w.median), ...reps.map((r) => median(r.weeks[i].median))])}
                testId="table-quality"
              />
            </Card>

            <Card id="verdicts" title={t("verdicts.title")} description={t("verdicts.description")}>
              <BarsChart
                label={t("verdicts.caption")}
                data={quality.team.map((w) => ({ week: w.label.slice(5), send: w.send, revise: w.revise, block: w.block }))}
                xKey="week"
                stacked
                series={(["send", "revise", "block"] as const).map((v) => ({ key: v, name: tv(v), color: VERDICT_COLORS[v] }))}
              />
              <DataTable
                caption={t("verdicts.caption")}
                summary={t("showTable")}
                headers={[t("week"), t("sent"), tv("send"), tv("revise"), tv("block")]}
                rows={quality.team.map((w) => [w.label, w.sent, w.send, w.revise, w.block])}
                testId="table-verdicts"
              />
            </Card>

            <Card id="bands" title={t("bands.title")} description={t("bands.description")}>
              <BarsChart label={t("bands.caption")} data={bands.map((b) => ({ band: b.band, rate: b.rate ?? 0 }))} xKey="band" percent series={[{ key: "rate", name: t("bands.rate"), color: "#4338ca" }]} />
              <DataTable
                caption={t("bands.caption")}
                summary={t("showTable")}
                headers={[t("bands.band"), t("sent"), t("bands.replied"), t("bands.rate")]}
                rows={bands.map((b) => [b.band, b.sent, b.replied, pct(b.rate)])}
                testId="table-bands"
              />
              <Link href="/insights" className="mt-3 inline-block text-sm font-medium text-indigo-700 hover:underline" data-testid="insights-link">
                {t("bands.perRule")}
              </Link>
            </Card>

            <Card id="rules" title={t("rules.title")} description={t("rules.description")}>
              {rules.length === 0 ? (
                <Empty>{t("rules.none")}</Empty>
              ) : (
                <>
                  <BarsChart
                    label={t("rules.caption")}
                    data={rules.slice(0, 8).map((r) => ({ rule: ruleTitle(r.ruleId), fail: r.fail, warn: r.warn }))}
                    xKey="rule"
                    horizontal
                    stacked
                    series={[
                      { key: "fail", name: t("rules.fail"), color: "#e11d48" },
                      { key: "warn", name: t("rules.warn"), color: "#f59e0b" },
                    ]}
                  />
                  <DataTable
                    caption={t("rules.caption")}
                    summary={t("showTable")}
                    headers={[t("rules.rule"), t("rules.fail"), t("rules.warn"), t("rules.share")]}
                    rows={rules.map((r) => [ruleTitle(r.ruleId), r.fail, r.warn, pct(r.share)])}
                    testId="table-rules"
                  />
                </>
              )}
            </Card>

            <Card id="follow-up" title={t("followUp.title")} description={t("followUp.description")}>
              {followUp.length === 0 ? (
                <Empty>{t("followUp.none")}</Empty>
              ) : (
                <>
                  <BarsChart
                    label={t("followUp.caption")}
                    data={followUp.map((f) => ({ rep: f.name, open: f.open, twoPlus: f.twoPlus, threePlus: f.threePlus }))}
                    xKey="rep"
                    series={[
                      { key: "open", name: t("followUp.open"), color: "#94a3b8" },
                      { key: "twoPlus", name: t("followUp.twoPlus"), color: "#f59e0b" },
                      { key: "threePlus", name: t("followUp.threePlus"), color: "#e11d48" },
                    ]}
                  />
                  <DataTable
                    caption={t("followUp.caption")}
                    summary={t("showTable")}
                    headers={[t("rep"), t("followUp.open"), t("followUp.twoPlus"), t("followUp.threePlus")]}
                    rows={followUp.map((f) => [f.name, f.open, f.twoPlus, f.threePlus])}
                    testId="table-follow-up"
                  />
                </>
              )}
            </Card>

            <Card id="mass" title={t("mass.title")} description={t("mass.description")}>
              {massTemplate.total === 0 ? (
                <Empty>{t("mass.none")}</Empty>
              ) : (
                <>
                  <p className="mb-2 text-sm font-medium text-slate-800">{t("mass.total", { count: massTemplate.total })}</p>
                  <BarsChart label={t("mass.caption")} data={massTemplate.byWeek.map((w) => ({ week: w.label.slice(5), count: w.count }))} xKey="week" height={200} series={[{ key: "count", name: t("mass.count"), color: "#be123c" }]} />
                  <DataTable caption={t("mass.caption")} summary={t("showTable")} headers={[t("week"), t("mass.count")]} rows={massTemplate.byWeek.map((w) => [w.label, w.count])} testId="table-mass" />
                  <h3 className="mt-4 text-sm font-semibold text-slate-900">{t("mass.recent")}</h3>
                  <div className="mt-2 overflow-x-auto rounded-md border border-slate-200" tabIndex={0} role="region" aria-label={t("mass.recent")}>
                    <table className="min-w-full divide-y divide-slate-200 text-left text-sm">
                      <caption className="sr-only">{t("mass.recent")}</caption>
                      <thead className="bg-slate-50">
                        <tr>
                          {[t("mass.date"), t("rep"), t("mass.prospect"), t("channel"), t("mass.score")].map((h) => (
                            <th key={h} scope="col" className="whitespace-nowrap px-3 py-2 font-semibold text-slate-700">
                              {h}
                            </th>
                          ))}
                        </tr>
                      </thead>
                      <tbody className="divide-y divide-slate-100">
                        {massTemplate.recent.map((m) => (
                          <tr key={m.id}>
                            <td className="whitespace-nowrap px-3 py-1.5 text-slate-700">{format.dateTime(new Date(m.sentAt), { dateStyle: "medium" })}</td>
                            <td className="whitespace-nowrap px-3 py-1.5 text-slate-700">{m.author}</td>
                            <td className="whitespace-nowrap px-3 py-1.5 text-slate-700">{m.prospect ?? "–"}</td>
                            <td className="whitespace-nowrap px-3 py-1.5 text-slate-700">{(CHANNELS as readonly string[]).includes(m.channel) ? tc(m.channel as (typeof CHANNELS)[number]) : m.channel}</td>
                            <td className="whitespace-nowrap px-3 py-1.5 tabular-nums text-slate-700">{m.score}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                </>
              )}
            </Card>
          </div>
        </>
      )}
    </div>
  );
}
