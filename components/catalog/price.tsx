import { getLocale } from "next-intl/server";
import { formatPrice } from "@/lib/i18n/format";

export async function Price({ cents, className }: { cents: number; className?: string }) {
  const locale = await getLocale();
  return <span className={className}>{formatPrice(cents, locale)}</span>;
}
