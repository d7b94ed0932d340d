import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { HomeView } from "@/components/catalog/home-view";
import { isLocale } from "@/lib/i18n/locale";
import { localizedAlternates } from "@/lib/next/page-metadata";

type Props = { params: Promise<{ locale: string }> };

/** The same for every visitor, cached (docs/scaling.md); signed-in shoppers get welcome-back/. */
export const revalidate = 300;
// Rendered on the first request, then cached (a build reads no catalog, so it needs no database).
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { alternates: localizedAlternates("/", locale) } : {};
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return <HomeView locale={locale} />;
}
