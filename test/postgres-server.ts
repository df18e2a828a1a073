import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * A throwaway PostgreSQL server for tests and the load script: Debian's postgresql binaries,
 * a fresh cluster in a temporary folder, listening on 127.0.0.1 only, trust auth. Starts in about a
 * second. Fails loudly when PostgreSQL is not installed: the suite never skips it quietly.
 */
export interface PostgresServer {
  /** Connection URL of the server's "postgres" database, for creating and dropping databases. */
  adminUrl: string;
  /** The URL of another database on the same server. */
  urlFor(database: string): string;
  stop(): void;
}

function binDir(): string {
  const fromEnv = process.env.POSTGRES_BIN;
  if (fromEnv && existsSync(path.join(fromEnv, "pg_ctl"))) return fromEnv;
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(path.join(root, v, "bin", "pg_ctl"))) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  if (versions.length === 0) {
    throw new Error("PostgreSQL is not installed: `apt-get install -y postgresql` (Debian) or set POSTGRES_BIN to the folder with initdb and pg_ctl.");
  }
  return path.join(root, versions[0], "bin");
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startPostgres(options: { maxConnections?: number } = {}): Promise<PostgresServer> {
  const bin = binDir();
  const dir = mkdtempSync(path.join(tmpdir(), "ansprache-pg-"));
  chmodSync(dir, 0o777);
  const data = path.join(dir, "data");
  const port = await freePort();
  // initdb refuses to run as root: run the server as the postgres user then
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) => {
    const full = asRoot ? ["runuser", ["-u", "postgres", "--", path.join(bin, cmd), ...args]] as const : [path.join(bin, cmd), args] as const;
    const result = spawnSync(full[0], full[1] as string[], { stdio: "pipe", encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${cmd} failed: ${result.stderr || result.stdout || result.error?.message}`);
  };
  run("initdb", ["-D", data, "-U", "app", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"]);
  const settings = [
    "-c listen_addresses=127.0.0.1",
    `-p ${port}`,
    `-k ${dir}`,
    `-c max_connections=${options.maxConnections ?? 200}`,
    "-c fsync=off",
    "-c synchronous_commit=off",
    "-c full_page_writes=off",
  ].join(" ");
  run("pg_ctl", ["-D", data, "-o", settings, "-l", path.join(dir, "server.log"), "-w", "start"]);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  const urlFor = (database: string) => `postgresql://app@127.0.0.1:${port}/${database}`;
  return { adminUrl: urlFor("postgres"), urlFor, stop };
}

/** Creates an empty database on a server (given by its admin URL, or the server) and returns its URL. */
export function createDatabase(server: PostgresServer | string, name: string): string {
  const adminUrl = typeof server === "string" ? server : server.adminUrl;
  // synchronous, so that test helpers can stay synchronous: a child process does the CREATE DATABASE
  execFileSync(process.execPath, ["-e", `
    const { Client } = require("pg");
    const c = new Client({ connectionString: process.argv[1] });
    c.connect().then(() => c.query('CREATE DATABASE "' + process.argv[2] + '"')).then(() => c.end()).catch((e) => { console.error(e.message); process.exit(1); });
  `, adminUrl, name], { stdio: "pipe" });
  return adminUrl.replace(/\/postgres$/, `/${name}`);
}
