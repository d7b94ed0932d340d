import { getLocale, getTranslations } from "next-intl/server";
import { AccountLink } from "@/components/account/account-link";
import { CartCount } from "@/components/cart/cart-count";
import { CompactHeader } from "@/components/ui/compact-header";
import { SearchBox } from "@/components/search/search-box";
import type { Category } from "@/lib/catalog/types";
import { Link } from "@/lib/i18n/navigation";

/**
 * The same for every shopper (cached pages): who is signed in and the cart count are client
 * islands. On phones it turns compact on scroll, keeping the cart in reach (CompactHeader).
 */
export async function SiteHeader({ categories }: { categories: Category[] }) {
  const [t, account, searchBox, locale] = await Promise.all([getTranslations("site"), getTranslations("account"), getTranslations("searchBox"), getLocale()]);
  return (
    <CompactHeader className="border-b border-line bg-white max-md:data-pinned:fixed max-md:data-pinned:inset-x-0 max-md:data-pinned:top-0 max-md:data-pinned:z-40 max-md:data-pinned:shadow-md max-md:data-compact:[&_[role=search]]:hidden max-md:data-compact:[&>nav]:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/" className="text-2xl font-semibold tracking-tight text-brand-dark">
          {t("name")}
        </Link>
        <SearchBox
          locale={locale}
          texts={{ label: t("searchLabel"), placeholder: t("searchPlaceholder"), submit: t("searchSubmit"), products: searchBox("products"), categories: searchBox("categories") }}
        />
        <nav aria-label={t("account")} className="ml-auto flex items-center gap-4 text-sm font-medium">
          <Link href="/stores" className="underline-offset-4 hover:underline">
            {t("stores")}
          </Link>
          <AccountLink signIn={account("headerSignIn")} account={account("headerAccount")} />
          <Link href="/cart" className="rounded-md border border-ink px-3 py-1.5 underline-offset-4 hover:underline">
            {t("cart")}
            <CartCount />
          </Link>
        </nav>
      </div>
      <nav aria-label={t("mainNav")} className="border-t border-line">
        {/* One line, never wrapped: at 1366 px every category fits; narrower, the row scrolls with a cue (.scroll-cue). */}
        <ul className="scroll-cue mx-auto flex max-w-6xl gap-5 overflow-x-auto px-4 py-2 text-sm whitespace-nowrap lg:justify-between lg:gap-3">
          {categories.map((category) => (
            <li key={category.slug}>
              <Link href={`/categories/${category.slug}`} className="inline-block py-1 underline-offset-4 hover:underline">
                {category.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </CompactHeader>
  );
}
