import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { freePort } from "./postgres-cluster";

export interface PushService {
  origin: string;
  /** A subscription for this VAPID public key, as a browser's PushSubscription.toJSON(), and its id in the service. */
  subscribe(applicationServerKey: string): Promise<{ subscription: { endpoint: string; keys: { p256dh: string; auth: string } }; clientHash: string }>;
  /** The decrypted payloads the service received for that subscription. */
  notifications(clientHash: string): Promise<string[]>;
  /** Makes the service answer 410 Gone to that subscription from now on. */
  expire(clientHash: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * A local web push service (the `web-push-testing` package's server, in its own process) on
 * `port` or a free loopback port: it decrypts what it receives, so tests read the server's
 * messages back. The e2e suite starts the same server from playwright.config.ts.
 */
export async function startPushService(port?: number): Promise<PushService> {
  const chosen = port ?? (await freePort());
  // The package's "main" names a file it does not ship: start its own server script by path.
  const script = path.join(path.dirname(createRequire(import.meta.url).resolve("web-push-testing/package.json")), "src", "bin", "server.js");
  const child = spawn(process.execPath, [script, String(chosen)], { stdio: "ignore" });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const origin = `http://localhost:${chosen}`;
  const send = (route: string, body: unknown) => fetch(`${origin}${route}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  // Once more on a network error: the service closes idle keep-alive sockets after 5 s, and
  // a request may meet one closing.
  const post = (route: string, body: unknown = {}) => send(route, body).catch(() => send(route, body));
  const deadline = Date.now() + 15_000;
  for (;;) {
    const ok = await post("/status").then((response) => response.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill("SIGKILL");
      throw new Error(`web-push-testing did not start on port ${chosen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    origin,
    async subscribe(applicationServerKey) {
      // The service wants userVisibleOnly as a string (docs/engagement.md#testing-push).
      const response = await post("/subscribe", { userVisibleOnly: "true", applicationServerKey });
      const { data } = (await response.json()) as { data: { endpoint: string; keys: { p256dh: string; auth: string }; clientHash: string } };
      return { subscription: { endpoint: data.endpoint, keys: data.keys }, clientHash: data.clientHash };
    },
    async notifications(clientHash) {
      const response = await post("/get-notifications", { clientHash });
      const { data } = (await response.json()) as { data: { messages: string[] } };
      return data.messages;
    },
    async expire(clientHash) {
      await post(`/expire-subscription/${clientHash}`);
    },
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}
