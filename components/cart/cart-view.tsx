"use client";

import { Link } from "@/lib/i18n/navigation";
import { useEffect, useState, useSyncExternalStore } from "react";
import { visibleLines } from "@/lib/cart/merge";
import { MAX_LINE_QUANTITY, type CartLine, type CartMergeChange } from "@/lib/cart/types";
import { DeliveryPromise, type DeliveryPromiseProps } from "@/components/delivery/delivery-promise";
import { formatPrice } from "@/lib/i18n/format";
import { IMAGE_PLACEHOLDER } from "@/lib/offline/image-placeholder";
import { getCartLines, setLineQuantity, subscribeToCart } from "@/lib/offline/cart-store";
import { onCartMerged } from "@/lib/offline/cart-replay";
import { openVitrineDb } from "@/lib/offline/db";
import { isOnline, isOnlineOnServer, subscribeOnline } from "@/lib/offline/online-status";
import { getMirrorProductBySku } from "@/lib/offline/mirror";
import { syncMirror } from "@/lib/offline/mirror-refresh";

export interface CartTexts {
  empty: string;
  continue: string;
  quantity: string;
  remove: string;
  total: string;
  indicative: string;
  detailsMissing: string;
  /** "Référence {sku}" */
  skuLabel: string;
  checkout: string;
  checkoutOffline: string;
  mergedTitle: string;
  mergedAdded: string;
  mergedUpdated: string;
  mergedRemoved: string;
  storageUnavailable: string;
  loading: string;
}

interface LineDetails {
  slug: string;
  name: string;
  label: string;
  image?: string;
  priceCents: number;
}

/**
 * The cart page's body: lines from the device's cart (IndexedDB), details from the catalog
 * mirror. Works offline; a line whose product the mirror lacks is still shown (by SKU), so no
 * line is ever hidden. Prices are indicative: the server recomputes them at checkout.
 */
