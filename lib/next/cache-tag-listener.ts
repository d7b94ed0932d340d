import { skuOwners, stockChangeTags } from "../cache/stock-tags";
import { CACHE_TAGS_CHANNEL } from "../cache/tags";
import { getDatabase, getDb } from "../db/client";
import { listen } from "../db/listen";
import { clearPageCache } from "../http/page-cache";
import { getStockFeed } from "../inventory/runtime";
import { internalToken } from "./internal-token";

export const INTERNAL_TOKEN_HEADER = "x-vitrine-internal";
/** Changes within this window go out as one revalidation request. */
const BATCH_MS = 25;
/** A product's pages are expired again this long after a stock change (a render under way then). */
const STOCK_REEXPIRE_MS = 750;
/** A listing tag ("soon") is revalidated at most this often. */
export const LISTING_REVALIDATE_MIN_MS = 10_000;

type Mode = "expire" | "max";

/**
 * One per process, started by instrumentation.ts (docs/scaling.md): revalidates this server's
 * cached pages when
 * - tags arrive on the `cache_tags` channel (catalog edits and imports, publishCacheTags), from
 *   any instance or outside any server: stale-while-revalidate;
 * - stock changes (the stock_levels trigger's `stock_changed`, whatever made them: orders,
 *   reservations and their expiry, staff, psql): the product's pages expire at once, listings
 *   follow within LISTING_REVALIDATE_MIN_MS.
 * Next revalidates tags only inside a request, so the listener asks its own server over
 * loopback (POST /api/internal/cache-tags, with a per-process secret).
 */
export async function startCacheTagListener(): Promise<() => Promise<void>> {
  const pending: Record<Mode, Set<string>> = { expire: new Set(), max: new Set() };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    for (const mode of ["expire", "max"] as const) {
      const tags = [...pending[mode]];
      pending[mode].clear();
      if (tags.length > 0) void send(tags, mode);
    }
  };
  const queue = (tags: readonly string[], mode: Mode) => {
    for (const tag of tags) pending[mode].add(tag);
    timer ??= setTimeout(flush, BATCH_MS);
  };

  const lastListing = new Map<string, number>();
  const trailing = new Set<string>();
  const queueListing = (tag: string) => {
    const wait = (lastListing.get(tag) ?? 0) + LISTING_REVALIDATE_MIN_MS - Date.now();
    if (wait <= 0) {
      lastListing.set(tag, Date.now());
      return queue([tag], "max");
    }
    if (trailing.has(tag)) return;
    trailing.add(tag);
    setTimeout(() => {
      trailing.delete(tag);
      queueListing(tag);
    }, wait).unref();
  };

  const stopTags = await listen(await getDatabase(), CACHE_TAGS_CHANNEL, (payload) => {
    const tags = parseTags(payload);
    if (tags.length > 0) queue(tags, "max");
  });
  const ownerOf = skuOwners(getDb);
  const stopStock = (await getStockFeed()).subscribeAll((event) => {
    void ownerOf(event.sku)
      .then((owner) => {
        if (!owner) return;
        const { now, soon } = stockChangeTags(owner, event.location);
        queue(now, "expire");
        // A render that began before the change can store its page after this expiry; once more,
        // a moment later, so such a copy does not outlive the change (docs/scaling.md).
        setTimeout(() => queue(now, "expire"), STOCK_REEXPIRE_MS).unref();
        soon.forEach(queueListing);
      })
      .catch((error: unknown) => console.error("[cache-tags] cannot find the product of", event.sku, error));
  });
  return async () => {
    stopStock();
    await stopTags();
  };
}

export function parseTags(payload: string): string[] {
  try {
    const value: unknown = JSON.parse(payload);
    return Array.isArray(value) ? value.filter((tag): tag is string => typeof tag === "string" && tag.length > 0 && tag.length <= 256) : [];
  } catch {
    return [];
  }
}

async function send(tags: string[], mode: Mode): Promise<void> {
  const url = `http://127.0.0.1:${process.env.PORT ?? 3000}/api/internal/cache-tags`;
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", [INTERNAL_TOKEN_HEADER]: internalToken() },
      body: JSON.stringify({ tags, mode }),
    });
    if (!response.ok) console.error(`[cache-tags] revalidation answered ${response.status}`);
    // Only now is Next's cache revalidated: emptied earlier, the page cache could be refilled with the old pages.
    else clearPageCache();
  } catch (error) {
    console.error("[cache-tags] cannot reach this server to revalidate", (error as Error).message);
  }
}
