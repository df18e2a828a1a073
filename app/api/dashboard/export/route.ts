import { db } from "@/lib/db";
import { toCsv } from "@/lib/csv";
import { dashboardCsvRows, getDashboard, parseDashboardFilters } from "@/lib/data/dashboard";
import { actorOr401 } from "@/lib/auth/actor";
import { answeringBusy } from "@/lib/http/unavailable";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The dashboard with the page's filters (same query string) as CSV; cells that would run as formulas are neutralised. */
export const GET = answeringBusy(async (request: Request) => {
  const actor = await actorOr401(request);
  if (actor instanceof Response) return actor;
  const filters = parseDashboardFilters(new URL(request.url).searchParams);
  const dashboard = await getDashboard(db, actor, filters);
  const day = new Date().toISOString().slice(0, 10);
  // a byte order mark so spreadsheets read the umlauts in names as UTF-8
  return new Response(`\uFEFF${toCsv(dashboardCsvRows(dashboard))}`, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="ansprache-dashboard-${day}.csv"`,
      "cache-control": "no-store",
    },
  });
});
