// Generates the Prisma client after install; skipped quietly when the schema is not there yet.
import { existsSync } from "node:fs";
import { execSync } from "node:child_process";
if (existsSync("prisma/schema.prisma")) {
  execSync("npx prisma generate", { stdio: "inherit" });
}
