import { Link } from "@/lib/i18n/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { localizedPath } from "@/lib/i18n/paths";
import { SignOutButton } from "@/components/account/sign-out-button";
import { getCurrentSession } from "@/lib/auth/session";

/** Account area frame: its navigation and the sign-out button. Each page checks the session itself. */
export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  const [t, prefs, loyalty, current, locale] = await Promise.all([getTranslations("account"), getTranslations("preferences"), getTranslations("loyalty"), getCurrentSession(), getLocale()]);
  const links = [
    { href: "/account", label: t("overview") },
    { href: "/account/history", label: t("historyTitle") },
    { href: "/account/wishlist", label: t("wishlistTitle") },
    { href: "/account/orders", label: t("ordersTitle") },
    { href: "/account/devices", label: t("devicesTitle") },
    { href: "/account/loyalty", label: loyalty("navLabel") },
    { href: "/account/preferences", label: prefs("navLabel") },
  ];
  return (
    // The page first: on a phone the title opens the screen and the account menu follows the
    // content; from md the menu is a column on the left (docs/accounts.md).
    <div className="flex flex-col gap-6 md:flex-row-reverse md:gap-10">
      <div className="min-w-0 flex-1">{children}</div>
      {current && (
        <aside className="flex flex-col gap-4 border-t border-line pt-4 md:w-56 md:shrink-0 md:border-0 md:pt-0">
          <nav aria-label={t("accountNav")}>
            <ul className="flex flex-wrap gap-2 md:flex-col md:gap-1">
              {links.map((link) => (
                <li key={link.href}>
                  <Link href={link.href} className="inline-block rounded-md px-3 py-2 font-medium underline-offset-4 hover:bg-stone-100 hover:underline">
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <SignOutButton label={t("signOut")} loginPath={localizedPath("/login", locale)} className="self-start" />
        </aside>
      )}
    </div>
  );
}
