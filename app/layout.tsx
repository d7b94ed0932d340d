import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { SessionTracker } from "@/components/analytics/session-tracker";
import { CampaignBanner } from "@/components/campaigns/campaign-banner";
import { InstallOffer, type InstallTexts } from "@/components/pwa/install-offer";
import { PwaNotices, type PwaTexts } from "@/components/pwa/pwa-notices";
import { SiteFooter } from "@/components/ui/site-footer";
import { SiteHeader } from "@/components/ui/site-header";
import { hasSessionCookieOnRequest } from "@/lib/auth/session";
import { listCategoriesCached } from "@/lib/catalog/cached";
import { siteUrl } from "@/lib/http/site-url";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("site");
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: `${t("name")} — ${t("tagline")}`, template: `%s · ${t("name")}` },
    description: t("tagline"),
    applicationName: t("name"),
    icons: { icon: "/icons/icon-192.png", apple: "/icons/apple-touch-icon.png" },
    appleWebApp: { capable: true, title: t("name"), statusBarStyle: "default" },
  };
}

export const viewport: Viewport = {
  themeColor: "#9a3412",
  width: "device-width",
  initialScale: 1,
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, t, categories, pwa, signedIn, campaign] = await Promise.all([
    getLocale(),
    getTranslations("site"),
    listCategoriesCached(),
    getTranslations("pwa"),
    hasSessionCookieOnRequest(),
    getTranslations("campaign"),
  ]);
  const pwaTexts: PwaTexts = { offline: pwa("offline"), offlineDetail: pwa("offlineDetail"), updateAvailable: pwa("updateAvailable"), updateDetail: pwa("updateDetail"), update: pwa("update") };
  const installTexts: InstallTexts = { install: pwa("install"), installDetail: pwa("installDetail"), installLater: pwa("installLater"), iosInstall: pwa("iosInstall") };
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
          {t("skipToContent")}
        </a>
        <SiteHeader categories={categories} />
        <CampaignBanner texts={{ promo: campaign.raw("promo"), label: campaign("banner") }} />
        <SessionTracker />
        <PwaNotices texts={pwaTexts} signedIn={signedIn} />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
          {children}
          <InstallOffer texts={installTexts} />
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
