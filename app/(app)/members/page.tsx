import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { InviteForm } from "@/components/auth/invite-form";
import { requirePageActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { listMembers } from "@/lib/data/members";
import { listTeamDrafts } from "@/lib/data/messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("members");
  return { title: `${t("title")} · Ansprache` };
}

/** The team: members and roles, invitation links, and the team's drafts (admins and managers). */
export default async function MembersPage() {
  const actor = await requirePageActor();
  const t = await getTranslations("members");
  const [members, drafts] = await Promise.all([listMembers(db, actor), listTeamDrafts(db, actor)]);
  if (!members || !drafts) {
    return (
      <section>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t("title")}</h1>
        <p className="mt-4 text-sm text-slate-700">{t("forbidden")}</p>
      </section>
    );
  }
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t("title")}</h1>
      <section aria-labelledby="members-list" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="members-list" className="mb-3 text-base font-semibold text-slate-900">
          {t("listTitle")}
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-4 font-medium">{t("name")}</th>
                <th scope="col" className="py-2 pr-4 font-medium">{t("email")}</th>
                <th scope="col" className="py-2 pr-4 font-medium">{t("role")}</th>
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.id} className="border-t border-slate-100">
                  <td className="py-2 pr-4 text-slate-900">{m.name}</td>
                  <td className="py-2 pr-4 text-slate-700">{m.email}</td>
                  <td className="py-2 pr-4 text-slate-700">{t(`roles.${["member", "manager", "admin"].includes(m.role) ? m.role : "member"}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="members-invite" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="members-invite" className="text-base font-semibold text-slate-900">
          {t("inviteTitle")}
        </h2>
        <p className="mb-3 mt-1 text-sm text-slate-600">{t("inviteLead")}</p>
        <InviteForm roles={actor.role === "admin" ? ["member", "manager", "admin"] : ["member", "manager"]} />
      </section>
      <section aria-labelledby="team-drafts" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="team-drafts" className="mb-3 text-base font-semibold text-slate-900">
          {t("draftsTitle")}
        </h2>
        {drafts.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noDrafts")}</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {drafts.map((d) => (
              <li key={d.id} className="py-2 text-sm">
                <span className="font-medium text-slate-900">{d.authorName}</span>
                <span className="text-slate-600"> · {d.prospectName ?? "—"} · {d.score}</span>
                <p className="truncate text-slate-700">{d.body.slice(0, 160)}</p>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-3 text-sm">
          <Link href="/dashboard" className="font-medium text-indigo-700 underline hover:text-indigo-600">
            {t("toDashboard")}
          </Link>
        </p>
      </section>
    </div>
  );
}
