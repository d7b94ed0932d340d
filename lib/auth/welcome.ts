/**
 * The greeting after a sign-up, kept apart from lib/auth/browser.ts: the welcome notice is in
 * every page's first load, and that module brings the cart sync and the offline queues with it.
 */
const WELCOME_KEY = "vitrine.welcome";

/** After a sign-up: the next page greets the new shopper once (components/account/welcome-notice.tsx). */
export function rememberWelcome(name: string): void {
  try {
    sessionStorage.setItem(WELCOME_KEY, name);
  } catch {
    // No sessionStorage: no greeting, the account works the same.
  }
}

/** The new shopper's name left by `rememberWelcome`, read once. */
export function takeWelcome(): string | null {
  try {
    const name = sessionStorage.getItem(WELCOME_KEY);
    sessionStorage.removeItem(WELCOME_KEY);
    return name;
  } catch {
    return null;
  }
}
