import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** The back office's own navigation; staff roles and the catalog import are an admin's pages only. */
export async function AdminNav({ admin }: { admin: boolean }) {
  const [t, catalog, feedback] = await Promise.all([getTranslations("admin"), getTranslations("adminCatalog"), getTranslations("adminFeedback")]);
  const links = [
    { href: "/admin", label: t("navDashboard") },
    { href: "/admin/pickups", label: t("navPickups") },
    { href: "/admin/stock", label: t("navStock") },
    { href: "/admin/campaigns", label: t("navCampaigns") },
    { href: "/admin/feedback", label: feedback("nav") },
    ...(admin ? [{ href: "/admin/catalog", label: catalog("nav") }, { href: "/admin/staff", label: t("navStaff") }] : []),
  ];
  return (
    <nav aria-label={t("nav")} className="rounded-lg border border-line bg-white">
      <ul className="scrollbar-none flex gap-1 overflow-x-auto p-1 text-sm font-medium whitespace-nowrap">
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} className="inline-block rounded-md px-3 py-2 hover:bg-stone-100">
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
