// npm run bench:archive [-- --messages N]: imports a generated LinkedIn archive of N messages
// (default 50,000) into a fresh SQLite database and prints how long each phase took.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPrismaClient } from "../lib/db-client";
import { buildArchiveFixture } from "../lib/import/archive-fixture";
import { importArchive, readArchive } from "../lib/import/linkedin-archive";

const arg = process.argv.indexOf("--messages");
const total = arg > -1 ? Number(process.argv[arg + 1]) : 50_000;
const per = 4;
const dir = mkdtempSync(path.join(tmpdir(), "ansprache-archive-bench-"));
const url = `file:${path.join(dir, "bench.db")}`;
execFileSync(process.execPath, [path.join("node_modules", "prisma", "build", "index.js"), "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
const db = createPrismaClient(url);

async function main() {
  const w = await db.workspace.create({ data: { name: "Bench", members: { create: { name: "Mara", email: "mara@bench.test" } } }, include: { members: true } });
  const actor = { workspaceId: w.id, memberId: w.members[0].id };
  let t = performance.now();
  const fx = buildArchiveFixture({ conversations: Math.ceil(total / per), messagesPerConversation: per });
  const genMs = performance.now() - t;
  t = performance.now();
  const files = await readArchive(fx.zip, "Complete_LinkedInDataExport.zip");
  const readMs = performance.now() - t;
  t = performance.now();
  let last = 0;
  const result = await importArchive(db, actor, files, {
    onProgress: (phase, done, all) => {
      if (phase === "checking" && done - last >= 10_000) {
        last = done;
        console.log(`  checked ${done}/${all} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
      }
    },
  });
  const importMs = performance.now() - t;
  t = performance.now();
  const again = await importArchive(db, actor, files);
  const reimportMs = performance.now() - t;
  console.log(`archive: ${total} messages in ${Math.ceil(total / per)} conversations (${(fx.zip.length / 1e6).toFixed(1)} MB zipped), generated in ${(genMs / 1000).toFixed(1)} s`);
  console.log(`read ZIP:   ${readMs.toFixed(0)} ms`);
  console.log(`import:     ${(importMs / 1000).toFixed(1)} s  (${result.messagesImported} messages, ${result.repliesImported} replies, ${result.prospectsCreated} prospects; goal < 60 s)`);
  console.log(`re-import:  ${(reimportMs / 1000).toFixed(1)} s  (${again.messagesImported + again.repliesImported} new rows, ${again.alreadyImported} already there)`);
}

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(async () => {
    await db.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  });
