/** Builds the app into the bench's own dist dir and runs `next start` on a data dir of its own. */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";

export function build(distDir: string, log: (line: string) => void): void {
  log(`building into ${distDir} (npm run build)…`);
  const { status } = spawnSync("npm", ["run", "build"], { stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, NEXT_DIST_DIR: distDir } });
  if (status !== 0) throw new Error(`npm run build failed (exit ${status})`);
}

export function hasBuild(distDir: string): boolean {
  return existsSync(path.join(distDir, "BUILD_ID"));
}

/** Refuses a port someone else listens on: measuring their server would be a wrong result. */
export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      reject(new Error(`port ${port} is already in use: stop that server or pass another --port`));
    });
    socket.once("error", () => resolve());
  });
}

export interface RunningServer {
  baseUrl: string;
  startMs: number;
  stop(): Promise<void>;
}

export interface StartOptions {
  distDir: string;
  port: number;
  dataDir: string;
  logFile: string;
  timeoutMs?: number;
  /** Another Next.js app (the bare page), served from its own folder; default: this project. */
  appDir?: string;
  /** Answers 200 once the server is ready. */
  readyPath?: string;
}

/** The bare Next.js page of the same run: its own folder, built once into its own .next-bench. */
export const BARE_APP_DIR = "bench/bare-next";

export function buildBare(log: (line: string) => void): void {
  if (hasBuild(path.join(BARE_APP_DIR, ".next-bench"))) return;
  log(`building the bare Next.js page (${BARE_APP_DIR})…`);
  const nextBin = path.join(process.cwd(), "node_modules/next/dist/bin/next");
  const { status } = spawnSync(process.execPath, [nextBin, "build", BARE_APP_DIR], { stdio: ["ignore", "inherit", "inherit"] });
  if (status !== 0) throw new Error(`next build ${BARE_APP_DIR} failed (exit ${status})`);
}

export async function startServer(options: StartOptions): Promise<RunningServer> {
  await assertPortFree(options.port);
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const started = Date.now();
  const nextBin = path.join(process.cwd(), "node_modules/next/dist/bin/next");
  // Its own process group, so stop() ends the server and nothing else.
  const appArgs = options.appDir ? [options.appDir] : [];
  const child: ChildProcess = spawn(process.execPath, [nextBin, "start", ...appArgs, "-p", String(options.port), "-H", "127.0.0.1"], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NODE_ENV: "production", NEXT_DIST_DIR: options.distDir, DATA_DIR: options.dataDir, SITE_URL: baseUrl, PORT: String(options.port) },
  });
  const log = createWriteStream(options.logFile);
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  let exited: number | null = null;
  child.on("exit", (code) => (exited = code ?? -1));

  const stop = async () => {
    if (exited !== null || child.pid === undefined) return;
    const done = new Promise((resolve) => child.once("exit", resolve));
    process.kill(-child.pid, "SIGTERM");
    const timer = setTimeout(() => child.pid !== undefined && exited === null && process.kill(-child.pid, "SIGKILL"), 10_000);
    await done;
    clearTimeout(timer);
  };

  const deadline = started + (options.timeoutMs ?? 240_000);
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`next start exited (${exited}) before it was ready: see ${options.logFile}`);
    try {
      const response = await fetch(`${baseUrl}${options.readyPath ?? "/api/health"}`);
      if (response.ok) return { baseUrl, startMs: Date.now() - started, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error(`next start was not ready within ${Math.round((options.timeoutMs ?? 240_000) / 1000)} s: see ${options.logFile}`);
}
