import { getTranslations } from "next-intl/server";
import { MergeNotice } from "./merge-notice";

/** The merge notice with its texts. */
export async function CartMergeNotice() {
  const t = await getTranslations("account");
  return (
    <MergeNotice
      added={[t("cartMerged", { count: 1 }), t("cartMerged", { count: 2 })]}
      updated={[t("cartMergedUpdated", { count: 1 }), t("cartMergedUpdated", { count: 2 })]}
    />
  );
}
