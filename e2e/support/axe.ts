import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** WCAG 2.2 A and AA, the bar every page the e2e journeys visit must clear (docs/contract.md#quality-bars). */
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/** The Content-Security-Policy violations Chromium reported on `page` (its console keeps them). */
export async function cspViolations(page: Page): Promise<string[]> {
  const messages = await page.consoleMessages();
  return messages.map((message) => message.text()).filter((text) => text.includes("Content Security Policy"));
}

/**
 * React's hydration errors on `page` (minified in a production build: #418 text, #419/#423/#425
 * tree mismatches). A page whose server HTML and first client render differ is thrown away and
 * drawn again in the browser: slower, and a sign that something renders differently there.
 */
export async function hydrationErrors(page: Page): Promise<string[]> {
  const errors = await page.pageErrors();
  return errors.map((error) => error.message).filter((message) => /Minified React error #(418|419|423|425)\b|hydrat/i.test(message));
}

/**
 * Fails the test with the list of violations (rule, impact, first targets) when there is any,
 * with the page's Content-Security-Policy violations (docs/security.md): the journeys run
 * under the production policy and must not trip it, and with React's hydration errors.
 */
export async function expectNoAxeViolations(page: Page) {
  expect(await cspViolations(page), `CSP on ${page.url()}`).toEqual([]);
  expect(await hydrationErrors(page), `hydration on ${page.url()}`).toEqual([]);
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `axe on ${page.url()}`).toEqual([]);
}
