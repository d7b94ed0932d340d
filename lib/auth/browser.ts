import { syncCartWithServer } from "../offline/cart-sync";
import { reportCartMerge } from "../offline/cart-replay";
import { clearPersonalData, rememberDeviceSession } from "../offline/personal-data";
import { flushViewQueue } from "../offline/view-queue";

/**
 * Browser side of signing in and out (docs/accounts.md). Plain fetch to better-auth's endpoints:
 * the sign-in pages ship no auth library; passkeys load theirs only when used.
 */

const MERGE_NOTICE_KEY = "vitrine.cartMerge";

export type AuthFailure = "invalid_credentials" | "too_many" | "too_short" | "too_long" | "too_common" | "email_taken" | "invalid_email" | "offline" | "other";

function failureOf(status: number, code: string | undefined): AuthFailure {
  if (status === 429) return "too_many";
  switch (code) {
    case "INVALID_EMAIL_OR_PASSWORD":
      return "invalid_credentials";
    case "PASSWORD_TOO_SHORT":
      return "too_short";
    case "PASSWORD_TOO_LONG":
      return "too_long";
    case "PASSWORD_TOO_COMMON":
      return "too_common";
    case "INVALID_EMAIL":
      return "invalid_email";
    case "USER_ALREADY_EXISTS":
    case "USER_ALREADY_EXISTS_USE_ANOTHER_EMAIL":
      return "email_taken";
    default:
      return status === 401 ? "invalid_credentials" : "other";
  }
}

async function postAuth(path: string, body: unknown): Promise<AuthFailure | null> {
  let response: Response;
  try {
    response = await fetch(`/api/auth${path}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      credentials: "same-origin",
      cache: "no-store",
      body: JSON.stringify(body),
    });
  } catch {
    return "offline";
  }
  if (response.ok) return null;
  const payload = (await response.json().catch(() => null)) as { code?: string } | null;
  return failureOf(response.status, payload?.code);
}

export const signInWithPassword = (email: string, password: string) => postAuth("/sign-in/email", { email, password });

export const registerWithPassword = (name: string, email: string, password: string) => postAuth("/sign-up/email", { name, email, password });

export async function signInWithPasskey(): Promise<boolean> {
  const [{ createAuthClient }, { passkeyClient }] = await Promise.all([import("better-auth/client"), import("@better-auth/passkey/client")]);
  const client = createAuthClient({ plugins: [passkeyClient()] });
  const result = await client.signIn.passkey();
  return !result?.error;
}

export async function addPasskey(name: string): Promise<boolean> {
  const [{ createAuthClient }, { passkeyClient }] = await Promise.all([import("better-auth/client"), import("@better-auth/passkey/client")]);
  const client = createAuthClient({ plugins: [passkeyClient()] });
  const result = await client.passkey.addPasskey({ name });
  return !result?.error;
}

/**
 * Right after sign-in or registration: the device's cart goes into the account cart and comes
 * back merged (what changed is kept for the next page to tell), queued views are sent, then a
 * full navigation renders the next page as the signed-in shopper.
 */
export async function continueAfterSignIn(next: string): Promise<void> {
  const result = await syncCartWithServer();
  if (Array.isArray(result) && result.length) {
    const summary = {
      added: result.filter((change) => change.kind === "added").length,
      updated: result.filter((change) => change.kind !== "added").length,
    };
    try {
      sessionStorage.setItem(MERGE_NOTICE_KEY, JSON.stringify(summary));
    } catch {
      // No sessionStorage (private mode): the cart is merged all the same, untold.
    }
    reportCartMerge(result);
  }
  await flushViewQueue();
  window.location.assign(next);
}

/** The merge summary left by `continueAfterSignIn`, read once. */
export function takeMergeNotice(): { added: number; updated: number } | null {
  try {
    const raw = sessionStorage.getItem(MERGE_NOTICE_KEY);
    sessionStorage.removeItem(MERGE_NOTICE_KEY);
    const parsed = raw ? (JSON.parse(raw) as { added?: unknown; updated?: unknown }) : null;
    if (!parsed || typeof parsed.added !== "number" || typeof parsed.updated !== "number") return null;
    return { added: parsed.added, updated: parsed.updated };
  } catch {
    return null;
  }
}

/**
 * Signs out on the server, then removes the shopper's data from this device (IndexedDB cart,
 * queues, cached pages) and replaces the page, so Back does not return to an account page.
 * Offline, the data goes all the same and the sign-out is sent at the next cart sync.
 * `loginPath` is the sign-in page in the shopper's language (docs/api.md#urls).
 */
export async function signOut(loginPath: string): Promise<void> {
  const failure = await postAuth("/sign-out", {});
  await clearPersonalData();
  if (failure === "offline") await rememberDeviceSession("sign-out-pending");
  window.location.replace(loginPath);
}
