import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { listStoreNames } from "@/lib/admin/stock";
import { requireStaff } from "@/lib/auth/require";
import { getDb } from "@/lib/db/client";
import { formatPrice } from "@/lib/i18n/format";
import { tillItems } from "@/lib/in-store/till";
import { tillCartSchema } from "@/lib/in-store/till-code";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inStore"))("tillPage.title") };
}

type Props = { searchParams: Promise<{ c?: string | string[] }> };

/**
 * The till (docs/in-store.md): a shopper's cart, brought as a QR code, as a list of SKUs for the
 * cashier. Staff only: the code holds SKU codes and quantities and nothing else, so it needs no
 * signature; prices and stock are read here, today's.
 */
export default async function TillPage({ searchParams }: Props) {
  const { member } = await requireStaff("/admin/till");
  const { c } = await searchParams;
  const parsed = tillCartSchema.safeParse(typeof c === "string" ? c : "");
  const [t, locale, db] = await Promise.all([getTranslations("inStore"), getLocale(), getDb()]);
  const store = member.storeSlug ? (await listStoreNames(db)).find((s) => s.slug === member.storeSlug)?.name : undefined;
  const price = (cents: number) => formatPrice(cents, locale);
  if (!parsed.success) {
    // Opened without a code (from the menu), the page says what to do; a code that is not a cart is an error.
    return (
      <div className="flex flex-col gap-3">
        <h1 className="text-3xl font-semibold tracking-tight">{t("tillPage.title")}</h1>
        {c === undefined ? (
          <p className="text-muted">{t("tillPage.waiting")}</p>
        ) : (
          <p role="alert" className="text-warn">
            {t("tillPage.invalid")}
          </p>
        )}
      </div>
    );
  }
  const { items, unknown, totalCents } = await tillItems(db, parsed.data, member.storeSlug);
  return (
    <div className="flex flex-col gap-4">
      <div>
        <h1 className="text-3xl font-semibold tracking-tight">{t("tillPage.title")}</h1>
        <p className="mt-1 text-muted">{store ? t("tillPage.intro", { store }) : t("tillPage.introNoStore")}</p>
      </div>
      <div className="overflow-x-auto rounded-lg border border-line bg-white">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("tillPage.caption")}</caption>
          <thead className="border-b border-line bg-stone-50">
            <tr>
              <th scope="col" className="p-2">{t("tillPage.sku")}</th>
              <th scope="col" className="p-2">{t("tillPage.item")}</th>
              <th scope="col" className="p-2 text-right">{t("tillPage.quantity")}</th>
              <th scope="col" className="p-2 text-right">{t("tillPage.price")}</th>
              {member.storeSlug && <th scope="col" className="p-2 text-right">{t("tillPage.shelf")}</th>}
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.sku} className="border-b border-line">
                <td className="p-2 font-mono">{item.sku}</td>
                <td className="p-2">
                  {item.productName} · {item.label}
                </td>
                <td className="p-2 text-right">{item.quantity}</td>
                <td className="p-2 text-right">{price(item.unitPriceCents * item.quantity)}</td>
                {member.storeSlug && <td className="p-2 text-right">{item.storeStock}</td>}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3} className="p-2">
                {t("tillPage.total")}
              </th>
              <td className="p-2 text-right font-semibold">{price(totalCents)}</td>
              {member.storeSlug && <td />}
            </tr>
          </tfoot>
        </table>
      </div>
      {unknown.length > 0 && <p className="text-warn">{t("tillPage.unknown", { skus: unknown.join(", ") })}</p>}
    </div>
  );
}
