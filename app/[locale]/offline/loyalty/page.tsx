import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { OfflineLoyaltyShell } from "@/components/loyalty/offline-loyalty-shell";
import { loyaltyTexts } from "@/components/loyalty/texts";
import { isLocale } from "@/lib/i18n/locale";

export const metadata: Metadata = { robots: { index: false } };

type Props = { params: Promise<{ locale: string }> };

// Rendered on the first request, then cached: nothing personal, the card comes from IndexedDB.
export function generateStaticParams() {
  return [];
}

/** The offline card shell (precached by the service worker, docs/engagement.md#the-card-offline). */
export default async function LoyaltyShellPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return <OfflineLoyaltyShell texts={await loyaltyTexts()} locale={locale} />;
}
