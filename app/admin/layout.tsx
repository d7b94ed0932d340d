import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { requireStaff } from "@/lib/auth/require";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin");
  return { title: { default: t("title"), template: `%s · ${t("title")}` }, robots: { index: false, follow: false } };
}

/** The back office frame. Every page and action under it checks the role itself too (docs/back-office.md). */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const { member } = await requireStaff("/admin");
  return (
    <div className="flex flex-col gap-6">
      <AdminNav admin={member.role === "admin"} />
      {children}
    </div>
  );
}
