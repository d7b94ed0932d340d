import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { deviceNamer } from "@/components/account/device-name";
import { ProductTile } from "@/components/account/product-tile";
import { requireSession } from "@/lib/auth/require";
import { getDb } from "@/lib/db/client";
import { recentlyViewed } from "@/lib/history/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("historyTitle"), robots: { index: false } };
}

export default async function HistoryPage() {
  const current = await requireSession("/account/history");
  const [t, format, name, db] = await Promise.all([getTranslations("account"), getFormatter(), deviceNamer(), getDb()]);
  const items = await recentlyViewed(db, { userId: current.user.id }, { limit: 48 });
  const now = new Date();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-semibold tracking-tight">{t("historyTitle")}</h1>
      {items.length === 0 ? (
        <p className="text-muted">{t("historyEmpty")}</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {items.map((item) => (
            <ProductTile
              key={item.slug}
              {...item}
              note={t("viewedOn", { device: name(item.deviceClass, item.deviceLabel), when: format.relativeTime(new Date(item.viewedAt), now) })}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
