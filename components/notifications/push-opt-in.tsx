import { getTranslations } from "next-intl/server";
import { EnablePushButton } from "./enable-push-button";

/** "Activer les notifications" with the sentence that says what it is for. */
export async function PushOptIn() {
  const t = await getTranslations("notifications");
  return (
    <EnablePushButton
      texts={{ enable: t("enablePush"), why: t("enablePushWhy"), enabled: t("pushEnabled"), denied: t("pushDenied"), unsupported: t("pushUnsupported"), failed: t("notifyMeFailed") }}
    />
  );
}
