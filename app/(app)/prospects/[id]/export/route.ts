import { db } from "@/lib/db";
import { exportProspectData } from "@/lib/data/gdpr";
import { actorOr401 } from "@/lib/auth/actor";
import { answeringBusy } from "@/lib/http/unavailable";

/** Everything about one prospect as JSON (GDPR Art. 15). */
export const GET = answeringBusy(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await actorOr401(request);
  if (actor instanceof Response) return actor;
  const { id } = await params;
  const data = await exportProspectData(db, actor, id.slice(0, 100));
  if (!data) return Response.json({ error: { code: "not_found", issues: [] } }, { status: 404 });
  return new Response(JSON.stringify(data, null, 2), {
    headers: { "content-type": "application/json; charset=utf-8", "content-disposition": `attachment; filename="prospect-${id.slice(0, 40)}.json"`, "cache-control": "no-store" },
  });
});
