import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { setRequestLocale } from "next-intl/server";
import { ContinueSection } from "@/components/account/continue-section";
import { HomeView } from "@/components/catalog/home-view";
import { ChallengeIsland } from "@/components/loyalty/challenge-island";
import { loyaltyTexts } from "@/components/loyalty/texts";
import { isLocale } from "@/lib/i18n/locale";

type Props = { params: Promise<{ locale: string }> };

export const metadata: Metadata = { robots: { index: false } };

/**
 * The home page of a browser with a session cookie (proxy.ts rewrites `/` and `/en` here): the
 * same body plus "continue where you left off", streamed. Personal, so rendered per request and
 * never stored by a shared cache (docs/scaling.md).
 */
export default async function WelcomeBackPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const texts = await loyaltyTexts();
  return (
    <HomeView
      locale={locale}
      personal={
        <>
          <ChallengeIsland texts={texts} locale={locale} />
          <Suspense fallback={null}>
            <ContinueSection locale={locale} />
          </Suspense>
        </>
      }
    />
  );
}
