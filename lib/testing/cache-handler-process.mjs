/**
 * One "instance" for the cache handler tests (cache-handlers/redis-handlers.test.ts): a Node
 * process with its own copy of both Redis handlers, driven by JSON lines on stdin (one command
 * each) and answering one JSON line per command on stdout. REDIS_URL comes from the environment.
 */
import readline from "node:readline";
import RedisIncrementalCache from "../../cache-handlers/incremental.mjs";
import useCache from "../../cache-handlers/use-cache.mjs";
import { closeRedis } from "../../cache-handlers/redis-store.mjs";

const data = new RedisIncrementalCache();

const commands = {
  async setData({ key, tags, body }) {
    await data.set(key, { kind: "FETCH", data: { headers: {}, body, status: 200, url: "" }, revalidate: 60 }, { fetchCache: true, tags });
  },
  async getData({ key, tags }) {
    const entry = await data.get(key, { kind: "FETCH", tags, softTags: [] });
    return entry ? { body: entry.value.data.body, lastModified: entry.lastModified } : null;
  },
  async revalidateTag({ tags, durations }) {
    await data.revalidateTag(tags, durations);
  },
  async setUseCache({ key, tags, text }) {
    const value = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(text));
        controller.close();
      },
    });
    await useCache.set(key, Promise.resolve({ value, tags, stale: 300, timestamp: Date.now(), expire: 3600, revalidate: 900 }));
  },
  async getUseCache({ key, softTags = [] }) {
    await useCache.refreshTags();
    const entry = await useCache.get(key, softTags);
    return entry ? { text: await new Response(entry.value).text(), revalidate: entry.revalidate } : null;
  },
  async getExpiration({ tags }) {
    await useCache.refreshTags();
    return useCache.getExpiration(tags);
  },
  async updateTags({ tags, durations }) {
    await useCache.updateTags(tags, durations);
  },
};

const lines = readline.createInterface({ input: process.stdin });
for await (const line of lines) {
  const { id, op, ...args } = JSON.parse(line);
  try {
    const result = await commands[op](args);
    process.stdout.write(`${JSON.stringify({ id, result: result ?? null })}\n`);
  } catch (error) {
    process.stdout.write(`${JSON.stringify({ id, error: String(error) })}\n`);
  }
}
await closeRedis();
