// npm run purge [-- --months N]: erases prospects without activity for N months (GDPR retention).
// Without --months, each workspace's own retention setting applies; workspaces without one are skipped.
import { createPrismaClient } from "../lib/db-client";
import { purgeInactiveProspects } from "../lib/data/gdpr";

const db = createPrismaClient();
const arg = process.argv.indexOf("--months");
const override = arg > -1 ? Number(process.argv[arg + 1]) : null;
if (override !== null && (!Number.isInteger(override) || override < 1)) {
  console.error("--months takes a whole number of months (1 or more)");
  process.exit(2);
}

async function main() {
  const workspaces = await db.workspace.findMany({ select: { id: true, name: true, retentionMonths: true } });
  let total = 0;
  for (const w of workspaces) {
    const months = override ?? w.retentionMonths;
    if (!months) continue;
    const n = await purgeInactiveProspects(db, w.id, months);
    total += n;
    console.log(`${w.name}: ${n} prospect(s) without activity for ${months} months erased`);
  }
  console.log(`${total} prospect(s) erased`);
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
