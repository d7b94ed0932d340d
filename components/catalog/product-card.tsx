import { Link } from "@/lib/i18n/navigation";
import { getTranslations } from "next-intl/server";
import type { ProductSummary } from "@/lib/catalog/types";
import { Price } from "./price";
import { ProductImage } from "./product-image";
import { CARD_IMAGE_WIDTHS } from "@/lib/catalog/images";

/** `sizes`: the listing's size filter, passed on so the product page preselects it (docs/product-page.md#variants). */
export async function ProductCard({ product, priority = false, sizes = [] }: { product: ProductSummary; priority?: boolean; sizes?: readonly string[] }) {
  const t = await getTranslations("catalog");
  const query = new URLSearchParams(sizes.map((size) => ["size", size])).toString();
  return (
    <li className="group relative flex flex-col">
      <ProductImage
        imageKey={product.image}
        alt=""
        sizes="(min-width: 1024px) 22vw, (min-width: 640px) 30vw, 46vw"
        widths={CARD_IMAGE_WIDTHS}
        priority={priority}
        className="rounded-md"
      />
      <p className="mt-2 text-xs tracking-wide text-muted uppercase">{product.brand}</p>
      <h3 className="text-sm font-medium">
        <Link href={`/products/${product.slug}${query ? `?${query}` : ""}`} className="after:absolute after:inset-0 group-hover:underline">
          {product.name}
        </Link>
      </h3>
      <p className="mt-1 flex flex-wrap items-baseline gap-x-2 text-sm">
        <Price cents={product.priceCents} className="font-semibold" />
        {!product.availableOnline && <span className="text-xs font-medium text-warn">{t("soldOutOnline")}</span>}
      </p>
    </li>
  );
}

export function ProductGrid({ children }: { children: React.ReactNode }) {
  return <ul className="grid grid-cols-2 gap-x-4 gap-y-8 sm:grid-cols-3 lg:grid-cols-4">{children}</ul>;
}
