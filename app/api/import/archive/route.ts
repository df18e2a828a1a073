import { db } from "@/lib/db";
import { actorOr401 } from "@/lib/auth/actor";
import { canChangePrivacySettings } from "@/lib/data/workspace";
import { readLimitedBytes } from "@/lib/http/read-body";
import { answeringBusy } from "@/lib/http/unavailable";
import { ArchiveError, importArchive, readArchive, takeImportSlot } from "@/lib/import/linkedin-archive";

export const runtime = "nodejs";

const MAX_BYTES = 200_000_000;
/** Room for the multipart boundaries and the form's other fields around the file. */
const MULTIPART_OVERHEAD = 64 * 1024;

/**
 * POST multipart: file (the archive ZIP or one of its CSV files), ownProfileUrl (optional),
 * keepReplyTexts ("on" to keep the other side's texts; changing it is for admins, else a 403). Answers with a stream of JSON lines:
 * {"phase","done","total"} progress, then {"result": …} or {"error": …}.
 */
export const POST = answeringBusy(async (request: Request) => {
  const actor = await actorOr401(request);
  if (actor instanceof Response) return actor;
  // taken before the upload is read: a refused import holds no memory
  const slot = takeImportSlot(actor.workspaceId);
  if ("refused" in slot) {
    const status = slot.refused === "import_running" ? 409 : 503;
    return Response.json({ error: { code: slot.refused, issues: [] } }, { status, headers: status === 503 ? { "retry-after": "60" } : {} });
  }
  const job = { started: false, release: slot.release };
  try {
    return await importResponse(request, actor, job);
  } finally {
    // a refusal before the import starts frees the slot at once; a started import frees it when it ends
    if (!job.started) slot.release();
  }
});

async function importResponse(request: Request, actor: Exclude<Awaited<ReturnType<typeof actorOr401>>, Response>, job: { started: boolean; release: () => void }): Promise<Response> {
  const length = Number(request.headers.get("content-length") ?? "0");
  if (length > MAX_BYTES) return Response.json({ error: { code: "payload_too_large", issues: [] } }, { status: 413 });
  // counted while read: a chunked upload has no Content-Length to refuse it by
  const body = await readLimitedBytes(request, MAX_BYTES + MULTIPART_OVERHEAD);
  if (body === null) return Response.json({ error: { code: "payload_too_large", issues: [] } }, { status: 413 });
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": request.headers.get("content-type") ?? "" } }).formData();
  } catch {
    return Response.json({ error: { code: "invalid_form", issues: [] } }, { status: 400 });
  }
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return Response.json({ error: { code: "import_file_invalid", issues: [] } }, { status: 400 });
  if (file.size > MAX_BYTES) return Response.json({ error: { code: "payload_too_large", issues: [] } }, { status: 413 });
  const own = String(form.get("ownProfileUrl") ?? "").slice(0, 500) || undefined;
  // the form sends "off" from a hidden field and "on" from the checkbox when ticked; importArchive
  // stores it with the import (a failed import leaves the setting as it was)
  const keepReplyTexts = form.has("keepReplyTexts") ? form.getAll("keepReplyTexts").includes("on") : undefined;
  if (keepReplyTexts !== undefined && !canChangePrivacySettings(actor)) {
    const current = await db.workspace.findUnique({ where: { id: actor.workspaceId }, select: { keepReplyTexts: true } });
    if (keepReplyTexts !== current?.keepReplyTexts) return Response.json({ error: { code: "admin_only", issues: [] } }, { status: 403 });
  }
  const bytes = new Uint8Array(await file.arrayBuffer());

  const encoder = new TextEncoder();
  job.started = true;
  const stream = new ReadableStream({
    async start(controller) {
      const send = (obj: unknown) => controller.enqueue(encoder.encode(JSON.stringify(obj) + "\n"));
      try {
        const files = await readArchive(bytes, file.name);
        const result = await importArchive(db, actor, files, { ownProfileUrl: own, keepReplyTexts, onProgress: (phase, done, total) => send({ phase, done, total }) });
        send({ result });
      } catch (e) {
        if (e instanceof ArchiveError) send({ error: { code: e.code, message: e.message } });
        else {
          console.error("archive import failed", e instanceof Error ? e.message : e);
          send({ error: { code: "import_failed", message: "The import failed; nothing was stored." } });
        }
      } finally {
        job.release();
        controller.close();
      }
    },
  });
  return new Response(stream, { headers: { "content-type": "application/x-ndjson; charset=utf-8", "cache-control": "no-store" } });
}
