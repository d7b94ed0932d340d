import type { DeliveryPromiseView as View } from "@/lib/delivery/promise";
import { Link } from "@/lib/i18n/navigation";

/** The delivery promise's markup, from words already computed (lib/delivery/promise.ts). */
export function DeliveryPromiseView({ view }: { view: View }) {
  return (
    <section aria-label={view.title} className="flex flex-col gap-2 rounded-lg border border-line bg-white p-4 text-sm" data-delivery-promise>
      <ul className="flex flex-col gap-2">
        {view.options.map((option) => (
          <li key={option.method} className="flex flex-col" data-delivery-method={option.method}>
            <span className="flex justify-between gap-3">
              <span className="font-medium">{option.name}</span>
              <span className="tabular-nums">{option.fee}</span>
            </span>
            <span className="text-muted">{option.when}</span>
          </li>
        ))}
      </ul>
      {view.threshold && <p className={view.threshold.reached ? "font-medium text-ok" : "font-medium"}>{view.threshold.text}</p>}
      <p className="text-muted">{view.cutoff}</p>
      <p>
        <span className="font-medium">{view.returns}</span> ·{" "}
        <Link href="/livraison-et-retours" className="underline underline-offset-4">
          {view.moreInfo}
        </Link>
      </p>
    </section>
  );
}
