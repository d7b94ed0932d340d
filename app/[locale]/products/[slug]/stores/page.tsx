import type { Metadata } from "next";
import { cookies } from "next/headers";
import { Link } from "@/lib/i18n/navigation";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Price } from "@/components/catalog/price";
import { AvailabilityStoreCard } from "@/components/stores/availability-store-card";
import { LiveStock } from "@/components/stores/live-stock";
import { LocateMe } from "@/components/stores/locate-me";
import { PlaceForm } from "@/components/stores/place-form";
import { getProduct } from "@/lib/catalog/queries";
import { availabilityUrl } from "@/lib/catalog/sku-choice";
import { getDb } from "@/lib/db/client";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locale";
import { releaseExpiredHolds } from "@/lib/inventory/holds";
import { holdMinutes } from "@/lib/inventory/reservations";
import { stockLevelsOf } from "@/lib/inventory/stock";
import { favouriteFirst } from "@/lib/stores/favourite-first";
import { listStores } from "@/lib/stores/queries";
import { NEAR_COOKIE, resolveShopperOrigin, STORE_COOKIE } from "@/lib/stores/shopper-place";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);

async function load(slug: string, skuCode: string | undefined, locale: Locale) {
  if (slug.length > 200 || !skuCode) return null;
  const product = await getProduct(await getDb(), slug, locale);
  const sku = product?.skus.find((s) => s.sku === skuCode);
  return product && sku ? { product, sku } : null;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ locale, slug }, query, t] = await Promise.all([params, searchParams, getTranslations("availability")]);
  const found = await load(slug, one(query.sku), isLocale(locale) ? locale : DEFAULT_LOCALE);
  if (!found) return {};
  return { title: t("metaTitle", { product: found.product.name }), robots: { index: false } };
}

/**
 * Store availability for one SKU (docs/stores-and-pickup.md): only stores holding it, nearest first from the
 * shopper's position or typed place, else alphabetical; each can be reserved for pickup.
 */
export default async function AvailabilityPage({ params, searchParams }: Props) {
  const [{ locale, slug }, query, jar, t] = await Promise.all([params, searchParams, cookies(), getTranslations("availability")]);
  if (!isLocale(locale)) notFound();
  const found = await load(slug, one(query.sku), locale);
  if (!found) notFound();
  const { product, sku } = found;
  const near = one(query.near);
  const shopper = resolveShopperOrigin({ lat: one(query.lat), lng: one(query.lng), near, nearCookie: jar.get(NEAR_COOKIE)?.value });
  const origin = shopper.kind === "none" ? undefined : shopper.origin;

  const db = await getDb();
  await releaseExpiredHolds(db);
  const [nearby, levels] = await Promise.all([listStores(db, { sku: sku.sku, origin }), stockLevelsOf(db, [sku.sku])]);
  const yourStore = jar.get(STORE_COOKIE)?.value;
  const stores = favouriteFirst(nearby, yourStore);
  const pageHref = availabilityUrl(product.slug, sku.sku);

  return (
    <div className="flex flex-col gap-6">
      <LiveStock skus={[sku.sku]} levels={Object.fromEntries(levels.map((l) => [`${l.sku}@${l.location}`, l.available]))} />
      <header className="flex flex-col gap-1">
        <Link href={`/products/${product.slug}?sku=${encodeURIComponent(sku.sku)}`} className="self-start text-sm underline underline-offset-4">
          {t("backToProduct")}
        </Link>
        <h1 className="text-3xl font-semibold tracking-tight">{t("title")}</h1>
        <p className="text-lg font-medium">{product.name}</p>
        <p className="text-sm text-muted">
          {sku.label} · <Price cents={sku.priceCents} />
        </p>
      </header>

      <section aria-labelledby="locate" className="flex flex-col gap-4 rounded-lg border border-line bg-white p-4">
        <h2 id="locate" className="text-lg font-semibold">
          {t("locateTitle")}
        </h2>
        <p className="text-sm text-muted">{t("useLocationWhy")}</p>
        <LocateMe label={t("useLocation")} locatingText={t("locating")} unavailableText={t("locationUnavailable")} baseHref={pageHref} cookieName={NEAR_COOKIE} />
        <PlaceForm
          action={`/products/${product.slug}/stores`}
          hidden={{ sku: sku.sku }}
          label={t("placeLabel")}
          placeholder={t("placePlaceholder")}
          submit={t("placeSubmit")}
          defaultValue={near ?? ""}
          unknownPlace={shopper.kind === "none" && shopper.unknownPlace ? t("unknownPlace", { place: shopper.unknownPlace }) : undefined}
        />
      </section>

      <section aria-labelledby="store-list" className="flex flex-col gap-3">
        <div>
          <h2 id="store-list" className="text-xl font-semibold" aria-live="polite">
            {t("heading", { count: stores.length })}
          </h2>
          <p className="text-sm text-muted">
            {shopper.kind === "position" ? t("sortedFromPosition") : shopper.kind === "place" ? t("sortedFromPlace", { place: shopper.label }) : t("sortedAlphabetically")}
          </p>
          <p className="text-sm text-muted">{t("reserveNote", { hours: Math.round(holdMinutes() / 60) })}</p>
        </div>
        {stores.length === 0 ? (
          <p className="rounded-md bg-stone-100 p-4">{t("noneText")}</p>
        ) : (
          <ol className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {stores.map((store) => (
              <li key={store.slug}>
                <AvailabilityStoreCard store={store} sku={sku.sku} isYourStore={store.slug === yourStore} />
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
