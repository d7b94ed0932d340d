import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { LoyaltyCardView } from "@/components/loyalty/loyalty-card-view";
import { RememberCard } from "@/components/loyalty/remember-card";
import { loyaltyTexts } from "@/components/loyalty/texts";
import { requireSession } from "@/lib/auth/require";
import { getDb } from "@/lib/db/client";
import { toCardData } from "@/lib/loyalty/card-response";
import { loyaltySummary } from "@/lib/loyalty/loyalty";
import { appleWalletConfig } from "@/lib/loyalty/wallet/apple";
import { googleWalletConfig } from "@/lib/loyalty/wallet/google";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("loyalty");
  return { title: t("title"), robots: { index: false } };
}

/**
 * The loyalty card (docs/engagement.md#loyalty-card). Personal, never stored by the service
 * worker: the page keeps the card in IndexedDB, and offline the worker answers with the
 * precached card shell (`/offline/loyalty`), which draws it from there.
 */
export default async function LoyaltyPage() {
  const current = await requireSession("/account/loyalty");
  const [t, texts, locale, db] = await Promise.all([getTranslations("loyalty"), loyaltyTexts(), getLocale(), getDb()]);
  const card = toCardData(await loyaltySummary(db, current.user.id));
  // Each wallet's button shows only once the retailer configured it (docs/engagement.md#wallets).
  const wallet = { apple: appleWalletConfig() ? "/api/loyalty/wallet/apple" : undefined, google: googleWalletConfig() ? "/api/loyalty/wallet/google" : undefined };
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="mt-2 max-w-prose text-muted">{t("intro")}</p>
      </div>
      <LoyaltyCardView card={card} texts={texts} locale={locale} offline={false} wallet={wallet} />
      <RememberCard card={card} />
    </div>
  );
}
