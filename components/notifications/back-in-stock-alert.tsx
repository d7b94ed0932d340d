import { getTranslations } from "next-intl/server";
import { NotifyMe } from "./notify-me";

/** "Prévenez-moi" with its texts, for a SKU sold out online (product page) or in one store. */
export async function BackInStockAlert({ sku, store }: { sku: string; store?: string }) {
  const t = await getTranslations("notifications");
  return (
    <NotifyMe
      sku={sku}
      store={store}
      texts={{
        notifyMe: t("notifyMe"),
        why: store ? t("notifyMeWhyStore") : t("notifyMeWhy"),
        email: t("notifyMeEmail"),
        emailSubmit: t("notifyMeEmailSubmit"),
        done: t("notifyMeDone"),
        failed: t("notifyMeFailed"),
      }}
    />
  );
}
