import "server-only";
import { getTranslations } from "next-intl/server";
import type { DeviceClass } from "@/lib/visitor/device";

/** "Téléphone · Chrome · Android". */
export async function deviceNamer(): Promise<(deviceClass: DeviceClass, label: string) => string> {
  const t = await getTranslations("account");
  const kinds: Record<DeviceClass, string> = { mobile: t("deviceMobile"), tablet: t("deviceTablet"), desktop: t("deviceDesktop") };
  return (deviceClass, label) => [kinds[deviceClass], label].filter(Boolean).join(" · ");
}