export function CartView({ texts, locale, delivery }: { texts: CartTexts; locale: string; delivery: Omit<DeliveryPromiseProps, "subtotalCents" | "locale"> }) {
  const online = useSyncExternalStore(subscribeOnline, isOnline, isOnlineOnServer);
  const [lines, setLines] = useState<CartLine[] | null>(null);
  const [details, setDetails] = useState<Map<string, LineDetails>>(new Map());
  const [merged, setMerged] = useState<CartMergeChange[]>([]);
  const [storageOk, setStorageOk] = useState(true);

  useEffect(() => {
    let active = true;
    void openVitrineDb().then((opened) => active && setStorageOk(opened.status === "ready"));
    void getCartLines().then((all) => active && setLines(visibleLines(all)));
    const unsubscribe = subscribeToCart((all) => setLines(visibleLines(all)));
    const unsubscribeMerge = onCartMerged(setMerged);
    return () => {
      active = false;
      unsubscribe();
      unsubscribeMerge();
    };
  }, []);

  const missing = (lines ?? []).filter((line) => !details.has(line.sku)).map((line) => line.sku).join(",");
  useEffect(() => {
    if (!missing) return;
    let active = true;
    void lookUp(missing.split(","), online, locale).then((found) => {
      if (active && found.size) setDetails((known) => new Map([...known, ...found]));
    });
    return () => {
      active = false;
    };
  }, [missing, online, locale]);

  if (lines === null) return <p>{texts.loading}</p>;

  const price = (cents: number) => formatPrice(cents, locale);
  const known = lines.filter((line) => details.has(line.sku));
  const totalCents = known.reduce((sum, line) => sum + line.quantity * details.get(line.sku)!.priceCents, 0);
  const nameOf = (sku: string) => details.get(sku)?.name ?? texts.skuLabel.replace("{sku}", sku);

  return (
    <div className="flex flex-col gap-6">
      {!storageOk && <p className="rounded-md bg-stone-100 p-4 text-sm">{texts.storageUnavailable}</p>}
      {merged.length > 0 && (
        <section aria-label={texts.mergedTitle} className="rounded-md border border-ok bg-white p-4 text-sm">
          <h2 className="font-semibold">{texts.mergedTitle}</h2>
          <ul className="mt-2 list-disc pl-5">
            {merged.map((change) => (
              <li key={change.sku}>
                {nameOf(change.sku)} :{" "}
                {change.kind === "added" ? texts.mergedAdded : change.kind === "removed" ? texts.mergedRemoved : texts.mergedUpdated}
                {change.kind !== "removed" && ` (${change.quantity})`}
              </li>
            ))}
          </ul>
        </section>
      )}
      {lines.length === 0 ? (
        <div className="rounded-md bg-white p-6">
          <p>{texts.empty}</p>
          <Link href="/" className="mt-4 inline-block font-medium underline underline-offset-4">
            {texts.continue}
          </Link>
        </div>
      ) : (
        <>
          <ul className="divide-y divide-line rounded-lg border border-line bg-white">
            {lines.map((line) => {
              const item = details.get(line.sku);
              const name = nameOf(line.sku);
              return (
                <li key={line.sku} className="flex gap-4 p-4" data-cart-line={line.sku}>
                  <div className="w-20 shrink-0 sm:w-24">
                    {/* Same image URL as the mirror and the SW cache; offline and not cached, the placeholder (components/pwa/image-fallback.tsx). */}
                    {/* eslint-disable-next-line @next/next/no-img-element -- no optimiser offline */}
                    <img src={item?.image ?? IMAGE_PLACEHOLDER} alt="" width={96} height={120} className="aspect-[4/5] h-auto w-full rounded bg-stone-100 object-cover" />
                  </div>
                  <div className="flex flex-1 flex-col gap-2">
                    <div className="flex flex-wrap items-baseline justify-between gap-2">
                      <h2 className="font-medium">
                        {item ? (
                          <a href={`/products/${item.slug}?sku=${encodeURIComponent(line.sku)}`} className="underline-offset-4 hover:underline">
                            {name}
                          </a>
                        ) : (
                          name
                        )}
                      </h2>
                      {item && <span className="font-semibold">{price(item.priceCents * line.quantity)}</span>}
                    </div>
                    <p className="text-sm text-muted">{item ? `${item.label} · ${price(item.priceCents)}` : texts.detailsMissing}</p>
                    <div className="flex flex-wrap items-center gap-3">
                      <label className="flex items-center gap-2 text-sm">
                        {texts.quantity}
                        <select
                          value={line.quantity}
                          onChange={(event) => void setLineQuantity(line.sku, Number(event.target.value))}
                          className="rounded-md border border-stone-400 bg-white px-2 py-1.5"
                        >
                          {Array.from({ length: Math.max(MAX_LINE_QUANTITY, line.quantity) }, (_, i) => i + 1).map((n) => (
                            <option key={n} value={n}>
                              {n}
                            </option>
                          ))}
                        </select>
                      </label>
                      <button
                        type="button"
                        onClick={() => void setLineQuantity(line.sku, 0)}
                        aria-describedby={`cart-line-${line.sku}`}
                        className="rounded-md border border-stone-400 px-3 py-1.5 text-sm hover:bg-stone-100"
                      >
                        {texts.remove}
                      </button>
                      <span id={`cart-line-${line.sku}`} className="sr-only">
                        {name}
                      </span>
                    </div>
                  </div>
                </li>
              );
            })}
          </ul>
          <div className="flex flex-col gap-3 rounded-lg border border-line bg-white p-4 sm:flex-row sm:items-center sm:justify-between">
            <div>
              <p className="text-lg">
                {texts.total} : <strong data-cart-total-cents={totalCents}>{price(totalCents)}</strong>
              </p>
              <p className="text-xs text-muted">{texts.indicative}</p>
            </div>
            {online ? (
              <a href="/checkout" className="rounded-md bg-brand px-5 py-3 text-center font-semibold text-white hover:bg-brand-dark">
                {texts.checkout}
              </a>
            ) : (
              <p className="text-sm text-muted">{texts.checkoutOffline}</p>
            )}
          </div>
          <DeliveryPromise {...delivery} locale={locale} subtotalCents={totalCents} />
        </>
      )}
    </div>
  );
}

/** Details from the mirror; online, a SKU the mirror lacks (not synced yet) triggers a sync first. */
async function lookUp(skus: string[], online: boolean, locale: string): Promise<Map<string, LineDetails>> {
  const found = new Map<string, LineDetails>();
  const read = async (list: string[]) => {
    for (const sku of list) {
      const result = await getMirrorProductBySku(sku, locale);
      if (result.status !== "found") continue;
      const product = result.value;
      const variant = product.skus.find((candidate) => candidate.sku === sku);
      if (!variant) continue;
      found.set(sku, { slug: product.slug, name: product.name, label: variant.label, image: product.images[0], priceCents: variant.priceCents });
    }
  };
  await read(skus);
  const stillMissing = skus.filter((sku) => !found.has(sku));
  if (stillMissing.length && online) {
    const synced = await syncMirror();
    if (synced.status === "synced") await read(stillMissing);
  }
  return found;
}
