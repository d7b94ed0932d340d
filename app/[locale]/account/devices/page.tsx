import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { deviceNamer } from "@/components/account/device-name";
import { listSignedInDevices } from "@/lib/auth/devices";
import { requireSession } from "@/lib/auth/require";
import { getDb } from "@/lib/db/client";
import { signOutDevice, signOutOtherDevices } from "./actions";
import { formatDayTime } from "@/lib/i18n/datetime";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("devicesTitle"), robots: { index: false } };
}

export default async function DevicesPage() {
  const current = await requireSession("/account/devices");
  const [t, format, locale, name, db] = await Promise.all([getTranslations("account"), getFormatter(), getLocale(), deviceNamer(), getDb()]);
  const devices = await listSignedInDevices(db, current.user.id);
  const now = new Date();
  const others = devices.filter((device) => device.sessionId !== current.session.id).length;
  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-semibold tracking-tight">{t("devicesTitle")}</h1>
        <p className="mt-2 text-muted">{t("devicesIntro")}</p>
      </div>
      <ul className="flex flex-col gap-3">
        {devices.map((device) => {
          const deviceName = name(device.deviceClass, device.deviceLabel);
          const isCurrent = device.sessionId === current.session.id;
          return (
            <li key={device.sessionId} className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-line bg-white p-4">
              <div>
                <p className="font-semibold">
                  {deviceName}
                  {isCurrent && <span className="ml-2 rounded bg-stone-100 px-2 py-0.5 text-sm font-medium">{t("thisDevice")}</span>}
                </p>
                <p className="text-sm text-muted">
                  {t("lastActive", { when: format.relativeTime(device.lastActiveAt, now) })} ·{" "}
                  {t("signedInOn", { when: formatDayTime(device.signedInAt, locale, { weekday: false, year: true }) })}
                </p>
              </div>
              {!isCurrent && (
                <form action={signOutDevice}>
                  <input type="hidden" name="session" value={device.sessionId} />
                  <button type="submit" className="rounded-md border border-ink px-3 py-1.5 text-sm font-medium">
                    {t("signOutDevice", { device: deviceName })}
                  </button>
                </form>
              )}
            </li>
          );
        })}
      </ul>
      {others > 0 ? (
        <form action={signOutOtherDevices}>
          <button type="submit" className="rounded-md bg-ink px-4 py-2 font-semibold text-white">
            {t("signOutOthers")}
          </button>
        </form>
      ) : (
        <p className="text-muted">{t("noOtherDevices")}</p>
      )}
    </div>
  );
}
