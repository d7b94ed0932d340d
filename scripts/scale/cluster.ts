import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createWriteStream, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, startPostgresCluster, type PostgresCluster } from "@/lib/testing/postgres-cluster";
import { startRedisServer, type RedisServer } from "@/lib/testing/redis-server";

/**
 * The recipe of docs/scaling.md ("N instances"), started for a test: a throwaway PostgreSQL, a
 * redis-server, N `next start` of one build with the same secrets, and HAProxy in front.
 */

const ROOT = path.resolve(import.meta.dirname, "../..");
const HAPROXY = "/usr/sbin/haproxy";

export interface Instance {
  name: string;
  url: string;
}

export interface Cluster {
  /** The load balancer's origin: the site's public address. */
  url: string;
  instances: Instance[];
  redisUrl: string;
  distDir: string;
  logDir: string;
  stop(): Promise<void>;
}

/** What is missing on this machine for the cluster, or null (`.ci/run` installs all of it). */
export function missingForCluster(distDir: string): string | null {
  if (!existsSync(path.join(ROOT, distDir, "BUILD_ID"))) return `no build in ${distDir}: run npm run build first`;
  if (!existsSync(HAPROXY)) return "haproxy is not installed";
  if (!existsSync("/usr/bin/redis-server")) return "redis-server is not installed";
  return null;
}

export function haproxyConfig(port: number, instances: { name: string; port: number }[]): string {
  return [
    "global",
    "  maxconn 4096",
    "defaults",
    "  mode http",
    "  timeout connect 5s",
    "  timeout client 60s",
    "  timeout server 60s",
    // Server-Sent Events stay open: a tunnel (an upgraded or streaming response) may idle for an hour.
    "  timeout tunnel 1h",
    "  option forwardfor",
    "frontend vitrine",
    `  bind 127.0.0.1:${port}`,
    "  default_backend instances",
    "backend instances",
    "  balance roundrobin",
    "  option httpchk GET /api/health",
    ...instances.map((instance) => `  server ${instance.name} 127.0.0.1:${instance.port} check inter 2s`),
    "",
  ].join("\n");
}

export async function startCluster({ count = 2, distDir = process.env.NEXT_DIST_DIR || ".next" } = {}): Promise<Cluster> {
  const children: ChildProcess[] = [];
  let postgres: PostgresCluster | null = null;
  let redis: RedisServer | null = null;
  const logDir = mkdtempSync(path.join(os.tmpdir(), "vitrine-scale-"));
  const stop = async () => {
    await Promise.all(children.map((child) => stopChild(child)));
    await redis?.stop();
    await postgres?.stop();
  };
  try {
    postgres = await startPostgresCluster();
    if (!postgres) throw new Error("PostgreSQL server binaries are not installed");
    redis = await startRedisServer();
    if (!redis) throw new Error("redis-server is not installed");
    const lbPort = await freePort();
    const url = `http://127.0.0.1:${lbPort}`;
    // The same for every instance (docs/scaling.md): the auth secret and the server actions key.
    const shared = {
      NEXT_DIST_DIR: distDir,
      DATABASE_URL: postgres.url,
      REDIS_URL: redis.url,
      SITE_URL: url,
      BETTER_AUTH_URL: url,
      BETTER_AUTH_SECRET: randomBytes(32).toString("base64"),
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
      DB_POOL_SIZE: "5",
      // Long enough that only a revalidation can explain a page the cache stopped answering.
      PAGE_CACHE_TTL_MS: "60000",
    };
    const ports: { name: string; port: number }[] = [];
    for (let index = 0; index < count; index++) ports.push({ name: String.fromCharCode(97 + index), port: await freePort() });
    for (const { name, port } of ports) {
      const env: NodeJS.ProcessEnv = { ...process.env, ...shared, NODE_ENV: "production", PORT: String(port), DATA_DIR: path.join(logDir, `data-${name}`) };
      children.push(launch(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], env, path.join(logDir, `${name}.log`)));
    }
    const instances = ports.map(({ name, port }) => ({ name, url: `http://127.0.0.1:${port}` }));
    await Promise.all(instances.map((instance) => waitForHealth(instance.url, 240_000, children)));
    const configFile = path.join(logDir, "haproxy.cfg");
    writeFileSync(configFile, haproxyConfig(lbPort, ports));
    children.push(launch(HAPROXY, ["-f", configFile, "-db"], process.env, path.join(logDir, "haproxy.log")));
    await waitForHealth(url, 30_000, children);
    return { url, instances, redisUrl: redis.url, distDir, logDir, stop: async () => (await stop(), rmSync(logDir, { recursive: true, force: true })) };
  } catch (error) {
    await stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)} (logs in ${logDir})`);
  }
}

/** Its own process group, so that stopping it ends next start's children too. */
function launch(command: string, args: string[], env: NodeJS.ProcessEnv, logFile: string): ChildProcess {
  const child = spawn(command, args, { cwd: ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const log = createWriteStream(logFile);
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  return child;
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  process.kill(-child.pid, "SIGTERM");
  const timer = setTimeout(() => child.exitCode === null && child.pid && process.kill(-child.pid, "SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

async function waitForHealth(url: string, timeoutMs: number, children: ChildProcess[]): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (children.some((child) => child.exitCode !== null)) throw new Error(`a process of the cluster exited before ${url} was ready`);
    const ok = await fetch(`${url}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} was not ready within ${timeoutMs / 1000} s`);
}
