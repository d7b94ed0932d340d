import { getFormatter, getTranslations } from "next-intl/server";
import { deviceNamer } from "@/components/account/device-name";
import { ProductTile } from "@/components/account/product-tile";
import type { ViewedProduct } from "@/lib/history/queries";

/** Viewed products, each with the device it was seen on and when: the history page and the "continue" section. */
export async function ViewedList({ items, className }: { items: ViewedProduct[]; className: string }) {
  const [t, format, name] = await Promise.all([getTranslations("account"), getFormatter(), deviceNamer()]);
  const now = new Date();
  return (
    <ul className={className}>
      {items.map((item) => (
        <ProductTile
          key={item.slug}
          {...item}
          note={t("viewedOn", { device: name(item.deviceClass, item.deviceLabel), when: format.relativeTime(new Date(item.viewedAt), now) })}
        />
      ))}
    </ul>
  );
}
