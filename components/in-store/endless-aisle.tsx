"use client";

import { useRef, useState, type FormEvent } from "react";
import { useRouter } from "@/lib/i18n/navigation";
import { formatPrice } from "@/lib/i18n/format";
import type { DeliveryConfig } from "@/lib/delivery/config";
import { deliveryWindow } from "@/lib/delivery/dates";
import { formatDeliveryWindow } from "@/lib/delivery/format";
import { deliveryFeeCents } from "@/lib/delivery/options";
import type { InStoreMode } from "@/lib/in-store/mode";

export type EndlessAisleTexts = Record<
  "homeTitle" | "storeTitle" | "homeDate" | "storeDate" | "email" | "name" | "line1" | "postcode" | "city" | "phone" | "terms" | "fee" | "feeFree" | "payment" | "submit" | "submitting" | "failed" | "offline" | "soldOut",
  string
>;

/**
 * The endless aisle (docs/in-store.md): one size the shelf lacks, ordered from the online stock
 * for home delivery or to be picked up here later, paid online (the demo's test payment). The
 * order names the store the shopper stands in, so the store's KPIs count it. The browser's
 * autofill (autocomplete attributes) fills the fields, which makes it two taps: this form's
 * opening and its button. Fee and dates follow the shop's delivery rules (docs/delivery.md);
 * the server charges its own figures.
 */
type EndlessAisleDelivery = "home" | "store";

export function EndlessAisle({ kind, sku, label, priceCents, store, locale, delivery, texts }: { kind: EndlessAisleDelivery; sku: string; label: string; priceCents: number; store: InStoreMode; locale: string; delivery: DeliveryConfig; texts: EndlessAisleTexts }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const attempt = useRef<{ body: string; key: string } | null>(null);
  const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? "");
  const rule = kind === "home" ? delivery.methods.home : delivery.shipToStore;
  const date = formatDeliveryWindow(deliveryWindow(new Date(), { ...rule, cutoffHour: delivery.cutoffHour, timeZone: delivery.timeZone }), locale);
  const feeCents = kind === "home" ? deliveryFeeCents("home", priceCents, delivery) : 0;
  const id = `aisle-${kind}-${sku}`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!navigator.onLine) return setProblem(texts.offline);
    const form = new FormData(event.currentTarget);
    const field = (name: string) => String(form.get(name) ?? "");
    const body = JSON.stringify({
      email: field("email"),
      lines: [{ sku, quantity: 1 }],
      fulfilment:
        kind === "home"
          ? { type: "delivery", method: "home", address: { name: field("name"), line1: field("line1"), postcode: field("postcode"), city: field("city") }, phone: field("phone") }
          : { type: "pickup", store: store.slug, from: "online" },
      acceptTerms: form.get("acceptTerms") === "on",
      originStore: store.slug,
    });
    // A retry of the same order keeps its key: the server answers it once (docs/security.md).
    if (attempt.current?.body !== body) attempt.current = { body, key: crypto.randomUUID() };
    setBusy(true);
    setProblem(null);
    try {
      const response = await fetch("/api/orders", { method: "POST", headers: { "Content-Type": "application/json", "Idempotency-Key": attempt.current.key }, body });
      const answer = (await response.json()) as { url?: string; error?: { code: string } };
      if (response.status === 201 && answer.url) return router.push(answer.url);
      setProblem(answer.error?.code === "sold_out_online" || answer.error?.code === "out_of_stock" ? texts.soldOut : texts.failed);
    } catch {
      setProblem(navigator.onLine ? texts.failed : texts.offline);
    } finally {
      setBusy(false);
    }
  }

  const fieldClass = "rounded-md border border-stone-400 px-3 py-2";
  const input = (name: "email" | "name" | "line1" | "postcode" | "city" | "phone", autoComplete: string, extra: Record<string, string | number> = {}) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={`${id}-${name}`} className="font-medium">
        {texts[name]}
      </label>
      <input id={`${id}-${name}`} name={name} required autoComplete={autoComplete} className={fieldClass} {...extra} />
    </div>
  );

  return (
    <form onSubmit={submit} aria-labelledby={`${id}-title`} className="flex flex-col gap-3 rounded-md bg-paper p-3">
      <h3 id={`${id}-title`} className="font-semibold">
        {fill(kind === "home" ? texts.homeTitle : texts.storeTitle, { size: label, store: store.name })}
      </h3>
      <p className="font-medium text-ok">{fill(kind === "home" ? texts.homeDate : texts.storeDate, { date })}</p>
      {input("email", "email", { type: "email", maxLength: 254 })}
      {kind === "home" && (
        <>
          {input("name", "name", { maxLength: 100 })}
          {input("line1", "address-line1", { maxLength: 200 })}
          <div className="grid grid-cols-[8rem_1fr] gap-3">
            {input("postcode", "postal-code", { inputMode: "numeric", pattern: "\\d{5}", maxLength: 5 })}
            {input("city", "address-level2", { maxLength: 100 })}
          </div>
          {input("phone", "tel", { type: "tel", inputMode: "tel", maxLength: 30 })}
        </>
      )}
      <p>{feeCents > 0 ? fill(texts.fee, { fee: formatPrice(feeCents, locale) }) : texts.feeFree}</p>
      <div className="flex items-start gap-2">
        <input id={`${id}-terms`} name="acceptTerms" type="checkbox" required className="mt-1 size-4" />
        <label htmlFor={`${id}-terms`}>{texts.terms}</label>
      </div>
      <p className="text-muted">{texts.payment}</p>
      <button type="submit" disabled={busy} className="rounded-md bg-brand px-4 py-2 font-semibold text-white hover:bg-brand-dark disabled:opacity-60">
        {busy ? texts.submitting : fill(texts.submit, { price: formatPrice(priceCents + feeCents, locale) })}
      </button>
      <p role="alert" className="text-warn">
        {problem}
      </p>
    </form>
  );
}
