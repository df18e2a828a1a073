import { db } from "@/lib/db";
import { currentActor } from "@/lib/data/workspace";
import { exportProspectsCsv } from "@/lib/import/prospects-csv";

/** All prospects of the workspace as CSV (cells that would run as formulas are neutralised). */
export async function GET() {
  const csv = await exportProspectsCsv(db, await currentActor(db));
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="ansprache-prospects-${new Date().toISOString().slice(0, 10)}.csv"`,
      "cache-control": "no-store",
    },
  });
}
