import { nextTask } from "@/lib/browser/idle";

/**
 * Whether this browser carries a session cookie, asked once per page load (GET /api/session):
 * cached pages hold nothing personal, so the header and the cart sync learn it here. Signing in
 * or out reloads the page, so one answer per load stays true. Browser-only.
 */
let answer: Promise<boolean> | null = null;

export function signedInHint(): Promise<boolean> {
  answer ??= nextTask()
    .then(() => fetch("/api/session", { credentials: "same-origin", cache: "no-store" }))
    .then((response) => (response.ok ? (response.json() as Promise<{ signedIn: boolean }>) : { signedIn: false }))
    .then((body) => body.signedIn === true)
    .catch(() => false);
  return answer;
}
