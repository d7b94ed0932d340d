"use client";

import { Link } from "@/lib/i18n/navigation";
import { useRouter } from "@/lib/i18n/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { FieldError } from "@/components/ui/field-error";
import { useFieldErrors, type FieldErrorTexts } from "@/components/ui/use-field-errors";
import { DeliveryPromise, type DeliveryPromiseProps } from "@/components/delivery/delivery-promise";
import { useMinuteClock } from "@/components/delivery/use-minute-clock";
import { track } from "@/lib/analytics/track";
import { formatDeliveryWindow } from "@/lib/delivery/format";
import { deliveryOptions } from "@/lib/delivery/options";
import type { DeliveryMethod } from "@/lib/delivery/types";
import { formatPrice } from "@/lib/i18n/format";
import { getCartLines, setLineQuantity } from "@/lib/offline/cart-store";
import type { QuotedLine } from "@/lib/orders/quote";
import type { PickupChoice, PickupStore } from "@/lib/stores/pickup-stores";

export type CheckoutTexts = Record<
  | "loading" | "empty" | "backToShop" | "items" | "lineQuantity" | "total" | "contact" | "email" | "fulfilment" | "delivery" | "pickup"
  | "name" | "line1" | "postcode" | "city" | "store" | "payment" | "testPayment" | "payAtPickup" | "submit" | "submitting"
  | "outOfStock" | "soldOutOnline" | "seeStores" | "failed" | "offline"
  | "phone" | "phoneHint" | "phoneOptional" | "relayPoint" | "relayChoose" | "recipient" | "storeChoose" | "storeStockNone" | "storeStockOne" | "storeStockOther" | "storeAllInStock"
  | "storeDistance" | "storesPlace" | "storesSearch" | "storesUnknownPlace" | "subtotal" | "deliveryFee" | "terms" | "termsLink",
  string
>;

interface Props {
  texts: CheckoutTexts;
  /** Inline field errors (components/ui/use-field-errors.ts); `postcode` words the postcode's format. */
  validation: FieldErrorTexts & { postcode: string; phone: string; acceptTerms: string; choose: string };
  locale: string;
  /** The delivery promise under the summary: same configuration the server charges with. */
  delivery: Omit<DeliveryPromiseProps, "subtotalCents" | "locale">;
  relayPoints: { slug: string; name: string; address: string; postcode: string; city: string }[];
  /** The stores before the cart is known: favourite first (the server action then ranks them). */
  stores: PickupStore[];
  defaultStore?: string;
  defaultEmail?: string;
  /** The server action that prices the device cart's lines (app/[locale]/checkout/actions.ts). */
  quoteCart: (lines: { sku: string; quantity: number }[]) => Promise<QuotedLine[]>;
  /** The server action that ranks pickup stores for the cart (distance, stock). */
  pickupStoresFor: (query: { lines: { sku: string; quantity: number }[]; lat?: string; lng?: string; near?: string }) => Promise<PickupChoice>;
}

/** "{name} est épuisé" with values: the server hands over templates, not a message catalogue. */
const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ""));

type ApiError = { error: { code: string; message: string; sku?: string; available?: number; availabilityUrl?: string } };

/** The browser's position, only when the shopper already allowed it: checkout never prompts. */
async function permittedPosition(): Promise<{ lat: string; lng: string } | null> {
  try {
    const status = await navigator.permissions?.query({ name: "geolocation" });
    if (status?.state !== "granted") return null;
    const position = await new Promise<GeolocationPosition>((resolve, reject) => navigator.geolocation.getCurrentPosition(resolve, reject, { maximumAge: 600_000, timeout: 5000 }));
    return { lat: position.coords.latitude.toFixed(3), lng: position.coords.longitude.toFixed(3) };
  } catch {
    return null;
  }
}

/**
 * Checkout from the device cart (IndexedDB, lib/offline/cart-store): home delivery or relay point
 * with the test payment, or pickup in a store paid there; each with its price and date
 * (lib/delivery/, the rules the server charges with). One Idempotency-Key per distinct order, so a
 * double click or a retry after a network error never orders twice. A SKU sold out online sends
 * the shopper to the stores that have it.
 */
