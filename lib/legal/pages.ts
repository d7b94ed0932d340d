import { readFile } from "node:fs/promises";
import path from "node:path";
import { marked } from "marked";
import type { DeliveryConfig } from "../delivery/config";
import { formatPrice } from "../i18n/format";
import type { Locale } from "../i18n/locale";

/** The legal pages (docs/legal-pages.md): their path is also the name of their file under content/legal/<locale>/. */
export const LEGAL_PAGES = ["mentions-legales", "cgv", "confidentialite", "livraison-et-retours"] as const;
export type LegalPage = (typeof LEGAL_PAGES)[number];

/** Where the retailer's texts live; LEGAL_CONTENT_DIR points elsewhere (docs/legal-pages.md). */
export function legalContentDir(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(/*turbopackIgnore: true*/ env.LEGAL_CONTENT_DIR || path.join(process.cwd(), "content", "legal"));
}

/**
 * The values a text may quote as `{{name}}`, so the delivery page always states the prices and
 * delays the server charges (lib/delivery/config.ts) rather than a copy that drifts.
 */
export function legalValues(config: DeliveryConfig, locale: Locale): Record<string, string> {
  const price = (cents: number) => formatPrice(cents, locale);
  const days = ({ minDays, maxDays }: { minDays: number; maxDays: number }) => (minDays === maxDays ? String(minDays) : `${minDays} ${locale === "en" ? "to" : "à"} ${maxDays}`);
  return {
    homeFee: price(config.methods.home.feeCents),
    relayFee: price(config.methods.relay.feeCents),
    freeThreshold: price(config.freeThresholdCents),
    homeDays: days(config.methods.home),
    relayDays: days(config.methods.relay),
    cutoffHour: String(config.cutoffHour),
    returnsDays: String(config.returnsDays),
  };
}

/** `{{name}}` → its value; an unknown name is left as written, so a typo shows on the page instead of vanishing. */
export function fillValues(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => values[name] ?? whole);
}

export interface LegalDocument {
  /** The text's first-level heading. */
  title: string;
  /** The rest, as HTML (the retailer's own Markdown, trusted like the code). */
  html: string;
}

/** One legal page's text in one language, from `<dir>/<locale>/<page>.md`. */
export async function loadLegalPage(page: LegalPage, locale: Locale, values: Record<string, string>, dir: string = legalContentDir()): Promise<LegalDocument> {
  const source = fillValues(await readFile(path.join(dir, locale, `${page}.md`), "utf8"), values);
  const heading = /^#\s+(.+)$/m.exec(source);
  const body = heading ? source.replace(heading[0], "") : source;
  return { title: heading?.[1]?.trim() ?? page, html: await marked.parse(body, { async: true, breaks: true }) };
}
