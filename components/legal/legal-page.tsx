import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { getDeliveryConfig } from "@/lib/delivery/config";
import { isLocale } from "@/lib/i18n/locale";
import { legalValues, loadLegalPage, type LegalPage } from "@/lib/legal/pages";
import { localizedAlternates } from "@/lib/next/page-metadata";

type Params = Promise<{ locale: string }>;

export async function legalPageMetadata(page: LegalPage, params: Params): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const doc = await loadLegalPage(page, locale, legalValues(getDeliveryConfig(), locale));
  return { title: doc.title, alternates: localizedAlternates(`/${page}`, locale) };
}

/**
 * A legal page (docs/legal-pages.md): the retailer's Markdown text for this language, from
 * content/legal/<locale>/<page>.md. The same for everyone: cached like the other static pages.
 */
export async function LegalPageView({ page, params }: { page: LegalPage; params: Params }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const doc = await loadLegalPage(page, locale, legalValues(getDeliveryConfig(), locale));
  return (
    <article className="legal mx-auto flex max-w-3xl flex-col gap-4">
      <h1 className="text-3xl font-semibold tracking-tight">{doc.title}</h1>
      {/* The retailer's own text from the repository, trusted like the code (docs/legal-pages.md). */}
      <div className="legal-text flex flex-col gap-4" dangerouslySetInnerHTML={{ __html: doc.html }} />
    </article>
  );
}
