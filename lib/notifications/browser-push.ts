/**
 * This browser's push subscription (docs/engagement.md#web-push). Runs in pages only, and only
 * after the shopper pressed a button that said why ("Prévenez-moi", "Activer les notifications"):
 * the permission prompt is never shown on its own.
 */

export type PushState = "unsupported" | "denied" | "default" | "granted";

export function pushState(): PushState {
  if (typeof window === "undefined" || !("serviceWorker" in navigator) || !("PushManager" in window) || !("Notification" in window)) return "unsupported";
  return Notification.permission;
}

/**
 * Asks permission (once the browser has it, no prompt), subscribes with the server's VAPID key and
 * hands the subscription to the server for the signed-in shopper. Resolves to what happened.
 */
export async function subscribeThisDevice(): Promise<"subscribed" | "denied" | "unsupported" | "failed"> {
  if (pushState() === "unsupported") return "unsupported";
  const permission = await Notification.requestPermission();
  if (permission !== "granted") return "denied";
  try {
    const keyResponse = await fetch("/api/push/public-key", { cache: "no-store" });
    if (!keyResponse.ok) return "failed";
    const { publicKey } = (await keyResponse.json()) as { publicKey: string };
    const registration = await navigator.serviceWorker.ready;
    const subscription =
      (await registration.pushManager.getSubscription()) ??
      (await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: publicKey }));
    const saved = await fetch("/api/push/subscriptions", {
      method: "POST",
      headers: { "content-type": "application/json" },
      credentials: "same-origin",
      body: JSON.stringify(subscription.toJSON()),
    });
    return saved.ok ? "subscribed" : "failed";
  } catch {
    return "failed";
  }
}
