import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProductTile } from "@/components/account/product-tile";
import { requireSession } from "@/lib/auth/require";
import { getDb } from "@/lib/db/client";
import { listWishlist } from "@/lib/wishlist/wishlist";
import { removeWishlistItem } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("wishlistTitle"), robots: { index: false } };
}

export default async function WishlistPage() {
  const current = await requireSession("/account/wishlist");
  const [t, db] = await Promise.all([getTranslations("account"), getDb()]);
  const items = await listWishlist(db, current.user.id);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-semibold tracking-tight">{t("wishlistTitle")}</h1>
      {items.length === 0 ? (
        <p className="text-muted">{t("wishlistEmpty")}</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {items.map((item) => (
            <ProductTile key={item.slug} {...item}>
              <form action={removeWishlistItem}>
                <input type="hidden" name="product" value={item.slug} />
                <button type="submit" aria-label={`${t("remove")} ${item.name}`} className="text-sm font-medium underline underline-offset-4">
                  {t("remove")}
                </button>
              </form>
            </ProductTile>
          ))}
        </ul>
      )}
    </div>
  );
}
