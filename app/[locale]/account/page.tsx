import type { Metadata } from "next";
import { count, eq } from "drizzle-orm";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { AddPasskeyButton } from "@/components/account/add-passkey-button";
import { deviceNamer } from "@/components/account/device-name";
import { CartMergeNotice } from "@/components/account/merge-notice-server";
import { requireSession } from "@/lib/auth/require";
import { getDb } from "@/lib/db/client";
import { passkeys } from "@/lib/db/schema";
import { deviceClass, deviceLabel } from "@/lib/visitor/device";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("accountTitle"), robots: { index: false } };
}

export default async function AccountPage() {
  const current = await requireSession("/account");
  const [t, name, requestHeaders, db] = await Promise.all([getTranslations("account"), deviceNamer(), headers(), getDb()]);
  const [{ value: passkeyCount } = { value: 0 }] = await db.select({ value: count() }).from(passkeys).where(eq(passkeys.userId, current.user.id));
  const hints = { userAgent: requestHeaders.get("user-agent") };
  return (
    <div className="flex flex-col gap-8">
      <CartMergeNotice />
      <div>
        <h1 className="text-3xl font-semibold tracking-tight">{t("accountTitle")}</h1>
        <p className="mt-2 text-muted">{t("signedInAs", { email: current.user.email })}</p>
      </div>
      <section aria-labelledby="passkeys-title" className="flex flex-col gap-3 rounded-lg border border-line bg-white p-4">
        <h2 id="passkeys-title" className="text-xl font-semibold">
          {t("passkeysTitle")}
        </h2>
        <p className="text-muted">{t("passkeyHelp")}</p>
        <p>{t("passkeyCount", { count: passkeyCount })}</p>
        <AddPasskeyButton
          texts={{ add: t("addPasskey"), added: t("passkeyAdded"), failed: t("passkeyFailed") }}
          deviceName={name(deviceClass(hints), deviceLabel(hints))}
        />
      </section>
    </div>
  );
}
