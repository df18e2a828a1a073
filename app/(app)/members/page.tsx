import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { InviteForm } from "@/components/auth/invite-form";
import { AccessToggle, RevokeInvitationButton, RoleSelect } from "@/components/members/member-controls";
import { requirePageActor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { listMembers, listOpenInvitations } from "@/lib/data/members";
import { listTeamDrafts } from "@/lib/data/messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("members");
  return { title: `${t("title")} · Ansprache` };
}

/**
 * The team (admins and managers): members with their roles and access, invitation links open and
 * new, and the team's drafts. Admins change roles; both take access away and give it back.
 */
export default async function MembersPage() {
  const actor = await requirePageActor();
  const [t, format] = await Promise.all([getTranslations("members"), getFormatter()]);
  const [members, invitations, drafts] = await Promise.all([listMembers(db, actor), listOpenInvitations(db, actor), listTeamDrafts(db, actor)]);
  const day = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium" });
  if (!members || !invitations || !drafts) {
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
                <th scope="col" className="py-2 pr-4 font-medium">{t("status")}</th>
                <th scope="col" className="py-2 pr-4 font-medium">{t("actions")}</th>
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.id} className={`border-t border-slate-100 align-top ${m.disabledAt ? "text-slate-500" : ""}`} data-testid="member-row">
                  <td className="py-2 pr-4 text-slate-900">
                    {m.name}
                    {m.isYou ? <span className="text-slate-600"> ({t("you")})</span> : null}
                  </td>
                  <td className="py-2 pr-4 text-slate-700">{m.email}</td>
                  <td className="py-2 pr-4 text-slate-700">{actor.role === "admin" ? <RoleSelect memberId={m.id} name={m.name} role={m.role} /> : t(`roles.${m.role}`)}</td>
                  <td className="py-2 pr-4 text-slate-700">{m.disabledAt ? t("disabledSince", { date: day(m.disabledAt) }) : t("active")}</td>
                  <td className="py-2 pr-4">{m.canDisable ? <AccessToggle memberId={m.id} name={m.name} disabled={m.disabledAt !== null} /> : null}</td>
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
      <section aria-labelledby="members-invitations" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="members-invitations" className="text-base font-semibold text-slate-900">
          {t("invitationsTitle")}
        </h2>
        <p className="mb-3 mt-1 text-sm text-slate-600">{t("invitationsLead")}</p>
        {invitations.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noInvitations")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="text-slate-600">
                <tr>
                  <th scope="col" className="py-2 pr-4 font-medium">{t("invitedRole")}</th>
                  <th scope="col" className="py-2 pr-4 font-medium">{t("createdBy")}</th>
                  <th scope="col" className="py-2 pr-4 font-medium">{t("expires")}</th>
                  <th scope="col" className="py-2 pr-4 font-medium">{t("actions")}</th>
                </tr>
              </thead>
              <tbody>
                {invitations.map((inv) => (
                  <tr key={inv.id} className="border-t border-slate-100 align-top" data-testid="invitation-row">
                    <td className="py-2 pr-4 text-slate-900">{t(`roles.${inv.role}`)}</td>
                    <td className="py-2 pr-4 text-slate-700">
                      {inv.createdByName} · {day(inv.createdAt)}
                    </td>
                    <td className="py-2 pr-4 text-slate-700">{day(inv.expiresAt)}</td>
                    <td className="py-2 pr-4">{inv.canRevoke ? <RevokeInvitationButton invitationId={inv.id} label={t("revokeLabel", { role: t(`roles.${inv.role}`), date: day(inv.createdAt) })} /> : null}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
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
