import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ComposeEditor, type ComposeInitial } from "@/components/compose/compose-editor";
import { db } from "@/lib/db";
import { composeContextWithThread, getDraft, listDrafts } from "@/lib/data/messages";
import { pickerProspects } from "@/lib/data/prospects";
import { requirePageActor } from "@/lib/auth/actor";
import { CHANNELS, type Channel } from "@/lib/lint";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("compose");
  return { title: `${t("title")} · Ansprache` };
}

function one(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}

export default async function ComposePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const actor = await requirePageActor();
  // "saved": the draft a new message became at its first save (the editor writes it into the URL
  // without remounting itself), so that a reload opens it
  const draftAsked = one(params.draft) ?? one(params.saved);
  const draft = draftAsked ? await getDraft(db, actor, draftAsked) : null;
  const requested = draft?.prospectId ?? one(params.prospect) ?? null;
  const prospects = await pickerProspects(db, actor, requested);
  const prospectId = requested && prospects.some((p) => p.id === requested) ? requested : null;
  // the checks' history and the thread panel from one load of the thread
  const [{ context, thread, olderHidden }, drafts] = await Promise.all([composeContextWithThread(db, actor, prospectId), listDrafts(db, actor)]);
  const channelParam = one(params.channel);
  const initial: ComposeInitial = {
    draftId: draft?.id ?? null,
    prospectId,
    channel: (draft?.channel as Channel) ?? (CHANNELS.includes(channelParam as Channel) ? (channelParam as Channel) : "message"),
    account: draft?.account === "free" ? "free" : "premium",
    // Auto stays Auto: the language the draft was linted in is only what was detected then
    language: draft?.chosenLanguage === "de" || draft?.chosenLanguage === "en" ? draft.chosenLanguage : "auto",
    subject: draft?.subject ?? "",
    body: draft?.body ?? "",
  };
  // a new key per draft asked for, so that opening another draft remounts the editor with its
  // values; by the URL, not by the draft found: once the open draft is sent or deleted the page
  // refreshes without it, and the editor (its notice, its prospect, its unsaved text) must stay
  return <ComposeEditor key={one(params.draft) ?? "new"} initial={initial} prospects={prospects} context={context} thread={thread} olderHidden={olderHidden} drafts={drafts} memberId={actor.memberId} />;
}
