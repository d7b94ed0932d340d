import { recordView, type TrackedEventPayload } from "../offline/view-queue";
import { SESSION_COOKIE } from "../visitor/cookie";

/**
 * Page events for the dashboard (docs/back-office.md): sent to `POST /api/events` at once, or
 * queued in IndexedDB when offline (then marked `offline`) and sent with the next batch.
 * Browser only; relative imports (the service worker bundle shares the queue).
 */
const SESSION_KEY = "vitrine_session";

function randomId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}

export function isInstalled(): boolean {
  return window.matchMedia("(display-mode: standalone)").matches || (navigator as { standalone?: boolean }).standalone === true;
}

/** This tab's browser session: started (and announced) on the first page, kept until the tab closes. */
export function browserSession(): { id: string; started: boolean } {
  let id: string | null = null;
  try {
    id = sessionStorage.getItem(SESSION_KEY);
  } catch {
    // Storage refused: a session per page, the best we can do.
  }
  const started = !id;
  if (!id) {
    id = randomId();
    try {
      sessionStorage.setItem(SESSION_KEY, id);
    } catch {
      // As above.
    }
  }
  // For events the server records itself (orders, reservations): which session, installed or not.
  document.cookie = `${SESSION_COOKIE}=${id}.${isInstalled() ? 1 : 0}; path=/; SameSite=Lax${location.protocol === "https:" ? "; Secure" : ""}`;
  return { id, started };
}

export function track(type: TrackedEventPayload["type"], extra: { quantity?: number } = {}): Promise<void> {
  const offline = navigator.onLine === false;
  let session: string | undefined;
  try {
    session = sessionStorage.getItem(SESSION_KEY) ?? undefined;
  } catch {
    session = undefined;
  }
  return recordView({ id: randomId(), type, at: new Date().toISOString(), installed: isInstalled(), offline, ...(session ? { session } : {}), ...extra });
}
