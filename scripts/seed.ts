// npm run seed: creates the demo workspace (idempotent) in the database DATABASE_URL names.
import { createPrismaClient } from "../lib/db-client";
import { seedDemoWorkspace } from "../lib/demo/seed";

const db = createPrismaClient();
const started = Date.now();
seedDemoWorkspace(db)
  .then(({ created }) => console.log(created ? `demo workspace created in ${Date.now() - started} ms` : "demo workspace already there"))
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
