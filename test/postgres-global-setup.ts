import type { TestProject } from "vitest/node";
import { startPostgres, type PostgresServer } from "./postgres-server";

/** With TEST_DATABASE=postgres, one throwaway PostgreSQL server for the whole run; each test file makes its own database on it. */
let server: PostgresServer | undefined;

export async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE !== "postgres") {
    project.provide("postgresAdminUrl", "");
    return;
  }
  server = await startPostgres();
  project.provide("postgresAdminUrl", server.adminUrl);
}

export function teardown() {
  server?.stop();
}
