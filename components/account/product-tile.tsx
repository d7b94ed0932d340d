import { Link } from "@/lib/i18n/navigation";
import { Price } from "@/components/catalog/price";
import { ProductImage } from "@/components/catalog/product-image";
import { THUMBNAIL_IMAGE_WIDTHS } from "@/lib/catalog/images";

/** A small product entry for account lists and the "continue" section, with an optional note below. */
export function ProductTile({
  slug,
  name,
  image,
  priceCents,
  note,
  href,
  children,
}: {
  slug: string;
  name: string;
  image: string;
  priceCents: number;
  note?: string;
  href?: string;
  children?: React.ReactNode;
}) {
  return (
    <li className="flex gap-3 rounded-lg border border-line bg-white p-3">
      <div className="w-20 shrink-0">{image && <ProductImage imageKey={image} alt="" sizes="80px" widths={THUMBNAIL_IMAGE_WIDTHS} className="rounded" />}</div>
      <div className="flex min-w-0 flex-col gap-1">
        <Link href={href ?? `/products/${slug}`} className="font-medium underline-offset-4 hover:underline">
          {name}
        </Link>
        <Price cents={priceCents} className="text-sm font-semibold" />
        {note && <p className="text-sm text-muted">{note}</p>}
        {children}
      </div>
    </li>
  );
}
