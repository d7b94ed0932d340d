import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { InStorePanel, type InStorePanelTexts } from "@/components/in-store/in-store-panel";
import { isLocale } from "@/lib/i18n/locale";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("inStore");
  return { title: t("pageTitle"), robots: { index: false } };
}

type Props = { params: Promise<{ locale: string }> };

export function generateStaticParams() {
  return [];
}

/** In-store mode's page (docs/in-store.md): the same for everyone, cached; the mode and the cart are the browser's. */
export default async function InStorePage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("inStore");
  const keys = ["chooseTitle", "chooseIntro", "store", "enter", "loyalty", "loyaltyNote", "leave", "loading", "offline"] as const;
  const texts: InStorePanelTexts = {
    ...(Object.fromEntries(keys.map((key) => [key, t(key)])) as Record<(typeof keys)[number], string>),
    scan: t("scanTitle"),
    youAreAt: t.raw("youAreAt") as string,
    till: { title: t("till.title"), intro: t("till.intro"), empty: t("till.empty"), alt: t.raw("till.alt") as string, awake: t("till.awake") },
  };
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-semibold tracking-tight">{t("pageTitle")}</h1>
      <InStorePanel texts={texts} />
    </div>
  );
}