export function CheckoutForm({ texts, validation, locale, delivery, relayPoints, stores: initialStores, defaultStore, defaultEmail, quoteCart, pickupStoresFor }: Props) {
  const router = useRouter();
  const [lines, setLines] = useState<QuotedLine[] | null>(null);
  const [method, setMethod] = useState<DeliveryMethod>(defaultStore ? "pickup" : "home");
  const [pickup, setPickup] = useState<PickupChoice>({ stores: initialStores, preselected: defaultStore, byDistance: false, unknownPlace: false });
  const [store, setStore] = useState(defaultStore ?? "");
  const [place, setPlace] = useState("");
  const now = useMinuteClock(delivery.renderedAt);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ text: string; href?: string } | null>(null);
  const attempt = useRef<{ body: string; key: string } | null>(null);
  const { errors, check, describe, errorId } = useFieldErrors("checkout", validation);

  useEffect(() => {
    let live = true;
    void (async () => {
      const cart = (await getCartLines()).filter((line) => line.quantity > 0).map(({ sku, quantity }) => ({ sku, quantity }));
      const quoted = cart.length ? await quoteCart(cart) : [];
      if (!live) return;
      setLines(quoted);
      if (!quoted.length) return;
      void track("checkout_start");
      const position = await permittedPosition();
      const ranked = await pickupStoresFor({ lines: cart, ...position });
      if (!live) return;
      setPickup(ranked);
      setStore((chosen) => chosen || ranked.preselected || "");
    })();
    return () => {
      live = false;
    };
  }, [quoteCart, pickupStoresFor]);

  if (lines === null) return <p role="status">{texts.loading}</p>;
  if (lines.length === 0)
    return (
      <div className="flex flex-col gap-3">
        <p>{texts.empty}</p>
        <Link href="/" className="self-start underline underline-offset-4">
          {texts.backToShop}
        </Link>
      </div>
    );

  const price = (cents: number) => formatPrice(cents, locale);
  const subtotal = lines.reduce((sum, line) => sum + line.unitPriceCents * line.quantity, 0);
  const options = deliveryOptions(subtotal, now, delivery.config);
  const chosen = options.find((option) => option.method === method)!;
  const nameOf = (sku: string | undefined) => lines.find((line) => line.sku === sku)?.productName ?? sku ?? "";
  const cartLines = lines.map(({ sku, quantity }) => ({ sku, quantity }));

  async function sortByPlace() {
    const ranked = await pickupStoresFor({ lines: cartLines, near: place });
    setPickup(ranked);
    if (ranked.byDistance && ranked.preselected) setStore(ranked.preselected);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!check(event.currentTarget)) return;
    if (!navigator.onLine) return setProblem({ text: texts.offline });
    const form = new FormData(event.currentTarget);
    const field = (name: string) => String(form.get(name) ?? "");
    const phone = field("phone").trim();
    const fulfilment =
      method === "pickup"
        ? { type: "pickup", store: field("store"), ...(phone ? { phone } : {}) }
        : method === "relay"
          ? { type: "delivery", method: "relay", relayPoint: field("relayPoint"), name: field("name"), phone }
          : { type: "delivery", method: "home", phone, address: { name: field("name"), line1: field("line1"), postcode: field("postcode"), city: field("city") } };
    const body = JSON.stringify({ email: field("email"), lines: cartLines, fulfilment, acceptTerms: form.get("acceptTerms") === "on" });
    // Same order as the last attempt (a retry): same key, so the server answers it only once.
    if (attempt.current?.body !== body) attempt.current = { body, key: crypto.randomUUID() };
    setBusy(true);
    setProblem(null);
    try {
      const response = await fetch("/api/orders", {
        method: "POST",
        headers: { "Content-Type": "application/json", "Idempotency-Key": attempt.current.key },
        body,
      });
      const answer = (await response.json()) as { url?: string } & Partial<ApiError>;
      if (response.status === 201 && answer.url) {
        for (const line of lines!) await setLineQuantity(line.sku, 0);
        router.push(answer.url);
        return;
      }
      const error = answer.error;
      if (error?.code === "sold_out_online" && error.availabilityUrl) {
        router.push(error.availabilityUrl);
        return;
      }
      if (error?.code === "out_of_stock") setProblem({ text: fill(texts.outOfStock, { name: nameOf(error.sku), available: error.available ?? 0 }) });
      else setProblem({ text: texts.failed });
    } catch {
      setProblem({ text: navigator.onLine ? texts.failed : texts.offline });
    } finally {
      setBusy(false);
    }
  }

  const fieldClass = "rounded-md border border-stone-400 bg-white px-3 py-2";
  const labelled = (name: "name" | "line1" | "postcode" | "city", autoComplete: string, extra: Record<string, string | number> = {}, label: string = texts[name]) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={`checkout-${name}`} className="font-medium">
        {label}
      </label>
      <input id={`checkout-${name}`} name={name} required autoComplete={autoComplete} className={fieldClass} {...extra} {...describe(name)} />
      <FieldError id={errorId(name)} message={errors[name]} />
    </div>
  );
  const plurals = new Intl.PluralRules(locale === "en" ? "en-GB" : "fr-FR");
  const methodName: Record<DeliveryMethod, string> = { home: texts.delivery, relay: delivery.texts.relay, pickup: texts.pickup };
  const storeLabel = (s: PickupStore) =>
    [
      `${s.name} (${s.city})`,
      s.distanceKm === undefined ? null : fill(texts.storeDistance, { km: s.distanceKm.toLocaleString(locale === "en" ? "en-GB" : "fr-FR") }),
      s.lineCount === 0
        ? null
        : s.linesInStock === s.lineCount
          ? texts.storeAllInStock
          : s.linesInStock === 0
            ? texts.storeStockNone
            : fill(plurals.select(s.linesInStock) === "one" ? texts.storeStockOne : texts.storeStockOther, { count: s.linesInStock, total: s.lineCount }),
    ]
      .filter(Boolean)
      .join(" · ");

  return (
    <form onSubmit={submit} noValidate className="grid gap-6 md:grid-cols-[1fr_22rem]">
      <div className="flex flex-col gap-6">
        <fieldset className="flex flex-col gap-3 rounded-lg border border-line bg-white p-4">
          <legend className="px-1 text-lg font-semibold">{texts.contact}</legend>
          <div className="flex flex-col gap-1">
            <label htmlFor="checkout-email" className="font-medium">
              {texts.email}
            </label>
            <input id="checkout-email" name="email" type="email" required maxLength={254} autoComplete="email" defaultValue={defaultEmail} className={fieldClass} {...describe("email")} />
            <FieldError id={errorId("email")} message={errors.email} />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="checkout-phone" className="font-medium">
              {method === "pickup" ? texts.phoneOptional : texts.phone}
            </label>
            <input
              id="checkout-phone"
              name="phone"
              type="tel"
              required={method !== "pickup"}
              maxLength={30}
              autoComplete="tel"
              inputMode="tel"
              // French formats (lib/orders/phone.ts): 06 12 34 56 78, +33 6 12 34 56 78, 0033…
              pattern="\s*(\+33|0033|0)\s*\(?0?\)?\s*[1-9]([\s.\-]*\d){8}\s*"
              data-pattern-message={validation.phone}
              className={fieldClass}
              {...describe("phone", "checkout-phone-hint")}
            />
            <p id="checkout-phone-hint" className="text-sm text-muted">
              {texts.phoneHint}
            </p>
            <FieldError id={errorId("phone")} message={errors.phone} />
          </div>
        </fieldset>
        <fieldset className="flex flex-col gap-3 rounded-lg border border-line bg-white p-4">
          <legend className="px-1 text-lg font-semibold">{texts.fulfilment}</legend>
          {options.map((option) => (
            <label key={option.method} className="flex items-start gap-2" data-delivery-option={option.method}>
              <input type="radio" name="method" value={option.method} checked={method === option.method} onChange={() => setMethod(option.method)} className="mt-1.5" />
              <span className="flex flex-1 flex-col">
                <span className="flex justify-between gap-3">
                  <span className="font-medium">{methodName[option.method]}</span>
                  <span className="tabular-nums">{option.feeCents === 0 ? delivery.texts.free : price(option.feeCents)}</span>
                </span>
                <span className="text-sm text-muted">{fill(option.method === "pickup" ? delivery.texts.ready : delivery.texts.arrives, { when: formatDeliveryWindow(option, locale) })}</span>
              </span>
            </label>
          ))}
          {method === "home" && (
            <div className="grid gap-3 border-t border-line pt-3 sm:grid-cols-2">
              {labelled("name", "name", { maxLength: 100 })}
              {labelled("line1", "address-line1", { maxLength: 200 })}
              {labelled("postcode", "postal-code", { inputMode: "numeric", pattern: "\\d{5}", maxLength: 5, "data-pattern-message": validation.postcode })}
              {labelled("city", "address-level2", { maxLength: 100 })}
            </div>
          )}
          {method === "relay" && (
            <div className="grid gap-3 border-t border-line pt-3 sm:grid-cols-2">
              <div className="flex flex-col gap-1 sm:col-span-2">
                <label htmlFor="checkout-relay" className="font-medium">
                  {texts.relayPoint}
                </label>
                <select id="checkout-relay" name="relayPoint" required defaultValue="" className={fieldClass} {...describe("relayPoint")}>
                  <option value="" disabled>
                    {texts.relayChoose}
                  </option>
                  {relayPoints.map((point) => (
                    <option key={point.slug} value={point.slug}>
                      {point.name}, {point.address}, {point.postcode} {point.city}
                    </option>
                  ))}
                </select>
                <FieldError id={errorId("relayPoint")} message={errors.relayPoint && validation.choose} />
              </div>
              {labelled("name", "name", { maxLength: 100 }, texts.recipient)}
            </div>
          )}
          {method === "pickup" && (
            <div className="flex flex-col gap-3 border-t border-line pt-3">
              <div className="flex flex-col gap-1">
                <label htmlFor="checkout-place" className="font-medium">
                  {texts.storesPlace}
                </label>
                <div className="flex gap-2">
                  <input
                    id="checkout-place"
                    value={place}
                    onChange={(event) => setPlace(event.target.value)}
                    onKeyDown={(event) => {
                      if (event.key === "Enter") {
                        event.preventDefault();
                        void sortByPlace();
                      }
                    }}
                    maxLength={100}
                    autoComplete="postal-code"
                    className={`${fieldClass} min-w-0 flex-1`}
                  />
                  <button type="button" onClick={() => void sortByPlace()} className="rounded-md border border-ink px-3 py-2 font-medium">
                    {texts.storesSearch}
                  </button>
                </div>
                {pickup.unknownPlace && (
                  <p role="status" className="text-sm text-warn">
                    {texts.storesUnknownPlace}
                  </p>
                )}
              </div>
              <div className="flex flex-col gap-1">
                <label htmlFor="checkout-store" className="font-medium">
                  {texts.store}
                </label>
                <select id="checkout-store" name="store" required value={store} onChange={(event) => setStore(event.target.value)} className={fieldClass} {...describe("store")}>
                  <option value="" disabled>
                    {texts.storeChoose}
                  </option>
                  {pickup.stores.map((s) => (
                    <option key={s.slug} value={s.slug} data-lines-in-stock={s.linesInStock}>
                      {storeLabel(s)}
                    </option>
                  ))}
                </select>
                <FieldError id={errorId("store")} message={errors.store && validation.choose} />
              </div>
            </div>
          )}
        </fieldset>
        <fieldset className="flex flex-col gap-2 rounded-lg border border-line bg-white p-4">
          <legend className="px-1 text-lg font-semibold">{texts.payment}</legend>
          <p>{method === "pickup" ? texts.payAtPickup : texts.testPayment}</p>
        </fieldset>
      </div>
      <div className="flex flex-col gap-4 self-start">
        <section aria-labelledby="checkout-items" className="flex flex-col gap-3 rounded-lg border border-line bg-white p-4">
          <h2 id="checkout-items" className="text-lg font-semibold">
            {texts.items}
          </h2>
          <ul className="flex flex-col divide-y divide-line">
            {lines.map((line) => (
              <li key={line.sku} className="flex flex-col py-2">
                <span className="font-medium">{line.productName}</span>
                <span className="text-sm text-muted">
                  {line.label} · {fill(texts.lineQuantity, { quantity: line.quantity, price: price(line.unitPriceCents) })}
                </span>
                {method !== "pickup" && line.onlineStock < line.quantity && (
                  <span className="text-sm text-warn">
                    {line.onlineStock === 0 ? fill(texts.soldOutOnline, { name: line.productName }) : fill(texts.outOfStock, { name: line.productName, available: line.onlineStock })}{" "}
                    {line.onlineStock === 0 && (
                      <Link href={line.availabilityUrl} className="underline underline-offset-4">
                        {texts.seeStores}
                      </Link>
                    )}
                  </span>
                )}
              </li>
            ))}
          </ul>
          <dl className="flex flex-col gap-1 border-t border-line pt-2">
            <div className="flex justify-between">
              <dt>{texts.subtotal}</dt>
              <dd className="tabular-nums">{price(subtotal)}</dd>
            </div>
            <div className="flex justify-between">
              <dt>{texts.deliveryFee}</dt>
              <dd className="tabular-nums" data-delivery-fee={chosen.feeCents}>
                {chosen.feeCents === 0 ? delivery.texts.free : price(chosen.feeCents)}
              </dd>
            </div>
            <div className="flex justify-between text-lg font-semibold">
              <dt>{texts.total}</dt>
              <dd className="tabular-nums" data-checkout-total={subtotal + chosen.feeCents}>
                {price(subtotal + chosen.feeCents)}
              </dd>
            </div>
          </dl>
          <div className="flex items-start gap-2">
            <input id="checkout-terms" name="acceptTerms" type="checkbox" required className="mt-1 size-4" {...describe("acceptTerms")} />
            <label htmlFor="checkout-terms">{texts.terms}</label>
          </div>
          <FieldError id={errorId("acceptTerms")} message={errors.acceptTerms && validation.acceptTerms} />
          <a href={locale === "en" ? "/en/cgv" : "/cgv"} target="_blank" rel="noopener" className="text-sm underline underline-offset-4">
            {texts.termsLink}
          </a>
          {problem && (
            <p role="alert" className="text-sm text-warn">
              {problem.text}
            </p>
          )}
          <button type="submit" disabled={busy} className="rounded-md bg-brand px-5 py-3 font-semibold text-white hover:bg-brand-dark disabled:opacity-60">
            {busy ? texts.submitting : texts.submit}
          </button>
        </section>
        <DeliveryPromise {...delivery} locale={locale} subtotalCents={subtotal} methods={[method]} />
      </div>
    </form>
  );
}
