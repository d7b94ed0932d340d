import type { BrowserContext } from "@playwright/test";

/**
 * A shopper who already answered "Plus tard" (docs/engagement.md#sign-up-prompt): journeys that
 * visit many catalog pages on a desktop are not about the sign-up dialog, which would cover them
 * from the 3rd page on. e2e/prompts.spec.ts tests the dialog itself.
 */
export async function silenceSignupPrompt(context: BrowserContext) {
  await context.addInitScript(() => localStorage.setItem("vitrine.signupPrompt.silencedUntil", String(Date.now() + 30 * 24 * 3600 * 1000)));
}
