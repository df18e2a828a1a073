import { getTranslations } from "next-intl/server";
import { ArchiveImport } from "@/components/prospects/archive-import";
import { db } from "@/lib/db";
import { requirePageActor } from "@/lib/auth/actor";
import { canChangePrivacySettings } from "@/lib/data/workspace";

export default async function ArchiveImportPage() {
  const t = await getTranslations("archive");
  const actor = await requirePageActor();
  const workspace = await db.workspace.findUnique({ where: { id: actor.workspaceId }, select: { keepReplyTexts: true } });
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t("title")}</h1>
      <p className="max-w-2xl text-sm text-slate-600">{t("help")}</p>
      <ArchiveImport keepReplyTexts={workspace?.keepReplyTexts ?? false} canChangeKeepReplyTexts={canChangePrivacySettings(actor)} />
    </div>
  );
}
