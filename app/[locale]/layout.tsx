import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { WelcomeNotice } from "@/components/account/welcome-notice";
import { SessionTracker } from "@/components/analytics/session-tracker";
import { CampaignBanner } from "@/components/campaigns/campaign-banner";
import { SignupPrompt, type SignupPromptTexts } from "@/components/prompts/signup-prompt";
import { InStoreBanner, type InStoreBannerTexts } from "@/components/in-store/in-store-banner";
import { InstallOffer, type InstallTexts } from "@/components/pwa/install-offer";
import { PwaNotices, type PwaTexts } from "@/components/pwa/pwa-notices";
import { ImageFallback } from "@/components/pwa/image-fallback";
import { SiteFooter } from "@/components/ui/site-footer";
import { SiteHeader } from "@/components/ui/site-header";
import { listCategoriesCached } from "@/lib/catalog/cached";
import { isLocale } from "@/lib/i18n/locale";
import { siteUrl } from "@/lib/http/site-url";
import "../globals.css";

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "site" });
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

/**
 * The storefront's root layout: the language comes from the URL segment, nothing from the
 * request (no cookie, no header), so every catalog page under it can be cached whole
 * (docs/scaling.md). Who is signed in and the cart count are client islands in the header.
 */
export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const [t, categories, pwa, campaign, prompts, inStore] = await Promise.all([
    getTranslations("site"),
    listCategoriesCached(locale),
    getTranslations("pwa"),
    getTranslations("campaign"),
    getTranslations("prompts"),
    getTranslations("inStore"),
  ]);
  const pwaTexts: PwaTexts = { offline: pwa("offline"), offlineDetail: pwa("offlineDetail"), updateAvailable: pwa("updateAvailable"), updateDetail: pwa("updateDetail"), update: pwa("update") };
  const inStoreTexts: InStoreBannerTexts = {
    youAreAt: inStore.raw("youAreAt") as string,
    left: inStore.raw("left") as string,
    scan: inStore("scanTitle"),
    loyalty: inStore("loyalty"),
    till: inStore("till.title"),
    leave: inStore("leave"),
    label: inStore("bannerLabel"),
  };
  const signupTexts: SignupPromptTexts = {
    title: prompts("signupTitle"),
    intro: prompts("signupIntro"),
    benefits: prompts.raw("signupBenefits") as string[],
    create: prompts("signupCreate"),
    signIn: prompts("signupSignIn"),
    later: prompts("signupLater"),
  };
  const installTexts: InstallTexts = { install: pwa("install"), installDetail: pwa("installDetail"), installLater: pwa("installLater"), iosInstall: pwa("iosInstall") };
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col max-md:has-[[data-buy-bar]]:pb-20">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
          {t("skipToContent")}
        </a>
        <SiteHeader categories={categories} />
        <InStoreBanner texts={inStoreTexts} />
        <CampaignBanner texts={{ promo: campaign.raw("promo"), label: campaign("banner") }} />
        <SessionTracker />
        <PwaNotices texts={pwaTexts} />
        <WelcomeNotice
          texts={{ title: prompts.raw("welcomeTitle") as string, text: prompts("welcomeText"), preferences: prompts("welcomePreferences"), close: prompts("welcomeClose") }}
        />
        <ImageFallback />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
          {children}
          <SignupPrompt texts={signupTexts} />
          <InstallOffer texts={installTexts} />
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
