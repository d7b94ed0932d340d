import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRedisServer, type RedisServer } from "@/lib/testing/redis-server";
import { deserialize, nextTagTimes, serialize, tagVerdict, ttlSeconds } from "./redis-store.mjs";

const DRIVER = path.resolve(import.meta.dirname, "../lib/testing/cache-handler-process.mjs");

/** A separate Node process holding its own copy of the handlers: one server instance. */
function startInstance(env: Record<string, string>, cwd: string) {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [DRIVER], { cwd, env: { ...process.env, ...env } });
  const waiting = new Map<number, (answer: { result?: unknown; error?: string }) => void>();
  readline.createInterface({ input: child.stdout }).on("line", (line) => {
    const answer = JSON.parse(line) as { id: number; result?: unknown; error?: string };
    waiting.get(answer.id)?.(answer);
    waiting.delete(answer.id);
  });
  let next = 0;
  return {
    async run<T = unknown>(op: string, args: Record<string, unknown> = {}): Promise<T> {
      const id = next++;
      const answer = await new Promise<{ result?: unknown; error?: string }>((resolve) => {
        waiting.set(id, resolve);
        child.stdin.write(`${JSON.stringify({ id, op, ...args })}\n`);
      });
      if (answer.error) throw new Error(answer.error);
      return answer.result as T;
    },
    stop: () => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : (child.once("exit", () => resolve()), child.stdin.end()))),
  };
}

describe("entry serialisation", () => {
  it("keeps Buffers, typed arrays and Maps that plain JSON would lose", () => {
    const entry = { kind: "APP_PAGE", html: "<p>", rscData: Buffer.from([0, 1, 255]), segmentData: new Map([["/_tree", Buffer.from("x")]]), nested: { bytes: new Uint8Array([7, 8]) } };
    const back = deserialize(serialize(entry));
    expect(Buffer.isBuffer(back.rscData)).toBe(true);
    expect([...back.rscData]).toEqual([0, 1, 255]);
    expect(back.segmentData).toBeInstanceOf(Map);
    expect(back.segmentData.get("/_tree").toString()).toBe("x");
    expect([...back.nested.bytes]).toEqual([7, 8]);
    expect(back.html).toBe("<p>");
  });

  it("bounds every entry's life", () => {
    expect(ttlSeconds(60)).toBe(60);
    expect(ttlSeconds(0.2)).toBe(1);
    expect(ttlSeconds(undefined)).toBe(7 * 24 * 3600);
    expect(ttlSeconds(Infinity)).toBe(7 * 24 * 3600);
  });
});

describe("tag times", () => {
  it("expires at once without durations, goes stale then expires with them", () => {
    const now = 1_000_000;
    const immediate = new Map([["catalog", nextTagTimes(undefined, undefined, now)]]);
    expect(tagVerdict(immediate, ["catalog"], now - 1, now)).toBe("expired");
    expect(tagVerdict(immediate, ["catalog"], now + 1, now + 2)).toBe("fresh"); // written after
    const profiled = new Map([["catalog", nextTagTimes(undefined, { expire: 60 }, now)]]);
    expect(tagVerdict(profiled, ["catalog"], now - 1, now + 1)).toBe("stale");
    expect(tagVerdict(profiled, ["catalog"], now - 1, now + 60_000)).toBe("expired");
    expect(tagVerdict(profiled, ["other"], now - 1, now + 60_000)).toBe("fresh");
  });
});

// .ci/run installs redis-server; without it these say "skipped" rather than pass.
describe.skipIf(!existsSync("/usr/bin/redis-server"))("two instances sharing Redis", () => {
  let redis: RedisServer | null = null;
  let cwd: string;
  let a: ReturnType<typeof startInstance>;
  let b: ReturnType<typeof startInstance>;

  beforeAll(async () => {
    redis = await startRedisServer();
    if (!redis) throw new Error("redis-server did not start");
    // The key namespace comes from the build id in <cwd>/.next/BUILD_ID: both run the same build.
    cwd = mkdtempSync(path.join(os.tmpdir(), "vitrine-cache-"));
    mkdirSync(path.join(cwd, ".next"));
    writeFileSync(path.join(cwd, ".next", "BUILD_ID"), "test-build");
    a = startInstance({ REDIS_URL: redis.url }, cwd);
    b = startInstance({ REDIS_URL: redis.url }, cwd);
  });

  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await redis?.stop();
    if (cwd) rmSync(cwd, { recursive: true, force: true });
  });

  it("unstable_cache data written on A is read on B, and a tag revalidated on A is a miss on B", async () => {
    await a.run("setData", { key: "listing-1", tags: ["catalog", "category:robes"], body: "listing v1" });
    expect(await b.run("getData", { key: "listing-1", tags: ["catalog"] })).toMatchObject({ body: "listing v1" });
    await a.run("revalidateTag", { tags: ["category:robes"] });
    expect(await b.run("getData", { key: "listing-1", tags: ["catalog"] })).toBeNull();
    // Written again after the revalidation: a hit again everywhere.
    await b.run("setData", { key: "listing-1", tags: ["catalog", "category:robes"], body: "listing v2" });
    expect(await a.run("getData", { key: "listing-1", tags: ["catalog"] })).toMatchObject({ body: "listing v2" });
  });

  it("revalidateTag with a profile serves the entry once more as stale, on the other instance too", async () => {
    await a.run("setData", { key: "product-1", tags: ["product:robe-lin"], body: "robe" });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await a.run("revalidateTag", { tags: ["product:robe-lin"], durations: { expire: 3600 } });
    // Stale: handed back with an age past any revalidate, so Next refreshes it in the background.
    expect(await b.run("getData", { key: "product-1", tags: [] })).toEqual({ body: "robe", lastModified: 0 });
  });

  it("'use cache' entries and their tags are shared through refreshTags", async () => {
    await a.run("setUseCache", { key: "home", tags: ["catalog"], text: "home v1" });
    expect(await b.run("getUseCache", { key: "home" })).toEqual({ text: "home v1", revalidate: 900 });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await a.run("updateTags", { tags: ["catalog"] });
    expect(await b.run("getUseCache", { key: "home" })).toBeNull();
    expect(await b.run<number>("getExpiration", { tags: ["catalog", "never-revalidated"] })).toBeGreaterThan(0);
    expect(await b.run("getExpiration", { tags: ["never-revalidated"] })).toBe(0);

    await a.run("setUseCache", { key: "store", tags: ["store:paris"], text: "paris" });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await b.run("updateTags", { tags: ["store:paris"], durations: { expire: 3600 } });
    expect(await a.run("getUseCache", { key: "store" })).toEqual({ text: "paris", revalidate: -1 });
  });

  it("with Redis gone, reads are misses and writes are skipped, quickly and without throwing", async () => {
    const c = startInstance({ REDIS_URL: "redis://127.0.0.1:1" }, cwd);
    try {
      const started = Date.now();
      await c.run("setData", { key: "x", tags: [], body: "x" });
      expect(await c.run("getData", { key: "x", tags: [] })).toBeNull();
      expect(await c.run("getUseCache", { key: "x" })).toBeNull();
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await c.stop();
    }
  });
});
