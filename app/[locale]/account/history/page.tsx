import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ViewedList } from "@/components/history/viewed-list";
import { requireSession } from "@/lib/auth/require";
import { getDb } from "@/lib/db/client";
import { recentlyViewed } from "@/lib/history/queries";
import { isLocale } from "@/lib/i18n/locale";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("historyTitle"), robots: { index: false } };
}

export default async function HistoryPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const current = await requireSession("/account/history");
  const [t, db] = await Promise.all([getTranslations("account"), getDb()]);
  const items = await recentlyViewed(db, { userId: current.user.id }, { limit: 48, locale });
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-semibold tracking-tight">{t("historyTitle")}</h1>
      {items.length === 0 ? (
        <p className="text-muted">{t("historyEmpty")}</p>
      ) : (
        <ViewedList items={items} className="grid gap-3 sm:grid-cols-2" />
      )}
    </div>
  );
}
