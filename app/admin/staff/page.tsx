import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { listStoreNames } from "@/lib/admin/stock";
import { requireStaff } from "@/lib/auth/require";
import { listStaff } from "@/lib/auth/staff";
import { getDb } from "@/lib/db/client";
import { grantRoleAction, revokeRoleAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("staffTitle") };
}

const RESULTS = ["granted", "revoked", "unknown_account", "last_admin", "invalid"] as const;
type Props = { searchParams: Promise<{ result?: string | string[] }> };

/** Admins grant and take back staff roles. */
export default async function StaffPage({ searchParams }: Props) {
  await requireStaff("/admin/staff", { admin: true });
  const db = await getDb();
  const [{ result }, t, staff, stores] = await Promise.all([searchParams, getTranslations("admin"), listStaff(db), listStoreNames(db)]);
  const shown = RESULTS.find((known) => known === result);
  const storeName = new Map(stores.map((store) => [store.slug, store.name]));
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-semibold tracking-tight">{t("staffTitle")}</h1>
      {shown && (
        <p role="status" className="rounded-md bg-stone-100 p-3 font-medium">
          {t(`staffResult.${shown}`)}
        </p>
      )}
      <section aria-labelledby="staff-list" tabIndex={0} className="overflow-x-auto rounded-lg border border-line bg-white">
        <table className="w-full text-left text-sm">
          <caption id="staff-list" className="p-3 text-left text-lg font-semibold">
            {t("staffList")}
          </caption>
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="p-3">{t("staffEmail")}</th>
              <th scope="col" className="p-3">{t("staffRole")}</th>
              <th scope="col" className="p-3">{t("staffStore")}</th>
              <th scope="col" className="p-3"><span className="sr-only">{t("staffActions")}</span></th>
            </tr>
          </thead>
          <tbody>
            {staff.map((member) => (
              <tr key={member.userId} className="border-b border-line last:border-0">
                <td className="p-3 break-all">{member.email}</td>
                <td className="p-3">{t(`role.${member.role}`)}</td>
                <td className="p-3">{member.storeSlug ? (storeName.get(member.storeSlug) ?? member.storeSlug) : t("allStores")}</td>
                <td className="p-3">
                  <form action={revokeRoleAction}>
                    <input type="hidden" name="userId" value={member.userId} />
                    <button type="submit" className="rounded-md border border-stone-400 px-3 py-1.5" aria-label={t("staffRevokeFor", { email: member.email })}>
                      {t("staffRevoke")}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <form action={grantRoleAction} className="flex flex-col gap-3 rounded-lg border border-line bg-white p-4 sm:max-w-lg">
        <h2 className="text-lg font-semibold">{t("staffGrant")}</h2>
        <p className="text-sm text-muted">{t("staffGrantHelp")}</p>
        <label htmlFor="grant-email" className="flex flex-col gap-1 font-medium">
          {t("staffEmail")}
          <input id="grant-email" name="email" type="email" required maxLength={254} autoComplete="off" className="rounded-md border border-stone-400 px-3 py-2 font-normal" />
        </label>
        <label htmlFor="grant-role" className="font-medium">
          {t("staffRole")}
        </label>
        <select id="grant-role" name="role" className="rounded-md border border-stone-400 px-3 py-2 font-normal">
          <option value="staff">{t("role.staff")}</option>
          <option value="admin">{t("role.admin")}</option>
        </select>
        <label htmlFor="grant-store" className="font-medium">
          {t("staffStore")}
        </label>
        <select id="grant-store" name="store" className="rounded-md border border-stone-400 px-3 py-2 font-normal">
          <option value="">{t("allStores")}</option>
          {stores.map((store) => (
            <option key={store.slug} value={store.slug}>
              {store.name}
            </option>
          ))}
        </select>
        <button type="submit" className="self-start rounded-md bg-ink px-5 py-2.5 font-semibold text-white">
          {t("staffGrantSubmit")}
        </button>
      </form>
    </div>
  );
}
