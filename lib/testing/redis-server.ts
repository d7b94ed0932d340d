import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import net from "node:net";
import { freePort } from "./postgres-cluster";

export interface RedisServer {
  url: string;
  stop(): Promise<void>;
}

const REDIS_SERVER = "/usr/bin/redis-server";

/**
 * A throwaway redis-server (Debian's) on a free loopback port, nothing written to disk; `stop()`
 * ends it. Null when redis-server is not installed (the caller skips, saying so; `.ci/run`
 * installs it).
 */
export async function startRedisServer(): Promise<RedisServer | null> {
  if (!existsSync(REDIS_SERVER)) return null;
  const port = await freePort();
  const child = spawn(REDIS_SERVER, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "no"], { stdio: "ignore" });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + 10_000;
  while (!(await answers(port))) {
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill("SIGKILL");
      throw new Error(`redis-server did not start on port ${port}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

/** True once the server answers PING with PONG. */
function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => socket.write("PING\r\n"));
    socket.once("data", (data) => {
      socket.destroy();
      resolve(data.toString().startsWith("+PONG"));
    });
    socket.once("error", () => resolve(false));
  });
}
