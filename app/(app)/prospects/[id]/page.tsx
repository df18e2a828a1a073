import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ListsPanel } from "@/components/prospects/lists-panel";
import { NoteForm } from "@/components/prospects/note-form";
import { NoteItem } from "@/components/prospects/note-item";
import { PrivacyPanel } from "@/components/prospects/privacy-panel";
import { ProspectEditor } from "@/components/prospects/prospect-editor";
import { TouchpointsPanel } from "@/components/prospects/touchpoints-panel";
import { db } from "@/lib/db";
import { getThreadShown } from "@/lib/data/messages";
import { getProspect, listLeadLists } from "@/lib/data/prospects";
import { requirePageActor } from "@/lib/auth/actor";
import { listHref } from "@/lib/prospect-list-query";

/** Only http(s) links are clickable; anything else is shown as text. */
function safeHref(url: string | null): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

export default async function ProspectPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  // back to the list as it was left: its search, filters, sorting and page (validated, always /prospects?…)
  const back = listHref((await searchParams).back);
  const t = await getTranslations();
  const format = await getFormatter();
  const actor = await requirePageActor();
  const prospect = await getProspect(db, actor, id);
  if (!prospect) {
    return (
      <div className="space-y-4">
        <p className="rounded-lg border border-slate-200 bg-white p-6 text-slate-700">{t("prospects.notFound")}</p>
        <Link href={back} className="text-sm font-medium text-indigo-700 hover:underline">
          {t("prospects.back")}
        </Link>
      </div>
    );
  }
  const [{ entries: thread, olderHidden }, lists] = await Promise.all([getThreadShown(db, actor, id), listLeadLists(db, actor)]);
  return (
    <div className="space-y-6">
      <Link href={back} className="text-sm font-medium text-indigo-700 hover:underline">
        ← {t("prospects.back")}
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{prospect.name}</h1>
          <p className="text-slate-600">{[prospect.role, prospect.company, prospect.location].filter(Boolean).join(" · ")}</p>
          {safeHref(prospect.profileUrl) ? (
            <a href={safeHref(prospect.profileUrl)!} rel="noopener noreferrer nofollow" target="_blank" className="text-sm text-indigo-700 hover:underline">
              {prospect.profileUrl}
            </a>
          ) : null}
          {prospect.tags.length ? (
            <p className="mt-2 flex flex-wrap gap-1">
              {prospect.tags.map((tag) => (
                <Link key={tag} href={`/prospects?tag=${encodeURIComponent(tag)}`} className="rounded-full bg-indigo-50 px-2 py-0.5 text-xs font-medium text-indigo-800 hover:bg-indigo-100">
                  {tag}
                </Link>
              ))}
            </p>
          ) : null}
        </div>
        <Link href={`/compose?prospect=${prospect.id}`} className="rounded-md bg-indigo-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500">
          {t("prospects.write")}
        </Link>
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-6">
          <section className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="notes-heading">
            <h2 id="notes-heading" className="text-base font-semibold text-slate-900">
              {t("prospects.notesTitle")}
            </h2>
            {prospect.notes.length === 0 ? (
              <p className="mt-2 text-sm text-slate-500">{t("prospects.noNotes")}</p>
            ) : (
              <ul className="mt-2 space-y-2" data-testid="notes">
                {prospect.notes.map((n) => (
                  <NoteItem key={n.id} note={n} prospectId={prospect.id} />
                ))}
              </ul>
            )}
            <NoteForm prospectId={prospect.id} />
          </section>
          <TouchpointsPanel prospectId={prospect.id} touchpoints={prospect.touchpoints} />
          <section className="rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="thread-heading">
            <h2 id="thread-heading" className="text-base font-semibold text-slate-900">
              {t("compose.thread")}
            </h2>
            {thread.length === 0 ? (
              <p className="mt-2 text-sm text-slate-500">{t("compose.noThread")}</p>
            ) : (
              <>
                {olderHidden > 0 ? (
                  <p className="mt-2 text-sm text-slate-500" data-testid="thread-older-hidden">
                    {t("prospects.threadOlderHidden", { count: olderHidden })}
                  </p>
                ) : null}
                <ol className="mt-2 space-y-2">
                  {thread.map((e) => (
                    <li key={`${e.kind}-${e.id}`} className={e.kind === "reply" ? "ml-6 rounded-md bg-emerald-50 p-3 text-sm" : "rounded-md bg-slate-50 p-3 text-sm"}>
                      <p className="text-xs font-medium text-slate-500">
                        {e.kind === "message" ? (e.author ?? t("compose.you")) : t("compose.them")} · {format.dateTime(new Date(e.at), { dateStyle: "medium" })}
                      </p>
                      {e.text ? <p className="mt-1 whitespace-pre-wrap break-words">{e.text}</p> : null}
                    </li>
                  ))}
                </ol>
              </>
            )}
          </section>
        </div>
        <div className="space-y-6">
          <ProspectEditor prospect={prospect} />
          <ListsPanel prospectId={prospect.id} lists={lists} memberOf={prospect.lists.map((l) => l.id)} />
          <PrivacyPanel prospectId={prospect.id} name={prospect.name} source={prospect.source} collectedAt={prospect.collectedAt} listHref={back} />
        </div>
      </div>
    </div>
  );
}
