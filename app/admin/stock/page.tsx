import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { listStoreNames, searchSkuStock } from "@/lib/admin/stock";
import { requireStaff } from "@/lib/auth/require";
import { canActOnStore } from "@/lib/auth/staff";
import { ONLINE_LOCATION } from "@/lib/catalog/queries";
import { getDb } from "@/lib/db/client";
import { setStockAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("stockTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (value: string | string[] | undefined) => (typeof value === "string" ? value.slice(0, 100) : "");
const RESULTS = ["saved", "invalid", "unknown_sku", "unknown_location", "forbidden_location"] as const;

/** Stock per location for a SKU: find it, see every level, set the ones the member's role covers. */
export default async function StockPage({ searchParams }: Props) {
  const { member } = await requireStaff("/admin/stock");
  const params = await searchParams;
  const q = one(params.q).trim();
  const chosen = one(params.sku);
  const db = await getDb();
  const [t, stores, found] = await Promise.all([getTranslations("admin"), listStoreNames(db), q || chosen ? searchSkuStock(db, q || chosen) : Promise.resolve([])]);
  const selected = found.find((row) => row.sku === chosen) ?? (found.length === 1 ? found[0] : undefined);
  const result = RESULTS.find((known) => known === one(params.result));
  const locations = [{ slug: ONLINE_LOCATION, name: t("online") }, ...stores];

  return (
    <div className="flex flex-col gap-5">
      <h1 className="text-3xl font-semibold tracking-tight">{t("stockTitle")}</h1>
      {result && (
        <p role="status" className="rounded-md bg-stone-100 p-3 font-medium">
          {t(`stockResult.${result}`)}
        </p>
      )}
      <form role="search" action="/admin/stock" className="flex flex-col gap-2 rounded-lg border border-line bg-white p-4 sm:max-w-xl">
        <label htmlFor="stock-query" className="font-medium">
          {t("stockSearch")}
        </label>
        <div className="flex gap-2">
          <input id="stock-query" name="q" defaultValue={q} maxLength={100} autoComplete="off" className="min-w-0 flex-1 rounded-md border border-stone-400 px-3 py-2" />
          <button type="submit" className="rounded-md bg-ink px-4 py-2 font-semibold text-white">
            {t("pickupsSearchSubmit")}
          </button>
        </div>
      </form>
      {(q || chosen) && !selected && (
        <section aria-labelledby="stock-found">
          <h2 id="stock-found" className="mb-2 text-xl font-semibold">
            {t("stockFound", { count: found.length })}
          </h2>
          <ul className="flex flex-col divide-y divide-line rounded-lg border border-line bg-white">
            {found.map((row) => (
              <li key={row.sku}>
                <Link href={`/admin/stock?${new URLSearchParams({ q, sku: row.sku })}`} className="flex flex-wrap justify-between gap-2 p-3 hover:bg-stone-50">
                  <span>
                    {row.productName} · {row.label}
                  </span>
                  <span className="font-mono text-sm">{row.sku}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      {selected && (
        <section aria-labelledby="stock-levels" tabIndex={0} className="overflow-x-auto rounded-lg border border-line bg-white">
          <table className="w-full text-left text-sm">
            <caption id="stock-levels" className="p-3 text-left">
              <span className="block text-lg font-semibold">
                {selected.productName} · {selected.label}
              </span>
              <span className="font-mono text-muted">{selected.sku}</span>
            </caption>
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="p-3">{t("stockLocation")}</th>
                <th scope="col" className="p-3">{t("stockUnits")}</th>
              </tr>
            </thead>
            <tbody>
              {locations.map((location) => {
                const units = selected.levels[location.slug] ?? 0;
                const editable = canActOnStore(member, location.slug);
                const inputId = `units-${location.slug}`;
                return (
                  <tr key={location.slug} className="border-b border-line last:border-0" data-location={location.slug}>
                    <th scope="row" className="p-3 font-medium">
                      {editable ? <label htmlFor={inputId}>{location.name}</label> : location.name}
                    </th>
                    <td className="p-3">
                      {editable ? (
                        <form action={setStockAction} className="flex gap-2">
                          <input type="hidden" name="sku" value={selected.sku} />
                          <input type="hidden" name="location" value={location.slug} />
                          <input type="hidden" name="q" value={q} />
                          <input id={inputId} name="quantity" type="number" inputMode="numeric" min={0} max={100000} required defaultValue={units} className="w-24 rounded-md border border-stone-400 px-2 py-1.5 tabular-nums" />
                          <button type="submit" className="rounded-md border border-ink px-3 py-1.5 font-medium" aria-label={t("stockSaveAt", { location: location.name })}>
                            {t("stockSave")}
                          </button>
                        </form>
                      ) : (
                        <span className="tabular-nums">{units}</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
