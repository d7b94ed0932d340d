import { Link } from "@/lib/i18n/navigation";
import { cookies } from "next/headers";
import { getTranslations } from "next-intl/server";
import { ViewedList } from "@/components/history/viewed-list";
import { getCurrentSession } from "@/lib/auth/session";
import { cartLinesFromOtherDevices } from "@/lib/cart/account-cart";
import { getDb } from "@/lib/db/client";
import { describeCartLines, describeDevices, recentlyViewed } from "@/lib/history/queries";
import type { Locale } from "@/lib/i18n/locales";
import { isVisitorId, VISITOR_COOKIE } from "@/lib/visitor/cookie";
import { deviceNamer } from "./device-name";
import { CartMergeNotice } from "./merge-notice-server";
import { ProductTile } from "./product-tile";

/**
 * "Reprendre où vous en étiez" (docs/contract.md#journeys, docs/accounts.md): for a signed-in shopper, the products last viewed
 * on their *other* devices (which device, when) and the cart lines built there. Streamed in a
 * Suspense boundary by the home page; nothing for anonymous visitors (no database query either).
 */
export async function ContinueSection({ locale }: { locale: Locale }) {
  const current = await getCurrentSession();
  if (!current) return null;
  const visitor = (await cookies()).get(VISITOR_COOKIE)?.value;
  const thisDevice = isVisitorId(visitor) ? visitor : current.session.visitorId;
  const db = await getDb();
  const [viewed, cartLines, t, name] = await Promise.all([
    recentlyViewed(db, { userId: current.user.id }, { limit: 8, exceptVisitorId: thisDevice, locale }),
    cartLinesFromOtherDevices(db, current.user.id, thisDevice),
    getTranslations("account"),
    deviceNamer(),
  ]);
  const [cartProducts, devices] = await Promise.all([
    describeCartLines(db, cartLines, locale),
    describeDevices(db, [...new Set(cartLines.flatMap((line) => (line.visitorId ? [line.visitorId] : [])))]),
  ]);
  if (!viewed.length && !cartProducts.length) return <CartMergeNotice />;
  const lineOrigin = new Map(cartLines.map((line) => [line.sku, line]));
  return (
    <section aria-labelledby="continue-title" className="flex flex-col gap-4 rounded-lg border border-line bg-white p-4 sm:p-6">
      <h2 id="continue-title" className="text-2xl font-semibold tracking-tight">
        {t("continueTitle")}
      </h2>
      <CartMergeNotice />
      {viewed.length > 0 && (
        <div className="flex flex-col gap-2">
          <h3 className="font-semibold">{t("continueViewed")}</h3>
          <ViewedList items={viewed} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" />
        </div>
      )}
      {cartProducts.length > 0 && (
        <div className="flex flex-col gap-2">
          <h3 className="font-semibold">{t("continueCart")}</h3>
          <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
            {cartProducts.map((line) => {
              const origin = lineOrigin.get(line.sku);
              const device = origin?.visitorId ? devices.get(origin.visitorId) : undefined;
              return (
                <ProductTile
                  key={line.sku}
                  slug={line.productSlug}
                  name={line.name}
                  image={line.image}
                  priceCents={line.priceCents}
                  href={`/products/${line.productSlug}?sku=${encodeURIComponent(line.sku)}`}
                  note={[line.label, t("quantity", { count: line.quantity }), device ? name(device.deviceClass, device.deviceLabel) : null].filter(Boolean).join(" · ")}
                />
              );
            })}
          </ul>
          <Link href="/cart" className="self-start rounded-md bg-ink px-4 py-2 font-semibold text-white">
            {t("viewCart")}
          </Link>
        </div>
      )}
    </section>
  );
}
