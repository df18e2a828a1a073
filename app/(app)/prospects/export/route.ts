import { db } from "@/lib/db";
import { actorOr401 } from "@/lib/auth/actor";
import { answeringBusy } from "@/lib/http/unavailable";
import { exportProspectsCsv } from "@/lib/import/prospects-csv";

/** All prospects of the workspace as CSV (cells that would run as formulas are neutralised). */
export const GET = answeringBusy(async (request: Request) => {
  const actor = await actorOr401(request);
  if (actor instanceof Response) return actor;
  const csv = await exportProspectsCsv(db, actor);
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="ansprache-prospects-${new Date().toISOString().slice(0, 10)}.csv"`,
      "cache-control": "no-store",
    },
  });
});
