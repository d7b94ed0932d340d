import { deleteEntry, markTags, readEntry, readTagTimes, tagVerdict, writeEntry } from "./redis-store.mjs";

/**
 * Next's `cacheHandler` (singular) on Redis, chosen by next.config.js when REDIS_URL is set
 * (docs/scaling.md, "Shared cache"): route and page responses, `unstable_cache` and `fetch` data,
 * shared by every instance. Next keeps no copy in memory (`cacheMaxMemorySize: 0`), so a
 * revalidation recorded by one instance is seen by the next read on any other: each read checks
 * the entry's tags against the shared tag times.
 */
export default class RedisIncrementalCache {
  async get(key, ctx) {
    const entry = await readEntry("data", key);
    if (!entry?.value) return null;
    const tags = [...entryTags(entry), ...(ctx?.kind === "FETCH" ? (ctx.tags ?? []) : []), ...(ctx?.softTags ?? [])];
    const verdict = tagVerdict(await readTagTimes(tags), tags, entry.lastModified);
    if (verdict === "expired") return null;
    if (verdict === "stale") {
      // Served once more while Next refreshes it: -1 for responses, an age past any revalidate for data.
      return { ...entry, lastModified: entry.value.kind === "FETCH" ? 0 : -1 };
    }
    return entry;
  }

  async set(key, data, ctx) {
    if (!data) return deleteEntry("data", key);
    const entry = { value: data, lastModified: Date.now(), tags: ctx?.tags ?? [], cacheControl: ctx?.cacheControl };
    const expire = ctx?.cacheControl?.expire ?? (typeof data.revalidate === "number" ? data.revalidate * 2 : undefined);
    await writeEntry("data", key, entry, expire);
  }

  async revalidateTag(tags, durations) {
    await markTags(typeof tags === "string" ? [tags] : tags, durations);
  }

  resetRequestCache() {
    // Nothing is kept per request.
  }
}

/** Data entries name their tags; page and route entries carry them in a response header. */
function entryTags(entry) {
  const header = entry.value.headers?.["x-next-cache-tags"];
  return [...(entry.tags ?? []), ...(typeof header === "string" ? header.split(",") : [])];
}
