import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/db";
import { replyInsights, MIN_SAMPLE, type Rate } from "@/lib/data/reply-insights";
import { listReps } from "@/lib/data/dashboard";
import { requirePageActor } from "@/lib/auth/actor";
import { seesTeam } from "@/lib/data/workspace";
import { rulesById } from "@/lib/lint";
import type { Locale } from "@/i18n/locales";
import { getLocale } from "next-intl/server";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("insights");
  return { title: `${t("title")} · Ansprache` };
}

function pct(x: number | null) {
  return x === null ? "" : `${Math.round(x * 100)} %`;
}

function RateCell({ r, none }: { r: Rate; none: string }) {
  if (r.rate === null) return <td className="px-3 py-2 text-slate-600">{none} <span className="text-xs">(n={r.n})</span></td>;
  return (
    <td className="px-3 py-2">
      <span className="font-medium text-slate-900">{pct(r.rate)}</span>{" "}
      <span className="text-xs text-slate-500">
        [{pct(r.low)}–{pct(r.high)}] · {r.replied}/{r.n}
      </span>
    </td>
  );
}

export default async function InsightsPage({ searchParams }: { searchParams: Promise<{ member?: string | string[] }> }) {
  const t = await getTranslations("insights");
  const locale = (await getLocale()) as Locale;
  const raw = (await searchParams).member;
  const member = (Array.isArray(raw) ? raw[0] : raw) || null;
  const actor = await requirePageActor();
  const members = await listReps(db, actor);
  // a member sees their own messages only: the picker offers them, not "the whole team"
  const team = seesTeam(actor);
  const chosen = member && members.some((m) => m.id === member) ? member : team ? null : actor.memberId;
  const data = await replyInsights(db, actor, chosen);
  const none = t("notEnough");
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t("title")}</h1>
          <p className="max-w-2xl text-sm text-slate-600">{t("lead", { min: MIN_SAMPLE })}</p>
        </div>
        <form className="flex items-end gap-2">
          <label className="text-sm font-medium text-slate-700">
            {t("who")}
            <select name="member" defaultValue={chosen ?? ""} className="mt-1 block rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
              {team ? <option value="">{t("team")}</option> : null}
              {members.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.removed ? t("removedRep", { name: m.name }) : m.name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="rounded-md bg-slate-800 px-4 py-2 text-sm font-semibold text-white hover:bg-slate-700">
            {t("show")}
          </button>
        </form>
      </div>
      <p className="text-sm text-slate-700" data-testid="insights-total">
        {t("total", { n: data.total.n, rate: pct(data.total.rate) || none })}
      </p>
      {data.total.n === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">{t("empty")}</p>
      ) : (
        <>
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="min-w-full text-left text-sm" data-testid="insights-rules">
              <caption className="p-3 text-left font-semibold text-slate-900">{t("byRule")}</caption>
              <thead className="bg-slate-50 text-xs uppercase text-slate-500">
                <tr>
                  <th scope="col" className="px-3 py-2">{t("rule")}</th>
                  <th scope="col" className="px-3 py-2">{t("passed")}</th>
                  <th scope="col" className="px-3 py-2">{t("raised")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {data.rules.map((r) => (
                  <tr key={r.id} data-rule-id={r.id}>
                    <th scope="row" className="px-3 py-2 font-medium text-slate-800">{rulesById[r.id].meta.title[locale]}</th>
                    <RateCell r={r.passed} none={none} />
                    <RateCell r={r.raised} none={none} />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="min-w-full text-left text-sm">
              <caption className="p-3 text-left font-semibold text-slate-900">{t("byBand")}</caption>
              <thead className="bg-slate-50 text-xs uppercase text-slate-500">
                <tr>
                  <th scope="col" className="px-3 py-2">{t("band")}</th>
                  <th scope="col" className="px-3 py-2">{t("replyRate")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {data.bands.map((b) => (
                  <tr key={b.band}>
                    <th scope="row" className="px-3 py-2 font-medium text-slate-800">{b.band}</th>
                    <RateCell r={b.rate} none={none} />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="text-xs text-slate-500">{t("method")}</p>
        </>
      )}
    </div>
  );
}
