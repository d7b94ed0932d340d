import { clearCartFallback, notifyCartChanged } from "./cart-store";
import { CACHE_NAMES } from "./cache-names";
import { DEVICE_SESSION_KEY, LOYALTY_CARD_KEY, MESSAGE_CENTER_KEY, openVitrineDb } from "./db";

/**
 * The shopper's personal data on this device (docs/offline.md, "Personal data on the device"):
 * the cart, its outbox, the queued view events, the message center's copy, the loyalty card, and cached pages (rendered while signed in, they
 * may show personal bits). The catalog mirror, images and code stay: they are the same for
 * everyone. Works in pages and in the service worker (Background Sync).
 *
 * The device also remembers whether what it holds came from a signed-in session
 * (`meta.deviceSession`), so that a session ending any other way than the sign-out button
 * (expired, revoked from another device) still clears it: the next cart sync that the server
 * answers 401 does. A sign-out whose request failed (offline) is finished at the next sync.
 */

/** "signed-in": the cart holds an account's lines; "sign-out-pending": the server has not heard the sign-out yet. */
export type DeviceSession = "signed-in" | "sign-out-pending";

export async function readDeviceSession(): Promise<DeviceSession | null> {
  const opened = await openVitrineDb();
  if (opened.status !== "ready") return null;
  try {
    const value = await opened.db.get("meta", DEVICE_SESSION_KEY);
    return value === "signed-in" || value === "sign-out-pending" ? value : null;
  } catch {
    return null;
  }
}

export async function rememberDeviceSession(session: DeviceSession): Promise<void> {
  const opened = await openVitrineDb();
  if (opened.status !== "ready") return;
  try {
    await opened.db.put("meta", session, DEVICE_SESSION_KEY);
  } catch {
    // Unwritable storage keeps nothing personal either.
  }
}

/**
 * Removes the shopper's personal data from this device and forgets the session marker. Call at
 * sign-out, before navigating away, and when the server says the session is gone. Never throws.
 */
export async function clearPersonalData(): Promise<void> {
  clearCartFallback();
  const opened = await openVitrineDb();
  if (opened.status === "ready") {
    try {
      const tx = opened.db.transaction(["cart", "outbox", "views", "meta"], "readwrite");
      await Promise.all([
        tx.objectStore("cart").clear(),
        tx.objectStore("outbox").clear(),
        tx.objectStore("views").clear(),
        tx.objectStore("meta").delete(DEVICE_SESSION_KEY),
        tx.objectStore("meta").delete(MESSAGE_CENTER_KEY),
        tx.objectStore("meta").delete(LOYALTY_CARD_KEY),
        tx.done,
      ]);
    } catch {
      // Nothing else to try: the stores are unreadable for the next shopper as well.
    }
  }
  await notifyCartChanged();
  await clearCachedPages();
}

async function clearCachedPages() {
  try {
    if (typeof caches !== "undefined") await caches.delete(CACHE_NAMES.pages);
  } catch {
    // Cache Storage refused (private mode): nothing was stored there either.
  }
}

/**
 * Sends the sign-out the shopper asked for while offline. Done once the server answered it (a
 * 400/401 means there was no session left to end); the device's data was cleared at the time,
 * so only pages cached since then go. Returns false when it must be tried again later.
 */
export async function finishPendingSignOut(): Promise<boolean> {
  let response: Response;
  try {
    response = await fetch("/api/auth/sign-out", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      credentials: "same-origin",
      cache: "no-store",
      body: "{}",
    });
  } catch {
    return false;
  }
  if (!response.ok && response.status !== 400 && response.status !== 401) return false;
  const opened = await openVitrineDb();
  if (opened.status === "ready") {
    try {
      await opened.db.delete("meta", DEVICE_SESSION_KEY);
    } catch {
      // Left in place, the next sync sends the sign-out once more: harmless.
    }
  }
  await clearCachedPages();
  return true;
}
