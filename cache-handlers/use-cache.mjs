import { markTags, readEntry, tagChangesSince, tagVerdict, writeEntry } from "./redis-store.mjs";

/**
 * Next's `cacheHandlers` (plural) on Redis, for `'use cache'` and `'use cache: remote'`, chosen by
 * next.config.js when REDIS_URL is set (docs/scaling.md, "Shared cache"). Entries are shared by
 * every instance; so are tag revalidations: `updateTags` records them in Redis, and
 * `refreshTags` (once per request, before the first read) copies the changes made since its last
 * call into this process's tag times, which `get` and `getExpiration` consult.
 */
const tagTimes = new Map();
let refreshedAt = 0;
let refreshing;
/** set() still writing, so that a get() for the same key in this process waits for it. */
const pendingSets = new Map();

const handler = {
  async get(cacheKey, softTags) {
    await pendingSets.get(cacheKey);
    const stored = await readEntry("use-cache", cacheKey);
    if (!stored || typeof stored.value !== "string") return undefined;
    const verdict = tagVerdict(tagTimes, [...stored.tags, ...softTags], stored.timestamp);
    if (verdict === "expired") return undefined;
    const bytes = Buffer.from(stored.value, "base64");
    return {
      ...stored,
      revalidate: verdict === "stale" ? -1 : stored.revalidate,
      value: new ReadableStream({
        start(controller) {
          controller.enqueue(new Uint8Array(bytes));
          controller.close();
        },
      }),
    };
  },

  async set(cacheKey, pendingEntry) {
    let done;
    pendingSets.set(cacheKey, new Promise((resolve) => (done = resolve)));
    try {
      const entry = await pendingEntry;
      let bytes;
      try {
        bytes = Buffer.from(await new Response(entry.value).arrayBuffer());
      } catch {
        return; // the render failed part way: an incomplete value is not kept
      }
      const { tags, stale, timestamp, expire, revalidate } = entry;
      await writeEntry("use-cache", cacheKey, { value: bytes.toString("base64"), tags, stale, timestamp, expire, revalidate }, expire);
    } finally {
      pendingSets.delete(cacheKey);
      done();
    }
  },

  async refreshTags() {
    refreshing ??= tagChangesSince(refreshedAt)
      .then(({ changes, next }) => {
        for (const [tag, times] of changes) tagTimes.set(tag, times);
        refreshedAt = next;
      })
      .finally(() => (refreshing = undefined));
    await refreshing;
  },

  async getExpiration(tags) {
    return Math.max(0, ...tags.map((tag) => tagTimes.get(tag)?.expired ?? 0));
  },

  async updateTags(tags, durations) {
    for (const [tag, times] of await markTags(tags, durations)) tagTimes.set(tag, times);
  },
};

export default handler;
