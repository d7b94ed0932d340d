import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";
import type { Sku } from "@/lib/catalog/types";

/** SKUs as links (`?sku=`): the server renders the chosen one, so choosing needs no JavaScript. */
export async function SkuSelector({ productSlug, skus, selected }: { productSlug: string; skus: Sku[]; selected: string }) {
  if (skus.length <= 1) return null;
  const t = await getTranslations("product");
  return (
    <nav aria-label={t("chooseSku")}>
      <p className="mb-2 text-sm font-medium">{t("chooseSku")}</p>
      <ul className="flex flex-wrap gap-2">
        {skus.map((sku) => {
          const current = sku.sku === selected;
          return (
            <li key={sku.sku}>
              <Link
                href={`/products/${productSlug}?sku=${encodeURIComponent(sku.sku)}`}
                replace
                scroll={false}
                aria-current={current ? "true" : undefined}
                className={`inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border px-3 text-sm ${
                  current ? "border-ink bg-ink text-white" : "border-stone-400 bg-white"
                } ${sku.onlineStock <= 0 && !current ? "text-muted line-through decoration-1" : ""}`}
              >
                {sku.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
