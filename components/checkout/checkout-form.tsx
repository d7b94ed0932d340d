"use client";

import { Link } from "@/lib/i18n/navigation";
import { useRouter } from "@/lib/i18n/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { FieldError } from "@/components/ui/field-error";
import { useFieldErrors, type FieldErrorTexts } from "@/components/ui/use-field-errors";
import { track } from "@/lib/analytics/track";
import { formatPrice } from "@/lib/i18n/format";
import { getCartLines, setLineQuantity } from "@/lib/offline/cart-store";
import type { QuotedLine } from "@/lib/orders/quote";

export type CheckoutTexts = Record<
  | "loading" | "empty" | "backToShop" | "items" | "lineQuantity" | "total" | "contact" | "email" | "fulfilment" | "delivery" | "pickup"
  | "name" | "line1" | "postcode" | "city" | "store" | "payment" | "testPayment" | "payAtPickup" | "submit" | "submitting"
  | "outOfStock" | "soldOutOnline" | "seeStores" | "failed" | "offline",
  string
>;

interface Props {
  texts: CheckoutTexts;
  /** Inline field errors (components/ui/use-field-errors.ts); `postcode` words the postcode's format. */
  validation: FieldErrorTexts & { postcode: string };
  locale: string;
  stores: { slug: string; name: string; city: string }[];
  defaultStore?: string;
  defaultEmail?: string;
  /** The server action that prices the device cart's lines (app/[locale]/checkout/actions.ts). */
  quoteCart: (lines: { sku: string; quantity: number }[]) => Promise<QuotedLine[]>;
}

/** "{name} est épuisé" with values: the server hands over templates, not a message catalogue. */
const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ""));

type ApiError = { error: { code: string; message: string; sku?: string; available?: number; availabilityUrl?: string } };

/**
 * Checkout from the device cart (IndexedDB, lib/offline/cart-store): delivery with the test
 * payment, or pickup in a store paid there. One Idempotency-Key per distinct order, so a double
 * click or a retry after a network error never orders twice. A SKU sold out online sends the
 * shopper to the stores that have it.
 */
export function CheckoutForm({ texts, validation, locale, stores, defaultStore, defaultEmail, quoteCart }: Props) {
  const router = useRouter();
  const [lines, setLines] = useState<QuotedLine[] | null>(null);
  const [fulfilment, setFulfilment] = useState<"delivery" | "pickup">(defaultStore ? "pickup" : "delivery");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ text: string; href?: string } | null>(null);
  const attempt = useRef<{ body: string; key: string } | null>(null);
  const { errors, check, describe, errorId } = useFieldErrors("checkout", validation);

  useEffect(() => {
    let live = true;
    void (async () => {
      const cart = (await getCartLines()).filter((line) => line.quantity > 0);
      const quoted = cart.length ? await quoteCart(cart.map(({ sku, quantity }) => ({ sku, quantity }))) : [];
      if (live) setLines(quoted);
      if (live && quoted.length) void track("checkout_start");
    })();
    return () => {
      live = false;
    };
  }, [quoteCart]);

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
  const total = lines.reduce((sum, line) => sum + line.unitPriceCents * line.quantity, 0);
  const nameOf = (sku: string | undefined) => lines.find((line) => line.sku === sku)?.productName ?? sku ?? "";

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!check(event.currentTarget)) return;
    if (!navigator.onLine) return setProblem({ text: texts.offline });
    const form = new FormData(event.currentTarget);
    const field = (name: string) => String(form.get(name) ?? "");
    const body = JSON.stringify({
      email: field("email"),
      lines: lines!.map(({ sku, quantity }) => ({ sku, quantity })),
      fulfilment:
        fulfilment === "pickup"
          ? { type: "pickup", store: field("store") }
          : { type: "delivery", address: { name: field("name"), line1: field("line1"), postcode: field("postcode"), city: field("city") } },
    });
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

  const fieldClass = "rounded-md border border-stone-400 px-3 py-2";
  const labelled = (name: "name" | "line1" | "postcode" | "city", autoComplete: string, extra: Record<string, string | number> = {}) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={`checkout-${name}`} className="font-medium">
        {texts[name]}
      </label>
      <input id={`checkout-${name}`} name={name} required autoComplete={autoComplete} className={fieldClass} {...extra} {...describe(name)} />
      <FieldError id={errorId(name)} message={errors[name]} />
    </div>
  );

  return (
    <form onSubmit={submit} noValidate className="grid gap-6 md:grid-cols-[1fr_20rem]">
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
        </fieldset>
        <fieldset className="flex flex-col gap-3 rounded-lg border border-line bg-white p-4">
          <legend className="px-1 text-lg font-semibold">{texts.fulfilment}</legend>
          {(["delivery", "pickup"] as const).map((type) => (
            <label key={type} className="flex items-center gap-2">
              <input type="radio" name="fulfilment" value={type} checked={fulfilment === type} onChange={() => setFulfilment(type)} />
              {texts[type]}
            </label>
          ))}
          {fulfilment === "delivery" ? (
            <div className="grid gap-3 sm:grid-cols-2">
              {labelled("name", "name", { maxLength: 100 })}
              {labelled("line1", "address-line1", { maxLength: 200 })}
              {labelled("postcode", "postal-code", { inputMode: "numeric", pattern: "\\d{5}", maxLength: 5, "data-pattern-message": validation.postcode })}
              {labelled("city", "address-level2", { maxLength: 100 })}
            </div>
          ) : (
            <div className="flex flex-col gap-1">
              <label htmlFor="checkout-store" className="font-medium">
                {texts.store}
              </label>
              <select id="checkout-store" name="store" required defaultValue={defaultStore} className={fieldClass}>
                {stores.map((store) => (
                  <option key={store.slug} value={store.slug}>
                    {store.name}
                  </option>
                ))}
              </select>
            </div>
          )}
        </fieldset>
        <fieldset className="flex flex-col gap-2 rounded-lg border border-line bg-white p-4">
          <legend className="px-1 text-lg font-semibold">{texts.payment}</legend>
          <p>{fulfilment === "pickup" ? texts.payAtPickup : texts.testPayment}</p>
        </fieldset>
      </div>
      <section aria-labelledby="checkout-items" className="flex flex-col gap-3 self-start rounded-lg border border-line bg-white p-4">
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
              {fulfilment === "delivery" && line.onlineStock < line.quantity && (
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
        <p className="flex justify-between border-t border-line pt-2 font-semibold">
          <span>{texts.total}</span>
          <span className="tabular-nums">{price(total)}</span>
        </p>
        {problem && (
          <p role="alert" className="text-sm text-warn">
            {problem.text}
          </p>
        )}
        <button type="submit" disabled={busy} className="rounded-md bg-brand px-5 py-3 font-semibold text-white hover:bg-brand-dark disabled:opacity-60">
          {busy ? texts.submitting : texts.submit}
        </button>
      </section>
    </form>
  );
}
