import { clearCartFallback, notifyCartChanged } from "./cart-store";
import { CACHE_NAMES } from "./cache-names";
import { openVitrineDb } from "./db";

/**
 * Removes the shopper's personal data from this device (DESIGN.md §5): the cart, its outbox,
 * the queued view events, and cached pages (rendered while signed in, they may show personal
 * bits). The catalog mirror, images and code stay: they are the same for everyone.
 * Call at sign-out, before navigating away. Never throws.
 */
export async function clearPersonalData(): Promise<void> {
  clearCartFallback();
  const opened = await openVitrineDb();
  if (opened.status === "ready") {
    try {
      const tx = opened.db.transaction(["cart", "outbox", "views"], "readwrite");
      await Promise.all([tx.objectStore("cart").clear(), tx.objectStore("outbox").clear(), tx.objectStore("views").clear(), tx.done]);
    } catch {
      // Nothing else to try: the stores are unreadable for the next shopper as well.
    }
  }
  await notifyCartChanged();
  try {
    if (typeof caches !== "undefined") await caches.delete(CACHE_NAMES.pages);
  } catch {
    // Cache Storage refused (private mode): nothing was stored there either.
  }
}
